//! One test per caution: the source article's (active acne, acne medication,
//! moderate or severe psoriasis, eczema, allergies, other skin conditions,
//! bleeding) and every factor of evidence §4, each proving its outcome class.
#![cfg(not(target_arch = "wasm32"))]

use treatment_estimator::model::screening::{Adjustment, Comeback};
use treatment_estimator::model::*;

/// A cleared adult with fair skin and a moderate acne-scar plan on the face.
fn visitor() -> Answers {
    Answers::default()
        .all_clear()
        .with_answer(Question::AgeBand, "22-plus")
        .with_answer(Question::SkinType, "3")
        .with_area(Area::Face)
        .with_concern(Concern::AcneScars)
}

fn outcome(question: Question, choice: &str) -> Outcome {
    let answers = visitor().with_answer(question, choice);
    assert_eq!(answers.screening[&question], choice, "valid choice");
    estimate(&answers, &ClinicConfig::default())
}

fn assert_consult(question: Question, choice: &str) {
    let out = outcome(question, choice);
    assert!(
        matches!(out.eligibility, Eligibility::ProceedWithConsultation(_)),
        "{question:?}={choice}: {:?}",
        out.eligibility
    );
    assert!(
        out.plan.is_some(),
        "a consult outcome still shows the estimate"
    );
    assert!(out.eligibility.reasons().iter().any(|r| matches!(
        r,
        Reason::Answer { question: q, choice: c, .. } if *q == question && *c == choice
    )));
}

fn assert_defer(question: Question, choice: &str, when: Comeback) {
    let out = outcome(question, choice);
    assert_eq!(
        out.eligibility,
        Eligibility::Defer(vec![Reason::Answer {
            question,
            choice: question.choice(choice).unwrap().id,
            comeback: Some(when)
        }]),
        "{question:?}={choice}"
    );
    assert!(
        out.plan.is_none(),
        "a stop outcome carries no price or sessions"
    );
}

fn assert_not_suitable(question: Question, choice: &str) {
    let out = outcome(question, choice);
    assert!(
        matches!(out.eligibility, Eligibility::NotSuitable(ref r) if r.len() == 1),
        "{question:?}={choice}: {:?}",
        out.eligibility
    );
    assert!(out.plan.is_none());
}

fn assert_adjusted(question: Question, choice: &str, adjustment: Adjustment) -> Plan {
    let out = outcome(question, choice);
    assert_eq!(
        out.eligibility,
        Eligibility::Proceed,
        "{question:?}={choice}"
    );
    let plan = out.plan.expect("adjusted plans keep their estimate");
    assert_eq!(plan.adjustments, vec![adjustment]);
    plan
}

#[test]
fn cleared_visitor_proceeds() {
    let out = estimate(&visitor(), &ClinicConfig::default());
    assert_eq!(out.eligibility, Eligibility::Proceed);
    assert_eq!(out.unanswered, 0);
    assert!(out.plan.is_some());
}

// --- The article's cautions -------------------------------------------------

#[test]
fn article_active_acne_defers_until_it_is_under_control() {
    assert_defer(Question::ActiveAcne, "yes", Comeback::AcneUnderControl);
}

#[test]
fn article_acne_medication_now_defers_and_recently_needs_a_consultation() {
    // Evidence §4: current isotretinoin is "CONSULT (default: defer)".
    assert_defer(
        Question::AcneMedication,
        "yes-now",
        Comeback::SixMonthsAfterIsotretinoin,
    );
    assert_consult(Question::AcneMedication, "yes-recently");
}

#[test]
fn article_moderate_or_severe_psoriasis() {
    assert_consult(Question::Psoriasis, "yes-elsewhere");
    assert_defer(Question::Psoriasis, "yes-in-area", Comeback::FlareSettled);
}

#[test]
fn article_eczema() {
    assert_consult(Question::Eczema, "yes-elsewhere");
    assert_defer(Question::Eczema, "yes-in-area", Comeback::FlareSettled);
}

#[test]
fn article_allergies_need_a_consultation() {
    assert_consult(Question::Allergies, "yes");
}

#[test]
fn article_other_skin_conditions_need_a_consultation() {
    assert_consult(Question::OtherSkinCondition, "yes");
}

#[test]
fn article_bleeding_disorder_is_not_suitable() {
    assert_not_suitable(Question::BleedingDisorder, "yes");
}

// --- Evidence §4 ------------------------------------------------------------

