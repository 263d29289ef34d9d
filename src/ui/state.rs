//! The one piece of state a widget instance keeps: the visitor's answers
//! and their estimate, their language (and where a change of it is), and
//! what "Copy link" last did. One value, changed only by `State::apply` (a
//! reducer: the root component's messages), instead of a hook per value:
//! each hook's code is generated again for its type, and cost WebAssembly.
//! The estimate is derived, never set: `apply` computes it again whenever
//! the answers change, so it always belongs to them.

use super::context::SharedConfig;
use crate::embed::default_answers;
use crate::i18n::Language;
use crate::model::screening::Group;
use crate::model::{estimate, Answers, Area, Concern, Outcome, Question, Severity};
use std::rc::Rc;

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
    /// Back to the blank form (only the default area ticked).
    StartOver,
    /// "Copy link" was pressed: its last line is taken out of the live
    /// region until the clipboard answers, so the answer is said again.
    CopyStarted,
    /// "Copy link" finished for these answers (the clipboard answers later).
    Shared(Answers, Shared),
    /// A language that is ready: shown at once.
    ShowLanguage(Language),
    /// A language whose file is downloading: the page keeps its language.
    LoadLanguage(Language),
    /// The download finished (`true`) or failed. Only the language still
    /// being waited for counts: the visitor may have picked another since.
    LanguageLoaded(Language, bool),
}

/// How the widget sends an `Action`: the root component's scope, which
/// never changes.
pub type Dispatch = yew::html::Scope<super::Estimator>;

/// Where a change of language is: a language whose file is downloading
/// stays selected meanwhile; one that failed is reported.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Switching {
    Idle,
    Loading(Language),
    Failed(Language),
}

/// What "Copy link" last did, shown until the next choice makes it stale.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Shared {
    #[default]
    Not,
    Copied,
    /// The clipboard refused: the link is shown to copy by hand.
    Failed(String),
}

pub struct State {
    pub answers: Answers,
    /// `estimate(answers, config)`.
    pub outcome: Rc<Outcome>,
    pub shared: Shared,
    /// Between a "Copy link" press and the clipboard's answer.
    pub copying: bool,
    pub language: Language,
    pub switching: Switching,
    config: SharedConfig,
}

impl State {
    pub fn new(initial: Answers, language: Language, config: SharedConfig) -> State {
        State {
            outcome: Rc::new(estimate(&initial, &config)),
            answers: initial,
            shared: Shared::Not,
            copying: false,
            language,
            switching: Switching::Idle,
            config,
        }
    }
}

