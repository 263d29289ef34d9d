//! Spanish, loaded only for visitors who need it. Most visitors read
//! English, and compiled-in Spanish cost them 9 KB of the gzipped payload
//! (issue #6), so its text is a separate file, `estimator-es.json`, that
//! the loader fetches when a visitor's language resolves to Spanish or they
//! pick it.
//!
//! The file maps each distinct English message to its Spanish (the way
//! gettext catalogues do): a translator sees both sides, and the Spanish
//! catalogue is the English one with every message passed through that map,
//! so the compiler still checks that no field is missed. Native builds (the
//! model's tests) use the same file, compiled in.

use super::en::CATALOG as EN;
use super::{Catalog, Plural};
use crate::model::json::{self, Json};
use crate::model::small_map::SmallMap;
use std::cell::Cell;

type Table = SmallMap<&'static str, &'static str>;

thread_local! {
    pub(super) static TABLE: Cell<Option<&'static Table>> = const { Cell::new(None) };
    static CATALOG: Cell<Option<&'static Catalog>> = const { Cell::new(None) };
}

/// The Spanish catalogue, once `install`ed.
pub(super) fn loaded() -> Option<&'static Catalog> {
    let loaded = CATALOG.with(Cell::get);
    #[cfg(not(target_arch = "wasm32"))]
    if loaded.is_none() {
        install(include_str!("estimator-es.json")).expect("estimator-es.json is valid");
        return CATALOG.with(Cell::get);
    }
    loaded
}

