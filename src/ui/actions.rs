//! The widget's DOM calls in JavaScript (`web/actions.js`): finding the
//! control an event came from, and the click actions that are only DOM
//! calls. A line each in JavaScript, more through web-sys's bindings in the
//! wasm (README, cuts table). Each finds its widget from the event, so no
//! node reference is kept.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Event;

#[wasm_bindgen(module = "/web/actions.js")]
extern "C" {
    /// Moves the focus to the first `selector` (or its first `control`) in
    /// the clicked control's widget, and scrolls it to the top.
    #[wasm_bindgen(js_name = focusIn)]
    pub fn focus_in(event: &Event, selector: &str, control: &str);
    /// The nearest element, from the event's target up, that has
    /// `attribute`: the control that names its action in it (`controls.rs`).
    #[wasm_bindgen(js_name = controlOf)]
    pub fn control_of(event: &Event, attribute: &str) -> Option<web_sys::Element>;
    /// Resolves to whether the text reached the clipboard.
    #[wasm_bindgen(js_name = copyText)]
    pub fn copy_text(text: &str) -> js_sys::Promise;
}
