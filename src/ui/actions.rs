//! The widget's DOM calls in JavaScript (`web/actions.js`): finding the
//! control an event came from, the click actions that are only DOM
//! calls, and the page's address and languages. A line each in
//! JavaScript, more through web-sys's bindings in the wasm
//! (bench/CUTS.md). Each finds its widget from the event, so no node
//! reference is kept.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Event;

#[wasm_bindgen(module = "/web/actions.js")]
extern "C" {
    /// Moves the focus to the first `selector` (or its first `control`) in
    /// the clicked control's widget, and scrolls it to the top.
    #[wasm_bindgen(js_name = focusIn)]
    pub fn focus_in(event: &Event, selector: &str, control: &str);
    /// The control an event came from (`controls.rs`): the nearest element,
    /// from the event's target up, that names its action for the event's
    /// kind, `data-change` for a change, `data-change="severity"`,
    /// `data-click` or `data-route` for a click. Chosen by the event's type
    /// in JavaScript: read in the wasm, the type came over as a string to
    /// compare.
    #[wasm_bindgen(js_name = controlOf)]
    pub fn control_of(event: &Event) -> Option<web_sys::Element>;
    /// Resolves to whether the text reached the clipboard.
    #[wasm_bindgen(js_name = copyText)]
    pub fn copy_text(text: &str) -> js_sys::Promise;
    /// The clicked widget's custom element's `name` attribute as it is now;
    /// `None` outside a shadow root (a Rust host's `mount`).
    #[wasm_bindgen(js_name = hostAttribute)]
    pub fn host_attribute(event: &Event, name: &str) -> Option<String>;
    /// The page's address, `location.href` (a line of JavaScript: through
    /// web-sys, the window, its `Location` and a getter that may throw).
    #[wasm_bindgen(js_name = pageUrl)]
    pub fn page_url() -> String;
    /// The browser's languages, `navigator.languages`, most wanted first,
    /// joined by commas, which no language tag contains (`HostInput`).
    #[wasm_bindgen(js_name = browserLanguages)]
    pub fn browser_languages() -> String;
    /// After "Start over": a share link's fragment leaves the address bar,
    /// or a reload would bring the shared choices back, and the host's own
    /// history state stays (verify40 F5: routers key their entries by it;
    /// `replaceState` fires no `hashchange`, so no widget starts again).
    /// From the bottom of two dozen questions, a phone was left thousands
    /// of pixels below the cleared form: the first step's heading
    /// (`heading`) takes the focus, in view.
    #[wasm_bindgen(js_name = startedOver)]
    pub fn started_over(event: &Event, heading: &str);
}
