//! Prefill from the host: the element's `concerns` / `areas` attributes and
//! the page's `te_concerns` / `te_areas` URL parameters. Pure and total:
//! anything unknown is skipped and reported, never fatal.

use crate::model::small_map::SmallSet;
use crate::model::{text, Answers, Area, ClinicConfig, Concern, Scale};

/// What a prefill string asked for that could not be used, for the console
/// (and the `debug` listing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub source: &'static str,
    pub value: String,
    pub why: &'static str,
}

/// At most this many items are read from one list; the rest is ignored.
const MAX_ITEMS: usize = 32;
/// Longer values are not parsed at all.
const MAX_LEN: usize = 2_000;

/// Splits a list on `sep`'s bytes, skipping empty items.
fn items<'a>(value: &'a str, sep: &'a [u8]) -> impl Iterator<Item = &'a str> {
    text::pieces(value, sep)
        .map(str::trim_ascii)
        .filter(|s| !s.is_empty())
        .take(MAX_ITEMS)
}

/// Ticks the listed concerns (ids or aliases) the clinic offers. A
/// non-empty valid list replaces the concerns ticked before (the URL's
/// list wins over the attribute's), as with areas.
pub fn apply_concerns(
    answers: &mut Answers,
    value: &str,
    source: &'static str,
    config: &ClinicConfig,
    skipped: &mut Vec<Skipped>,
) {
    let mut chosen = Answers::default();
    pick(value, source, skipped, "unknown concern", &mut |item| {
        let c = Concern::from_id(item)?;
        let offered = config.concerns.contains(&c);
        if offered {
            chosen
                .concerns
                .get_or_insert_with(c, || Scale::of(c).default_severity());
        }
        Some(offered)
    });
    if !chosen.concerns.is_empty() {
        answers.concerns = chosen.concerns;
    }
}

/// Selects the listed areas the clinic prices. A non-empty valid list
/// replaces the default selection (the face).
pub fn apply_areas(
    answers: &mut Answers,
    value: &str,
    source: &'static str,
    config: &ClinicConfig,
    skipped: &mut Vec<Skipped>,
) {
    let mut chosen = SmallSet::default();
    pick(value, source, skipped, "unknown area", &mut |item| {
        let a = Area::from_id(item)?;
        let offered = config.tickable(a);
        if offered {
            chosen.insert(a);
        }
        Some(offered)
    });
    if !chosen.is_empty() {
        answers.areas = chosen;
    }
}

/// One reading of a list for both: `take` keeps an item and says whether
/// the clinic offers it (`None`: no such id); the rest is reported.
fn pick(
    value: &str,
    source: &'static str,
    skipped: &mut Vec<Skipped>,
    unknown: &'static str,
    take: &mut dyn FnMut(&str) -> Option<bool>,
) {
    if too_long(value, source, skipped) {
        return;
    }
    let mut report = |item: &str, found| match found {
        Some(true) => {}
        Some(false) => skipped.push(skip(source, item, "not a choice on this clinic's form")),
        None => skipped.push(skip(source, item, unknown)),
    };
    // Comma- (or semicolon-, bar-) separated; an item's words ("acne
    // scars", `acne+scars` in a URL) are read two at a time as one id, its
    // words joined by a dash, before each alone: no id has more than two
    // (verify63 M2: "acne scars" ticked other scars too, as "scars";
    // verify65 F3: "acne scars and wrinkles"). An item of two words that
    // are one id is named as written.
    for item in items(value, b",;|") {
        let words: Vec<&str> = items(item, b" +_").collect();
        let mut i = 0;
        while i < words.len() {
            let pair = words
                .get(i + 1)
                .map(|next| text::cat(&[words[i], "-", next]));
            match pair.as_deref().map(|p| (p, take(p))) {
                Some((pair, found @ Some(_))) => {
                    report(if words.len() == 2 { item } else { pair }, found);
                    i += 2;
                }
                _ => {
                    report(words[i], take(words[i]));
                    i += 1;
                }
            }
        }
    }
}

