//! When anything panics: one clear console error with the panic message,
//! and every widget on the page replaced by the contact card
//! (`contact_card`, plain DOM: the WebAssembly cannot run Yew after a
//! panic). Never a blank or half-drawn box.

use crate::i18n::Language;
use crate::model::config::Clinic;
use std::cell::RefCell;
use std::sync::Once;
use web_sys::{Element, HtmlElement};

struct Mounted {
    id: u32,
    host: HtmlElement,
    root: Element,
    clinic: Clinic,
    language: Language,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static NEXT: RefCell<u32> = const { RefCell::new(1) };
}

static HOOK: Once = Once::new();

/// Remembers a mounted widget so a crash can replace it; returns a ticket
/// for `forget`.
pub fn remember(host: &HtmlElement, root: &Element, clinic: &Clinic, language: Language) -> u32 {
    // Through Yew, which would otherwise install its own hook at first render.
    HOOK.call_once(|| yew::set_custom_panic_hook(Box::new(on_panic)));
    let id = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    MOUNTED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.push(Mounted {
                id,
                host: host.clone(),
                root: root.clone(),
                clinic: clinic.clone(),
                language,
            });
        }
    });
    id
}

pub fn forget(id: u32) {
    MOUNTED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.retain(|w| w.id != id);
        }
    });
}

fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("treatment-estimator crashed: {info}").into());
    let window = gloo::utils::window();
    // Tells the loader that the module is dead (see web/treatment-estimator.js).
    let _ = js_sys::Reflect::set(&window, &"__treatmentEstimatorCrashed".into(), &true.into());
    MOUNTED.with(|m| {
        if let Ok(m) = m.try_borrow() {
            for w in m.iter() {
                super::contact_card::draw(&w.root, &w.clinic, w.language, &[]);
                super::element::emit(&w.host, "estimator-error", &js_sys::Object::new());
            }
        }
    });
}
