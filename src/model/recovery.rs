//! What recovery looks like, day by day from the session (day 0) to day 7,
//! and the aftercare rules. Evidence §2a (course and the intensity mapping,
//! synthesis) and §2b (aftercare).

use super::protocol::Intensity;

/// How the treated skin heals: §2a's rows. Deep or with PRP heal alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Profile {
    /// ≤0.5 mm: visible redness 2–24 h, little or no flaking.
    Light,
    /// 1.0–1.5 mm: redness 1–3 days, flaking days 2–5.
    Standard,
    /// ≥2.0 mm or with PRP: redness 2–4 days, flaking days 3–6.
    Deep,
}

/// 0 = none, 1 = slight, 2 = clear, 3 = marked.
pub type Level = u8;

/// One day of the course.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryDay {
    pub day: u8,
    pub redness: Level,
    pub swelling: Level,
    pub flaking: bool,
    /// What becomes allowed again on this day (the session itself on day 0).
    pub milestones: Vec<Milestone>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Milestone {
    /// Pinpoint bleeding, tightness and sunburn-like redness for the first
    /// hours; channels stay open 12–36 h [B-Rejuvapen, C-monarch, A-S36].
    SessionDay,
    /// Makeup again after 24–48 h [B-PremierDerm, C-fifthelement, C-faceforward].
    Makeup,
    /// Sweat, exercise after 24–48 h [C-fifthelement, C-faceforward].
    Exercise,
    /// Pools, saunas, self-tanner after 2–3 days [B-manual].
    Swimming,
    /// Retinoids, acids, vitamin C from day 5–7 [C-monarch, C-fifthelement, C-drpen].
    Actives,
}

/// Everything §2b says to do and not do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AftercareRule {
    /// Mineral SPF 30+ daily; skin is photosensitive [B-MDDerm, B-RealSelf-RF].
    Sunscreen,
    /// No makeup for 24–48 h.
    NoMakeup,
    /// No exercise or heavy sweating for 24–48 h [C-fifthelement,
    /// C-faceforward]; no swimming, pools, saunas, peels, hair removal or
    /// self-tanner for 2–3 days [B-manual], the higher tier's word for
    /// saunas (verify27 M6: saunas were fine after 24–48 h).
    NoSweatOrPools,
    /// Pause retinoids, AHA/BHA, vitamin C, benzoyl peroxide; resume day 5–7.
    PauseActives,
    /// Let flakes shed; do not pick or scrub [C-yourbestselves].
    NoPicking,
    /// Only products made for treated skin; vitamin C serums have been linked
    /// to granulomas [A-S26, A-S27].
    OnlyApprovedProducts,
    /// Before: stop retinol ≥2 days; avoid blood-thinning supplements
    /// [C-beautyandthebrow, C-faceforward].
    BeforeTreatment,
}

pub const AFTERCARE: [AftercareRule; 7] = [
    AftercareRule::Sunscreen,
    AftercareRule::NoMakeup,
    AftercareRule::NoSweatOrPools,
    AftercareRule::PauseActives,
    AftercareRule::NoPicking,
    AftercareRule::OnlyApprovedProducts,
    AftercareRule::BeforeTreatment,
];

/// What a plan treats, for which of §2b's care it needs: its rows are
/// written for facial skin. Skin actives are for skin; makeup for the
/// face, neck, décolletage and hands (`Area::is_body` is false): not for
/// the scalp (verify18 L4), nor for a plan on the body alone (verify30 F5:
/// stretch marks on the abdomen were told when makeup was fine again).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Care {
    /// Hair loss alone.
    Scalp,
    /// Skin on body areas alone.
    Body,
    /// Skin off the body, or skin whose areas are not chosen yet.
    Face,
}

impl Care {
    fn needs_rule(self, r: &AftercareRule) -> bool {
        match r {
            AftercareRule::NoMakeup => self == Care::Face,
            // A day-6 "retinoids can return" also read against stopping
            // retinol 2 days before the scalp's next weekly session.
            AftercareRule::PauseActives => self >= Care::Body,
            _ => true,
        }
    }

    fn needs_milestone(self, m: &Milestone) -> bool {
        match m {
            Milestone::Makeup => self.needs_rule(&AftercareRule::NoMakeup),
            Milestone::Actives => self.needs_rule(&AftercareRule::PauseActives),
            _ => true,
        }
    }
}

/// The aftercare a plan needs (`Care`).
pub fn aftercare(care: Care) -> impl Iterator<Item = AftercareRule> {
    AFTERCARE.into_iter().filter(move |r| care.needs_rule(r))
}

/// The course without the milestones of care the plan does not need, as
/// `aftercare` leaves their rules out.
pub fn for_care(mut days: Vec<RecoveryDay>, care: Care) -> Vec<RecoveryDay> {
    for day in &mut days {
        day.milestones.retain(|m| care.needs_milestone(m));
    }
    days
}

