//! Optional extras the clinic offers (PRP, boosters), with their price rule.

use super::context::Ctx;
use super::markup::Markup;
use crate::model::config::AddOnPrice;
use crate::model::small_map::SmallSet;
use crate::model::text::{cat, number};
use crate::model::Track;

/// Markup (`markup.rs`): each box names its action
/// (`data-change="add-on"`, see `controls.rs`). `skin` and `hair` are the
/// tracks in the plan: extras only show with a track they go with.
pub fn add_on_picker(m: &mut Markup, ctx: &Ctx, chosen: &SmallSet<String>, skin: bool, hair: bool) {
    let t = ctx.t();
    let mut offered = Vec::new();
    for a in &ctx.config.add_ons {
        if match a.track {
            Track::Skin => skin,
            Track::Scalp => hair,
        } {
            offered.push(a);
        }
    }
    if offered.is_empty() {
        return;
    }
    let language = ctx.language.code();
    m.fill(
        "<fieldset class=\"te-step\"><legend class=\"te-legend\"><h3>{}</h3></legend>\
         <ul class=\"te-options\" role=\"list\">",
        &[t.step_add_ons],
    );
    for add_on in offered {
        let id = ctx.id(&cat(&["x-", &add_on.id]));
        let desc = cat(&[&id, "-d"]);
        let price = match add_on.price {
            AddOnPrice::PercentOfSession(p) => {
                cat(&["+", &number(u64::from(p)), t.percent, " ", t.per_session])
            }
            AddOnPrice::PerSession(r) => cat(&[&ctx.money_range(r), " ", t.per_session]),
            AddOnPrice::PerCourse(r) => ctx.money_range(r),
            AddOnPrice::AtConsultation => t.price_at_consultation.to_string(),
        };
        m.fill(
            "<li class=\"te-option\"><input type=\"checkbox\" class=\"te-check\" id=\"{}\" \
             aria-describedby=\"{}\" data-change=\"add-on\" data-id=\"{}\"",
            &[&id, &desc, &add_on.id],
        );
        if chosen.contains(&add_on.id) {
            m.tag(" checked=\"\"");
        }
        let (written_in, name) = add_on.named_in(language);
        m.fill("></input><label for=\"{}\"", &[&id])
            .lang_of(written_in, language)
            .fill(
                ">{}</label><span class=\"te-option-text\" id=\"{}\">{}</span></li>",
                &[name, &desc, &price],
            );
    }
    m.tag("</ul></fieldset>");
}
