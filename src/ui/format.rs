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
/// drawing. Every coordinate is inside the drawing, none negative: one
/// below 0 would be drawn at 0 (the cast saturates), and signed formatting
/// stays out of the module.
pub fn svg_number(v: f64) -> String {
    let tenths = (v * 10.0).round() as u32;
    let mut s = crate::model::text::number(u64::from(tenths / 10));
    if !tenths.is_multiple_of(10) {
        s.push('.');
        s.push(char::from(b'0' + (tenths % 10) as u8));
    }
    s
}

/// "January – June 2027": the months `from` and `to` weeks from today, in
/// the visitor's locale; one ("March 2027") when they are the same. A
/// range, as the span beside it is: its long end alone read as when a
/// 3–8 session plan ends (verify74 F2). `None` off the browser (no clock
/// in the pure core).
pub fn months_after_weeks(from: u32, to: u32, locale: &str) -> Option<String> {
    intl::months_after_weeks(from, to, locale)
}

#[cfg(target_arch = "wasm32")]
mod intl {
    use crate::model::money::Currency;
    use wasm_bindgen::prelude::wasm_bindgen;

    #[wasm_bindgen(module = "/web/intl.js")]
    extern "C" {
        /// `Intl` in JavaScript (`web/intl.js`), with its caches of
        /// formatters and formatted amounts: smaller than the same through
        /// js-sys's bindings, and one string crossing per amount.
        #[wasm_bindgen(js_name = formatMoney)]
        fn format_money(
            locale: &str,
            currency: &str,
            whole: bool,
            min: f64,
            max: f64,
        ) -> Option<String>;
        #[wasm_bindgen(js_name = monthsAfterWeeks)]
        fn months(locale: &str, from: f64, to: f64) -> Option<String>;
    }

    pub fn months_after_weeks(from: u32, to: u32, locale: &str) -> Option<String> {
        months(locale, f64::from(from), f64::from(to))
    }

    pub fn format(min: u64, max: Option<u64>, currency: &Currency, locale: &str) -> Option<String> {
        let scale = currency.scale();
        let whole = min.is_multiple_of(scale) && max.is_none_or(|m| m.is_multiple_of(scale));
        let major = |amount: u64| amount as f64 / scale as f64;
        format_money(
            locale,
            &currency.code,
            whole,
            major(min),
            max.map_or(f64::NAN, major),
        )
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod intl {
    use crate::model::money::Currency;

    pub fn format(_: u64, _: Option<u64>, _: &Currency, _: &str) -> Option<String> {
        None
    }

    pub fn months_after_weeks(_: u32, _: u32, _: &str) -> Option<String> {
        None
    }
}
