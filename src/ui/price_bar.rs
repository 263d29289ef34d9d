//! The price range as a bar on a scale from zero and the breakdown as a
//! table: per session and areas, course discount, add-ons, total. The bar
//! is hidden from screen readers, as the timeline is: the range is written
//! beside it, and its name said the same figures again (verify39 F5).

use super::context::Ctx;
use super::format::svg_number;
use super::markup::Markup;
use crate::model::config::AddOnPrice;
use crate::model::price::{PriceEstimate, PriceLine};
use crate::model::text::{cat, replace};
use crate::model::PriceRange;

/// Part of the result's markup (`markup.rs`).
pub fn price_bar(m: &mut Markup, ctx: &Ctx, price: &PriceEstimate) {
    let t = ctx.t();
    let total = price.total;
    let scale = (total.max as f64 * 1.15).max(1.0);
    let x = |v: u64| 4.0 + v as f64 / scale * 352.0;
    let language = ctx.language.code();
    let range = ctx.money_range(total);
    let scale = ctx.config.currency.scale();
    m.fill(
        "<section class=\"te-chart te-price\"><h4 class=\"te-block-title\">{}</h4>\
         <svg viewBox=\"0 0 360 28\" aria-hidden=\"true\" focusable=\"false\">\
         <rect class=\"te-svg-bar\" x=\"4\" y=\"10\" width=\"352\" height=\"8\" rx=\"4\"></rect>\
         <rect class=\"te-svg-range\" x=\"{}\" y=\"4\" width=\"{}\" height=\"20\" rx=\"6\"></rect></svg>\
         <p class=\"te-price-range\">{}</p><table class=\"te-breakdown\"><caption class=\"te-sr\">{}</caption><tbody>",
        &[
            t.price_heading,
            &svg_number(x(total.min)),
            &svg_number((x(total.max) - x(total.min)).max(4.0)),
            &range,
            t.breakdown_heading,
        ],
    );
    for line in &price.lines {
        // The line's extra, if it is one, looked up once: its name, the
        // language that is written in, and how it is priced.
        let add_on = match line {
            PriceLine::AddOn { id, .. } | PriceLine::AddOnAtConsultation { id } => {
                ctx.config.add_on(id)
            }
            _ => None,
        };
        let named = add_on.map(|a| a.named_in(language));
        let name = |id: &str| named.map_or(id, |(_, name)| name).to_string();
        // A word joiner after a count's dash: "Face + Neck × 4–" ended a
        // line at 320 px, its "5 sessions" on the next.
        let label = replace(&t.price_line_label(line, &name), "–", "–\u{2060}");
        let (note, amount) = match line {
            PriceLine::Sessions {
                per_session,
                amount,
                ..
            } => (
                Some(cat(&[&ctx.money_range(*per_session), " ", t.per_session])),
                ctx.money_range(*amount),
            ),
            // In brackets: a range's own dash beside the minus read as a
            // second negative amount ("−$100 - $350" in Spanish). A word
            // joiner: a narrow column may wrap the range, but never part
            // the minus from it.
            PriceLine::Package { saving, .. } => (
                None,
                cat(&["−\u{2060}(", &ctx.money_range(whole(*saving, scale)), ")"]),
            ),
            // A share of the session price is worked out, so rounded; a
            // clinic's own figure ("£89.99 per course") shows as given.
            PriceLine::AddOn { amount, .. } => {
                let derived =
                    add_on.is_some_and(|a| matches!(a.price, AddOnPrice::PercentOfSession(_)));
                let amount = if derived {
                    whole(*amount, scale)
                } else {
                    *amount
                };
                (None, ctx.money_range(amount))
            }
            PriceLine::AddOnAtConsultation { .. } | PriceLine::AreaAtConsultation { .. } => {
                (None, t.price_at_consultation.to_string())
            }
        };
        m.tag("<tr><th scope=\"row\"");
        // An extra's name in another language than the widget's is marked
        // (verify60 L2), as its label among the extras is.
        if let Some((written_in, _)) = named {
            m.lang_of(written_in, language);
        }
        m.fill(">{}", &[&label]);
        if let Some(note) = note {
            m.fill("<span class=\"te-figure-note\">{}</span>", &[&note]);
        }
        m.fill("</th><td>{}</td></tr>", &[&keep_dash(&amount)]);
    }
    m.fill(
        "</tbody><tfoot><tr><th scope=\"row\">{}</th><td>{}</td></tr></tfoot></table>",
        &[t.total, &keep_dash(&range)],
    );
    if price.total != price.exact {
        m.fill("<p class=\"te-disclaimer\">{}</p>", &[t.rounding_note]);
    }
    m.tag("</section>");
}

/// A worked-out amount to the nearest whole unit: a discount of "$202.50"
/// beside whole prices reads as precision the estimate does not have (the
/// total is rounded outwards, and says so). Currencies without minor
/// units (scale 1) are unchanged.
fn whole(r: PriceRange, scale: u64) -> PriceRange {
    let round = |v: u64| (v + scale / 2) / scale * scale;
    PriceRange {
        min: round(r.min),
        max: round(r.max),
    }
}

