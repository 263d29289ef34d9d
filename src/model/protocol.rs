//! The clinical defaults per concern and grade: evidence §1b (synthesis of
//! §1a), each row citing its source IDs. A clinic may override sessions and
//! interval per concern in its config; the rest stays evidence-bound.

use super::concern::{Concern, Treatability};
use super::severity::{Scale, Severity};

/// An inclusive range of whole numbers (sessions, weeks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub min: u32,
    pub max: u32,
}

impl Span {
    pub const fn new(min: u32, max: u32) -> Span {
        Span { min, max }
    }
    pub const fn exactly(n: u32) -> Span {
        Span { min: n, max: n }
    }
    /// The smallest range covering both.
    pub fn union(self, other: Span) -> Span {
        Span::new(self.min.min(other.min), self.max.max(other.max))
    }
    /// Element-wise maximum: what shared sessions need when two concerns are
    /// treated together (the more demanding one sets both ends).
    pub fn at_least(self, other: Span) -> Span {
        Span::new(self.min.max(other.min), self.max.max(other.max))
    }
    pub fn plus(self, other: Span) -> Span {
        Span::new(self.min + other.min, self.max + other.max)
    }
}

/// Where "results show" is counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    FirstSession,
    LastSession,
}

/// When results can be judged: `weeks` after `from`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResultsShow {
    pub from: Anchor,
    pub weeks: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Maintenance {
    /// One session every `months` (evidence: 6–12 months [B-Graham]).
    EveryMonths(Span),
    /// Keep up topicals and daily sunscreen; recurrence is common
    /// ([C-DermTimes], synthesis).
    TopicalsAndSunscreen,
    /// Keep up medical therapy (minoxidil / PRP) [A-S22, B-Prism].
    OngoingWithMedicalTherapy,
    AsNeeded,
}

/// Treatment depth class, which sets the recovery course (evidence §2a's
/// "suggested default mapping", synthesis). Which concern gets which class
/// is our rule: the sources give depths for few concerns (§1a).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Intensity {
    /// ≤0.5 mm: pores, texture, pigmentation (§1a: pigmentation "shallow",
    /// 0.25–0.5 mm [C]). Pores are 0.5–1 mm in clinic charts [C], between
    /// this class and the next: the lower one is our rule, as pores' row has
    /// no trial behind it (verify27 M3).
    Light,
    /// 1.0–1.5 mm: lines, laxity, most scars (median 1.5 mm for acne [A-S3]).
    Standard,
    /// ≥2.0 mm: the most marked scarring (our rule).
    Deep,
}

/// Why a grade needs the clinician's view. Some come with numbers (the
/// §1b row covers the grade and asks for a consultation too); the rest are
/// grades §1b gives no numbers for, so they get none ([`has_numbers`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GradeNote {
    /// Goodman–Baron 4: §1b "6+ and a combination-therapy consultation";
    /// combined procedures [A-S32; C]. With numbers.
    CombinationTherapy,
    /// Wrinkles at Glogau IV: §1b "IV → consultation"; it usually needs
    /// deep ablative laser or surgery (§1a [C-younique]). No numbers.
    BeyondMicroneedling,
    /// Sun damage at Glogau IV: no numbers either (the same grade); §5's
    /// type IV has "prior skin cancers", so a doctor assesses it first.
    AdvancedSunDamage,
    /// Laxity (and loss of elasticity, our rule: the same sagging skin)
    /// moderate or worse: §1b "suggest RF or consultation". With numbers.
    ConsiderRfOrSurgery,
    /// Norwood ≥ V / Ludwig III: §1b "→ consultation", outside the trials'
    /// population (§1a [A-S21, A-S23]). No numbers.
    AdvancedHairLoss,
    /// Norwood II: milder than the trials' Norwood III–IV (§1a); the 12
    /// weekly sessions are the course the trials ran, not a grade's count,
    /// so the numbers stand, with a consultation.
    EarlyHairLoss,
    /// Goodman–Baron 1 (macular) is "a colour problem, not a contour
    /// problem" (§5), and §1b's acne-scar row starts at grade 2. No numbers.
    ColourNotContour,
    /// "Not sure" of a concern some of whose grades carry a note above:
    /// its numbers span the graded rows, but the notes of the rows it may
    /// be (§1b: RF, combination therapy, consultation) would be lost
    /// (verify27 M2), so the clinic confirms the grade. With numbers.
    GradeToConfirm,
}

