//! Safety questions: every caution the source article names and every factor
//! in §4 of the evidence, each with the widget class §4 gives it.
//!
//! Classes (evidence §4): STOP → `Effect::Defer` (temporary, says when to come
//! back) or `Effect::NotSuitable`; CONSULT → `Effect::Consult` (estimate shown
//! with a mandatory note); ADJUST → `Effect::Adjust` (estimate with changed
//! parameters). "Not sure" is always `Consult`: never a silent estimate.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    // About you
    AgeBand,
    Pregnancy,
    Breastfeeding,
    SkinType,
    // Your skin in the area
    ActiveAcne,
    ActiveInfection,
    ColdSores,
    Psoriasis,
    Eczema,
    OtherSkinCondition,
    Keloids,
    SkinCancer,
    SunburnTan,
    ScarAge,
    Melasma,
    // Health and medicines
    AcneMedication,
    Anticoagulants,
    BleedingDisorder,
    Diabetes,
    CancerTherapy,
    Autoimmune,
    SystemicInfection,
    Allergies,
    MetalAllergy,
    RecentProcedures,
}

/// The questions are shown in these groups, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    AboutYou,
    YourSkin,
    Health,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::AboutYou, Group::YourSkin, Group::Health];

    pub fn id(self) -> &'static str {
        match self {
            Group::AboutYou => "about-you",
            Group::YourSkin => "your-skin",
            Group::Health => "health",
        }
    }
}

/// When a deferred visitor can come back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Comeback {
    AfterPregnancy,
    AcneUnderControl,
    InfectionHealed,
    FlareSettled,
    DiabetesControlled,
    FourWeeksAfterTherapy,
    /// Current isotretinoin: the package insert's 6 months after the last
    /// dose, unless a clinician advises otherwise (evidence §4, [B-ProjectLEAD]).
    SixMonthsAfterIsotretinoin,
    /// "Not sure" to "Are you pregnant, or could you be?": it could be, and
    /// §4 handles pregnancy as a stop, so the plan waits until it is known.
    OncePregnancyRuledOut,
}

/// A change to the plan that still allows an estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Adjustment {
    /// Recent sunburn or tan: start about 2 weeks later, once healed
    /// (evidence §4, synthesis; listed in [C-yourskinhealth], PIH risk [C]).
    DelayStartTwoWeeks,
    /// Fitzpatrick IV–VI: conservative depth, sun protection, pigment-control
    /// topicals beforehand and longer intervals (§4, [A-S25, A-S29], synthesis).
    DarkerSkinCare,
    /// `DarkerSkinCare` in a plan whose spacing it could not lengthen: the
    /// longer gaps are for the skin track (hair loss keeps its weekly
    /// rhythm, §1b), up to the longest skin interval the evidence allows.
    /// Set by the estimate, never by an answer.
    DarkerSkinCareSameSpacing,
    /// A scar younger than 6 months waits until it is mature (§4 [B-manual];
    /// facial surgical scars 12 months, §1a [C-balance]). The start is not
    /// known, so the plan gives no calendar date.
    WaitForScarToMature,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Effect {
    None,
    Consult,
    Defer(Comeback),
    NotSuitable,
    Adjust(Adjustment),
}

/// One possible answer to a question: a stable id (share links) and what it
/// does to the estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub effect: Effect,
}

/// A struct literal (not a `const fn` call) so the choice tables below are
/// promoted to `'static` slices.
macro_rules! ch {
    ($id:expr, $effect:expr) => {
        Choice {
            id: $id,
            effect: $effect,
        }
    };
}

const NO: Choice = ch!("no", Effect::None);
const NOT_SURE: Choice = ch!("not-sure", Effect::Consult);