#[test]
fn pregnancy_defers_and_breastfeeding_consults() {
    assert_defer(Question::Pregnancy, "yes", Comeback::AfterPregnancy);
    // "Are you pregnant, or could you be?": "Not sure" could be, so it
    // waits until it is known (§4: handle pregnancy as a stop).
    assert_defer(
        Question::Pregnancy,
        "not-sure",
        Comeback::OncePregnancyRuledOut,
    );
    assert_consult(Question::Breastfeeding, "yes");
}

#[test]
fn keloid_tendency_is_not_suitable() {
    assert_not_suitable(Question::Keloids, "yes");
}

#[test]
fn active_infection_or_cold_sore_defers_and_a_history_of_cold_sores_consults() {
    assert_defer(Question::ActiveInfection, "yes", Comeback::InfectionHealed);
    assert_consult(Question::ColdSores, "yes");
}

#[test]
fn anticoagulants_consult() {
    assert_consult(Question::Anticoagulants, "yes");
}

#[test]
fn diabetes_controlled_consults_uncontrolled_defers() {
    assert_consult(Question::Diabetes, "yes-controlled");
    assert_defer(
        Question::Diabetes,
        "yes-uncontrolled",
        Comeback::DiabetesControlled,
    );
}

#[test]
fn immunosuppression_by_therapy_defers_autoimmune_consults() {
    assert_defer(
        Question::CancerTherapy,
        "yes",
        Comeback::FourWeeksAfterTherapy,
    );
    assert_consult(Question::Autoimmune, "yes");
}

#[test]
fn systemic_infection_is_not_suitable() {
    assert_not_suitable(Question::SystemicInfection, "yes");
}

#[test]
fn skin_cancer_in_the_area_is_not_suitable() {
    assert_not_suitable(Question::SkinCancer, "yes");
}

#[test]
fn metal_or_anaesthetic_allergy_is_not_suitable() {
    assert_not_suitable(Question::MetalAllergy, "yes");
}

#[test]
fn recent_sunburn_or_tan_delays_the_start() {
    let plan = assert_adjusted(Question::SunburnTan, "yes", Adjustment::DelayStartTwoWeeks);
    assert_eq!(plan.start_delay_weeks, 2);
}

#[test]
fn fitzpatrick_four_to_six_lengthen_the_interval() {
    for skin in ["4", "5", "6"] {
        let plan = assert_adjusted(Question::SkinType, skin, Adjustment::DarkerSkinCare);
        assert_eq!(plan.tracks[0].interval_weeks, 6, "4 + 2 weeks");
    }
    for skin in ["1", "2", "3"] {
        let out = outcome(Question::SkinType, skin);
        assert_eq!(out.eligibility, Eligibility::Proceed);
        assert_eq!(out.plan.unwrap().tracks[0].interval_weeks, 4);
    }
}

