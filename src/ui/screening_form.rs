//! Step 3: the safety questions, grouped, each a plain choice (usually Yes /
//! No / Not sure). "None of these apply to me" answers a whole group at once,
//! except the personal details (age, skin type) that only the visitor knows.

use super::context::Ctx;
use super::state::{Action, Dispatch};
use crate::model::screening::Group;
use crate::model::small_map::SmallMap;
use crate::model::{Concern, Question};
use yew::prelude::*;

/// Rendered through `Step` with only the answers it shows, so choosing
/// concerns or areas does not re-render the questions. `other_scars`: the
/// scar-age question applies.
pub fn screening_form(
    ctx: &Ctx,
    screening: &SmallMap<Question, &'static str>,
    other_scars: bool,
    on_action: &Dispatch,
) -> Html {
    let t = ctx.t();
    let concerns: &[Concern] = if other_scars {
        &[Concern::OtherScars]
    } else {
        &[]
    };
    html! {
        <fieldset class="te-step te-safety">
            <legend class="te-legend">{ t.step_safety }</legend>
            <p class="te-hint">{ t.step_safety_hint }</p>
            { for Group::ALL.into_iter().map(|group| {
                let questions: Vec<Question> = Question::ALL
                    .into_iter()
                    .filter(|q| q.group() == group && q.applies(concerns))
                    .collect();
                let clear = {
                    let cb = on_action.clone();
                    Callback::from(move |_: MouseEvent| cb.dispatch(Action::ClearGroup(group)))
                };
                let group_name = (t.group_name)(group);
                html! {
                    <fieldset class="te-group te-qgroup">
                        <legend>{ group_name }</legend>
                        <button type="button" class="te-btn te-btn--small" onclick={clear}
                            aria-label={format!("{}: {}", t.none_apply, group_name)}>
                            { t.none_apply }
                        </button>
                        { for questions.into_iter().map(|q| question(ctx, q, screening, on_action)) }
                    </fieldset>
                }
            }) }
        </fieldset>
    }
}

fn question(
    ctx: &Ctx,
    q: Question,
    screening: &SmallMap<Question, &'static str>,
    on_action: &Dispatch,
) -> Html {
    let t = ctx.t();
    let name = ctx.id(&format!("q-{}", q.id()));
    let chosen = screening.get(&q).copied();
    let long = q.choices().len() > 3;
    html! {
        <fieldset class="te-question">
            <legend>{ (t.question_text)(q) }</legend>
            <ul class="te-options" data-layout={if long { "list" } else { "inline" }} role="list">
                { for q.choices().iter().map(|choice| {
                    let id = format!("{name}-{}", choice.id);
                    let choice_id = choice.id;
                    let onchange = {
                        let cb = on_action.clone();
                        Callback::from(move |_: Event| cb.dispatch(Action::AnswerScreening(q, choice_id)))
                    };
                    html! {
                        <li class="te-option">
                            <input type="radio" class="te-radio" id={id.clone()} name={name.clone()}
                                checked={chosen == Some(choice.id)} {onchange} />
                            <label for={id}>{ (t.choice_label)(q, choice.id) }</label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}
