//! When anything panics, the WebAssembly traps and is dead for every widget
//! on the page: it cannot draw anything afterwards. The release build does
//! not even run a panic hook (`-Cpanic=immediate-abort`, `scripts/release.sh`:
//! std's panic machinery and message formatting were 15 KB of the gzipped
//! wasm). So each widget's contact card is drawn at mount, off the page, and
//! handed to the loader (`web/treatment-estimator.js`), which puts it in
//! place of every widget when it sees the trap, logs one error and reports
//! `estimator-error`. Never a blank or half-drawn box.

use super::contact_card;
use crate::i18n::Language;
use crate::model::ClinicConfig;
use web_sys::HtmlElement;

/// Draws `host`'s contact card off the page, for the loader to show if the
/// module traps (`host._teCard`).
pub fn prepare_card(host: &HtmlElement, config: &ClinicConfig, language: Language) {
    #[cfg(not(panic = "immediate-abort"))]
    hand_on_panic_messages();
    if let Ok(holder) = gloo::utils::document().create_element("div") {
        contact_card::draw(&holder, config, language, &[]);
        let _ = js_sys::Reflect::set(host, &"_teCard".into(), &holder);
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/web/actions.js")]
extern "C" {
    /// `window.__treatmentEstimatorCrashed`: a line of JavaScript, which
    /// read through `Reflect` cost the wasm more. An `Option`, so that
    /// wasm-bindgen writes a shim for it in the glue, whose import names
    /// the release build shortens (`scripts/wasm-names.mjs`), instead of
    /// importing the snippet's function by its own name.
    #[wasm_bindgen(js_name = crashed)]
    fn crash_flag() -> Option<bool>;
}

/// Set by the loader when it has seen the trap.
pub fn crashed() -> bool {
    crash_flag() == Some(true)
}

/// Builds that run a panic hook (development, tests) hand the panic's
/// message to the loader, for its one console error. Installed through Yew,
/// which would otherwise install its own at first render. (The release
/// build installs none: Yew's default, never run, costs less than ours.)
#[cfg(not(panic = "immediate-abort"))]
fn hand_on_panic_messages() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        yew::set_custom_panic_hook(Box::new(|info| {
            let _ = js_sys::Reflect::set(
                &gloo::utils::window(),
                &"__treatmentEstimatorPanic".into(),
                &info.to_string().into(),
            );
        }))
    });
}
