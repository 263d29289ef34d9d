//! The demo page's entry point: mounts the default clinic's widget into every
//! `[data-treatment-estimator]` element of index.html.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use treatment_estimator::embed::{mount, MountOptions};
        let document = gloo::utils::document();
        let found = document
            .query_selector_all("[data-treatment-estimator]")
            .ok();
        for i in 0..found.as_ref().map_or(0, |l| l.length()) {
            let node = found.as_ref().and_then(|l| l.item(i));
            if let Some(el) = node.and_then(|n| wasm_bindgen::JsCast::dyn_into(n).ok()) {
                // The demo page keeps its widgets for the page's lifetime.
                std::mem::forget(mount(el, MountOptions::default()));
            }
        }
    }
}