/// Values this long are not read at all (reported once).
fn too_long(value: &str, source: &'static str, skipped: &mut Vec<Skipped>) -> bool {
    let long = value.len() > MAX_LEN;
    if long {
        skipped.push(skip(source, "(too long)", "longer than 2000 bytes"));
    }
    long
}

pub(super) fn skip(source: &'static str, value: &str, why: &'static str) -> Skipped {
    Skipped {
        source,
        value: crate::model::text::clip(value, 60),
        why,
    }
}

/// Decodes one `application/x-www-form-urlencoded` value (`+` is a space,
/// `%XX` a byte); invalid escapes are kept as written, and a value that is
/// not UTF-8 has each non-ASCII byte replaced (values are ASCII ids; std's
/// finer lossy decoding cost 0.3 KB of wasm), so decoding never fails.
pub fn url_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match hex_byte(bytes[i + 1], bytes[i + 2]) {
                Some(b) => {
                    out.push(b);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    utf8(&out).unwrap_or_else(|| {
        out.iter()
            .map(|&b| {
                if b.is_ascii() {
                    char::from(b)
                } else {
                    '\u{fffd}'
                }
            })
            .collect()
    })
}

/// Two bytes read as `u8::from_str_radix(.., 16)` reads them: two hex
/// digits, or `+` and one (std's `str` and integer parsing are 0.3 KB of
/// gzipped wasm for this one call).
fn hex_byte(a: u8, b: u8) -> Option<u8> {
    let digit = |d: u8| char::from(d).to_digit(16);
    let low = digit(b)?;
    let high = if a == b'+' { 0 } else { digit(a)? };
    Some((high * 16 + low) as u8)
}

/// The text `bytes` spell in UTF-8, as `String::from_utf8` decides (no
/// overlong forms, surrogates or code points above U+10FFFF), without
/// std's validator.
fn utf8(bytes: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let lead = bytes[i];
        let length = lead.leading_ones();
        let least = match length {
            0 => 0,
            2 => 0x80,
            3 => 0x800,
            4 => 0x1_0000,
            _ => return None,
        };
        let mut c = u32::from(lead & (0x7f >> length));
        for _ in 1..length {
            i += 1;
            match bytes.get(i) {
                Some(&b) if b & 0xc0 == 0x80 => c = c << 6 | u32::from(b & 0x3f),
                _ => return None,
            }
        }
        out.push(char::from_u32(c).filter(|_| c >= least)?);
        i += 1;
    }
    Some(out)
}

/// The query parameters of a URL (or a bare query string), decoded, in
/// order. The fragment is ignored.
pub fn query_params(url: &str) -> Vec<(String, String)> {
    let query = match text::cut(url, b'?') {
        Some((_, q)) => q,
        None if !text::contains(url, "://") => url,
        None => "",
    };
    let mut params = Vec::new();
    for pair in text::pieces(text::head(query, b"#"), b"&") {
        if params.len() == 200 {
            break;
        }
        if !pair.is_empty() {
            let (k, v) = text::cut(pair, b'=').unwrap_or((pair, ""));
            params.push((url_decode(k), url_decode(v)));
        }
    }
    params
}

