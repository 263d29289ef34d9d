//! Edge cases a careless change could break without any other test
//! noticing: found by mutating the model, first by hand, then with
//! cargo-mutants (verify43, verify44). Each test here failed on the mutant
//! its comment names and passes on the real code. Plan-level figures across
//! two tracks, the exact recovery tables, price rules the default clinic
//! does not use, config bounds at their edges, prefill and share links with
//! a clinic that prices fewer areas, then the mutation run's finds.
#![cfg(not(target_arch = "wasm32"))]

use treatment_estimator::embed::handoff::{booking_href, PlanFacts};
use treatment_estimator::embed::{prefill, share};
use treatment_estimator::i18n::Language;
use treatment_estimator::model::money::Currency;
use treatment_estimator::model::price::PriceEstimate;
use treatment_estimator::model::protocol::{protocol, Intensity};
use treatment_estimator::model::recovery::{
    aftercare, course, AftercareRule, Care, Milestone, Profile,
};
use treatment_estimator::model::*;

const CLINIC: &str = r#""clinic": {"name": "N", "phone": "555-0100"}"#;

fn config(rest: &str) -> ClinicConfig {
    ClinicConfig::from_json(&format!("{{{CLINIC}, {rest}}}")).unwrap()
}

fn errors(rest: &str) -> Vec<String> {
    match ClinicConfig::from_json(&format!("{{{CLINIC}, {rest}}}")) {
        Ok(_) => vec![],
        Err(e) => e.iter().map(|e| e.to_string()).collect(),
    }
}

/// Every safety question cleared, an adult with fair skin.
fn cleared() -> Answers {
    Answers::default()
        .all_clear()
        .with_answer(Question::AgeBand, "22-plus")
        .with_answer(Question::SkinType, "3")
}

fn plan(a: &Answers, c: &ClinicConfig) -> Plan {
    estimate(a, c).plan.expect("a plan")
}

fn priced(p: &Price) -> &PriceEstimate {
    match p {
        Price::Range(r) => r,
        other => panic!("no price range: {other:?}"),
    }
}

fn areas(a: &Answers) -> Vec<Area> {
    a.areas.iter().copied().collect()
}

/// Skin and scalp run side by side: the plan lasts as long as its longest
/// track (what the figures and the chart show), never the sum.
#[test]
fn two_tracks_last_as_long_as_the_longest() {
    let a = cleared()
        .with_area(Area::Face)
        .with_severity(Concern::AcneScars, Severity::GoodmanBaron(3))
        .with_concern(Concern::HairLoss);
    let p = plan(&a, &ClinicConfig::default());
    assert_eq!(p.treatment_weeks(), Span::new(12, 16));
    assert_eq!(p.results_weeks(), Span::new(25, 42));
}

/// Only a sunburn or tan delays the start (the chart and the end month).
#[test]
fn nothing_delays_the_start_but_a_sunburn() {
    let a = cleared()
        .with_area(Area::Face)
        .with_concern(Concern::AcneScars);
    assert_eq!(plan(&a, &ClinicConfig::default()).start_delay_weeks, 0);
    let burnt = a.with_answer(Question::SunburnTan, "yes");
    assert_eq!(plan(&burnt, &ClinicConfig::default()).start_delay_weeks, 2);
}

/// A scalp PRP left ticked after hair loss is unticked (or from a share
/// link) does not make the skin's recovery the deep one.
#[test]
fn prp_for_a_track_not_in_the_plan_leaves_the_recovery_alone() {
    let a = cleared()
        .with_area(Area::Face)
        .with_severity(Concern::AcneScars, Severity::GoodmanBaron(3))
        .with_add_on("prp-scalp");
    assert_eq!(
        plan(&a, &ClinicConfig::default()).profile,
        Profile::Standard
    );
}

/// The scalp alone: no makeup or skin-actives milestone or rule (verify18
/// L4); beside a skin plan, the whole course and aftercare.
#[test]
fn a_scalp_only_plan_has_no_skin_care_days_or_rules() {
    let skin_only = |m: &Milestone| matches!(m, Milestone::Makeup | Milestone::Actives);
    let milestones = |p: &Plan| {
        p.recovery
            .iter()
            .flat_map(|d| d.milestones.clone())
            .collect::<Vec<_>>()
    };
    let hair = cleared().with_severity(Concern::HairLoss, Severity::Ludwig(2));
    let scalp = plan(&hair, &ClinicConfig::default());
    assert!(
        !milestones(&scalp).iter().any(skin_only),
        "{:?}",
        scalp.recovery
    );
    assert!(milestones(&scalp).contains(&Milestone::Exercise));
    let both = plan(
        &hair
            .with_area(Area::Face)
            .with_severity(Concern::AcneScars, Severity::GoodmanBaron(3)),
        &ClinicConfig::default(),
    );
    assert_eq!(both.recovery, course(both.profile, false));
    assert_eq!(both.care, Care::Face);
    let rules = |care| aftercare(care).collect::<Vec<_>>();
    assert_eq!(rules(Care::Face).len(), 7);
    assert!(!rules(Care::Scalp).contains(&AftercareRule::NoMakeup));
    assert!(!rules(Care::Scalp).contains(&AftercareRule::PauseActives));
    assert!(rules(Care::Scalp).contains(&AftercareRule::Sunscreen));
    assert_eq!(scalp.care, Care::Scalp);
}

/// The body alone (stretch marks on the abdomen): no makeup day or rule,
/// as for the scalp; skin actives still pause (verify30 F5). A face area
/// beside it brings makeup back.
#[test]
fn a_body_only_plan_has_no_makeup_day_or_rule() {
    let marks = cleared()
        .with_area(Area::Abdomen)
        .with_severity(Concern::StretchMarks, Severity::StriaeRubra);
    let milestones = |p: &Plan| {
        p.recovery
            .iter()
            .flat_map(|d| d.milestones.clone())
            .collect::<Vec<_>>()
    };
    let body = plan(&marks, &ClinicConfig::default());
    assert_eq!(body.care, Care::Body);
    assert!(!milestones(&body).contains(&Milestone::Makeup));
    assert!(milestones(&body).contains(&Milestone::Actives));
    let rules: Vec<_> = aftercare(Care::Body).collect();
    assert!(!rules.contains(&AftercareRule::NoMakeup));
    assert!(rules.contains(&AftercareRule::PauseActives));
    assert_eq!(rules.len(), 6);
    let with_face = plan(
        &marks
            .with_area(Area::Face)
            .with_severity(Concern::AcneScars, Severity::GoodmanBaron(3)),
        &ClinicConfig::default(),
    );
    assert_eq!(with_face.care, Care::Face);
    assert!(milestones(&with_face).contains(&Milestone::Makeup));
}

/// Face and abdomen together: the body's longer redness shows (§2a).
#[test]
fn any_body_area_gives_the_body_s_course() {
    let a = cleared()
        .with_area(Area::Face)
        .with_area(Area::Abdomen)
        .with_severity(Concern::AcneScars, Severity::GoodmanBaron(3));
    let p = plan(&a, &ClinicConfig::default());
    assert_eq!(p.recovery, course(p.profile, true));
}

