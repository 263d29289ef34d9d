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

/// Treatment depth class, which sets the recovery course (evidence §2a).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Intensity {
    /// ≤0.5 mm: pores, texture, pigmentation.
    Light,
    /// 1.0–1.5 mm: lines, laxity, most scars (median 1.5 mm for acne [A-S3]).
    Standard,
    /// ≥2.0 mm: severe scarring.
    Deep,
}

/// Why a grade needs a consultation even though it gets numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GradeNote {
    /// Goodman–Baron 4 needs combined procedures [A-S32; C].
    CombinationTherapy,
    /// Glogau IV usually needs deep ablative laser or surgery [C-younique].
    BeyondMicroneedling,
    /// Laxity moderate or worse: RF microneedling or a surgical opinion
    /// (§1b, synthesis).
    ConsiderRfOrSurgery,
    /// Norwood ≥ V / Ludwig III: outside the trials' population (§1b).
    AdvancedHairLoss,
    /// Goodman–Baron 1 (macular) is a colour problem, not a contour one.
    ColourNotContour,
}

/// Everything the model knows about one concern at one grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Protocol {
    pub sessions: Span,
    /// The interval the plan uses by default, in weeks.
    pub interval_weeks: u32,
    /// The interval range the evidence allows; overrides must stay inside it.
    pub interval_allowed: Span,
    pub results: ResultsShow,
    /// A short-lived glow in 1–2 weeks (Alexiades via [C-thelist]).
    pub early_glow: bool,
    pub maintenance: Maintenance,
    pub intensity: Intensity,
    pub grade_note: Option<GradeNote>,
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

/// The evidence row for a concern at a grade, or `None` for concerns that get
/// no numbers (rosacea: consultation only; raised scars: not treatable).
/// "Not sure" spans every grade of the scale.
pub fn protocol(concern: Concern, severity: Severity) -> Option<Protocol> {
    if concern.treatability() != Treatability::Treatable {
        return None;
    }
    if severity == Severity::NotSure || !Scale::of(concern).accepts(severity) {
        return not_sure(concern);
    }
    Some(graded(concern, severity))
}

fn not_sure(concern: Concern) -> Option<Protocol> {
    let scale = Scale::of(concern);
    let mut grades = scale
        .options()
        .iter()
        .filter(|s| **s != Severity::NotSure)
        .map(|s| graded(concern, *s));
    let first = grades.next()?;
    Some(grades.fold(
        Protocol {
            grade_note: None,
            ..first
        },
        |acc, p| Protocol {
            sessions: acc.sessions.union(p.sessions),
            results: ResultsShow {
                from: acc.results.from,
                weeks: acc.results.weeks.union(p.results.weeks),
            },
            intensity: acc.intensity.max(p.intensity),
            ..acc
        },
    ))
}

