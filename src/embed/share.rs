//! Share links: the visitor's concerns, grades, areas, extras and language
//! (never free text: only ids from fixed lists) in the URL fragment, so
//! opening the link shows the same plan. The fragment never reaches a
//! server. Never the safety answers: they are health data (pregnancy,
//! HIV, medicines) that a link would carry into histories and chats, and
//! they belong to whoever opens the link, who answers them again. An
//! older link's `te-q` answers are not read, for the same reason.
//!
//! `#te-c=acne-scars:grade-3,wrinkles:glogau-2&te-a=face,neck&te-x=prp&te-l=es`

use super::prefill::{skip, url_decode, Skipped};
use crate::i18n::Language;
use crate::model::text;
use crate::model::{Answers, Area, ClinicConfig, Concern, Severity};

/// The fragment (without `#`) for these answers.
pub fn encode(answers: &Answers, language: Language) -> String {
    // An assumed grade stays assumed: the link leaves it out, and opened,
    // the concern starts at the same default (verify57 F3).
    let mut concerns: Vec<String> = Vec::new();
    for (c, s) in answers.concerns.iter() {
        concerns.push(if answers.assumed(*c) {
            c.id().to_string()
        } else {
            text::cat(&[c.id(), ":", &s.id()])
        });
    }
    let areas: Vec<&str> = answers.areas.iter().map(|a| a.id()).collect();
    let add_ons: Vec<&str> = answers.add_ons.iter().map(String::as_str).collect();
    let mut parts = vec![text::cat(&["te-c=", &text::join(&concerns, ",")])];
    parts.push(text::cat(&["te-a=", &text::join(&areas, ",")]));
    if !add_ons.is_empty() {
        parts.push(text::cat(&["te-x=", &text::join(&add_ons, ",")]));
    }
    parts.push(text::cat(&["te-l=", language.code()]));
    text::join(&parts, "&")
}

/// A share fragment's answers and language; `None` when the URL carries no
/// share fragment. Unknown or unoffered items are skipped, never fatal.
/// A choice this clinic does not offer (a link from another clinic's page,
/// or from before its config changed) is left out, and named in `skipped`
/// for the console, with the attributes' and the URL's prefill. The
/// fragment is percent-decoded first: a link passed through
/// `encodeURIComponent` or a mail program's link rewriting (`%3A`, `%2C`)
/// restored nothing (verify40 F6).
pub fn decode(
    url: &str,
    config: &ClinicConfig,
    skipped: &mut Vec<Skipped>,
) -> Option<(Answers, Option<Language>)> {
    let fragment = &url_decode(text::cut(url, b'#')?.1);
    if fragment.len() > 4_000 || !is_share_fragment(fragment) {
        return None;
    }
    let mut answers = Answers::default();
    let mut language = None;
    for part in text::pieces(fragment, b"&?").take(16) {
        let Some((key, value)) = text::cut(part, b'=') else {
            continue;
        };
        let items = text::pieces(value, b",").filter(|s| !s.is_empty()).take(64);
        let mut left_out =
            |source, item| skipped.push(skip(source, item, "not a choice on this clinic's form"));
        match key {
            "te-c" => {
                for item in items {
                    let (id, grade) = text::cut(item, b':').unwrap_or((item, ""));
                    let Some(concern) =
                        Concern::from_id(id).filter(|c| config.concerns.contains(c))
                    else {
                        left_out("share link te-c", id);
                        continue;
                    };
                    // Named again without a grade, it keeps the one
                    // given; a fine line's type is sun damage's too.
                    if !answers.concerns.contains_key(&concern) {
                        answers.add_concern(concern);
                    }
                    if let Some(severity) = Severity::from_id(grade) {
                        answers.grade(concern, severity);
                    }
                }
            }
            "te-a" => {
                for item in items {
                    match Area::from_id(item).filter(|a| config.tickable(*a)) {
                        Some(area) => {
                            answers.areas.insert(area);
                        }
                        None => left_out("share link te-a", item),
                    }
                }
            }
            "te-x" => {
                for item in items {
                    match config.add_on(item) {
                        Some(_) => {
                            answers.add_ons.insert(item.to_string());
                        }
                        None => left_out("share link te-x", item),
                    }
                }
            }
            "te-l" => language = Language::from_tag(value),
            _ => {}
        }
    }
    Some((answers, language))
}

