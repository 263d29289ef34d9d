//! The result region ("Your estimate"): a one-sentence summary announced
//! politely, then either the plan (figures, timeline, recovery, price,
//! what to expect) or, for a stop outcome, the reasons in kind words and no
//! numbers; the booking route always.

use super::booking::booking;
use super::context::Ctx;
use super::format::month_after_weeks;
use super::markup::{Markup, Pieces};
use super::price_bar::price_bar;
use super::recovery_strip::recovery_strip;
use super::share_actions::share_actions;
use super::state::{Dispatch, Shared};
use super::timeline_chart::{plan_results, timeline_chart, track_name};
use crate::embed::handoff::PlanFacts;
use crate::i18n::fill;
use crate::model::recovery::AFTERCARE;
use crate::model::{Answers, Eligibility, Outcome, Plan, Price, Reason, Treatability};
use yew::prelude::*;

/// A plain view function, not a component: the Estimator re-renders it on
/// every change anyway, and a component's bookkeeping cost WebAssembly.
/// Its read-only blocks are markup (`markup.rs`) in three pieces, so the
/// aftercare's `<details>`, whose text never changes with the answers, keeps
/// the open state the visitor gave it.
pub fn result_panel(
    ctx: &Ctx,
    outcome: &Outcome,
    answers: &Answers,
    facts: &PlanFacts,
    shared: &Shared,
    on_action: &Dispatch,
    pieces: &Pieces,
) -> Html {
    let t = ctx.t();
    let heading_id = ctx.id("result-h");
    let stop = outcome.eligibility.is_stop();
    let [top, aftercare, notes] = result_markup(ctx, outcome);
    html! {
        <section class="te-result" role="region" aria-labelledby={heading_id.clone()} id={ctx.id("result")}>
            <h3 class="te-result-title" id={heading_id} tabindex="-1">{ t.result_heading }</h3>
            // A stop outcome's reasons are shown just below in the note, so
            // its summary is for screen readers only (no visual repeat).
            <div class="te-summary" data-sr-only={stop.then_some("")} role="status" aria-live="polite" aria-atomic="true">
                { summary(ctx, outcome) }
            </div>
            { top.into_html(&pieces.result) }
            { aftercare.into_html(&pieces.aftercare) }
            { notes.into_html(&pieces.notes) }
            { booking(ctx, outcome, answers, facts, &pieces.booking) }
            if !outcome.concerns.is_empty() {
                { share_actions(ctx, answers, shared, on_action) }
            }
        </section>
    }
}

/// The panel's read-only blocks as three pieces of markup (`markup.rs`):
/// the notice, reasons, figures and charts; the aftercare list (apart, so an
/// opened one stays open when the answers change); the notes and
/// disclaimers.
pub fn result_markup(ctx: &Ctx, outcome: &Outcome) -> [Markup; 3] {
    let stop = outcome.eligibility.is_stop();
    let t = ctx.t();
    let mut top = Markup::default();
    if !stop && outcome.unanswered > 0 && !outcome.concerns.is_empty() {
        let count = t.provisional.count(outcome.unanswered as u32);
        top.fill("<p class=\"te-provisional\">{}</p>", &[&count]);
    }
    reasons(&mut top, ctx, &outcome.eligibility);
    let mut aftercare = Markup::default();
    if let Some(plan) = &outcome.plan {
        plan_view(&mut top, ctx, plan);
        aftercare.fill(
            "<details class=\"te-block te-aftercare\"><summary class=\"te-block-title\">{}</summary>\
             <ul class=\"te-list\">",
            &[t.aftercare_heading],
        );
        for r in AFTERCARE.iter() {
            aftercare.fill("<li>{}</li>", &[(t.aftercare)(*r)]);
        }
        aftercare.tag("</ul></details>");
    }
    let mut notes = Markup::default();
    concern_notes(&mut notes, ctx, outcome);
    for text in [Some(t.disclaimer), Some(t.regulatory_note)]
        .into_iter()
        .chain([ctx.config.wording(ctx.language.code(), |w| &w.note)])
        .flatten()
    {
        notes.fill("<p class=\"te-disclaimer\">{}</p>", &[text]);
    }
    [top, aftercare, notes]
}

