//! Substring search for the widget's short texts (message patterns, URLs,
//! CSS values). `str::replace`, `contains` and `split_once` with a `&str`
//! pattern bring in std's two-way searcher, 1 KB of gzipped wasm built for
//! long texts; these are a few dozen bytes.

/// The byte offset of the first `needle` in `haystack`.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

pub fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// Every `needle` replaced by `with`, left to right, as `str::replace` does
/// (an empty `needle` replaces nothing: no caller has one).
pub fn replace(haystack: &str, needle: &str, with: &str) -> String {
    let mut out = String::with_capacity(haystack.len());
    let mut rest = haystack;
    while let Some(at) = find(rest, needle).filter(|_| !needle.is_empty()) {
        out.push_str(&rest[..at]);
        out.push_str(with);
        rest = &rest[at + needle.len()..];
    }
    out.push_str(rest);
    out
}

/// The text before and after the first `needle`, as `str::split_once` does.
pub fn split_once<'a>(haystack: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    find(haystack, needle).map(|at| (&haystack[..at], &haystack[at + needle.len()..]))
}

/// The ASCII-byte forms of `str`'s char-pattern methods (`find(',')`,
/// `split('&')`, `split_once('=')`): std's char searcher handles any char
/// through memchr, about 1.5 KB of gzipped wasm; the widget only ever looks
/// for ASCII punctuation, and a cut at an ASCII byte is a char boundary.
/// The byte offset of the first byte of `s` in `set`.
pub fn find_any(s: &str, set: &[u8]) -> Option<usize> {
    s.bytes().position(|b| is_one_of(b, set))
}

/// `set.contains(&b)` without memchr, which a byte slice's `contains` is
/// (0.2 KB of gzipped wasm for sets of a few bytes).
#[allow(clippy::manual_contains)]
pub fn is_one_of(b: u8, set: &[u8]) -> bool {
    set.iter().any(|c| *c == b)
}

/// `s.split_once(c)` for an ASCII `c`.
pub fn cut(s: &str, c: u8) -> Option<(&str, &str)> {
    find_any(s, &[c]).map(|at| (&s[..at], &s[at + 1..]))
}

/// `s.split(set)` for ASCII separators: every piece, empty ones included.
pub fn pieces<'a>(s: &'a str, set: &'a [u8]) -> impl Iterator<Item = &'a str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        Some(match find_any(r, set) {
            Some(at) => {
                rest = Some(&r[at + 1..]);
                &r[..at]
            }
            None => {
                rest = None;
                r
            }
        })
    })
}

/// The first piece of `s.split(set)`: the text before any of `set`.
pub fn head<'a>(s: &'a str, set: &[u8]) -> &'a str {
    &s[..find_any(s, set).unwrap_or(s.len())]
}

/// The first `n` characters of `s` (how much of a bad value a message
/// quotes), by one search instead of a `String` collected char by char;
/// "…" marks a cut, or a long address cut short reads as the developer's
/// own typo (verify71 N4).
pub fn clip(s: &str, n: usize) -> String {
    let mut clipped = s.to_string();
    if let Some((i, _)) = s.char_indices().nth(n) {
        clipped.truncate(i);
        clipped.push('…');
    }
    clipped
}

/// `parts.join(sep)`. std's join is a copy per kind of part (`String`,
/// `&str`), 0.6 KB of wasm each; this is one loop behind a thin wrapper.
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    join_each(&mut parts.iter().map(AsRef::as_ref), sep)
}

#[inline(never)]
fn join_each(parts: &mut dyn Iterator<Item = &str>, sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    out
}

/// `parts.concat()`: the widget builds its strings with this loop instead
/// of `format!`. With no `format!` left, `core::fmt` (the formatter, its
/// padding and every `Display` it calls) leaves the module (size). The
/// string grows as it goes: counting its length first cost more code
/// than the few reallocations of a short text.
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(part);
    }
    out
}

/// `n.to_string()`, without `core::fmt`'s integer formatting; the digits
/// by recursion, as the shortest code, and the string grown as it goes
/// (both for size, as in `cat`).
pub fn number(n: u64) -> String {
    let mut out = String::new();
    push_number(&mut out, n);
    out
}

fn push_number(out: &mut String, n: u64) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same answers as std's searcher, on texts made of few letters
        /// so that matches, overlaps and near misses are common.
        #[test]
        fn agrees_with_std(haystack in "[ab{}é]{0,12}", needle in "[ab{}é]{0,3}", with in "[xé]{0,2}") {
            prop_assert_eq!(find(&haystack, &needle), haystack.find(needle.as_str()));
            prop_assert_eq!(contains(&haystack, &needle), haystack.contains(needle.as_str()));
            prop_assert_eq!(split_once(&haystack, &needle), haystack.split_once(needle.as_str()));
            if !needle.is_empty() {
                prop_assert_eq!(replace(&haystack, &needle, &with), haystack.replace(needle.as_str(), &with));
            }
        }
    }

    proptest! {
        /// `cat` and `number` give what `concat` and `to_string` give.
        #[test]
        fn cat_and_number_agree_with_std(parts in proptest::collection::vec("[aé😀{}]{0,4}", 0..6), n: u64) {
            let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
            prop_assert_eq!(cat(&refs), refs.concat());
            prop_assert_eq!(number(n), n.to_string());
        }
    }

    #[test]
    fn number_at_the_edges() {
        for n in [
            0,
            1,
            9,
            10,
            99,
            100,
            101,
            u64::from(u32::MAX),
            u64::MAX - 1,
            u64::MAX,
        ] {
            assert_eq!(number(n), n.to_string());
        }
        for n in 0..=100_000u64 {
            assert_eq!(number(n), n.to_string());
        }
    }

    proptest! {
        /// `clip` keeps what `chars().take(n)` keeps, multi-byte letters
        /// included.
        #[test]
        fn clip_agrees_with_std(s in "[aé😀]{0,8}", n in 0usize..10) {
            let kept = s.chars().take(n).collect::<String>();
            let cut = if kept == s { kept } else { kept + "…" };
            prop_assert_eq!(clip(&s, n), cut);
        }
    }

    proptest! {
        /// The byte forms agree with std's char patterns.
        #[test]
        fn byte_forms_agree_with_std(s in "[a,&=é ]{0,12}") {
            prop_assert_eq!(find_any(&s, b",&"), s.find([',', '&']));
            prop_assert_eq!(cut(&s, b'='), s.split_once('='));
            prop_assert_eq!(pieces(&s, b",&").collect::<Vec<_>>(), s.split([',', '&']).collect::<Vec<_>>());
            prop_assert_eq!(head(&s, b"&="), s.split(['&', '=']).next().unwrap());
            for b in s.bytes() {
                prop_assert_eq!(is_one_of(b, b",&="), b",&=".contains(&b));
            }
            let parts: Vec<&str> = s.split(' ').collect();
            prop_assert_eq!(join(&parts, ", "), parts.join(", "));
            let owned: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
            prop_assert_eq!(join(&owned, ""), owned.concat());
        }
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(replace("{n} of {n}", "{n}", "4–5"), "4–5 of 4–5");
        assert_eq!(
            split_once("https://x.com/a", "://"),
            Some(("https", "x.com/a"))
        );
        assert!(!contains("url", "url("));
    }
}