/// Whether a URL fragment (without `#`) is a share link's.
pub fn is_share_fragment(fragment: &str) -> bool {
    text::pieces(fragment, b"&?").any(|p| p.starts_with("te-c="))
}

/// The visitor's own page as a link for someone else: without this visit's
/// query parameters. The prefill (`te_*`) is the fragment's job now; the
/// campaign tags (`utm_*`) and ad click ids (`gclid`, `fbclid`, …) would
/// tie the link to this visitor, and the booking link forwards them, so a
/// friend's booking would count as the first visitor's ad click. A
/// clinic's own `share-url` is not passed through this: it is kept as written.
/// The fragment stays, for `link` to keep a route in it.
pub fn page_for_sharing(page_url: &str) -> String {
    let (page, fragment) = text::cut(page_url, b'#').unwrap_or((page_url, ""));
    let (path, query) = text::cut(page, b'?').unwrap_or((page, ""));
    let mut link = path.to_string();
    for p in text::pieces(query, b"&") {
        if !p.is_empty() && !is_visit_parameter(text::head(p, b"=")) {
            link.push(if link.len() == path.len() { '?' } else { '&' });
            link.push_str(p);
        }
    }
    if !fragment.is_empty() {
        link.push('#');
        link.push_str(fragment);
    }
    link
}

/// Also named in `web/treatment-estimator-frame.js`, for the iframe embed.
/// In any case: `UTM_Source` is the same campaign to a person. The e-mail
/// tools' recipient ids (Mailchimp `mc_eid`, HubSpot `_hsenc` and `_hsmi`,
/// Marketo `mkt_tok`, Klaviyo `_kx`) name the visitor who got the e-mail
/// (verify46 F5).
fn is_visit_parameter(name: &str) -> bool {
    const CLICK_IDS: [&str; 14] = [
        "gclid", "gbraid", "wbraid", "dclid", "fbclid", "msclkid", "ttclid", "yclid", "_gl",
        "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "_kx",
    ];
    let name = name.to_ascii_lowercase();
    name.starts_with("te_") || name.starts_with("utm_") || CLICK_IDS.contains(&name.as_str())
}

