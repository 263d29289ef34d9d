//! Edge cases a careless change could break without any other test
//! noticing: found by hand mutation of the model (each test here failed on
//! its mutant and passes on the real code). Plan-level figures across two
//! tracks, the exact recovery tables, price rules the default clinic does
//! not use, config bounds at their edges, and prefill and share links with
//! a clinic that prices fewer areas.
#![cfg(not(target_arch = "wasm32"))]

use treatment_estimator::embed::{prefill, share};
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
    assert_eq!(p.results_weeks(), Span::new(24, 42));
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
    assert_eq!(swelling, [3, 2, 1, 0, 0, 0, 0, 0]);
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
