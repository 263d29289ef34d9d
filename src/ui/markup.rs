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
//! attributes, read by the root's handler (`Frame`, `controls.rs`).
//!
//! Safety rests on the two ways in: `tag` takes only `'static` text, the
//! views' own literals; everything else (clinic wording, translations,
//! numbers) goes through `text`, which escapes every character that could
//! open a tag, an entity or an attribute.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::{wasm_bindgen, Closure, JsValue};
use web_sys::{Element, Event};
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

    /// ` lang="…"` for text written in another language than the widget's
    /// (a clinic's note or an extra's name in English only, in a Spanish
    /// widget: verify60 M3, L2), so a screen reader reads it in its own.
    pub fn lang_of(&mut self, written_in: &str, language: &str) -> &mut Self {
        if !crate::model::config::speaks(written_in, language) {
            self.fill(" lang=\"{}\"", &[written_in]);
        }
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
}

/// What a control's event does: set again at every render, since it acts
/// on that render's answers and language (`estimator.rs`).
pub type Run = Rc<dyn Fn(&Event)>;

/// The widget's own elements and event handler, for its life: the root,
/// with the layout and the result's landmark, drawn once from markup around
/// a `display: contents` wrapper per piece (`te-piece`); the markup each
/// piece was last drawn from, so a piece whose markup did not change is not
/// drawn again; and the root's handler of the events every control sends
/// (`controls.rs`), which calls the last render's `Run`.
///
/// Why: Yew sees one node, the root, the same one at every render, so it
/// leaves it alone. The `html!` elements of the layout, with Yew's
/// listeners on the root, cost 1 KB more of gzipped wasm (README, cuts
/// table).
#[derive(Default)]
pub struct Frame(RefCell<Option<Built>>);

struct Built {
    root: Element,
    lang: &'static str,
    drawn: [String; 9],
    /// The last render's `Run`, which the handler calls.
    run: Rc<RefCell<Run>>,
    handler: Closure<dyn Fn(&Event)>,
}

impl Frame {
    /// Draws the pieces whose markup changed and sets the root's language
    /// when it changed; at the first render, builds the frame (`frame`:
    /// its markup, with a `te-piece` wrapper per piece, in order) and sets
    /// the root's handler.
    pub fn render(
        &self,
        frame: impl FnOnce() -> Markup,
        lang: &'static str,
        pieces: [Markup; 9],
        run: Run,
    ) -> Html {
        let mut built = self.0.borrow_mut();
        let built = built.get_or_insert_with(|| {
            let root = build_frame(frame().as_str());
            let now = Rc::new(RefCell::new(run.clone()));
            let handler = {
                let now = now.clone();
                // The `Run` is cloned out first: it may not hold the cell
                // while the next render sets it.
                let handler = move |e: &Event| {
                    let run = now.borrow().clone();
                    run(e)
                };
                Closure::wrap(Box::new(handler) as Box<dyn Fn(&Event)>)
            };
            listen(&root, handler.as_ref(), true);
            Built {
                root,
                lang,
                drawn: Default::default(),
                run: now,
                handler,
            }
        });
        *built.run.borrow_mut() = run;
        if built.lang != lang {
            let _ = built.root.set_attribute("lang", lang);
            built.lang = lang;
        }
        for (i, (piece, drawn)) in pieces.into_iter().zip(&mut built.drawn).enumerate() {
            if piece.0 != *drawn {
                draw_piece(&built.root, i, &piece.0);
                *drawn = piece.0;
            }
        }
        Html::VRef(built.root.clone().into())
    }

    /// Takes the handler off the root and drops it, with the last `Run`
    /// (the component's `destroy`).
    pub fn close(&self) {
        self.0.borrow_mut().take();
    }
}

/// Once the widget is gone (`destroy()`), its controls, kept by anyone,
/// send nothing: its handler goes with it.
impl Drop for Built {
    fn drop(&mut self) {
        listen(&self.root, self.handler.as_ref(), false);
    }
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

    /// The frame's root, drawn from `markup` by `draw`; it keeps its piece
    /// wrappers, in order, for `draw_piece`.
    #[wasm_bindgen(js_name = frame)]
    fn build_frame(markup: &str) -> Element;

    /// `draw` into the frame's wrapper of piece `i`.
    #[wasm_bindgen(js_name = drawPiece)]
    fn draw_piece(root: &Element, i: usize, markup: &str);

    /// Makes `run` the handler of `root`'s `change` and `click` events
    /// (`on`), or takes it away.
    fn listen(root: &Element, run: &JsValue, on: bool);
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

    /// Only `{}` is a slot: a lone brace, a brace pair with something
    /// between, and a `{` ending the template are literal text, kept as
    /// written (and the last is never read past the template's end).
    #[test]
    fn fill_keeps_lone_braces() {
        let mut m = Markup::default();
        m.fill("}{x} {}a} {", &["v"]).fill("{", &[]).fill("}", &[]);
        assert_eq!(m.as_str(), "}{x} va} {{}");
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
