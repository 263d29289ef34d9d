//! The result region ("Your estimate"): a one-sentence summary announced
//! politely, then either the plan (figures, timeline, recovery, price,
//! what to expect) or, for a stop outcome, the reasons in kind words and no
//! numbers; the booking route always.

use super::booking::booking;
use super::context::Ctx;
use super::format::month_after_weeks;
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
pub fn result_panel(
    ctx: &Ctx,
    outcome: &Outcome,
    answers: &Answers,
    facts: &PlanFacts,
    shared: &Shared,
    on_action: &Dispatch,
) -> Html {
    let t = ctx.t();
    let heading_id = ctx.id("result-h");
    let stop = outcome.eligibility.is_stop();
    html! {
        <section class="te-result" role="region" aria-labelledby={heading_id.clone()} id={ctx.id("result")}>
            <h3 class="te-result-title" id={heading_id} tabindex="-1">{ t.result_heading }</h3>
            // A stop outcome's reasons are shown just below in the note, so
            // its summary is for screen readers only (no visual repeat).
            <div class="te-summary" data-sr-only={stop.then_some("")} role="status" aria-live="polite" aria-atomic="true">
                { summary(ctx, outcome) }
            </div>
            if !stop && outcome.unanswered > 0 && !outcome.concerns.is_empty() {
                <p class="te-provisional">{ t.provisional.count(outcome.unanswered as u32) }</p>
            }
            { reasons(ctx, &outcome.eligibility) }
            if let Some(plan) = &outcome.plan {
                { plan_view(ctx, plan) }
            }
            { concern_notes(ctx, outcome) }
            <p class="te-disclaimer">{ t.disclaimer }</p>
            <p class="te-disclaimer">{ t.regulatory_note }</p>
            if let Some(note) = ctx.config.wording(ctx.language.code(), |w| &w.note) {
                <p class="te-disclaimer">{ note.to_string() }</p>
            }
            { booking(ctx, outcome, answers, facts) }
            if !outcome.concerns.is_empty() {
                { share_actions(ctx, answers, shared, on_action) }
            }
        </section>
    }
}

fn reasons(ctx: &Ctx, eligibility: &Eligibility) -> Html {
    let t = ctx.t();
    let (tone, heading, intro) = match eligibility {
        Eligibility::Proceed => return html! {},
        Eligibility::ProceedWithConsultation(_) => ("consult", t.consult_heading, None),
        Eligibility::Defer(_) => ("stop", t.defer_heading, Some(t.stop_intro)),
        Eligibility::NotSuitable(_) => ("stop", t.not_suitable_heading, Some(t.stop_intro)),
    };
    let mut seen = Vec::new();
    html! {
        <div class="te-note" data-tone={tone}>
            <h4 class="te-block-title">{ heading }</h4>
            if let Some(intro) = intro {
                <p>{ intro }</p>
            }
            <ul class="te-list">
                { for eligibility.reasons().iter().filter_map(|r| {
                    let text = t.reason(r);
                    // Several "not sure" answers share one sentence.
                    if seen.contains(&text) { return None; }
                    seen.push(text.clone());
                    Some(html! { <li>{ text }</li> })
                }) }
            </ul>
        </div>
    }
}