fn reasons(m: &mut Markup, ctx: &Ctx, eligibility: &Eligibility) {
    let t = ctx.t();
    let (tone, heading, intro) = match eligibility {
        Eligibility::Proceed => return,
        Eligibility::ProceedWithConsultation(_) => ("consult", t.consult_heading, None),
        Eligibility::Defer(_) => ("stop", t.defer_heading, Some(t.stop_intro)),
        Eligibility::NotSuitable(_) => ("stop", t.not_suitable_heading, Some(t.stop_intro)),
    };
    m.fill(
        "<div class=\"te-note\" data-tone=\"{}\"><h4 class=\"te-block-title\">{}</h4>",
        &[tone, heading],
    );
    if let Some(intro) = intro {
        m.fill("<p>{}</p>", &[intro]);
    }
    m.tag("<ul class=\"te-list\">");
    let mut seen = Vec::new();
    for r in eligibility.reasons() {
        let text = t.reason(r);
        // Several "not sure" answers share one sentence.
        if !seen.contains(&text) {
            m.fill("<li>{}</li>", &[&text]);
            seen.push(text);
        }
    }
    m.tag("</ul></div>");
}

fn plan_view(m: &mut Markup, ctx: &Ctx, plan: &Plan) {
    let t = ctx.t();
    let span = plan.treatment_weeks();
    let results = plan.results_weeks();
    let two_tracks = plan.tracks.len() > 1;
    let spacing = plan
        .tracks
        .iter()
        .map(|tr| t.every_weeks.count(tr.interval_weeks))
        .collect::<Vec<_>>()
        .join(" / ");
    m.fill(
        "<dl class=\"te-figures\"><div class=\"te-figure\"><dt>{}</dt><dd class=\"te-sessions\">{}",
        &[
            t.sessions_label,
            &t.sessions.range(plan.sessions.min, plan.sessions.max),
        ],
    );
    // Two tracks (skin and scalp): each one's sessions under the total.
    for tr in plan.tracks.iter().filter(|_| two_tracks) {
        let note = format!(
            "{}: {}",
            track_name(ctx, tr.track),
            t.sessions.range(tr.sessions.min, tr.sessions.max)
        );
        m.fill("<span class=\"te-figure-note\">{}</span>", &[&note]);
    }
    m.fill(
        "</dd></div><div class=\"te-figure\"><dt>{}</dt><dd>{}</dd></div>\
         <div class=\"te-figure te-figure--wide\"><dt>{}</dt><dd>{}",
        &[
            t.spacing_label,
            &spacing,
            t.span_label,
            &if span.max == 0 {
                t.single_session_span.to_string()
            } else {
                t.weeks.range(span.min, span.max)
            },
        ],
    );
    if let Some(month) = month_after_weeks(span.max + plan.start_delay_weeks, &ctx.locale()) {
        let ends = fill(t.plan_ends, &[("date", &month)]);
        m.fill("<span class=\"te-figure-note\">{}</span>", &[&ends]);
    }
    m.fill(
        "</dd></div><div class=\"te-figure te-figure--wide\"><dt>{}</dt><dd>{}</dd></div>\
         <div class=\"te-figure te-figure--wide\"><dt>{}</dt><dd class=\"te-price-total\">{}</dd></div></dl>",
        &[
            t.results_label,
            &plan_results(ctx, results.min, results.max),
            t.price_label,
            &match &plan.price {
                Price::Range(p) => ctx.money_range(p.total),
                Price::NeedsArea => t.needs_area.to_string(),
            },
        ],
    );
    if !plan.adjustments.is_empty() {
        m.fill(
            "<div class=\"te-note\" data-tone=\"ok\"><h4 class=\"te-block-title\">{}</h4><ul class=\"te-list\">",
            &[t.adjust_heading],
        );
        for a in &plan.adjustments {
            m.fill("<li>{}</li>", &[(t.adjustment)(*a)]);
        }
        m.tag("</ul></div>");
    }
    timeline_chart(m, ctx, plan);
    recovery_strip(m, ctx, &plan.recovery);
    if let Price::Range(p) = &plan.price {
        price_bar(m, ctx, p);
    }
    block(m, ctx, "expect-h", t.what_to_expect_heading);
    if plan.early_glow {
        m.fill("<li>{}</li>", &[t.glow_note]);
    }
    for tr in &plan.tracks {
        for maintenance in &tr.maintenance {
            let track = if two_tracks {
                format!(" ({})", track_name(ctx, tr.track))
            } else {
                String::new()
            };
            m.fill(
                "<li>{}{}: {}</li>",
                &[t.maintenance_label, &track, &(t.maintenance)(*maintenance)],
            );
        }
    }
    m.tag("</ul></section>");
}