/// "Not sure" spans every grade, so its recovery is the deepest grade's.
#[test]
fn not_sure_recovers_like_the_deepest_grade() {
    let p = protocol(Concern::AcneScars, Severity::NotSure).unwrap();
    assert_eq!(p.intensity, Intensity::Deep);
}

/// The exact tables (§2a, §2b): deep swelling by day; exercise from day 2
/// and pools from day 3 for everyone; actives back on day 5, 6 or 7.
#[test]
fn recovery_days_are_the_evidence_s() {
    let deep = course(Profile::Deep, false);
    let swelling: Vec<_> = deep.iter().map(|d| d.swelling).collect();
    assert_eq!(swelling, [2, 1, 1, 0, 0, 0, 0, 0]);
    let day_of = |p, m| {
        course(p, false)
            .iter()
            .find(|d| d.milestones.contains(&m))
            .map(|d| d.day)
    };
    for p in [Profile::Light, Profile::Standard, Profile::Deep] {
        assert_eq!(day_of(p, Milestone::Exercise), Some(2), "{p:?}");
        assert_eq!(day_of(p, Milestone::Swimming), Some(3), "{p:?}");
    }
    assert_eq!(day_of(Profile::Light, Milestone::Actives), Some(5));
    assert_eq!(day_of(Profile::Standard, Milestone::Actives), Some(6));
    assert_eq!(day_of(Profile::Deep, Milestone::Actives), Some(7));
}

/// Face, neck and décolletage: the three-area bundle (×1.8, §3.4), not the
/// face + neck one plus the décolletage.
#[test]
fn the_largest_bundle_is_tried_first() {
    let a = cleared()
        .with_area(Area::Face)
        .with_area(Area::Neck)
        .with_area(Area::Decolletage)
        .with_concern(Concern::AcneScars);
    let p = plan(&a, &ClinicConfig::default());
    let per = priced(&p.price).lines.iter().find_map(|l| match l {
        PriceLine::Sessions { per_session, .. } => Some(*per_session),
        _ => None,
    });
    assert_eq!(per, Some(PriceRange::new(45_000, 126_000)));
}

/// A discount only the upper session count reaches still has its line, so
/// the breakdown adds up to the total.
#[test]
fn the_breakdown_adds_up_when_only_the_upper_count_gets_a_discount() {
    let c = config(
        r#""prices": {"face": {"min": 200, "max": 400}}, "packages": [{"sessions": 5, "percent_off": 10}]"#,
    );
    let a = cleared()
        .with_area(Area::Face)
        .with_severity(Concern::AcneScars, Severity::GoodmanBaron(3));
    let e = plan(&a, &c).price;
    let e = priced(&e);
    let (mut min, mut max) = (0i128, 0i128);
    for l in &e.lines {
        match l {
            PriceLine::Sessions { amount, .. } | PriceLine::AddOn { amount, .. } => {
                min += i128::from(amount.min);
                max += i128::from(amount.max);
            }
            PriceLine::Package { saving, .. } => {
                min -= i128::from(saving.min);
                max -= i128::from(saving.max);
            }
            _ => {}
        }
    }
    assert_eq!(
        (min, max),
        (i128::from(e.exact.min), i128::from(e.exact.max))
    );
}

/// An extra priced as a share of a session the clinic does not price is
/// priced at the consultation, never a line of 0.
#[test]
fn a_percent_extra_on_an_unpriced_track_is_priced_at_the_consultation() {
    let c = config(
        r#""prices": {"face": {"min": 200, "max": 400}},
        "add_ons": [{"id": "boost", "kind": "other", "name": {"en": "B"}, "track": "scalp", "percent_of_session": 20}]"#,
    );
    let a = cleared()
        .with_area(Area::Face)
        .with_concern(Concern::AcneScars)
        .with_concern(Concern::HairLoss)
        .with_add_on("boost");
    let p = plan(&a, &c);
    assert!(priced(&p.price)
        .lines
        .contains(&PriceLine::AddOnAtConsultation { id: "boost".into() }));
}

/// A per-session extra costs its price × the sessions (4–5 × $50–$60).
#[test]
fn a_per_session_extra_is_multiplied_by_the_sessions() {
    let c = config(
        r#""prices": {"face": {"min": 200, "max": 400}},
        "add_ons": [{"id": "mask", "kind": "other", "name": {"en": "M"}, "per_session": {"min": 50, "max": 60}}]"#,
    );
    let a = cleared()
        .with_area(Area::Face)
        .with_severity(Concern::AcneScars, Severity::GoodmanBaron(3))
        .with_add_on("mask");
    let p = plan(&a, &c);
    assert!(priced(&p.price).lines.contains(&PriceLine::AddOn {
        id: "mask".into(),
        amount: PriceRange::new(20_000, 30_000)
    }));
}

/// Below 1,000 the total rounds outwards to tens: $955 → $950 – $960.
#[test]
fn small_totals_round_to_tens() {
    assert_eq!(
        PriceRange::new(95_500, 95_500).rounded_outwards(&Currency::usd()),
        PriceRange::new(95_000, 96_000)
    );
}

/// ISO 4217's three-decimal currencies: a dinar clinic's amounts would be
/// off tenfold with two.
#[test]
fn three_decimal_currencies_have_three_minor_digits() {
    for code in ["BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD"] {
        assert_eq!(Currency::new(code).minor_digits, 3, "{code}");
    }
}

/// Ticking by hand: stretch marks alone take the default face away; a
/// face concern joining brings it back, even with the scalp picked; a
/// second skin concern keeps it.
#[test]
fn ticking_keeps_the_face_where_a_face_concern_is() {
    let mut a = Answers::default().with_area(Area::Face);
    a.tick(Concern::StretchMarks);
    assert!(a.areas.is_empty());
    a.areas.insert(Area::Scalp);
    a.tick(Concern::AcneScars);
    assert!(a.areas.contains(&Area::Face));
    let mut b = Answers::default().with_area(Area::Face);
    b.tick(Concern::StretchMarks);
    b.tick(Concern::PoresTexture);
    assert_eq!(areas(&b), [Area::Face]);
}

