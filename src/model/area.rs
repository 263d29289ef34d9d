//! Treatment areas. They drive the price: each is priced per session by the
//! clinic, and a few usual combinations are cheaper than their parts.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    Face,
    Neck,
    Decolletage,
    Scalp,
    Hands,
    Arms,
    Abdomen,
    Thighs,
    Buttocks,
    Back,
}

impl Area {
    pub const ALL: [Area; 10] = [
        Area::Face,
        Area::Neck,
        Area::Decolletage,
        Area::Scalp,
        Area::Hands,
        Area::Arms,
        Area::Abdomen,
        Area::Thighs,
        Area::Buttocks,
        Area::Back,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Area::Face => "face",
            Area::Neck => "neck",
            Area::Decolletage => "decolletage",
            Area::Scalp => "scalp",
            Area::Hands => "hands",
            Area::Arms => "arms",
            Area::Abdomen => "abdomen",
            Area::Thighs => "thighs",
            Area::Buttocks => "buttocks",
            Area::Back => "back",
        }
    }

    pub fn from_id(id: &str) -> Option<Area> {
        let id = id.trim_ascii().to_ascii_lowercase();
        Area::ALL
            .into_iter()
            .find(|a| a.id() == id)
            .or(match id.as_str() {
                "chest" | "décolletage" => Some(Area::Decolletage),
                "stomach" | "belly" => Some(Area::Abdomen),
                "legs" => Some(Area::Thighs),
                _ => None,
            })
    }

    /// Body areas heal on a different course (evidence §2a: side effects
    /// about 3 days on the abdomen [A-S15]) and are where stretch marks are.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            Area::Arms | Area::Abdomen | Area::Thighs | Area::Buttocks | Area::Back
        )
    }

    /// Price relative to the face, in percent: the evidence's assumed
    /// multipliers (§3.4: neck ×0.5, décolletage ×0.6, hands ×0.5, scalp ×1.0,
    /// body areas ×1.0–1.5 by surface). Used only to derive the default
    /// per-area prices; a clinic sets its own.
    pub fn default_percent_of_face(self) -> u64 {
        match self {
            Area::Face => 100,
            Area::Neck => 50,
            Area::Decolletage => 60,
            Area::Scalp => 100,
            Area::Hands => 50,
            Area::Arms => 100,
            Area::Abdomen => 120,
            Area::Buttocks => 120,
            Area::Thighs => 150,
            Area::Back => 150,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bundles list their areas by filtering `ALL`, which must therefore be
    /// in the same order as the sets (`SmallSet<Area>`) they are compared to.
    #[test]
    fn all_is_in_sorted_order() {
        assert!(Area::ALL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn ids_round_trip() {
        for a in Area::ALL {
            assert_eq!(Area::from_id(a.id()), Some(a));
            assert_eq!(
                serde_json::to_string(&a).unwrap(),
                format!("\"{}\"", a.id())
            );
        }
        assert_eq!(Area::from_id("chest"), Some(Area::Decolletage));
        assert_eq!(Area::from_id("elbow"), None);
    }

    #[test]
    fn multipliers_stay_inside_the_evidence_band() {
        for a in Area::ALL {
            let p = a.default_percent_of_face();
            assert!((50..=150).contains(&p), "{a:?} {p}");
            if a.is_body() {
                assert!((100..=150).contains(&p), "body area {a:?} {p}");
            }
        }
    }
}
