//! When anything panics: one clear console error with the panic message,
//! and every widget on the page replaced by a contact card built with plain
//! DOM calls (the WebAssembly is unusable after a panic, so nothing here may
//! depend on Yew). Never a blank or half-drawn box.

use crate::i18n::Language;
use crate::model::config::{is_allowed_link, Clinic};
use std::cell::RefCell;
use std::sync::Once;
use web_sys::{Document, Element, HtmlElement};

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
    let Some(document) = window.document() else {
        return;
    };
    MOUNTED.with(|m| {
        if let Ok(m) = m.try_borrow() {
            for w in m.iter() {
                let _ = contact_card(&document, &w.root, &w.clinic, w.language);
                super::element::dispatch(&w.host, "estimator-error", &js_sys::Object::new().into());
            }
        }
    });
}

fn el(document: &Document, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
    let e = document.create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if let Some(text) = text {
        e.set_text_content(Some(text));
    }
    Some(e)
}

fn add(parent: &Element, child: Element) -> Option<()> {
    parent.append_child(&child).ok().map(|_| ())
}

/// The same card as `ui::ContactCard`, in plain DOM; every string goes in
/// as text, every link is re-checked.
fn contact_card(
    document: &Document,
    root: &Element,
    clinic: &Clinic,
    language: Language,
) -> Option<()> {
    let language = language.shown();
    let t = language.catalog();
    root.set_text_content(None);
    let card = el(document, "div", "te-root te-contact-card", None)?;
    card.set_attribute("lang", language.code()).ok()?;
    let section = el(document, "section", "te-result", None)?;
    section.set_attribute("role", "region").ok()?;
    section
        .set_attribute("aria-label", t.contact_card_heading)
        .ok()?;
    add(
        &section,
        el(document, "h2", "te-title", Some(t.contact_card_heading))?,
    )?;
    add(&section, el(document, "p", "", Some(t.contact_card_text))?)?;
    add(
        &section,
        el(document, "p", "te-booking-title", Some(&clinic.name))?,
    )?;
    let list = el(document, "ul", "te-contact", None)?;
    let link = |href: String, text: String| -> Option<()> {
        if !is_allowed_link(&href) {
            return Some(());
        }
        let li = el(document, "li", "", None)?;
        let a = el(document, "a", "te-link", Some(&text))?;
        a.set_attribute("href", &href).ok()?;
        add(&li, a)?;
        add(&list, li)?;
        Some(())
    };
    if let Some(url) = clinic
        .booking_url
        .as_ref()
        .or(clinic.contact_form_url.as_ref())
    {
        if !url.contains('{') {
            link(url.clone(), t.book_cta.to_string())?;
        }
    }
    if let (Some(phone), Some(intl)) = (&clinic.phone, &clinic.phone_international) {
        link(format!("tel:{intl}"), format!("{} {phone}", t.call))?;
    }
    if let Some(email) = &clinic.email {
        link(format!("mailto:{email}"), format!("{} {email}", t.email))?;
    }
    add(&section, list)?;
    if !clinic.address.is_empty() {
        let address = el(document, "address", "te-address", None)?;
        for line in &clinic.address {
            add(&address, el(document, "span", "", Some(line))?)?;
        }
        add(&section, address)?;
    }
    add(&card, section)?;
    add(root, card)?;
    Some(())
}
