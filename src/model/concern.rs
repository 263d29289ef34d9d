//! The visitor's concerns: the article's list of what microneedling helps with,
//! plus the one kind of scar it cannot treat.
//!
//! Ids are the stable, public names used in config files, URL prefill
//! (`te_concerns=acne-scars,wrinkles`), events and share links, so they never
//! change once published. Visitor-facing wording lives in `crate::i18n`.

use serde::{Deserialize, Serialize};

/// One reason a visitor is interested in the treatment.
///
/// The first eleven are the benefits the source article lists; `RaisedScars`
/// is offered as a choice only so the visitor gets the article's answer
/// ("keloid or hypertrophic scars are the only scars microneedling cannot
/// treat") instead of a silent omission.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Concern {
    DullSkin,
    Wrinkles,
    Laxity,
    AcneScars,
    OtherScars,
    HairLoss,
    SunDamage,
    Elasticity,
    StretchMarks,
    Rosacea,
    PoresTexture,
    RaisedScars,
}

/// How a concern takes part in an estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Treatability {
    /// Gets sessions and a price.
    Treatable,
    /// Evidence too mixed for a number: the concern is discussed at the
    /// consultation only (rosacea: both a contraindication [B-manual] and a
    /// studied indication [A-S19]; evidence §6).
    ConsultationOnly,
    /// Not treatable with microneedling (keloid / hypertrophic scars, article
    /// and [B-manual]).
    NotTreatable,
}

impl Concern {
    pub const ALL: [Concern; 12] = [
        Concern::DullSkin,
        Concern::Wrinkles,
        Concern::Laxity,
        Concern::AcneScars,
        Concern::OtherScars,
        Concern::HairLoss,
        Concern::SunDamage,
        Concern::Elasticity,
        Concern::StretchMarks,
        Concern::Rosacea,
        Concern::PoresTexture,
        Concern::RaisedScars,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Concern::DullSkin => "dull-skin",
            Concern::Wrinkles => "wrinkles",
            Concern::Laxity => "laxity",
            Concern::AcneScars => "acne-scars",
            Concern::OtherScars => "other-scars",
            Concern::HairLoss => "hair-loss",
            Concern::SunDamage => "sun-damage",
            Concern::Elasticity => "elasticity",
            Concern::StretchMarks => "stretch-marks",
            Concern::Rosacea => "rosacea",
            Concern::PoresTexture => "pores-texture",
            Concern::RaisedScars => "raised-scars",
        }
    }

    /// Accepts the id and a few obvious aliases, so hand-written prefill links
    /// (`te_concerns=acne,lines`) still work.
    pub fn from_id(id: &str) -> Option<Concern> {
        let id = id.trim_ascii().to_ascii_lowercase();
        let found = Concern::ALL.into_iter().find(|c| c.id() == id);
        found.or(match id.as_str() {
            "acne" | "acne-scar" => Some(Concern::AcneScars),
            "lines" | "fine-lines" | "wrinkle" => Some(Concern::Wrinkles),
            "scars" => Some(Concern::OtherScars),
            "hair" => Some(Concern::HairLoss),
            "pigmentation" | "sun" => Some(Concern::SunDamage),
            "pores" | "texture" => Some(Concern::PoresTexture),
            "stretch" => Some(Concern::StretchMarks),
            "keloid" | "keloids" | "hypertrophic-scars" => Some(Concern::RaisedScars),
            _ => None,
        })
    }

    pub fn treatability(self) -> Treatability {
        match self {
            Concern::Rosacea => Treatability::ConsultationOnly,
            Concern::RaisedScars => Treatability::NotTreatable,
            _ => Treatability::Treatable,
        }
    }

    /// Hair loss is treated weekly on the scalp alongside medical therapy
    /// (evidence §1b), so it runs as its own track instead of sharing the
    /// skin sessions.
    pub fn track(self) -> Track {
        match self {
            Concern::HairLoss => Track::Scalp,
            _ => Track::Skin,
        }
    }
}

/// Concerns on the same track share sessions; separate tracks add up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Track {
    Skin,
    Scalp,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for c in Concern::ALL {
            assert!(seen.insert(c.id()), "duplicate id {}", c.id());
            assert_eq!(Concern::from_id(c.id()), Some(c));
            assert_eq!(Concern::from_id(&c.id().to_uppercase()), Some(c));
        }
        assert_eq!(Concern::from_id("acne"), Some(Concern::AcneScars));
        assert_eq!(Concern::from_id("tattoo"), None);
    }

    #[test]
    fn serde_uses_the_public_ids() {
        for c in Concern::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.id()));
        }
    }

    #[test]
    fn only_hair_loss_has_its_own_track() {
        for c in Concern::ALL {
            assert_eq!(c.track() == Track::Scalp, c == Concern::HairLoss);
        }
    }
}