/// verify57 F8: fine lines and sun damage are graded on the face's one
/// photo-aging type: the second ticked takes the first's type (picked or
/// assumed, as it was), and a type picked for either is both's.
#[test]
fn the_face_has_one_photo_aging_type() {
    let mut a = Answers::default().with_area(Area::Face);
    a.tick(Concern::SunDamage);
    a.tick(Concern::Wrinkles);
    assert!(a.assumed(Concern::Wrinkles) && a.assumed(Concern::SunDamage));
    a.grade(Concern::Wrinkles, Severity::Glogau(3));
    assert_eq!(a.concerns[&Concern::SunDamage], Severity::Glogau(3));
    assert!(!a.assumed(Concern::SunDamage));
    a.grade(Concern::SunDamage, Severity::Glogau(1));
    assert_eq!(a.concerns[&Concern::Wrinkles], Severity::Glogau(1));
    // Unticked and ticked again: the type still given for the other.
    a.concerns.remove(&Concern::Wrinkles);
    a.tick(Concern::Wrinkles);
    assert_eq!(a.concerns[&Concern::Wrinkles], Severity::Glogau(1));
    assert!(!a.assumed(Concern::Wrinkles));
    // Other scales are each concern's own.
    a.tick(Concern::Laxity);
    a.tick(Concern::PoresTexture);
    a.grade(Concern::Laxity, Severity::Marked);
    assert_eq!(a.concerns[&Concern::PoresTexture], Severity::Moderate);
    assert_eq!(a.concerns[&Concern::Wrinkles], Severity::Glogau(1));
}

