//! English. Benefit texts restate the source article; severity descriptions
//! restate evidence §5; reasons restate §4.

use super::{Catalog, Plural, Texts};
use crate::model::config::AddOnKind;
use crate::model::protocol::{GradeNote, Maintenance};
use crate::model::recovery::{AftercareRule, Milestone};
use crate::model::screening::{Adjustment, Comeback, Group, Question};
use crate::model::text::{cat, number};
use crate::model::{Area, Concern, Severity};

pub static CATALOG: Catalog = Catalog {
    texts: Texts {
    title: "Microneedling plan estimator",
    intro: "Pick what you would like to improve and answer a few safety questions. You will see an indicative plan at once: sessions, timing, recovery and price. Nothing you choose leaves your browser unless you book or e-mail the clinic.",
    language_label: "Language",
    step_concerns: "What would you like to improve?",
    step_concerns_hint: "Choose one or more.",
    step_details: "How marked is it, and where?",
    step_details_hint: "Pick the description closest to you. Not sure is fine.",
    step_where: "Where is it?",
    step_safety: "Safety questions",
    step_safety_hint: "Some health details change what is safe. Not sure? Say so: the clinic will check with you.",
    step_add_ons: "Optional extras",
    result_heading: "Your estimate",
    severity_label: "How marked",
    areas_legend: "Areas to treat",
    scalp_with_hair_loss: "The scalp is included with hair loss.",
    stretch_marks_where: "Stretch marks are on the body: tick where yours are.",
    none_apply: "None of these apply to me",
    none_apply_rest: "None of the others apply to me",
    none_apply_about_you: "Not pregnant or breastfeeding",
    price_at_consultation: "priced at the consultation",

    empty_result: "Choose at least one concern to see your indicative plan.",
    provisional: Plural {
        one: "Provisional: 1 safety question is still unanswered.",
        other: "Provisional: {n} safety questions are still unanswered.",
    },
    sessions: Plural {
        one: "{n} session",
        other: "{n} sessions",
    },
    weeks: Plural {
        one: "{n} week",
        other: "{n} weeks",
    },
    every_weeks: Plural {
        one: "every week",
        other: "every {n} weeks",
    },
    sessions_label: "Sessions",
    spacing_label: "Spacing",
    span_label: "Treatment span",
    results_label: "Results",
    price_label: "Indicative price",
    maintenance_label: "Maintenance",
    track_skin: "Skin",
    track_scalp: "Scalp",
    single_session_span: "a single visit",
    span_at_most: "{weeks} at most",
    results_after: "about {weeks} after treatment starts",
    glow_note: "A fresh, plump glow often shows within 1–2 weeks; lasting change builds as new collagen forms.",
    needs_area: "Choose an area to see a price.",
    needs_body_area: "Choose a body area to see a price.",
    left_out: "{concerns}: not in these figures, assessed in person.",
    later_start: "Starts later: see “Adjusted for you”.",
    price_set_at_consultation: "The clinic prices this at your consultation.",
    summary_pattern: "{sessions}, {spacing}, over {span}.",
    summary_price: "Indicative price {price}.",
    consult_heading: "Please discuss these at your consultation",
    consult_summary: "Some points are to be discussed at the consultation.",
    adjust_heading: "Adjusted for you",
    defer_heading: "Not just yet",
    not_suitable_heading: "Microneedling may not be right for you",
    stop_for_clinic: "Some of my answers need a clinician's review before any plan.",
    quote_joiner: "”, “",
    age_outside_us: "Under 22, a clinician will advise you in person.",
    stop_intro: "Thank you for telling us. Your safety comes first, so we will not suggest a plan or a price from these answers. A clinician will gladly talk it through with you.",
    no_numbers_intro: "These concerns are assessed in person, so there are no numbers to show.",
    no_numbers_intro_one: "This concern is assessed in person, so there are no numbers to show.",
    concern_notes_heading: "How microneedling can help",
    disclaimer: "Indicative only, not medical advice. Your final plan, and whether microneedling suits you, are decided with a clinician at your consultation.",
    regulatory_note: "In the US, microneedling devices are FDA-authorized for facial acne scars, facial wrinkles and abdominal scars in adults aged 22 or older; other uses are off-label.",
    default_prices_note: "Prices: a typical US facial range from published sources; other areas, bundles and course discounts are assumptions, not this clinic's price list.",
    start_over: "Start over",
    plan_ends: "Your last session would be around {date}.",
    see_estimate: "See your estimate",

    timeline_heading: "Your timeline",
    timeline_alt: "{sessions} {spacing}, first to last session over {span}; results {results}.",
    timeline_week: "Week",
    timeline_session: "Session",
    timeline_maybe: "Extra session, if needed",
    timeline_recovery: "Recovery",
    timeline_results: "Results",
    recovery_heading: "Recovery, day by day",
    recovery_alt: "Day-by-day recovery after each session",
    recovery_note: "This is a typical recovery; redness, swelling or dry, flaking skin can last up to 7 days.",
    day: "Day",
    redness: ["No redness", "Slight pinkness", "Pink", "Red, like a sunburn"],
    swelling: ["no swelling", "slight swelling", "some swelling"],
    flaking: "dry, flaking skin",
    price_heading: "Price range",
    breakdown_heading: "How the price adds up",
    per_session: "per session",
    percent: "%",
    package_line: "Course discount ({percent} off)",
    rounding_note: "Total rounded outwards to a round figure.",
    total: "Total",
    aftercare_heading: "Aftercare",
    what_to_expect_heading: "What to expect",
    side_effects: [
        "Possible side effects",
        "Common and short-lived: redness, swelling, dryness, flaking, bruising, discomfort or irritation where treated, and swollen lymph nodes.",
        "Less common: infection, skin color changes (more likely on darker skin), allergic reactions, also to products applied during treatment. Rare: heavier bleeding, granulomas, scarring, nerve or blood-vessel injury, and infections passed on by unsterile equipment.",
    ],

    book_heading: "Book a consultation",
    book_cta: "Book a consultation",
    call: "Call",
    email: "E-mail",
    message_us: "Send a message",
    address: "Address",
    email_subject: "Consultation request: microneedling",
    email_greeting: "Hello, I would like to book a microneedling consultation.",
    email_plan: "My choices on your website:",
    grade_assumed: "(assumed, not picked)",
    first_unanswered: "Go to the first unanswered question",
    choose_concerns: "Choose your concerns",
    all_answered: "Every safety question is answered.",
    email_closing: "Please let me know when you can see me.",
    copy_link: "Copy link to this estimate",
    link_copied: "Link copied. It holds your concerns, areas and extras, never your answers to the safety questions.",
    copy_failed: "Could not copy. Select the link below and copy it.",
    share_link_label: "Link to this estimate",
    print: "Print summary",
    opens_new_tab: "(opens in a new tab)",
    contact_card_heading: "Talk to us about microneedling",
    contact_card_text: "The estimator is not available right now. Please contact the clinic directly: we will be glad to help.",
    config_problems_heading: "Configuration problems (shown because of the debug attribute)",
    },
    translate: |_| None,
};