impl GradeNote {
    /// Whether the grade still gets a plan (see each variant).
    pub fn has_numbers(self) -> bool {
        matches!(
            self,
            GradeNote::CombinationTherapy
                | GradeNote::ConsiderRfOrSurgery
                | GradeNote::EarlyHairLoss
                | GradeNote::GradeToConfirm
        )
    }
}

/// The note a concern's grade carries, if any (`GradeNote`'s rows).
pub fn grade_note(concern: Concern, severity: Severity) -> Option<GradeNote> {
    use Severity::*;
    Some(match (concern, severity) {
        (Concern::AcneScars, GoodmanBaron(4)) => GradeNote::CombinationTherapy,
        (Concern::AcneScars, GoodmanBaron(1)) => GradeNote::ColourNotContour,
        (Concern::Wrinkles, Glogau(4)) => GradeNote::BeyondMicroneedling,
        // Sun damage shares the wrinkles' Glogau scale (our mapping of §1b's
        // mild / moderate / severe), and so its grade IV.
        (Concern::SunDamage, Glogau(4)) => GradeNote::AdvancedSunDamage,
        (Concern::Laxity | Concern::Elasticity, Moderate | Marked) => {
            GradeNote::ConsiderRfOrSurgery
        }
        (Concern::HairLoss, Norwood(5..) | Ludwig(3..)) => GradeNote::AdvancedHairLoss,
        (Concern::HairLoss, Norwood(2)) => GradeNote::EarlyHairLoss,
        (
            Concern::AcneScars
            | Concern::Wrinkles
            | Concern::SunDamage
            | Concern::Laxity
            | Concern::Elasticity
            | Concern::HairLoss,
            NotSure,
        ) => GradeNote::GradeToConfirm,
        _ => return None,
    })
}

/// Everything the model knows about one concern at one grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Protocol {
    pub sessions: Span,
    /// The interval the plan uses by default, in weeks.
    pub interval_weeks: u32,
    /// The interval range the evidence allows (§1b's brackets): a clinic's
    /// override must stay inside it (`config::overrides`).
    pub interval_allowed: Span,
    pub results: ResultsShow,
    /// A short-lived glow in 1–2 weeks (Alexiades via [C-thelist]).
    pub early_glow: bool,
    pub maintenance: Maintenance,
    pub intensity: Intensity,
}

const fn weeks_after_last(min: u32, max: u32) -> ResultsShow {
    ResultsShow {
        from: Anchor::LastSession,
        weeks: Span::new(min, max),
    }
}

const fn weeks_after_first(min: u32, max: u32) -> ResultsShow {
    ResultsShow {
        from: Anchor::FirstSession,
        weeks: Span::new(min, max),
    }
}

const SIX_TO_TWELVE: Maintenance = Maintenance::EveryMonths(Span::new(6, 12));

/// The evidence row for a concern at a grade, or `None` where §1b gives no
/// numbers: concerns (rosacea: consultation only; raised scars: not
/// treatable) and grades (`GradeNote::has_numbers`). "Not sure" spans
/// every grade that has numbers.
pub fn protocol(concern: Concern, severity: Severity) -> Option<Protocol> {
    if concern.treatability() != Treatability::Treatable {
        return None;
    }
    if severity == Severity::NotSure || !Scale::of(concern).accepts(severity) {
        return not_sure(concern);
    }
    graded(concern, severity)
}

