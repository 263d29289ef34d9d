//! Money through the browser's `Intl.NumberFormat`, so symbols, grouping and
//! range style follow the visitor's locale; plain formatting off the browser.

use crate::model::money::{format_plain, format_range_plain, Currency};
use crate::model::PriceRange;

/// Whole amounts show no decimals ("$1,250", not "$1,250.00").
pub fn money(amount: u64, currency: &Currency, locale: &str) -> String {
    intl::format(amount, None, currency, locale).unwrap_or_else(|| format_plain(amount, currency))
}

pub fn money_range(range: PriceRange, currency: &Currency, locale: &str) -> String {
    if range.min == range.max {
        return money(range.min, currency, locale);
    }
    intl::format(range.min, Some(range.max), currency, locale)
        .unwrap_or_else(|| format_range_plain(range, currency))
}

/// An SVG coordinate with one decimal, without float formatting (which
/// costs ~10 KB of WebAssembly): one decimal is plenty for a 360-unit-wide
/// drawing.
pub fn svg_number(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let (whole, frac) = (tenths / 10, (tenths % 10).abs());
    match (frac, tenths < 0 && whole == 0) {
        (0, _) => whole.to_string(),
        (_, true) => format!("-0.{frac}"),
        _ => format!("{whole}.{frac}"),
    }
}

/// "March 2027": the month `weeks` from today, in the visitor's locale.
/// `None` off the browser (no clock in the pure core).
pub fn month_after_weeks(weeks: u32, locale: &str) -> Option<String> {
    intl::month_after_weeks(weeks, locale)
}

#[cfg(target_arch = "wasm32")]
mod intl {
    use crate::model::money::Currency;
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    fn major(amount: u64, currency: &Currency) -> f64 {
        amount as f64 / currency.scale() as f64
    }

    pub fn month_after_weeks(weeks: u32, locale: &str) -> Option<String> {
        let when = js_sys::Date::now() + f64::from(weeks) * 7.0 * 24.0 * 3_600_000.0;
        let date = js_sys::Date::new(&when.into());
        thread_local! {
            static MONTHS: std::cell::RefCell<Vec<(String, Intl::DateTimeFormat)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        let cached = MONTHS.with(|m| {
            m.borrow()
                .iter()
                .find(|(l, _)| l == locale)
                .map(|(_, f)| f.clone())
        });
        let formatter = match cached {
            Some(f) => f,
            None => {
                let options = Object::new();
                Reflect::set(&options, &"month".into(), &"long".into()).ok()?;
                Reflect::set(&options, &"year".into(), &"numeric".into()).ok()?;
                let locales = Array::of1(&JsValue::from_str(locale));
                let f = Intl::DateTimeFormat::new(&locales, &options);
                MONTHS.with(|m| m.borrow_mut().push((locale.to_string(), f.clone())));
                f
            }
        };
        let f: Function = formatter.format();
        f.call1(&JsValue::NULL, &date).ok()?.as_string()
    }

    /// (locale, currency code, whole amounts only).
    type FormatterKey = (String, String, bool);

    thread_local! {
        /// Formatters by key: building an `Intl.NumberFormat` costs far more
        /// than using one, and a render formats a dozen amounts.
        static FORMATTERS: std::cell::RefCell<Vec<(FormatterKey, Intl::NumberFormat)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }

    fn formatter(locale: &str, currency: &Currency, whole: bool) -> Option<Intl::NumberFormat> {
        let key = (locale.to_string(), currency.code.clone(), whole);
        if let Some(nf) = FORMATTERS.with(|f| {
            f.borrow()
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, nf)| nf.clone())
        }) {
            return Some(nf);
        }
        let options = Object::new();
        let set = |k: &str, v: JsValue| Reflect::set(&options, &JsValue::from_str(k), &v).ok();
        set("style", "currency".into())?;
        set("currency", currency.code.as_str().into())?;
        if whole {
            set("minimumFractionDigits", 0.into())?;
            set("maximumFractionDigits", 0.into())?;
        }
        let locales = Array::of1(&JsValue::from_str(locale));
        let nf = Intl::NumberFormat::new(&locales, &options);
        FORMATTERS.with(|f| f.borrow_mut().push((key, nf.clone())));
        Some(nf)
    }

    pub fn format(min: u64, max: Option<u64>, currency: &Currency, locale: &str) -> Option<String> {
        let whole = min.is_multiple_of(currency.scale())
            && max.is_none_or(|m| m.is_multiple_of(currency.scale()));
        let nf = formatter(locale, currency, whole)?;
        match max {
            None => {
                let f: Function = nf.format();
                f.call1(&JsValue::NULL, &major(min, currency).into())
                    .ok()?
                    .as_string()
            }
            Some(max) => {
                let range: Function = Reflect::get(&nf, &"formatRange".into())
                    .ok()?
                    .dyn_into()
                    .ok()?;
                range
                    .call2(
                        &nf,
                        &major(min, currency).into(),
                        &major(max, currency).into(),
                    )
                    .ok()?
                    .as_string()
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod intl {
    use crate::model::money::Currency;

    pub fn format(_: u64, _: Option<u64>, _: &Currency, _: &str) -> Option<String> {
        None
    }

    pub fn month_after_weeks(_: u32, _: &str) -> Option<String> {
        None
    }
}
