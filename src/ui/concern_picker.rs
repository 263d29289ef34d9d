//! Step 1: the concerns, as cards with the article's short benefit text.

use super::context::Ctx;
use super::markup::Markup;
use crate::model::small_map::SmallMap;
use crate::model::text::cat;
use crate::model::{Concern, Severity, Treatability};

/// Markup (`markup.rs`), written on every render and drawn only when it
/// changed (a concern ticked, a language switched). Each box names its
/// action (`data-change="concern"`, see `controls.rs`).
pub fn concern_picker(ctx: &Ctx, ticked: &SmallMap<Concern, Severity>) -> Markup {
    let t = ctx.t();
    let mut m = Markup::default();
    m.fill(
        "<fieldset class=\"te-step te-concerns\"><legend class=\"te-legend\"><h3 tabindex=\"-1\">{}</h3></legend>\
         <p class=\"te-hint\">{}</p><ul class=\"te-cards\" role=\"list\">",
        &[&cat(&["1. ", t.step_concerns]), t.step_concerns_hint],
    );
    for &concern in ctx.config.concerns.iter() {
        let id = ctx.id(&cat(&["c-", concern.id()]));
        let desc = cat(&[&id, "-d"]);
        m.tag("<li class=\"te-card\"");
        if concern.treatability() == Treatability::NotTreatable {
            m.tag(" data-untreatable=\"\"");
        }
        m.fill(
            "><input type=\"checkbox\" class=\"te-check\" id=\"{}\" aria-describedby=\"{}\" \
             data-change=\"concern\" data-id=\"{}\"",
            &[&id, &desc, concern.id()],
        );
        if ticked.contains_key(&concern) {
            m.tag(" checked=\"\"");
        }
        m.fill(
            "></input><label for=\"{}\">{}</label><p class=\"te-card-text\" id=\"{}\">{}</p></li>",
            &[
                &id,
                t.concern_name(concern),
                &desc,
                t.concern_benefit(concern),
            ],
        );
    }
    m.tag("</ul></fieldset>");
    m
}