pub(super) fn concern_name(c: Concern) -> &'static str {
    match c {
        Concern::DullSkin => "Dull or uneven skin and overall rejuvenation",
        Concern::Wrinkles => "Fine lines and wrinkles",
        Concern::Laxity => "Skin laxity and anti-aging",
        Concern::AcneScars => "Acne scars",
        Concern::OtherScars => "Other scars (surgery or injury)",
        Concern::HairLoss => "Hair loss (androgenetic alopecia)",
        Concern::SunDamage => "Sun damage and pigmentation",
        Concern::Elasticity => "Loss of elasticity",
        Concern::StretchMarks => "Stretch marks",
        Concern::Rosacea => "Rosacea",
        Concern::PoresTexture => "Enlarged pores",
        Concern::RaisedScars => "Keloid or raised scars",
    }
}

pub(super) fn concern_benefit(c: Concern) -> &'static str {
    match c {
        Concern::DullSkin => "Can even out the skin's texture and bring back a youthful glow.",
        Concern::Wrinkles => "New collagen and elastin can soften forehead lines, crow's feet and other fine lines.",
        Concern::Laxity => "Aging skin loses elasticity and glow; microneedling can help improve both.",
        Concern::AcneScars => "Extra collagen and elastin can make acne scars less visible: in one study, 4 sessions improved them by about one grade.",
        Concern::OtherScars => "Scars from surgery or injury can soften as new collagen forms.",
        Concern::HairLoss => "Alongside hair-loss medicine, may restore follicles and thicken thinning hair; a 2021 review supports it, though more study is needed.",
        Concern::SunDamage => "Alongside skin-care creams, can reduce the look of sun damage and dark patches, evening out a blotchy tone.",
        Concern::Elasticity => "Can stimulate elastin, which lets skin stretch and spring back.",
        Concern::StretchMarks => "Stretch marks from rapid growth, such as pregnancy, can be lessened, newer red ones most; in one study, 1 in 5 people had dark marks afterwards.",
        Concern::Rosacea => "New collagen may counter rosacea's faster breakdown, though the evidence is limited and rosacea can also be a reason not to treat.",
        Concern::PoresTexture => "New, even skin can refine the look of bigger pores, though the evidence for pores is limited (no trial found).",
        Concern::RaisedScars => "Not treatable with microneedling: keloid and raised (hypertrophic) scars are the only scars it cannot treat.",
    }
}

