//! The imperative shell's views: thin views over the model, one per file.
//! Each reads the shared `Ctx` (config, language, id prefix) and either
//! renders part of the `Outcome` or dispatches an `Action`.
//!
//! There is one component, the `Estimator` (the root, which owns the one
//! state, `state.rs`). Every view is a plain function taking `&Ctx` and
//! writing markup (`markup.rs`): a component type costs about 1 KB of
//! gzipped wasm, each hook type more, and each `html!` element its own
//! construction code. The controls name their actions in data attributes,
//! read by the root's two listeners (`controls.rs`).

pub mod actions;
pub mod add_on_picker;
pub mod area_picker;
pub mod booking;
pub mod concern_picker;
pub mod context;
pub mod controls;
pub mod estimator;
pub mod events;
pub mod format;
pub mod language_loader;
pub mod language_switch;
pub mod markup;
pub mod price_bar;
pub mod recovery_strip;
pub mod result_panel;
pub mod screening_form;
pub mod severity_picker;
pub mod share_actions;
pub mod state;
pub mod timeline_chart;

pub use context::Ctx;
pub use estimator::{Estimator, EstimatorProps};
