//! Step 3: the safety questions, grouped, each a plain choice (usually Yes /
//! No / Not sure). "None of these apply to me" answers the rest of a group
//! at once, except the personal details (age, skin type) that only the
//! visitor knows; in "About you", where they are half the group, the button
//! names what it answers ("Not pregnant or breastfeeding").

use super::context::Ctx;
use super::markup::Markup;
use crate::model::screening::Group;
use crate::model::small_map::SmallMap;
use crate::model::text::{cat, number};
use crate::model::{Concern, Question};

/// Markup (`markup.rs`), written on every render and drawn only when it
/// changed, so choosing concerns or areas does not redraw the questions.
/// `concerns`: the ticked ones, which decide the questions that apply
/// (`Question::applies`: a scar's age, melasma). Each radio and button
/// names its action (`data-change="answer"`, `data-click="clear"`, see
/// `controls.rs`).
pub fn screening_form(
    ctx: &Ctx,
    screening: &SmallMap<Question, &'static str>,
    concerns: &[Concern],
    step: u8,
) -> Markup {
    let t = ctx.t();
    let mut m = Markup::default();
    m.fill(
        "<fieldset class=\"te-step\"><legend class=\"te-legend\"><h3>{}</h3></legend>\
         <p class=\"te-hint\">{}</p>",
        &[
            &cat(&[&number(u64::from(step)), ". ", t.step_safety]),
            t.step_safety_hint,
        ],
    );
    for group in Group::ALL {
        let group_name = t.group_name(group);
        let mut asked = Vec::new();
        for q in Question::ALL {
            if q.group() == group && q.applies(concerns) {
                asked.push(q);
            }
        }
        // The button answers only the unanswered (`Action::ClearGroup`), so
        // once the visitor has said one applies ("Yes", "Not sure"), it
        // says "the others".
        let applies = |q: Question| screening.get(&q).is_some_and(|a| *a != q.all_clear());
        // "About you" then has one question left to answer beside the age
        // and skin type, which "the others" would read as answering too
        // (verify68 F1): no button, its "No" is one click.
        let some = asked.iter().any(|q| !q.is_personal_detail() && applies(*q));
        let about_you = group == Group::AboutYou;
        m.fill(
            "<fieldset class=\"te-group\"><legend>{}</legend>",
            &[group_name],
        );
        if !(some && about_you) {
            let none = if some {
                t.none_apply_rest
            } else if about_you {
                t.none_apply_about_you
            } else {
                t.none_apply
            };
            m.fill(
                "<button type=\"button\" class=\"te-btn te-btn--small\" aria-label=\"{}: {}\" \
                 data-click=\"clear\" data-id=\"{}\">{}</button>",
                &[none, group_name, group.id(), none],
            );
        }
        for q in asked {
            question(&mut m, ctx, q, screening.get(&q).copied());
        }
        m.tag("</fieldset>");
    }
    m.tag("</fieldset>");
    m
}

fn question(m: &mut Markup, ctx: &Ctx, q: Question, chosen: Option<&'static str>) {
    let t = ctx.t();
    let name = ctx.id(&cat(&["q-", q.id()]));
    let layout = if q.choices().len() > 3 {
        "list"
    } else {
        "inline"
    };
    m.fill(
        "<fieldset class=\"te-question\"><legend>{}</legend>\
         <ul class=\"te-options\" data-layout=\"{}\" role=\"list\">",
        &[t.question_text(q), layout],
    );
    for choice in q.choices() {
        let id = cat(&[&name, "-", choice.id]);
        m.fill(
            "<li class=\"te-option\"><input type=\"radio\" class=\"te-radio\" id=\"{}\" name=\"{}\" \
             value=\"{}\" data-change=\"answer\" data-q=\"{}\"",
            &[&id, &name, choice.id, q.id()],
        );
        if chosen == Some(choice.id) {
            m.tag(" checked=\"\"");
        }
        m.fill(
            "></input><label for=\"{}\">{}</label></li>",
            &[&id, t.choice_label(q, choice.id)],
        );
    }
    m.tag("</ul></fieldset>");
}
