//! The binary Trunk builds: the WebAssembly module's JavaScript interface.
//! The `<treatment-estimator>` loader (web/treatment-estimator.js)
//! initialises the module and mounts an `ElementHandle` for each element, on the
//! demo page as on any clinic's page. (Exports live here because a binary
//! only exports what it defines itself.)
//!
//! No `main` in the wasm: the module's work starts when the loader calls
//! its exports, and an empty `main` still brought std's start-up and
//! clean-up code in (thread ids, the main thread's name, stdout's buffer).
//! Native builds (`cargo test` links this binary) keep an empty one.
#![cfg_attr(target_arch = "wasm32", no_main)]

use wasm_bindgen::prelude::*;

/// A mounted widget, for the loader; `destroy()` when the element leaves.
#[wasm_bindgen]
#[derive(Default)]
pub struct ElementHandle(treatment_estimator::embed::element::ElementHandle);

#[wasm_bindgen]
impl ElementHandle {
    #[wasm_bindgen(constructor)]
    pub fn new() -> ElementHandle {
        ElementHandle::default()
    }

    /// Mounts a widget into `root`, inside the shadow root of `host` (the
    /// `<treatment-estimator>` element, whose attributes it reads).
    /// `fetch_catalog(code)` returns a promise of a language file's text.
    /// A handle mounted before, and destroyed, starts the new widget from
    /// the visitor's answers (`embed::element::ElementHandle`).
    pub fn mount(
        &mut self,
        host: web_sys::HtmlElement,
        root: web_sys::Element,
        config_json: Option<String>,
        fetch_catalog: Option<js_sys::Function>,
    ) {
        self.0 = treatment_estimator::embed::element::mount_element(
            host,
            root,
            config_json,
            fetch_catalog,
            &mut self.0,
        );
    }

    pub fn destroy(&mut self) {
        self.0.destroy();
    }
}

/// Installs a language file the loader fetched beside the wasm, so a
/// widget in that language shows it from its first frame (and its first
/// `estimator-ready`), not after an English one.
#[wasm_bindgen(js_name = installCatalog)]
pub fn install_catalog(code: &str, text: &str) {
    treatment_estimator::ui::language_loader::install_fetched(code, text);
}

/// Bytes of WebAssembly memory, for the benchmark's no-growth check
/// (`window.__teWasmMemory`, set by the loader): its size in 64 KiB pages,
/// which is its buffer's `byteLength`, read by the wasm itself instead of
/// through three JavaScript imports (the memory, its buffer, the length).
/// A native build (`cargo test` builds this binary too) has no such memory.
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return (core::arch::wasm32::memory_size(0) * 65536) as f64;
    #[cfg(not(target_arch = "wasm32"))]
    0.0
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
