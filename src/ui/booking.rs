//! The way out of every outcome: book a consultation (the clinic's booking
//! link or contact form, prefilled and with the host's tracking forwarded),
//! call, e-mail with the plan summary, or visit.

use super::context::Ctx;
use super::events::BookRoute;
use super::markup::Markup;
use super::result_panel::summary;
use crate::embed::handoff::{booking_href, PlanFacts};
use crate::i18n::{Catalog, Language};
use crate::model::config::{is_allowed_link, ClinicConfig};
use crate::model::text::cat;
use crate::model::{Answers, Outcome, Price, Scale};

/// The plan as the host and the booking tool may see it.
pub fn plan_facts(ctx: &Ctx, outcome: &Outcome, answers: &Answers) -> PlanFacts {
    let plan = outcome.plan.as_ref();
    PlanFacts {
        concerns: outcome.concerns.iter().map(|c| c.id()).collect(),
        areas: outcome
            .treated_areas(answers)
            .into_iter()
            .map(|a| a.id())
            .collect(),
        sessions: plan.map(|p| p.sessions),
        price: plan.and_then(|p| match &p.price {
            Price::Range(r) => Some(r.total),
            Price::NeedsArea | Price::AtConsultation => None,
        }),
        currency: ctx.config.currency.code.clone(),
        language: ctx.language.code(),
        // The e-mail's lines: a receptionist reading the booking tool's
        // notes sees what the price covers, grades, areas and extras
        // (verify35 N3: the concerns' names alone).
        summary: if outcome.concerns.is_empty() {
            String::new()
        } else {
            let mut lines = choices(ctx, outcome, answers);
            lines.push(summary(ctx, outcome, false));
            crate::model::text::join(&lines, "\r\n")
        },
    }
}

/// The Book button's words: the clinic's `book_label` in `language`, else
/// the catalogue's. One rule for the estimator's button and the contact
/// card's (verify60 L5: the card said the catalogue's where the widget had
/// said the clinic's).
pub fn book_label(config: &ClinicConfig, language: Language) -> &str {
    config
        .wording(language.code(), |w| &w.book_label)
        .unwrap_or(language.catalog().book_cta)
}

/// The clinic's name, the booking link, phone, e-mail and address, as
/// markup (`markup.rs`): each link names its route (`data-route`), which
/// the widget's click listener reports to the host (`controls.rs`).
pub fn booking(ctx: &Ctx, facts: &PlanFacts) -> Markup {
    let t = ctx.t();
    let clinic = &ctx.config.clinic;
    let book_label = book_label(&ctx.config, ctx.language);
    let (template, route) = match (&clinic.booking_url, &clinic.contact_form_url) {
        (Some(url), _) => (Some(url), BookRoute::Booking),
        (None, Some(url)) => (Some(url), BookRoute::ContactForm),
        (None, None) => (None, BookRoute::ContactForm),
    };
    let book_href = template.and_then(|u| booking_href(u, facts, &ctx.tracking));
    let mut m = Markup::default();
    m.fill(
        "<section class=\"te-booking\"><h4 class=\"te-booking-title\">{}</h4>",
        &[&clinic.name],
    );
    // `noreferrer` (which implies `noopener`): the booking tool learns what
    // the link carries, not the page's address, whose query may hold a
    // visitor's details on a host with a lax Referrer-Policy (verify46 F4).
    if let Some(href) = book_href {
        m.fill(
            "<a class=\"te-btn te-btn--primary\" href=\"{}\" target=\"_blank\" rel=\"noreferrer\" data-route=\"{}\">\
             {}<span class=\"te-sr\"> {}</span></a>",
            &[&href, route.id(), book_label, t.opens_new_tab],
        );
    }
    m.tag("<ul class=\"te-contact\" role=\"list\">");
    if let Some((phone, target)) = clinic.tel() {
        m.fill(
            "<li><a class=\"te-link\" href=\"tel:{}\" data-route=\"phone\">{} {}</a></li>",
            &[&target, t.call, phone],
        );
    }
    if let Some(email) = clinic
        .email
        .as_ref()
        .filter(|e| is_allowed_link(&cat(&["mailto:", e])))
    {
        m.fill(
            "<li><a class=\"te-link\" href=\"{}\" data-route=\"email\">{} {}</a></li>",
            &[&mailto(email, t, &facts.summary), t.email, email],
        );
    }
    // Beside a booking tool, the clinic's form stays for questions first
    // (verify37 F3: it was dropped).
    if let (Some(_), Some(href)) = (
        &clinic.booking_url,
        clinic
            .contact_form_url
            .as_ref()
            .and_then(|u| booking_href(u, facts, &ctx.tracking)),
    ) {
        m.fill(
            "<li><a class=\"te-link\" href=\"{}\" target=\"_blank\" rel=\"noreferrer\" data-route=\"contact-form\">{}<span class=\"te-sr\"> {}</span></a></li>",
            &[&href, t.message_us, t.opens_new_tab],
        );
    }
    m.tag("</ul>");
    address(&mut m, &clinic.address);
    m.tag("</section>");
    m
}