impl Profile {
    pub fn from_intensity(intensity: Intensity, with_prp: bool) -> Profile {
        match (intensity, with_prp) {
            (_, true) | (Intensity::Deep, _) => Profile::Deep,
            (Intensity::Standard, _) => Profile::Standard,
            (Intensity::Light, _) => Profile::Light,
        }
    }

    /// Visible redness lasts this many whole days after day 0.
    pub fn redness_days(self, body: bool) -> (u8, u8) {
        match (self, body) {
            // Body: 2–4 days (§2a); side effects ~3 days on the abdomen [A-S15].
            (_, true) => (2, 4),
            (Profile::Light, _) => (0, 1),
            (Profile::Standard, _) => (1, 3),
            (Profile::Deep, _) => (2, 4),
        }
    }
}

/// Day 0 to day 7 for a profile; `body` when any treated area is on the body.
/// Levels follow §2a: redness peaks on day 0 and is gone after the profile's
/// upper bound ("healthy pink" by day 3 for standard depth [B-Rejuvapen]);
/// flaking on the profile's days; swelling is "mild" on the day and
/// "minor" the next [B-Rejuvapen], slight or some, never marked (verify50
/// F11: the deep course said "swollen"), and settles within 48 h.
pub fn course(profile: Profile, body: bool) -> Vec<RecoveryDay> {
    let (_, redness_until) = profile.redness_days(body);
    let flaking = match profile {
        Profile::Light => None,
        Profile::Standard => Some((2, 5)),
        Profile::Deep => Some((3, 6)),
    };
    let makeup_day = if profile == Profile::Light { 1 } else { 2 };
    // §2b gives "day 5–7" for actives; our rule spreads it by depth.
    let actives_day = match profile {
        Profile::Light => 5,
        Profile::Standard => 6,
        Profile::Deep => 7,
    };
    // A half-open range: `0..=7` iterates through RangeInclusive, whose
    // end flag cost 0.15 KB of gzipped wasm here.
    (0..8u8)
        .map(|day| {
            let redness = if day > redness_until {
                0
            } else {
                // Linear fade from 3 on day 0 to 1 on the last red day.
                let left = redness_until - day;
                (1 + (2 * left).div_ceil(redness_until.max(1))).min(3)
            };
            let swelling = match (profile, day) {
                (Profile::Light, 0) => 1,
                (Profile::Light, _) => 0,
                (_, 0) => 2,
                (_, 1) | (Profile::Deep, 2) => 1,
                _ => 0,
            };
            let mut milestones = Vec::new();
            for (d, m) in [
                (0, Milestone::SessionDay),
                (makeup_day, Milestone::Makeup),
                (2, Milestone::Exercise),
                (3, Milestone::Swimming),
                (actives_day, Milestone::Actives),
            ] {
                if d == day {
                    milestones.push(m);
                }
            }
            RecoveryDay {
                day,
                redness,
                swelling,
                flaking: flaking.is_some_and(|(from, to)| (from..=to).contains(&day)),
                milestones,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn red_days(days: &[RecoveryDay]) -> usize {
        days.iter().filter(|d| d.redness > 0).count()
    }

    #[test]
    fn day_zero_is_always_the_reddest() {
        for p in [Profile::Light, Profile::Standard, Profile::Deep] {
            for body in [false, true] {
                let c = course(p, body);
                assert_eq!(c.len(), 8);
                assert_eq!(c[0].redness, 3, "{p:?}");
                assert!(c.windows(2).all(|w| w[0].redness >= w[1].redness));
                assert_eq!(c[7].redness, 0, "settled by day 7 [A-S25]");
            }
        }
    }

    #[test]
    fn redness_matches_the_evidence_windows() {
        // Light 2–24 h: day 0 (and at most day 1).
        assert!(red_days(&course(Profile::Light, false)) <= 2);
        // Standard 1–3 days: gone by day 4; "healthy pink" day 3 [B-Rejuvapen].
        let standard = course(Profile::Standard, false);
        assert_eq!(red_days(&standard), 4);
        assert!(standard[3].redness <= 1);
        // Deep 2–4 days.
        assert_eq!(red_days(&course(Profile::Deep, false)), 5);
    }

    #[test]
    fn flaking_days_follow_the_profile() {
        let flaky = |p| {
            course(p, false)
                .iter()
                .filter(|d| d.flaking)
                .map(|d| d.day)
                .collect::<Vec<_>>()
        };
        assert!(flaky(Profile::Light).is_empty());
        assert_eq!(flaky(Profile::Standard), vec![2, 3, 4, 5]);
        assert_eq!(flaky(Profile::Deep), vec![3, 4, 5, 6]);
    }

    #[test]
    fn makeup_waits_24_to_48_hours() {
        let day_of = |p, m| {
            course(p, false)
                .iter()
                .find(|d| d.milestones.contains(&m))
                .map(|d| d.day)
        };
        assert_eq!(day_of(Profile::Light, Milestone::Makeup), Some(1));
        assert_eq!(day_of(Profile::Standard, Milestone::Makeup), Some(2));
        let actives = day_of(Profile::Deep, Milestone::Actives).unwrap();
        assert!((5..=7).contains(&actives));
    }
}
