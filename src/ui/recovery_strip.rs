//! Day 0 to day 7 after a session: what to expect each day (redness,
//! swelling, flaking) and what is allowed again. A list of text, so it needs
//! no separate alternative; the bars are decoration.

use super::context::Ctx;
use crate::model::recovery::RecoveryDay;
use yew::prelude::*;

/// What one day feels like, in words.
pub fn describe_day(ctx: &Ctx, day: &RecoveryDay) -> String {
    let t = ctx.t();
    let mut parts = vec![t.redness[usize::from(day.redness.min(3))].to_string()];
    if day.swelling > 0 {
        parts.push(t.swelling[usize::from(day.swelling.min(3))].to_string());
    }
    if day.flaking {
        parts.push(t.flaking.to_string());
    }
    parts.join(", ")
}

/// A plain view function inside the result panel (see `timeline_chart`).
pub fn recovery_strip(ctx: &Ctx, days: &[RecoveryDay]) -> Html {
    let t = ctx.t();
    let heading = ctx.id("recovery-h");
    html! {
        <section class="te-chart te-recovery" aria-labelledby={heading.clone()}>
            <h4 class="te-block-title" id={heading}>{ t.recovery_heading }</h4>
            <ol class="te-strip" aria-label={t.recovery_alt}>
                { for days.iter().map(|day| html! {
                    <li class="te-day" data-redness={day.redness.to_string()}>
                        <span class="te-day-name">{ format!("{} {}", t.day, day.day) }</span>
                        <span class="te-day-bar" aria-hidden="true"></span>
                        <span>{ describe_day(ctx, day) }</span>
                        { for day.milestones.iter().map(|m| html! {
                            <span class="te-day-milestone">{ (t.milestone)(*m) }</span>
                        }) }
                    </li>
                }) }
            </ol>
        </section>
    }
}