pub(super) fn area_name(a: Area) -> &'static str {
    match a {
        Area::Face => "Face",
        Area::Neck => "Neck",
        Area::Decolletage => "Décolletage (upper chest)",
        Area::Scalp => "Scalp",
        Area::Hands => "Hands",
        Area::Arms => "Arms",
        Area::Abdomen => "Abdomen",
        Area::Thighs => "Thighs",
        Area::Buttocks => "Buttocks",
        Area::Back => "Back",
    }
}

pub(super) fn severity_name(s: Severity) -> String {
    const ROMAN: [&str; 8] = ["", "I", "II", "III", "IV", "V", "VI", "VII"];
    let roman = |n: u8| ROMAN.get(usize::from(n)).copied().unwrap_or("");
    match s {
        Severity::NotSure => "Not sure".into(),
        Severity::Mild => "Mild".into(),
        Severity::Moderate => "Moderate".into(),
        Severity::Marked => "Marked".into(),
        Severity::GoodmanBaron(n) => {
            let word = ["", "flat marks", "mild", "moderate", "severe"];
            cat(&[
                "Grade ",
                &number(u64::from(n)),
                ": ",
                word.get(usize::from(n)).unwrap_or(&""),
            ])
        }
        Severity::Glogau(n) => {
            let word = ["", "mild", "moderate", "advanced", "severe"];
            cat(&[
                "Type ",
                roman(n),
                ": ",
                word.get(usize::from(n)).unwrap_or(&""),
            ])
        }
        Severity::Norwood(n) => cat(&["Men, stage ", roman(n)]),
        Severity::Ludwig(n) => cat(&["Women, grade ", roman(n)]),
        Severity::StriaeRubra => "New and red".into(),
        Severity::StriaeAlba => "Old and white".into(),
    }
}

