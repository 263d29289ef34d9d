//! What the visitor's controls ask for. Every control is markup
//! (`markup.rs`) and names its action in data attributes: `data-change`
//! for boxes, radios and the language select, `data-click` for buttons,
//! `data-route` for the booking links. The widget has one listener per
//! kind of event, on its root (`estimator.rs`), which reads them here.
//!
//! Why one listener instead of a callback per control: each `html!`
//! element and closure compiles to its own code, and the markup that
//! replaces them costs a fraction of it (bench/CUTS.md).

use super::actions::control_of;
use super::events::BookRoute;
use super::state::Action;
use crate::i18n::Language;
use crate::model::screening::Group;
use crate::model::{Area, Concern, Question, Severity};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// A control's request: a change of answers for the reducer, or one of the
/// widget's effects (language files, focus, clipboard, the host's booking
/// event). "Print summary" (`data-click="print"`) is the loader's: it
/// prints the widget alone (`printAlone` in `web/treatment-estimator.js`).
pub enum Command {
    Act(Action),
    Language(Language),
    /// "See your estimate": to the result's heading (narrow layouts).
    Jump,
    /// "Go to the first unanswered question".
    Unanswered,
    /// "Choose an area to see a price": to the area picker.
    Areas,
    /// "Choose your concerns", with none chosen: to the first step.
    Concerns,
    Copy,
    Book(BookRoute),
}

/// The command of the control an event came from, if it names one: a
/// change's control names it in `data-change`, a click's in `data-click`
/// or `data-route`, or a grade's in `data-change="severity"` (`control_of`
/// finds the one for the event's kind; no control holds two of them, nor
/// sits in another).
///
/// A grade clicked is picked, even the one already shown (no `change` for
/// it): the visitor agreeing with the default makes it theirs, no longer
/// assumed (verify57 F3). A new grade clicked sends both: the same grade
/// twice changes nothing.
pub fn command(event: &Event) -> Option<Command> {
    let control = control_of(event)?;
    if let Some(name) = control.get_attribute("data-change") {
        return change(&control, &name);
    }
    if let Some(name) = control.get_attribute("data-click") {
        return click(&control, &name);
    }
    BookRoute::from_id(&control.get_attribute("data-route")?).map(Command::Book)
}

/// `data-change="concern"`, `"area"` or `"add-on"` with `data-id`;
/// `"severity"` with its concern in `data-id` and its grade in `value`;
/// `"answer"` with its question in `data-q` and its choice in `value`;
/// `"language"` with the language in `value`.
fn change(control: &Element, name: &str) -> Option<Command> {
    let get = |attribute: &str| control.get_attribute(attribute);
    // The `value` property: a radio's is its attribute, the select's its
    // chosen option's, so one getter reads both (web-sys's getters are
    // structural: the select's type only names the property).
    let value = || Some(control.unchecked_ref::<web_sys::HtmlInputElement>().value());
    let action = match name {
        "concern" => Action::ToggleConcern(Concern::from_id(&get("data-id")?)?),
        "area" => Action::ToggleArea(Area::from_id(&get("data-id")?)?),
        "add-on" => Action::ToggleAddOn(get("data-id")?),
        "severity" => Action::SetSeverity(
            Concern::from_id(&get("data-id")?)?,
            Severity::from_id(&value()?)?,
        ),
        "answer" => {
            let question = Question::from_id(&get("data-q")?)?;
            let choice = question.choice(&value()?)?;
            Action::AnswerScreening(question, choice.id)
        }
        "language" => return Language::from_tag(&value()?).map(Command::Language),
        _ => return None,
    };
    Some(Command::Act(action))
}

/// `data-click="clear"` with its group in `data-id`; `"start-over"`,
/// `"jump"`, `"unanswered"`, `"areas"`, `"concerns"`, `"copy"`.
fn click(control: &Element, name: &str) -> Option<Command> {
    Some(match name {
        "clear" => {
            let id = control.get_attribute("data-id")?;
            let group = Group::ALL.into_iter().find(|g| g.id() == id)?;
            Command::Act(Action::ClearGroup(group))
        }
        "start-over" => Command::Act(Action::StartOver),
        "jump" => Command::Jump,
        "unanswered" => Command::Unanswered,
        "areas" => Command::Areas,
        "concerns" => Command::Concerns,
        "copy" => Command::Copy,
        _ => return None,
    })
}