/// Marketing parameters forwarded to the booking link: `utm_*` and `gclid`,
/// with sane names and lengths only.
pub fn tracking_params(page_url: &str) -> Vec<(String, String)> {
    let mut kept = Vec::new();
    for (k, v) in query_params(page_url) {
        if kept.len() == 10 {
            break;
        }
        let utm = k.starts_with("utm_")
            && (5..=20).contains(&k.len())
            && k[4..].bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        let name_ok = utm || k == "gclid";
        if name_ok && !v.is_empty() && v.len() <= 200 {
            kept.push((k, v));
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> ClinicConfig {
        ClinicConfig::default()
    }

    #[test]
    fn concerns_accept_ids_aliases_and_separators() {
        let mut a = Answers::default();
        let mut skipped = Vec::new();
        apply_concerns(
            &mut a,
            "acne-scars, wrinkles+pores;tattoo",
            "attr",
            &config(),
            &mut skipped,
        );
        let ticked: Vec<_> = a.concerns.keys().copied().collect();
        assert_eq!(
            ticked,
            vec![Concern::Wrinkles, Concern::AcneScars, Concern::PoresTexture]
        );
        assert_eq!(skipped, vec![skip("attr", "tattoo", "unknown concern")]);
    }

    /// A concern's name in words is that concern, not one per word:
    /// "acne scars" ticked other scars too (the alias "scars").
    #[test]
    fn words_are_one_id_before_they_are_a_list() {
        let ticked = |value: &str| {
            let (mut a, mut skipped) = (Answers::default(), Vec::new());
            apply_concerns(&mut a, value, "url", &config(), &mut skipped);
            let words: Vec<_> = skipped.iter().map(|s| s.value.clone()).collect();
            (a.concerns.keys().copied().collect::<Vec<_>>(), words)
        };
        let acne = (vec![Concern::AcneScars], vec![]);
        assert_eq!(ticked("acne scars"), acne);
        assert_eq!(ticked("Acne  Scars"), acne);
        assert_eq!(ticked("acne_scars"), acne);
        assert_eq!(
            ticked("hair loss, Other scars"),
            (vec![Concern::OtherScars, Concern::HairLoss], vec![])
        );
        // Ids written with spaces between them are still a list.
        assert_eq!(
            ticked("acne-scars wrinkles"),
            (vec![Concern::Wrinkles, Concern::AcneScars], vec![])
        );
        assert_eq!(
            ticked("Fine lines and wrinkles"),
            (vec![Concern::Wrinkles], vec!["and".into()])
        );
        // Two words of one id inside a longer item (verify65 F3).
        assert_eq!(
            ticked("acne scars and stretch marks"),
            (
                vec![Concern::AcneScars, Concern::StretchMarks],
                vec!["and".into()]
            )
        );
        assert_eq!(ticked("scars"), (vec![Concern::OtherScars], vec![]));
    }

    #[test]
    fn concerns_the_clinic_does_not_offer_are_skipped() {
        let mut c = config();
        c.concerns = vec![Concern::AcneScars];
        let mut a = Answers::default();
        let mut skipped = Vec::new();
        apply_concerns(&mut a, "hair-loss,acne-scars", "url", &c, &mut skipped);
        assert_eq!(a.concerns.len(), 1);
        assert_eq!(skipped[0].why, "not a choice on this clinic's form");
    }

    #[test]
    fn areas_replace_the_default_only_when_valid() {
        let mut a = Answers::default().with_area(Area::Face);
        let mut skipped = Vec::new();
        apply_areas(&mut a, "elbow", "attr", &config(), &mut skipped);
        assert_eq!(
            a.areas.iter().copied().collect::<Vec<_>>(),
            vec![Area::Face]
        );
        apply_areas(&mut a, "neck,decolletage", "attr", &config(), &mut skipped);
        assert_eq!(
            a.areas.iter().copied().collect::<Vec<_>>(),
            vec![Area::Neck, Area::Decolletage]
        );
    }

    #[test]
    fn url_decoding_never_fails() {
        assert_eq!(url_decode("acne-scars%2Cwrinkles"), "acne-scars,wrinkles");
        assert_eq!(url_decode("a+b"), "a b");
        assert_eq!(url_decode("100%"), "100%");
        assert_eq!(url_decode("%zz%4"), "%zz%4");
        assert_eq!(url_decode("%E2%9C%93"), "✓");
        assert_eq!(url_decode("%FF"), "\u{FFFD}");
        assert_eq!(url_decode("face%FF%C3%A9"), "face\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(url_decode("caf%C3%A9"), "café");
    }

    proptest::proptest! {
        /// The loops read what the iterator chains they replaced read (the
        /// references below are that code), past both limits (200 pairs,
        /// 10 tracking parameters) and with empty pieces.
        #[test]
        fn query_loops_agree_with_the_chains_they_replaced(
            pairs in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just(String::new()),
                    "(utm_[a-z_]{0,3}|gclid|x)=[a-z%2]{0,3}",
                    "[a-z=]{0,4}",
                ],
                0..260,
            ),
            fragment in proptest::option::of("[a-z&=]{0,6}"),
        ) {
            let mut url = String::from("https://h.example/?");
            url.push_str(&pairs.join("&"));
            if let Some(f) = &fragment {
                url.push('#');
                url.push_str(f);
            }
            let query = text::cut(&url, b'?').map_or("", |(_, q)| q);
            let reference: Vec<(String, String)> = text::pieces(text::head(query, b"#"), b"&")
                .filter(|p| !p.is_empty())
                .take(200)
                .map(|pair| {
                    let (k, v) = text::cut(pair, b'=').unwrap_or((pair, ""));
                    (url_decode(k), url_decode(v))
                })
                .collect();
            proptest::prop_assert_eq!(query_params(&url), reference.clone());
            let tracking: Vec<(String, String)> = reference
                .into_iter()
                .filter(|(k, v)| {
                    let utm = k.starts_with("utm_")
                        && (5..=20).contains(&k.len())
                        && k[4..].bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
                    (utm || k == "gclid") && !v.is_empty() && v.len() <= 200
                })
                .take(10)
                .collect();
            proptest::prop_assert_eq!(tracking_params(&url), tracking);
        }
    }

    proptest::proptest! {
        /// `utf8` decides as `String::from_utf8` does, and `hex_byte` as
        /// `u8::from_str_radix(.., 16)`.
        #[test]
        fn decoding_agrees_with_std(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    0x00u8..=0xff,
                    0x80u8..=0xbf,
                    proptest::sample::select(vec![0xc0u8, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xf8, 0xff]),
                ],
                0..8,
            ),
            a in proptest::prop_oneof![0x00u8..=0xff, proptest::sample::select(b"+-0aF".to_vec())],
            b in 0x00u8..=0xff,
        ) {
            proptest::prop_assert_eq!(utf8(&bytes), String::from_utf8(bytes.clone()).ok());
            let pair = [a, b];
            let std = std::str::from_utf8(&pair).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
            proptest::prop_assert_eq!(hex_byte(a, b), std);
        }
    }

    #[test]
    fn utf8_edges_agree_with_std() {
        for text in [
            "",
            "a",
            "é",
            "✓",
            "😀",
            "\u{7ff}",
            "\u{800}",
            "\u{ffff}",
            "\u{10000}",
            "\u{10ffff}",
        ] {
            assert_eq!(utf8(text.as_bytes()).as_deref(), Some(text));
        }
        for bad in [
            &b"\xc0\x80"[..],
            b"\xe0\x80\x80",
            b"\xed\xa0\x80",
            b"\xf4\x90\x80\x80",
            b"\xf0\x80\x80\x80",
            b"\xe2\x9c",
            b"\x80",
        ] {
            assert_eq!(utf8(bad), None);
        }
    }

    #[test]
    fn query_params_ignore_the_fragment() {
        let p =
            query_params("https://clinic.example/page?te_concerns=acne-scars%2Cwrinkles&x#te=abc");
        assert_eq!(p[0], ("te_concerns".into(), "acne-scars,wrinkles".into()));
        assert_eq!(p[1], ("x".into(), "".into()));
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn tracking_params_keep_utm_and_gclid_only() {
        let p = tracking_params(
            "https://c.example/?utm_source=google&utm_campaign=spring%20glow&gclid=abc123&email=me%40x.com&utm_=x&utm_Bad=1",
        );
        assert_eq!(
            p,
            vec![
                ("utm_source".into(), "google".into()),
                ("utm_campaign".into(), "spring glow".into()),
                ("gclid".into(), "abc123".into()),
            ]
        );
    }
}