pub(super) fn severity_description(s: Severity) -> &'static str {
    match s {
        Severity::NotSure => {
            "The clinic will assess it with you; meanwhile the estimate spans every option that has figures."
        }
        Severity::Mild => "Noticeable to you, hardly to others.",
        Severity::Moderate => "Clearly visible at a normal distance.",
        Severity::Marked => "Very visible; it bothers you most days.",
        Severity::GoodmanBaron(1) => "Flat red, white or brown marks: a color problem, not dents.",
        Severity::GoodmanBaron(2) => {
            "Not obvious from about 50 cm (talking distance); easily covered by makeup or beard shadow."
        }
        Severity::GoodmanBaron(3) => {
            "Obvious from about 50 cm and hard to cover; they flatten when the skin is stretched."
        }
        Severity::GoodmanBaron(_) => {
            "Obvious from about 50 cm and do not flatten when the skin is stretched."
        }
        Severity::Glogau(1) => "Typically 20s–30s: no wrinkles, minimal pigment change.",
        Severity::Glogau(2) => "Typically 30s–40s: lines when your face moves, early brown spots.",
        Severity::Glogau(3) => {
            "Typically 50s+: lines at rest, obvious discoloration, visible small vessels."
        }
        Severity::Glogau(_) => "Typically 60s+: wrinkles throughout, yellow-gray skin.",
        Severity::Norwood(2) => "Temples receding by about 2 cm.",
        Severity::Norwood(3) => "Deep temple recession, perhaps thinning at the crown.",
        Severity::Norwood(4) => "Recession plus crown loss, separated by a band of hair.",
        Severity::Norwood(5) => "Larger bald areas with a narrower band between them.",
        Severity::Norwood(6) => "The band is gone: front and crown have joined.",
        Severity::Norwood(_) => "Only a horseshoe of hair at the sides and back.",
        Severity::Ludwig(1) => "Mild thinning along the parting; front hairline kept.",
        Severity::Ludwig(2) => "Scalp visible; the parting is noticeably wider.",
        Severity::Ludwig(_) => "Diffuse, near-complete loss over the crown.",
        Severity::StriaeRubra => "Recent marks, still pink, red or purple.",
        Severity::StriaeAlba => "Older marks that have faded to white or silver.",
    }
}

pub(super) fn scale_name(c: Concern) -> &'static str {
    match c {
        Concern::AcneScars => "Goodman–Baron acne-scar grade",
        Concern::Wrinkles | Concern::SunDamage => "Glogau photo-aging type",
        Concern::HairLoss => "Norwood (men) or Ludwig (women) stage",
        Concern::StretchMarks => "Type of stretch marks",
        _ => "How marked",
    }
}

pub(super) fn group_name(g: Group) -> &'static str {
    match g {
        Group::AboutYou => "About you",
        Group::YourSkin => "Your skin in the area to treat",
        Group::Health => "Health and medicines",
    }
}

pub(super) fn question_text(q: Question) -> &'static str {
    match q {
        Question::AgeBand => "How old are you?",
        Question::Pregnancy => "Are you pregnant, or could you be?",
        Question::Breastfeeding => "Are you breastfeeding?",
        Question::SkinType => "Which describes your skin in the sun? (Fitzpatrick skin type)",
        Question::ActiveAcne => "Do you have active acne (spots or breakouts) in the area?",
        Question::ActiveInfection => "Is there an infection, open wound or rash in the area now, including an active cold sore?",
        Question::ColdSores => "Do you get cold sores?",
        Question::Psoriasis => "Do you have psoriasis?",
        Question::Eczema => "Do you have eczema?",
        Question::OtherSkinCondition => "Any other skin condition, such as rosacea or vitiligo?",
        Question::Keloids => "Does your skin tend to form keloids or raised scars?",
        Question::SkinCancer => "Is there skin cancer, or a changing or raised spot, in the area?",
        Question::SunburnTan => "Sunburn or a fresh tan (sun or sunbed) in the last 2 weeks?",
        Question::ScarAge => "Is any scar you want treated less than 6 months old?",
        Question::Melasma => "Has a doctor said your dark patches are melasma?",
        Question::AcneMedication => "Have you taken isotretinoin (Accutane, Roaccutane) for acne in the last 6 months?",
        Question::Anticoagulants => "Do you take blood thinners (warfarin, heparin, apixaban, daily aspirin…)?",
        Question::BleedingDisorder => "Do you have a bleeding or clotting disorder, such as hemophilia?",
        Question::Diabetes => "Do you have diabetes?",
        Question::CancerTherapy => "Chemotherapy, radiotherapy or high-dose steroids now, in the last 4 weeks or planned in the next 4?",
        Question::Autoimmune => "Do you have an autoimmune condition, such as lupus or scleroderma?",
        Question::SystemicInfection => "Do you have hepatitis, HIV or another long-term infection?",
        Question::Allergies => "Do you have allergies (medicines, skin products, latex…)?",
        Question::MetalAllergy => "Are you allergic to stainless steel, other metals or numbing creams?",
        Question::RecentProcedures => "Fillers, Botox or surgery in the area in the last 12 months?",
    }
}