/// Reads the file's text (a JSON object of strings). Installed once per
/// page: the strings live as long as the page, like compiled-in ones.
pub(super) fn install(text: &str) -> Result<(), String> {
    if CATALOG.with(Cell::get).is_some() {
        return Ok(());
    }
    let Json::Object(entries) = json::parse(text).map_err(|e| e.to_string())? else {
        return Err("not a JSON object".into());
    };
    let mut table = Table::default();
    for (english, spanish) in entries {
        let Json::String(spanish) = spanish else {
            return Err(format!("\"{english}\": not a string"));
        };
        table.insert(leak(english), leak(spanish));
    }
    TABLE.with(|t| t.set(Some(Box::leak(Box::new(table)))));
    let catalog: &'static Catalog = Box::leak(Box::new(catalog()));
    CATALOG.with(|c| c.set(Some(catalog)));
    Ok(())
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The Spanish for an English message; the English itself when the file
/// lacks it (a test keeps the shipped file complete).
fn tr(english: &'static str) -> &'static str {
    TABLE
        .with(Cell::get)
        .and_then(|t| t.get(english).copied())
        .unwrap_or(english)
}

fn tr_owned(english: String) -> String {
    match TABLE.with(Cell::get).and_then(|t| t.get(english.as_str())) {
        Some(spanish) => spanish.to_string(),
        None => english,
    }
}

fn plural(p: Plural) -> Plural {
    Plural {
        one: tr(p.one),
        other: tr(p.other),
    }
}

fn catalog() -> Catalog {
    Catalog {
        // Frame
        title: tr(EN.title),
        intro: tr(EN.intro),
        language_label: tr(EN.language_label),
        step_concerns: tr(EN.step_concerns),
        step_concerns_hint: tr(EN.step_concerns_hint),
        step_details: tr(EN.step_details),
        step_details_hint: tr(EN.step_details_hint),
        step_safety: tr(EN.step_safety),
        step_safety_hint: tr(EN.step_safety_hint),
        step_add_ons: tr(EN.step_add_ons),
        result_heading: tr(EN.result_heading),
        severity_label: tr(EN.severity_label),
        areas_legend: tr(EN.areas_legend),
        scalp_with_hair_loss: tr(EN.scalp_with_hair_loss),
        none_apply: tr(EN.none_apply),
        not_offered: tr(EN.not_offered),
        price_at_consultation: tr(EN.price_at_consultation),
        // Result
        empty_result: tr(EN.empty_result),
        provisional: plural(EN.provisional),
        sessions: plural(EN.sessions),
        weeks: plural(EN.weeks),
        every_weeks: plural(EN.every_weeks),
        sessions_label: tr(EN.sessions_label),
        spacing_label: tr(EN.spacing_label),
        span_label: tr(EN.span_label),
        results_label: tr(EN.results_label),
        price_label: tr(EN.price_label),
        maintenance_label: tr(EN.maintenance_label),
        track_skin: tr(EN.track_skin),
        track_scalp: tr(EN.track_scalp),
        single_session_span: tr(EN.single_session_span),
        results_after: tr(EN.results_after),
        glow_note: tr(EN.glow_note),
        needs_area: tr(EN.needs_area),
        summary_pattern: tr(EN.summary_pattern),
        consult_heading: tr(EN.consult_heading),
        adjust_heading: tr(EN.adjust_heading),
        defer_heading: tr(EN.defer_heading),
        not_suitable_heading: tr(EN.not_suitable_heading),
        stop_intro: tr(EN.stop_intro),
        no_numbers_intro: tr(EN.no_numbers_intro),
        concern_notes_heading: tr(EN.concern_notes_heading),
        disclaimer: tr(EN.disclaimer),
        regulatory_note: tr(EN.regulatory_note),
        start_over: tr(EN.start_over),
        see_estimate: tr(EN.see_estimate),
        plan_ends: tr(EN.plan_ends),
        // Charts
        timeline_heading: tr(EN.timeline_heading),
        timeline_alt: tr(EN.timeline_alt),
        timeline_week: tr(EN.timeline_week),
        timeline_session: tr(EN.timeline_session),
        timeline_recovery: tr(EN.timeline_recovery),
        timeline_results: tr(EN.timeline_results),
        recovery_heading: tr(EN.recovery_heading),
        recovery_alt: tr(EN.recovery_alt),
        day: tr(EN.day),
        redness: EN.redness.map(tr),
        swelling: EN.swelling.map(tr),
        flaking: tr(EN.flaking),
        price_heading: tr(EN.price_heading),
        price_alt: tr(EN.price_alt),
        breakdown_heading: tr(EN.breakdown_heading),
        per_session: tr(EN.per_session),
        package_line: tr(EN.package_line),
        rounding_note: tr(EN.rounding_note),
        total: tr(EN.total),
        aftercare_heading: tr(EN.aftercare_heading),
        what_to_expect_heading: tr(EN.what_to_expect_heading),
        // Booking
        book_heading: tr(EN.book_heading),
        book_cta: tr(EN.book_cta),
        call: tr(EN.call),
        email: tr(EN.email),
        address: tr(EN.address),
        email_subject: tr(EN.email_subject),
        email_greeting: tr(EN.email_greeting),
        email_closing: tr(EN.email_closing),
        copy_link: tr(EN.copy_link),
        link_copied: tr(EN.link_copied),
        copy_failed: tr(EN.copy_failed),
        print: tr(EN.print),
        opens_new_tab: tr(EN.opens_new_tab),
        contact_card_heading: tr(EN.contact_card_heading),
        contact_card_text: tr(EN.contact_card_text),
        config_problems_heading: tr(EN.config_problems_heading),
        // Model vocabulary
        concern_name: |a| tr((EN.concern_name)(a)),
        concern_benefit: |a| tr((EN.concern_benefit)(a)),
        area_name: |a| tr((EN.area_name)(a)),
        severity_name: |a| tr_owned((EN.severity_name)(a)),
        severity_description: |a| tr((EN.severity_description)(a)),
        scale_name: |a| tr((EN.scale_name)(a)),
        group_name: |a| tr((EN.group_name)(a)),
        question_text: |a| tr((EN.question_text)(a)),
        choice_label: |a, b| tr((EN.choice_label)(a, b)),
        answer_reason: |a, b| tr((EN.answer_reason)(a, b)),
        comeback: |a| tr((EN.comeback)(a)),
        concern_reason: |a| tr((EN.concern_reason)(a)),
        grade_note: |a| tr((EN.grade_note)(a)),
        add_on_safety: |a| tr((EN.add_on_safety)(a)),
        adjustment: |a| tr((EN.adjustment)(a)),
        maintenance: |a| tr_owned((EN.maintenance)(a)),
        milestone: |a| tr((EN.milestone)(a)),
        aftercare: |a| tr((EN.aftercare)(a)),
    }
}
