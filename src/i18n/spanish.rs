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
//!
//! The release build ships the file with each English key replaced by its
//! `key` (`scripts/minify.mjs`): the English half was 11.2 → 7.9 KB of the
//! gzipped download, and the widget has the English already. Both forms
//! install, so the source file stays the one a translator edits.

use super::en::CATALOG as EN;
use super::Catalog;
use crate::model::json::{self, Json};
use crate::model::small_map::SmallMap;
use crate::model::text::cat;
use std::cell::Cell;

type Table = SmallMap<u32, &'static str>;

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
    let Json::Object(entries) = json::parse(text).map_err(|e| e.message())? else {
        return Err("not a JSON object".into());
    };
    let mut table = Table::default();
    for (english, spanish) in entries {
        let Json::String(spanish) = spanish else {
            return Err(cat(&["\"", &english, "\": not a string"]));
        };
        let id = match english.strip_prefix("#") {
            Some(short) => short
                .chars()
                .try_fold(0u32, |n, c| n.checked_mul(36)?.checked_add(c.to_digit(36)?))
                .ok_or_else(|| cat(&["\"", &english, "\": not a message key"]))?,
            None => key(&english),
        };
        table.insert(id, leak(spanish));
    }
    TABLE.with(|t| t.set(Some(Box::leak(Box::new(table)))));
    let catalog: &'static Catalog = Box::leak(Box::new(catalog()));
    CATALOG.with(|c| c.set(Some(catalog)));
    Ok(())
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// A message's key in the shipped file (`#` and this in base 36): 32-bit
/// FNV-1a of its UTF-8, which `scripts/minify.mjs` computes the same way.
/// A test keeps the English messages' keys distinct.
pub(super) fn key(english: &str) -> u32 {
    english.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn spanish(english: &str) -> Option<&'static str> {
    TABLE
        .with(Cell::get)
        .and_then(|t| t.get(&key(english)).copied())
}

/// The Spanish for an English message; the English itself when the file
/// lacks it (a test keeps the shipped file complete).
fn tr(english: &'static str) -> &'static str {
    spanish(english).unwrap_or(english)
}

fn catalog() -> Catalog {
    Catalog {
        texts: EN.texts.map(tr),
        translate: spanish,
    }
}