pub(super) fn choice_label(q: Question, id: &str) -> &'static str {
    match (q, id) {
        (_, "yes") => "Yes",
        (_, "no") => "No",
        (_, "not-sure") => "Not sure",
        (Question::AgeBand, "under-18") => "Under 18",
        (Question::AgeBand, "18-21") => "18 to 21",
        (Question::AgeBand, _) => "22 or older",
        (Question::SkinType, "1") => "I: always burns, never tans",
        (Question::SkinType, "2") => "II: always burns, tans with difficulty",
        (Question::SkinType, "3") => "III: sometimes burns mildly, tans moderately",
        (Question::SkinType, "4") => "IV: rarely burns, tans easily",
        (Question::SkinType, "5") => "V: brown skin, never burns",
        (Question::SkinType, _) => "VI: deeply pigmented, never burns",
        (Question::Psoriasis | Question::Eczema, "yes-elsewhere") => {
            "Yes, but not active in the area"
        }
        (Question::Psoriasis | Question::Eczema, _) => "Yes, active in the area now",
        (Question::AcneMedication, "yes-now") => "Yes, I take it now",
        (Question::AcneMedication, _) => "Yes, stopped recently",
        (Question::Diabetes, "yes-controlled") => "Yes, well controlled",
        (Question::Diabetes, _) => "Yes, not well controlled",
        _ => "Yes",
    }
}

