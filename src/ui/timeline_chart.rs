//! Start-to-finish timeline (SVG): sessions as marks across the weeks (solid
//! for the sessions every plan has, hollow for the "up to" ones), a shaded
//! recovery window after each, and the band when results can be judged. Its
//! caption says in words all the drawing shows.

use super::context::Ctx;
use super::format::svg_number as fmt;
use super::markup::Markup;
use crate::i18n::{fill, Catalog};
use crate::model::estimate::TrackPlan;
use crate::model::text::{cat, number};
use crate::model::{Plan, Span, Track};

// Each track's name sits above its row and the axis name under the week
// numbers, not in a left gutter: no gutter fits every language ("Cuero
// cabelludo" ran into the sessions), and the marks get the whole width.
// The axis leaves room for the larger text a phone's narrow column gets
// (styles/estimator.css, `.te-svg-text`).
const WIDTH: f64 = 360.0;
const LEFT: f64 = 8.0;
const RIGHT: f64 = 8.0;
const ROW: f64 = 42.0;
const AXIS: f64 = 50.0;

/// The chart's text alternative: one sentence per track.
pub fn describe(ctx: &Ctx, plan: &Plan) -> String {
    let t = ctx.t();
    let tracks = per_track(ctx, plan, |track| {
        let results = plan_results(ctx, track.results_weeks.min, track.results_weeks.max);
        fill_track(t, t.timeline_alt, track, &results)
    });
    crate::model::text::join(&tracks, " ")
}

/// A sentence per track, named after its track when the plan has two
/// (skin and scalp run side by side: one total would not add up).
pub fn per_track(ctx: &Ctx, plan: &Plan, sentence: impl Fn(&TrackPlan) -> String) -> Vec<String> {
    plan.tracks
        .iter()
        .map(|track| {
            let s = sentence(track);
            if plan.tracks.len() > 1 {
                cat(&[track_name(ctx, track.track), ": ", &s])
            } else {
                s
            }
        })
        .collect()
}

/// `pattern` with the track's `{sessions}`, `{spacing}`, `{span}` and
/// `{results}` (the caption's; the summary has none). A course that can be
/// one visit (a clinic's override of 1 session) has no spacing to state:
/// "1 session every 4 weeks, first to last session over 0 weeks" said
/// nothing true but the count (verify33 N5).
pub fn fill_track(t: &Catalog, pattern: &str, track: &TrackPlan, results: &str) -> String {
    let sessions = t.sessions.range(track.sessions.min, track.sessions.max);
    if track.sessions.max == 1 {
        return match results {
            "" => cat(&[&sessions, "."]),
            _ => cat(&[&sessions, ". ", t.results_label, ": ", results, "."]),
        };
    }
    let spacing = spacing_text(t, track);
    let span = span_text(t, track.treatment_weeks);
    fill(
        pattern,
        &[
            ("sessions", &sessions),
            ("spacing", &spacing),
            ("span", &span),
            ("results", results),
        ],
    )
}

/// "every 4 weeks", or "a single visit" for one session: it has no gaps.
pub fn spacing_text(t: &Catalog, track: &TrackPlan) -> String {
    match track.sessions.max {
        1 => t.single_session_span.to_string(),
        _ => t.every_weeks.count(track.interval_weeks),
    }
}

/// First to last session: "a single visit" for one session, "20 weeks at
/// most" for a course of 1 to 6 (verify33 N5: "0–20 weeks"; verify37 F8:
/// "up to" read "over up to 20 weeks" in the summary).
pub fn span_text(t: &Catalog, span: Span) -> String {
    match span {
        Span { max: 0, .. } => t.single_session_span.to_string(),
        Span { min: 0, max } => fill(t.span_at_most, &[("weeks", &t.weeks.count(max))]),
        Span { min, max } => t.weeks.range(min, max),
    }
}

pub fn plan_results(ctx: &Ctx, min: u32, max: u32) -> String {
    let t = ctx.t();
    fill(t.results_after, &[("weeks", &t.weeks.range(min, max))])
}