fn not_sure(concern: Concern) -> Option<Protocol> {
    let scale = Scale::of(concern);
    let mut grades = scale
        .options()
        .iter()
        .filter(|s| **s != Severity::NotSure)
        .filter_map(|s| graded(concern, *s));
    let first = grades.next()?;
    Some(grades.fold(first, |acc, p| Protocol {
        sessions: acc.sessions.union(p.sessions),
        results: ResultsShow {
            from: acc.results.from,
            weeks: acc.results.weeks.union(p.results.weeks),
        },
        intensity: acc.intensity.max(p.intensity),
        ..acc
    }))
}

fn graded(concern: Concern, severity: Severity) -> Option<Protocol> {
    use Severity::*;
    if grade_note(concern, severity).is_some_and(|n| !n.has_numbers()) {
        return None;
    }
    // Shared shape of most facial rows: 4-weekly, judged 3–6 months after
    // the series; standard depth, 1.0–1.5 mm (our rule for rows that give
    // none, stretch marks among them: §2's "Standard" row).
    let base = Protocol {
        sessions: Span::exactly(3),
        interval_weeks: 4,
        interval_allowed: Span::new(2, 6),
        results: weeks_after_last(13, 26),
        early_glow: false,
        maintenance: SIX_TO_TWELVE,
        intensity: Intensity::Standard,
    };
    Some(match concern {
        // §1b row "Texture / dullness": 2/3/4, 4 wk (up to 6: §1a's general
        // 4–6 wk [B-Graham, C-Diaminy]); texture +1.5 grades after 4 monthly
        // sessions [A-S9]; glow 1–2 wk [C-thelist]; structural by ~3 mo (§1b).
        Concern::DullSkin => Protocol {
            sessions: Span::exactly(by_plain(severity, 2, 3, 4)),
            interval_allowed: Span::new(4, 6),
            results: weeks_after_first(12, 13),
            early_glow: true,
            intensity: Intensity::Light,
            ..base
        },
        // §1b row "Fine lines / wrinkles": Glogau I/II/III → 3/4/6, 4 wk [2–6];
        // IV → consultation (no numbers: `grade_note`). Best 3–6 mo after the
        // series (§1b synthesis of [A-S8, A-S9, A-S10]).
        Concern::Wrinkles => Protocol {
            sessions: Span::exactly(by_glogau(severity, 3, 4, 6)),
            early_glow: true,
            ..base
        },
        // §1b row "Laxity": 3/4/6, 4 wk [4–6]; results 3–6 mo (day 90–150
        // [A-S9]); RF or consultation if moderate+ (`grade_note`). Loss of
        // elasticity has no row of its own; our rule: it is the same sagging
        // skin, so it shares this row and its note.
        Concern::Laxity | Concern::Elasticity => Protocol {
            sessions: Span::exactly(by_plain(severity, 3, 4, 6)),
            interval_allowed: Span::new(4, 6),
            results: weeks_after_first(13, 26),
            ..base
        },
        // §1b row "Atrophic acne scars": Goodman–Baron 2/3/4 → 3 / 4–5 / 6+
        // (capped at 8, the clinics' upper figure in §1a [C-Diaminy,
        // C-laseretq]); 4 wk [2–6] (median 4 wk [A-S3]); judge 3–6 mo after
        // the series (§1b). Grade 1 gets no numbers (`grade_note`).
        Concern::AcneScars => Protocol {
            sessions: match severity {
                GoodmanBaron(1) | GoodmanBaron(2) => Span::exactly(3),
                GoodmanBaron(3) => Span::new(4, 5),
                _ => Span::new(6, 8),
            },
            intensity: if severity == GoodmanBaron(4) {
                Intensity::Deep
            } else {
                Intensity::Standard
            },
            ..base
        },
        // §1b row "Other scars (mature, ≥6–12 mo old)": 3 / 5 / 6–8, 4–6 wk,
        // 3–6 mo after the series: §1b's synthesis (§1a's studies [A-S6,
        // A-S37] give no count; a clinic's 8–10 [C-laseretq] is above it).
        // Interval: the lower end, so scars share the 4-weekly rhythm of
        // facial plans.
        Concern::OtherScars => Protocol {
            sessions: match severity {
                Mild => Span::exactly(3),
                Moderate => Span::exactly(5),
                _ => Span::new(6, 8),
            },
            interval_allowed: Span::new(4, 6),
            maintenance: Maintenance::AsNeeded,
            intensity: if severity == Marked {
                Intensity::Deep
            } else {
                Intensity::Standard
            },
            ..base
        },
        // §1b row "Enlarged pores": 3/4/5, 4 wk (up to 6 as for texture);
        // 2–3 mo, with the row's low-evidence flag (§1a: no trial found
        // [B-AAD2018, C-laseretq]; the benefit text says so).
        Concern::PoresTexture => Protocol {
            sessions: Span::exactly(by_plain(severity, 3, 4, 5)),
            interval_allowed: Span::new(4, 6),
            results: weeks_after_first(8, 13),
            intensity: Intensity::Light,
            ..base
        },
        // §1b row "Hyperpigmentation / melasma": mild / moderate / severe →
        // 4/5/6, read off the Glogau scale's I/II/III (our mapping: the
        // scale describes pigment change too, §5); 2 wk [2–4] (trials 2 wk
        // [A-S13, A-S14]); best 8–16 wk [A-S12]; an add-on to topicals.
        // Melasma goes to a consultation (`Question::Melasma`).
        Concern::SunDamage => Protocol {
            sessions: Span::exactly(by_glogau(severity, 4, 5, 6)),
            interval_weeks: 2,
            interval_allowed: Span::new(2, 4),
            results: weeks_after_first(8, 16),
            maintenance: Maintenance::TopicalsAndSunscreen,
            intensity: Intensity::Light,
            ..base
        },
        // §1b row "Stretch marks, rubra / alba": rubra 3–5, alba 5–8; 4 wk
        // [2–6]; 3 mo after the series. The counts are §1b's synthesis: the
        // rubra trial ran at least 6, 2 wk apart [A-S16] (verify27 M1), and
        // §1a's studies give the rest [A-S15, A-S17].
        Concern::StretchMarks => Protocol {
            sessions: if severity == StriaeAlba {
                Span::new(5, 8)
            } else {
                Span::new(3, 5)
            },
            results: weeks_after_last(12, 13),
            maintenance: Maintenance::AsNeeded,
            ..base
        },
        // §1b row "Hair loss (Norwood III–IV / Ludwig I–II)": 12 sessions
        // weekly to 2-weekly with medical therapy, 12 wk (§1a [A-S21, A-S22,
        // A-S23, A-S24]), needled at 1.5 mm [A-S23] (standard depth);
        // Norwood ≥ V / Ludwig III → consultation, no numbers; Norwood II
        // with a note (`grade_note`).
        Concern::HairLoss => Protocol {
            sessions: Span::exactly(12),
            interval_weeks: 1,
            interval_allowed: Span::new(1, 2),
            results: weeks_after_first(12, 12),
            maintenance: Maintenance::OngoingWithMedicalTherapy,
            ..base
        },
        Concern::Rosacea | Concern::RaisedScars => unreachable!("filtered by treatability"),
    })
}

fn by_plain(severity: Severity, mild: u32, moderate: u32, marked: u32) -> u32 {
    match severity {
        Severity::Mild => mild,
        Severity::Moderate => moderate,
        _ => marked,
    }
}

fn by_glogau(severity: Severity, one: u32, two: u32, three_plus: u32) -> u32 {
    match severity {
        Severity::Glogau(1) => one,
        Severity::Glogau(2) => two,
        _ => three_plus,
    }
}
