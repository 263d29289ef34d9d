//! How marked a concern is, in the words of the validated scale for it
//! (evidence §5) where one exists, else mild / moderate / marked.
//!
//! Visitors self-assess, so every scale also has "Not sure", which widens the
//! estimate to the whole range of the scale rather than guessing for them.

use super::concern::Concern;
use serde::{Deserialize, Serialize};

/// One answer on one scale. The number is the grade as the scale writes it
/// (Goodman–Baron 1–4, Glogau I–IV, Norwood I–VII, Ludwig I–III).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Severity {
    NotSure,
    Mild,
    Moderate,
    Marked,
    /// Goodman & Baron qualitative acne-scar grade [A-S32].
    GoodmanBaron(u8),
    /// Glogau photo-ageing type [B-appearances, B-skininc].
    Glogau(u8),
    /// Norwood–Hamilton stage, men [A-S34].
    Norwood(u8),
    /// Ludwig grade, women [C-pistone].
    Ludwig(u8),
    /// New, red stretch marks (striae rubra) [A-S16].
    StriaeRubra,
    /// Old, white stretch marks (striae alba) [A-S15, A-S17].
    StriaeAlba,
}

/// The scale a concern is graded on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    GoodmanBaron,
    Glogau,
    HairLoss,
    StretchMarks,
    Plain,
    /// Rosacea and raised scars get no numbers, so no grade is asked.
    None,
}

impl Scale {
    pub fn of(concern: Concern) -> Scale {
        match concern {
            Concern::AcneScars => Scale::GoodmanBaron,
            Concern::Wrinkles | Concern::SunDamage => Scale::Glogau,
            Concern::HairLoss => Scale::HairLoss,
            Concern::StretchMarks => Scale::StretchMarks,
            Concern::Rosacea | Concern::RaisedScars => Scale::None,
            _ => Scale::Plain,
        }
    }

    /// The grades offered, mildest first within each sub-scale, "Not sure" last.
    /// Hair loss lists Norwood (men) then Ludwig (women); each is ordered on
    /// its own. Norwood I ("no loss") is left out: a visitor who picks hair
    /// loss has some.
    pub fn options(self) -> &'static [Severity] {
        use Severity::*;
        match self {
            Scale::GoodmanBaron => &[
                GoodmanBaron(1),
                GoodmanBaron(2),
                GoodmanBaron(3),
                GoodmanBaron(4),
                NotSure,
            ],
            Scale::Glogau => &[Glogau(1), Glogau(2), Glogau(3), Glogau(4), NotSure],
            Scale::HairLoss => &[
                Norwood(2),
                Norwood(3),
                Norwood(4),
                Norwood(5),
                Norwood(6),
                Norwood(7),
                Ludwig(1),
                Ludwig(2),
                Ludwig(3),
                NotSure,
            ],
            Scale::StretchMarks => &[StriaeRubra, StriaeAlba, NotSure],
            Scale::Plain => &[Mild, Moderate, Marked, NotSure],
            Scale::None => &[NotSure],
        }
    }

    /// The grade preselected when a concern is ticked: the middle of the
    /// scale, which is what the evidence's worked examples use (§6: "4 for
    /// moderate" acne scars). Hair loss starts at "Not sure": its scale is
    /// men's stages and women's, so any grade would guess the visitor's sex
    /// (and the e-mail would carry it), while the plan is the same 12
    /// weekly sessions at every treatable stage (§1b). Stretch marks have
    /// two kinds and no middle: "Not sure" spans both (3–8 sessions), where
    /// new, red ones gave the shortest course first, also to a visitor
    /// with old, white marks (5–8) who did not look (verify50 F9).
    pub fn default_severity(self) -> Severity {
        use Severity::*;
        match self {
            Scale::GoodmanBaron => GoodmanBaron(3),
            Scale::Glogau => Glogau(2),
            Scale::Plain => Moderate,
            Scale::HairLoss | Scale::StretchMarks | Scale::None => NotSure,
        }
    }

    /// Whether `a` and `b` are asked one grade between them. The Glogau
    /// type describes the photo-aging of the whole face
    /// [B-appearances, B-skininc], not of one concern: fine lines and sun
    /// damage are asked it once, and share the answer (verify57 F8: two
    /// answers for one face, and an e-mail with both).
    pub fn one_answer(a: Concern, b: Concern) -> bool {
        Scale::of(a) == Scale::Glogau && Scale::of(b) == Scale::Glogau
    }

    pub fn accepts(self, severity: Severity) -> bool {
        self.options().contains(&severity)
    }

    /// Pairs (milder, more marked) within one sub-scale; what "raising a
    /// severity" means for the monotonicity guarantees.
    pub fn ordered_pairs(self) -> Vec<(Severity, Severity)> {
        let graded: Vec<Severity> = self
            .options()
            .iter()
            .copied()
            .filter(|s| *s != Severity::NotSure)
            .collect();
        let mut pairs = Vec::new();
        for (i, a) in graded.iter().enumerate() {
            for b in &graded[i + 1..] {
                if a.same_sub_scale(*b) {
                    pairs.push((*a, *b));
                }
            }
        }
        pairs
    }
}