impl State {
    /// What `action` does to the state (the root component's `update`).
    pub fn apply(&mut self, action: Action) {
        let next = self;
        // A choice: the answers change, so the outcome is computed again and
        // the last copy confirmation is stale.
        let choice = !matches!(
            action,
            Action::Shared(..)
                | Action::CopyStarted
                | Action::ShowLanguage(_)
                | Action::LoadLanguage(_)
                | Action::LanguageLoaded(..)
        );
        let answers = &mut next.answers;
        match action {
            Action::ToggleConcern(c) => {
                if answers.concerns.remove(&c).is_none() {
                    answers.tick(c);
                }
            }
            Action::SetSeverity(c, s) => answers.grade(c, s),
            Action::ToggleArea(a) => {
                if !answers.areas.remove(&a) {
                    answers.areas.insert(a);
                }
            }
            Action::AnswerScreening(q, choice) => {
                answers.answer(q, choice);
            }
            // Only the questions not yet answered: a visitor who answers the
            // one that applies and then taps the button means "no to the
            // rest", and a "Yes" to pregnancy must not turn into a plan.
            // Only the questions it may answer (`cleared_by_none_apply`:
            // verify28 F1, the keloid question, hidden while keloid or
            // raised scars are ticked, became "No", and unticking them
            // gave a plan on an answer the visitor had not given).
            Action::ClearGroup(g) => {
                for q in Question::ALL {
                    if q.group() == g
                        && q.cleared_by_none_apply(&next.outcome.concerns)
                        && !answers.screening.contains_key(&q)
                    {
                        answers.answer(q, q.all_clear());
                    }
                }
            }
            Action::ToggleAddOn(id) => {
                if !answers.add_ons.remove(&id) {
                    answers.add_ons.insert(id);
                }
            }
            // The blank form, not the prefill or a share link's answers:
            // a visitor who opened someone else's link can clear them.
            Action::StartOver => next.answers = default_answers(&next.config),
            Action::CopyStarted => next.copying = true,
            Action::Shared(answers, shared) => {
                // A late answer for answers the visitor has since changed is stale.
                if answers == next.answers {
                    next.shared = shared;
                    next.copying = false;
                }
            }
            Action::ShowLanguage(l) => {
                next.language = l;
                next.switching = Switching::Idle;
            }
            Action::LoadLanguage(l) => next.switching = Switching::Loading(l),
            Action::LanguageLoaded(l, ok) => {
                if next.switching == Switching::Loading(l) {
                    next.switching = if ok {
                        next.language = l;
                        Switching::Idle
                    } else {
                        Switching::Failed(l)
                    };
                }
            }
        }
        if choice {
            next.shared = Shared::Not;
            next.copying = false;
            next.outcome = Rc::new(estimate(&next.answers, &next.config));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClinicConfig;

    /// `apply`, chained.
    trait Reduce {
        fn reduce(self, action: Action) -> Self;
    }

    impl Reduce for State {
        fn reduce(mut self, action: Action) -> State {
            self.apply(action);
            self
        }
    }

    fn state(initial: Answers) -> State {
        State::new(
            initial,
            Language::En,
            SharedConfig::new(ClinicConfig::default()),
        )
    }

    fn run(actions: Vec<Action>) -> Answers {
        let mut s = state(Answers::default());
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

    /// verify57 F3: a grade is assumed until picked, even when the pick is
    /// the grade already shown, and again once the concern is ticked anew.
    #[test]
    fn a_grade_is_assumed_until_picked() {
        let tick = Action::ToggleConcern(Concern::AcneScars);
        assert!(run(vec![tick.clone()]).assumed(Concern::AcneScars));
        let same = Action::SetSeverity(Concern::AcneScars, Severity::GoodmanBaron(3));
        let picked = run(vec![tick.clone(), same.clone()]);
        assert!(!picked.assumed(Concern::AcneScars));
        assert_eq!(
            picked.concerns[&Concern::AcneScars],
            Severity::GoodmanBaron(3)
        );
        let again = run(vec![tick.clone(), same, tick.clone(), tick]);
        assert!(again.assumed(Concern::AcneScars));
        // Off its scale, a grade is no pick either.
        let off = run(vec![
            Action::ToggleConcern(Concern::AcneScars),
            Action::SetSeverity(Concern::AcneScars, Severity::Glogau(2)),
        ]);
        assert!(off.assumed(Concern::AcneScars));
    }

    #[test]
    fn severity_off_the_scale_is_ignored() {
        let a = run(vec![
            Action::ToggleConcern(Concern::AcneScars),
            Action::SetSeverity(Concern::AcneScars, Severity::Glogau(2)),
        ]);
        assert_eq!(a.concerns[&Concern::AcneScars], Severity::GoodmanBaron(3));
    }

    /// verify28 F1: the questions hidden for the ticked concerns stay
    /// unanswered, so they are asked once they show.
    #[test]
    fn none_apply_leaves_the_hidden_questions_unanswered() {
        let s = state(Answers::default().with_concern(Concern::RaisedScars))
            .reduce(Action::ClearGroup(Group::YourSkin));
        for q in [Question::Keloids, Question::ScarAge, Question::Melasma] {
            assert_eq!(s.answers.screening.get(&q), None, "{q:?}");
        }
        assert_eq!(s.answers.screening.get(&Question::ActiveAcne), Some(&"no"));
        let s = s
            .reduce(Action::ToggleConcern(Concern::RaisedScars))
            .reduce(Action::ToggleConcern(Concern::AcneScars));
        assert!(s.outcome.unanswered >= 2, "keloids and scar age are asked");
    }

    /// verify57 F4: rosacea ticked as a concern is a yes to "any other
    /// skin condition, such as rosacea"; the button leaves it to the
    /// visitor, and answers the rest.
    #[test]
    fn none_apply_does_not_deny_the_rosacea_ticked() {
        let s = state(Answers::default().with_concern(Concern::Rosacea))
            .reduce(Action::ClearGroup(Group::YourSkin));
        assert_eq!(s.answers.screening.get(&Question::OtherSkinCondition), None);
        assert_eq!(s.answers.screening.get(&Question::Eczema), Some(&"no"));
        let s = state(Answers::default().with_concern(Concern::AcneScars))
            .reduce(Action::ClearGroup(Group::YourSkin));
        assert_eq!(
            s.answers.screening.get(&Question::OtherSkinCondition),
            Some(&"no")
        );
    }

    #[test]
    fn none_apply_answers_the_group_but_not_personal_details() {
        let a = run(vec![Action::ClearGroup(Group::AboutYou)]);
        assert_eq!(a.screening.get(&Question::Pregnancy), Some(&"no"));
        assert_eq!(a.screening.get(&Question::AgeBand), None);
        assert_eq!(a.screening.get(&Question::SkinType), None);
    }

    /// verify18 M1: a "Yes" given first survives the button, so a stop
    /// stays a stop; only the unanswered questions become "No".
    #[test]
    fn none_apply_answers_only_the_rest_of_the_group() {
        let s = state(Answers::default().with_concern(Concern::AcneScars))
            .reduce(Action::AnswerScreening(Question::Pregnancy, "yes"))
            .reduce(Action::AnswerScreening(Question::Breastfeeding, "not-sure"))
            .reduce(Action::ClearGroup(Group::AboutYou));
        assert_eq!(s.answers.screening.get(&Question::Pregnancy), Some(&"yes"));
        assert_eq!(
            s.answers.screening.get(&Question::Breastfeeding),
            Some(&"not-sure")
        );
        let rest = Question::ALL.into_iter().filter(|q| {
            q.group() == Group::AboutYou
                && !q.is_personal_detail()
                && ![Question::Pregnancy, Question::Breastfeeding].contains(q)
        });
        for q in rest {
            assert_eq!(s.answers.screening.get(&q), Some(&q.all_clear()), "{q:?}");
        }
        assert!(
            s.outcome.eligibility.is_stop(),
            "{:?}",
            s.outcome.eligibility
        );
    }

    #[test]
    fn start_over_clears_a_prefill_and_a_share_links_answers() {
        let prefill = Answers::default()
            .with_concern(Concern::Wrinkles)
            .with_area(Area::Neck)
            .with_answer(Question::Pregnancy, "yes");
        let s = state(prefill)
            .reduce(Action::ToggleConcern(Concern::AcneScars))
            .reduce(Action::StartOver);
        assert_eq!(s.answers, Answers::default().with_area(Area::Face));
        assert_eq!(*s.outcome, estimate(&s.answers, &ClinicConfig::default()));
    }

    #[test]
    fn stretch_marks_as_the_first_skin_concern_do_not_take_the_default_face() {
        let face = || Answers::default().with_area(Area::Face);
        let ticked = |start: Answers, c| state(start).reduce(Action::ToggleConcern(c));
        assert!(ticked(face(), Concern::StretchMarks)
            .answers
            .areas
            .is_empty());
        // Hair loss is not a skin concern: the face is still the default.
        let hair = face().with_concern(Concern::HairLoss);
        assert!(ticked(hair, Concern::StretchMarks).answers.areas.is_empty());
        // Areas the visitor chose, or another skin concern's face, stay.
        let acne = face().with_concern(Concern::AcneScars);
        assert_eq!(ticked(acne, Concern::StretchMarks).answers.areas.len(), 1);
        let chosen = face().with_area(Area::Abdomen);
        assert_eq!(ticked(chosen, Concern::StretchMarks).answers.areas.len(), 2);
        assert_eq!(ticked(face(), Concern::AcneScars).answers.areas.len(), 1);
    }

    #[test]
    fn ticking_in_either_order_ends_where_the_prefill_of_the_same_concerns_starts() {
        // From the blank form, with its default face.
        let run = |actions: Vec<Action>| {
            let mut s = state(Answers::default().with_area(Area::Face));
            for a in actions {
                s.apply(a);
            }
            s.answers
        };
        let skin = [Concern::AcneScars, Concern::Wrinkles, Concern::StretchMarks];
        for first in skin {
            for second in skin.into_iter().filter(|&c| c != first) {
                let by_hand = run(vec![
                    Action::ToggleConcern(first),
                    Action::ToggleConcern(second),
                ]);
                let mut prefill = Answers::default()
                    .with_area(Area::Face)
                    .with_concern(first)
                    .with_concern(second);
                prefill.drop_default_face_for_body();
                assert_eq!(by_hand, prefill, "{first:?} then {second:?}");
                assert!(
                    by_hand.areas.contains(&Area::Face),
                    "{first:?} then {second:?}"
                );
            }
        }
        // With a body area picked for the stretch marks meanwhile, the face
        // comes back beside it: the order of the clicks does not matter.
        let body_first = run(vec![
            Action::ToggleConcern(Concern::StretchMarks),
            Action::ToggleArea(Area::Abdomen),
            Action::ToggleConcern(Concern::AcneScars),
        ]);
        let acne_first = run(vec![
            Action::ToggleConcern(Concern::AcneScars),
            Action::ToggleConcern(Concern::StretchMarks),
            Action::ToggleArea(Area::Abdomen),
        ]);
        assert_eq!(body_first, acne_first);
        assert!(body_first.areas.iter().eq([&Area::Face, &Area::Abdomen]));
        // Any other area picked meanwhile stays the only one.
        let neck = run(vec![
            Action::ToggleConcern(Concern::StretchMarks),
            Action::ToggleArea(Area::Neck),
            Action::ToggleConcern(Concern::AcneScars),
        ]);
        assert!(neck.areas.iter().eq([&Area::Neck]));
        // Nor does it come back for a visitor who took it off themselves.
        let untaken = run(vec![
            Action::ToggleArea(Area::Face),
            Action::ToggleConcern(Concern::AcneScars),
        ]);
        assert!(untaken.areas.is_empty());
        // Body areas kept from stretch marks taken off: the face comes
        // back for a face concern ticked next, as it would beside them
        // (verify57 F2: acne scars were priced on the thighs alone).
        let carried = run(vec![
            Action::ToggleConcern(Concern::StretchMarks),
            Action::ToggleArea(Area::Thighs),
            Action::ToggleConcern(Concern::StretchMarks),
            Action::ToggleConcern(Concern::AcneScars),
        ]);
        assert!(carried.areas.iter().eq([&Area::Face, &Area::Thighs]));
        // Not for hair loss, which has no skin area.
        let hair = run(vec![
            Action::ToggleConcern(Concern::StretchMarks),
            Action::ToggleArea(Area::Thighs),
            Action::ToggleConcern(Concern::StretchMarks),
            Action::ToggleConcern(Concern::HairLoss),
        ]);
        assert!(hair.areas.iter().eq([&Area::Thighs]));
    }

    #[test]
    fn a_copy_confirmation_lasts_until_the_next_choice_and_a_stale_one_is_ignored() {
        let acne = Answers::default().with_concern(Concern::AcneScars);
        let s = state(acne.clone()).reduce(Action::Shared(acne.clone(), Shared::Copied));
        assert_eq!(s.shared, Shared::Copied);
        let s = s.reduce(Action::ToggleArea(Area::Neck));
        assert_eq!(s.shared, Shared::Not);
        // The clipboard answers for the old answers after the change: ignored.
        let s = s.reduce(Action::Shared(acne.clone(), Shared::Failed("x".into())));
        assert_eq!(s.shared, Shared::Not);
        let now = s.answers.clone();
        let s = s.reduce(Action::Shared(now, Shared::Failed("link".into())));
        assert_eq!(s.shared, Shared::Failed("link".into()));
        assert_eq!(s.reduce(Action::StartOver).shared, Shared::Not);
    }

    /// A press keeps the last line (in sight, out of the live region) until
    /// the clipboard answers for these answers; a choice ends the wait.
    #[test]
    fn a_copy_press_waits_for_the_clipboard_with_the_last_line_kept() {
        let acne = Answers::default().with_concern(Concern::AcneScars);
        let s = state(acne.clone())
            .reduce(Action::Shared(acne.clone(), Shared::Copied))
            .reduce(Action::CopyStarted);
        assert_eq!((s.copying, &s.shared), (true, &Shared::Copied));
        let done = s.reduce(Action::Shared(acne.clone(), Shared::Copied));
        assert_eq!((done.copying, &done.shared), (false, &Shared::Copied));
        let moved_on = done
            .reduce(Action::CopyStarted)
            .reduce(Action::ToggleArea(Area::Neck));
        assert_eq!((moved_on.copying, &moved_on.shared), (false, &Shared::Not));
        // The stale answer changes nothing.
        let late = moved_on.reduce(Action::Shared(acne, Shared::Copied));
        assert_eq!((late.copying, &late.shared), (false, &Shared::Not));
    }

    #[test]
    fn a_language_download_counts_only_while_it_is_awaited() {
        let loading = || state(Answers::default()).reduce(Action::LoadLanguage(Language::Es));
        assert_eq!(
            (loading().language, loading().switching),
            (Language::En, Switching::Loading(Language::Es))
        );
        let done = loading().reduce(Action::LanguageLoaded(Language::Es, true));
        assert_eq!(
            (done.language, done.switching),
            (Language::Es, Switching::Idle)
        );
        let failed = loading().reduce(Action::LanguageLoaded(Language::Es, false));
        assert_eq!(
            (failed.language, failed.switching),
            (Language::En, Switching::Failed(Language::Es))
        );
        // English picked while Spanish was downloading: the late file is ignored.
        let late = loading()
            .reduce(Action::ShowLanguage(Language::En))
            .reduce(Action::LanguageLoaded(Language::Es, true));
        assert_eq!(
            (late.language, late.switching),
            (Language::En, Switching::Idle)
        );
    }

    #[test]
    fn the_outcome_follows_every_change_of_the_answers() {
        let config = ClinicConfig::default();
        let s = state(Answers::default());
        assert_eq!(*s.outcome, estimate(&Answers::default(), &config));
        let s = s
            .reduce(Action::ToggleConcern(Concern::AcneScars))
            .reduce(Action::ToggleArea(Area::Neck));
        assert!(s.outcome.plan.is_some());
        assert_eq!(*s.outcome, estimate(&s.answers, &config));
        let s = s.reduce(Action::StartOver);
        assert_eq!(*s.outcome, estimate(&Answers::default(), &config));
    }
}
