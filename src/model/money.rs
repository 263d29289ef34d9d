//! Money in integer minor units (cents) with its currency beside it: prices
//! are multiplied, discounted and summed without floating-point error.

use serde::{Deserialize, Serialize};

/// An ISO 4217 code, upper case, with the number of minor-unit digits it uses.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Currency {
    pub code: String,
    pub minor_digits: u32,
}

impl Currency {
    /// Digits per ISO 4217 for the currencies a clinic is likely to use; 2
    /// for the rest (the common case).
    pub fn new(code: &str) -> Currency {
        let code = code.to_ascii_uppercase();
        let minor_digits = match code.as_str() {
            // ISO 4217's (verify63 L5: XPF, RWF… took cents, shown rounded).
            "JPY" | "KRW" | "CLP" | "ISK" | "VND" | "HUF" | "PYG" | "UGX" | "XAF" | "XOF"
            | "XPF" | "BIF" | "DJF" | "GNF" | "KMF" | "RWF" | "UYI" | "VUV" => 0,
            "BHD" | "KWD" | "OMR" | "JOD" | "TND" | "IQD" | "LYD" => 3,
            "CLF" | "UYW" => 4,
            _ => 2,
        };
        Currency { code, minor_digits }
    }

    pub fn usd() -> Currency {
        Currency::new("USD")
    }

    /// Minor units in one major unit (100 for USD).
    pub fn scale(&self) -> u64 {
        10u64.pow(self.minor_digits)
    }

    pub fn is_valid_code(code: &str) -> bool {
        code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
    }
}

/// A per-session or total price range, in minor units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct PriceRange {
    pub min: u64,
    pub max: u64,
}

impl PriceRange {
    pub const ZERO: PriceRange = PriceRange { min: 0, max: 0 };

    pub const fn new(min: u64, max: u64) -> PriceRange {
        PriceRange { min, max }
    }

    pub fn plus(self, other: PriceRange) -> PriceRange {
        PriceRange::new(
            self.min.saturating_add(other.min),
            self.max.saturating_add(other.max),
        )
    }

    /// `percent` of this range, rounded half up.
    pub fn percent(self, percent: u64) -> PriceRange {
        PriceRange::new(percent_of(self.min, percent), percent_of(self.max, percent))
    }

    /// Rounded outwards to a "sensible" step, so the rounded range still
    /// contains the exact one (`step_for`).
    pub fn rounded_outwards(self, currency: &Currency) -> PriceRange {
        let scale = currency.scale();
        PriceRange::new(
            round_down(self.min, step_for(self.min, scale)),
            round_up(self.max, step_for(self.max, scale)),
        )
    }
}

/// `amount × percent / 100`, half up, without overflow for any amount a
/// clinic could charge (saturates instead).
pub fn percent_of(amount: u64, percent: u64) -> u64 {
    // Without a 128-bit product (its division cost 1 KB of wasm): with
    // amount = 100q + r and percent = 100pq + pr, amount × percent / 100 is
    // q·percent + r·pq + r·pr / 100, and only the last part is rounded.
    let (q, r) = (amount / 100, amount % 100);
    let (pq, pr) = (percent / 100, percent % 100);
    q.checked_mul(percent)
        .and_then(|a| a.checked_add(r.checked_mul(pq)?))
        .and_then(|a| a.checked_add((r * pr + 50) / 100))
        .unwrap_or(u64::MAX)
}

/// 10 major units below 1,000, then a 5 in the amount's third digit: 50
/// below 10,000, 500 below 100,000, 5,000 below a million, and so on. A
/// fixed 50 suited the dollar's size, not the yen's or the won's
/// ("₩1,239,950 – ₩2,525,950" claimed a precision no estimate has:
/// verify60 M4). The step changes only at a power of ten, which every step
/// below divides: the rounding stays monotonic.
fn step_for(amount: u64, scale: u64) -> u64 {
    let major = amount / scale;
    if major < 1_000 {
        return 10 * scale;
    }
    let (mut step, mut limit) = (50u64, 10_000u64);
    while major >= limit && limit <= u64::MAX / 10 {
        step *= 10;
        limit *= 10;
    }
    step.saturating_mul(scale)
}

fn round_down(amount: u64, step: u64) -> u64 {
    amount - amount % step
}

fn round_up(amount: u64, step: u64) -> u64 {
    match amount % step {
        0 => amount,
        rest => amount.saturating_add(step - rest),
    }
}

/// Plain formatting for tests, logs, e-mail bodies and the native side; the
/// widget formats through the browser's `Intl` for the visitor's locale.
pub fn format_plain(amount: u64, currency: &Currency) -> String {
    let scale = currency.scale();
    let minor = amount % scale;
    let digits = super::text::number(amount / scale);
    let mut out = String::from(match currency.code.as_str() {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "MXN" => "MX$",
        _ => "",
    });
    if out.is_empty() {
        out.push_str(&currency.code);
        out.push(' ');
    }
    // A comma before each group of three digits from the right.
    for (i, &d) in digits.as_bytes().iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(char::from(d));
    }
    if minor != 0 {
        out.push('.');
        let minor = super::text::number(minor);
        for _ in minor.len()..currency.minor_digits as usize {
            out.push('0');
        }
        out.push_str(&minor);
    }
    out
}