impl Severity {
    fn same_sub_scale(self, other: Severity) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
            || matches!(
                (self, other),
                (Severity::StriaeRubra, Severity::StriaeAlba)
                    | (Severity::Mild, Severity::Moderate | Severity::Marked)
                    | (Severity::Moderate, Severity::Marked)
            )
    }

    /// Stable id used in share links and prefill.
    pub fn id(self) -> String {
        let (scale, n) = match self {
            Severity::NotSure => return "not-sure".into(),
            Severity::Mild => return "mild".into(),
            Severity::Moderate => return "moderate".into(),
            Severity::Marked => return "marked".into(),
            Severity::GoodmanBaron(n) => ("grade-", n),
            Severity::Glogau(n) => ("glogau-", n),
            Severity::Norwood(n) => ("norwood-", n),
            Severity::Ludwig(n) => ("ludwig-", n),
            Severity::StriaeRubra => return "red".into(),
            Severity::StriaeAlba => return "white".into(),
        };
        super::text::cat(&[scale, &super::text::number(u64::from(n))])
    }

    pub fn from_id(id: &str) -> Option<Severity> {
        let all = [
            Scale::GoodmanBaron,
            Scale::Glogau,
            Scale::HairLoss,
            Scale::StretchMarks,
            Scale::Plain,
        ];
        for scale in all {
            for s in scale.options() {
                if s.id() == id {
                    return Some(*s);
                }
            }
        }
        None
    }
}

impl TryFrom<String> for Severity {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Severity::from_id(&value)
            .ok_or_else(|| super::text::cat(&["unknown severity `", &value, "`"]))
    }
}

impl From<Severity> for String {
    fn from(value: Severity) -> Self {
        value.id()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ids as the `format!` they replaced wrote them, for every grade
    /// number a `u8` holds.
    #[test]
    fn numbered_ids_agree_with_the_format_they_replaced() {
        for n in 0..=u8::MAX {
            assert_eq!(Severity::GoodmanBaron(n).id(), format!("grade-{n}"));
            assert_eq!(Severity::Glogau(n).id(), format!("glogau-{n}"));
            assert_eq!(Severity::Norwood(n).id(), format!("norwood-{n}"));
            assert_eq!(Severity::Ludwig(n).id(), format!("ludwig-{n}"));
        }
        assert_eq!(
            Severity::try_from("grade-9".to_string()),
            Err("unknown severity `grade-9`".to_string())
        );
    }

    #[test]
    fn every_concern_default_is_on_its_scale() {
        for c in Concern::ALL {
            let scale = Scale::of(c);
            assert!(scale.accepts(scale.default_severity()), "{c:?}");
            assert!(scale.accepts(Severity::NotSure), "{c:?} lacks Not sure");
        }
        assert_eq!(Scale::HairLoss.default_severity(), Severity::NotSure);
        assert_eq!(Scale::StretchMarks.default_severity(), Severity::NotSure);
    }

    #[test]
    fn ids_round_trip() {
        for scale in [
            Scale::GoodmanBaron,
            Scale::Glogau,
            Scale::HairLoss,
            Scale::StretchMarks,
            Scale::Plain,
        ] {
            for s in scale.options() {
                assert_eq!(Severity::from_id(&s.id()), Some(*s));
            }
        }
        assert_eq!(Severity::from_id("grade-9"), None);
    }

    #[test]
    fn hair_loss_orders_norwood_and_ludwig_separately() {
        let pairs = Scale::HairLoss.ordered_pairs();
        assert!(pairs.contains(&(Severity::Norwood(2), Severity::Norwood(7))));
        assert!(pairs.contains(&(Severity::Ludwig(1), Severity::Ludwig(3))));
        assert!(!pairs.contains(&(Severity::Norwood(7), Severity::Ludwig(1))));
        assert_eq!(
            Scale::Plain.ordered_pairs().len(),
            3,
            "mild<moderate, mild<marked, moderate<marked"
        );
    }
}
