//! The second half of the load test (tests/e2e/load.spec.mjs): for every
//! widget the browser left in a random state, recompute the estimate with
//! the native model from its share link (concerns, areas, extras) and the
//! safety answers ticked on screen (a link never holds them), and compare
//! with what the widget showed, and what it announced: the plan for the
//! same concerns and areas without any safety answer (those never leave
//! the widget). Run by scripts/test.sh after the e2e suite.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use treatment_estimator::embed::share;
use treatment_estimator::i18n::Language;
use treatment_estimator::model::protocol::Span;
use treatment_estimator::model::{estimate, ClinicConfig, Price, Question};

#[test]
#[ignore = "needs target/load-check.json from the e2e load test"]
fn every_estimate_in_the_load_test_matches_the_native_model() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/target/load-check.json");
    let text = std::fs::read_to_string(path).expect("run the e2e load test first");
    let results: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(results.len(), 10);
    let config = ClinicConfig::default();
    let mut checked = 0;
    for r in &results {
        let Some(link) = r["link"].as_str() else {
            continue;
        };
        let (mut answers, language) =
            share::decode(link, &config, &mut Vec::new()).expect("a share link");
        assert_eq!(language, Some(Language::En));
        let told = estimate(&answers, &config);
        for item in r["screening"]
            .as_array()
            .expect("the ticked safety answers")
        {
            let (q, choice) = item.as_str().unwrap().split_once(':').unwrap();
            assert!(answers.answer(Question::from_id(q).expect("a question id"), choice));
        }
        let shown = estimate(&answers, &config);
        let summary = r["summary"].as_str().unwrap();
        match &shown.plan {
            None => assert!(!summary.contains('$'), "{summary}"),
            Some(plan) => {
                let count = |s: Span| match (s.min, s.max) {
                    (1, 1) => "1 session".to_string(),
                    (a, b) if a == b => format!("{a} sessions"),
                    (a, b) => format!("{a}–{b} sessions"),
                };
                // Skin and scalp: a sentence each, the skin's first.
                let sessions = match plan.tracks.as_slice() {
                    [one] => count(one.sessions),
                    [skin, ..] => format!("Skin: {}", count(skin.sessions)),
                    [] => unreachable!("a plan has a track"),
                };
                assert!(summary.starts_with(&sessions), "{summary} vs {sessions}");
                if let Price::Range(p) = &plan.price {
                    let max = treatment_estimator::model::money::format_plain(
                        p.total.max,
                        &config.currency,
                    );
                    assert!(summary.contains(&max), "{summary} lacks {max}");
                }
            }
        }
        let event = &r["event"];
        assert!(event.get("eligibility").is_none(), "{event}");
        let ids: Vec<&str> = told.concerns.iter().map(|c| c.id()).collect();
        assert_eq!(event["concerns"], serde_json::json!(ids), "{link}");
        match &told.plan {
            None => assert!(
                event["sessions"].is_null() && event["price"].is_null(),
                "{link}"
            ),
            Some(plan) => {
                assert_eq!(event["sessions"]["min"], plan.sessions.min, "{link}");
                assert_eq!(event["sessions"]["max"], plan.sessions.max, "{link}");
                match &plan.price {
                    Price::Range(p) => {
                        assert_eq!(event["price"]["min"], p.total.min / 100, "{link}");
                        assert_eq!(event["price"]["max"], p.total.max / 100, "{link}");
                    }
                    Price::NeedsArea | Price::AtConsultation => {
                        assert!(event["price"].is_null())
                    }
                }
            }
        }
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} widgets had a share link");
    eprintln!("load check: {checked} widget states recomputed natively, all consistent");
}
