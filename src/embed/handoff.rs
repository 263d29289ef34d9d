//! The hand-off to the clinic's booking page: placeholders in the clinic's
//! booking URL filled from the plan, ready-made prefill for Calendly and
//! Cal.com links, and the host page's `utm_*` / `gclid` forwarded. Only the
//! visitor's choices travel, never anything typed. Pure.

use crate::model::config::is_allowed_link;
use crate::model::money::Currency;
use crate::model::text;
use crate::model::{PriceRange, Span};

/// What the plan contributes to a booking link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanFacts {
    pub concerns: Vec<&'static str>,
    pub areas: Vec<&'static str>,
    pub sessions: Option<Span>,
    pub price: Option<PriceRange>,
    pub currency: String,
    pub language: &'static str,
    /// The visitor's choices, a line each, and the plan in a sentence or
    /// two, in their language: the booking tool's notes, as the e-mail.
    pub summary: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    /// calendly.com: prefill `a1` (first custom answer) and utm_* are read.
    Calendly,
    /// cal.com (and app.cal.com), and its EU region cal.eu (verify37
    /// F11): `notes` and utm_* are read.
    CalCom,
    Other,
}

pub fn provider(url: &str) -> Provider {
    let host = text::split_once(url, "://")
        .map(|(_, rest)| rest)
        .unwrap_or("");
    let host = text::head(host, b"/?#");
    let host = text::pieces(host, b"@").last().unwrap_or("");
    let host = text::head(host, b":").to_ascii_lowercase();
    let is = |domain: &str| host == domain || host.ends_with(&text::cat(&[".", domain]));
    if is("calendly.com") {
        Provider::Calendly
    } else if is("cal.com") || is("cal.eu") {
        Provider::CalCom
    } else {
        Provider::Other
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// RFC 3986 unreserved characters pass; everything else is %-encoded.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || text::is_one_of(b, b"-_.~") {
            out.push(b as char);
        } else {
            // By hand: `{:02X}` brings core's hex formatting (+ bytes).
            for c in [b'%', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]] {
                out.push(c as char);
            }
        }
    }
    out
}

fn major(amount: u64, currency: &str) -> String {
    let c = Currency::new(currency);
    let scale = c.scale();
    let mut out = text::number(amount / scale);
    if !amount.is_multiple_of(scale) {
        out.push('.');
        let minor = text::number(amount % scale);
        for _ in minor.len()..c.minor_digits as usize {
            out.push('0');
        }
        out.push_str(&minor);
    }
    out
}

fn has_param(url: &str, name: &str) -> bool {
    let query = text::cut(url, b'?').map(|(_, q)| q).unwrap_or("");
    text::pieces(text::head(query, b"#"), b"&").any(|p| text::head(p, b"=") == name)
}

fn append(url: &mut String, name: &str, value: &str) {
    if has_param(url, name) {
        return;
    }
    let (base, fragment) = match text::find_any(url, b"#") {
        Some(i) => (url[..i].to_string(), url[i..].to_string()),
        None => (url.clone(), String::new()),
    };
    let sep = if text::find_any(&base, b"?").is_some() {
        if base.ends_with("?") || base.ends_with("&") {
            ""
        } else {
            "&"
        }
    } else {
        "?"
    };
    *url = text::cat(&[&base, sep, &encode(name), "=", &encode(value), &fragment]);
}

