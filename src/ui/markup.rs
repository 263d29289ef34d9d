//! Every view of the widget (its controls, the result, the booking links)
//! and the contact card as strings of markup, drawn by one JavaScript call
//! per piece (`draw`, `web/markup.js`) instead of a virtual DOM node per
//! element.
//!
//! Why: every element written with `html!` compiles to its own construction
//! code, and a string costs a fraction of it (measured in the README's cuts
//! table). `draw` changes only what differs from the last drawing, as Yew's
//! diff would, so focus stays where it was and a check box's `checked`
//! property follows the widget's state. Controls name their action in data
//! attributes, read by the root's listeners (`controls.rs`).
//!
//! Safety rests on the two ways in: `tag` takes only `'static` text, the
//! views' own literals; everything else (clinic wording, translations,
//! numbers) goes through `text`, which escapes every character that could
//! open a tag, an entity or an attribute.

use std::cell::RefCell;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;
use yew::Html;

#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// The views' own markup (tags and fixed attributes): literals only.
    pub fn tag(&mut self, markup: &'static str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Text or an attribute value (inside double quotes), escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        let mut start = 0;
        for (i, byte) in text.bytes().enumerate() {
            let escaped = match byte {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            self.0.push_str(&text[start..i]);
            self.0.push_str(escaped);
            start = i + 1;
        }
        self.0.push_str(&text[start..]);
        self
    }

    /// A literal with each `{}` replaced by the next value, escaped: one
    /// call per element or run of elements, which is what keeps this small.
    /// Scans bytes itself (not `text::find`): every render writes all of the
    /// widget's markup again, so this and `text` are its hot loop.
    pub fn fill(&mut self, template: &'static str, values: &[&str]) -> &mut Self {
        let mut values = values.iter();
        let bytes = template.as_bytes();
        let (mut start, mut i) = (0, 0);
        while i + 1 < bytes.len() {
            if bytes[i] == b'{' && bytes[i + 1] == b'}' {
                self.0.push_str(&template[start..i]);
                self.text(values.next().copied().unwrap_or_default());
                i += 2;
                start = i;
            } else {
                i += 1;
            }
        }
        self.0.push_str(&template[start..]);
        self
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The piece's element, the same one for the widget's life, so Yew
    /// leaves it alone (it compares the element); its contents are drawn
    /// again only when the markup changed.
    pub fn into_html(self, piece: &Piece) -> Html {
        let mut last = piece.0.borrow_mut();
        match &mut *last {
            Some((markup, _)) if *markup == self.0 => {}
            Some((markup, element)) => {
                draw(element, &self.0);
                *markup = self.0;
            }
            None => *last = build(&self.0).map(|element| (self.0, element)),
        }
        match &*last {
            Some((_, element)) => Html::VRef(element.clone().into()),
            None => Html::default(),
        }
    }
}

/// Where one piece of markup was last drawn: its text and the element built
/// from it. The widget's state keeps one per piece (`Pieces`), so it lasts
/// as long as the widget.
#[derive(Default)]
pub struct Piece(RefCell<Option<(String, Element)>>);

/// The widget's pieces (`estimator::widget_markup`): a piece whose markup
/// did not change is not drawn again, and the aftercare list is apart, so
/// it keeps its open state.
#[derive(Default)]
pub struct Pieces {
    pub header: Piece,
    pub concerns: Piece,
    pub details: Piece,
    pub safety: Piece,
    pub result: Piece,
    pub aftercare: Piece,
    pub notes: Piece,
    pub booking: Piece,
    pub share: Piece,
}

#[wasm_bindgen(module = "/web/markup.js")]
extern "C" {
    /// Makes `parent`'s children what `markup` describes, with DOM calls in
    /// JavaScript (`web/markup.js`): no `innerHTML`, so a host page that
    /// enforces Trusted Types (`require-trusted-types-for 'script'`) still
    /// works; one string crossing per piece; only what differs from the
    /// last drawing changes (building elements is what costs time, and a
    /// kept `<details>` keeps the state the visitor gave it). Also the
    /// contact card's way in: it needs no Yew, so it works after a panic.
    pub fn draw(parent: &Element, markup: &str);
}

/// Into a wrapper `<div class="te-piece">` (`display: contents` in the
/// stylesheet, so a piece lays out as the panel's own children).
fn build(markup: &str) -> Option<Element> {
    let wrapper = gloo::utils::document().create_element("div").ok()?;
    let _ = wrapper.set_attribute("class", "te-piece");
    draw(&wrapper, markup);
    Some(wrapper)
}

/// What the reader finds in markup, in order.
#[cfg(test)]
pub trait Sink {
    fn open(&mut self, name: &str);
    fn attr(&mut self, name: &str, value: &str);
    fn text(&mut self, text: &str);
    fn close(&mut self);
}

/// Reads the markup `Markup` writes (and only that: tags, double-quoted
/// attributes, text with its five escapes), as `web/markup.js` does in the
/// browser. Here for the native tests, which hold every view's markup to
/// that grammar (balanced, and reading back exactly).
#[cfg(test)]
pub fn read(markup: &str, sink: &mut impl Sink) {
    let mut rest = markup;
    while !rest.is_empty() {
        if let Some(tag) = rest.strip_prefix("</") {
            let end = tag.find('>').unwrap_or(tag.len());
            sink.close();
            rest = tag.get(end + 1..).unwrap_or_default();
        } else if let Some(tag) = rest.strip_prefix('<') {
            let end = tag.find([' ', '>']).unwrap_or(tag.len());
            sink.open(&tag[..end]);
            rest = &tag[end..];
            // Attributes: ` name="value"`, up to the tag's `>`.
            while let Some(attr) = rest.strip_prefix(' ') {
                let Some((name, value)) = crate::model::text::split_once(attr, "=\"") else {
                    break;
                };
                let end = value.find('"').unwrap_or(value.len());
                sink.attr(name, &unescape(&value[..end]));
                rest = value.get(end + 1..).unwrap_or_default();
            }
            rest = rest.strip_prefix('>').unwrap_or(rest);
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            sink.text(&unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
}

/// The five escapes `Markup::text` writes, read back (`&amp;` last, so an
/// escaped entity stays text), as `web/markup.js` does.
#[cfg(test)]
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::{unescape, Markup};
    use proptest::prelude::*;

    #[test]
    fn text_cannot_open_a_tag_or_leave_an_attribute() {
        let mut m = Markup::default();
        m.fill("<p title=\"{}\">", &["\"><script>x</script>"]);
        m.text("a & b's <img src=x onerror=alert(1)>").tag("</p>");
        assert_eq!(
            m.as_str(),
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">\
             a &amp; b&#39;s &lt;img src=x onerror=alert(1)&gt;</p>"
        );
    }

    #[test]
    fn entities_in_text_stay_text() {
        let mut m = Markup::default();
        m.text("&lt;b&gt; &#106;");
        assert_eq!(m.as_str(), "&amp;lt;b&amp;gt; &amp;#106;");
    }

    #[test]
    fn xss_corpus_is_escaped_and_kept() {
        let corpus = include_str!("../../tests/xss-corpus.txt");
        for line in corpus.lines() {
            let mut m = Markup::default();
            m.text(line);
            assert!(!m.as_str().contains(['<', '>', '"', '\'']), "{line}");
            assert_eq!(unescape(m.as_str()), line);
        }
    }

    #[test]
    fn fill_takes_values_in_order_and_escapes_them() {
        let mut m = Markup::default();
        m.fill("<a x=\"{}\">{}</a>{}", &["1", "<b>", "&"]);
        assert_eq!(m.as_str(), "<a x=\"1\">&lt;b&gt;</a>&amp;");
        // A missing value is empty, a spare one unused: never a panic.
        let mut m = Markup::default();
        m.fill("<i>{}</i>{}", &["x"]).fill("<b>", &["y"]);
        assert_eq!(m.as_str(), "<i>x</i><b>");
    }

    /// Records what the reader found, as text.
    struct Tokens(Vec<String>);

    impl super::Sink for Tokens {
        fn open(&mut self, name: &str) {
            self.0.push(format!("open {name}"));
        }
        fn attr(&mut self, name: &str, value: &str) {
            self.0.push(format!("attr {name}={value}"));
        }
        fn text(&mut self, text: &str) {
            self.0.push(format!("text {text}"));
        }
        fn close(&mut self) {
            self.0.push("close".into());
        }
    }

    fn tokens(markup: &str) -> Vec<String> {
        let mut t = Tokens(Vec::new());
        super::read(markup, &mut t);
        t.0
    }

    #[test]
    fn reader_finds_elements_attributes_and_text() {
        let mut m = Markup::default();
        m.fill(
            "<svg viewBox=\"0 0 {} 9\" role=\"img\"><title id=\"t\">{}</title></svg><p data-maybe=\"\">{}</p>",
            &["360", "<b> & \"q\" 'a'", "x"],
        );
        assert_eq!(
            tokens(m.as_str()),
            [
                "open svg",
                "attr viewBox=0 0 360 9",
                "attr role=img",
                "open title",
                "attr id=t",
                "text <b> & \"q\" 'a'",
                "close",
                "close",
                "open p",
                "attr data-maybe=",
                "text x",
                "close",
            ]
        );
    }

    #[test]
    fn reader_never_panics_on_cut_markup() {
        let whole = "<p a=\"&amp;x\">t&lt;</p><b>&#39;</b>";
        for end in 0..=whole.len() {
            tokens(&whole[..end]);
        }
        assert_eq!(tokens("a &unknown; b & c"), ["text a &unknown; b & c"]);
    }

    proptest! {
        #[test]
        fn text_and_attributes_read_back_exactly(s in any::<String>(), v in any::<String>()) {
            let mut m = Markup::default();
            m.fill("<li title=\"{}\">{}</li>", &[&v, &s]);
            let mut expected = vec!["open li".to_string(), format!("attr title={v}")];
            if !s.is_empty() {
                expected.push(format!("text {s}"));
            }
            expected.push("close".into());
            prop_assert_eq!(tokens(m.as_str()), expected);
        }

        #[test]
        fn escaped_text_reads_back_exactly(s in any::<String>()) {
            let mut m = Markup::default();
            m.fill("<li>{}</li>", &[&s]);
            let inner = &m.as_str()[4..m.as_str().len() - 5];
            prop_assert!(!inner.contains(['<', '>', '"', '\'']));
            // Every `&` starts one of the five escapes.
            for (i, _) in inner.match_indices('&') {
                let rest = &inner[i..];
                prop_assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|e| rest.starts_with(e)));
            }
            prop_assert_eq!(unescape(inner), s);
        }
    }
}
