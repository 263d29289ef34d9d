//! Start-to-finish timeline (SVG): sessions as marks across the weeks (solid
//! for the sessions every plan has, hollow for the "up to" ones), a shaded
//! recovery window after each, and the band when results can be judged. The
//! chart is an image with a full text alternative; its caption says the same.

use super::context::Ctx;
use super::format::svg_number as fmt;
use crate::i18n::fill;
use crate::model::{Plan, Track};
use yew::prelude::*;

const WIDTH: f64 = 360.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 8.0;
const ROW: f64 = 30.0;
const AXIS: f64 = 22.0;

/// The chart's text alternative: one sentence per track.
pub fn describe(ctx: &Ctx, plan: &Plan) -> String {
    let t = ctx.t();
    plan.tracks
        .iter()
        .map(|track| {
            let results = plan_results(ctx, track.results_weeks.min, track.results_weeks.max);
            let sentence = fill(
                t.timeline_alt,
                &[
                    (
                        "sessions",
                        &t.sessions.range(track.sessions.min, track.sessions.max),
                    ),
                    ("spacing", &t.every_weeks.count(track.interval_weeks)),
                    (
                        "span",
                        &t.weeks
                            .range(track.treatment_weeks.min, track.treatment_weeks.max),
                    ),
                    ("results", &results),
                ],
            );
            if plan.tracks.len() > 1 {
                format!("{}: {sentence}", track_name(ctx, track.track))
            } else {
                sentence
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
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

/// A plain view function, not a component: it changes whenever the result
/// panel does, so a component's bookkeeping (and its WebAssembly) bought
/// nothing.
pub fn timeline_chart(ctx: &Ctx, plan: &Plan) -> Html {
    let t = ctx.t();
    let delay = plan.start_delay_weeks as f64;
    let last = plan
        .tracks
        .iter()
        .map(|tr| tr.results_weeks.max.max(tr.treatment_weeks.max))
        .max()
        .unwrap_or(4) as f64
        + delay;
    let total = last.max(4.0);
    let x = |week: f64| LEFT + week / total * (WIDTH - LEFT - RIGHT);
    let height = plan.tracks.len() as f64 * ROW + AXIS + 4.0;
    let recovery_weeks = 5.0 / 7.0;
    let step = match total as u32 {
        0..=16 => 2,
        17..=36 => 4,
        37..=72 => 8,
        _ => 12,
    };
    let title_id = ctx.id("timeline-t");
    let alt = describe(ctx, plan);

    let rows = plan.tracks.iter().enumerate().map(|(row, track)| {
        let top = 4.0 + row as f64 * ROW;
        let mid = top + ROW / 2.0 - 2.0;
        let results_from = x(delay + track.results_weeks.min as f64);
        let results_to = x(delay + track.results_weeks.max as f64);
        let sessions = (0..track.sessions.max).map(|i| {
            let week = delay + (i * track.interval_weeks) as f64;
            let maybe = i >= track.sessions.min;
            let cx = x(week);
            let width = (x(week + recovery_weeks) - cx).max(3.0);
            html! {
                <g>
                    <rect class="te-svg-recovery" x={fmt(cx)} y={fmt(mid - 9.0)} width={fmt(width)} height="18" rx="3" />
                    <circle class="te-svg-session" data-maybe={maybe.then_some("")} cx={fmt(cx)} cy={fmt(mid)} r="5" />
                </g>
            }
        });
        html! {
            <g>
                <text class="te-svg-text" x="0" y={fmt(mid + 4.0)}>{ track_name(ctx, track.track) }</text>
                <rect class="te-svg-results" x={fmt(results_from)} y={fmt(top + 2.0)}
                    width={fmt((results_to - results_from).max(4.0))} height={fmt(ROW - 8.0)} rx="4" />
                { for sessions }
            </g>
        }
    });
    let axis_y = plan.tracks.len() as f64 * ROW + 6.0;
    let ticks = (0..=(total as u32)).step_by(step).map(|w| {
        let tx = x(w as f64);
        html! {
            <g>
                <line class="te-svg-axis" x1={fmt(tx)} x2={fmt(tx)} y1={fmt(axis_y)} y2={fmt(axis_y + 4.0)} />
                <text class="te-svg-text" x={fmt(tx)} y={fmt(axis_y + 16.0)} text-anchor="middle">{ w }</text>
            </g>
        }
    });

    html! {
        <figure class="te-chart te-timeline">
            <h4 class="te-block-title">{ t.timeline_heading }</h4>
            <svg viewBox={format!("0 0 {} {}", fmt(WIDTH), fmt(height))} role="img" aria-labelledby={title_id.clone()}
                focusable="false">
                <title id={title_id}>{ alt.clone() }</title>
                { for rows }
                <line class="te-svg-axis" x1={fmt(LEFT)} x2={fmt(WIDTH - RIGHT)} y1={fmt(axis_y)} y2={fmt(axis_y)} />
                <text class="te-svg-text" x="0" y={fmt(axis_y + 16.0)}>{ t.timeline_week }</text>
                { for ticks }
            </svg>
            <ul class="te-legend-list" aria-hidden="true">
                <li><span class="te-swatch te-swatch--session"></span>{ t.timeline_session }</li>
                <li><span class="te-swatch te-swatch--recovery"></span>{ t.timeline_recovery }</li>
                <li><span class="te-swatch te-swatch--results"></span>{ t.timeline_results }</li>
            </ul>
            <figcaption class="te-chart-caption">{ alt }</figcaption>
        </figure>
    }
}
