//! A treatment-plan estimator widget for clinic websites.
//!
//! Layers (see ARCHITECTURE.md): `model` is the pure core (no web-sys),
//! `i18n` turns its enums into words, `ui` renders it with Yew, and `embed`
//! puts it on a page.

pub mod allocator;
pub mod embed;
pub mod i18n;
pub mod model;
pub mod ui;

/// Size classes instead of dlmalloc: 3 KB less gzipped wasm (see `allocator`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: allocator::SizeClasses<allocator::LinearMemory> =
    allocator::SizeClasses::new(allocator::LinearMemory);
