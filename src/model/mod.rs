//! The functional core: pure, no web-sys, tested natively with `cargo test`.
//!
//! `estimate(&Answers, &ClinicConfig) -> Outcome` is the one entry point the
//! views call; everything else here is the vocabulary it speaks. Every
//! clinical default cites its row in `../shared/domain/microneedling-evidence.md`
//! by source ID (see also docs/model.md).

pub mod answers;
pub mod area;
pub mod concern;
pub mod config;
pub mod config_reader;
pub mod eligibility;
pub mod estimate;
pub mod json;
pub mod money;
pub mod price;
pub mod protocol;
pub mod recovery;
pub mod screening;
pub mod severity;
pub mod small_map;
pub mod text;

pub use answers::Answers;
pub use area::Area;
pub use concern::{Concern, Track, Treatability};
pub use config::{ClinicConfig, ConfigError};
pub use eligibility::{Eligibility, Reason};
pub use estimate::{estimate, Outcome, Plan, TrackPlan};
pub use money::{Currency, PriceRange};
pub use price::{Price, PriceLine};
pub use protocol::Span;
pub use screening::Question;
pub use severity::{Scale, Severity};
