//! Component tests in headless Chromium: the widget mounted into a real DOM,
//! real events dispatched, results read back as a visitor would see them.
#![cfg(target_arch = "wasm32")]

use treatment_estimator::embed::{mount, MountOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    gloo::utils::document()
}

/// A fresh container for one test; widgets never share one.
fn container() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    yew::scheduler::flush().await;
}

/// The checkbox whose label reads exactly `name`.
fn checkbox(root: &Element, name: &str) -> HtmlInputElement {
    let labels = root.query_selector_all("label").unwrap();
    for i in 0..labels.length() {
        let label: HtmlElement = labels.item(i).unwrap().dyn_into().unwrap();
        if label.text_content().unwrap_or_default().trim() == name {
            let id = label.get_attribute("for").unwrap();
            return root
                .query_selector(&format!("[id='{id}']"))
                .unwrap()
                .unwrap()
                .dyn_into()
                .unwrap();
        }
    }
    panic!("no control labelled {name:?}");
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn ticking_a_concern_shows_sessions_and_price_in_the_summary() {
    let root = container();
    let app = mount(root.clone(), MountOptions::default());
    settle().await;
    let summary = text_of(&root, ".te-summary");
    assert!(summary.contains("Choose at least one concern"), "{summary}");

    checkbox(&root, "Acne scars").click();
    settle().await;
    let summary = text_of(&root, ".te-summary");
    assert!(summary.contains("4–5 sessions"), "{summary}");
    assert!(summary.contains("$900"), "{summary}");
    assert!(summary.contains("$3,150"), "{summary}");

    checkbox(&root, "Fine lines and wrinkles").click();
    settle().await;
    let summary = text_of(&root, ".te-summary");
    assert!(
        summary.contains("4–5 sessions"),
        "shared sessions, not a sum: {summary}"
    );

    checkbox(&root, "Acne scars").click();
    checkbox(&root, "Fine lines and wrinkles").click();
    settle().await;
    assert!(text_of(&root, ".te-summary").contains("Choose at least one concern"));
    app.destroy();
    settle().await;
    assert_eq!(
        root.child_element_count(),
        0,
        "destroy leaves nothing behind"
    );
}

#[wasm_bindgen_test]
async fn the_booking_route_is_always_there() {
    let root = container();
    let app = mount(root.clone(), MountOptions::default());
    settle().await;
    let tel = root.query_selector("a[href^='tel:']").unwrap().unwrap();
    assert_eq!(tel.get_attribute("href").unwrap(), "tel:+18015019797");
    let mail = root.query_selector("a[href^='mailto:']").unwrap().unwrap();
    assert!(mail
        .get_attribute("href")
        .unwrap()
        .starts_with("mailto:info@biorestoration.com?subject="));
    assert!(text_of(&root, "address").contains("Draper, Utah 84020"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn two_instances_keep_their_own_answers_and_ids() {
    let a = container();
    let b = container();
    let app_a = mount(a.clone(), MountOptions::default());
    let app_b = mount(b.clone(), MountOptions::default());
    settle().await;
    checkbox(&a, "Acne scars").click();
    settle().await;
    assert!(text_of(&a, ".te-summary").contains("sessions"));
    assert!(text_of(&b, ".te-summary").contains("Choose at least one concern"));
    let id_a = checkbox(&a, "Acne scars").id();
    let id_b = checkbox(&b, "Acne scars").id();
    assert_ne!(id_a, id_b);
    app_a.destroy();
    app_b.destroy();
}

/// The widget listens on its root once, for its life (`ui::markup::Frame`):
/// a click is handled once however often the widget was drawn again, only
/// by its own widget, and not at all once the widget is destroyed.
#[wasm_bindgen_test]
async fn a_click_is_handled_once_and_not_after_destroy() {
    use std::cell::Cell;
    use std::rc::Rc;
    use treatment_estimator::ui::events::WidgetEvent;
    use wasm_bindgen::closure::Closure;
    let booked = |count: &Rc<Cell<u32>>| {
        let count = count.clone();
        yew::Callback::from(move |event| {
            if matches!(event, WidgetEvent::Book(_)) {
                count.set(count.get() + 1);
            }
        })
    };
    let (count_a, count_b) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(0)));
    let (a, b) = (container(), container());
    let app_a = mount(
        a.clone(),
        MountOptions {
            on_event: booked(&count_a),
            ..MountOptions::default()
        },
    );
    let app_b = mount(
        b.clone(),
        MountOptions {
            on_event: booked(&count_b),
            ..MountOptions::default()
        },
    );
    settle().await;
    for concern in ["Acne scars", "Fine lines and wrinkles", "Acne scars"] {
        checkbox(&a, concern).click();
        settle().await;
    }
    let link: HtmlElement = a
        .query_selector("a[data-route]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    // The test page stays: the link is followed by no click here.
    let stay = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| e.prevent_default());
    link.add_event_listener_with_callback("click", stay.as_ref().unchecked_ref())
        .unwrap();
    link.click();
    assert_eq!((count_a.get(), count_b.get()), (1, 0));
    app_a.destroy();
    settle().await;
    // Nothing handles it now, not even a listener left calling into freed
    // code (which would throw, and the page would see an error).
    let errors = Rc::new(Cell::new(0));
    let on_error = {
        let errors = errors.clone();
        Closure::<dyn Fn(web_sys::Event)>::new(move |_| errors.set(errors.get() + 1))
    };
    let window = gloo::utils::window();
    window
        .add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref())
        .unwrap();
    link.click();
    window
        .remove_event_listener_with_callback("error", on_error.as_ref().unchecked_ref())
        .unwrap();
    assert_eq!((count_a.get(), errors.get()), (1, 0));
    app_b.destroy();
}

/// The radio in the group whose legend starts with `question`, labelled `answer`.
fn radio(root: &Element, question: &str, answer: &str) -> HtmlInputElement {
    let groups = root.query_selector_all("fieldset").unwrap();
    for i in 0..groups.length() {
        let group: Element = groups.item(i).unwrap().dyn_into().unwrap();
        let legend = group
            .query_selector("legend")
            .unwrap()
            .and_then(|l| l.text_content())
            .unwrap_or_default();
        if legend.trim().starts_with(question) {
            return checkbox(&group, answer);
        }
    }
    panic!("no question {question:?}");
}

#[wasm_bindgen_test]
async fn a_stop_answer_hides_the_price_and_shows_the_reason() {
    let root = container();
    let app = mount(root.clone(), MountOptions::default());
    settle().await;
    checkbox(&root, "Acne scars").click();
    settle().await;
    assert!(root.query_selector(".te-price").unwrap().is_some());
    assert!(text_of(&root, "[role=region]").contains("$900"));

    radio(&root, "Are you pregnant", "Yes").click();
    settle().await;
    let region = text_of(&root, "[role=region]");
    assert!(
        !region.contains('$'),
        "no price in a stop outcome: {region}"
    );
    assert!(!region.contains("sessions"), "no session count: {region}");
    assert!(root.query_selector(".te-price").unwrap().is_none());
    assert!(
        region.contains("Elective skin treatments are postponed during pregnancy"),
        "{region}"
    );
    assert!(
        region.contains("come back after your pregnancy"),
        "{region}"
    );
    assert!(
        root.query_selector("a[href^='tel:']").unwrap().is_some(),
        "booking route stays"
    );

    radio(&root, "Are you pregnant", "No").click();
    settle().await;
    assert!(
        text_of(&root, "[role=region]").contains("$900"),
        "the estimate comes back"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_timeline_chart_has_its_text_alternative() {
    let root = container();
    let app = mount(root.clone(), MountOptions::default());
    settle().await;
    checkbox(&root, "Acne scars").click();
    settle().await;
    // The caption says it all once; the drawing is hidden from screen
    // readers, and the figure is named by its heading.
    let svg = root.query_selector(".te-timeline svg").unwrap().unwrap();
    assert_eq!(svg.get_attribute("aria-hidden").as_deref(), Some("true"));
    let figure = root.query_selector(".te-timeline").unwrap().unwrap();
    let heading_id = figure.get_attribute("aria-labelledby").unwrap();
    let heading = root
        .query_selector(&format!("[id='{heading_id}']"))
        .unwrap()
        .unwrap();
    assert_eq!(heading.text_content().unwrap(), "Your timeline");
    let alt = text_of(&root, ".te-timeline .te-chart-caption");
    assert!(alt.contains("4–5 sessions every 4 weeks"), "{alt}");
    assert!(alt.contains("12–16 weeks"), "{alt}");
    // Five marks: 4 sessions for sure, a fifth "up to".
    assert_eq!(svg.query_selector_all("circle").unwrap().length(), 5);
    assert_eq!(
        svg.query_selector_all(".te-svg-session[data-maybe]")
            .unwrap()
            .length(),
        1
    );
    // The price bar too: the range is written under it (verify39 F5).
    let price_svg = root.query_selector(".te-price svg").unwrap().unwrap();
    assert_eq!(
        price_svg.get_attribute("aria-hidden").as_deref(),
        Some("true")
    );
    let range = text_of(&root, ".te-price .te-price-range");
    assert!(
        range.contains("$900") && range.contains("$3,150"),
        "{range}"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn severity_changes_the_estimate() {
    let root = container();
    let app = mount(root.clone(), MountOptions::default());
    settle().await;
    checkbox(&root, "Acne scars").click();
    settle().await;
    radio(&root, "Acne scars", "Grade 4: severe").click();
    settle().await;
    let summary = text_of(&root, ".te-summary");
    assert!(summary.contains("6–8 sessions"), "{summary}");
    assert!(text_of(&root, "[role=region]").contains("combined with other treatments"));
    app.destroy();
}

/// Money and ranges through the browser's Intl, for the currencies and
/// locales the clinics use (ICU's own range styles: en dash in en-US,
/// hyphen in es-MX, the code where the locale has no symbol for it).
#[wasm_bindgen_test]
fn currency_ranges_follow_the_locale() {
    use treatment_estimator::model::money::Currency;
    use treatment_estimator::model::PriceRange;
    use treatment_estimator::ui::format::{money, money_range};
    let cents = PriceRange::new(90_000, 315_050);
    let whole = PriceRange::new(90_000, 315_000);
    let cases = [
        (
            "en-US",
            "USD",
            "$900.00 \u{2013} $3,150.50",
            "$900 \u{2013} $3,150",
            "$1,250",
        ),
        (
            "en-US",
            "EUR",
            "\u{20ac}900.00 \u{2013} \u{20ac}3,150.50",
            "\u{20ac}900 \u{2013} \u{20ac}3,150",
            "\u{20ac}1,250",
        ),
        (
            "en-US",
            "GBP",
            "\u{a3}900.00 \u{2013} \u{a3}3,150.50",
            "\u{a3}900 \u{2013} \u{a3}3,150",
            "\u{a3}1,250",
        ),
        (
            "en-US",
            "MXN",
            "MX$900.00\u{2013}3,150.50",
            "MX$900\u{2013}3,150",
            "MX$1,250",
        ),
        (
            "es-MX",
            "USD",
            "USD\u{a0}900.00-3,150.50",
            "USD\u{a0}900-3,150",
            "USD\u{a0}1,250",
        ),
        (
            "es-MX",
            "EUR",
            "EUR\u{a0}900.00-3,150.50",
            "EUR\u{a0}900-3,150",
            "EUR\u{a0}1,250",
        ),
        (
            "es-MX",
            "GBP",
            "GBP\u{a0}900.00-3,150.50",
            "GBP\u{a0}900-3,150",
            "GBP\u{a0}1,250",
        ),
        (
            "es-MX",
            "MXN",
            "$900.00 - $3,150.50",
            "$900 - $3,150",
            "$1,250",
        ),
    ];
    for (locale, code, with_cents, whole_range, single) in cases {
        let c = Currency::new(code);
        assert_eq!(
            money_range(cents, &c, locale),
            with_cents,
            "{locale} {code}"
        );
        assert_eq!(
            money_range(whole, &c, locale),
            whole_range,
            "{locale} {code}"
        );
        assert_eq!(money(125_000, &c, locale), single, "{locale} {code}");
    }
}

/// After the first range, ranges in locales that write two whole amounts
/// are built from them instead of asking ICU again: every later range must
/// still be exactly what ICU's own `formatRange` gives.
#[wasm_bindgen_test]
fn later_ranges_equal_icu_format_range() {
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use treatment_estimator::model::money::Currency;
    use treatment_estimator::model::PriceRange;
    use treatment_estimator::ui::format::money_range;
    use wasm_bindgen::JsValue;
    let icu = |locale: &str, code: &str, min: f64, max: f64, whole: bool| -> String {
        let options = Object::new();
        let set = |k: &str, v: JsValue| Reflect::set(&options, &k.into(), &v).unwrap();
        set("style", "currency".into());
        set("currency", code.into());
        if whole {
            set("minimumFractionDigits", 0.into());
            set("maximumFractionDigits", 0.into());
        }
        let nf = Intl::NumberFormat::new(&Array::of1(&locale.into()), &options);
        let range: Function = Reflect::get(&nf, &"formatRange".into()).unwrap().into();
        range
            .call2(&nf, &min.into(), &max.into())
            .unwrap()
            .as_string()
            .unwrap()
    };
    for locale in ["en-US", "es-MX", "es-US", "en-GB", "de-DE", "fr-FR"] {
        for code in ["USD", "EUR", "GBP", "MXN"] {
            let c = Currency::new(code);
            for (min, max) in [
                (90_000, 315_000),
                (120_000, 4_500_000),
                (100, 200),
                (99_950, 100_050),
            ] {
                let whole = min % 100 == 0 && max % 100 == 0;
                assert_eq!(
                    money_range(PriceRange::new(min, max), &c, locale),
                    icu(locale, code, min as f64 / 100.0, max as f64 / 100.0, whole),
                    "{locale} {code} {min}-{max}"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
async fn spanish_everywhere_with_the_right_plurals() {
    use treatment_estimator::i18n::Language;
    // What the page's loader does when a visitor needs Spanish.
    Language::Es
        .install(include_str!("../src/i18n/estimator-es.json"))
        .unwrap();
    let root = container();
    let app = mount(
        root.clone(),
        MountOptions {
            language: Language::Es,
            ..MountOptions::default()
        },
    );
    settle().await;
    assert_eq!(
        root.query_selector(".te-root")
            .unwrap()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("es")
    );
    checkbox(&root, "Cicatrices de acné").click();
    settle().await;
    let summary = text_of(&root, ".te-summary");
    assert!(summary.contains("4–5 sesiones"), "{summary}");
    assert!(summary.contains("cada 4 semanas"), "{summary}");
    // A US clinic's prices for a Spanish speaker: es-US formatting.
    assert!(
        summary.contains("Precio aproximado: $900 - $3,150"),
        "{summary}"
    );
    app.destroy();
}

/// The drawing (`web/markup.js`) reads markup exactly, and a second drawing
/// changes only what differs: markup whose text starts with a space, escapes
/// in text and values, SVG, empty elements, a closing tag with nothing open.
#[wasm_bindgen_test]
fn drawing_reads_markup_exactly_and_keeps_what_did_not_change() {
    use treatment_estimator::ui::markup::draw;
    let root = container();
    let first =
        "<p class=\"a b\" title=\"x &quot;y&quot; &amp; z\"> lead &amp; <b>bold</b> tail</p>\
                 <span> </span><ul><li>1</li><li data-x=\"\">2</li></ul>\
                 <svg viewBox=\"0 0 4 4\"><rect x=\"1\" width=\"2\"></rect></svg>\
                 <input type=\"checkbox\" checked=\"\"></input>end &lt;3</b>";
    draw(&root, first);
    assert_eq!(
        root.inner_html(),
        "<p class=\"a b\" title=\"x &quot;y&quot; &amp; z\"> lead &amp; <b>bold</b> tail</p>\
         <span> </span><ul><li>1</li><li data-x=\"\">2</li></ul>\
         <svg viewBox=\"0 0 4 4\"><rect x=\"1\" width=\"2\"></rect></svg>\
         <input type=\"checkbox\" checked=\"\">end &lt;3"
    );
    let svg = root.query_selector("svg").unwrap().unwrap();
    assert_eq!(
        svg.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(
        root.query_selector("rect")
            .unwrap()
            .unwrap()
            .namespace_uri()
            .as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    let (p, first_li) = (
        root.query_selector("p").unwrap().unwrap(),
        root.query_selector("li").unwrap().unwrap(),
    );
    let input: HtmlInputElement = root
        .query_selector("input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    // The visitor's click set the property; the next markup's `checked`
    // (here: none) says what the state does.
    input.set_checked(true);
    draw(
        &root,
        "<p class=\"a b\" title=\"x &quot;y&quot; &amp; z\"> lead &amp; <b>bold</b> tail</p>\
         <span> </span><ul><li>1</li><li>two</li><li>3</li></ul>\
         <svg viewBox=\"0 0 4 4\"><rect x=\"2\"></rect></svg>\
         <input type=\"checkbox\"></input>",
    );
    assert_eq!(
        root.inner_html(),
        "<p class=\"a b\" title=\"x &quot;y&quot; &amp; z\"> lead &amp; <b>bold</b> tail</p>\
         <span> </span><ul><li>1</li><li>two</li><li>3</li></ul>\
         <svg viewBox=\"0 0 4 4\"><rect x=\"2\"></rect></svg>\
         <input type=\"checkbox\">"
    );
    // Unchanged nodes are the same nodes; the box follows the markup.
    assert!(p.is_same_node(
        root.query_selector("p")
            .unwrap()
            .as_ref()
            .map(|e| e.as_ref())
    ));
    assert!(first_li.is_same_node(
        root.query_selector("li")
            .unwrap()
            .as_ref()
            .map(|e| e.as_ref())
    ));
    assert!(input.is_same_node(
        root.query_selector("input")
            .unwrap()
            .as_ref()
            .map(|e| e.as_ref())
    ));
    assert!(!input.checked());
}
