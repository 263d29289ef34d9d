//! The way out of every outcome: book a consultation (contact form or
//! booking URL), call, e-mail with the plan summary, or visit.

use super::context::Ctx;
use super::result_panel::summary;
use crate::i18n::Catalog;
use crate::model::config::is_allowed_link;
use crate::model::{Answers, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BookingProps {
    pub outcome: Outcome,
    pub answers: Answers,
}

#[component]
pub fn Booking(props: &BookingProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx provided by Estimator");
    let t = ctx.t();
    let clinic = &ctx.config.clinic;
    let book_label = ctx
        .config
        .wording(ctx.language.code(), |w| &w.book_label)
        .unwrap_or(t.book_cta)
        .to_string();
    let book_href = clinic
        .booking_url
        .clone()
        .or_else(|| clinic.contact_form_url.clone())
        .filter(|u| is_allowed_link(u));
    let heading_id = ctx.id("book-h");
    html! {
        <section class="te-booking" aria-labelledby={heading_id.clone()}>
            <h4 class="te-booking-title" id={heading_id}>{ clinic.name.clone() }</h4>
            if let Some(href) = book_href {
                <a class="te-btn te-btn--primary" href={href} target="_blank" rel="noopener">
                    { book_label }<span class="te-sr">{ " " }{ t.opens_new_tab }</span>
                </a>
            }
            <ul class="te-contact" role="list">
                if let (Some(phone), Some(intl)) = (&clinic.phone, &clinic.phone_international) {
                    <li><a class="te-link" href={format!("tel:{intl}")}>{ t.call }{ " " }{ phone.clone() }</a></li>
                }
                if let Some(email) = &clinic.email {
                    <li><a class="te-link" href={mailto(email, t, &ctx, &props.outcome, &props.answers)}>{ t.email }{ " " }{ email.clone() }</a></li>
                }
            </ul>
            if !clinic.address.is_empty() {
                <address class="te-address">
                    { for clinic.address.iter().map(|line| html! { <span class="te-address-line">{ line.clone() }</span> }) }
                </address>
            }
        </section>
    }
}

/// A `mailto:` link whose subject and body carry the plan: only what the
/// visitor chose from the lists (never anything typed), in their language.
pub fn mailto(email: &str, t: &Catalog, ctx: &Ctx, outcome: &Outcome, answers: &Answers) -> String {
    let mut lines = vec![t.email_greeting.to_string(), String::new()];
    for concern in &outcome.concerns {
        let severity = answers
            .concerns
            .get(concern)
            .map(|s| format!(" ({})", (t.severity_name)(*s)))
            .unwrap_or_default();
        lines.push(format!("- {}{severity}", (t.concern_name)(*concern)));
    }
    if !answers.areas.is_empty() {
        let areas: Vec<_> = answers.areas.iter().map(|a| (t.area_name)(*a)).collect();
        lines.push(format!("{}: {}", t.areas_legend, areas.join(", ")));
    }
    if !outcome.concerns.is_empty() {
        lines.push(summary(ctx, outcome));
    }
    lines.push(String::new());
    lines.push(t.email_closing.to_string());
    format!(
        "mailto:{email}?subject={}&body={}",
        percent_encode(t.email_subject),
        percent_encode(&lines.join("\r\n"))
    )
}

/// RFC 3986 unreserved characters pass; everything else is %-encoded as UTF-8.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