/// The longer gaps are for the skin track, and only up to the longest
/// interval the evidence allows: a plan whose spacing they could not
/// lengthen does not promise them (`DarkerSkinCareSameSpacing`).
#[test]
fn darker_skin_promises_longer_gaps_only_where_a_gap_grew() {
    let darker = |answers: Answers, config: &ClinicConfig| {
        let out = estimate(&answers.with_answer(Question::SkinType, "5"), config);
        assert_eq!(out.eligibility, Eligibility::Proceed);
        out.plan.unwrap()
    };
    let weeks =
        |plan: &Plan| -> Vec<u32> { plan.tracks.iter().map(|t| t.interval_weeks).collect() };
    let config = ClinicConfig::default();

    let hair = Answers::default()
        .all_clear()
        .with_answer(Question::AgeBand, "22-plus")
        .with_area(Area::Scalp)
        .with_severity(Concern::HairLoss, Severity::Norwood(3));
    let plan = darker(hair.clone(), &config);
    assert_eq!(weeks(&plan), [1], "hair loss keeps its weekly rhythm");
    assert_eq!(plan.adjustments, [Adjustment::DarkerSkinCareSameSpacing]);

    let both = darker(
        hair.with_area(Area::Face).with_concern(Concern::AcneScars),
        &config,
    );
    assert_eq!(weeks(&both), [6, 1], "skin 4 + 2 weeks, scalp weekly");
    assert_eq!(both.adjustments, [Adjustment::DarkerSkinCare]);

    let mut six_weekly = ClinicConfig::default();
    six_weekly.overrides.insert(
        Concern::AcneScars,
        treatment_estimator::model::config::Override {
            sessions: None,
            interval_weeks: Some(6),
        },
    );
    let plan = darker(visitor(), &six_weekly);
    assert_eq!(weeks(&plan), [6], "already the longest skin interval");
    assert_eq!(plan.adjustments, [Adjustment::DarkerSkinCareSameSpacing]);

    // verify34 F2: each row's own range (§1b) bounds the longer gaps, as
    // it bounds a clinic's override. Pigmentation is 2–4 weeks: alone it
    // goes from 2 to 4; beside pores (4, range 4–6) it stays at 4, where
    // the gaps had grown to 6.
    let face = || {
        Answers::default()
            .all_clear()
            .with_answer(Question::AgeBand, "22-plus")
            .with_area(Area::Face)
            .with_severity(Concern::SunDamage, Severity::Glogau(2))
    };
    let plan = darker(face(), &config);
    assert_eq!(weeks(&plan), [4], "sun damage 2 + 2 weeks");
    assert_eq!(plan.adjustments, [Adjustment::DarkerSkinCare]);
    for (other, grade) in [
        (Concern::PoresTexture, Severity::Mild),
        (Concern::Wrinkles, Severity::Glogau(1)),
        (Concern::Laxity, Severity::Mild),
    ] {
        let plan = darker(face().with_severity(other, grade), &config);
        assert_eq!(weeks(&plan), [4], "{other:?} beside sun damage");
        assert_eq!(plan.adjustments, [Adjustment::DarkerSkinCareSameSpacing]);
    }

    // verify37 F1: a clinic's single-visit course has no gap to lengthen
    // (its spacing reads "a single visit"); a course of 1 to 6 has.
    for (sessions, promise) in [
        (Span::exactly(1), Adjustment::DarkerSkinCareSameSpacing),
        (Span::new(1, 6), Adjustment::DarkerSkinCare),
    ] {
        let mut one_visit = ClinicConfig::default();
        one_visit.overrides.insert(
            Concern::PoresTexture,
            treatment_estimator::model::config::Override {
                sessions: Some(sessions),
                interval_weeks: None,
            },
        );
        let alone = Answers::default()
            .all_clear()
            .with_answer(Question::AgeBand, "22-plus")
            .with_area(Area::Face)
            .with_severity(Concern::PoresTexture, Severity::Mild);
        let alone = darker(alone, &one_visit);
        assert_eq!(alone.adjustments, [promise], "{sessions:?}");
    }
}

#[test]
fn recent_fillers_botox_or_surgery_consult() {
    assert_consult(Question::RecentProcedures, "yes");
}

/// §4 "Scar less than 6 months old | ADJUST (wait)" is about any scar, so
/// it is asked for acne scars and other scars alike.
#[test]
fn young_scars_wait_when_acne_or_other_scars_are_treated() {
    let dull = Answers::default()
        .all_clear()
        .with_answer(Question::AgeBand, "22-plus")
        .with_answer(Question::SkinType, "3")
        .with_area(Area::Face)
        .with_concern(Concern::DullSkin);
    for scars in [Concern::AcneScars, Concern::OtherScars] {
        let answers = dull
            .clone()
            .with_concern(scars)
            .with_answer(Question::ScarAge, "yes");
        let out = estimate(&answers, &ClinicConfig::default());
        assert_eq!(
            out.plan.unwrap().adjustments,
            vec![Adjustment::WaitForScarToMature],
            "{scars:?}"
        );
    }
    // A scar concern with no figures (flat marks) beside pores: the wait
    // is the scar's, so the pores' plan keeps its dates.
    let flat = dull
        .clone()
        .with_severity(Concern::AcneScars, Severity::GoodmanBaron(1))
        .with_answer(Question::ScarAge, "yes");
    let out = estimate(&flat, &ClinicConfig::default());
    assert!(out.plan.unwrap().adjustments.is_empty());
    // Not asked (so not counted, not applied) without a scar concern.
    let answers = dull.with_answer(Question::ScarAge, "yes");
    let out = estimate(&answers, &ClinicConfig::default());
    assert!(out.plan.unwrap().adjustments.is_empty());
}

