//! Whether an estimate may be shown, from the safety answers, the concerns
//! and the add-ons, per the classes of evidence §4.
//!
//! The worst class wins: not suitable > defer > consult > proceed. A stop
//! (defer or not suitable) lists every stop reason and carries no numbers.

use super::answers::Answers;
use super::concern::{Concern, Treatability};
use super::config::{AddOnKind, ClinicConfig};
use super::protocol::{grade_note, GradeNote};
use super::screening::{Adjustment, Comeback, Effect, Question};
use super::severity::Severity;
use super::small_map::SmallSet;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Eligibility {
    Proceed,
    /// Estimate shown, with a mandatory note to book a consultation.
    ProceedWithConsultation(Vec<Reason>),
    /// Not now: each reason says when to come back.
    Defer(Vec<Reason>),
    NotSuitable(Vec<Reason>),
}

impl Eligibility {
    pub fn is_stop(&self) -> bool {
        matches!(self, Eligibility::Defer(_) | Eligibility::NotSuitable(_))
    }

    pub fn reasons(&self) -> &[Reason] {
        match self {
            Eligibility::Proceed => &[],
            Eligibility::ProceedWithConsultation(r)
            | Eligibility::Defer(r)
            | Eligibility::NotSuitable(r) => r,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A safety answer; `choice` is the answer's id ("yes", "not-sure", …).
    Answer {
        question: Question,
        choice: &'static str,
        comeback: Option<Comeback>,
    },
    /// A concern that gets no numbers (rosacea) or is not treatable.
    Concern(Concern),
    /// A grade that needs the clinician's view, with numbers or without
    /// (`GradeNote::has_numbers`).
    Grade(Concern, GradeNote),
    /// An add-on with a safety flag in the evidence.
    AddOn(AddOnKind),
}

pub(crate) struct Screened {
    pub eligibility: Eligibility,
    pub adjustments: Vec<Adjustment>,
    /// Applicable questions not answered yet.
    pub unanswered: usize,
}

pub(crate) fn screen(answers: &Answers, config: &ClinicConfig, concerns: &[Concern]) -> Screened {
    let mut consult = Vec::new();
    let mut defer = Vec::new();
    let mut unsuitable = Vec::new();
    let mut adjustments = Vec::new();
    let mut unanswered = 0;

    for question in Question::ALL {
        if !question.applies(concerns) {
            continue;
        }
        let Some(choice) = answers
            .screening
            .get(&question)
            .and_then(|id| question.choice(id))
        else {
            unanswered += 1;
            continue;
        };
        let reason = |comeback| Reason::Answer {
            question,
            choice: choice.id,
            comeback,
        };
        match choice.effect {
            Effect::None => {}
            Effect::Consult => consult.push(reason(None)),
            Effect::Defer(when) => defer.push(reason(Some(when))),
            Effect::NotSuitable => unsuitable.push(reason(None)),
            Effect::Adjust(a) => adjustments.push(a),
        }
    }

    for &concern in concerns {
        match concern.treatability() {
            Treatability::ConsultationOnly => consult.push(Reason::Concern(concern)),
            // A keloid or raised scar is a history of them: §4's STOP
            // ("keloids or extreme susceptibility to keloid formation"
            // [B-manual]), not a note beside another concern's plan
            // (verify27 H1: wrinkles beside it were priced, and "None of
            // these apply" answered the keloid question "No").
            Treatability::NotTreatable => unsuitable.push(Reason::Concern(concern)),
            Treatability::Treatable => {
                let severity = answers
                    .concerns
                    .get(&concern)
                    .copied()
                    .unwrap_or(Severity::NotSure);
                if let Some(note) = grade_note(concern, severity) {
                    consult.push(Reason::Grade(concern, note));
                }
            }
        }
    }

    // A booster counts while the form offers it (verify33 N1: hidden with
    // its track's last concern, it kept the plan at "consult").
    for id in &answers.add_ons {
        if let Some(add_on) = config.add_on(id) {
            if matches!(add_on.kind, AddOnKind::VitaminC | AddOnKind::Tretinoin)
                && answers.planned(add_on.track)
            {
                consult.push(Reason::AddOn(add_on.kind));
            }
        }
    }

    // Sorted and each once.
    let adjustments: Vec<_> = adjustments
        .into_iter()
        .collect::<SmallSet<_>>()
        .into_iter()
        .collect();
    let eligibility = if !unsuitable.is_empty() {
        unsuitable.extend(defer);
        Eligibility::NotSuitable(unsuitable)
    } else if !defer.is_empty() {
        Eligibility::Defer(defer)
    } else if !consult.is_empty() {
        Eligibility::ProceedWithConsultation(consult)
    } else {
        Eligibility::Proceed
    };
    Screened {
        eligibility,
        adjustments,
        unanswered,
    }
}
