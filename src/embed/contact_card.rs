//! Shown in place of the estimator when it cannot run (a broken config, a
//! crash): the clinic's contact details, so the visitor is never left with a
//! blank box. With the `debug` attribute, the config's problems are listed
//! for the clinic's developer.
//!
//! Markup built by plain DOM calls (`ui::markup`), not Yew: the crash's
//! card is drawn off the page before any crash (`crash.rs`: nothing runs in
//! a trapped module), and one builder for both cases keeps them the same
//! card (a Yew twin cost 2 KB of gzipped wasm). Every string goes in as
//! text, and every link is checked again.

use super::handoff::{booking_href, encode, PlanFacts};
use crate::i18n::Language;
use crate::model::config::{is_allowed_link, Clinic, ClinicConfig};
use crate::model::text;
use crate::ui::markup::{draw as draw_markup, Markup};
use web_sys::Element;

/// The card's button and its route: the booking link, else the contact
/// form, whichever works as it is (a booking template's `{placeholders}`
/// need a plan, and the card has none); else the template with its
/// placeholders empty (all but `{currency}` and `{language}`, which the
/// card knows), when it is the clinic's only link.
fn book_link(
    clinic: &Clinic,
    currency: &str,
    language: &'static str,
) -> Option<(String, &'static str)> {
    let booking = clinic.booking_url.as_deref();
    let allowed = |url: &str| is_allowed_link(url).then(|| url.to_string());
    // In turn, not as an array searched: the array's iterator cost more.
    if let Some(u) = booking.filter(|u| text::find_any(u, b"{").is_none()) {
        if let Some(u) = allowed(u) {
            return Some((u, "booking"));
        }
    }
    if let Some(u) = clinic.contact_form_url.as_deref().and_then(allowed) {
        return Some((u, "contact-form"));
    }
    // Placeholders filled as a booking link's are, with no plan.
    let facts = PlanFacts {
        currency: currency.to_string(),
        language,
        ..PlanFacts::default()
    };
    booking
        .and_then(|u| booking_href(u, &facts, &[]))
        .filter(|u| is_allowed_link(u))
        .map(|u| (u, "booking"))
}

/// Replaces whatever `root` holds with the card.
pub fn draw(root: &Element, config: &ClinicConfig, language: Language, problems: &[String]) {
    root.set_text_content(None);
    draw_markup(root, card(config, language, problems).as_str());
}