/// The clinic's address, a line per span (also on the contact card).
pub fn address(m: &mut Markup, lines: &[String]) {
    if !lines.is_empty() {
        m.tag("<address class=\"te-address\">");
        for line in lines {
            m.fill("<span>{}</span>", &[line]);
        }
        m.tag("</address>");
    }
}

/// A `mailto:` link whose subject and body carry the plan: only what the
/// visitor chose from the lists (never anything typed), in their language,
/// and never the safety answers or a stop's medical reason (a plain-text
/// e-mail is no place for them; the clinic asks at the consultation).
pub fn mailto(email: &str, t: &Catalog, plan: &str) -> String {
    // Before any choice, only the greeting and the closing.
    let body = if plan.is_empty() {
        cat(&[t.email_greeting, "\r\n\r\n", t.email_closing])
    } else {
        cat(&[
            t.email_greeting,
            " ",
            t.email_plan,
            "\r\n\r\n",
            plan,
            "\r\n\r\n",
            t.email_closing,
        ])
    };
    cat(&[
        "mailto:",
        email,
        "?subject=",
        &crate::embed::handoff::encode(t.email_subject),
        "&body=",
        &crate::embed::handoff::encode(&body),
    ])
}

/// What the visitor chose, a line each: every concern with its grade
/// ("- Acne scars — Grade 3: moderate": a dash, as a concern's name may
/// end in brackets of its own; "(assumed, not picked)" after a default
/// grade the visitor did not pick), the treated areas, the extras the form
/// offers. For the e-mail and the booking tool's notes (`plan_facts`),
/// and for the printed summary, where the steps do not show.
pub fn choices(ctx: &Ctx, outcome: &Outcome, answers: &Answers) -> Vec<String> {
    let t = ctx.t();
    let mut lines = Vec::new();
    for concern in &outcome.concerns {
        // A concern without a scale (rosacea, keloid) was never graded.
        let severity = answers
            .concerns
            .get(concern)
            .filter(|_| Scale::of(*concern) != Scale::None)
            .map(|s| {
                let assumed = if answers.assumed(*concern) {
                    cat(&[" ", t.grade_assumed])
                } else {
                    String::new()
                };
                cat(&[" — ", &t.severity_name(*s), &assumed])
            })
            .unwrap_or_default();
        lines.push(cat(&["- ", t.concern_name(*concern), &severity]));
    }
    let areas = outcome.treated_areas(answers);
    if !areas.is_empty() {
        let areas: Vec<_> = areas.into_iter().map(|a| t.area_name(a)).collect();
        lines.push(cat(&[
            t.areas_legend,
            ": ",
            &crate::model::text::join(&areas, ", "),
        ]));
    }
    // The extras the form offers (`Answers::planned`, the plan's tracks),
    // in the clinic's order: also when a safety answer stops the plan
    // (verify42 H2: a deferred visitor's PRP was left out of the e-mail,
    // the concerns and areas were not).
    let mut extras: Vec<&str> = Vec::new();
    for a in &ctx.config.add_ons {
        if answers.add_ons.contains(&a.id) && answers.planned(a.track) {
            extras.push(a.name_in(ctx.language.code()));
        }
    }
    if !extras.is_empty() {
        lines.push(cat(&[
            t.step_add_ons,
            ": ",
            &crate::model::text::join(&extras, ", "),
        ]));
    }
    lines
}
