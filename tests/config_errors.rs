//! Every config error path yields a message that names the field at fault.
#![cfg(not(target_arch = "wasm32"))]

use treatment_estimator::model::config::DEFAULT_CONFIG_JSON;
use treatment_estimator::model::{ClinicConfig, Concern};

const CLINIC: &str = r#""clinic": {"name": "Test Clinic", "phone": "555-0100", "phone_international": "+15555550100", "email": "hi@example.com", "address": ["1 Main St"], "contact_form_url": "https://example.com/contact"}"#;

/// Parses `json` and returns every problem as "path: message".
fn problems(json: &str) -> Vec<String> {
    match ClinicConfig::from_json(json) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

/// A config with the test clinic and `rest` (more top-level fields).
fn with(rest: &str) -> String {
    if rest.is_empty() {
        format!("{{{CLINIC}}}")
    } else {
        format!("{{{CLINIC}, {rest}}}")
    }
}

/// Asserts that exactly one problem is reported, at `path`, containing `words`.
#[track_caller]
fn expect(json: &str, path: &str, words: &str) {
    let found = problems(json);
    assert_eq!(
        found.len(),
        1,
        "expected one problem for {json}, got {found:#?}"
    );
    let (at, message) = found[0].split_once(": ").unwrap();
    assert_eq!(at, path, "{found:?}");
    assert!(message.contains(words), "{found:?} lacks {words:?}");
}

#[test]
fn the_default_and_a_minimal_config_are_valid() {
    assert_eq!(problems(DEFAULT_CONFIG_JSON), Vec::<String>::new());
    assert_eq!(problems(&with("")), Vec::<String>::new());
}

/// The README's whole config (the block after `<!-- readme-config -->`)
/// is what a clinic developer copies first: it must be read as written.
#[test]
fn the_readme_s_example_config_is_valid_and_read_as_described() {
    let readme = include_str!("../README.md");
    let block = readme
        .split_once("<!-- readme-config -->\n```json\n")
        .and_then(|(_, rest)| rest.split_once("\n```"))
        .expect("README's example config block")
        .0;
    let config = ClinicConfig::from_json(block).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(config.clinic.name, "Harley Skin Studio");
    assert!(config.clinic.booking_url.is_some() && config.clinic.contact_form_url.is_some());
    assert_eq!(config.currency.code, "GBP");
    assert_eq!(config.prices.len(), 3);
    assert_eq!(config.add_ons.len(), 1);
    let acne = config.overrides.get(&Concern::AcneScars).unwrap();
    assert_eq!(acne.interval_weeks, Some(6));
    assert_eq!(
        config.wording("es", |w| &w.note),
        Some("Los precios incluyen el IVA.")
    );
    assert!(!config.default_prices);
}

#[test]
fn file_level_errors() {
    expect("{\"clinic\": ", "(file)", "not valid JSON (line 1");
    // The usual mistakes are named (verify52 F7, verify63 L4).
    for text in [
        "{\"clinic\": {\"name\": \"A\",}}",
        "{\n// ours\n}",
        "{'clinic': {}}",
        "{clinic: {}}",
        "{“clinic”: {}}",
    ] {
        expect(
            text,
            "(file)",
            "; JSON has no comments, no comma before } or ], and straight double quotes around keys and text)",
        );
    }
    // An empty file (a 200 with no body) says so.
    for empty in ["", " \n\t"] {
        expect(empty, "(file)", "is empty: a config is a JSON object");
    }
    expect("[1, 2]", "(file)", "must be a JSON object");
    expect("{}", "clinic", "required");
    expect(&with(r#""pricez": {}"#), "pricez", "unknown field");
}

#[test]
fn clinic_errors() {
    let clinic = |field: &str| format!(r#"{{"clinic": {{"name": "X", "phone": "555", {field}}}}}"#);
    expect(&clinic(r#""fax": "1""#), "clinic.fax", "unknown field");
    expect(
        r#"{"clinic": {"name": "  ", "phone": "555"}}"#,
        "clinic.name",
        "must not be empty",
    );
    expect(
        r#"{"clinic": {"phone": "555"}}"#,
        "clinic",
        "missing field `name`",
    );
    expect(
        &clinic(r#""phone_international": "8015019797""#),
        "clinic.phone_international",
        "+ followed by",
    );
    expect(
        &clinic(r#""email": "info(at)example.com""#),
        "clinic.email",
        "e-mail address",
    );
    expect(
        &clinic(r#""address": ["1 Main St", ""]"#),
        "clinic.address[1]",
        "must not be empty",
    );
    expect(
        &clinic(r#""contact_form_url": "javascript:alert(1)""#),
        "clinic.contact_form_url",
        "https://",
    );
    expect(
        &clinic(r#""contact_form_url": "tel:+1555""#),
        "clinic.contact_form_url",
        "web address",
    );
    expect(
        &clinic(r#""booking_url": "//evil.example/book""#),
        "clinic.booking_url",
        "https://",
    );
    expect(
        &clinic(r#""booking_url": "https://cal.com/x?who={name}""#),
        "clinic.booking_url",
        "unknown placeholder {name}",
    );
    expect(
        r#"{"clinic": {"name": "X"}}"#,
        "clinic",
        "at least one way to book",
    );
    expect(
        &clinic(r#""name2": "a\u0007b""#),
        "clinic.name2",
        "unknown field",
    );
    expect(
        r#"{"clinic": {"name": "a\u0007b", "phone": "555"}}"#,
        "clinic.name",
        "control characters",
    );
    expect(
        &format!(
            r#"{{"clinic": {{"name": "{}", "phone": "555"}}}}"#,
            "x".repeat(501)
        ),
        "clinic.name",
        "at most 500",
    );
    expect(
        r#"{"clinic": {"name": 12, "phone": "555"}}"#,
        "clinic.name",
        "invalid type",
    );
    // An e-mail with accents in its domain is told how to write it.
    expect(
        &clinic(r#""email": "rezeption@hautklinik-münchen.de""#),
        "clinic.email",
        "a domain with accents in its xn-- form",
    );
    // The hint only where it helps: accents before the @ cannot go xn--.
    let bad_email = problems(&clinic(r#""email": "rézeption@klinik.de""#));
    assert_eq!(
        bad_email,
        ["clinic.email: must be an e-mail address like name@example.com"]
    );
    // A web address needs its host: "https:///path" led to https://path/.
    expect(
        &clinic(r#""booking_url": "https:///path""#),
        "clinic.booking_url",
        "web address",
    );
    // JSON's words, not Rust's: an address written as one line.
    expect(
        &clinic(r#""address": "1 High Street, London""#),
        "clinic.address",
        "invalid type: string \"1 High Street, London\", expected a list",
    );
}

/// Spaces pasted around a value are not part of it: the value is kept,
/// trimmed, and no longer refused.
#[test]
fn values_are_read_without_the_spaces_around_them() {
    let config = ClinicConfig::from_json(
        r#"{"clinic": {"name": " X ", "email": " hi@test.example ", "booking_url": " https://cal.com/x "},
            "concerns": [" acne-scars"]}"#,
    )
    .unwrap();
    assert_eq!(config.clinic.email.as_deref(), Some("hi@test.example"));
    assert_eq!(
        config.clinic.booking_url.as_deref(),
        Some("https://cal.com/x")
    );
    assert_eq!(config.concerns, [Concern::AcneScars]);
    // Text from a Windows editor or a spreadsheet: its line ends and tabs
    // are white space, not refused control characters.
    let config = ClinicConfig::from_json(&with(
        r#""wording": {"en": {"intro": "Line one.\r\nLine two.\tThree."}}"#,
    ))
    .unwrap();
    assert_eq!(
        config.wording("en", |w| &w.intro),
        Some("Line one.\r\nLine two.\tThree.")
    );
}

/// `phone_international` alone is a way to book: the card and the widget
/// show and dial it.
#[test]
fn an_international_phone_alone_is_a_way_to_book() {
    let config = ClinicConfig::from_json(
        r#"{"clinic": {"name": "X", "phone_international": "+442079460000"}}"#,
    )
    .unwrap();
    assert_eq!(
        config.clinic.tel(),
        Some(("+442079460000", "+442079460000".to_string()))
    );
}

#[test]
fn currency_and_locale_errors() {
    expect(&with(r#""currency": "usd""#), "currency", "ISO 4217");
    // A language without a catalogue ("fr") is not an error: the widget
    // falls back, with a console warning (embed::resolve). Only a value
    // that is no language tag is.
    assert_eq!(problems(&with(r#""language": "fr""#)), Vec::<String>::new());
    expect(&with(r#""language": "French""#), "language", "language tag");
    expect(&with(r#""currency": "DOLLARS""#), "currency", "ISO 4217");
    expect(
        &with(r#""locale": "english please""#),
        "locale",
        "language tag",
    );
}

#[test]
fn price_errors() {
    expect(
        &with(r#""prices": {"face": {"min": -1, "max": 700}}"#),
        "prices.face.min",
        "must be above 0",
    );
    expect(
        &with(r#""prices": {"face": {"min": -0.5, "max": 700}}"#),
        "prices.face.min",
        "must be above 0",
    );
    expect(
        &with(r#""prices": {"face": {"min": 800, "max": 700}}"#),
        "prices.face.min",
        "must not be above max",
    );
    expect(
        &with(r#""prices": {"face": {"min": 0, "max": 0}}"#),
        "prices.face.min",
        "must be above 0",
    );
    // Too many decimals is not also called 0.
    expect(
        &with(r#""prices": {"face": {"min": 0.001, "max": 700}}"#),
        "prices.face.min",
        "more decimals than USD allows",
    );
    // A free session is a placeholder left in: the estimate began at "£0".
    expect(
        &with(r#""prices": {"face": {"min": 0, "max": 450}}"#),
        "prices.face.min",
        "must be above 0",
    );
    expect(
        &with(r#""prices": {"face": {"min": 249.999, "max": 700}}"#),
        "prices.face.min",
        "more decimals than USD allows",
    );
    expect(
        &with(r#""prices": {"face": {"min": 1.0001, "max": 700}}"#),
        "prices.face.min",
        "at most 3 decimal places",
    );
    expect(
        &with(r#""prices": {"face": {"min": "250", "max": 700}}"#),
        "prices.face.min",
        "invalid type",
    );
    expect(
        &with(r#""prices": {"face": {"min": 250, "max": 1e300}}"#),
        "prices.face.max",
        "at most",
    );
    expect(
        &with(r#""prices": {"face": {"min": 250}}"#),
        "prices.face",
        "missing field `max`",
    );
    expect(
        &with(r#""prices": {"face": {"min": 250, "max": 700, "avg": 400}}"#),
        "prices.face.avg",
        "unknown field",
    );
    expect(
        &with(r#""prices": {"elbow": {"min": 1, "max": 2}}"#),
        "prices.elbow",
        "unknown area `elbow`",
    );
    expect(&with(r#""prices": {}"#), "prices", "at least one area");
    expect(
        &with(r#""currency": "JPY", "prices": {"face": {"min": 2500.5, "max": 7000}}"#),
        "prices.face.min",
        "more decimals than JPY allows (0)",
    );
}

#[test]
fn bundle_errors() {
    let prices =
        r#""prices": {"face": {"min": 250, "max": 700}, "neck": {"min": 125, "max": 350}}"#;
    let b = |bundle: &str| with(&format!(r#"{prices}, "bundles": [{bundle}]"#));
    // A bundle whose areas or range are wrong reports that alone: it is
    // not also priced against its areas (verify30 F1: a bundle of the face alone, cheaper than it, was both
    // "cheaper than `face`" and "dearer than its areas apart"; face and
    // unpriced hands, dearer than the face alone, "dearer than its areas").
    for (bundle, path, problem) in [
        (
            r#"["face"], "min": 200, "max": 300"#,
            "bundles[0].areas",
            "at least two different areas",
        ),
        (
            r#"["face", "face"], "min": 250, "max": 700"#,
            "bundles[0].areas",
            "at least two different areas",
        ),
        (
            r#"["face", "hands"], "min": 300, "max": 800"#,
            "bundles[0].areas",
            "`hands` has no price",
        ),
        (
            r#"["face", "neck"], "min": 900, "max": 800"#,
            "bundles[0].min",
            "must not be above max",
        ),
        (
            r#"["face", "knee"], "min": 300, "max": 800"#,
            "bundles[0].areas[1]",
            "unknown value `knee`",
        ),
    ] {
        expect(&b(&format!(r#"{{"areas": {bundle}}}"#)), path, problem);
    }
    // A face + neck bundle between the face alone (250–700) and both apart
    // (375–1,050), at either end (verify29): cheaper than one of its areas,
    // adding that area would lower the price; dearer than its areas apart,
    // it would be applied anyway.
    for (min, max, problem) in [
        (200, 900, "must not cost less than `face` alone"),
        (300, 600, "must not cost less than `face` alone"),
        (400, 1000, "must not cost more than its areas apart"),
        (300, 1100, "must not cost more than its areas apart"),
    ] {
        expect(
            &b(&format!(
                r#"{{"areas": ["face", "neck"], "min": {min}, "max": {max}}}"#
            )),
            "bundles[0]",
            problem,
        );
    }
    // Nor is a right bundle checked against the default prices that stand
    // in for unreadable ones: only the price's own mistake is reported.
    // verify30's: £250–480 for face (£180–350) and neck (£90–175), below
    // the default face's $250–700.
    let gbp = r#""currency": "GBP", "prices": {"face": {"min": 180, "max": 350}, "neck": {"min": 90, "max": 175}}"#;
    let bundle = r#""bundles": [{"areas": ["face", "neck"], "min": 250, "max": 480}]"#;
    assert_eq!(
        problems(&with(&format!("{gbp}, {bundle}"))),
        Vec::<String>::new()
    );
    for (wrong, path) in [
        (r#""face": {"min": 0, "max": 350}"#, "prices.face.min"),
        (r#""face": 180"#, "prices.face"),
        (
            r#""legs": {"min": 1, "max": 2}, "face": {"min": 180, "max": 350}"#,
            "prices.legs",
        ),
    ] {
        let json = with(&format!(
            r#""currency": "GBP", "prices": {{{wrong}, "neck": {{"min": 90, "max": 175}}}}, {bundle}"#
        ));
        expect(&json, path, "");
    }
}

#[test]
fn package_errors() {
    let p = |packages: &str| with(&format!(r#""packages": [{packages}]"#));
    expect(
        &p(r#"{"sessions": 1, "percent_off": 10}"#),
        "packages[0].sessions",
        "between 2 and 50",
    );
    expect(
        &p(r#"{"sessions": 3, "percent_off": 0}"#),
        "packages[0].percent_off",
        "between 1 and 50",
    );
    expect(
        &p(r#"{"sessions": 3, "percent_off": 60}"#),
        "packages[0].percent_off",
        "between 1 and 50",
    );
    expect(
        &p(r#"{"sessions": 3, "percent_off": -5}"#),
        "packages[0].percent_off",
        "invalid value",
    );
    expect(
        &p(r#"{"sessions": 6, "percent_off": 10}, {"sessions": 3, "percent_off": 15}"#),
        "packages[1].sessions",
        "larger than the previous",
    );
    expect(
        &p(r#"{"sessions": 3, "percent_off": 15}, {"sessions": 6, "percent_off": 10}"#),
        "packages[1].percent_off",
        "not be smaller",
    );
    expect(
        &p(r#"{"sessions": 3, "percent_off": 10}, {"sessions": 4, "percent_off": 40}"#),
        "packages[1].percent_off",
        "4 sessions would cost less than 3",
    );
}

#[test]
fn add_on_errors() {
    let a = |add_on: &str| with(&format!(r#""add_ons": [{add_on}]"#));
    // An extra that costs nothing is no extra: "£0 – £0" was shown.
    expect(
        &a(
            r#"{"id": "led", "kind": "other", "name": {"en": "LED"}, "per_session": {"min": 0, "max": 0}}"#,
        ),
        "add_ons[0].per_session.min",
        "must be above 0",
    );
    expect(
        &a(r#"{"id": "PRP!", "kind": "prp", "name": {"en": "PRP"}}"#),
        "add_ons[0].id",
        "lower-case letters",
    );
    expect(
        &with(
            r#""add_ons": [{"id": "prp", "kind": "prp", "name": {"en": "A"}}, {"id": "prp", "kind": "other", "name": {"en": "B"}}]"#,
        ),
        "add_ons[1].id",
        "used twice",
    );
    expect(
        &a(r#"{"id": "prp", "kind": "prp", "name": {"es": "PRP"}}"#),
        "add_ons[0].name.en",
        "required",
    );
    // A name in a language the widget does not speak is kept, unshown
    // (a console warning says so); a key that is no language is refused.
    assert_eq!(
        problems(&a(
            r#"{"id": "prp", "kind": "prp", "name": {"en": "PRP", "fr": "PRP"}}"#
        )),
        Vec::<String>::new()
    );
    expect(
        &a(r#"{"id": "prp", "kind": "prp", "name": {"en": "PRP", "french": "PRP"}}"#),
        "add_ons[0].name.french",
        "language tag",
    );
    expect(
        &a(r#"{"id": "prp", "kind": "prp", "name": {"en": ""}}"#),
        "add_ons[0].name.en",
        "must not be empty",
    );
    expect(
        &a(
            r#"{"id": "prp", "kind": "prp", "name": {"en": "P"}, "percent_of_session": 25, "per_course": {"min": 1, "max": 2}}"#,
        ),
        "add_ons[0]",
        "only one of",
    );
    expect(
        &a(r#"{"id": "prp", "kind": "prp", "name": {"en": "P"}, "percent_of_session": 0}"#),
        "add_ons[0].percent_of_session",
        "between 1 and 500",
    );
    expect(
        &a(
            r#"{"id": "prp", "kind": "prp", "name": {"en": "P"}, "per_session": {"min": 9, "max": 1}}"#,
        ),
        "add_ons[0].per_session.min",
        "must not be above max",
    );
    expect(
        &a(r#"{"id": "prp", "kind": "laser", "name": {"en": "P"}}"#),
        "add_ons[0].kind",
        "unknown value `laser`",
    );
    expect(
        &a(r#"{"id": "prp", "kind": "prp", "name": {"en": "P"}, "track": "body"}"#),
        "add_ons[0].track",
        "unknown value `body`",
    );
}

#[test]
fn concern_errors() {
    expect(
        &with(r#""concerns": ["acne-scars", "wrinkles", "tattoos"]"#),
        "concerns[2]",
        "unknown value `tattoos`",
    );
    expect(
        &with(r#""concerns": ["acne-scars", "acne-scars"]"#),
        "concerns[1]",
        "listed twice",
    );
    expect(
        &with(r#""concerns": []"#),
        "concerns",
        "at least one concern",
    );
    // A clinic offers what it can price: a hair clinic that prices only the
    // scalp offers hair loss alone (a skin concern showed an empty area
    // question and never a price), a face clinic no stretch marks (they
    // were priced on the face). A list that names one of them is refused.
    let offered = |rest: &str| ClinicConfig::from_json(&with(rest)).unwrap().concerns;
    let scalp = r#""currency": "GBP", "prices": {"scalp": {"min": 200, "max": 300}}"#;
    assert_eq!(offered(scalp), [Concern::HairLoss]);
    expect(
        &with(&format!(
            r#"{scalp}, "concerns": ["hair-loss", "acne-scars"]"#
        )),
        "concerns[1]",
        "`acne-scars` needs a priced skin area to treat it on",
    );
    let face = r#""prices": {"face": {"min": 200, "max": 300}}"#;
    assert!(!offered(face).contains(&Concern::StretchMarks));
    assert_eq!(offered(face).len(), Concern::ALL.len() - 1);
    expect(
        &with(&format!(r#"{face}, "concerns": ["stretch-marks"]"#)),
        "concerns[0]",
        "`stretch-marks` needs a priced body area (arms, abdomen, thighs, buttocks or back) to treat it on",
    );
    let thighs = r#""prices": {"thighs": {"min": 200, "max": 300}}"#;
    assert_eq!(offered(thighs), Concern::ALL);
}

#[test]
fn override_errors() {
    let o = |body: &str| with(&format!(r#""overrides": {{{body}}}"#));
    // A number where a range belongs: the keys wanted are said (verify24 L2).
    expect(
        &o(r#""acne-scars": {"sessions": 40}"#),
        "overrides.acne-scars.sessions",
        "invalid type: number `40`, expected an object with min, max",
    );
    expect(
        &o(r#""rosacea": {"interval_weeks": 2}"#),
        "overrides.rosacea",
        "cannot be overridden",
    );
    expect(
        &o(r#""acne-scars": {"sessions": {"min": 6, "max": 3}}"#),
        "overrides.acne-scars.sessions.min",
        "must not be above max",
    );
    expect(
        &o(r#""acne-scars": {"sessions": {"min": 0, "max": 3}}"#),
        "overrides.acne-scars.sessions",
        "between 1 and 30",
    );
    expect(
        &o(r#""acne-scars": {"sessions": {"min": 3, "max": 31}}"#),
        "overrides.acne-scars.sessions",
        "between 1 and 30",
    );
    expect(
        &o(r#""acne-scars": {"interval_weeks": 0}"#),
        "overrides.acne-scars.interval_weeks",
        "between 2 and 6",
    );
    // The evidence's range for each concern (§1b's brackets), not 1–12.
    expect(
        &o(r#""acne-scars": {"interval_weeks": 12}"#),
        "overrides.acne-scars.interval_weeks",
        "must be between 2 and 6 for this concern",
    );
    expect(
        &o(r#""hair-loss": {"interval_weeks": 3}"#),
        "overrides.hair-loss.interval_weeks",
        "must be between 1 and 2 for this concern",
    );
    expect(
        &o(r#""laxity": {"interval_weeks": 2}"#),
        "overrides.laxity.interval_weeks",
        "must be between 4 and 6 for this concern",
    );
    expect(
        &o(r#""acne-scars": {"interval": 4}"#),
        "overrides.acne-scars.interval",
        "unknown field",
    );
    expect(
        &o(r#""tattoos": {"interval_weeks": 4}"#),
        "overrides.tattoos",
        "unknown concern `tattoos`",
    );
}

#[test]
fn wording_errors() {
    // A bilingual French clinic keeps its French text (unshown, with a
    // console warning); a key that is no language is refused.
    assert_eq!(
        problems(&with(r#""wording": {"fr": {"title": "Bonjour"}}"#)),
        Vec::<String>::new()
    );
    expect(
        &with(r#""wording": {"français": {"title": "Bonjour"}}"#),
        "wording.français",
        "language tag",
    );
    expect(
        &with(r#""wording": {"en": {"title": ""}}"#),
        "wording.en.title",
        "must not be empty",
    );
    expect(
        &with(r#""wording": {"en": {"headline": "Hi"}}"#),
        "wording.en.headline",
        "unknown field",
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let json = r#"{"clinic": {"name": "X", "phone": "555", "email": "nope"},
        "currency": "us", "prices": {"face": {"min": 9, "max": 1}}, "concerns": ["zits"], "colour": "red"}"#;
    let found = problems(json);
    let paths: Vec<&str> = found
        .iter()
        .map(|p| p.split_once(": ").unwrap().0)
        .collect();
    for path in [
        "clinic.email",
        "currency",
        "prices.face.min",
        "concerns[0]",
        "colour",
    ] {
        assert!(paths.contains(&path), "{path} missing from {found:#?}");
    }
}

#[test]
fn salvage_keeps_the_valid_contact_details() {
    let json = r#"{"clinic": {"name": "Sunrise Skin", "phone": "555-0100", "phone_international": "+15555550100"},
        "prices": {"face": {"min": -5, "max": 1}}}"#;
    let (config, problems) = ClinicConfig::salvage(Some(json), None);
    assert_eq!(problems.len(), 1);
    assert_eq!(config.clinic.name, "Sunrise Skin");
    assert_eq!(config.clinic.phone.as_deref(), Some("555-0100"));
    // Nothing usable: no clinic at all, never the default clinic's
    // details (a visitor must not be sent to another clinic).
    let (config, problems) = ClinicConfig::salvage(Some("not json"), None);
    assert_eq!(problems.len(), 1);
    assert_eq!(config.clinic, Default::default());
    let (config, _) = ClinicConfig::salvage(Some("[1, 2]"), None);
    assert_eq!(config.clinic, Default::default());
}

/// A problem in the clinic section keeps the section's valid fields for the
/// contact card: each bad field alone is dropped, whatever kind of problem
/// it is (a wrong value, a wrong type, an unknown field, a missing name).
#[test]
fn a_bad_clinic_field_drops_only_itself() {
    let contact = |clinic: &str| {
        let json = format!(r#"{{"clinic": {clinic}}}"#);
        let (config, problems) = ClinicConfig::salvage(Some(&json), None);
        assert!(!problems.is_empty(), "{clinic}");
        let c = config.clinic;
        (c.name, c.phone, c.email, c.booking_url)
    };
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        contact(r#"{"name": "Email Clinic", "email": "not an email", "phone": "555-0144"}"#),
        ("Email Clinic".into(), some("555-0144"), None, None)
    );
    assert_eq!(
        contact(r#"{"phone": "555-0144", "email": "a@b.co"}"#),
        (String::new(), some("555-0144"), some("a@b.co"), None)
    );
    assert_eq!(
        contact(r#"{"name": "N", "phone": 5550100, "email": "a@b.co"}"#),
        ("N".into(), None, some("a@b.co"), None)
    );
    assert_eq!(
        contact(r#"{"name": "N", "fax": "1", "phone": "555-0144"}"#),
        ("N".into(), some("555-0144"), None, None)
    );
    assert_eq!(
        contact(r#"{"name": "N", "phone": "555", "booking_url": "javascript:alert(1)"}"#),
        ("N".into(), some("555"), None, None)
    );
    // No clinic section at all: nothing to show but the message.
    let (config, problems) = ClinicConfig::salvage(Some(r#"{"currency": "EUR"}"#), None);
    assert_eq!(problems[0].path, "clinic");
    assert_eq!(config.clinic, Default::default());
}

/// A config URL that answers with a web page, and one the loader could not
/// download, say so instead of "must be a JSON object".
#[test]
fn an_html_page_or_a_failed_download_is_named() {
    let (_, problems) = ClinicConfig::salvage(Some("<!doctype html><p>Not found"), None);
    assert_eq!(
        problems[0].to_string(),
        "(file): is a web page or other markup, not JSON: is the config URL (or the inline <script> block) right?"
    );
    let loader = r#""could not load /c.json: HTTP 404""#;
    let (config, problems) = ClinicConfig::salvage(Some(loader), None);
    assert_eq!(
        problems[0].to_string(),
        "(file): could not load /c.json: HTTP 404"
    );
    assert_eq!(config.clinic, Default::default());
}

/// A clinic that wrote only its local number still gets a call link.
#[test]
fn a_phone_without_its_international_form_still_dials() {
    use treatment_estimator::model::config::Clinic;
    let clinic = |phone: Option<&str>, intl: Option<&str>| Clinic {
        phone: phone.map(String::from),
        phone_international: intl.map(String::from),
        ..Clinic::default()
    };
    let tel = |c: &Clinic| c.tel().map(|(shown, target)| (shown.to_string(), target));
    let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
    assert_eq!(
        tel(&clinic(Some("801-501-9797"), Some("+18015019797"))),
        pair("801-501-9797", "+18015019797")
    );
    assert_eq!(
        tel(&clinic(None, Some("+18015019797"))),
        pair("+18015019797", "+18015019797")
    );
    assert_eq!(tel(&clinic(Some("call us"), None)), None);
    // Written, shown, dialled. An extension in any script is not dialled;
    // the spaces and dashes written inside numbers do not end them. Words
    // and signs before the number are not part of it ("Tel.", "☎"), nor a
    // label's colon: the link shows the number from its first digit, + or
    // bracket (it says "Call" already).
    for (written, shown, dials) in [
        ("030 555 0100", "030 555 0100", "0305550100"),
        (" +49 30 5550100", "+49 30 5550100", "+49305550100"),
        (
            "(555) 012-3456 ext. 7",
            "(555) 012-3456 ext. 7",
            "5550123456",
        ),
        (
            "+7 495 555-01-00 доб. 12",
            "+7 495 555-01-00 доб. 12",
            "+74955550100",
        ),
        ("03-5555-0100 内線 12", "03-5555-0100 内線 12", "0355550100"),
        (
            "+49\u{a0}30\u{202f}555\u{2013}0100 Durchwahl 3",
            "+49\u{a0}30\u{202f}555\u{2013}0100 Durchwahl 3",
            "+49305550100",
        ),
        ("Ärztin: 030 555", "030 555", "030555"),
        ("Tel. 801-501-9797", "801-501-9797", "8015019797"),
        (
            "Phone (main): (801) 501-9797",
            "(801) 501-9797",
            "8015019797",
        ),
        ("Tel. (801) 501-9797", "(801) 501-9797", "8015019797"),
        ("☎ +1 801-501-9797", "+1 801-501-9797", "+18015019797"),
    ] {
        assert_eq!(
            tel(&clinic(Some(written), None)),
            pair(shown, dials),
            "{written}"
        );
    }
    // A number is not complete before its seventh digit: a Latin letter
    // there is dialled as the keypad spells it, with the rest of its word
    // and of words joined by dashes (verify24 H1's spellings). After it, a
    // letter, #, /, a comma, a semicolon or a bracket ends the number.
    for (written, dials) in [
        ("1-800-FLOWERS", "18003569377"),
        ("1-800-GOT-JUNK", "18004685865"),
        ("1-800-MY-APPLE", "18006927753"),
        ("1 800 FLOWERS", "18003569377"),
        ("+1 800 FLOWERS", "+18003569377"),
        ("1800FLOWERS", "18003569377"),
        ("(800) FLOWERS", "8003569377"),
        ("1\u{2013}800\u{2013}FLOWERS", "18003569377"),
        ("1-800-flowers", "18003569377"),
        ("1-800-Flowers", "18003569377"),
        ("1-800-FLOWERS ext. 12", "18003569377"),
        ("1-800-FLOWERS (1-800-356-9377)", "18003569377"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("030/555 0100", "0305550100"),
        ("801-501-9797 #12", "8015019797"),
        ("801-501-9797-EXT-12", "8015019797"),
        ("801-501-9797 / 801-501-9798", "8015019797"),
        ("801-501-9797, 801-501-9798", "8015019797"),
        ("801-501-9797 (mobile)", "8015019797"),
        ("555-0100-M-F", "5550100"),
        ("555-0100 -MAIN", "5550100"),
        ("555-0100EXT12", "5550100"),
        ("555-0100X12", "5550100"),
        ("801-501-9797 EXT 12", "8015019797"),
        ("801-501-9797 Mo-Fr", "8015019797"),
        // verify25: words split by spaces, dots or dashes; a number's full
        // length (10 digits, 11 after a 1); labels before a colon;
        // "00" as "+"; extensions after letters; short numbers.
        ("1 800 GOT JUNK", "18004685865"),
        ("+1 800 got junk", "+18004685865"),
        ("1.800.GOT.JUNK", "18004685865"),
        ("1-800-GOT\u{2013}JUNK", "18004685865"),
        ("1 888 SKIN DOC", "18887546362"),
        ("(888) SKIN DOC", "8887546362"),
        ("(888) SKIN DOC ext 5", "8887546362"),
        ("1-800-CONTACTS", "18002668228"),
        ("1-800-FLOWERS-EXT-5", "18003569377"),
        ("1-800-4-SKIN-MD", "18004754663"),
        ("800-SKIN x1234", "8007546"),
        ("1-800-DERM ext 1234", "18003376"),
        ("1300 SKIN MD", "1300754663"),
        ("13 22 11 (Mon\u{2013}Fri)", "132211"),
        ("13 12 34 ext 5", "131234"),
        ("0049 (0)30 1234567", "0049301234567"),
        ("0044 (0)20 7946 0958", "00442079460958"),
        ("+33 (0)1 23 45 67 89", "+33123456789"),
        ("Call 24/7: 801-501-9797", "8015019797"),
        ("Mon\u{2013}Fri 9am\u{2013}5pm: 801-501-9797", "8015019797"),
        ("Phone (main): 801-501-9797", "8015019797"),
        ("Tel: 801-501-9797 ext: 12", "8015019797"),
        // verify26: a second number after " - ", "|", "&", "·", "+", two
        // spaces or a line break; hours glued to a short group; a trunk 0
        // in brackets after a country code; a digit between vanity words.
        ("801-501-9797 | 801-501-9798", "8015019797"),
        ("801-501-9797 \u{b7} 801-501-9798", "8015019797"),
        ("801-501-9797 \u{2013} 801-501-9798", "8015019797"),
        ("801-501-9797 & 801-501-9798", "8015019797"),
        ("801 501 9797  801 501 9798", "8015019797"),
        ("801-501-9797\n801-501-9798", "8015019797"),
        ("91 123 45 67 - 610 12 34 56", "911234567"),
        ("030 1234567 + 0171 1234567", "0301234567"),
        ("+44 (0)20 7946 0958 | +44 (0)7700 900123", "+442079460958"),
        ("801 501 9797 24h", "8015019797"),
        ("0800 123 4567 - 24 hrs", "08001234567"),
        ("801-501-9797 2x", "8015019797"),
        ("1 800 FLOWERS 24h", "18003569377"),
        ("+61 (02) 9876 5432", "+61298765432"),
        ("+49 (030) 1234567", "+49301234567"),
        ("0049 (030) 1234567", "0049301234567"),
        ("1-877-KARS-4-KIDS", "18775277454"),
        ("555-0100-7", "55501007"),
    ] {
        let dialled = tel(&clinic(Some(written), None)).map(|(_, target)| target);
        assert_eq!(dialled.as_deref(), Some(dials), "{written}");
    }
    assert_eq!(tel(&clinic(None, None)), None);
}

/// Every letter of every script from U+00C0 up (and every ASCII letter)
/// ends a number, as `char::is_alphabetic` did; no digit, space or dash
/// written inside numbers does. Checked over every `char`.
#[test]
fn a_letter_of_any_script_ends_a_phone_number() {
    use treatment_estimator::model::config::ends_number;
    let letters = (0..=0x10ffff_u32)
        .filter_map(char::from_u32)
        .filter(|c| c.is_alphabetic() && (c.is_ascii() || *c >= '\u{c0}'));
    let mut n = 0;
    for c in letters {
        assert!(ends_number(c), "{c:?} (U+{:04X})", c as u32);
        n += 1;
    }
    assert!(n > 100_000, "{n} letters checked");
    for c in "0123456789 +-().\u{a0}\u{202f}\u{2013}\u{2212}\u{3000}\u{ff10}\u{ff0b}".chars() {
        assert!(!ends_number(c), "{c:?}");
    }
}

/// The default prices are US dollars: a clinic in another currency that
/// leaves `prices` out (or null) is told, never shown ¥250 a session; and
/// a clinic with its own prices gets no default extras.
#[test]
fn another_currency_needs_its_own_prices_and_the_default_extras_come_only_with_the_default_prices()
{
    for rest in [
        r#""currency": "JPY""#,
        r#""currency": "GBP", "prices": null"#,
    ] {
        expect(
            &with(rest),
            "prices",
            "required: the default prices are in US dollars, not ",
        );
    }
    assert_eq!(
        problems(&with(r#""currency": "USD""#)),
        Vec::<String>::new()
    );
    // Given but wrong: that problem only, not "required" as well.
    expect(
        &with(r#""currency": "GBP", "prices": {"face": {"min": -1, "max": 300}}"#),
        "prices.face.min",
        "must be above 0",
    );
    let own = ClinicConfig::from_json(&with(
        r#""currency": "GBP", "prices": {"face": {"min": 200, "max": 300}}"#,
    ))
    .unwrap();
    assert!(own.add_ons.is_empty() && own.packages.is_empty());
    let default = ClinicConfig::from_json(&with("")).unwrap();
    assert!(!default.add_ons.is_empty());
}

/// A phone with nothing to dial is a mistake, not a silently missing
/// link; a web link with a space is told what is wrong with it.
#[test]
fn a_phone_needs_digits_and_a_web_link_no_spaces() {
    let clinic = |fields: &str| format!(r#"{{"clinic": {{"name": "X", {fields}}}}}"#);
    expect(
        &clinic(r#""phone": "call us""#),
        "clinic.phone",
        "has no number to dial",
    );
    expect(
        &clinic(r#""phone": "ext. 12""#),
        "clinic.phone",
        "has no number to dial",
    );
    assert_eq!(
        problems(&clinic(
            r#""phone": "call us", "phone_international": "+15555550100""#
        )),
        Vec::<String>::new()
    );
    assert_eq!(
        problems(&clinic(r#""phone": "020 7946 0000 ext. 7""#)),
        Vec::<String>::new()
    );
    // Fullwidth digits are digits, and are dialled as ASCII ones.
    let fullwidth = clinic(r#""phone": "０３−１２３４−５６７８""#);
    assert_eq!(problems(&fullwidth), Vec::<String>::new());
    let config = ClinicConfig::from_json(&fullwidth).unwrap();
    assert_eq!(config.clinic.tel().unwrap().1, "0312345678");
    expect(
        &clinic(r#""booking_url": "https://clinic.example/book now""#),
        "clinic.booking_url",
        "must be a web address starting with https:// or http://, without spaces",
    );
    expect(
        &clinic(r#""contact_form_url": "tel:555""#),
        "clinic.contact_form_url",
        "must be a web address",
    );
}

/// What the shipped schema passes, the widget accepts: `tests/schema-cases.json`
/// says for each config whether the schema passes it and whether the widget
/// accepts it (the same but for rules across fields, which JSON Schema does
/// not say). This checks the widget's verdicts; `tests/e2e/schema.spec.mjs`
/// checks the schema's, with Ajv.
#[test]
fn the_widget_agrees_with_the_schema_cases() {
    let text = include_str!("schema-cases.json");
    let cases: serde_json::Value = serde_json::from_str(text).unwrap();
    let cases = cases.as_array().unwrap();
    assert!(cases.len() >= 20);
    for case in cases {
        let config = serde_json::to_string(&case["config"]).unwrap();
        let accepted = ClinicConfig::from_json(&config);
        assert_eq!(
            accepted.is_ok(),
            case["widget"].as_bool().unwrap(),
            "{}: {:?}",
            case["why"],
            accepted.err()
        );
    }
}

// ---- From a mutation run (cargo-mutants, verify45) of config.rs's
// remaining shards, text.rs, small_map.rs, json.rs and embed/mod.rs: each
// test names the mutant(s) it kills (lines as at 15dede9) and fails under
// them.

/// A bundle may cost the same as one of its areas alone, or as its areas
/// apart, at either end: only cheaper than an area or dearer than its areas
/// is refused (README: "a bundle cheaper than one of its areas alone or
/// dearer than its areas apart"). Face 250–700 + neck 125–350 = 375–1,050.
// Kills config.rs:1534:40 `<` → `<=`, 1534:61 `<` → `<=`, 1544:53 `>` → `>=`, 1544:78 `>` → `>=` (bundles).
#[test]
fn a_bundle_may_cost_as_much_as_an_area_alone_or_its_areas_apart() {
    let prices =
        r#""prices": {"face": {"min": 250, "max": 700}, "neck": {"min": 125, "max": 350}}"#;
    for (min, max) in [(250, 900), (300, 700), (375, 1000), (300, 1050)] {
        let json = with(&format!(
            r#"{prices}, "bundles": [{{"areas": ["face", "neck"], "min": {min}, "max": {max}}}]"#
        ));
        assert_eq!(problems(&json), Vec::<String>::new(), "{min}–{max}");
    }
}

/// The schema's bounds for packages are inclusive (sessions 2–50,
/// percent_off 1–50); a package may keep the previous one's discount (the
/// message: "must not be smaller"); and a longer course may cost exactly as
/// much as the shorter one ("must not drop below", `packages`' doc): 2
/// sessions at 50% off cost one full session; 3 at 40% off cost 2 at 10% off.
// Kills config.rs:1562:47 `>` → `==` and `>` → `>=` (50 sessions), 1575:40 `<` → `<=` (the previous package's
// percent_off again).
#[test]
fn package_bounds_are_inclusive_and_an_equal_cost_is_allowed() {
    let p = |packages: &str| with(&format!(r#""packages": [{packages}]"#));
    for packages in [
        r#"{"sessions": 3, "percent_off": 10}, {"sessions": 50, "percent_off": 10}"#,
        r#"{"sessions": 2, "percent_off": 50}"#,
        r#"{"sessions": 2, "percent_off": 10}, {"sessions": 3, "percent_off": 40}"#,
    ] {
        assert_eq!(problems(&p(packages)), Vec::<String>::new(), "{packages}");
    }
    expect(
        &p(r#"{"sessions": 3, "percent_off": 10}, {"sessions": 51, "percent_off": 10}"#),
        "packages[1].sessions",
        "between 2 and 50",
    );
}

/// An extra priced as a percentage of the session may be 500% (the
/// schema's inclusive maximum), not 501%.
// Kills config.rs:1653:28 `>` → `>=` (add_ons' percent_of_session).
#[test]
fn an_extra_may_cost_up_to_500_percent_of_a_session() {
    let a = |percent: u32| {
        with(&format!(
            r#""add_ons": [{{"id": "prp", "kind": "prp", "name": {{"en": "PRP"}}, "percent_of_session": {percent}}}]"#
        ))
    };
    assert_eq!(problems(&a(500)), Vec::<String>::new());
    expect(
        &a(501),
        "add_ons[0].percent_of_session",
        "between 1 and 500",
    );
}

/// An empty placeholder `{}` in the booking link is an unknown placeholder
/// like any other (README: `booking_url` may contain only the eight
/// named ones), reported, not a crash; so is one that never closes.
// Kills config.rs:1381:35 `end + 1` → `end - 1` (placeholders: `{}` underflowed and panicked).
#[test]
fn an_empty_booking_placeholder_is_reported() {
    let clinic = |url: &str| {
        format!(r#"{{"clinic": {{"name": "X", "phone": "555", "booking_url": "{url}"}}}}"#)
    };
    expect(
        &clinic("https://cal.com/x?a={}"),
        "clinic.booking_url",
        "unknown placeholder {};",
    );
    let found = problems(&clinic("https://cal.com/x?n={sessions_min}&p={}&q={open"));
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].contains("unknown placeholder {};"), "{found:?}");
    assert!(
        found[1].contains("unknown placeholder {open};"),
        "{found:?}"
    );
}

/// Every subtag of a language tag is 1–8 letters or digits (the schema's
/// `^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`): a POSIX locale pasted from a
/// server ("en-US.UTF-8", "de-DE@euro") is no language tag.
// Kills config.rs:1408:43 `&&` → `||` (is_locale_tag's subtags).
#[test]
fn a_posix_locale_is_no_language_tag() {
    for tag in ["en-US.UTF-8", "de-DE@euro", "es-international"] {
        expect(
            &with(&format!(r#""locale": "{tag}""#)),
            "locale",
            "language tag",
        );
        expect(
            &with(&format!(r#""wording": {{"{tag}": {{"title": "T"}}}}"#)),
            &format!("wording.{tag}"),
            "language tag",
        );
    }
    assert_eq!(
        problems(&with(r#""locale": "es-419", "language": "en-GB""#)),
        Vec::<String>::new()
    );
}

/// `SmallMap` and `SmallSet` print as `BTreeMap` and `BTreeSet` do (the
/// module's doc): test failures and `{:?}` logs read the same.
// Kills small_map.rs `fmt` → `Ok(Default::default())` (both impls).
#[test]
fn small_maps_and_sets_print_as_btree_ones_do() {
    use std::collections::{BTreeMap, BTreeSet};
    use treatment_estimator::model::small_map::{SmallMap, SmallSet};
    let pairs = [("neck", 2), ("face", 1), ("scalp", 3)];
    let small: SmallMap<&str, u8> = pairs.into();
    assert_eq!(format!("{small:?}"), format!("{:?}", BTreeMap::from(pairs)));
    let set: SmallSet<u8> = [3, 1, 2, 3].into();
    assert_eq!(
        format!("{set:?}"),
        format!("{:?}", BTreeSet::from([1, 2, 3]))
    );
}

/// A section that must be an object, given as something else, is refused
/// by the serde reader (`ConfigFile`, for native users) with serde's words
/// for a map, as `BTreeMap`'s reader says it.
// Kills small_map.rs:285:17 `expecting` → `Ok(Default::default())` ("expected " with nothing after it).
#[test]
fn the_serde_reader_says_a_section_must_be_a_map() {
    use treatment_estimator::model::config::ConfigFile;
    let json = with(r#""prices": 5"#);
    let e = serde_json::from_str::<ConfigFile>(&json).unwrap_err();
    assert!(
        e.to_string()
            .contains("invalid type: integer `5`, expected a map"),
        "{e}"
    );
}

/// An amount of 1 written with 29 decimals (30 significant digits) has too
/// many decimals (README: "more than 3 decimals" is a config problem); it is
/// not too large. `json::decimal` keeps up to 30 significant digits.
// Kills json.rs:322:26 `>` → `>=` and `>` → `==` (decimal's 30-digit guard: called "at most 10000000000").
#[test]
fn thirty_significant_digits_are_read_as_decimals_not_as_too_large() {
    let one = format!("1.{}1", "0".repeat(28));
    expect(
        &with(&format!(
            r#""prices": {{"face": {{"min": {one}, "max": 700}}}}"#
        )),
        "prices.face.min",
        "must have at most 3 decimal places",
    );
}

/// The `currency` attribute is kept when the config's amounts fit it
/// (README: only "amounts with more decimals than it allows keep the
/// config's currency, with a console warning"): a config problem that has
/// nothing to do with money does not swap it, nor say "do not fit"; and a
/// `language` the widget speaks is not reported as having no catalogue.
// Kills embed/mod.rs:167:35 `own_problems.len() < problems.len()` → `<=`, and
// embed/mod.rs:234:57 `from_tag(l).is_none() && !l.is_empty()` → `||`.
#[test]
fn a_currency_attribute_that_fits_is_kept_and_a_spoken_language_is_not_warned_about() {
    use treatment_estimator::embed::{resolve, HostInput};
    let config = r#"{"clinic": {"name": "X", "phone": "555-0100", "email": "nope"},
        "language": "es", "prices": {"face": {"min": 250, "max": 700}}}"#;
    let r = resolve(&HostInput {
        config_json: Some(config.into()),
        currency: Some("EUR".into()),
        lang: Some("en".into()),
        ..HostInput::default()
    });
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert_eq!(r.config.currency.code, "EUR");
    assert_eq!(r.warnings, Vec::<String>::new());
}