/// Config bounds at their edges, not far from them.
#[test]
fn config_bounds_hold_at_their_edges() {
    let one = |e: Vec<String>, path: &str| {
        assert!(e.len() == 1 && e[0].starts_with(path), "{e:?}");
    };
    one(
        errors(r#""packages": [{"sessions": 3, "percent_off": 51}]"#),
        "packages[0].percent_off",
    );
    // Equal cost per session is allowed: a larger package may save the same.
    assert_eq!(
        errors(r#""packages": [{"sessions": 2, "percent_off": 50}]"#),
        Vec::<String>::new()
    );
    one(
        errors(
            r#""add_ons": [{"id": "a", "kind": "other", "name": {"en": "A"}, "percent_of_session": 501}]"#,
        ),
        "add_ons[0]",
    );
    assert_eq!(
        errors(r#""overrides": {"acne-scars": {"interval_weeks": 6}}"#),
        Vec::<String>::new()
    );
    one(
        errors(r#""overrides": {"acne-scars": {"interval_weeks": 7}}"#),
        "overrides.acne-scars.interval_weeks",
    );
    // A missing discount is a mistake, never a silent default.
    let e = errors(r#""packages": [{"sessions": 3}]"#);
    assert!(
        e.len() == 1 && e[0].contains("missing field `percent_off`"),
        "{e:?}"
    );
    let long = ClinicConfig::from_json(
        r#"{"clinic": {"name": "N", "phone": "555", "phone_international": "+1234567890123456"}}"#,
    );
    assert_eq!(long.map_err(|e| e.len()).err(), Some(1), "16 digits");
    assert!(ClinicConfig::from_json(
        r#"{"clinic": {"name": "N", "phone": "555", "phone_international": "+123456789012345"}}"#,
    )
    .is_ok());
}

/// A URL list with no concern the clinic offers keeps the attribute's.
#[test]
fn a_prefill_with_no_valid_concern_keeps_the_earlier_ones() {
    let mut a = Answers::default().with_concern(Concern::AcneScars);
    let mut skipped = vec![];
    prefill::apply_concerns(
        &mut a,
        "tattoo",
        "url",
        &ClinicConfig::default(),
        &mut skipped,
    );
    assert_eq!(a.concern_list(), [Concern::AcneScars]);
}

/// A campaign tag name of 20 characters is forwarded, 21 is not.
#[test]
fn utm_names_up_to_twenty_characters_are_forwarded() {
    assert_eq!(
        prefill::tracking_params("https://c.example/?utm_abcdefghijklmnop=1").len(),
        1
    );
    assert_eq!(
        prefill::tracking_params("https://c.example/?utm_abcdefghijklmnopq=1").len(),
        0
    );
}

/// A clinic that prices only the face: prefill and share links cannot add
/// the neck it does not offer.
#[test]
fn prefill_and_share_links_skip_areas_the_clinic_does_not_price() {
    let c = config(r#""prices": {"face": {"min": 200, "max": 400}}"#);
    let mut a = Answers::default().with_area(Area::Face);
    let mut skipped = vec![];
    prefill::apply_areas(&mut a, "neck", "url", &c, &mut skipped);
    assert_eq!(areas(&a), [Area::Face]);
    assert_eq!(skipped.len(), 1);
    let (b, _) = share::decode(
        "https://c.example/#te-c=acne-scars&te-a=face,neck",
        &c,
        &mut Vec::new(),
    )
    .unwrap();
    assert_eq!(areas(&b), [Area::Face]);
}

/// A grade from another concern's scale in a share link falls back to the
/// concern's default grade.
#[test]
fn a_share_link_s_grade_from_another_scale_is_not_kept() {
    let (b, _) = share::decode(
        "https://c.example/#te-c=acne-scars:glogau-2",
        &ClinicConfig::default(),
        &mut Vec::new(),
    )
    .unwrap();
    assert_eq!(b.concerns[&Concern::AcneScars], Severity::GoodmanBaron(3));
}

/// An extra for the skin, left ticked when only hair loss remains (or from
/// a share link), is not charged on the scalp's sessions.
#[test]
fn an_extra_is_charged_only_on_its_own_track() {
    let a = cleared().with_concern(Concern::HairLoss).with_add_on("prp");
    let p = plan(&a, &ClinicConfig::default());
    let prp = |l: &PriceLine| matches!(l, PriceLine::AddOn { id, .. } | PriceLine::AddOnAtConsultation { id } if id == "prp");
    assert!(!priced(&p.price).lines.iter().any(prp), "{:?}", p.price);
}

/// The schema's `Amount` maximum is 10000000000 major units, inclusive: a
/// clinic pricing in yen or won (30,000 JPY, 300,000 KRW a session) is
/// well inside it, and the limit itself is accepted. Mutants of
/// `AMOUNT_LIMIT_THOUSANDTHS` (`10_000_000_000 * 1000` → `+` or `/`)
/// refused the limit, and `/` refused any amount above 10,000.
#[test]
fn amounts_up_to_the_schema_s_maximum_are_accepted() {
    for (currency, face) in [("JPY", "30000"), ("KRW", "300000"), ("USD", "10000000000")] {
        let rest = format!(
            r#""currency": "{currency}", "prices": {{"face": {{"min": 1, "max": {face}}}}}"#
        );
        assert_eq!(errors(&rest), Vec::<String>::new(), "{currency} {face}");
    }
    let over = errors(r#""prices": {"face": {"min": 1, "max": 10000000000.001}}"#);
    assert_eq!(over.len(), 1, "{over:?}");
    assert!(
        over[0].starts_with("prices.face.max: must be at most 10000000000"),
        "{over:?}"
    );
}

/// A share fragment longer than 4,000 characters is not read (a guard
/// against pasted junk); one of exactly 4,000 still is. Mutants of the
/// guard (`>` → `==`, `>=`) read the long one or refused the limit.
#[test]
fn a_share_fragment_is_read_up_to_4000_characters() {
    let config = ClinicConfig::default();
    let fragment_of = |len: usize| {
        let head = "te-c=acne-scars:grade-3&te-a=face&te-l=en&te-z=";
        format!("{head}{}", "x".repeat(len - head.len()))
    };
    let at_limit = format!("https://c.example/#{}", fragment_of(4_000));
    let (answers, language) = share::decode(&at_limit, &config, &mut Vec::new()).expect("read");
    assert_eq!(
        answers.concerns[&Concern::AcneScars],
        Severity::GoodmanBaron(3)
    );
    assert_eq!(language, Some(Language::En));
    let over = format!("https://c.example/#{}", fragment_of(4_001));
    assert_eq!(share::decode(&over, &config, &mut Vec::new()), None);
}

/// `null` for a required field is a value of the wrong type, at the
/// field's own path, as serde says it (the differential test's reader):
/// not a "missing field" at its parent's. Mutant: the guard
/// `Some(Json::Null) if null_is_absent` → `if true` in `Reader::field`.
#[test]
fn null_for_a_required_field_is_named_at_the_field() {
    let found = errors(r#""prices": {"face": {"min": null, "max": 700}}"#);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("prices.face.min: invalid type: null"),
        "{found:?}"
    );
}

/// A problem elsewhere in the clinic section keeps its address for the
/// contact card, line by line, as it keeps the name and phone
/// (`config_errors::a_bad_clinic_field_drops_only_itself` checks those,
/// not the address). Mutants: `lenient_clinic`'s match arms
/// `Some(Json::Array(lines))` and `Json::String(s)` deleted: the card
/// lost the clinic's address. Its lines are trimmed, as a valid config's
/// are (they were kept with their spaces).
#[test]
fn a_bad_clinic_field_keeps_the_address() {
    let json = r#"{"clinic": {"name": "N", "phone": "555-0144", "email": "not an email",
        "address": ["  1 Main St ", "Springfield"]}}"#;
    let (config, problems) = ClinicConfig::salvage(Some(json), None);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].path.starts_with("clinic.email"), "{problems:?}");
    assert_eq!(config.clinic.address, ["1 Main St", "Springfield"]);
    assert_eq!(config.clinic.email, None);
}

/// A top-level section given twice is a problem, and a section with a
/// problem counts as absent: the salvaged config is the one without it,
/// never the first copy kept as if nothing were wrong (module doc of
/// `config_reader`). Mutants: `drop_section` → `()`, and each of its
/// match arms deleted (the readers return `None` for every other kind of
/// problem, so a duplicate is the one way a section with a problem is
/// still read).
#[test]
fn a_section_given_twice_counts_as_absent() {
    let clinic = r#""clinic": {"name": "N", "phone": "555-0100""#.to_string() + "}";
    for (key, value) in [
        ("currency", r#""EUR""#),
        ("locale", r#""es-MX""#),
        ("language", r#""es""#),
        (
            "prices",
            r#"{"face": {"min": 100, "max": 200}, "neck": {"min": 50, "max": 90}}"#,
        ),
        (
            "bundles",
            r#"[{"areas": ["face", "neck"], "min": 400, "max": 800}]"#,
        ),
        ("packages", r#"[{"sessions": 2, "percent_off": 7}]"#),
        (
            "add_ons",
            r#"[{"id": "lamp", "kind": "other", "name": {"en": "LED"}, "per_course": {"min": 10, "max": 20}}]"#,
        ),
        ("concerns", r#"["acne-scars", "wrinkles"]"#),
        (
            "overrides",
            r#"{"acne-scars": {"sessions": {"min": 3, "max": 4}}}"#,
        ),
        ("wording", r#"{"en": {"title": "Your plan"}}"#),
    ] {
        let salvage = |json: String| ClinicConfig::salvage(Some(&json), None);
        // A currency other than the default's needs prices of its own.
        let clinic = match key {
            "prices" => clinic.clone(),
            _ => format!(
                r#"{clinic}, "prices": {{"face": {{"min": 300, "max": 600}}, "neck": {{"min": 150, "max": 300}}}}"#
            ),
        };
        let (without, none) = salvage(format!("{{{clinic}}}"));
        assert!(none.is_empty(), "{none:?}");
        let (once, none) = salvage(format!("{{{clinic}, \"{key}\": {value}}}"));
        assert!(none.is_empty(), "{key}: {none:?}");
        assert_ne!(once, without, "{key}: the section changes the config");
        let (twice, problems) = salvage(format!(
            "{{{clinic}, \"{key}\": {value}, \"{key}\": {value}}}"
        ));
        assert_eq!(problems.len(), 1, "{key}: {problems:?}");
        assert_eq!(problems[0].path, key);
        assert_eq!(twice, without, "{key}: the section given twice is dropped");
    }
}

/// The sessions lines of a plan's price: (areas, sessions, per session).
fn session_lines(answers: &Answers, config: &ClinicConfig) -> Vec<(Vec<Area>, Span, PriceRange)> {
    let plan = estimate(answers, config).plan.expect("a plan");
    let Price::Range(p) = plan.price else {
        panic!("no price: {:?}", plan.price)
    };
    p.lines
        .iter()
        .filter_map(|l| match l {
            PriceLine::Sessions {
                areas,
                sessions,
                per_session,
                ..
            } => Some((areas.clone(), *sessions, *per_session)),
            _ => None,
        })
        .collect()
}

/// Stretch marks beside acne scars: the areas off the body are priced for
/// the acne scars' own course (verify28 F4), and only a bundle that spans
/// the body and off it makes them share the longer one (verify29 F1). A
/// bundle off the body alone (the default face + neck) or on the body
/// alone (thighs + buttocks) spans nothing. Mutants in `plan`'s bundle
/// test: `&&` → `||` (line 273: the default face + neck bundle put the
/// face and neck on old stretch marks' 5–8 sessions instead of the
/// acne scars' 3) and `!a.is_body()` → `a.is_body()` (line 274).
#[test]
fn only_a_bundle_across_the_body_and_off_it_shares_the_longer_course() {
    let marks = cleared()
        .with_severity(Concern::AcneScars, Severity::GoodmanBaron(2))
        .with_severity(Concern::StretchMarks, Severity::StriaeAlba);
    // The default clinic: face + neck bundled, the abdomen alone.
    let config = ClinicConfig::default();
    let a = marks
        .clone()
        .with_area(Area::Face)
        .with_area(Area::Neck)
        .with_area(Area::Abdomen);
    assert_eq!(
        session_lines(&a, &config),
        [
            (
                vec![Area::Face, Area::Neck],
                Span::exactly(3),
                PriceRange::new(35_000, 98_000)
            ),
            (
                vec![Area::Abdomen],
                Span::new(5, 8),
                config.prices[&Area::Abdomen]
            ),
        ]
    );
    // A bundle on the body alone.
    let mut body_bundle = config.clone();
    body_bundle.bundles = vec![treatment_estimator::model::config::Bundle {
        areas: vec![Area::Thighs, Area::Buttocks],
        price: PriceRange::new(50_000, 120_000),
    }];
    let a = marks
        .clone()
        .with_area(Area::Face)
        .with_area(Area::Thighs)
        .with_area(Area::Buttocks);
    assert_eq!(
        session_lines(&a, &body_bundle),
        [
            (
                vec![Area::Face],
                Span::exactly(3),
                config.prices[&Area::Face]
            ),
            (
                vec![Area::Thighs, Area::Buttocks],
                Span::new(5, 8),
                PriceRange::new(50_000, 120_000)
            ),
        ]
    );
    // On the body alone there is no shorter course to name (the field is
    // public; mutant `!a.is_body()` → `a.is_body()` at line 266 set it,
    // though the price came out the same).
    let a = marks.with_area(Area::Abdomen);
    let plan = estimate(&a, &config).plan.unwrap();
    assert_eq!(plan.tracks[0].off_body_sessions, None);
}

/// Darker skin (Fitzpatrick IV–VI) lengthens the skin track's interval by
/// two weeks (our rule, `DARKER_SKIN_EXTRA_WEEKS`), up to the longest the
/// evidence allows: a clinic's 3-weekly acne scars become 5-weekly, not
/// 6-weekly. The default rows (4 and 2 weeks) cannot tell `+ 2` from
/// `× 2` once capped (4 + 2 = 6 = cap; 2 + 2 = 2 × 2). Mutant: `+` → `*`
/// in `combine` (line 385).
#[test]
fn darker_skin_adds_two_weeks_to_a_clinic_s_interval() {
    let config = ClinicConfig::from_json(&format!(
        r#"{{{CLINIC}, "overrides": {{"acne-scars": {{"interval_weeks": 3}}}}}}"#
    ))
    .unwrap();
    let a = cleared()
        .with_area(Area::Face)
        .with_severity(Concern::AcneScars, Severity::GoodmanBaron(3));
    let fair = estimate(&a, &config).plan.unwrap();
    assert_eq!(fair.tracks[0].interval_weeks, 3);
    let darker = estimate(&a.with_answer(Question::SkinType, "5"), &config)
        .plan
        .unwrap();
    assert_eq!(darker.tracks[0].interval_weeks, 5);
    // 4–5 sessions: (n − 1) × 5 weeks (evidence §1b's plan length).
    assert_eq!(darker.tracks[0].treatment_weeks, Span::new(15, 20));
}

/// The package line names the discount at both ends of the course when
/// they differ ("10–15% off"), once when they agree. Mutant: `==` → `!=`
/// in `Catalog::price_line_label` (the range showed as "10%", a single
/// discount as "10–10%").
#[test]
fn the_package_line_names_its_discount_range() {
    use treatment_estimator::model::Track;
    let label = |language: Language, percent_off| {
        language.catalog().price_line_label(
            &PriceLine::Package {
                track: Track::Skin,
                percent_off,
                saving: PriceRange::new(1, 2),
            },
            &|id: &str| id.to_string(),
        )
    };
    assert_eq!(
        label(Language::En, (10, 15)),
        "Course discount (10–15% off)"
    );
    assert_eq!(label(Language::En, (10, 10)), "Course discount (10% off)");
    // Spanish with a no-break space before the sign (verify60 L4).
    assert!(label(Language::Es, (10, 15)).contains("(10–15\u{a0}% de descuento)"));
    assert!(!label(Language::Es, (15, 15)).contains('–'));
}

/// Money and dates for a language whose text is shown without a locale of
/// its own (`ui::context`): US English, Mexican Spanish. Mutants:
/// `Language::default_locale` → `""` or `"xyzzy"` (`Intl` refuses both).
#[test]
fn each_language_has_its_default_locale() {
    assert_eq!(Language::En.default_locale(), "en-US");
    assert_eq!(Language::Es.default_locale(), "es-MX");
}

/// Spanish, once its catalogue is installed, is the language shown (and
/// the `lang` the widget declares); a catalogue that is not one is refused
/// with a reason, for the console. The install is per thread (a
/// `thread_local`), so the refusal is checked on a fresh thread. Mutants:
/// `Language::shown` → `Default::default()`, `Language::is_ready` →
/// `false` (Spanish never shown), `Language::install` → `Ok(())` (a broken
/// file accepted, and on the web no Spanish at all).
#[test]
fn installed_spanish_is_shown_and_a_broken_catalogue_is_refused() {
    std::thread::spawn(|| {
        assert!(Language::Es.install("[1, 2]").is_err());
        assert!(Language::Es
            .install(r#"{"Book a consultation": 3}"#)
            .is_err());
    })
    .join()
    .unwrap();
    Language::Es
        .install(include_str!("../src/i18n/estimator-es.json"))
        .unwrap();
    assert!(Language::Es.is_ready());
    assert_eq!(Language::Es.shown(), Language::Es);
    assert_eq!(Language::En.shown(), Language::En);
}

/// A prefill value longer than 2,000 characters is not read at all, and
/// the console is told once; one of exactly 2,000 is read. Mutants of
/// `too_long` (→ `false`; `>` → `==`, `>=`).
#[test]
fn a_prefill_is_read_up_to_2000_characters() {
    let config = ClinicConfig::default();
    let value = |len: usize| format!("{:<len$}", "wrinkles");
    let mut skipped = Vec::new();
    let mut a = Answers::default();
    prefill::apply_concerns(&mut a, &value(2_000), "attr", &config, &mut skipped);
    assert!(skipped.is_empty(), "{skipped:?}");
    assert!(a.concerns.contains_key(&Concern::Wrinkles));
    let mut a = Answers::default();
    prefill::apply_concerns(&mut a, &value(2_001), "attr", &config, &mut skipped);
    assert!(a.concerns.is_empty());
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].value, "(too long)");
}

/// The clinic's own booking link keeps its parameters: a Cal.com link
/// with its own `notes`, or a link with the ad click id already in it, is
/// not given a second one; a template ending in `?` gets no stray `&`.
/// Mutants: `has_param` → `false` (duplicates), `||` → `&&` in `append`
/// (`?&a1=`).
#[test]
fn the_booking_link_keeps_the_clinic_s_own_parameters() {
    let facts = PlanFacts {
        concerns: vec!["acne-scars"],
        areas: vec!["face"],
        sessions: Some(Span::new(4, 5)),
        price: None,
        currency: "USD".into(),
        language: "en",
        summary: "Acne scars".into(),
    };
    let gclid = [("gclid".to_string(), "visitor".to_string())];
    assert_eq!(
        booking_href(
            "https://cal.com/c/x?notes=From%20the%20site&gclid=own",
            &facts,
            &gclid
        )
        .as_deref(),
        Some("https://cal.com/c/x?notes=From%20the%20site&gclid=own")
    );
    assert_eq!(
        booking_href("https://calendly.com/c/x?", &facts, &[]).as_deref(),
        Some("https://calendly.com/c/x?a1=Acne%20scars")
    );
}

/// The plain format (the fallback where the browser's `Intl` gives
/// nothing) writes the symbols it knows: "€" and "MX$" as "$" and "£",
/// the code for the rest. Mutants: `format_plain`'s "EUR" and "MXN" arms
/// deleted ("EUR 4,650", "MXN 50"); only USD and CHF were tested.
#[test]
fn the_plain_format_knows_the_euro_and_the_peso() {
    use treatment_estimator::model::money::format_plain;
    assert_eq!(format_plain(465_000, &Currency::new("EUR")), "€4,650");
    assert_eq!(format_plain(5_000, &Currency::new("MXN")), "MX$50");
    assert_eq!(format_plain(5_050, &Currency::new("GBP")), "£50.50");
}

/// `query_params` reads a URL's query or a bare query string (its doc);
/// a URL without a query has no parameters. Mutants of the guard
/// `None if !text::contains(url, "://")` (→ `true`, → `false`, `!`
/// deleted). The widget passes full page URLs, so only the function's
/// own contract can tell.
#[test]
fn query_params_read_a_bare_query_and_nothing_from_a_url_without_one() {
    let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
    assert_eq!(
        prefill::query_params("te_concerns=acne-scars&te_areas=face"),
        [pair("te_concerns", "acne-scars"), pair("te_areas", "face")]
    );
    assert_eq!(prefill::query_params("https://c.example/p#te=x"), []);
}

/// The timeline chart's and the price bar's SVG coordinates: one decimal,
/// rounded, without float formatting; none is negative, and one would be
/// drawn at 0. No native test called `svg_number`: every mutant of it (→
/// `String::new()`, `"xyzzy"`, `* 10.0` → `+`/`/`, `/ 10` → `%`/`*`, …)
/// survived, and a broken chart would show only in a browser.
#[test]
fn svg_numbers_have_one_rounded_decimal() {
    use treatment_estimator::ui::format::svg_number;
    for (v, s) in [
        (0.0, "0"),
        (12.0, "12"),
        (12.34, "12.3"),
        (7.5, "7.5"),
        (359.96, "360"),
        (123.45678, "123.5"),
        (0.05, "0.1"),
        (9.96, "10"),
        (-12.0, "0"),
        (-0.04, "0"),
    ] {
        assert_eq!(svg_number(v), s, "{v}");
    }
}

/// The §1b rows' "results visible" column, glow and maintenance, and §2a's
/// depth classes, for the rows no test read them from: texture / dullness
/// ("1–2 wk glow; 3 mo structural": 12–13 weeks from the first session,
/// light depth), wrinkles ("Glow in 1–2 wk"), other scars (maintenance
/// "as needed"; the most marked scarring is the deep class, our rule in
/// `Intensity::Deep`, the rest standard "most scars"), pigmentation
/// (shallow) and stretch marks ("3 mo after series"). Mutants in
/// `graded`: the `results`, `early_glow` and `intensity` fields of the
/// dull-skin row deleted (lines 240–242: 12–26 weeks after the *last*
/// session, no glow, a standard-depth recovery), `early_glow` of the
/// wrinkles row (250), `maintenance` and `intensity` of the other-scars
/// row (292, 293), `severity == Marked` → `!=` (293), `intensity` of the
/// pigmentation row (321) and `results` of the stretch-marks row (334).
#[test]
fn the_rows_no_other_test_reads_match_the_evidence() {
    use treatment_estimator::model::protocol::{
        protocol, Anchor, Intensity, Maintenance, ResultsShow,
    };
    use treatment_estimator::model::recovery::Profile;
    for s in [Severity::Mild, Severity::Moderate, Severity::Marked] {
        let dull = protocol(Concern::DullSkin, s).unwrap();
        assert_eq!(
            dull.results,
            ResultsShow {
                from: Anchor::FirstSession,
                weeks: Span::new(12, 13)
            }
        );
        assert!(dull.early_glow);
        assert_eq!(dull.intensity, Intensity::Light);
        let scars = protocol(Concern::OtherScars, s).unwrap();
        assert_eq!(scars.maintenance, Maintenance::AsNeeded);
        let depth = if s == Severity::Marked {
            Intensity::Deep
        } else {
            Intensity::Standard
        };
        assert_eq!(scars.intensity, depth, "{s:?}");
    }
    for g in 1..=3 {
        assert!(
            protocol(Concern::Wrinkles, Severity::Glogau(g))
                .unwrap()
                .early_glow
        );
        // Pigmentation is needled shallow (§1a: 0.25–0.5 mm [C]).
        let sun = protocol(Concern::SunDamage, Severity::Glogau(g)).unwrap();
        assert_eq!(sun.intensity, Intensity::Light);
    }
    // Stretch marks: "3 mo after series" (§1b; assessed at 3 months
    // [A-S16, A-S17]), not the facial rows' 3–6 months.
    for s in [Severity::StriaeRubra, Severity::StriaeAlba] {
        let marks = protocol(Concern::StretchMarks, s).unwrap();
        assert_eq!(
            marks.results,
            ResultsShow {
                from: Anchor::LastSession,
                weeks: Span::new(12, 13)
            }
        );
    }
    // Through the plan: dull skin alone heals like a light treatment and
    // promises the early glow; its results are judged from week 12.
    let plan = estimate(
        &cleared()
            .with_area(Area::Face)
            .with_severity(Concern::DullSkin, Severity::Moderate),
        &ClinicConfig::default(),
    )
    .plan
    .unwrap();
    assert_eq!(plan.profile, Profile::Light);
    assert!(plan.early_glow);
    assert_eq!(plan.results_weeks(), Span::new(12, 13));
}

/// Swelling by day for the lighter courses, beside the deep one that
/// `recovery_days_are_the_evidence_s` (above) checks: light needling
/// (≤0.5 mm, redness 2–24 h, §2a) swells on the day only; standard depth
/// settles within 48 h. Mutant: `course`'s `(Profile::Light, _) => 0` arm
/// deleted (a light course swelled on day 1 as a standard one does).
#[test]
fn lighter_courses_swell_for_less_time() {
    use treatment_estimator::model::recovery::{course, Profile};
    let swelling = |p, body| {
        course(p, body)
            .iter()
            .map(|d| d.swelling)
            .collect::<Vec<_>>()
    };
    for body in [false, true] {
        assert_eq!(swelling(Profile::Light, body), [1, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(swelling(Profile::Standard, body), [2, 1, 0, 0, 0, 0, 0, 0]);
    }
}

/// The safety questions' groups have distinct, stable ids: the form names
/// each group's "None of these apply" radios and regions by them, so two
/// equal ids would tie one group's answer to another's. Mutants:
/// `Group::id` → `""` or `"xyzzy"`.
#[test]
fn the_question_groups_have_their_own_ids() {
    use treatment_estimator::model::screening::Group;
    let ids: Vec<&str> = Group::ALL.iter().map(|g| g.id()).collect();
    assert_eq!(ids, ["about-you", "your-skin", "health"]);
}

/// The serde reader of amounts (`Amount`'s `Deserialize`, for native users
/// and the JSON Schema; the widget reads with `config_reader`) agrees with
/// the schema at its edges: 0 to 10000000000 major units, at most three
/// decimals, as whole numbers or decimals. The fuzz test's differential
/// check rarely lands on these values. Mutants in `AmountVisitor`:
/// `expecting` → `Ok(Default::default())`, `v > AMOUNT_LIMIT_MAJOR` →
/// `>=` (u64; and `==`, `<`, `>=` for f64), `!v.is_finite()` → `v.is_finite()`
/// (every decimal refused), `v < 0.0` → `==`, `>`, `<=`, `v * 1000.0` → `+`,
/// `/`, and the three-decimals test `> 1e-6` → `==`, `<`.
#[test]
fn the_serde_amount_reader_agrees_with_the_schema_at_its_edges() {
    use treatment_estimator::model::config::Amount;
    let read = |json: &str| serde_json::from_str::<Amount>(json).map_err(|e| e.to_string());
    for (json, thousandths) in [
        ("0", 0),
        ("0.0", 0),
        ("0.001", 1),
        ("249.5", 249_500),
        ("10000000000", 10_000_000_000_000),
        ("10000000000.0", 10_000_000_000_000),
    ] {
        assert_eq!(read(json), Ok(Amount(thousandths)), "{json}");
    }
    for (json, why) in [
        ("10000000001", "must be at most 10000000000"),
        ("10000000000.5", "must be at most 10000000000"),
        ("-1", "must be above 0"),
        ("-1.5", "must be above 0"),
        ("1.0005", "must have at most 3 decimal places"),
        (
            "\"250\"",
            "expected an amount in major units, e.g. 250 or 249.5",
        ),
    ] {
        let e = read(json).expect_err(json);
        assert!(e.contains(why), "{json}: {e}");
    }
}

/// What native users write back out reads back the same: an amount in
/// major units (a whole number when it is one), a grade as its share-link
/// id. Mutants: `/` → `%`, `*` in `Amount`'s `Serialize` (lines 476,
/// 478), and `From<Severity> for String` → `Default::default()`.
#[test]
fn amounts_and_grades_serialize_as_the_config_and_links_write_them() {
    use treatment_estimator::model::config::Amount;
    for (amount, json) in [
        (Amount(250_000), "250"),
        (Amount(249_500), "249.5"),
        (Amount(1), "0.001"),
    ] {
        assert_eq!(serde_json::to_string(&amount).unwrap(), json);
        assert_eq!(serde_json::from_str::<Amount>(json).unwrap(), amount);
    }
    let grade = Severity::GoodmanBaron(3);
    assert_eq!(serde_json::to_string(&grade).unwrap(), r#""grade-3""#);
    assert_eq!(
        serde_json::from_str::<Severity>(r#""grade-3""#).unwrap(),
        grade
    );
}

/// A colon counts as the end of a label only before the seventh digit
/// (`number_start`'s doc): a seven-digit local number followed by a colon
/// and words is still the number, shown and dialled. Mutant: `digits < 7`
/// → `<=` (the number was taken for a label: nothing left to dial).
#[test]
fn a_colon_after_a_seven_digit_number_is_not_a_label() {
    let clinic = treatment_estimator::model::config::Clinic {
        phone: Some("555-0100: front desk".into()),
        ..Default::default()
    };
    let (shown, target) = clinic.tel().expect("a tel: link");
    assert!(shown.starts_with("555-0100"), "{shown}");
    assert!(target.starts_with("5550100"), "{target}");
    // Before the seventh digit it is a label ("Call 24/7:").
    let labelled = treatment_estimator::model::config::Clinic {
        phone: Some("Call 24/7: 555-0100".into()),
        ..Default::default()
    };
    assert_eq!(labelled.tel().unwrap().1, "5550100");
}

// verify44: config.rs shards 1–3 of 4, json.rs, text.rs, concern.rs,
// area.rs, small_map.rs.

/// What a clinic's written phone dials, with no international form.
fn dials(written: &str) -> Option<String> {
    treatment_estimator::model::config::Clinic {
        phone: Some(written.into()),
        ..Default::default()
    }
    .tel()
    .map(|(_, target)| target)
}

/// A Latin letter word before the seventh digit is dialled as the keypad
/// spells it (`dialled`'s doc: "1-800-FLOWERS"); only a word starting
/// "ext" or the word "x" alone ends the number there. A one-letter word
/// ("A") and a word that merely starts with x ("XFINITY") are spelled on
/// the keypad, and Z is on 9 (WXYZ). Mutants in `dialled`: `&&` → `||` in
/// the "x" test (line 649: every one-letter word, and every x-word, was an
/// extension, so "1-800-A-DENTIST" dialled 1800), `at(i + 1)` → `at(i -
/// 1)` there (649: "1-800-XFINITY" dialled 1800), and `- u8::from(n > 24)`
/// → `+` (657: Z dialled ':').
#[test]
fn vanity_words_are_spelled_on_the_keypad() {
    for (written, number) in [
        ("1-800-A-DENTIST", "18002336847"),
        ("1-800-XFINITY", "18009346489"),
        ("1-800-ZAP-ZITS", "18009279487"),
    ] {
        assert_eq!(dials(written).as_deref(), Some(number), "{written}");
    }
}

/// After the seventh digit, a slash, comma, bracket and the like separate
/// a second number (`dialled`'s doc); before it they are written inside
/// one, as in "030/555 0100" or an Italian "02/1234/5678", whose second
/// slash comes after the sixth digit. Mutant: `digits > 6` → `>=` (line
/// 663: the Milan number dialled 021234).
#[test]
fn a_slash_before_the_seventh_digit_is_inside_the_number() {
    assert_eq!(dials("02/1234/5678").as_deref(), Some("0212345678"));
    assert_eq!(
        dials("02/1234/5678, 02/1234/5679").as_deref(),
        Some("0212345678")
    );
}

/// Nesting is bounded so that no input can exhaust the stack (the JSON
/// parser's doc), in objects as in arrays: a config nested deeper than 64
/// levels is said to be too deep, not read. Mutant: `depth + 1` → `depth *
/// 1` in `Parser::object` (json.rs:150: objects never got deeper, so a
/// file of nested objects could recurse without limit).
#[test]
fn nested_objects_are_bounded_too() {
    use treatment_estimator::model::json::parse;
    let nested = |n: usize| format!("{}1{}", r#"{"a": "#.repeat(n), "}".repeat(n));
    assert!(parse(&nested(60)).is_ok());
    let e = parse(&nested(100)).unwrap_err();
    assert!(e.too_deep, "{e}");
    assert!(
        e.to_string().starts_with("nested more than 64 levels deep"),
        "{e}"
    );
    let problems = ClinicConfig::from_json(&nested(100)).unwrap_err();
    assert!(
        problems[0]
            .to_string()
            .starts_with("(file): nested more than 64 levels deep"),
        "{problems:?}"
    );
}

/// An extension glued to a number ends it ("x7", "ext. 12"), and only a
/// short group (one or two digits) glued to a word after a whole,
/// seven-digit number is the word's ("801 501 9797 24h", `dialled`'s
/// comment). A six-digit Australian 13 number or a Madrid number's last
/// three digits glued to "ext" are the number's. Mutants in the glued-group
/// test: `digits > 6` → `>=` (line 673: "13 12 34ext5" dialled 1312) and
/// `number.len() - group < 3` → `<=` (673: "912 345 678ext2" dialled
/// 912345).
#[test]
fn a_glued_extension_keeps_the_number_s_own_digits() {
    assert_eq!(dials("13 12 34ext5").as_deref(), Some("131234"));
    assert_eq!(dials("912 345 678ext2").as_deref(), Some("912345678"));
    assert_eq!(dials("801 501 9797 24h").as_deref(), Some("8015019797"));
}

/// Fullwidth digits and the fullwidth plus (as a Japanese clinic may type
/// them) dial as ASCII (`dial_digit`'s doc; the schema's phone pattern
/// takes `＋`): "＋８１ ３ １２３４ ５６７８" dials +81312345678. Mutant: the
/// `'\u{ff0b}'` arm deleted (config.rs:696: the plus was dropped, so the
/// link dialled 81… as a national number).
#[test]
fn a_fullwidth_plus_dials_as_a_plus() {
    assert_eq!(
        dials("＋８１ ３ １２３４ ５６７８").as_deref(),
        Some("+81312345678")
    );
}

/// `Concern::from_id` accepts the id "and a few obvious aliases, so
/// hand-written prefill links (`te_concerns=acne,lines`) still work" (its
/// doc; the README's `te_concerns` / `te_areas` parameters), and
/// `Area::from_id` the areas' ("chest", "belly", "legs"). Mutants: each
/// alias arm deleted (concern.rs:88–91, 93; area.rs:58, 59): a link
/// written with that word prefilled nothing.
#[test]
fn hand_written_prefill_words_name_their_concern_and_area() {
    for (word, concern) in [
        ("acne", Concern::AcneScars),
        ("lines", Concern::Wrinkles),
        ("fine-lines", Concern::Wrinkles),
        ("wrinkle", Concern::Wrinkles),
        ("scars", Concern::OtherScars),
        ("hair", Concern::HairLoss),
        ("pigmentation", Concern::SunDamage),
        ("sun", Concern::SunDamage),
        ("pores", Concern::PoresTexture),
        ("stretch", Concern::StretchMarks),
        ("keloids", Concern::RaisedScars),
    ] {
        assert_eq!(Concern::from_id(word), Some(concern), "{word}");
    }
    for (word, area) in [
        ("chest", Area::Decolletage),
        ("stomach", Area::Abdomen),
        ("belly", Area::Abdomen),
        ("legs", Area::Thighs),
    ] {
        assert_eq!(Area::from_id(word), Some(area), "{word}");
    }
}

/// The areas named to the clinic (e-mail, booking link, event) follow the
/// concerns, not the plan's tracks: the face beside rosacea, which the
/// plan leaves to the consultation next to hair loss's scalp, and the
/// scalp of advanced hair loss (Norwood 5, assessed in person) beside a
/// skin concern's plan. A stop answer names the same areas, and so does
/// the plan as before any safety answer, which is what the event is told.
/// Before, the plan named only its tracks' areas (`[Scalp]`, `[Face]`)
/// and a stop all of them (README "Events": `areas`).
#[test]
fn the_areas_named_follow_the_concerns_not_the_plan_s_tracks() {
    let config = ClinicConfig::default();
    let rosacea = cleared()
        .with_area(Area::Face)
        .with_concern(Concern::Rosacea)
        .with_severity(Concern::HairLoss, Severity::Norwood(3));
    let advanced = cleared()
        .with_area(Area::Face)
        .with_severity(Concern::PoresTexture, Severity::Mild)
        .with_severity(Concern::HairLoss, Severity::Norwood(5));
    for answers in [rosacea, advanced] {
        let out = estimate(&answers, &config);
        assert!(out.plan.is_some(), "{:?}", answers.concerns);
        assert_eq!(out.treated_areas(&answers), [Area::Face, Area::Scalp]);
        let stopped = answers.clone().with_answer(Question::Pregnancy, "yes");
        let out = estimate(&stopped, &config);
        assert!(out.plan.is_none());
        assert_eq!(out.treated_areas(&stopped), [Area::Face, Area::Scalp]);
    }
}

/// Every answer to a safety question has its own label, and "not-sure"
/// reads "Not sure" (docs/model.md's name for it), "yes" "Yes" and "no"
/// "No". Without the not-sure arm, "Not sure" on the skin-type question
/// read "VI: deeply pigmented, never burns" and on psoriasis "Yes, active
/// in the area now".
// Kills i18n/en.rs:325:9 delete match arm (_, "not-sure") in choice_label.
#[test]
fn each_answer_to_a_question_has_its_own_label() {
    use treatment_estimator::i18n::Language;
    use treatment_estimator::model::Question;
    let t = Language::En.catalog();
    for q in Question::ALL {
        let labels: Vec<&str> = q
            .choices()
            .iter()
            .map(|c| t.choice_label(q, c.id))
            .collect();
        for (i, label) in labels.iter().enumerate() {
            assert!(!labels[..i].contains(label), "{q:?}: {labels:?}");
        }
        for (id, label) in [("not-sure", "Not sure"), ("yes", "Yes"), ("no", "No")] {
            if q.choice(id).is_some() {
                assert_eq!(t.choice_label(q, id), label, "{q:?}");
            }
        }
    }
}

/// Two widgets on one page never share an id prefix (`next_id_prefix`'s
/// doc: "te1", "te2", …).
// Kills embed/mod.rs:33:5 `next_id_prefix` → `Default::default()` (""), 35:17 `n + 1` → `n * 1` (every widget
// "te1") and `n + 1` → `n - 1` (overflow panic).
#[test]
fn each_widget_gets_its_own_id_prefix() {
    use treatment_estimator::embed::next_id_prefix;
    let ids: Vec<String> = (0..3).map(|_| next_id_prefix().to_string()).collect();
    for (i, id) in ids.iter().enumerate() {
        assert!(id.starts_with("te"), "{ids:?}");
        assert!(!ids[..i].contains(id), "{ids:?}");
    }
}

/// An extra is ticked by its checkbox and unticked by it again, as
/// concerns and areas are (the state's unit tests cover those two only).
// Kills ui/state.rs:144:20 delete `!` in State::apply (ToggleAddOn: an extra could never be ticked).
#[test]
fn an_extra_is_ticked_and_unticked() {
    use treatment_estimator::i18n::Language;
    use treatment_estimator::model::Answers;
    use treatment_estimator::ui::context::SharedConfig;
    use treatment_estimator::ui::state::{Action, State};
    let config = ClinicConfig::default();
    let id = config.add_ons[0].id.clone();
    let mut s = State::new(Answers::default(), Language::En, SharedConfig::new(config));
    s.apply(Action::ToggleAddOn(id.clone()));
    assert!(s.answers.add_ons.contains(id.as_str()), "{id}");
    s.apply(Action::ToggleAddOn(id.clone()));
    assert!(s.answers.add_ons.is_empty());
}
