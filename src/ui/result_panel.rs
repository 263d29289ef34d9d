//! The result region ("Your estimate"): the summary (announced politely),
//! the plan's key figures, and the booking route, for every outcome.

use super::booking::Booking;
use super::context::Ctx;
use crate::i18n::fill;
use crate::model::{Answers, Outcome, Price};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    pub outcome: Outcome,
    pub answers: Answers,
}

#[component]
pub fn ResultPanel(props: &ResultPanelProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx provided by Estimator");
    let t = ctx.t();
    let heading_id = ctx.id("result-h");
    let outcome = &props.outcome;
    let summary = summary(&ctx, outcome);
    html! {
        <section class="te-result" role="region" aria-labelledby={heading_id.clone()}>
            <h3 class="te-result-title" id={heading_id}>{ t.result_heading }</h3>
            <div class="te-summary" role="status" aria-live="polite" aria-atomic="true">
                { summary }
            </div>
            if let Some(plan) = &outcome.plan {
                <dl class="te-figures">
                    <div class="te-figure">
                        <dt>{ t.sessions_label }</dt>
                        <dd class="te-sessions">{ t.sessions.range(plan.sessions.min, plan.sessions.max) }</dd>
                    </div>
                    <div class="te-figure">
                        <dt>{ t.price_label }</dt>
                        <dd class="te-price">{
                            match &plan.price {
                                Price::Range(p) => ctx.money_range(p.total),
                                Price::NeedsArea => t.needs_area.to_string(),
                            }
                        }</dd>
                    </div>
                </dl>
            }
            <p class="te-disclaimer">{ t.disclaimer }</p>
            <Booking outcome={outcome.clone()} answers={props.answers.clone()} />
        </section>
    }
}

/// One sentence a screen reader can announce after each change.
pub fn summary(ctx: &Ctx, outcome: &Outcome) -> String {
    let t = ctx.t();
    if outcome.eligibility.is_stop() {
        return t.stop_intro.to_string();
    }
    let Some(plan) = &outcome.plan else {
        return if outcome.concerns.is_empty() {
            t.empty_result.to_string()
        } else {
            t.no_numbers_intro.to_string()
        };
    };
    let skin = plan.tracks.first();
    let spacing = skin
        .map(|tp| t.every_weeks.count(tp.interval_weeks))
        .unwrap_or_default();
    let span = plan.treatment_weeks();
    let price = match &plan.price {
        Price::Range(p) => ctx.money_range(p.total),
        Price::NeedsArea => t.needs_area.to_string(),
    };
    fill(
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
    )
}