fn plan_view(ctx: &Ctx, plan: &Plan) -> Html {
    let t = ctx.t();
    let span = plan.treatment_weeks();
    let results = plan.results_weeks();
    let two_tracks = plan.tracks.len() > 1;
    let per_track = |f: &dyn Fn(&crate::model::TrackPlan) -> String| -> Html {
        if two_tracks {
            html! { <>{ for plan.tracks.iter().map(|tr| html! {
                <span class="te-figure-note">{ format!("{}: {}", track_name(ctx, tr.track), f(tr)) }</span>
            }) }</> }
        } else {
            html! {}
        }
    };
    let spacing = plan
        .tracks
        .iter()
        .map(|tr| t.every_weeks.count(tr.interval_weeks))
        .collect::<Vec<_>>()
        .join(" / ");
    html! {
        <>
            <dl class="te-figures">
                <div class="te-figure">
                    <dt>{ t.sessions_label }</dt>
                    <dd class="te-sessions">
                        { t.sessions.range(plan.sessions.min, plan.sessions.max) }
                        { per_track(&|tr| t.sessions.range(tr.sessions.min, tr.sessions.max)) }
                    </dd>
                </div>
                <div class="te-figure">
                    <dt>{ t.spacing_label }</dt>
                    <dd>{ spacing }</dd>
                </div>
                <div class="te-figure te-figure--wide">
                    <dt>{ t.span_label }</dt>
                    <dd>
                        { if span.max == 0 { t.single_session_span.to_string() } else { t.weeks.range(span.min, span.max) } }
                        if let Some(month) = month_after_weeks(span.max + plan.start_delay_weeks, &ctx.locale()) {
                            <span class="te-figure-note">{ fill(t.plan_ends, &[("date", &month)]) }</span>
                        }
                    </dd>
                </div>
                <div class="te-figure te-figure--wide">
                    <dt>{ t.results_label }</dt>
                    <dd>{ plan_results(ctx, results.min, results.max) }</dd>
                </div>
                <div class="te-figure te-figure--wide">
                    <dt>{ t.price_label }</dt>
                    <dd class="te-price-total">{
                        match &plan.price {
                            Price::Range(p) => ctx.money_range(p.total),
                            Price::NeedsArea => t.needs_area.to_string(),
                        }
                    }</dd>
                </div>
            </dl>
            if !plan.adjustments.is_empty() {
                <div class="te-note" data-tone="ok">
                    <h4 class="te-block-title">{ t.adjust_heading }</h4>
                    <ul class="te-list">
                        { for plan.adjustments.iter().map(|a| html! { <li>{ (t.adjustment)(*a) }</li> }) }
                    </ul>
                </div>
            }
            { timeline_chart(ctx, plan) }
            { recovery_strip(ctx, &plan.recovery) }
            if let Price::Range(p) = &plan.price {
                { price_bar(ctx, p) }
            }
            <section class="te-block" aria-labelledby={ctx.id("expect-h")}>
                <h4 class="te-block-title" id={ctx.id("expect-h")}>{ t.what_to_expect_heading }</h4>
                <ul class="te-list">
                    if plan.early_glow {
                        <li>{ t.glow_note }</li>
                    }
                    { for plan.tracks.iter().flat_map(|tr| tr.maintenance.iter().map(move |m| (tr.track, *m))).map(|(track, m)| html! {
                        <li>{ format!("{}{}: {}", t.maintenance_label, if two_tracks { format!(" ({})", track_name(ctx, track)) } else { String::new() }, (t.maintenance)(m)) }</li>
                    }) }
                </ul>
            </section>
            <details class="te-block te-aftercare">
                <summary class="te-block-title">{ t.aftercare_heading }</summary>
                <ul class="te-list">
                    { for AFTERCARE.iter().map(|r| html! { <li>{ (t.aftercare)(*r) }</li> }) }
                </ul>
            </details>
        </>
    }
}

fn concern_notes(ctx: &Ctx, outcome: &Outcome) -> Html {
    let t = ctx.t();
    if outcome.concerns.is_empty() || outcome.eligibility.is_stop() {
        return html! {};
    }
    html! {
        <section class="te-block" aria-labelledby={ctx.id("notes-h")}>
            <h4 class="te-block-title" id={ctx.id("notes-h")}>{ t.concern_notes_heading }</h4>
            <ul class="te-list">
                { for outcome.concerns.iter().map(|c| {
                    let text = match c.treatability() {
                        Treatability::Treatable => (t.concern_benefit)(*c),
                        _ => (t.concern_reason)(*c),
                    };
                    html! { <li><strong>{ (t.concern_name)(*c) }</strong>{ ": " }{ text }</li> }
                }) }
            </ul>
        </section>
    }
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