pub fn track_name(ctx: &Ctx, track: Track) -> &'static str {
    match track {
        Track::Skin => ctx.t().track_skin,
        Track::Scalp => ctx.t().track_scalp,
    }
}

/// The weeks the axis spans: from the plan's start to its last track's
/// results (or last session), after any delay; at least 4.
fn axis_weeks(plan: &Plan) -> f64 {
    let last = plan
        .tracks
        .iter()
        .map(|tr| tr.results_weeks.max.max(tr.treatment_weeks.max))
        .max()
        .unwrap_or(4);
    (last as f64 + plan.start_delay_weeks as f64).max(4.0)
}

/// Part of the result's markup (`markup.rs`): read-only, redrawn whenever
/// the plan changes.
pub fn timeline_chart(m: &mut Markup, ctx: &Ctx, plan: &Plan) {
    let t = ctx.t();
    let delay = plan.start_delay_weeks as f64;
    let total = axis_weeks(plan);
    let x = |week: f64| LEFT + week / total * (WIDTH - LEFT - RIGHT);
    let height = plan.tracks.len() as f64 * ROW + AXIS + 4.0;
    // Each session's shaded recovery: §2a's longest common downtime, 5
    // days (1–5 by depth); our rule, one width for every plan, as at the
    // chart's scale of weeks a day or two less would not show.
    let recovery_weeks = 5.0 / 7.0;
    // Ten 2-digit week labels at most, eight 3-digit ones, so a long
    // course's labels never run together, even in a phone's larger text:
    // every 2 weeks up to 16, 4 up to 36, then a multiple of 4.
    let step = if total <= 16.0 {
        2
    } else {
        (total as usize).div_ceil(if total < 100.0 { 36 } else { 28 }) * 4
    };
    let heading_id = ctx.id("timeline-h");
    // The caption under the chart says all it shows, so the drawing is
    // hidden from screen readers: as an image named by the same text, the
    // sentence was read out three times (figure, image, caption).
    m.fill(
        "<figure class=\"te-chart te-timeline\" aria-labelledby=\"{}\"><h4 class=\"te-block-title\" id=\"{}\">{}</h4>\
         <svg viewBox=\"0 0 {} {}\" aria-hidden=\"true\" focusable=\"false\">",
        &[
            &heading_id,
            &heading_id,
            t.timeline_heading,
            &fmt(WIDTH),
            &fmt(height),
        ],
    );
    for (row, track) in plan.tracks.iter().enumerate() {
        let top = 4.0 + row as f64 * ROW;
        let mid = top + 27.0;
        let results_from = x(delay + track.results_weeks.min as f64);
        let results_to = x(delay + track.results_weeks.max as f64);
        m.fill(
            "<g><text class=\"te-svg-text\" x=\"0\" y=\"{}\">{}</text>\
             <rect class=\"te-svg-results\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"22\" rx=\"4\"></rect>",
            &[
                &fmt(top + 11.0),
                track_name(ctx, track.track),
                &fmt(results_from),
                &fmt(mid - 11.0),
                &fmt((results_to - results_from).max(4.0)),
            ],
        );
        for i in 0..track.sessions.max {
            let week = delay + (i * track.interval_weeks) as f64;
            let cx = fmt(x(week));
            let width = (x(week + recovery_weeks) - x(week)).max(3.0);
            m.fill(
                "<g><rect class=\"te-svg-recovery\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" rx=\"3\"></rect>\
                 <circle class=\"te-svg-session\"",
                &[&cx, &fmt(mid - 9.0), &fmt(width)],
            );
            // The hollow "up to" sessions.
            if i >= track.sessions.min {
                m.tag(" data-maybe=\"\"");
            }
            m.fill(
                " cx=\"{}\" cy=\"{}\" r=\"5\"></circle></g>",
                &[&cx, &fmt(mid)],
            );
        }
        m.tag("</g>");
    }
    let axis_y = fmt(plan.tracks.len() as f64 * ROW + 6.0);
    let tick_to = fmt(plan.tracks.len() as f64 * ROW + 10.0);
    let label_y = fmt(plan.tracks.len() as f64 * ROW + 24.0);
    m.fill(
        "<line class=\"te-svg-axis\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\"></line>\
         <text class=\"te-svg-text\" x=\"0\" y=\"{}\">{}</text>",
        &[
            &fmt(LEFT),
            &fmt(WIDTH - RIGHT),
            &axis_y,
            &axis_y,
            // The axis name's baseline, just inside the chart's bottom.
            &fmt(plan.tracks.len() as f64 * ROW + AXIS - 2.0),
            t.timeline_week,
        ],
    );
    // Half-open (the axis spans a few hundred weeks at most): `0..=` is
    // RangeInclusive, whose iteration costs more wasm (as in `price`).
    for w in (0..total as u32 + 1).step_by(step) {
        let tx = fmt(x(w as f64));
        m.fill(
            "<g><line class=\"te-svg-axis\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\"></line>\
             <text class=\"te-svg-text\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text></g>",
            &[
                &tx,
                &tx,
                &axis_y,
                &tick_to,
                &tx,
                &label_y,
                &number(u64::from(w)),
            ],
        );
    }
    // The hollow sessions' key shows only where there are some (the CSS:
    // verify57 F9, they were the one mark it left out; a branch here cost
    // 70 bytes of wasm).
    m.fill(
        "</svg><ul class=\"te-legend-list\" aria-hidden=\"true\">\
         <li><span class=\"te-swatch te-swatch--session\"></span>{}</li>\
         <li><span class=\"te-swatch te-swatch--maybe\"></span>{}</li>\
         <li><span class=\"te-swatch te-swatch--recovery\"></span>{}</li>\
         <li><span class=\"te-swatch te-swatch--results\"></span>{}</li></ul>\
         <p class=\"te-chart-caption\">{}</p></figure>",
        &[
            t.timeline_session,
            t.timeline_maybe,
            t.timeline_recovery,
            t.timeline_results,
            &describe(ctx, plan),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::estimate::estimate;
    use crate::model::{Answers, Area, ClinicConfig, Concern};
    use crate::ui::context::SharedConfig;

    /// The week numbers under the axis of a plan `sessions` long,
    /// `interval` weeks apart.
    fn week_labels(sessions: u32, interval: u32) -> Vec<u32> {
        let mut ctx = Ctx::default_clinic_in_english();
        let config = format!(
            r#"{{"clinic": {{"name": "X", "phone": "555-0100"}}, "prices": {{"face": {{"min": 200, "max": 400}}}},
               "overrides": {{"acne-scars": {{"sessions": {{"min": {sessions}, "max": {sessions}}}, "interval_weeks": {interval}}}}}}}"#
        );
        ctx.config = SharedConfig::new(ClinicConfig::from_json(&config).unwrap());
        let answers = Answers::default()
            .with_area(Area::Face)
            .with_concern(Concern::AcneScars);
        let plan = estimate(&answers, &ctx.config).plan.unwrap();
        let mut m = Markup::default();
        timeline_chart(&mut m, &ctx, &plan);
        let svg = m.as_str().to_string();
        svg.split("text-anchor=\"middle\">")
            .skip(1)
            .map(|s| s[..s.find('<').unwrap()].parse().unwrap())
            .collect()
    }

    /// The drawing's elements, each with its attributes.
    #[derive(Default)]
    struct Shapes(Vec<(String, Vec<(String, String)>)>);

    impl crate::ui::markup::Sink for Shapes {
        fn open(&mut self, name: &str) {
            self.0.push((name.to_string(), Vec::new()));
        }
        fn attr(&mut self, name: &str, value: &str) {
            let last = self.0.last_mut().unwrap();
            last.1.push((name.to_string(), value.to_string()));
        }
        fn text(&mut self, _: &str) {}
        fn close(&mut self) {}
    }

    /// Every mark inside the drawing, each track's row below the one
    /// before, sessions left to right (hollow exactly for the "up to"
    /// ones), the results band within the weeks, and the axis under the
    /// rows: one and two tracks, with and without a later start.
    #[test]
    fn every_mark_sits_inside_the_drawing_in_order() {
        let ctx = Ctx::default_clinic_in_english();
        let face = Answers::default()
            .with_area(Area::Face)
            .with_concern(Concern::AcneScars);
        let both = face
            .clone()
            .with_area(Area::Scalp)
            .with_concern(Concern::HairLoss);
        let later = face
            .clone()
            .with_answer(crate::model::Question::SunburnTan, "yes");
        for answers in [face, both, later] {
            let plan = estimate(&answers, &ctx.config).plan.unwrap();
            let mut m = Markup::default();
            timeline_chart(&mut m, &ctx, &plan);
            let mut shapes = Shapes::default();
            crate::ui::markup::read(m.as_str(), &mut shapes);
            let num = |attrs: &[(String, String)], name: &str| {
                let v = attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v);
                v.map(|v| v.parse::<f64>().unwrap())
            };
            let rows = plan.tracks.len() as f64;
            let height = rows * ROW + AXIS + 4.0;
            let svg = &shapes.0.iter().find(|(n, _)| n == "svg").unwrap().1;
            assert_eq!(svg[0].1, format!("0 0 360 {}", fmt(height)));
            let mut sessions: Vec<(f64, f64, bool)> = Vec::new();
            for (name, attrs) in &shapes.0 {
                let at = |n| num(attrs, n);
                // Each position (and the extent from it) within the drawing.
                for (position, extent, bound) in [
                    ("x", "width", WIDTH),
                    ("cx", "", WIDTH),
                    ("x1", "", WIDTH),
                    ("x2", "", WIDTH),
                    ("y", "height", height),
                    ("cy", "", height),
                    ("y1", "", height),
                    ("y2", "", height),
                ] {
                    if let Some(p) = at(position) {
                        let end = p + at(extent).unwrap_or(0.0);
                        assert!(
                            (0.0..=bound).contains(&p) && end <= bound,
                            "{name} {attrs:?}"
                        );
                    }
                }
                if name == "circle" {
                    let maybe = attrs.iter().any(|(n, _)| n == "data-maybe");
                    sessions.push((at("cy").unwrap(), at("cx").unwrap(), maybe));
                }
                if name == "line" {
                    // The axis and its ticks run under every row.
                    assert!(at("y1").unwrap() > rows * ROW, "{attrs:?}");
                }
            }
            let delay = plan.start_delay_weeks as f64;
            let total = axis_weeks(&plan);
            let x = |week: f64| LEFT + week / total * (WIDTH - LEFT - RIGHT);
            for (row, track) in plan.tracks.iter().enumerate() {
                let mid = 31.0 + row as f64 * ROW;
                let marks: Vec<_> = sessions.iter().filter(|s| s.0 == mid).collect();
                assert_eq!(marks.len() as u32, track.sessions.max);
                for (i, (_, cx, maybe)) in marks.iter().enumerate() {
                    let week = delay + (i as u32 * track.interval_weeks) as f64;
                    assert_eq!(*cx, fmt(x(week)).parse::<f64>().unwrap());
                    assert_eq!(*maybe, i as u32 >= track.sessions.min);
                }
            }
        }
    }

    /// verify33 N6: a 30-session course 6 weeks apart (the longest the
    /// config allows) ran its 3-digit week labels together at a 12-week
    /// step. Ten 2-digit labels fit the chart's width in a phone's larger
    /// text, eight 3-digit ones (verify35 N1: ten were 3 px apart).
    #[test]
    fn the_week_labels_thin_out_as_the_plan_grows() {
        assert_eq!(week_labels(3, 4), [0, 4, 8, 12, 16, 20, 24, 28, 32]);
        for sessions in 2..=30 {
            for interval in [2, 4, 6] {
                let labels = week_labels(sessions, interval);
                let most = if *labels.last().unwrap() < 100 { 10 } else { 8 };
                assert!((5..=most).contains(&labels.len()), "{labels:?}");
                assert!(
                    *labels.last().unwrap()
                        >= ((sessions - 1) * interval).saturating_sub(labels[1])
                );
            }
        }
        assert_eq!(week_labels(30, 6), [0, 32, 64, 96, 128, 160, 192]);
    }
}
