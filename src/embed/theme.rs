//! The `theme` attribute: "accent: #0a7a55; radius: 4px; font: Georgia,
//! serif" becomes the widget's `--te-*` custom properties on the element.
//! Only known keys and plain values pass: colours, lengths, font names and
//! the colour and arithmetic functions; no url() or image-set() (nothing
//! that could make the page request a file), no at-rules, nothing that
//! could break out of a declaration. Pure.

use crate::model::text;

/// Theme keys and the custom property each sets. `ok`, `warn` and `stop`
/// (results, warnings, stops) for a theme whose text colour alone does not
/// tell them (verify65 F4: white text on slate gave 2.2:1).
pub const THEME_KEYS: [(&str, &str); 12] = [
    ("accent", "--te-accent"),
    ("accent-ink", "--te-accent-ink"),
    ("text", "--te-text"),
    ("muted", "--te-muted"),
    ("bg", "--te-bg"),
    ("surface", "--te-surface"),
    ("border", "--te-border"),
    ("font", "--te-font"),
    ("radius", "--te-radius"),
    ("ok", "--te-ok"),
    ("warn", "--te-warn"),
    ("stop", "--te-stop"),
];

/// (custom property, value) pairs to set, and the entries refused.
pub fn parse_theme(value: &str) -> (Vec<(&'static str, String)>, Vec<String>) {
    let mut set = Vec::new();
    let mut refused = Vec::new();
    if value.len() > 2_000 {
        refused.push("(theme longer than 2000 bytes)".to_string());
        return (set, refused);
    }
    for entry in text::pieces(value, b";")
        .map(str::trim_ascii)
        .filter(|e| !e.is_empty())
    {
        // Refused whole: cut to its head, a font stack's `var()` at its end
        // went unnamed, and a second mistake in the same stack read as the
        // first (verify69 F2). The README's theme row says what passes.
        let (key, val) = text::cut(entry, b':').unwrap_or((entry, ""));
        let key = key.trim_ascii().to_ascii_lowercase();
        let val = val.trim_ascii();
        match THEME_KEYS.iter().find(|(k, _)| *k == key) {
            Some((_, prop)) if safe_value(val) => set.push((*prop, val.to_string())),
            _ => refused.push(entry.to_string()),
        }
    }
    // Each is a console line: 400 mistakes (a stylesheet pasted in) gave
    // 400 (verify71 N1). Ten, as the config's problems are capped.
    if refused.len() > 10 {
        let more = text::number(refused.len() as u64 - 9);
        refused.truncate(9);
        refused.push(text::cat(&["(and ", &more, " more)"]));
    }
    (set, refused)
}

/// The functions a value may call: an allow-list, since CSS keeps adding
/// ways to fetch an image (`image-set()`, `-webkit-image-set()`, …).
const FUNCTIONS: [&str; 15] = [
    "rgb",
    "rgba",
    "hsl",
    "hsla",
    "hwb",
    "lab",
    "lch",
    "oklab",
    "oklch",
    "color",
    "color-mix",
    "calc",
    "min",
    "max",
    "clamp",
];

/// Refuses ASCII that could end the value or start another function;
/// other text is not CSS syntax (ASCII checks, not Unicode's tables: 0.6 KB
/// of gzipped wasm). `/` is allowed for a colour's alpha
/// (`rgb(0 0 0 / 50%)`): without `*` it cannot open a comment, and the
/// loader checks each value's kind (verify65). Any length (the theme's
/// 2000 bytes bound it) and CSS's white space: a font stack wrapped onto
/// a second line in the page's HTML, or Bootstrap's 113 characters, is
/// a font stack (verify71 F2).
fn safe_value(v: &str) -> bool {
    let lower = v.to_ascii_lowercase();
    !v.is_empty()
        && v.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || !c.is_ascii() && !c.is_control()
                || c.is_ascii() && text::is_one_of(c as u8, b" #%.,()-'\"+/")
                || c.is_ascii_whitespace()
        })
        && lower
            .bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'(')
            .all(|(at, _)| {
                // The function's name: the letters, digits and hyphens before `(`.
                let name = lower.as_bytes()[..at]
                    .iter()
                    .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'-'))
                    .map_or(0, |i| i + 1);
                FUNCTIONS.contains(&&lower[name..at])
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_keys_become_custom_properties() {
        let (set, refused) =
            parse_theme("accent: #0a7a55; Radius: 4px ; font: Georgia, 'Times New Roman', serif");
        assert_eq!(
            set,
            vec![
                ("--te-accent", "#0a7a55".to_string()),
                ("--te-radius", "4px".to_string()),
                ("--te-font", "Georgia, 'Times New Roman', serif".to_string()),
            ]
        );
        assert!(refused.is_empty());
        let (set, _) = parse_theme("text: rgb(10, 20, 30)");
        assert_eq!(set[0].1, "rgb(10, 20, 30)");
        let (set, refused) =
            parse_theme("accent: oklch(60% 0.1 200); radius: calc(2px + 0.2em); bg: color-mix(in srgb, red 20%, white)");
        assert_eq!((set.len(), refused), (3, Vec::<String>::new()));
    }

    /// Letters in any script (a Japanese clinic's font), and other text
    /// that is not CSS syntax: only ASCII can end a value or start a
    /// function, and those characters stay refused.
    #[test]
    fn a_font_name_in_any_script_is_kept() {
        let (set, refused) = parse_theme("font: メイリオ, 'Noto Sans JP'; text: #333");
        assert_eq!(
            set,
            vec![
                ("--te-font", "メイリオ, 'Noto Sans JP'".to_string()),
                ("--te-text", "#333".to_string())
            ]
        );
        assert!(refused.is_empty(), "{refused:?}");
    }

    /// A function may sit inside another (`calc(… min(…))`): its name
    /// starts after the separator before it, and only that name is looked
    /// up, so a nested allowed function passes and a nested `url(` does not.
    #[test]
    fn nested_functions_are_looked_up_by_their_own_name() {
        let (set, refused) = parse_theme(
            "radius: max(2px, calc(1em - 1px)); accent: color-mix(in srgb, rgb(1 2 3) 20%, white)",
        );
        assert_eq!(
            set,
            vec![
                ("--te-radius", "max(2px, calc(1em - 1px))".to_string()),
                (
                    "--te-accent",
                    "color-mix(in srgb, rgb(1 2 3) 20%, white)".to_string()
                ),
            ]
        );
        assert!(refused.is_empty(), "{refused:?}");
        for bad in ["bg: max(1px, url(x))", "bg: calc(1px + image-set(x))"] {
            assert_eq!(parse_theme(bad).0, vec![], "{bad}");
        }
    }

    /// CSS's own separator in colours, which a designer copies from a
    /// colour picker (verify65); a comment stays out (`*`). An elliptical
    /// radius is the loader's to refuse (`setStyle`: one length).
    #[test]
    fn a_slash_separator_is_kept() {
        let (set, refused) = parse_theme("accent: rgb(0 90 60 / 90%); bg: hsl(0 0% 100% / 0.9)");
        assert_eq!(
            set,
            vec![
                ("--te-accent", "rgb(0 90 60 / 90%)".to_string()),
                ("--te-bg", "hsl(0 0% 100% / 0.9)".to_string()),
            ]
        );
        assert!(refused.is_empty(), "{refused:?}");
        assert_eq!(parse_theme("accent: red /* x */").0, vec![]);
    }

    /// The whole attribute is refused past 2000 bytes, unread; up to
    /// 2000 it is read entry by entry.
    #[test]
    fn a_theme_is_read_up_to_2000_bytes() {
        // 166 entries of 12 bytes and 8 spaces.
        let at_limit = format!("{}{}", "accent: red;".repeat(166), " ".repeat(8));
        assert_eq!(at_limit.len(), 2_000);
        let (set, refused) = parse_theme(&at_limit);
        assert_eq!((set.len(), refused.len()), (166, 0));
        let (set, refused) = parse_theme(&format!("{at_limit} "));
        assert_eq!(set, vec![]);
        assert_eq!(refused, ["(theme longer than 2000 bytes)"]);
    }

    /// A font stack wrapped onto lines, or long, is read (verify71 F2).
    #[test]
    fn a_long_or_wrapped_font_stack_is_read() {
        let bootstrap = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", \"Noto Sans\", \"Liberation Sans\", Arial, sans-serif, \"Apple Color Emoji\"";
        let (set, refused) = parse_theme(&format!(
            "font: {bootstrap}; text: rgb(1,\t2, 3);\n  accent: #1f5f8b"
        ));
        assert!(refused.is_empty(), "{refused:?}");
        assert_eq!(set[0], ("--te-font", bootstrap.to_string()));
        assert_eq!(set.len(), 3);
        let (set, refused) = parse_theme("font: Georgia,\n    'Times New Roman', serif");
        assert_eq!((set.len(), refused.len()), (1, 0));
    }

    /// A refusal names the whole entry: a font stack cut to its head hid
    /// the `var()` at its end (verify69 F2).
    #[test]
    fn a_refusal_names_the_whole_entry() {
        let (set, refused) = parse_theme(
            "font: -apple-system, BlinkMacSystemFont, 'Segoe UI', var(--brand); shade: #123; accent",
        );
        assert!(set.is_empty(), "{set:?}");
        assert_eq!(
            refused,
            [
                "font: -apple-system, BlinkMacSystemFont, 'Segoe UI', var(--brand)",
                "shade: #123",
                "accent",
            ]
        );
    }

    /// Ten lines at most: the first nine refused, then how many more.
    #[test]
    fn many_refusals_are_counted_after_nine() {
        let ten = "x: 1;".repeat(10);
        assert_eq!(parse_theme(&ten).1.len(), 10);
        let (set, refused) = parse_theme(&format!("accent: red; {}", "x: 1;".repeat(300)));
        assert_eq!(set.len(), 1);
        assert_eq!(refused.len(), 10);
        assert_eq!(refused[8], "x: 1");
        assert_eq!(refused[9], "(and 291 more)");
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "accent: url(https://evil.example/x.png)",
            "accent: red} body{display:none",
            "accent: red; color: blue",
            "bg: expression(alert(1))",
            "accent: @import 'x'",
            "accent: <script>",
            "nonsense",
            "accent: var(--x)",
            "accent: \\75rl(x)",
            "bg: image-set('track-bg.png' 1x)",
            "bg: -webkit-image-set('x.png' 1x)",
            "bg: cross-fade(red, blue)",
            "bg: (red)",
            "accent: red\u{9b}",
        ] {
            let (set, refused) = parse_theme(bad);
            assert!(
                set.iter().all(|(p, v)| *p == "--te-accent" && v == "red") || set.is_empty(),
                "{bad} → {set:?}"
            );
            assert!(!refused.is_empty(), "{bad}");
        }
    }
}
