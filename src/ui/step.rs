//! The two steps whose re-render is worth skipping: the concern cards and
//! the 23 safety questions. Every click re-renders the Estimator, and these
//! two are most of the widget's elements, so Yew compares their inputs and
//! skips them when nothing they show changed (update latency, see bench/).
//!
//! One component for both, not one each: every component type has its own
//! copy of Yew's lifecycle code (about 1 KB of gzipped wasm). Both are
//! markup (`markup.rs`), drawn like the result's blocks: each control names
//! its action in data attributes (`data-change`, `data-click`), and one
//! listener per kind of event turns it into an `Action`.

use super::concern_picker::concern_picker;
use super::context::Ctx;
use super::markup::{control, Pieces};
use super::screening_form::screening_form;
use super::state::{Action, Dispatch};
use crate::model::screening::Group;
use crate::model::small_map::{SmallMap, SmallSet};
use crate::model::{Concern, Question};
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// What a step shows: only the answers it needs.
#[derive(PartialEq)]
pub enum StepData {
    /// The ticked concerns (grades do not matter here).
    Concerns(SmallSet<Concern>),
    /// The safety answers, and whether the scar-age question applies.
    Safety(SmallMap<Question, &'static str>, bool),
}

#[derive(Properties, PartialEq)]
pub struct StepProps {
    /// The widget's shared context (config, language, id prefix).
    pub ctx: Ctx,
    pub data: StepData,
    pub on_action: Dispatch,
    /// Where the widget keeps its drawn markup (the same for its life).
    pub pieces: Rc<Pieces>,
}

#[component]
pub fn Step(props: &StepProps) -> Html {
    let (markup, piece) = match &props.data {
        StepData::Concerns(ticked) => (concern_picker(&props.ctx, ticked), &props.pieces.concerns),
        StepData::Safety(screening, other_scars) => (
            screening_form(&props.ctx, screening, *other_scars),
            &props.pieces.safety,
        ),
    };
    let listener = |attribute: &'static str| {
        let dispatch = props.on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(action) = control(&e, attribute).and_then(|(c, name)| action(&c, &name)) {
                dispatch.dispatch(action);
            }
        })
    };
    let onchange = listener("data-change");
    let onclick = listener("data-click");
    html! {
        <div class="te-piece" onchange={onchange} onclick={move |e: MouseEvent| onclick.emit(e.into())}>
            { markup.into_html(piece) }
        </div>
    }
}

/// The action a control names: `data-change="concern"` with `data-id`, a
/// radio's `data-change="answer"` with `data-q` and its `value`, or a
/// button's `data-click="clear"` with the group's `data-id`.
fn action(control: &Element, name: &str) -> Option<Action> {
    let get = |attribute: &str| control.get_attribute(attribute);
    match name {
        "concern" => Concern::from_id(&get("data-id")?).map(Action::ToggleConcern),
        "answer" => {
            let question = Question::from_id(&get("data-q")?)?;
            let choice = question.choice(&get("value")?)?;
            Some(Action::AnswerScreening(question, choice.id))
        }
        "clear" => {
            let id = get("data-id")?;
            Group::ALL
                .into_iter()
                .find(|g| g.id() == id)
                .map(Action::ClearGroup)
        }
        _ => None,
    }
}
