//! A treatment-plan estimator widget for clinic websites.
//!
//! Layers (see ARCHITECTURE.md): `model` is the pure core (no web-sys),
//! `i18n` turns its enums into words, `ui` renders it with Yew, and `embed`
//! puts it on a page.

pub mod embed;
pub mod i18n;
pub mod model;
pub mod ui;
