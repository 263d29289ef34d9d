//! Everything the visitor has chosen. Only choices from fixed lists: no free
//! text, so the answers can go into a share link or an e-mail without
//! carrying anything the visitor typed.

use super::area::Area;
use super::concern::{Concern, Track};
use super::screening::{Choice, Question};
use super::severity::{Scale, Severity};
use super::small_map::{SmallMap, SmallSet};

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Answers {
    /// Ticked concerns with the grade shown for each: the one picked, or
    /// the scale's default (`Scale::default_severity`) until then.
    pub concerns: SmallMap<Concern, Severity>,
    /// The concerns whose grade was picked (by the visitor, or given by a
    /// share link): the others' grade is the default, which the e-mail and
    /// the printed summary call assumed, so the clinic can tell it from a
    /// choice (verify57 F3). One bit per concern (`Concern as u16`): a
    /// `SmallSet` of its own cost about 120 bytes more of gzipped wasm. A
    /// concern unticked may keep its bit; `tick` clears it.
    graded: u16,
    pub areas: SmallSet<Area>,
    /// Answered safety questions; a missing key means "not answered yet".
    pub screening: SmallMap<Question, &'static str>,
    /// Ids of the clinic's add-ons the visitor is interested in.
    pub add_ons: SmallSet<String>,
}

impl Answers {
    /// Stretch marks are on the body, not the face: as the only skin
    /// concern, with just the default face ticked, the face goes (a face
    /// price would mislead) and the visitor picks the area. Used when they
    /// are ticked and when a page prefills them without areas.
    pub fn drop_default_face_for_body(&mut self) {
        if self.body_only() && self.areas.iter().eq([&Area::Face]) {
            self.areas = SmallSet::default();
        }
    }

    /// A visitor ticks `concern`. The default face follows the skin concerns
    /// both ways: stretch marks alone take it away, and a face concern
    /// joining them while only body areas (or none) are picked gives it
    /// back. So the same concerns and areas end the same whichever is
    /// ticked first, and the concerns alone end where a page's prefill of
    /// them starts (a prefill's own areas are kept as given). The same for
    /// body areas kept from stretch marks unticked earlier (verify57 F2:
    /// acne scars ticked next were priced on the thighs alone).
    pub fn tick(&mut self, concern: Concern) {
        let skin = |c: &Concern| c.track() == Track::Skin;
        let was_body_only = self.body_only()
            || !self.concerns.keys().any(skin) && self.areas.iter().any(|a| a.is_body());
        self.add_concern(concern);
        let only_body = self.areas.iter().all(|a| a.is_body() || *a == Area::Scalp);
        if was_body_only && skin(&concern) && concern != Concern::StretchMarks && only_body {
            self.areas.insert(Area::Face);
        }
        self.drop_default_face_for_body();
    }

    /// Adds `concern` at its scale's default grade, assumed until picked,
    /// or at the type already given for the face's one photo-aging type
    /// (`Scale::one_answer`), picked if that was. Without `tick`'s rules
    /// for the face: a share link gives its areas itself.
    pub fn add_concern(&mut self, concern: Concern) {
        self.graded &= !(1 << concern as u16);
        self.concerns
            .insert(concern, Scale::of(concern).default_severity());
        let mut shared = None;
        for (other, severity) in self.concerns.iter() {
            if *other != concern && Scale::one_answer(concern, *other) {
                shared = Some((*other, *severity));
            }
        }
        if let Some((other, severity)) = shared {
            self.concerns.insert(concern, severity);
            if !self.assumed(other) {
                self.graded |= 1 << concern as u16;
            }
        }
    }

    /// Whether a chosen concern on `track` has figures: its extras are
    /// offered, and count, only then (none for rosacea or raised scars
    /// alone, nor for a grade the evidence gives no numbers for).
    pub fn planned(&self, track: Track) -> bool {
        self.concerns
            .iter()
            .any(|(c, s)| c.track() == track && super::protocol::protocol(*c, *s).is_some())
    }

    /// Stretch marks are the only skin concern.
    pub fn body_only(&self) -> bool {
        let mut skin = self.concerns.keys().filter(|c| c.track() == Track::Skin);
        skin.next() == Some(&Concern::StretchMarks) && skin.next().is_none()
    }

    /// Ticks a concern at its scale's default grade (or keeps its grade).
    pub fn with_concern(mut self, concern: Concern) -> Self {
        self.concerns
            .get_or_insert_with(concern, || Scale::of(concern).default_severity());
        self
    }

    pub fn with_severity(mut self, concern: Concern, severity: Severity) -> Self {
        self.grade(concern, severity);
        self
    }

    /// The grade picked for a ticked concern, if its scale has it: for
    /// every concern graded on the face's one photo-aging type.
    pub fn grade(&mut self, concern: Concern, severity: Severity) {
        if Scale::of(concern).accepts(severity) {
            for other in Concern::ALL {
                if other == concern
                    || self.concerns.contains_key(&other) && Scale::one_answer(concern, other)
                {
                    self.concerns.insert(other, severity);
                    self.graded |= 1 << other as u16;
                }
            }
        }
    }

    /// Whether `concern`'s grade is the default, not picked: "Not sure"
    /// (the default of hair loss and stretch marks) says so itself.
    pub fn assumed(&self, concern: Concern) -> bool {
        self.graded & 1 << concern as u16 == 0
            && self
                .concerns
                .get(&concern)
                .is_some_and(|s| *s != Severity::NotSure)
    }

    pub fn with_area(mut self, area: Area) -> Self {
        self.areas.insert(area);
        self
    }

    /// Records an answer if `choice` is one of the question's choices;
    /// anything else is ignored (prefill and share links may carry junk).
    pub fn with_answer(mut self, question: Question, choice: &str) -> Self {
        self.answer(question, choice);
        self
    }

    pub fn answer(&mut self, question: Question, choice: &str) -> bool {
        match question.choice(choice) {
            Some(Choice { id, .. }) => {
                self.screening.insert(question, id);
                true
            }
            None => false,
        }
    }

    pub fn with_add_on(mut self, id: &str) -> Self {
        self.add_ons.insert(id.to_string());
        self
    }

    /// The answer to every applicable question that clears it, except the
    /// personal details (age, skin type) the visitor must give themselves.
    pub fn all_clear(mut self) -> Self {
        for q in Question::ALL {
            if !q.is_personal_detail() {
                self.screening.insert(q, q.all_clear());
            }
        }
        self
    }

    pub fn concern_list(&self) -> Vec<Concern> {
        self.concerns.keys().copied().collect()
    }
}