pub(super) fn answer_reason(q: Question, id: &str) -> &'static str {
    if id == "not-sure" {
        return match q {
            Question::SkinType => "You were not sure of your skin type: the clinic will assess it, as darker skin needs gentler settings.",
            Question::Pregnancy => "If you could be pregnant, treatment waits: elective skin treatments are postponed during pregnancy, as there are no safety data.",
            Question::Melasma => "If it is melasma, it often comes back and is treated alongside skin-care creams, so a clinician plans it with you.",
            // Named (`Catalog::reason` fills it in): several are one line each.
            _ => "You were not sure about “{question}”: the clinic will go through this with you, as a yes could change the plan or rule out treatment.",
        };
    }
    match (q, id) {
        (Question::AgeBand, "under-18") => "It is not offered to anyone under 18.",
        (Question::AgeBand, _) => "In the US, microneedling devices are authorized for adults 22 and older, so a clinician will advise you in person.",
        (Question::Pregnancy, _) => "Elective skin treatments are postponed during pregnancy, as there are no safety data.",
        (Question::Breastfeeding, _) => "Some clinics do not treat during breastfeeding; a clinician will advise you, including on numbing creams and topicals.",
        (Question::ActiveAcne, _) => "Active acne in the area should be treated first.",
        (Question::ActiveInfection, _) => "Skin with an infection, open wound, rash or active cold sore cannot be treated.",
        (Question::ColdSores, _) => "If you get cold sores, you may need antiviral cover before treatment.",
        (Question::Psoriasis | Question::Eczema, "yes-in-area") => "Skin with a psoriasis or eczema flare in the area cannot be treated.",
        (Question::Psoriasis | Question::Eczema, _) => "With psoriasis or eczema, a clinician checks that the skin is calm enough.",
        (Question::Melasma, _) => "Melasma often comes back and is treated alongside skin-care creams, so a clinician plans it with you.",
        (Question::OtherSkinCondition, _) => "Tell the clinician about your skin condition so they can plan safely.",
        (Question::Keloids, _) => "A tendency to keloids or raised scars means needling could cause new scars.",
        (Question::SkinCancer, _) => "A suspicious or cancerous spot must be checked by a doctor, and the area is not needled.",
        (Question::AcneMedication, _) => "Advice differs on microneedling during or soon after isotretinoin, so a clinician decides with you.",
        (Question::Anticoagulants, _) => "Blood thinners raise bleeding and bruising; do not stop them yourself: the clinic will advise.",
        (Question::BleedingDisorder, _) => "A bleeding or clotting disorder makes needling unsafe.",
        (Question::Diabetes, "yes-uncontrolled") => "Diabetes that is not well controlled slows healing.",
        (Question::Diabetes, _) => "With diabetes, skin heals more slowly; the clinician will plan for it.",
        (Question::CancerTherapy, _) => "Chemotherapy, radiotherapy and high-dose steroids weaken healing.",
        (Question::Autoimmune, _) => "Autoimmune conditions can affect healing; a clinician will check with you.",
        (Question::SystemicInfection, _) => "With a long-term infection, a clinician needs to advise you in person.",
        (Question::Allergies, _) => "Tell the clinician about your allergies before any product touches treated skin.",
        (Question::MetalAllergy, _) => "An allergy to the needles' metal or to numbing creams rules the treatment out.",
        (Question::RecentProcedures, _) => "After fillers (6 months), Botox (3 months) or surgery (12 months) in the area, timing needs checking.",
        _ => "Please discuss this answer with the clinician.",
    }
}

pub(super) fn comeback(c: Comeback) -> &'static str {
    match c {
        Comeback::AfterPregnancy => "You are welcome to come back after your pregnancy.",
        Comeback::AcneUnderControl => "Come back once your acne is under control.",
        Comeback::InfectionHealed => "Come back once it has fully healed.",
        Comeback::FlareSettled => "Come back when the skin in the area is clear.",
        Comeback::DiabetesControlled => "Come back once your diabetes is well controlled.",
        Comeback::FourWeeksAfterTherapy => "Come back at least 4 weeks after the therapy ends.",
        Comeback::OncePregnancyRuledOut => "Come back once you know you are not pregnant.",
        Comeback::SixMonthsAfterIsotretinoin => "The medicine's leaflet says to wait 6 months after the last dose; a clinician can tell you if you may start sooner.",
    }
}

pub(super) fn concern_reason(c: Concern) -> &'static str {
    match c {
        Concern::Rosacea => "Rosacea is both treated with microneedling and a reason for caution, so a clinician decides at your consultation.",
        Concern::RaisedScars => "Keloid and raised scars are not treated with microneedling, and needling skin that forms them can cause new ones; a clinician can suggest what does help.",
        _ => "A clinician will assess this concern with you.",
    }
}

pub(super) fn grade_note(n: GradeNote) -> &'static str {
    match n {
        GradeNote::CombinationTherapy => "Severe acne scarring usually needs microneedling combined with other treatments.",
        GradeNote::BeyondMicroneedling => "At this stage, deeper laser or surgical treatment is usually needed, so a clinician plans it with you.",
        GradeNote::ConsiderRfOrSurgery => "For moderate or marked laxity or loss of elasticity, radio-frequency microneedling or a surgical opinion may suit you better.",
        GradeNote::AdvancedSunDamage => "Sun damage this advanced needs a doctor's assessment first, including a skin check.",
        GradeNote::AdvancedHairLoss => "Advanced hair loss is beyond what the studies treated, so a clinician plans it with you.",
        GradeNote::EarlyHairLoss => "The studies treated more advanced loss (Norwood III–IV), so a clinician confirms that this plan suits you.",
        GradeNote::ColourNotContour => "Flat marks are a color problem rather than a dent in the skin, so a clinician suggests what suits them.",
        GradeNote::GradeToConfirm => "The clinic will confirm the grade or stage with you, as some need another treatment or a plan made in person.",
    }
}

