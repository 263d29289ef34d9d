//! What every view of one widget instance shares: the clinic's config, the
//! visitor's language and the instance's id prefix (so several widgets on
//! one page never share an id).
//!
//! Passed down as a prop, not through a Yew context: the provider and its
//! hook cost WebAssembly, and comparing it is cheap (the config is compared
//! by pointer only, see `SharedConfig`).

use super::events::WidgetEvent;
use crate::i18n::{Catalog, Language};
use crate::model::{ClinicConfig, PriceRange};
use std::ops::Deref;
use std::rc::Rc;
use yew::{AttrValue, Callback};

/// The clinic's config as the views share it. It is read once per mount and
/// never changes, so two are the same exactly when they are one allocation:
/// comparing by identity is exact here, and the derived value comparison
/// it replaces cost 1.6 KB of wasm.
#[derive(Clone)]
pub struct SharedConfig(Rc<ClinicConfig>);

impl SharedConfig {
    pub fn new(config: ClinicConfig) -> Self {
        SharedConfig(Rc::new(config))
    }
}

impl From<Rc<ClinicConfig>> for SharedConfig {
    fn from(config: Rc<ClinicConfig>) -> Self {
        SharedConfig(config)
    }
}

impl PartialEq for SharedConfig {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedConfig {
    type Target = ClinicConfig;
    fn deref(&self) -> &ClinicConfig {
        &self.0
    }
}

#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub config: SharedConfig,
    pub language: Language,
    /// Unique per instance, e.g. "te1".
    pub ids: AttrValue,
    /// The host page's `utm_*` / `gclid`, forwarded to the booking link.
    pub tracking: Rc<Vec<(String, String)>>,
    /// A Rust host's page for copied links (`MountOptions::share_url`); the
    /// custom element's `share-url` is read at each copy instead.
    pub share_url: Option<AttrValue>,
    /// Events for the host (ready, estimate, book).
    pub on_event: Callback<WidgetEvent>,
}

#[cfg(test)]
impl Ctx {
    /// The views' tests' context: the default clinic, in English.
    pub fn default_clinic_in_english() -> Ctx {
        Ctx {
            config: SharedConfig::new(crate::model::ClinicConfig::default()),
            language: Language::En,
            ids: "te1".into(),
            tracking: Default::default(),
            share_url: None,
            on_event: Default::default(),
        }
    }
}

impl Ctx {
    pub fn t(&self) -> &'static Catalog {
        self.language.catalog()
    }

    /// An element id unique to this instance.
    pub fn id(&self, suffix: &str) -> String {
        crate::model::text::cat(&[&self.ids, "-", suffix])
    }

    /// The config's locale when it speaks the visitor's language; else the
    /// visitor's language in the config's region ("en-US" + Spanish →
    /// "es-US"), so a US clinic shows Spanish speakers US-style dollars.
    pub fn locale(&self) -> String {
        let configured = &self.config.locale;
        if Language::from_tag(configured) == Some(self.language) {
            return configured.clone();
        }
        match crate::model::text::pieces(configured, b"-")
            .nth(1)
            .filter(|r| r.len() == 2)
        {
            Some(region) => crate::model::text::cat(&[self.language.code(), "-", region]),
            None => self.language.default_locale().to_string(),
        }
    }

    pub fn money(&self, amount: u64) -> String {
        super::format::money(amount, &self.config.currency, &self.locale())
    }

    pub fn money_range(&self, range: PriceRange) -> String {
        super::format::money_range(range, &self.config.currency, &self.locale())
    }
}
