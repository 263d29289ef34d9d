//! Step 2a: how marked each ticked concern is, in the words of its scale
//! (evidence §5), with a plain description under every grade.

use super::context::Ctx;
use super::markup::Markup;
use crate::model::small_map::SmallMap;
use crate::model::text::{self, cat};
use crate::model::{Concern, Scale, Severity};

/// Markup (`markup.rs`): each radio names its action
/// (`data-change="severity"`, its concern in `data-id`, its grade in
/// `value`; see `controls.rs`).
pub fn severity_picker(m: &mut Markup, ctx: &Ctx, concerns: &SmallMap<Concern, Severity>) {
    let t = ctx.t();
    // A grade two concerns share (`Scale::one_answer`: the face's
    // photo-aging type) is asked once, under the first, named for both.
    let mut graded: Vec<(Concern, Vec<&str>)> = Vec::new();
    'concerns: for c in &ctx.config.concerns {
        if concerns.contains_key(c) && Scale::of(*c) != Scale::None {
            for (first, names) in &mut graded {
                if Scale::one_answer(*first, *c) {
                    names.push(t.concern_name(*c));
                    continue 'concerns;
                }
            }
            graded.push((*c, vec![t.concern_name(*c)]));
        }
    }
    if graded.is_empty() {
        return;
    }
    m.tag("<div>");
    for (concern, names) in graded {
        let chosen = concerns.get(&concern).copied();
        let name = ctx.id(&cat(&["s-", concern.id()]));
        m.fill(
            "<fieldset class=\"te-group\"><legend>{}<span class=\"te-legend-note\"> · {}</span></legend>\
             <ul class=\"te-options\" role=\"list\">",
            &[&text::join(&names, ", "), t.scale_name(concern)],
        );
        for &severity in Scale::of(concern).options() {
            let value = severity.id();
            let id = cat(&[&name, "-", &value]);
            let desc = cat(&[&id, "-d"]);
            m.fill(
                "<li class=\"te-option\"><input type=\"radio\" class=\"te-radio\" id=\"{}\" name=\"{}\" \
                 value=\"{}\" aria-describedby=\"{}\" data-change=\"severity\" data-id=\"{}\"",
                &[&id, &name, &value, &desc, concern.id()],
            );
            if chosen == Some(severity) {
                m.tag(" checked=\"\"");
            }
            m.fill(
                "></input><label for=\"{}\">{}</label><span class=\"te-option-text\" id=\"{}\">{}</span></li>",
                &[
                    &id,
                    &t.severity_name(severity),
                    &desc,
                    t.severity_description(severity),
                ],
            );
        }
        m.tag("</ul></fieldset>");
    }
    m.tag("</div>");
}