/// A no-break space before a range's dash keeps it with the first amount
/// when a narrow column wraps the range (it wrapped as "$2,175 / – / $7,612").
/// A locale's bare hyphen ("1320-2750 £", Spanish in the UK) becomes a
/// no-break one: "−(132-" ended a line, as two negative amounts would
/// (verify60 L1).
fn keep_dash(range: &str) -> String {
    replace(&replace(range, " – ", "\u{a0}– "), "-", "\u{2011}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_breaks_at_no_dash() {
        assert_eq!(keep_dash("$900 – $3,150"), "$900\u{a0}– $3,150");
        assert_eq!(keep_dash("−(132-275 £)"), "−(132\u{2011}275 £)");
        assert_eq!(keep_dash("1100-2500 €"), "1100\u{2011}2500 €");
    }

    #[test]
    fn line_amounts_round_to_whole_units() {
        let r = |min, max| PriceRange { min, max };
        assert_eq!(whole(r(20_250, 94_500), 100), r(20_300, 94_500));
        assert_eq!(whole(r(20_249, 20_201), 100), r(20_200, 20_200));
        assert_eq!(whole(r(7, 9), 1), r(7, 9));
    }

    /// The bar's range runs from the lowest total to the highest on a
    /// scale from zero to 115% of the highest, across the 352-wide track
    /// that starts at 4; the rounding note shows only when the total was
    /// rounded.
    #[test]
    fn the_bar_spans_the_range_and_rounding_is_said_only_when_done() {
        let ctx = Ctx::default_clinic_in_english();
        let bar = |min, max, exact| {
            let mut m = Markup::default();
            let total = PriceRange::new(min, max);
            price_bar(
                &mut m,
                &ctx,
                &PriceEstimate {
                    total,
                    exact,
                    lines: vec![],
                },
            );
            m.as_str().to_string()
        };
        let range = |x: &str, width: &str| {
            format!("<rect class=\"te-svg-range\" x=\"{x}\" y=\"4\" width=\"{width}\"")
        };
        // 4 + 352 × 500 / 1150 = 157.04, to 4 + 352 / 1.15 = 310.09.
        let html = bar(50_000, 100_000, PriceRange::new(50_000, 100_000));
        assert!(html.contains(&range("157", "153")), "{html}");
        assert!(!html.contains("te-disclaimer"), "{html}");
        let html = bar(0, 100_000, PriceRange::new(120, 99_980));
        assert!(html.contains(&range("4", "306.1")), "{html}");
        assert!(
            html.contains(
                "<p class=\"te-disclaimer\">Total rounded outwards to a round figure.</p>"
            ),
            "{html}"
        );
    }

    /// The price table of these answers' plan.
    fn table_of(ctx: &Ctx, answers: &crate::model::Answers) -> String {
        use crate::model::{estimate, Price};
        let outcome = estimate(answers, &ctx.config);
        let Price::Range(p) = &outcome.plan.unwrap().price else {
            panic!("a price")
        };
        let mut m = Markup::default();
        price_bar(&mut m, ctx, p);
        m.as_str().to_string()
    }

    #[test]
    fn a_course_discount_is_one_negative_range() {
        use crate::model::{Answers, Area, Concern};
        let ctx = Ctx::default_clinic_in_english();
        let answers = Answers::default()
            .with_area(Area::Face)
            .with_concern(Concern::AcneScars);
        let table = table_of(&ctx, &answers);
        let table = table.as_str();
        let saving = table.split("<td>−").nth(1).expect(table);
        let saving = saving.split('<').next().unwrap();
        assert!(
            saving.starts_with("\u{2060}($") && saving.ends_with(')'),
            "{saving}"
        );
    }

    #[test]
    fn a_line_s_session_count_is_not_parted_at_its_dash() {
        use crate::model::{Answers, Area, Concern};
        let ctx = Ctx::default_clinic_in_english();
        let answers = Answers::default()
            .with_area(Area::Face)
            .with_area(Area::Neck)
            .with_concern(Concern::AcneScars);
        let table = table_of(&ctx, &answers);
        let label = table.split("<th scope=\"row\">").nth(1).expect(&table);
        let label = label.split('<').next().unwrap();
        assert!(label.contains(" × "), "{label}");
        assert!(label.contains("–\u{2060}"), "{label}");
        assert_eq!(
            label.matches('–').count(),
            label.matches("–\u{2060}").count()
        );
    }

    /// A clinic's per-course price shows to the cent; a share of the
    /// session price (worked out) to the whole unit.
    #[test]
    fn a_clinic_s_own_extra_price_shows_as_given() {
        use crate::model::{Answers, Area, ClinicConfig, Concern};
        let mut ctx = Ctx::default_clinic_in_english();
        ctx.config = crate::ui::context::SharedConfig::new(
            ClinicConfig::from_json(
                r#"{"clinic": {"name": "L", "phone": "555"}, "currency": "GBP",
                "prices": {"face": {"min": 199.99, "max": 349.5}},
                "add_ons": [
                  {"id": "kit", "kind": "other", "name": {"en": "Kit"}, "per_course": {"min": 89.99, "max": 89.99}},
                  {"id": "prp", "kind": "prp", "name": {"en": "PRP"}, "percent_of_session": 30}]}"#,
            )
            .unwrap(),
        );
        let answers = Answers::default()
            .with_area(Area::Face)
            .with_concern(Concern::Wrinkles)
            .with_add_on("kit")
            .with_add_on("prp");
        let table = table_of(&ctx, &answers);
        assert!(table.contains(">Kit</th><td>£89.99<"), "{table}");
        // 30% of 199.99 × 3–4 sessions = 179.991–…: whole units.
        let prp = table.split(">PRP</th><td>").nth(1).unwrap();
        assert!(!prp.split('<').next().unwrap().contains('.'), "{table}");
    }
}
