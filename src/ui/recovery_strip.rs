//! Day 0 to day 7 after a session: what to expect each day (redness,
//! swelling, flaking) and what is allowed again. A list of text, so it needs
//! no separate alternative; the bars are decoration.

use super::context::Ctx;
use super::markup::Markup;
use crate::model::recovery::RecoveryDay;
use crate::model::text::number;

/// What one day feels like, in words.
pub fn describe_day(ctx: &Ctx, day: &RecoveryDay) -> String {
    let t = ctx.t();
    let mut parts = vec![t.redness[usize::from(day.redness.min(3))].to_string()];
    if day.swelling > 0 {
        parts.push(t.swelling[usize::from(day.swelling.min(2))].to_string());
    }
    if day.flaking {
        parts.push(t.flaking.to_string());
    }
    crate::model::text::join(&parts, ", ")
}

/// Part of the result's markup (`markup.rs`). Beside a scalp track the
/// days are the skin's (`estimate::plan`), and the heading says so, as
/// the figures and the timeline name their tracks (verify35 N4).
pub fn recovery_strip(m: &mut Markup, ctx: &Ctx, days: &[RecoveryDay], two_tracks: bool) {
    let t = ctx.t();
    m.fill(
        "<section class=\"te-chart\"><h4 class=\"te-block-title\">{}",
        &[t.recovery_heading],
    );
    if two_tracks {
        m.fill(" — {}", &[t.track_skin]);
    }
    m.fill(
        "</h4><ol class=\"te-strip\" aria-label=\"{}\">",
        &[t.recovery_alt],
    );
    for day in days {
        m.fill(
            "<li class=\"te-day\" data-redness=\"{}\"><span class=\"te-day-name\">{} {}</span>\
             <span class=\"te-day-bar\" aria-hidden=\"true\"></span><span>{}</span>",
            &[
                &number(u64::from(day.redness)),
                t.day,
                &number(u64::from(day.day)),
                &describe_day(ctx, day),
            ],
        );
        for milestone in &day.milestones {
            m.fill(
                "<span class=\"te-day-milestone\">{}</span>",
                &[t.milestone(*milestone)],
            );
        }
        m.tag("</li>");
    }
    m.fill(
        "</ol><p class=\"te-chart-caption\">{}</p></section>",
        &[t.recovery_note],
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::recovery::{course, Profile};

    /// A day in words: its redness always, swelling only when there is
    /// some ("no swelling" is not news), flaking when there is.
    #[test]
    fn a_day_says_its_redness_and_only_the_swelling_and_flaking_it_has() {
        let ctx = Ctx::default_clinic_in_english();
        let day = |redness, swelling, flaking| RecoveryDay {
            day: 1,
            redness,
            swelling,
            flaking,
            milestones: vec![],
        };
        for (d, said) in [
            (day(0, 0, false), "No redness"),
            (day(3, 1, false), "Red, like a sunburn, slight swelling"),
            (
                day(1, 2, true),
                "Slight pinkness, some swelling, dry, flaking skin",
            ),
            (day(2, 0, true), "Pink, dry, flaking skin"),
        ] {
            assert_eq!(describe_day(&ctx, &d), said);
        }
    }

    /// A light course reads "No redness" from day 1, yet A-S25 says
    /// short-lived effects can last up to 7 days (verify27 L4): the days
    /// are said to be typical, under the last one (and on paper).
    #[test]
    fn the_days_are_called_a_typical_course_after_the_last() {
        let ctx = Ctx::default_clinic_in_english();
        let mut m = Markup::default();
        recovery_strip(&mut m, &ctx, &course(Profile::Light, false), false);
        let html = m.as_str();
        assert!(html.contains(">Recovery, day by day</h4>"), "{html}");
        let last_day = html.rfind("Day 7").expect(html);
        let note = html.find("can last up to 7 days.").expect(html);
        assert!(last_day < note, "{html}");
        assert!(html.ends_with("</p></section>"), "{html}");
        let mut m = Markup::default();
        recovery_strip(&mut m, &ctx, &course(Profile::Light, false), true);
        assert!(m.as_str().contains(">Recovery, day by day — Skin</h4>"));
    }
}
