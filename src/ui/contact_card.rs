//! Shown in place of the estimator when it cannot run (a broken config, a
//! crash): the clinic's contact details, so the visitor is never left with a
//! blank box. With the `debug` attribute, the problems are listed for the
//! clinic's developer.

use crate::i18n::Language;
use crate::model::config::{is_allowed_link, Clinic};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContactCardProps {
    pub clinic: Clinic,
    pub language: Language,
    /// Listed only when non-empty (the `debug` attribute).
    #[prop_or_default]
    pub problems: Vec<String>,
}

#[component]
pub fn ContactCard(props: &ContactCardProps) -> Html {
    let language = props.language.shown();
    let t = language.catalog();
    let clinic = &props.clinic;
    let form = clinic
        .booking_url
        .as_ref()
        .or(clinic.contact_form_url.as_ref())
        .filter(|u| is_allowed_link(u) && !u.contains('{'));
    html! {
        <div class="te-root te-contact-card" lang={language.code()}>
            <section class="te-result" role="region" aria-label={t.contact_card_heading}>
                <h2 class="te-title">{ t.contact_card_heading }</h2>
                <p>{ t.contact_card_text }</p>
                <p class="te-booking-title">{ clinic.name.clone() }</p>
                if let Some(href) = form {
                    <a class="te-btn te-btn--primary" href={href.clone()} target="_blank" rel="noopener">
                        { t.book_cta }<span class="te-sr">{ " " }{ t.opens_new_tab }</span>
                    </a>
                }
                <ul class="te-contact" role="list">
                    if let (Some(phone), Some(intl)) = (&clinic.phone, &clinic.phone_international) {
                        <li><a class="te-link" href={format!("tel:{intl}")}>{ t.call }{ " " }{ phone.clone() }</a></li>
                    }
                    if let Some(email) = clinic.email.as_ref().filter(|e| is_allowed_link(&format!("mailto:{e}"))) {
                        <li><a class="te-link" href={format!("mailto:{email}")}>{ t.email }{ " " }{ email.clone() }</a></li>
                    }
                </ul>
                if !clinic.address.is_empty() {
                    <address class="te-address">
                        { for clinic.address.iter().map(|l| html! { <span>{ l.clone() }</span> }) }
                    </address>
                }
                if !props.problems.is_empty() {
                    <details class="te-block te-debug" open=true>
                        <summary class="te-block-title">{ t.config_problems_heading }</summary>
                        <ul class="te-list">
                            { for props.problems.iter().map(|p| html! { <li><code>{ p.clone() }</code></li> }) }
                        </ul>
                    </details>
                }
            </section>
        </div>
    }
}
