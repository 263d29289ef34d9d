//! The price of a plan: per-session price by area × sessions, less the
//! package discount, plus add-ons; summed in minor units and rounded outwards
//! once at the end. Evidence §3 (defaults in `default-config.json`).

use super::area::Area;
use super::concern::Track;
use super::config::{AddOnPrice, ClinicConfig};
use super::money::{percent_of, PriceRange};
use super::protocol::Span;
use super::small_map::SmallSet;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Price {
    /// Skin concerns are ticked but no area is chosen yet.
    NeedsArea,
    /// None of the plan's areas has a price in the config (a clinic that
    /// offers hair loss but prices no scalp), nor any extra ticked: never
    /// a total of 0.
    AtConsultation,
    Range(PriceEstimate),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceEstimate {
    /// Rounded outwards; what the visitor sees as "the price".
    pub total: PriceRange,
    /// Exact sum of the lines, before rounding.
    pub exact: PriceRange,
    pub lines: Vec<PriceLine>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PriceLine {
    /// `per_session` for these areas (bundles applied) × `sessions`.
    Sessions {
        track: Track,
        areas: Vec<Area>,
        per_session: PriceRange,
        sessions: Span,
        amount: PriceRange,
    },
    /// Course discount: `percent_off` at the low and the high session count.
    Package {
        track: Track,
        percent_off: (u32, u32),
        /// Amount taken off (subtract from the total).
        saving: PriceRange,
    },
    AddOn {
        id: String,
        amount: PriceRange,
    },
    /// An add-on the clinic prices at the consultation.
    AddOnAtConsultation {
        id: String,
    },
    /// The area has no price in this clinic's config (not offered).
    AreaAtConsultation {
        area: Area,
    },
}

/// Per-session price for a set of areas: the largest bundles first (they are
/// the usual cheaper combinations, §3.4), the remaining areas one by one.
pub fn per_session(areas: &SmallSet<Area>, config: &ClinicConfig) -> (PriceRange, Vec<Area>) {
    let mut left: SmallSet<Area> = areas
        .iter()
        .copied()
        .filter(|a| config.prices.contains_key(a))
        .collect();
    // Largest first, equal sizes in the config's order; by size, not by a
    // sort, which would add its own WebAssembly for this one use.
    let largest = config
        .bundles
        .iter()
        .map(|b| b.areas.len())
        .max()
        .unwrap_or(0);
    let mut total = PriceRange::ZERO;
    // Half-open, and loops rather than `flat_map`: RangeInclusive's and
    // FlatMap's iteration cost more wasm.
    for size in (1..largest + 1).rev() {
        for bundle in &config.bundles {
            if bundle.areas.len() == size && bundle.areas.iter().all(|a| left.contains(a)) {
                total = total.plus(bundle.price);
                for a in &bundle.areas {
                    left.remove(a);
                }
            }
        }
    }
    for a in &left {
        total = total.plus(config.prices[a]);
    }
    let mut priced = Vec::new();
    for a in areas.iter() {
        if config.prices.contains_key(a) {
            priced.push(*a);
        }
    }
    (total, priced)
}

/// The largest package discount a course of `sessions` qualifies for.
pub fn package_percent(sessions: u32, config: &ClinicConfig) -> u32 {
    let mut best = 0;
    for p in &config.packages {
        if p.sessions <= sessions {
            best = best.max(p.percent_off);
        }
    }
    best
}

/// A per-session amount over a course: the low end for the fewest
/// sessions, the high end for the most.
fn times(r: PriceRange, sessions: Span) -> PriceRange {
    PriceRange::new(
        r.min.saturating_mul(u64::from(sessions.min)),
        r.max.saturating_mul(u64::from(sessions.max)),
    )
}

/// One track's sessions, with its package discount.
pub(crate) fn track_lines(
    track: Track,
    areas: &SmallSet<Area>,
    sessions: Span,
    config: &ClinicConfig,
    lines: &mut Vec<PriceLine>,
) -> (PriceRange, PriceRange) {
    let (per, priced) = per_session(areas, config);
    for a in areas {
        if !config.prices.contains_key(a) {
            lines.push(PriceLine::AreaAtConsultation { area: *a });
        }
    }
    if priced.is_empty() {
        // No session price: no "× 12 sessions: 0" line, nothing to add.
        return (PriceRange::ZERO, PriceRange::ZERO);
    }
    let gross = times(per, sessions);
    let off = (
        package_percent(sessions.min, config),
        package_percent(sessions.max, config),
    );
    let net = PriceRange::new(
        percent_of(gross.min, u64::from(100 - off.0)),
        percent_of(gross.max, u64::from(100 - off.1)),
    );
    lines.push(PriceLine::Sessions {
        track,
        areas: priced,
        per_session: per,
        sessions,
        amount: gross,
    });
    if off != (0, 0) {
        lines.push(PriceLine::Package {
            track,
            percent_off: off,
            saving: PriceRange::new(gross.min - net.min, gross.max - net.max),
        });
    }
    (net, per)
}

/// Add-ons the visitor picked for a track that is in the plan. A track may
/// come in parts, areas on courses of their own (`TrackPlan::
/// off_body_sessions`): a share of the session price is each part's share,
/// a price per session is per visit, the longest part's.
pub(crate) fn add_on_lines(
    chosen: &SmallSet<String>,
    tracks: &[(Track, PriceRange, Span)],
    config: &ClinicConfig,
    lines: &mut Vec<PriceLine>,
) -> PriceRange {
    let mut total = PriceRange::ZERO;
    for add_on in &config.add_ons {
        if !chosen.contains(&add_on.id) {
            continue;
        }
        // The track's visits, and what its sessions cost in all.
        let mut visits = None;
        let mut sessions_cost = PriceRange::ZERO;
        for (track, per, sessions) in tracks {
            if *track == add_on.track {
                visits = Some(sessions.at_least(visits.unwrap_or(*sessions)));
                sessions_cost = sessions_cost.plus(times(*per, *sessions));
            }
        }
        let Some(visits) = visits else {
            continue;
        };
        let amount = match add_on.price {
            // A share of an unpriced session is priced at the consultation.
            AddOnPrice::PercentOfSession(_) if sessions_cost == PriceRange::ZERO => None,
            AddOnPrice::PercentOfSession(p) => Some(sessions_cost.percent(u64::from(p))),
            AddOnPrice::PerSession(r) => Some(times(r, visits)),
            AddOnPrice::PerCourse(r) => Some(r),
            AddOnPrice::AtConsultation => None,
        };
        match amount {
            Some(amount) => {
                total = total.plus(amount);
                lines.push(PriceLine::AddOn {
                    id: add_on.id.clone(),
                    amount,
                });
            }
            None => lines.push(PriceLine::AddOnAtConsultation {
                id: add_on.id.clone(),
            }),
        }
    }
    total
}
