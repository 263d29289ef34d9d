//! The one piece of state a widget instance keeps: the visitor's answers.
//! The estimate is never stored beside them; views compute it from them.

use crate::model::screening::Group;
use crate::model::{Answers, Area, Concern, Question, Scale, Severity};
use std::rc::Rc;
use yew::Reducible;

/// What the visitor did, named for the action.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ToggleConcern(Concern),
    SetSeverity(Concern, Severity),
    ToggleArea(Area),
    AnswerScreening(Question, &'static str),
    /// "None of these apply to me" for one group of safety questions.
    ClearGroup(Group),
    ToggleAddOn(String),
    /// Back to the answers the widget started with (prefill included).
    StartOver,
    /// Replace everything (a share link opened, the host changed a prefill).
    Restore(Answers),
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub answers: Answers,
    pub initial: Answers,
}

impl State {
    pub fn new(initial: Answers) -> State {
        State {
            answers: initial.clone(),
            initial,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    /// Always returns a new `Rc`: Yew 0.23 skips the render when the same one
    /// comes back.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let answers = &mut next.answers;
        match action {
            Action::ToggleConcern(c) => {
                if answers.concerns.remove(&c).is_none() {
                    answers.concerns.insert(c, Scale::of(c).default_severity());
                }
            }
            Action::SetSeverity(c, s) => {
                if Scale::of(c).accepts(s) {
                    answers.concerns.insert(c, s);
                }
            }
            Action::ToggleArea(a) => {
                if !answers.areas.remove(&a) {
                    answers.areas.insert(a);
                }
            }
            Action::AnswerScreening(q, choice) => {
                answers.answer(q, choice);
            }
            Action::ClearGroup(g) => {
                for q in Question::ALL {
                    if q.group() == g && !q.is_personal_detail() {
                        answers.answer(q, q.all_clear());
                    }
                }
            }
            Action::ToggleAddOn(id) => {
                if !answers.add_ons.remove(&id) {
                    answers.add_ons.insert(id);
                }
            }
            Action::StartOver => next.answers = next.initial.clone(),
            Action::Restore(a) => next.answers = a,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: Vec<Action>) -> Answers {
        let mut s = Rc::new(State::new(Answers::default()));
        for a in actions {
            s = s.reduce(a);
        }
        s.answers.clone()
    }

    #[test]
    fn toggling_twice_removes_and_keeps_nothing_else() {
        let a = run(vec![
            Action::ToggleConcern(Concern::AcneScars),
            Action::ToggleConcern(Concern::AcneScars),
        ]);
        assert!(a.concerns.is_empty());
    }

    #[test]
    fn severity_off_the_scale_is_ignored() {
        let a = run(vec![
            Action::ToggleConcern(Concern::AcneScars),
            Action::SetSeverity(Concern::AcneScars, Severity::Glogau(2)),
        ]);
        assert_eq!(a.concerns[&Concern::AcneScars], Severity::GoodmanBaron(3));
    }

    #[test]
    fn none_apply_answers_the_group_but_not_personal_details() {
        let a = run(vec![Action::ClearGroup(Group::AboutYou)]);
        assert_eq!(a.screening.get(&Question::Pregnancy), Some(&"no"));
        assert_eq!(a.screening.get(&Question::AgeBand), None);
        assert_eq!(a.screening.get(&Question::SkinType), None);
    }

    #[test]
    fn start_over_returns_to_the_prefill() {
        let prefill = Answers::default().with_concern(Concern::Wrinkles);
        let s = Rc::new(State::new(prefill.clone()))
            .reduce(Action::ToggleConcern(Concern::AcneScars))
            .reduce(Action::StartOver);
        assert_eq!(s.answers, prefill);
    }
}
