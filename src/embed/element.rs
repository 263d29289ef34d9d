//! The Rust half of `<treatment-estimator>`. The element itself is a few
//! lines of JS (`web/treatment-estimator.js`: Rust cannot subclass
//! HTMLElement); it attaches the shadow root, loads the config text and calls
//! `ElementHandle::mount`. Everything else happens here: reading the attributes,
//! theming, choosing estimator or contact card, and turning `WidgetEvent`s
//! into the documented event details, which the element sends (its `_emit`:
//! a bubbling, composed DOM event and an optional `dataLayer` push).

use super::{contact_card, crash, next_id_prefix, resolve, theme, HostInput};
use crate::embed::handoff::PlanFacts;
use crate::i18n::Language;
use crate::model::config::ConfigError;
use crate::model::money::Currency;
use crate::model::text;
use crate::model::{Answers, ClinicConfig};
use crate::ui::context::SharedConfig;
use crate::ui::events::WidgetEvent;
use crate::ui::language_loader;
use crate::ui::{Estimator, EstimatorProps};
use js_sys::{Array, Object, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, Callback};

enum Shown {
    Estimator(AppHandle<Estimator>),
    /// The contact card, plain DOM in this element.
    Card(Element),
}

/// One mounted widget; `destroy()` when the element leaves the page.
#[derive(Default)]
pub struct ElementHandle {
    shown: Option<Shown>,
    /// The element and the theme's properties set on its style, kept as
    /// the theme parsed them, values too (a list of the names alone cost
    /// bytes of its own; `destroy` reads only the names).
    themed: Option<(HtmlElement, Vec<(&'static str, String)>)>,
    /// The language the attributes and the config chose at mount, and,
    /// once destroyed, the visitor's answers and the language shown: a
    /// widget started again after a change of `theme`, `locale` or
    /// `currency`, or put back on the page, carries on from them
    /// (verify51 F2, F4: a host's dark-mode switch, a tab panel detached
    /// and put back, wiped every answer); after a change of `lang` it
    /// takes that language.
    chosen: Language,
    kept: Option<(Answers, Language)>,
}

impl ElementHandle {
    /// Unmounts the widget; nothing of it keeps running, and its theme
    /// goes with it (verify51 F3: a `--te-radius` stayed on the element
    /// once `theme` changed to one without it, or was removed).
    pub fn destroy(&mut self) {
        match self.shown.take() {
            Some(Shown::Estimator(a)) => {
                self.kept = a.get_component().map(|c| c.kept());
                a.destroy()
            }
            Some(Shown::Card(root)) => root.set_text_content(None),
            None => {}
        }
        // An empty value removes it (CSSOM), as `removeProperty` would,
        // which returns a string to copy in (+190 bytes gzip).
        // Taken: a destroyed handle the loader keeps must hold no JS
        // object, or the element it belongs to is never collected
        // (verify54 F2: the style kept each removed element alive).
        if let Some((host, set)) = self.themed.take() {
            for (prop, _) in set {
                set_style(&host, prop, "");
            }
        }
    }
}

fn attr(host: &Element, name: &str) -> Option<String> {
    host.get_attribute(name)
}

/// Mounts one widget into `root` (inside `host`'s shadow root).
/// `config_json` is the config file's text, or `None` for the default.
/// `fetch_catalog` is the loader's `code → Promise<text>` for the
/// languages that are files (`ui::language_loader`). `previous` is the
/// handle mounted again: new, or destroyed with what it kept.
pub fn mount_element(
    host: HtmlElement,
    root: Element,
    config_json: Option<String>,
    fetch_catalog: Option<js_sys::Function>,
    previous: &mut ElementHandle,
) -> ElementHandle {
    if let Some(fetch) = fetch_catalog {
        language_loader::set_fetch(fetch);
    }
    let input = HostInput {
        config_json,
        lang: attr(&host, "lang"),
        locale: attr(&host, "locale"),
        currency: attr(&host, "currency"),
        concerns: attr(&host, "concerns"),
        areas: attr(&host, "areas"),
        page_url: crate::ui::actions::page_url(),
        share_url: attr(&host, "share-url"),
        browser_languages: crate::ui::actions::browser_languages(),
    };
    let mut resolved = resolve(&input);
    let chosen = resolved.language;
    if let Some((answers, shown)) = previous.kept.take() {
        resolved.initial = answers;
        if previous.chosen == chosen {
            resolved.language = shown;
        }
    }
    for problem in &resolved.problems {
        warn(
            &host,
            &text::cat(&["treatment-estimator config: ", &problem.text()]),
            true,
        );
    }
    if !resolved.language.is_ready() {
        // The loader fetches the file it expects beside the wasm; this one
        // it missed or could not download. The visitor can pick it again.
        let line = language_loader::not_loaded_text(resolved.language.code(), "showing English");
        warn(&host, &line, false);
    }
    for warning in &resolved.warnings {
        warn(
            &host,
            &text::cat(&["treatment-estimator: ", warning]),
            false,
        );
    }
    let mut themed = (host.clone(), Vec::new());
    if let Some(value) = attr(&host, "theme") {
        let (set, refused) = theme::parse_theme(&value);
        for (prop, value) in &set {
            set_style(&host, prop, value);
        }
        themed.1 = set;
        for r in refused {
            warn(
                &host,
                &text::cat(&["treatment-estimator: theme entry refused: ", &r]),
                false,
            );
        }
    }
    crash::prepare_card(&host, &resolved.config, resolved.language);
    // Lets a clinic (and the tests) see what a crash looks like: at mount,
    // or later, from a callback as a visitor's click would be.
    match host.get_attribute("crash-test").as_deref() {
        Some("mount") => panic!("crash test requested by the crash-test attribute"),
        Some("later") => {
            let boom = wasm_bindgen::closure::Closure::once_into_js(|| -> () {
                panic!("crash test requested by the crash-test attribute")
            });
            set_timeout(&boom);
        }
        _ => {}
    }
    if !resolved.problems.is_empty() {
        let problems = if host.has_attribute("debug") {
            resolved.problems.iter().map(ConfigError::text).collect()
        } else {
            Vec::new()
        };
        contact_card::draw(&root, &resolved.config, resolved.language, &problems);
        emit(&host, "estimator-error", &Object::new());
        return ElementHandle {
            shown: Some(Shown::Card(root)),
            themed: Some(themed),
            chosen,
            kept: None,
        };
    }
    let config = Rc::new(resolved.config);
    let card_language = resolved.language.shown().code();
    let props = EstimatorProps {
        config: SharedConfig::from(config.clone()),
        language: resolved.language,
        initial: resolved.initial,
        id_prefix: next_id_prefix(),
        tracking: Rc::new(resolved.tracking),
        share_url: None,
        on_event: event_sink(host, config, card_language),
    };
    let app = yew::Renderer::<Estimator>::with_root_and_props(root, props).render();
    ElementHandle {
        shown: Some(Shown::Estimator(app)),
        themed: Some(themed),
        chosen,
        kept: None,
    }
}

/// Turns widget events into DOM events on the element. The widget is ready
/// once its first estimate is shown, so `Ready` goes out here, just before
/// the first `Estimate` (instead of it, for a form with nothing ticked),
/// through the same path as every other event.
/// `card_language`: the language its crash card was drawn in.
fn event_sink(
    host: HtmlElement,
    config: Rc<ClinicConfig>,
    card_language: &'static str,
) -> Callback<WidgetEvent> {
    let card_language = Cell::new(card_language);
    // Whether the widget said it is ready, and whether the host has an
    // estimate with concerns to clear.
    let (ready, told) = (Cell::new(false), Cell::new(false));
    Callback::from(move |event: WidgetEvent| {
        let detail = match &event {
            WidgetEvent::Ready => Object::new(),
            WidgetEvent::Estimate(facts) => {
                // The visitor switched language: a crash's card follows,
                // whether or not an estimate goes out.
                if card_language.replace(facts.language) != facts.language {
                    if let Some(language) = Language::from_tag(facts.language) {
                        crash::prepare_card(&host, &config, language);
                    }
                }
                if !ready.replace(true) {
                    emit(&host, WidgetEvent::Ready.name(), &Object::new());
                }
                // A form with nothing ticked is no estimate (verify30 F4:
                // analytics counted each page view as one; verify31 F1: a
                // language or a safety answer before any concern sent one),
                // but it clears one the host was told of.
                let empty = facts.concerns.is_empty();
                if !told.replace(!empty) && empty {
                    return;
                }
                estimate_detail(facts, &config.currency)
            }
            WidgetEvent::Book(route) => {
                let o = Object::new();
                set(&o, "route", &route.id().into());
                o
            }
        };
        emit(&host, event.name(), &detail);
    })
}

fn set(o: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(o, &key.into(), value);
}

fn strings(items: &[&str]) -> JsValue {
    items
        .iter()
        .map(|s| JsValue::from_str(s))
        .collect::<Array>()
        .into()
}

/// The documented detail of `estimator-estimate`: ids and numbers only.
fn estimate_detail(facts: &PlanFacts, currency: &Currency) -> Object {
    let o = Object::new();
    set(&o, "concerns", &strings(&facts.concerns));
    set(&o, "areas", &strings(&facts.areas));
    let range = |min: f64, max: f64| {
        let r = Object::new();
        set(&r, "min", &min.into());
        set(&r, "max", &max.into());
        JsValue::from(r)
    };
    set(
        &o,
        "sessions",
        &facts
            .sessions
            .map(|s| range(s.min.into(), s.max.into()))
            .unwrap_or(JsValue::NULL),
    );
    let scale = currency.scale() as f64;
    set(
        &o,
        "price",
        &facts
            .price
            .map(|p| range(p.min as f64 / scale, p.max as f64 / scale))
            .unwrap_or(JsValue::NULL),
    );
    set(&o, "currency", &currency.code.as_str().into());
    set(&o, "language", &facts.language.into());
    o
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/web/actions.js")]
extern "C" {
    /// `element.style.setProperty(name, value)`: a line of JavaScript (through
    /// web-sys, the style's getter and a setter that may throw).
    #[wasm_bindgen(js_name = setStyle)]
    fn set_style(element: &HtmlElement, name: &str, value: &str);
    /// A console line (an error if `error`) about the set-up: the loader's
    /// `_warn`, not said again by each restart that keeps it.
    fn warn(element: &HtmlElement, text: &str, error: bool);
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The global `setTimeout`, for `crash-test="later"` (web-sys's
    /// window method, which may throw, cost more).
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &JsValue);
    /// The element as the loader defines it.
    type Loaded;
    /// The loader's `_emit` (`web/treatment-estimator.js`): the element's
    /// DOM event and, when the host opted in (`data-layer`), a
    /// `dataLayer` push. One copy of both, which the loader needs anyway for
    /// the events it reports itself (the contact card's links, a crash).
    #[wasm_bindgen(method, js_name = _emit)]
    fn emit_event(this: &Loaded, name: &str, detail: &Object);
}

/// A widget event on the element, and in the data layer when the host
/// opted in: every event, `estimator-error` (a bad config, a crash) too.
pub(crate) fn emit(host: &HtmlElement, name: &str, detail: &Object) {
    // After a crash the module is dead but still callable: work it had
    // pending (a scheduled render, a language file arriving) must not tell
    // the host the widget works.
    if crash::crashed() {
        return;
    }
    host.unchecked_ref::<Loaded>().emit_event(name, detail);
}
