//! The imperative shell's views: thin Yew components over the model. Each
//! component reads the shared `Ctx` (config, language, id prefix) and either
//! renders part of the `Outcome` or dispatches an `Action`.

pub mod area_picker;
pub mod booking;
pub mod concern_picker;
pub mod context;
pub mod estimator;
pub mod format;
pub mod result_panel;
pub mod state;

pub use context::Ctx;
pub use estimator::{Estimator, EstimatorProps};
