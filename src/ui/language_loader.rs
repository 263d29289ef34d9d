//! Fetching a language's catalogue file when a visitor needs it (see
//! `i18n::spanish` for why Spanish is not compiled in).
//!
//! The fetching itself is the host's: the `<treatment-estimator>` loader
//! passes a function `code → Promise<text>` that knows where the widget's
//! files are and shares one download between the widgets of a page (and
//! often has it in flight already, started beside the wasm).

use crate::i18n::Language;
use js_sys::{Function, Promise};
use std::cell::RefCell;
use wasm_bindgen::prelude::{wasm_bindgen, JsValue};
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/web/actions.js")]
extern "C" {
    /// The loader's fetcher's promise of the file for `code`; `None` when
    /// it threw or returned no promise.
    #[wasm_bindgen(js_name = fetchCatalog)]
    fn fetch_catalog(fetch: &Function, code: &str) -> Option<Promise>;
    /// Why a download failed: its error's message, else "the download
    /// failed".
    #[wasm_bindgen(js_name = failure)]
    fn failure(error: &JsValue) -> String;
}

thread_local! {
    static FETCH: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Remembers the host's catalogue fetcher (one per page).
pub fn set_fetch(fetch: Function) {
    FETCH.with(|f| *f.borrow_mut() = Some(fetch));
}

/// Makes `language` ready: at once when it is compiled in or already
/// installed, else after fetching and installing its file.
pub async fn ensure(language: Language) -> Result<(), String> {
    if language.is_ready() {
        return Ok(());
    }
    let fetch = FETCH
        .with(|f| f.borrow().clone())
        .ok_or("no catalogue loader on this page")?;
    // Both checks are a line of JavaScript each (web/actions.js): through
    // js-sys, `call`, `instanceof` twice and `message` cost more.
    let promise = fetch_catalog(&fetch, language.code())
        .ok_or("the catalogue loader did not return a promise")?;
    let text = JsFuture::from(promise).await.map_err(|e| failure(&e))?;
    language.install(&text.as_string().unwrap_or_default())
}

/// Installs a file the loader fetched beside the wasm (`installCatalog`).
pub fn install_fetched(code: &str, text: &str) {
    let installed = Language::from_tag(code)
        .ok_or_else(|| "no such language".to_string())
        .and_then(|language| language.install(text));
    if let Err(why) = installed {
        not_loaded(code, &why);
    }
}

/// The one console warning for a language that could not be made ready;
/// the widget shows English meanwhile.
pub fn not_loaded(code: &str, why: &str) {
    web_sys::console::warn_1(&not_loaded_text(code, why).into());
}

/// The line's wording, one for the visitor's pick (`not_loaded`) and the
/// element's set-up line, which its `_warn` says once per run of starts
/// (`embed::element`).
pub fn not_loaded_text(code: &str, why: &str) -> String {
    crate::model::text::cat(&["treatment-estimator: ", code, " not loaded: ", why])
}