impl Question {
    pub const ALL: [Question; 25] = [
        Question::AgeBand,
        Question::Pregnancy,
        Question::Breastfeeding,
        Question::SkinType,
        Question::ActiveAcne,
        Question::ActiveInfection,
        Question::ColdSores,
        Question::Psoriasis,
        Question::Eczema,
        Question::OtherSkinCondition,
        Question::Keloids,
        Question::SkinCancer,
        Question::SunburnTan,
        Question::ScarAge,
        Question::Melasma,
        Question::AcneMedication,
        Question::Anticoagulants,
        Question::BleedingDisorder,
        Question::Diabetes,
        Question::CancerTherapy,
        Question::Autoimmune,
        Question::SystemicInfection,
        Question::Allergies,
        Question::MetalAllergy,
        Question::RecentProcedures,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Question::AgeBand => "age",
            Question::Pregnancy => "pregnancy",
            Question::Breastfeeding => "breastfeeding",
            Question::SkinType => "skin-type",
            Question::ActiveAcne => "active-acne",
            Question::ActiveInfection => "active-infection",
            Question::ColdSores => "cold-sores",
            Question::Psoriasis => "psoriasis",
            Question::Eczema => "eczema",
            Question::OtherSkinCondition => "other-skin-condition",
            Question::Keloids => "keloids",
            Question::SkinCancer => "skin-cancer",
            Question::SunburnTan => "sunburn-tan",
            Question::ScarAge => "scar-age",
            Question::Melasma => "melasma",
            Question::AcneMedication => "acne-medication",
            Question::Anticoagulants => "anticoagulants",
            Question::BleedingDisorder => "bleeding-disorder",
            Question::Diabetes => "diabetes",
            Question::CancerTherapy => "cancer-therapy",
            Question::Autoimmune => "autoimmune",
            Question::SystemicInfection => "systemic-infection",
            Question::Allergies => "allergies",
            Question::MetalAllergy => "metal-allergy",
            Question::RecentProcedures => "recent-procedures",
        }
    }

    pub fn from_id(id: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.id() == id)
    }

    pub fn group(self) -> Group {
        use Question::*;
        match self {
            AgeBand | Pregnancy | Breastfeeding | SkinType => Group::AboutYou,
            ActiveAcne | ActiveInfection | ColdSores | Psoriasis | Eczema | OtherSkinCondition
            | Keloids | SkinCancer | SunburnTan | ScarAge | Melasma => Group::YourSkin,
            _ => Group::Health,
        }
    }

    /// Only asked when it can matter: a scar's age for acne scars and other
    /// scars (§4 "Scar less than 6 months old" is not limited to one kind),
    /// melasma for pigmentation (§1b "consultation if melasma").
    pub fn applies(self, concerns: &[super::Concern]) -> bool {
        use super::Concern;
        match self {
            Question::ScarAge => concerns
                .iter()
                .any(|c| matches!(c, Concern::AcneScars | Concern::OtherScars)),
            Question::Melasma => concerns.contains(&Concern::SunDamage),
            // Ticking keloid or raised scars has answered it.
            Question::Keloids => !concerns.contains(&Concern::RaisedScars),
            _ => true,
        }
    }

    /// The answers offered, in display order. Sources per row are in §4.
    pub fn choices(self) -> &'static [Choice] {
        use Effect::*;
        match self {
            // FDA authorisations cover 22+ [A-S1, A-S2]; under 18 → STOP.
            Question::AgeBand => &[
                ch!("under-18", NotSuitable),
                ch!("18-21", Consult),
                ch!("22-plus", None),
            ],
            // STOP (defer) [B-Atrius, C-balance]; handled as STOP per §6.
            // The question asks "or could you be?": "Not sure" is a "could
            // be", so it waits too (verify18 L1), until it is known.
            Question::Pregnancy => &[
                ch!("yes", Defer(Comeback::AfterPregnancy)),
                NO,
                ch!("not-sure", Defer(Comeback::OncePregnancyRuledOut)),
            ],
            // CONSULT per §4 ([B-Atrius] excludes it; [C] permits it).
            Question::Breastfeeding => &[ch!("yes", Consult), NO, NOT_SURE],
            // Fitzpatrick [A-S33]; IV–VI → ADJUST [A-S25, A-S29].
            Question::SkinType => &[
                ch!("1", None),
                ch!("2", None),
                ch!("3", None),
                ch!("4", Adjust(Adjustment::DarkerSkinCare)),
                ch!("5", Adjust(Adjustment::DarkerSkinCare)),
                ch!("6", Adjust(Adjustment::DarkerSkinCare)),
                NOT_SURE,
            ],
            // Article; STOP "treat acne first" [B-manual].
            Question::ActiveAcne => &[ch!("yes", Defer(Comeback::AcneUnderControl)), NO, NOT_SURE],
            // Active infection incl. an active cold sore: STOP (defer) [B-manual, A-S25].
            Question::ActiveInfection => {
                &[ch!("yes", Defer(Comeback::InfectionHealed)), NO, NOT_SURE]
            }
            // History of cold sores: CONSULT (antiviral cover) [C-mailash, B-manual].
            Question::ColdSores => &[ch!("yes", Consult), NO, NOT_SURE],
            // Article: moderate to severe psoriasis, eczema. §4: "or a flare
            // in the area": STOP if active in the area, otherwise CONSULT
            // [B-manual, C-balance]. Any psoriasis is asked about, so a mild
            // one flaring in the area is caught too.
            Question::Psoriasis | Question::Eczema => &[
                ch!("yes-elsewhere", Consult),
                ch!("yes-in-area", Defer(Comeback::FlareSettled)),
                NO,
                NOT_SURE,
            ],
            // Article: "pre-existing skin conditions"; §4 rosacea CONSULT
            // [B-manual, C-balance], vitiligo CONSULT [C-balance].
            Question::OtherSkinCondition => &[ch!("yes", Consult), NO, NOT_SURE],
            // STOP [B-manual, C-balance, C-yourskinhealth].
            Question::Keloids => &[ch!("yes", NotSuitable), NO, NOT_SURE],
            // STOP [B-manual, B-Atrius].
            Question::SkinCancer => &[ch!("yes", NotSuitable), NO, NOT_SURE],
            // ADJUST, about 2 weeks (synthesis) [C-yourskinhealth]: the
            // risk is dark marks on tanned skin (§4), so the sun or a
            // sunbed, not self-tanner, which §2b names only as aftercare
            // (verify27 L7).
            Question::SunburnTan => &[
                ch!("yes", Adjust(Adjustment::DelayStartTwoWeeks)),
                NO,
                NOT_SURE,
            ],
            // "Is a scar younger than 6 months?" ADJUST (wait) [B-manual].
            Question::ScarAge => &[
                ch!("yes", Adjust(Adjustment::WaitForScarToMature)),
                NO,
                NOT_SURE,
            ],
            // §1b pigmentation row: "consultation if melasma"; recurrence is
            // common and clearance rare (§1a [C-DermTimes]). CONSULT.
            Question::Melasma => &[ch!("yes", Consult), NO, NOT_SURE],
            // Article: "certain acne drugs". Evidence §4, isotretinoin only
            // (the 6 months is its leaflet's; other retinoids are paused for
            // days, §2b's aftercare): current use is "CONSULT (default:
            // defer)", and we take the default, so no figures until a
            // clinician has advised; stopped < 6 months is CONSULT. Sources
            // disagree (§6) [A-S30, A-S31, B-ProjectLEAD, B-Atrius].
            Question::AcneMedication => &[
                ch!("yes-now", Defer(Comeback::SixMonthsAfterIsotretinoin)),
                ch!("yes-recently", Consult),
                NO,
                NOT_SURE,
            ],
            // CONSULT; never stop medication yourself [B-manual, C-mailash].
            Question::Anticoagulants => &[ch!("yes", Consult), NO, NOT_SURE],
            // Article: bleeding. Bleeding disorder STOP [B-manual, B-Atrius, C-balance].
            Question::BleedingDisorder => &[ch!("yes", NotSuitable), NO, NOT_SURE],
            // Controlled CONSULT, uncontrolled STOP [B-manual, C-balance, C-mailash].
            Question::Diabetes => &[
                ch!("yes-controlled", Consult),
                ch!("yes-uncontrolled", Defer(Comeback::DiabetesControlled)),
                NO,
                NOT_SURE,
            ],
            // Chemo, radiotherapy, high-dose steroids: STOP 4 wk either side [B-manual].
            Question::CancerTherapy => &[
                ch!("yes", Defer(Comeback::FourWeeksAfterTherapy)),
                NO,
                NOT_SURE,
            ],
            // Autoimmune / collagen-vascular disease, vitiligo: CONSULT [C-balance, C-mailash].
            Question::Autoimmune => &[ch!("yes", Consult), NO, NOT_SURE],
            // Hepatitis, HIV: STOP [B-manual, C-balance].
            Question::SystemicInfection => &[ch!("yes", NotSuitable), NO, NOT_SURE],
            // Article: "tell your doctor ... allergies": CONSULT.
            Question::Allergies => &[ch!("yes", Consult), NO, NOT_SURE],
            // Steel, metals, topical anaesthetics: STOP [B-Atrius, C-balance, A-S25].
            Question::MetalAllergy => &[ch!("yes", NotSuitable), NO, NOT_SURE],
            // Fillers 6 mo, surgery 12 mo [B-manual]; Botox 3 mo [C-balance]: CONSULT.
            Question::RecentProcedures => &[ch!("yes", Consult), NO, NOT_SURE],
        }
    }

    pub fn choice(self, id: &str) -> Option<Choice> {
        self.choices().iter().copied().find(|c| c.id == id)
    }

    /// The one answer that clears the question, for "None of these apply".
    pub fn all_clear(self) -> &'static str {
        match self {
            Question::AgeBand => "22-plus",
            Question::SkinType => "3",
            _ => "no",
        }
    }

    /// Questions that are about the visitor rather than a yes/no caution,
    /// so "None of these apply" must not answer them for the visitor.
    pub fn is_personal_detail(self) -> bool {
        matches!(self, Question::AgeBand | Question::SkinType)
    }

    /// Whether "None of these apply" may answer it "No" for the visitor:
    /// shown (`applies`: a hidden one was never seen, verify28 F1), not a
    /// personal detail, and not one a ticked concern answers yes to
    /// ("such as rosacea" with rosacea ticked: "No" would deny it,
    /// verify57 F4).
    pub fn cleared_by_none_apply(self, concerns: &[super::Concern]) -> bool {
        self.applies(concerns)
            && !self.is_personal_detail()
            && !(self == Question::OtherSkinCondition
                && concerns.contains(&super::Concern::Rosacea))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_offers_not_sure_or_a_full_scale_and_a_clear_answer() {
        for q in Question::ALL {
            assert!(q.choice(q.all_clear()).is_some(), "{q:?}");
            assert_eq!(q.choice(q.all_clear()).unwrap().effect, Effect::None);
            // Age has no "not sure"; "Not sure" to pregnancy is a "could be".
            let not_sure = match q {
                Question::AgeBand => None,
                Question::Pregnancy => Some(Effect::Defer(Comeback::OncePregnancyRuledOut)),
                _ => Some(Effect::Consult),
            };
            assert_eq!(q.choice("not-sure").map(|c| c.effect), not_sure, "{q:?}");
            let mut ids: Vec<_> = q.choices().iter().map(|c| c.id).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), q.choices().len(), "{q:?} has duplicate ids");
        }
    }

    #[test]
    fn ids_are_unique_and_round_trip() {
        for q in Question::ALL {
            assert_eq!(Question::from_id(q.id()), Some(q));
        }
    }
}