/// A titled list (`<section>`, heading, `<ul>`), left open for its items.
fn block(m: &mut Markup, ctx: &Ctx, id: &str, heading: &str) {
    let id = ctx.id(id);
    m.fill(
        "<section class=\"te-block\" aria-labelledby=\"{}\"><h4 class=\"te-block-title\" id=\"{}\">{}</h4>\
         <ul class=\"te-list\">",
        &[&id, &id, heading],
    );
}

fn concern_notes(m: &mut Markup, ctx: &Ctx, outcome: &Outcome) {
    let t = ctx.t();
    if outcome.concerns.is_empty() || outcome.eligibility.is_stop() {
        return;
    }
    block(m, ctx, "notes-h", t.concern_notes_heading);
    for c in &outcome.concerns {
        let text = match c.treatability() {
            Treatability::Treatable => (t.concern_benefit)(*c),
            _ => (t.concern_reason)(*c),
        };
        m.fill(
            "<li><strong>{}</strong>: {}</li>",
            &[(t.concern_name)(*c), text],
        );
    }
    m.tag("</ul></section>");
}

/// One sentence a screen reader can announce after each change.
pub fn summary(ctx: &Ctx, outcome: &Outcome) -> String {
    let t = ctx.t();
    if outcome.eligibility.is_stop() {
        let heading = match outcome.eligibility {
            Eligibility::Defer(_) => t.defer_heading,
            _ => t.not_suitable_heading,
        };
        let why: Vec<String> = outcome
            .eligibility
            .reasons()
            .iter()
            .map(|r| t.reason(r))
            .collect();
        return format!("{heading}. {}", why.join(" "));
    }
    let Some(plan) = &outcome.plan else {
        return if outcome.concerns.is_empty() {
            t.empty_result.to_string()
        } else {
            t.no_numbers_intro.to_string()
        };
    };
    let spacing = plan
        .tracks
        .first()
        .map(|tp| t.every_weeks.count(tp.interval_weeks))
        .unwrap_or_default();
    let span = plan.treatment_weeks();
    let price = match &plan.price {
        Price::Range(p) => ctx.money_range(p.total),
        Price::NeedsArea => t.needs_area.to_string(),
    };
    let mut text = fill(
        t.summary_pattern,
        &[
            (
                "sessions",
                &t.sessions.range(plan.sessions.min, plan.sessions.max),
            ),
            ("spacing", &spacing),
            ("span", &t.weeks.range(span.min, span.max)),
            ("price", &price),
        ],
    );
    if outcome
        .eligibility
        .reasons()
        .iter()
        .any(|r| !matches!(r, Reason::Concern(_)) || plan.tracks.is_empty())
    {
        text.push(' ');
        text.push_str(t.consult_heading);
        text.push('.');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::screening::Question;
    use crate::model::{estimate, Area, ClinicConfig, Concern};
    use crate::ui::context::SharedConfig;
    use crate::ui::markup::{read, Sink};

    /// Writes back what the reader found, and checks that every element
    /// is closed in order.
    #[derive(Default)]
    struct Echo {
        out: String,
        open: Vec<String>,
        in_tag: bool,
    }

    impl Echo {
        fn end_tag(&mut self) {
            if std::mem::take(&mut self.in_tag) {
                self.out.push('>');
            }
        }
    }

    impl Sink for Echo {
        fn open(&mut self, name: &str) {
            self.end_tag();
            self.out.push('<');
            self.out.push_str(name);
            self.open.push(name.to_string());
            self.in_tag = true;
        }
        fn attr(&mut self, name: &str, value: &str) {
            let mut v = Markup::default();
            v.text(value);
            self.out.push_str(&format!(" {name}=\"{}\"", v.as_str()));
        }
        fn text(&mut self, text: &str) {
            self.end_tag();
            let mut v = Markup::default();
            v.text(text);
            self.out.push_str(v.as_str());
        }
        fn close(&mut self) {
            self.end_tag();
            let name = self.open.pop().expect("a close without an open");
            self.out.push_str(&format!("</{name}>"));
        }
    }

    fn all_clear() -> Answers {
        Question::ALL
            .iter()
            .fold(Answers::default(), |a, q| a.with_answer(*q, q.all_clear()))
    }

    #[test]
    fn every_answer_s_markup_reads_back_exactly_and_balanced() {
        let ctx = Ctx {
            config: SharedConfig::new(ClinicConfig::default()),
            language: Language::En,
            ids: "te1".into(),
            tracking: Default::default(),
            on_event: Default::default(),
        };
        let cases = [
            Answers::default(),
            Answers::default().with_concern(Concern::AcneScars),
            all_clear()
                .with_answer(Question::SkinType, "4")
                .with_concern(Concern::AcneScars)
                .with_concern(Concern::StretchMarks)
                .with_concern(Concern::HairLoss)
                .with_area(Area::Face)
                .with_area(Area::Scalp)
                .with_add_on("prp")
                .with_add_on("prp-scalp"),
            all_clear().with_concern(Concern::OtherScars),
            Answers::default()
                .with_concern(Concern::AcneScars)
                .with_answer(Question::BleedingDisorder, "yes"),
            Answers::default()
                .with_concern(Concern::Wrinkles)
                .with_answer(Question::Pregnancy, "yes"),
            all_clear()
                .with_concern(Concern::RaisedScars)
                .with_answer(Question::Breastfeeding, "yes"),
        ];
        let mut tags = 0;
        for answers in cases {
            let outcome = estimate(&answers, &ctx.config);
            let facts = crate::ui::booking::plan_facts(&ctx, &outcome, &answers);
            let booking = crate::ui::booking::booking_markup(&ctx, &outcome, &answers, &facts);
            assert!(booking.as_str().contains("data-route=\"phone\""));
            let ticked = answers.concerns.keys().copied().collect();
            let steps = [
                crate::ui::concern_picker::concern_picker(&ctx, &ticked),
                crate::ui::screening_form::screening_form(&ctx, &answers.screening, true),
            ];
            for piece in result_markup(&ctx, &outcome)
                .into_iter()
                .chain([booking])
                .chain(steps)
            {
                let mut echo = Echo::default();
                read(piece.as_str(), &mut echo);
                echo.end_tag();
                assert_eq!(echo.out, piece.as_str());
                assert_eq!(echo.open, Vec::<String>::new(), "{}", piece.as_str());
                tags += piece.as_str().matches("</").count();
            }
        }
        // The cases drew the charts and tables, not just empty pieces.
        assert!(tags > 300, "{tags}");
    }
}