pub fn format_range_plain(range: PriceRange, currency: &Currency) -> String {
    if range.min == range.max {
        format_plain(range.min, currency)
    } else {
        super::text::cat(&[
            &format_plain(range.min, currency),
            "–",
            &format_plain(range.max, currency),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn percent_of_is_the_exact_product_rounded_half_up(amount: u64, percent in prop_oneof![0..=200u64, any::<u64>()]) {
            let exact = (u128::from(amount) * u128::from(percent) + 50) / 100;
            prop_assert_eq!(percent_of(amount, percent), u64::try_from(exact).unwrap_or(u64::MAX));
        }
    }

    #[test]
    fn percent_rounds_half_up_in_integers() {
        assert_eq!(percent_of(25_000, 90), 22_500);
        assert_eq!(percent_of(1, 50), 1);
        assert_eq!(percent_of(1, 49), 0);
        assert_eq!(percent_of(u64::MAX, 200), u64::MAX);
    }

    #[test]
    fn rounding_goes_outwards_to_sensible_steps() {
        let usd = Currency::usd();
        let r = PriceRange::new(94_512, 327_301).rounded_outwards(&usd);
        assert_eq!(r, PriceRange::new(94_000, 330_000));
        let r = PriceRange::new(150_000, 150_000).rounded_outwards(&usd);
        assert_eq!(r, PriceRange::new(150_000, 150_000));
        // $10,000 and up: to $500, then to $5,000.
        let r = PriceRange::new(1_012_300, 15_115_000).rounded_outwards(&usd);
        assert_eq!(r, PriceRange::new(1_000_000, 15_500_000));
        let yen = Currency::new("jpy");
        assert_eq!(yen.minor_digits, 0);
        for (code, digits) in [("XPF", 0), ("RWF", 0), ("VUV", 0), ("CLF", 4), ("KWD", 3)] {
            assert_eq!(Currency::new(code).minor_digits, digits, "{code}");
        }
        let r = PriceRange::new(1_234, 9_999).rounded_outwards(&yen);
        assert_eq!(r, PriceRange::new(1_200, 10_000));
        let r = PriceRange::new(12_345, 54_321).rounded_outwards(&yen);
        assert_eq!(r, PriceRange::new(12_000, 54_500));
        // verify60 M4: a won total to a round figure, not to ₩50.
        let won = Currency::new("KRW");
        let r = PriceRange::new(1_239_950, 2_525_950).rounded_outwards(&won);
        assert_eq!(r, PriceRange::new(1_200_000, 2_550_000));
        let r = PriceRange::new(1, u64::MAX).rounded_outwards(&won);
        assert_eq!(r, PriceRange::new(0, u64::MAX));
    }

    /// The step as a table against powers of ten, and the rounding
    /// monotonic across each place the step changes.
    #[test]
    fn steps_grow_by_powers_of_ten_monotonically() {
        let won = Currency::new("KRW");
        let table = [(999, 10), (1_000, 50), (9_999, 50), (10_000, 500)];
        for (amount, step) in table {
            assert_eq!(step_for(amount, 1), step, "{amount}");
        }
        assert_eq!(step_for(123_456_789, 1), 5_000_000);
        assert_eq!(step_for(9_999_900, 100), 50_000);
        let mut last = PriceRange::new(0, 0);
        let mut amount = 1u64;
        while amount < u64::MAX / 3 {
            for a in [amount - 1, amount, amount + 1] {
                let r = PriceRange::new(a, a).rounded_outwards(&won);
                assert!(r.min >= last.min && r.max >= last.max, "{a}");
                assert!(r.min <= a && r.max >= a, "{a}");
                last = r;
            }
            amount *= 10;
        }
    }

    #[test]
    fn plain_format_groups_thousands() {
        let usd = Currency::usd();
        assert_eq!(format_plain(125_000, &usd), "$1,250");
        assert_eq!(format_plain(99, &usd), "$0.99");
        assert_eq!(format_plain(12_345_678_900, &usd), "$123,456,789");
        assert_eq!(
            format_range_plain(PriceRange::new(100_000, 350_000), &usd),
            "$1,000–$3,500"
        );
        assert_eq!(format_plain(5_000, &Currency::new("CHF")), "CHF 50");
    }

    proptest! {
        /// As it was written with `format!`: thousands grouped, the minor
        /// units zero-padded to the currency's digits.
        #[test]
        fn plain_format_agrees_with_format(amount: u64, code in prop::sample::select(vec!["USD", "EUR", "GBP", "MXN", "JPY", "CHF", "KWD"])) {
            let currency = Currency::new(code);
            let scale = currency.scale();
            let mut digits = (amount / scale).to_string();
            let mut grouped = String::new();
            while digits.len() > 3 {
                let tail = digits.split_off(digits.len() - 3);
                grouped = format!(",{tail}{grouped}");
            }
            grouped = format!("{digits}{grouped}");
            let prefix = match code {
                "USD" => "$".to_string(),
                "EUR" => "€".to_string(),
                "GBP" => "£".to_string(),
                "MXN" => "MX$".to_string(),
                _ => format!("{code} "),
            };
            let expected = match amount % scale {
                0 => format!("{prefix}{grouped}"),
                minor => format!("{prefix}{grouped}.{minor:0width$}", width = currency.minor_digits as usize),
            };
            prop_assert_eq!(format_plain(amount, &currency), expected);
        }

        /// A range as the `format!` it replaced wrote it.
        #[test]
        fn plain_range_agrees_with_format(min: u64, max: u64, code in prop::sample::select(vec!["USD", "JPY", "CHF"])) {
            let currency = Currency::new(code);
            let range = PriceRange { min, max };
            let expected = if min == max {
                format_plain(min, &currency)
            } else {
                format!("{}–{}", format_plain(min, &currency), format_plain(max, &currency))
            };
            prop_assert_eq!(format_range_plain(range, &currency), expected);
        }
    }
}
