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

    fn formatter(key: &FormatterKey, currency: &Currency) -> Option<Intl::NumberFormat> {
        let (locale, _, whole) = key;
        if let Some(nf) = FORMATTERS.with(|f| {
            f.borrow()
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, nf)| nf.clone())
        }) {
            return Some(nf);
        }
        let options = Object::new();
        let set = |k: &str, v: JsValue| Reflect::set(&options, &JsValue::from_str(k), &v).ok();
        set("style", "currency".into())?;
        set("currency", currency.code.as_str().into())?;
        if *whole {
            set("minimumFractionDigits", 0.into())?;
            set("maximumFractionDigits", 0.into())?;
        }
        let locales = Array::of1(&JsValue::from_str(locale));
        let nf = Intl::NumberFormat::new(&locales, &options);
        FORMATTERS.with(|f| f.borrow_mut().push((key.clone(), nf.clone())));
        Some(nf)
    }

    /// (locale, currency code, min, max).
    type AmountKey = (String, String, u64, Option<u64>);

    /// How many formatted amounts are kept: a render shows about a dozen,
    /// and a visitor moving back and forth revisits the same ones.
    const REMEMBERED: usize = 64;

    thread_local! {
        /// Formatted amounts. A render shows the same total three times,
        /// and where ICU shares the currency symbol across a range (so the
        /// fast path below does not apply) every new range still costs a
        /// `formatRange` call, for which V8 builds an ICU range formatter
        /// (about half a millisecond; it was over half of a click's update
        /// time).
        static FORMATTED: std::cell::RefCell<std::collections::VecDeque<(AmountKey, String)>> =
            const { std::cell::RefCell::new(std::collections::VecDeque::new()) };
    }

    pub fn format(min: u64, max: Option<u64>, currency: &Currency, locale: &str) -> Option<String> {
        let key = (locale.to_string(), currency.code.clone(), min, max);
        let hit = FORMATTED.with(|c| {
            c.borrow()
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, s)| s.clone())
        });
        if hit.is_some() {
            return hit;
        }
        let text = format_now(min, max, currency, locale)?;
        FORMATTED.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() == REMEMBERED {
                c.pop_front();
            }
            c.push_back((key, text.clone()));
        });
        Some(text)
    }

    fn format_now(min: u64, max: Option<u64>, currency: &Currency, locale: &str) -> Option<String> {
        let whole = min.is_multiple_of(currency.scale())
            && max.is_none_or(|m| m.is_multiple_of(currency.scale()));
        let key = (locale.to_string(), currency.code.clone(), whole);
        let nf = formatter(&key, currency)?;
        let one = |amount: u64| -> Option<String> {
            let f: Function = nf.format();
            f.call1(&JsValue::NULL, &major(amount, currency).into())
                .ok()?
                .as_string()
        };
        let Some(max) = max else {
            return one(min);
        };
        let (from, to) = (one(min)?, one(max)?);
        // Where the locale writes a range as two whole amounts around a
        // separator ("$900 – $3,150"), build it from the two amounts: cheap,
        // unlike `formatRange`. Whether it does depends on the locale and
        // currency, not on the amounts, so the first range call learns it.
        // Equal-looking ends ("~$900") always go to ICU.
        if from != to {
            if let Some(Some(between)) = separator(&key) {
                return Some(format!("{from}{between}{to}"));
            }
        }
        let range: Function = Reflect::get(&nf, &"formatRange".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let text = range
            .call2(
                &nf,
                &major(min, currency).into(),
                &major(max, currency).into(),
            )
            .ok()?
            .as_string()?;
        if from != to && separator(&key).is_none() {
            let between = text
                .strip_prefix(from.as_str())
                .and_then(|rest| rest.strip_suffix(to.as_str()))
                .map(str::to_string);
            SEPARATORS.with(|s| s.borrow_mut().push((key, between)));
        }
        Some(text)
    }

    thread_local! {
        /// Per formatter: `Some(separator)` when ranges are two whole
        /// amounts around it, `None` when ICU shares a symbol ("MX$900–3,150").
        static SEPARATORS: std::cell::RefCell<Vec<(FormatterKey, Option<String>)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }

    fn separator(key: &FormatterKey) -> Option<Option<String>> {
        SEPARATORS.with(|s| {
            s.borrow()
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, between)| between.clone())
        })
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