pub(super) fn add_on_safety(k: AddOnKind) -> &'static str {
    match k {
        AddOnKind::VitaminC => "Vitamin C serums applied during microneedling have been linked to skin granulomas; the clinician will use only products made for treated skin.",
        AddOnKind::Tretinoin => "Tretinoin is a retinoid that aftercare pauses for 5–7 days; whether and when to use it is decided with the clinician.",
        AddOnKind::Prp | AddOnKind::Other => "Please discuss this extra with the clinician.",
    }
}

pub(super) fn adjustment(a: Adjustment) -> &'static str {
    match a {
        Adjustment::DelayStartTwoWeeks => "Start about 2 weeks later, once sunburn or tan has settled (treating tanned skin risks dark marks).",
        Adjustment::DarkerSkinCare => "For your skin type: gentler depth, strict sun protection, pigment-calming care beforehand and longer gaps between skin sessions.",
        Adjustment::DarkerSkinCareSameSpacing => "For your skin type: gentler depth, strict sun protection and pigment-calming care beforehand.",
        Adjustment::WaitForScarToMature => "Scars are treated once they are at least 6 months old (12 months for facial surgical scars), so your plan starts from then.",
    }
}

pub(super) fn maintenance(m: Maintenance) -> String {
    match m {
        Maintenance::EveryMonths(s) => cat(&[
            "One session every ",
            &number(u64::from(s.min)),
            "–",
            &number(u64::from(s.max)),
            " months",
        ]),
        Maintenance::TopicalsAndSunscreen => {
            "Daily sunscreen and pigment-control creams; pigmentation can return".into()
        }
        Maintenance::OngoingWithMedicalTherapy => {
            "Keep up your hair-loss medicine (such as minoxidil)".into()
        }
        Maintenance::AsNeeded => "Top-up sessions only if needed".into(),
    }
}

pub(super) fn milestone(m: Milestone) -> &'static str {
    match m {
        Milestone::SessionDay => {
            "Pinpoint bleeding, tightness and sunburn-like redness for a few hours"
        }
        Milestone::Makeup => "Makeup is fine again",
        Milestone::Exercise => "Exercise and sweating are fine again",
        Milestone::Swimming => "Pools, saunas and self-tanner are fine again",
        Milestone::Actives => {
            "Retinoids, acids and vitamin C can usually return (ask your clinician)"
        }
    }
}

pub(super) fn aftercare(r: AftercareRule) -> &'static str {
    match r {
        AftercareRule::Sunscreen => "Treated skin burns easily: wear a mineral sunscreen, SPF 30 or higher, every day.",
        AftercareRule::NoMakeup => "No makeup for 24–48 hours.",
        AftercareRule::NoSweatOrPools => "No exercise or heavy sweating for 24–48 hours; no swimming, saunas, peels, hair removal or self-tanner for 2–3 days.",
        AftercareRule::PauseActives => "Pause retinoids, AHA/BHA acids, vitamin C and benzoyl peroxide until day 5–7.",
        AftercareRule::NoPicking => "Let flaking skin shed by itself: do not pick or scrub.",
        AftercareRule::OnlyApprovedProducts => "Use only products your clinician gives you on freshly treated skin.",
        AftercareRule::BeforeTreatment => "Before each session: stop retinol at least 2 days ahead and avoid blood-thinning supplements.",
    }
}