/// The link behind "Book a consultation": the template with its
/// placeholders filled, provider prefill added and tracking forwarded.
/// `None` if the result is not an allowed link.
pub fn booking_href(
    template: &str,
    facts: &PlanFacts,
    tracking: &[(String, String)],
) -> Option<String> {
    let sessions = |f: fn(Span) -> u32| {
        facts
            .sessions
            .map(|s| text::number(u64::from(f(s))))
            .unwrap_or_default()
    };
    let price = |f: fn(PriceRange) -> u64| {
        facts
            .price
            .map(|p| major(f(p), &facts.currency))
            .unwrap_or_default()
    };
    let values = [
        ("concerns", text::join(&facts.concerns, ",")),
        ("areas", text::join(&facts.areas, ",")),
        ("sessions_min", sessions(|s| s.min)),
        ("sessions_max", sessions(|s| s.max)),
        ("price_min", price(|p| p.min)),
        ("price_max", price(|p| p.max)),
        ("currency", facts.currency.clone()),
        ("language", facts.language.to_string()),
    ];
    let mut url = template.to_string();
    for (name, value) in &values {
        url = text::replace(&url, &text::cat(&["{", name, "}"]), &encode(value));
    }
    if !facts.summary.is_empty() {
        match provider(&url) {
            Provider::Calendly => append(&mut url, "a1", &facts.summary),
            Provider::CalCom => append(&mut url, "notes", &facts.summary),
            Provider::Other => {}
        }
    }
    // A link with campaign parameters of its own keeps them whole: the
    // visitor's `utm_medium` beside the clinic's `utm_source` made a
    // source and medium that never went together (verify32 F7).
    let own_campaign =
        text::cut(text::head(&url, b"#"), b'?').is_some_and(|(_, q)| text::contains(q, "utm_"));
    for (name, value) in tracking {
        if !(own_campaign && name.starts_with("utm_")) {
            append(&mut url, name, value);
        }
    }
    is_allowed_link(&url).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A price in major units as the `format!` it replaced wrote it.
        #[test]
        fn major_agrees_with_the_format_it_replaced(
            amount: u64,
            code in proptest::sample::select(vec!["USD", "JPY", "KWD", "CHF"]),
        ) {
            let c = Currency::new(code);
            let scale = c.scale();
            let reference = if amount.is_multiple_of(scale) {
                (amount / scale).to_string()
            } else {
                format!(
                    "{}.{:0width$}",
                    amount / scale,
                    amount % scale,
                    width = c.minor_digits as usize
                )
            };
            proptest::prop_assert_eq!(major(amount, code), reference);
        }
    }

    fn facts() -> PlanFacts {
        PlanFacts {
            concerns: vec!["acne-scars", "wrinkles"],
            areas: vec!["face"],
            sessions: Some(Span::new(4, 5)),
            price: Some(PriceRange::new(90_000, 315_050)),
            currency: "USD".into(),
            language: "en",
            summary: "Acne scars: 4–5 sessions".into(),
        }
    }

    #[test]
    fn placeholders_are_filled_and_encoded() {
        let url = booking_href(
            "https://clinic.example/book?c={concerns}&s={sessions_min}-{sessions_max}&p={price_min}..{price_max}&cur={currency}&l={language}&a={areas}",
            &facts(),
            &[],
        )
        .unwrap();
        assert_eq!(
            url,
            "https://clinic.example/book?c=acne-scars%2Cwrinkles&s=4-5&p=900..3150.50&cur=USD&l=en&a=face"
        );
    }

    #[test]
    fn encode_writes_every_other_byte_as_two_upper_case_hex_digits() {
        assert_eq!(encode("a-Z_9.~"), "a-Z_9.~");
        assert_eq!(encode(" /\u{0}\u{7f}é😀"), "%20%2F%00%7F%C3%A9%F0%9F%98%80");
        for c in ('\0'..='\u{3ff}').chain(['\u{fffd}', '😀']) {
            let text = c.to_string();
            let want: String = text
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect();
            assert_eq!(encode(&text), want);
        }
    }

    #[test]
    fn a_stop_outcome_leaves_numbers_empty() {
        let f = PlanFacts {
            sessions: None,
            price: None,
            ..facts()
        };
        let url =
            booking_href("https://c.example/?s={sessions_min}&p={price_max}", &f, &[]).unwrap();
        assert_eq!(url, "https://c.example/?s=&p=");
    }

    #[test]
    fn calendly_gets_its_prefill_and_utm() {
        let tracking = vec![
            ("utm_source".to_string(), "google ads".to_string()),
            ("gclid".to_string(), "xyz".to_string()),
        ];
        let url = booking_href(
            "https://calendly.com/biorestoration/consult",
            &facts(),
            &tracking,
        )
        .unwrap();
        assert_eq!(
            url,
            "https://calendly.com/biorestoration/consult?a1=Acne%20scars%3A%204%E2%80%935%20sessions&utm_source=google%20ads&gclid=xyz"
        );
    }

    #[test]
    fn cal_com_gets_notes_and_existing_params_are_kept() {
        let tracking = vec![("utm_source".to_string(), "fb".to_string())];
        let url = booking_href(
            "https://cal.com/clinic/consult?utm_source=site#top",
            &facts(),
            &tracking,
        )
        .unwrap();
        assert_eq!(
            url,
            "https://cal.com/clinic/consult?utm_source=site&notes=Acne%20scars%3A%204%E2%80%935%20sessions#top"
        );
        // None of the visitor's campaign beside the link's own, but the
        // ad click's id.
        let visit = [
            ("utm_medium", "cpc"),
            ("utm_campaign", "spring"),
            ("gclid", "G1"),
        ]
        .map(|(n, v)| (n.to_string(), v.to_string()));
        let url = booking_href(
            "https://c.example/book?a=1&utm_source=clinic#x",
            &facts(),
            &visit,
        );
        assert_eq!(
            url.as_deref(),
            Some("https://c.example/book?a=1&utm_source=clinic&gclid=G1#x")
        );
        // Only the query is the link's campaign, not its path or fragment.
        let url = booking_href("https://c.example/utm_a/book#utm_x", &facts(), &visit);
        assert_eq!(
            url.as_deref(),
            Some("https://c.example/utm_a/book?utm_medium=cpc&utm_campaign=spring&gclid=G1#utm_x")
        );
        assert_eq!(provider("https://app.cal.com/x"), Provider::CalCom);
        assert_eq!(provider("https://cal.eu/x"), Provider::CalCom);
        assert_eq!(provider("https://app.cal.eu/x"), Provider::CalCom);
        assert_eq!(provider("https://mycal.eu/x"), Provider::Other);
        assert_eq!(provider("https://evilcal.com/x"), Provider::Other);
        assert_eq!(
            provider("https://calendly.com.evil.example/x"),
            Provider::Other
        );
        assert_eq!(
            provider("https://user@calendly.com:443/x"),
            Provider::Calendly
        );
    }

    #[test]
    fn the_result_must_still_be_an_allowed_link() {
        assert_eq!(
            booking_href("javascript:alert({concerns})", &facts(), &[]),
            None
        );
        // A placeholder value cannot smuggle a scheme: it is encoded.
        let mut f = facts();
        f.concerns = vec!["javascript:alert(1)"];
        let url = booking_href("{concerns}", &f, &[]);
        assert_eq!(url, None);
    }
}