fn graded(concern: Concern, severity: Severity) -> Protocol {
    use Severity::*;
    // Shared shape of most facial rows: 4-weekly, judged months after the series.
    let base = Protocol {
        sessions: Span::exactly(3),
        interval_weeks: 4,
        interval_allowed: Span::new(2, 6),
        results: weeks_after_last(12, 26),
        early_glow: false,
        maintenance: SIX_TO_TWELVE,
        intensity: Intensity::Standard,
        grade_note: None,
    };
    match concern {
        // Texture / dullness: 2/3/4, 4 wk; texture +1.5 grades after 4 monthly
        // sessions [A-S9]; glow 1–2 wk [C-thelist]; structural by ~3 mo (day 90) [A-S9].
        Concern::DullSkin => Protocol {
            sessions: Span::exactly(by_plain(severity, 2, 3, 4)),
            interval_allowed: Span::new(4, 6),
            results: weeks_after_first(12, 13),
            early_glow: true,
            intensity: Intensity::Light,
            ..base
        },
        // Fine lines / wrinkles: Glogau I/II/III → 3/4/6, 4 wk [2–6]; IV → consultation.
        // [A-S8, A-S9, A-S10, A-S11]; best 3–6 mo after series [A-S8, A-S10].
        Concern::Wrinkles => Protocol {
            sessions: Span::exactly(by_glogau(severity, 3, 4, 6)),
            early_glow: true,
            grade_note: (severity == Glogau(4)).then_some(GradeNote::BeyondMicroneedling),
            ..base
        },
        // Laxity / anti-ageing and loss of elasticity: 3/4/6, 4 wk [4–6] [A-S9];
        // results 3–6 mo (day 90–150) [A-S9]; RF or consultation if moderate+ (§1b).
        // Elasticity shares the row: A-S9 measured the same dermal endpoint.
        Concern::Laxity | Concern::Elasticity => Protocol {
            sessions: Span::exactly(by_plain(severity, 3, 4, 6)),
            interval_allowed: Span::new(4, 6),
            results: weeks_after_first(13, 26),
            grade_note: (concern == Concern::Laxity && matches!(severity, Moderate | Marked))
                .then_some(GradeNote::ConsiderRfOrSurgery),
            ..base
        },
        // Atrophic acne scars, Goodman–Baron 2/3/4 → 3 / 4–5 / 6+ (capped at 8,
        // the clinics' upper figure [C-Diaminy, C-laseretq]); median 4 wk,
        // 1.5 mm [A-S3]; judge 3–6 mo after series [A-S4, A-S5]. Grade 1 is
        // macular: the mild row, with a note.
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
            grade_note: match severity {
                GoodmanBaron(1) => Some(GradeNote::ColourNotContour),
                GoodmanBaron(4) => Some(GradeNote::CombinationTherapy),
                _ => None,
            },
            ..base
        },
        // Other scars (mature): 3 / 5 / 6–8, 4–6 wk [A-S6, A-S7, A-S37, C-laseretq];
        // 3–6 mo after series (§1b). Interval: the lower end, so scars share the
        // 4-weekly rhythm of facial plans.
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
        // Enlarged pores and uneven texture: 3/4/5, 4 wk; 2–3 mo (weak
        // evidence: no trial) [B-AAD2018, C-laseretq].
        Concern::PoresTexture => Protocol {
            sessions: Span::exactly(by_plain(severity, 3, 4, 5)),
            interval_allowed: Span::new(4, 6),
            results: weeks_after_first(8, 13),
            intensity: Intensity::Light,
            ..base
        },
        // Sun damage / pigmentation, Glogau I/II/III → 4/5/6, 2–4 wk (trials 2 wk)
        // [A-S12, A-S13, A-S14]; best 8–16 wk [A-S12]; add-on to topicals.
        Concern::SunDamage => Protocol {
            sessions: Span::exactly(by_glogau(severity, 4, 5, 6)),
            interval_weeks: 2,
            interval_allowed: Span::new(2, 4),
            results: weeks_after_first(8, 16),
            maintenance: Maintenance::TopicalsAndSunscreen,
            intensity: Intensity::Light,
            grade_note: (severity == Glogau(4)).then_some(GradeNote::BeyondMicroneedling),
            ..base
        },
        // Stretch marks: rubra 3–5, alba 5–8; 4 wk [2–6]; 3 mo after series
        // [A-S15, A-S16, A-S17, A-S18].
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
        // Hair loss, Norwood III–IV / Ludwig I–II: 12 sessions weekly to
        // 2-weekly with medical therapy, 12 wk [A-S21, A-S22, A-S23, A-S24];
        // Norwood ≥ V / Ludwig III → consultation (§1b).
        Concern::HairLoss => Protocol {
            sessions: Span::exactly(12),
            interval_weeks: 1,
            interval_allowed: Span::new(1, 2),
            results: weeks_after_first(12, 12),
            maintenance: Maintenance::OngoingWithMedicalTherapy,
            grade_note: matches!(severity, Norwood(5..) | Ludwig(3..))
                .then_some(GradeNote::AdvancedHairLoss),
            ..base
        },
        Concern::Rosacea | Concern::RaisedScars => unreachable!("filtered by treatability"),
    }
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