/// The page URL with the new share fragment instead of its own. A hash
/// router's route (`#/estimate`, `#!/estimate`, `#!estimate`; not its own
/// query) stays in front of it, the share link as its query (`#/estimate?te-c=…`,
/// which Vue Router and React Router read as the route `/estimate`), so
/// the link opens that view (verify54 F7: `#te-c=…` alone was the
/// router's "Not found"); `decode` and the loader find the share link's
/// parts after a `?` too.
pub fn link(page_url: &str, answers: &Answers, language: Language) -> String {
    let (base, fragment) = text::cut(page_url, b'#').unwrap_or((page_url, ""));
    let mut link = base.to_string();
    link.push('#');
    if let Some(b'/' | b'!') = fragment.bytes().next() {
        link.push_str(text::head(fragment, b"&?"));
        link.push('?');
    }
    link.push_str(&encode(answers, language));
    link
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{estimate, Question};

    #[test]
    fn round_trip_restores_the_same_estimate() {
        let config = ClinicConfig::default();
        let answers = Answers::default()
            .with_severity(Concern::AcneScars, Severity::GoodmanBaron(4))
            .with_severity(Concern::HairLoss, Severity::Ludwig(2))
            .with_concern(Concern::Wrinkles)
            .with_area(Area::Face)
            .with_area(Area::Neck)
            .with_add_on("prp");
        let url = link(
            "https://clinic.example/page?x=1#old",
            &answers,
            Language::Es,
        );
        assert!(
            url.starts_with("https://clinic.example/page?x=1#te-c="),
            "{url}"
        );
        let (back, language) = decode(&url, &config, &mut Vec::new()).unwrap();
        // The picked grades come back picked, the default one assumed.
        assert_eq!(back, answers);
        assert!(!back.assumed(Concern::AcneScars) && back.assumed(Concern::Wrinkles));
        assert_eq!(language, Some(Language::Es));
        assert_eq!(estimate(&back, &config), estimate(&answers, &config));
    }

    #[test]
    fn a_hand_made_link_keeps_its_grades() {
        let config = ClinicConfig::default();
        let decoded = |fragment: &str| {
            let url = text::cat(&["https://c.example/#te-c=", fragment]);
            decode(&url, &config, &mut Vec::new()).unwrap().0
        };
        // A concern named again without a grade keeps the one given.
        for link in [
            "acne-scars:grade-4,acne-scars",
            "acne-scars,acne-scars:grade-4",
        ] {
            let a = decoded(link);
            assert_eq!(a.concerns[&Concern::AcneScars], Severity::GoodmanBaron(4));
            assert!(!a.assumed(Concern::AcneScars), "{link}");
        }
        // The face's one photo-aging type, given for one, is the other's.
        let a = decoded("wrinkles:glogau-3,sun-damage");
        assert_eq!(a.concerns[&Concern::SunDamage], Severity::Glogau(3));
        assert!(!a.assumed(Concern::SunDamage));
        let a = decoded("wrinkles,sun-damage");
        assert!(a.assumed(Concern::SunDamage) && a.assumed(Concern::Wrinkles));
    }

    #[test]
    fn junk_is_skipped_and_no_fragment_means_none() {
        let config = ClinicConfig::default();
        assert_eq!(decode("https://c.example/", &config, &mut Vec::new()), None);
        assert_eq!(
            decode("https://c.example/#section-2", &config, &mut Vec::new()),
            None
        );
        let mut skipped = Vec::new();
        let (a, l) = decode(
            "https://c.example/#te-c=acne-scars:glogau-9,tattoo,<script>&te-a=elbow,face&te-q=pregnancy:maybe,age:18-21&te-x=botox&te-l=fr",
            &config,
            &mut skipped,
        )
        .unwrap();
        assert_eq!(skipped.len(), 4, "{skipped:?}");
        assert_eq!(a.concerns.len(), 1);
        assert_eq!(a.concerns[&Concern::AcneScars], Severity::GoodmanBaron(3));
        assert_eq!(a.areas.len(), 1);
        assert!(a.screening.is_empty());
        assert!(a.add_ons.is_empty());
        assert_eq!(l, None);
    }

    #[test]
    fn a_percent_encoded_link_restores_as_written() {
        // As `encodeURIComponent` or a mail program's link rewriting leaves
        // it (verify40 F6: nothing was restored).
        let config = ClinicConfig::default();
        let url = "https://c.example/#te-c=acne-scars%3Agrade-4%2Cwrinkles%3Aglogau-3&te-a=face%2Cneck&te-l=es";
        let (a, l) = decode(url, &config, &mut Vec::new()).unwrap();
        assert_eq!(a.concerns[&Concern::AcneScars], Severity::GoodmanBaron(4));
        assert_eq!(a.concerns[&Concern::Wrinkles], Severity::Glogau(3));
        assert!(a.areas.contains(&Area::Face) && a.areas.contains(&Area::Neck));
        assert_eq!(l, Some(Language::Es));
    }

    #[test]
    fn a_link_never_carries_safety_answers_and_an_old_links_are_not_read() {
        let config = ClinicConfig::default();
        let answers = Answers::default()
            .with_concern(Concern::AcneScars)
            .with_answer(Question::Pregnancy, "yes")
            .with_answer(Question::SystemicInfection, "not-sure");
        let url = link("https://c.example/", &answers, Language::En);
        assert!(!url.contains("te-q") && !url.contains("pregnancy"), "{url}");
        let (back, _) = decode(&url, &config, &mut Vec::new()).unwrap();
        assert!(back.screening.is_empty());
        assert_eq!(back.concerns, answers.concerns);
        let old = "https://c.example/#te-c=acne-scars:grade-3&te-q=pregnancy:yes,diabetes:no";
        assert!(decode(old, &config, &mut Vec::new())
            .unwrap()
            .0
            .screening
            .is_empty());
    }

    #[test]
    fn a_link_leaves_out_this_visits_prefill_campaign_and_ad_click() {
        for (page, shared) in [
            (
                "https://c.example/p?te_concerns=rosacea&utm_source=mail&gclid=g1#top",
                "https://c.example/p#top",
            ),
            (
                "https://c.example/p?id=7&fbclid=f&utm_campaign=x&msclkid=m&lang=es&_gl=1*x",
                "https://c.example/p?id=7&lang=es",
            ),
            (
                "https://c.example/p?UTM_Source=x&Gclid=y&k=1",
                "https://c.example/p?k=1",
            ),
            // The e-mail tools' recipient ids name the visitor (verify46 F5).
            (
                "https://c.example/p?mc_eid=1&_hsenc=2&_hsmi=3&mkt_tok=4&_kx=5&mc_cid=6",
                "https://c.example/p?mc_cid=6",
            ),
            // Names that only start alike stay, as do odd but harmless pieces.
            (
                "https://c.example/?gclid_note=1&&utmost=2&te=3&x",
                "https://c.example/?gclid_note=1&utmost=2&te=3&x",
            ),
            ("https://c.example/p?", "https://c.example/p"),
            ("https://c.example/p", "https://c.example/p"),
        ] {
            assert_eq!(page_for_sharing(page), shared, "{page}");
        }
    }

    #[test]
    fn a_link_keeps_a_hash_routers_route_and_nothing_else_of_the_fragment() {
        let config = ClinicConfig::default();
        let answers = Answers::default()
            .with_concern(Concern::Wrinkles)
            .with_area(Area::Face);
        let shared = "te-c=wrinkles&te-a=face&te-l=en";
        for (page, expected) in [
            (
                "https://c.example/app#/estimate",
                "https://c.example/app#/estimate?",
            ),
            (
                "https://c.example/app#/estimate?te-c=rosacea:ppr-2&te-l=es",
                "https://c.example/app#/estimate?",
            ),
            (
                "https://c.example/app#!/estimate?x=1",
                "https://c.example/app#!/estimate?",
            ),
            (
                "https://c.example/app#/estimate&te-c=rosacea:ppr-2&te-l=es",
                "https://c.example/app#/estimate?",
            ),
            ("https://c.example/p#top", "https://c.example/p#"),
            (
                "https://c.example/p#te-c=rosacea:ppr-2",
                "https://c.example/p#",
            ),
            ("https://c.example/p", "https://c.example/p#"),
        ] {
            let url = link(&page_for_sharing(page), &answers, Language::En);
            assert_eq!(url, format!("{expected}{shared}"), "{page}");
            let (back, _) = decode(&url, &config, &mut Vec::new()).unwrap();
            assert_eq!(back, answers, "{page}");
        }
    }

    #[test]
    fn the_link_carries_ids_only() {
        let answers = Answers::default()
            .with_concern(Concern::Wrinkles)
            .with_area(Area::Face);
        let fragment = encode(&answers, Language::En);
        assert_eq!(fragment, "te-c=wrinkles&te-a=face&te-l=en");
        let picked = answers.with_severity(Concern::Wrinkles, Severity::Glogau(2));
        let fragment = encode(&picked, Language::En);
        assert_eq!(fragment, "te-c=wrinkles:glogau-2&te-a=face&te-l=en");
        assert!(fragment
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-=:,&".contains(c)));
    }
}
