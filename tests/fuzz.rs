//! Fuzzing the parsers a stranger can reach: the clinic config (JSON) and the
//! host's prefill (attributes, URL parameters, share fragments, theme).
//! Random strings, random JSON, and mutations of the real config: nothing
//! may panic, and every config rejection must name a field.
//!
//! The test command runs a bounded number of cases; the long run is
//! `TE_FUZZ_CASES=250000 cargo test --profile fuzz --test fuzz -- --nocapture --test-threads 1`
//! (four properties × 250,000 = 1,000,000 inputs; see the README).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use std::time::Instant;
use treatment_estimator::embed::{resolve, share, share_page, theme, HostInput};
use treatment_estimator::model::config::{ConfigError, DEFAULT_CONFIG_JSON};
use treatment_estimator::model::config_reader;
use treatment_estimator::model::{estimate, ClinicConfig};

fn cases() -> u32 {
    std::env::var("TE_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_500)
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    })
}

/// Every problem names where it is: "(file)", a known top-level field, or
/// the unknown field the file itself contains.
fn names_a_field(e: &ConfigError, keys: &[String]) -> bool {
    let root = e.path.split(['.', '[']).next().unwrap_or("");
    // Keys may themselves contain '.' or '[': compare whole prefixes too.
    let under = |k: &str| {
        e.path == k || e.path.starts_with(&format!("{k}.")) || e.path.starts_with(&format!("{k}["))
    };
    !e.message.is_empty()
        && (root == "(file)"
            || config_reader::TOP_FIELDS.contains(&root)
            || keys.iter().any(|k| under(k)))
}

/// Parses, and if the config is usable, estimates with it: the whole path a
/// config takes in the widget.
fn exercise_config(text: &str) -> Result<(), TestCaseError> {
    let (config, problems) = ClinicConfig::salvage(Some(text), None);
    // The file's own keys, as the widget's parser reads them: serde_json
    // refuses numbers beyond f64 (`1e400`), which JSON allows and the
    // widget's exact parser reads (that made this fail about once in a few
    // million inputs, on an unknown field named " urrency").
    let keys: Vec<String> = match treatment_estimator::model::json::parse(text) {
        Ok(treatment_estimator::model::json::Json::Object(m)) => {
            m.into_iter().map(|(k, _)| k).collect()
        }
        _ => Vec::new(),
    };
    for p in &problems {
        prop_assert!(names_a_field(p, &keys), "unnamed problem: {p:?}");
        prop_assert!(!p.path.is_empty());
    }
    if problems.is_empty() {
        let answers = treatment_estimator::model::Answers::default()
            .with_concern(treatment_estimator::model::Concern::AcneScars)
            .with_area(treatment_estimator::model::Area::Face);
        let _ = estimate(&answers, &config);
    }
    Ok(())
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "face",
            "neck",
            "acne-scars",
            "prp",
            "USD",
            "en",
            "https://a.example",
            "tel:+1555",
            "javascript:alert(1)",
            "",
            "-1",
            "{concerns}",
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    "[a-z_]{1,10}",
                    prop::sample::select(vec![
                        "clinic",
                        "name",
                        "phone",
                        "prices",
                        "min",
                        "max",
                        "face",
                        "packages",
                        "sessions",
                        "percent_off",
                        "add_ons",
                        "id",
                        "kind",
                        "concerns",
                        "wording",
                        "en",
                        "title",
                        "overrides",
                        "interval_weeks",
                        "bundles",
                        "areas",
                    ])
                    .prop_map(str::to_string),
                ],
                inner,
                0..5,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The member or element a path step picks (steps wrap around), or `None`
/// in a leaf or an empty container.
fn child(node: &mut Value, step: usize) -> Option<&mut Value> {
    match node {
        Value::Object(m) if !m.is_empty() => {
            let key = m.keys().nth(step % m.len()).cloned().unwrap();
            m.get_mut(&key)
        }
        Value::Array(a) if !a.is_empty() => {
            let i = step % a.len();
            Some(&mut a[i])
        }
        _ => None,
    }
}

/// Where a path's last step is taken from: the node its other steps reach.
fn parent<'a>(base: &'a mut Value, path: &[usize]) -> Option<&'a mut Value> {
    let (_, head) = path.split_last()?;
    head.iter().try_fold(base, |node, step| child(node, *step))
}

/// Replaces the value at a random path of the default config.
fn mutate(base: &mut Value, path: &[usize], new: Value) {
    let last = path.last().copied().unwrap_or(0);
    if let Some(target) = parent(base, path).and_then(|p| child(p, last)) {
        *target = new;
    }
}

/// Every string value trimmed, as the widget's reader reads them (the
/// schema's `\S` patterns and the reader's blank checks then agree on what
/// blank is); object keys stay as written, as the reader keeps them.
fn trimmed(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(s.trim_ascii().to_string()),
        Value::Array(a) => Value::Array(a.iter().map(trimmed).collect()),
        Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (k.clone(), trimmed(x))).collect()),
        other => other.clone(),
    }
}

