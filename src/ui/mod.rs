//! The imperative shell's views: thin views over the model, one per file.
//! Each reads the shared `Ctx` (config, language, id prefix) and either
//! renders part of the `Outcome` or dispatches an `Action`.
//!
//! A view is a Yew component only where that earns its WebAssembly (about
//! 2.5 KB each): it holds state (share actions), or skipping it when its
//! props did not change saves real work (the concern cards, the 23 safety
//! questions). Everything else is a plain function taking `&Ctx`: the
//! result panel, charts, booking and language switch, which re-render with
//! their parent anyway, and the small area, grade and extra pickers, whose
//! re-render costs about 0.2 ms a click (bench/).

pub mod add_on_picker;
pub mod area_picker;
pub mod booking;
pub mod concern_picker;
pub mod context;
pub mod estimator;
pub mod events;
pub mod format;
pub mod language_loader;
pub mod language_switch;
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