/// The card as markup: every value escaped, every link checked again. Its
/// button says what the estimator's said, the clinic's `book_label` when it
/// wrote one (verify60 L5: a crash's card said "Book a consultation" where
/// the widget had said the clinic's own words).
pub fn card(config: &ClinicConfig, language: Language, problems: &[String]) -> Markup {
    let language = language.shown();
    let t = language.catalog();
    let (clinic, currency) = (&config.clinic, &config.currency.code);
    let book_label = crate::ui::booking::book_label(config, language);
    let mut m = Markup::default();
    m.fill(
        "<div class=\"te-root te-contact-card\" lang=\"{}\" dir=\"ltr\">\
         <section class=\"te-result\" role=\"region\" aria-label=\"{}\"><h2 class=\"te-title\">{}</h2>\
         <p>{}</p>",
        &[
            language.code(),
            t.contact_card_heading,
            t.contact_card_heading,
            t.contact_card_text,
        ],
    );
    // Empty when the config gave no usable name (never another clinic's).
    if !clinic.name.is_empty() {
        m.fill("<p class=\"te-booking-title\">{}</p>", &[&clinic.name]);
    }
    // Each link names its route (`data-route`), as in the estimator: the
    // loader reports a click as `estimator-book`, even after a crash.
    if let Some((href, route)) = book_link(clinic, currency, language.code()) {
        m.fill(
            "<a class=\"te-btn te-btn--primary\" href=\"{}\" target=\"_blank\" rel=\"noreferrer\" data-route=\"{}\">\
             {}<span class=\"te-sr\"> {}</span></a>",
            &[&href, route, book_label, t.opens_new_tab],
        );
    }
    let mut links = Vec::new();
    if let Some((phone, target)) = clinic.tel() {
        links.push((
            text::cat(&["tel:", &target]),
            text::cat(&[t.call, " ", phone]),
            "phone",
        ));
    }
    if let Some(email) = &clinic.email {
        // The subject the estimator's own e-mail link gives, so the clinic
        // sees what it is about.
        links.push((
            text::cat(&["mailto:", email, "?subject=", &encode(t.email_subject)]),
            text::cat(&[t.email, " ", email]),
            "email",
        ));
    }
    links.retain(|(href, ..)| is_allowed_link(href));
    // No list at all without a link: an empty one is announced as a list.
    if !links.is_empty() {
        m.tag("<ul class=\"te-contact\" role=\"list\">");
        for (href, text, route) in &links {
            m.fill(
                "<li><a class=\"te-link\" href=\"{}\" data-route=\"{}\">{}</a></li>",
                &[href, route, text],
            );
        }
        m.tag("</ul>");
    }
    crate::ui::booking::address(&mut m, &clinic.address);
    if !problems.is_empty() {
        m.fill(
            "<details class=\"te-block\" open=\"\"><summary class=\"te-block-title\">{}</summary>\
             <ul class=\"te-list\">",
            &[t.config_problems_heading],
        );
        for problem in problems {
            m.fill("<li><code>{}</code></li>", &[problem]);
        }
        m.tag("</ul></details>");
    }
    m.tag("</section></div>");
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClinicConfig;
    use crate::ui::markup::{read, Sink};

    /// Counts elements and links, checking every close has its open.
    #[derive(Default)]
    struct Shape {
        depth: usize,
        links: Vec<String>,
        text: String,
    }

    impl Sink for Shape {
        fn open(&mut self, _: &str) {
            self.depth += 1;
        }
        fn attr(&mut self, name: &str, value: &str) {
            if name == "href" {
                self.links.push(value.to_string());
            }
        }
        fn text(&mut self, text: &str) {
            self.text.push_str(text);
        }
        fn close(&mut self) {
            self.depth = self.depth.checked_sub(1).expect("balanced");
        }
    }

    #[test]
    fn the_button_falls_back_to_the_contact_form() {
        let mut clinic = ClinicConfig::default().clinic;
        let form = clinic.contact_form_url.clone();
        assert!(form.is_some());
        let form = form.map(|u| (u, "contact-form"));
        assert_eq!(book_link(&clinic, "USD", "en"), form);
        // A booking template needs a plan: the contact form instead.
        clinic.booking_url = Some(
            "https://cal.example/book?sessions={sessions_max}&c={currency}&l={language}".into(),
        );
        assert_eq!(book_link(&clinic, "USD", "en"), form);
        // The clinic's only link: opened without a plan, with what the
        // card does know (the config's currency, the card's language).
        let form_url = clinic.contact_form_url.take();
        assert_eq!(
            book_link(&clinic, "EUR", "es"),
            Some((
                "https://cal.example/book?sessions=&c=EUR&l=es".to_string(),
                "booking"
            ))
        );
        clinic.contact_form_url = form_url;
        clinic.booking_url = Some("https://cal.example/book".into());
        assert_eq!(
            book_link(&clinic, "USD", "en"),
            Some(("https://cal.example/book".to_string(), "booking"))
        );
        clinic.contact_form_url = None;
        clinic.booking_url = Some("javascript:alert(1)".into());
        assert_eq!(book_link(&clinic, "USD", "en"), None);
    }

    #[test]
    fn the_card_shows_the_clinic_and_only_allowed_links() {
        let mut config = ClinicConfig::default();
        config.clinic.name = "<b>Sunrise</b> & Co".into();
        config.clinic.booking_url = Some("javascript:alert(1)".into());
        let problems = ["prices.face.min: must not be above max".to_string()];
        let mut shape = Shape::default();
        read(card(&config, Language::En, &problems).as_str(), &mut shape);
        assert_eq!(shape.depth, 0);
        assert!(shape.text.contains("<b>Sunrise</b> & Co"));
        assert!(shape.text.contains("12101 S. State Street #101"));
        assert!(shape
            .text
            .contains("prices.face.min: must not be above max"));
        assert_eq!(
            shape.links,
            [
                // The booking link is refused: the contact form instead.
                "https://biorestoration.com/contact/",
                "tel:+18015019797",
                "mailto:info@biorestoration.com?subject=Consultation%20request%3A%20microneedling"
            ]
        );
    }

    #[test]
    fn a_card_without_a_contact_link_has_no_empty_list() {
        let config = ClinicConfig {
            clinic: Clinic {
                name: "Sunrise".into(),
                ..Clinic::default()
            },
            ..ClinicConfig::default()
        };
        let markup = card(&config, Language::En, &[]);
        assert!(!markup.as_str().contains("<ul"), "{}", markup.as_str());
        let default = card(&ClinicConfig::default(), Language::En, &[]);
        assert!(default.as_str().contains("<ul class=\"te-contact\""));
    }

    #[test]
    fn the_button_says_the_clinics_own_words_in_the_cards_language() {
        let mut config = ClinicConfig::default();
        let words = crate::model::config::WordingFile {
            book_label: Some("Request a visit".into()),
            ..Default::default()
        };
        config.wording.insert("en".into(), words);
        let button = |config: &ClinicConfig, language| {
            let mut shape = Shape::default();
            read(card(config, language, &[]).as_str(), &mut shape);
            shape.text
        };
        assert!(button(&config, Language::En).contains("Request a visit"));
        assert!(!button(&config, Language::En).contains("Book a consultation"));
        // Without words of its own, the catalogue's.
        assert!(button(&ClinicConfig::default(), Language::En).contains("Book a consultation"));
    }
}
