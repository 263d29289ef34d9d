//! Shown in place of the estimator when it cannot run (a broken config, a
//! crash): the clinic's contact details, so the visitor is never left with a
//! blank box. With the `debug` attribute, the config's problems are listed
//! for the clinic's developer.
//!
//! Plain DOM calls, not Yew: after a panic the WebAssembly cannot run Yew
//! again, and one builder for both cases keeps them the same card (a Yew
//! twin cost 2 KB of gzipped wasm). Every string goes in as text, and every
//! link is checked again.

use crate::i18n::Language;
use crate::model::config::{is_allowed_link, Clinic};
use web_sys::{Document, Element};

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

fn add(parent: &Element, child: &Element) -> Option<()> {
    parent.append_child(child).ok().map(|_| ())
}

/// The card's button: the booking link, else the contact form, whichever
/// works as it is (a booking template's `{placeholders}` need a plan, and
/// the card has none).
fn book_link(clinic: &Clinic) -> Option<&String> {
    [&clinic.booking_url, &clinic.contact_form_url]
        .into_iter()
        .flatten()
        .find(|u| is_allowed_link(u) && !u.contains('{'))
}

/// Replaces whatever `root` holds with the card. `None` only when the DOM
/// refused a call.
pub fn draw(
    document: &Document,
    root: &Element,
    clinic: &Clinic,
    language: Language,
    problems: &[String],
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
        &el(document, "h2", "te-title", Some(t.contact_card_heading))?,
    )?;
    add(&section, &el(document, "p", "", Some(t.contact_card_text))?)?;
    add(
        &section,
        &el(document, "p", "te-booking-title", Some(&clinic.name))?,
    )?;
    if let Some(href) = book_link(clinic) {
        let a = el(document, "a", "te-btn te-btn--primary", Some(t.book_cta))?;
        a.set_attribute("href", href).ok()?;
        a.set_attribute("target", "_blank").ok()?;
        a.set_attribute("rel", "noopener").ok()?;
        let note = el(document, "span", "te-sr", None)?;
        note.set_text_content(Some(&format!(" {}", t.opens_new_tab)));
        add(&a, &note)?;
        add(&section, &a)?;
    }
    let list = el(document, "ul", "te-contact", None)?;
    list.set_attribute("role", "list").ok()?;
    let link = |href: String, text: String| -> Option<()> {
        if is_allowed_link(&href) {
            let li = el(document, "li", "", None)?;
            let a = el(document, "a", "te-link", Some(&text))?;
            a.set_attribute("href", &href).ok()?;
            add(&li, &a)?;
            add(&list, &li)?;
        }
        Some(())
    };
    if let (Some(phone), Some(intl)) = (&clinic.phone, &clinic.phone_international) {
        link(format!("tel:{intl}"), format!("{} {phone}", t.call))?;
    }
    if let Some(email) = &clinic.email {
        link(format!("mailto:{email}"), format!("{} {email}", t.email))?;
    }
    add(&section, &list)?;
    if !clinic.address.is_empty() {
        let address = el(document, "address", "te-address", None)?;
        for line in &clinic.address {
            add(&address, &el(document, "span", "", Some(line))?)?;
        }
        add(&section, &address)?;
    }
    if !problems.is_empty() {
        let details = el(document, "details", "te-block te-debug", None)?;
        details.set_attribute("open", "").ok()?;
        add(
            &details,
            &el(
                document,
                "summary",
                "te-block-title",
                Some(t.config_problems_heading),
            )?,
        )?;
        let items = el(document, "ul", "te-list", None)?;
        for problem in problems {
            let li = el(document, "li", "", None)?;
            add(&li, &el(document, "code", "", Some(problem))?)?;
            add(&items, &li)?;
        }
        add(&details, &items)?;
        add(&section, &details)?;
    }
    add(&card, &section)?;
    add(root, &card)?;
    Some(())
}

#[cfg(test)]
mod tests {
    use super::book_link;
    use crate::model::ClinicConfig;

    #[test]
    fn the_button_falls_back_to_the_contact_form() {
        let mut clinic = ClinicConfig::default().clinic;
        let form = clinic.contact_form_url.clone();
        assert!(form.is_some());
        assert_eq!(book_link(&clinic), form.as_ref());
        // A booking template needs a plan: the contact form instead.
        clinic.booking_url = Some("https://cal.example/book?sessions={sessions_max}".into());
        assert_eq!(book_link(&clinic), form.as_ref());
        clinic.booking_url = Some("https://cal.example/book".into());
        assert_eq!(book_link(&clinic), clinic.booking_url.as_ref());
        clinic.contact_form_url = None;
        clinic.booking_url = Some("javascript:alert(1)".into());
        assert_eq!(book_link(&clinic), None);
    }
}
