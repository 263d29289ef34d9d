//! The price range as a bar on a scale from zero (SVG, with its text
//! alternative) and the breakdown as a table: per session and areas, course
//! discount, add-ons, total.

use super::context::Ctx;
use super::format::svg_number;
use crate::i18n::fill;
use crate::model::price::{PriceEstimate, PriceLine};
use yew::prelude::*;

/// A plain view function inside the result panel (see `timeline_chart`).
pub fn price_bar(ctx: &Ctx, price: &PriceEstimate) -> Html {
    let t = ctx.t();
    let total = price.total;
    let scale = (total.max as f64 * 1.15).max(1.0);
    let x = |v: u64| 4.0 + v as f64 / scale * 352.0;
    let alt = fill(
        t.price_alt,
        &[
            ("min", &ctx.money(total.min)),
            ("max", &ctx.money(total.max)),
        ],
    );
    let title_id = ctx.id("price-t");
    let language = ctx.language.code();
    let add_on_name = |id: &str| {
        ctx.config
            .add_on(id)
            .map(|a| a.name_in(language).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let rows = price.lines.iter().map(|line| {
        let label = t.price_line_label(line, &add_on_name);
        let (note, amount) = match line {
            PriceLine::Sessions {
                per_session,
                amount,
                ..
            } => (
                Some(format!(
                    "{} {}",
                    ctx.money_range(*per_session),
                    t.per_session
                )),
                ctx.money_range(*amount),
            ),
            PriceLine::Package { saving, .. } => (None, format!("−{}", ctx.money_range(*saving))),
            PriceLine::AddOn { amount, .. } => (None, ctx.money_range(*amount)),
            PriceLine::AddOnAtConsultation { .. } | PriceLine::AreaAtConsultation { .. } => {
                (None, t.price_at_consultation.to_string())
            }
        };
        html! {
            <tr>
                <th scope="row">
                    { label }
                    if let Some(note) = note {
                        <span class="te-figure-note">{ note }</span>
                    }
                </th>
                <td>{ amount }</td>
            </tr>
        }
    });
    let rounded = price.total != price.exact;
    html! {
        <section class="te-chart te-price" aria-labelledby={ctx.id("price-h")}>
            <h4 class="te-block-title" id={ctx.id("price-h")}>{ t.price_heading }</h4>
            <svg viewBox="0 0 360 28" role="img" aria-labelledby={title_id.clone()} focusable="false">
                <title id={title_id}>{ alt.clone() }</title>
                <rect class="te-svg-bar" x="4" y="10" width="352" height="8" rx="4" />
                <rect class="te-svg-range" x={svg_number(x(total.min))} y="4"
                    width={svg_number((x(total.max) - x(total.min)).max(4.0))} height="20" rx="6" />
            </svg>
            <p class="te-price-range">{ ctx.money_range(total) }</p>
            <table class="te-breakdown">
                <caption class="te-sr">{ t.breakdown_heading }</caption>
                <tbody>{ for rows }</tbody>
                <tfoot>
                    <tr><th scope="row">{ t.total }</th><td>{ ctx.money_range(total) }</td></tr>
                </tfoot>
            </table>
            if rounded {
                <p class="te-disclaimer">{ t.rounding_note }</p>
            }
        </section>
    }
}