/// §1b's pigmentation row: "consultation if melasma". Asked only with sun
/// damage and pigmentation; "yes" and "not sure" go to the consultation
/// with the estimate still shown (CONSULT).
#[test]
fn melasma_goes_to_a_consultation() {
    let pigment = visitor().with_concern(Concern::SunDamage);
    for choice in ["yes", "not-sure"] {
        let out = estimate(
            &pigment.clone().with_answer(Question::Melasma, choice),
            &ClinicConfig::default(),
        );
        assert!(out.plan.is_some());
        assert_eq!(
            out.eligibility.reasons(),
            [Reason::Answer {
                question: Question::Melasma,
                choice,
                comeback: None
            }]
        );
    }
    let out = estimate(
        &pigment.clone().with_answer(Question::Melasma, "no"),
        &ClinicConfig::default(),
    );
    assert_eq!(out.eligibility, Eligibility::Proceed);
    // What answering it changes in the count of unanswered questions.
    let asked = |a: Answers| {
        let unanswered = |a: &Answers| estimate(a, &ClinicConfig::default()).unanswered;
        unanswered(&a) - unanswered(&a.clone().with_answer(Question::Melasma, "no"))
    };
    let fresh = Answers::default().with_area(Area::Face);
    assert_eq!(asked(fresh.clone().with_concern(Concern::SunDamage)), 1);
    assert_eq!(asked(fresh.with_concern(Concern::AcneScars)), 0);
}

#[test]
fn age_under_18_is_not_suitable_and_18_to_21_consults() {
    assert_not_suitable(Question::AgeBand, "under-18");
    assert_consult(Question::AgeBand, "18-21");
}

#[test]
fn not_sure_is_never_a_silent_estimate() {
    for q in Question::ALL {
        // The visitor's acne scars make the scar's age apply; melasma
        // applies with sun damage only (`melasma_goes_to_a_consultation`).
        // Pregnancy's "not sure" is a "could be": a stop (its own test).
        if q.choice("not-sure").is_some() && q != Question::Melasma && q != Question::Pregnancy {
            assert_consult(q, "not-sure");
        }
    }
}

#[test]
fn unanswered_questions_are_counted_and_the_estimate_is_provisional() {
    let answers = Answers::default()
        .with_concern(Concern::AcneScars)
        .with_area(Area::Face);
    let out = estimate(&answers, &ClinicConfig::default());
    assert_eq!(out.unanswered, Question::ALL.len() - 1, "melasma not asked");
    assert!(out.plan.is_some());
}

#[test]
fn not_suitable_wins_over_defer_and_lists_both() {
    let answers = visitor()
        .with_answer(Question::Pregnancy, "yes")
        .with_answer(Question::MetalAllergy, "yes");
    let out = estimate(&answers, &ClinicConfig::default());
    let Eligibility::NotSuitable(reasons) = &out.eligibility else {
        panic!("{:?}", out.eligibility)
    };
    assert_eq!(reasons.len(), 2);
    assert!(out.plan.is_none());
}

#[test]
fn boosters_carry_their_safety_flags() {
    use treatment_estimator::model::config::AddOnKind;
    for (id, kind) in [
        ("vitamin-c", AddOnKind::VitaminC),
        ("tretinoin", AddOnKind::Tretinoin),
    ] {
        let out = estimate(&visitor().with_add_on(id), &ClinicConfig::default());
        assert_eq!(
            out.eligibility,
            Eligibility::ProceedWithConsultation(vec![Reason::AddOn(kind)])
        );
    }
    let out = estimate(&visitor().with_add_on("prp"), &ClinicConfig::default());
    assert_eq!(out.eligibility, Eligibility::Proceed);
    // A booster counts while the form offers it, with a skin concern that
    // has figures: not once hair loss is the only concern left, nor beside
    // a grade with no numbers (verify33 N1: the hidden box kept the plan at
    // "consult", and only "Start over" cleared it).
    let hair = visitor()
        .with_severity(Concern::HairLoss, Severity::Norwood(3))
        .with_add_on("vitamin-c");
    let mut no_skin = hair.clone();
    no_skin.concerns.remove(&Concern::AcneScars);
    let flat_marks = hair
        .clone()
        .with_severity(Concern::AcneScars, Severity::GoodmanBaron(1));
    for (answers, consult) in [(&hair, true), (&no_skin, false), (&flat_marks, false)] {
        let out = estimate(answers, &ClinicConfig::default());
        let booster = out
            .eligibility
            .reasons()
            .contains(&Reason::AddOn(config::AddOnKind::VitaminC));
        assert_eq!(booster, consult, "{:?}", answers.concerns);
    }
}

#[test]
fn junk_answers_are_ignored() {
    let answers = visitor().with_answer(Question::Pregnancy, "<script>");
    assert_eq!(answers.screening[&Question::Pregnancy], "no");
}