/// Like `mutate`, but a `null` for an object's member on an odd last step
/// removes the member instead: a required field left out must be refused
/// by the reader as by serde (a field made optional by mistake would give
/// a silent default).
fn mutate_or_remove(base: &mut Value, path: &[usize], new: Value) {
    let last = path.last().copied().unwrap_or(0);
    if new.is_null() && last % 2 == 1 {
        if let Some(Value::Object(m)) = parent(base, path) {
            if !m.is_empty() {
                // Not `last % len`: with two members, odd steps would
                // always pick the second.
                let key = m.keys().nth((last / 2) % m.len()).cloned().unwrap();
                m.remove(&key);
            }
        }
        return;
    }
    mutate(base, path, new);
}

fn report(name: &str, started: Instant) {
    eprintln!(
        "fuzz {name}: {} inputs in {:.1}s, no panic",
        cases(),
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn config_from_arbitrary_text() {
    let started = Instant::now();
    runner()
        .run(
            &prop_oneof!["\\PC{0,200}", "[\\[\\]{}\",:0-9a-z. -]{0,120}"],
            |text| exercise_config(&text),
        )
        .unwrap();
    report("config text", started);
}

#[test]
fn config_from_mutated_real_configs() {
    let base: Value = serde_json::from_str(DEFAULT_CONFIG_JSON).unwrap();
    let started = Instant::now();
    runner()
        .run(
            &(
                prop::collection::vec(any::<usize>(), 1..5),
                json_value(),
                prop::collection::vec((any::<usize>(), any::<u8>()), 0..4),
            ),
            |(path, value, byte_edits)| {
                let mut config = base.clone();
                mutate(&mut config, &path, value);
                let mut text = serde_json::to_string(&config).unwrap().into_bytes();
                // Raw byte edits too: truncations, stray quotes, broken UTF-8.
                for (at, byte) in byte_edits {
                    if !text.is_empty() {
                        let i = at % text.len();
                        text[i] = byte;
                    }
                }
                let text = String::from_utf8_lossy(&text).into_owned();
                exercise_config(&text)
            },
        )
        .unwrap();
    report("mutated config", started);
}

#[test]
fn config_from_random_json() {
    let started = Instant::now();
    runner()
        .run(&json_value(), |value| {
            exercise_config(&serde_json::to_string(&value).unwrap())
        })
        .unwrap();
    report("random JSON", started);
}

#[test]
fn prefill_attributes_urls_fragments_and_theme() {
    let word = prop_oneof![
        "\\PC{0,40}",
        prop::sample::select(vec![
            "acne-scars",
            "wrinkles,hair-loss",
            "face,neck",
            "es",
            "es-MX",
            "EUR",
            "%2C",
            "%",
            "te-c=acne-scars:grade-4",
            "<script>alert(1)</script>",
            "\u{0}",
            "javascript:",
        ])
        .prop_map(str::to_string),
    ];
    let started = Instant::now();
    runner()
        .run(
            &(
                prop::option::of(word.clone()),
                prop::option::of(word.clone()),
                prop::option::of(word.clone()),
                prop::option::of(word.clone()),
                prop::option::of(word.clone()),
                "\\PC{0,60}",
                prop::collection::vec(word, 0..6),
            ),
            |(lang, locale, currency, concerns, areas, theme_value, url_bits)| {
                let page_url = format!(
                    "https://clinic.example/p?te_concerns={}&te_areas={}&utm_source={}#te-c={}&te-a={}&te-q={}",
                    url_bits.first().cloned().unwrap_or_default(),
                    url_bits.get(1).cloned().unwrap_or_default(),
                    url_bits.get(2).cloned().unwrap_or_default(),
                    url_bits.get(3).cloned().unwrap_or_default(),
                    url_bits.get(4).cloned().unwrap_or_default(),
                    url_bits.get(5).cloned().unwrap_or_default(),
                );
                let input = HostInput {
                    config_json: None,
                    lang,
                    locale,
                    currency,
                    concerns,
                    areas,
                    page_url: page_url.clone(),
                    share_url: Some(theme_value.clone()),
                    browser_languages: theme_value.clone(),
                };
                let resolved = resolve(&input);
                // A share URL is only ever a web address without spaces.
                if let Some(url) = &share_page(&theme_value) {
                    prop_assert!(url.to_ascii_lowercase().starts_with("http") && !url.contains(char::is_whitespace));
                }
                let _ = estimate(&resolved.initial, &resolved.config);
                let _ = share::decode(&theme_value, &resolved.config, &mut Vec::new());
                let (set, _) = theme::parse_theme(&theme_value);
                for (_, v) in set {
                    let breaks_out = v.contains(['{', '}', ';', '<', '\\']);
                    prop_assert!(!breaks_out, "theme value {:?} could break out", v);
                }
                Ok(())
            },
        )
        .unwrap();
    report("prefill", started);
}

/// The widget's hand-written reader and serde's derived deserializer (the
/// documented `ConfigFile` type the JSON Schema comes from) agree: whatever
/// serde accepts, with its strings trimmed, the reader reads identically
/// (but for amounts with float noise beyond 3 decimals, which only the
/// exact reader refuses), and the reader accepts nothing serde refuses
/// (except `null` for an optional list, read as empty).
#[test]
fn the_widget_reader_agrees_with_serde() {
    use treatment_estimator::model::config::ConfigFile;
    use treatment_estimator::model::json;
    let base: Value = serde_json::from_str(DEFAULT_CONFIG_JSON).unwrap();
    let started = Instant::now();
    runner()
        .run(
            &(
                prop::collection::vec(any::<usize>(), 1..5),
                json_value(),
                any::<bool>(),
            ),
            |(path, value, mutate_it)| {
                let mut config = base.clone();
                if mutate_it {
                    mutate_or_remove(&mut config, &path, value);
                } else {
                    config = value;
                }
                let text = serde_json::to_string(&config).unwrap();
                // The reader trims every string value (" face " is `face`,
                // " " is blank); serde's derive keeps them as written, so it
                // is given them trimmed. (A string with white space at an end
                // made this fail about once in a few hundred runs.)
                let by_serde = serde_json::from_value::<ConfigFile>(trimmed(&config));
                let mut problems = Vec::new();
                let by_reader = config_reader::read(&json::parse(&text).unwrap(), &mut problems)
                    .filter(|_| problems.is_empty());
                match (&by_serde, &by_reader) {
                    (Ok(a), Some(b)) => prop_assert_eq!(a, b),
                    // Stricter on purpose: float dust such as 5.8e-19 (which
                    // serde's f64 rounding reads as 0), objects written as
                    // arrays (`[250, 700]`) and names written as one-key
                    // objects (`{"face": null}`, serde's externally tagged
                    // form of a unit variant): serde's derive accepts both,
                    // the schema neither. (The last one failed about one
                    // run in a hundred: the fuzz seed is new each run.)
                    (Ok(a), None) => prop_assert!(
                        problems.iter().all(|p| [
                            "must have at most 3 decimal places",
                            "invalid type: a list, expected an object with ",
                            "invalid type: an object, expected a string",
                        ]
                        .iter()
                        .any(|m| p.message.starts_with(m))),
                        "reader refused what serde read: {a:?} {problems:?}"
                    ),
                    (Err(e), Some(_)) => prop_assert!(
                        text.contains("\"address\":null"),
                        "reader accepted what serde refused: {e} in {text}"
                    ),
                    (Err(_), None) => {}
                }
                Ok(())
            },
        )
        .unwrap();
    report("reader vs serde", started);
}

/// The disagreement that made the fuzz run above fail about once in a
/// hundred runs, pinned: serde's derive reads `{"face": null}` as the
/// name `face`; the reader, like the schema, wants the string.
#[test]
fn a_name_written_as_a_one_key_object_is_refused_by_the_reader_alone() {
    use treatment_estimator::model::config::ConfigFile;
    use treatment_estimator::model::json;
    let mut config: Value = serde_json::from_str(DEFAULT_CONFIG_JSON).unwrap();
    config["bundles"][0]["areas"][0] = serde_json::json!({"face": null});
    let text = serde_json::to_string(&config).unwrap();
    assert!(serde_json::from_str::<ConfigFile>(&text).is_ok());
    let mut problems = Vec::new();
    let _ = config_reader::read(&json::parse(&text).unwrap(), &mut problems);
    let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages, ["invalid type: an object, expected a string"]);
}

/// The other disagreement the fuzz run above found, pinned: the reader
/// trims string values of ASCII whitespace (as HTML and CSS trim), so an
/// area written " face\t" is `face` and a name of one space is blank
/// (refused later, by `ClinicConfig`'s checks).
#[test]
fn string_values_are_read_trimmed() {
    use treatment_estimator::model::config::ConfigFile;
    use treatment_estimator::model::json;
    let mut config: Value = serde_json::from_str(DEFAULT_CONFIG_JSON).unwrap();
    config["bundles"][0]["areas"][0] = Value::from(" face\t");
    config["add_ons"][0]["name"]["en"] = Value::from(" ");
    let text = serde_json::to_string(&config).unwrap();
    assert!(
        serde_json::from_str::<ConfigFile>(&text).is_err(),
        "serde keeps the spaces"
    );
    let mut problems = Vec::new();
    let read = config_reader::read(&json::parse(&text).unwrap(), &mut problems).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        Ok(read),
        serde_json::from_value::<ConfigFile>(trimmed(&config)).map_err(|e| e.to_string())
    );
    let errors = ClinicConfig::from_json(&text).unwrap_err();
    assert!(
        errors.iter().any(|e| e.path == "add_ons[0].name.en"),
        "{errors:?}"
    );
}

/// The disagreement behind the mutated-config fuzz's rare failure, pinned:
/// a number beyond f64 is still JSON, so the widget reads the file and names
/// the unknown field beside it (serde_json refuses the whole file).
#[test]
fn a_number_beyond_f64_does_not_hide_the_files_keys() {
    let text = DEFAULT_CONFIG_JSON.replacen('{', r#"{" urrency": 1e400, "#, 1);
    assert!(serde_json::from_str::<Value>(&text).is_err());
    let (_, problems) = ClinicConfig::salvage(Some(&text), None);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, " urrency");
    exercise_config(&text).unwrap();
}
