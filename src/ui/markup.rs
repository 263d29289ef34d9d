//! The result's read-only blocks (figures, charts, recovery, price table,
//! notes) as one string of markup that Yew inserts whole
//! (`Html::from_html_unchecked`), instead of a virtual DOM node per element.
//!
//! Why: every element written with `html!` compiles to its own construction
//! code, and these blocks have no controls, no focus and no state to keep, so
//! a string costs a fraction of it (measured in the README's cuts table).
//! Yew compares the string with the last one and replaces the block only when
//! it changed, which is when the answers or the language did.
//!
//! Safety rests on the two ways in: `tag` takes only `'static` text, the
//! views' own literals; everything else (clinic wording, translations,
//! numbers) goes through `text`, which escapes every character that could
//! open a tag, an entity or an attribute. Blocks with controls or focus
//! (inputs, buttons, links, the result heading) stay in `html!`.

use yew::{AttrValue, Html};

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
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// A literal with each `{}` replaced by the next value, escaped: one
    /// call per element or run of elements, which is what keeps this small.
    pub fn fill(&mut self, template: &'static str, values: &[&str]) -> &mut Self {
        let mut values = values.iter();
        let mut rest = template;
        while let Some(at) = crate::model::text::find(rest, "{}") {
            self.0.push_str(&rest[..at]);
            self.text(values.next().copied().unwrap_or_default());
            rest = &rest[at + 2..];
        }
        self.0.push_str(rest);
        self
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;
    use proptest::prelude::*;

    /// What an HTML parser makes of escaped text, for the five escapes.
    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

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

    proptest! {
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
