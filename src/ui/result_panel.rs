//! The result region ("Your estimate"): a one-sentence summary announced
//! politely once the answers settle, then either the plan (figures,
//! timeline, recovery, price, what to expect) or, for a stop outcome, the
//! reasons in kind words and no numbers; the booking route always.

use super::booking::choices;
use super::context::Ctx;
use super::format::months_after_weeks;
use super::markup::Markup;
use super::price_bar::price_bar;
use super::recovery_strip::recovery_strip;
use super::timeline_chart::{
    fill_track, per_track, plan_results, spacing_text, span_text, timeline_chart, track_name,
};
use crate::i18n::fill;
use crate::model::price::{PriceEstimate, PriceLine};
use crate::model::recovery;
use crate::model::screening::Adjustment;
use crate::model::text;
use crate::model::{Answers, Concern, Eligibility, Outcome, Plan, Price, Question, Reason, Track};

/// The panel's contents as three pieces of markup (`markup.rs`): the
/// heading, the summary, the notice, reasons, figures and charts; the
/// aftercare list (apart, so an opened one stays open when the answers
/// change); the notes and disclaimers. The booking links and the share
/// buttons follow (`booking.rs`, `share_actions.rs`).
pub fn result_markup(ctx: &Ctx, outcome: &Outcome, answers: &Answers) -> [Markup; 3] {
    let stop = outcome.eligibility.is_stop();
    let t = ctx.t();
    let mut top = Markup::default();
    let (code, said) = (ctx.language.code(), summary(ctx, outcome, true));
    // What a screen reader hears is apart from what shows: `draw`
    // (web/markup.js) gives a `data-live` region its text only once it has
    // stayed the same for a moment, as arrowing through a question's radio
    // buttons picks each one on the way ("Yes, in the area" on the way to
    // "No" is a stop) and only the last is news; the figures and the
    // visible summary follow each answer at once. The visible copy is
    // hidden from screen readers (not read twice); a stop's from sight
    // too, as its reasons show just below in the note. `lang` lets `draw`
    // tell a language switch, which is not news, from a change.
    top.fill(
        "<h3 class=\"te-result-title\" id=\"{}\" tabindex=\"-1\">{}</h3><div class=\"te-sr\" \
         role=\"status\" aria-live=\"polite\" aria-atomic=\"true\" lang=\"{}\" data-live=\"{}\"></div>\
         <div class=\"te-summary\" aria-hidden=\"true\"",
        &[&ctx.id("result-h"), t.result_heading, code, &said],
    );
    if stop {
        top.tag(" data-sr-only=\"\"");
    }
    top.fill(">{}</div>", &[&said]);
    // On paper only: what the visitor chose, since the steps do not print
    // (a patient brings the page to the consultation).
    let chosen = choices(ctx, outcome, answers);
    if !chosen.is_empty() {
        top.tag("<ul class=\"te-list te-choices\">");
        for line in &chosen {
            top.fill("<li>{}</li>", &[line.strip_prefix("- ").unwrap_or(line)]);
        }
        top.tag("</ul>");
    }
    // How many questions are left is said as it changes ("None of these
    // apply" answers several at once), and so is the last one answered.
    // The line stays, unseen, once none is left and through a stop (saying
    // nothing then), so its region lasts: a region added with its text is
    // not read.
    if !outcome.concerns.is_empty() {
        let left = outcome.unanswered as u32;
        let line = match (stop, left) {
            (true, _) => String::new(),
            (_, 0) => t.all_answered.to_string(),
            _ => t.provisional.count(left),
        };
        top.tag("<p class=\"te-provisional\"");
        if stop || left == 0 {
            top.tag(" data-sr-only=\"\"");
        }
        top.fill(
            "><span class=\"te-sr\" aria-live=\"polite\" lang=\"{}\" data-live=\"{}\"></span>",
            &[code, &line],
        );
        if !stop && left > 0 {
            // 23 questions on a phone: one tap to the first one left.
            top.fill(
                "<span aria-hidden=\"true\">{}</span> <button type=\"button\" \
                 class=\"te-btn te-btn--small\" data-click=\"unanswered\">{}</button>",
                &[&line, t.first_unanswered],
            );
        }
        top.tag("</p>");
    } else {
        // Nothing chosen: at the foot of the form on a phone, a dozen
        // screens below the concerns (verify57 F11), one tap back up.
        top.fill(
            "<p><button type=\"button\" class=\"te-btn te-btn--small\" data-click=\"concerns\">{}</button></p>",
            &[t.choose_concerns],
        );
    }
    reasons(&mut top, ctx, &outcome.eligibility);
    let mut aftercare = Markup::default();
    if let Some(plan) = &outcome.plan {
        plan_view(&mut top, ctx, plan);
        aftercare.fill(
            "<details class=\"te-block te-aftercare\"><summary class=\"te-block-title\">{}</summary>\
             <ul class=\"te-list\">",
            &[t.aftercare_heading],
        );
        for r in recovery::aftercare(plan.care) {
            aftercare.fill("<li>{}</li>", &[t.aftercare(r)]);
        }
        aftercare.tag("</ul></details>");
    }
    let mut notes = Markup::default();
    concern_notes(&mut notes, ctx, outcome);
    // The US authorisation note speaks to US visitors (the locale's
    // region); the clinic's own note ("Prices include VAT.") is never lost
    // for want of a translation: its English then, or its Spanish, marked as
    // such for a screen reader's voice (verify60 M3). The default prices say
    // what they are wherever a price shows (verify30 F9: it stood under
    // rosacea alone and under a stop), the clinic's note or not (verify50
    // F2: a note took its place, and the assumptions read as the clinic's).
    let us = in_us(ctx);
    let priced = outcome
        .plan
        .as_ref()
        .is_some_and(|p| matches!(p.price, Price::Range(_)));
    let default_prices = (ctx.config.default_prices && priced).then_some(t.default_prices_note);
    let language = ctx.language.code();
    let note = ctx.config.wording_in_any(language, |w| &w.note);
    for text in [
        Some((language, t.disclaimer)),
        us.then_some((language, t.regulatory_note)),
        note,
        default_prices.map(|n| (language, n)),
    ]
    .into_iter()
    .flatten()
    {
        notes
            .tag("<p class=\"te-disclaimer\"")
            .lang_of(text.0, language)
            .fill(">{}</p>", &[text.1]);
    }
    [top, aftercare, notes]
}

/// Whether the clinic's locale is a US one (`en-US`, `es-US`): the FDA's
/// authorisations (evidence A-S1, A-S2) are news only there.
fn in_us(ctx: &Ctx) -> bool {
    ctx.config.locale.to_ascii_uppercase().ends_with("-US")
}

fn reasons(m: &mut Markup, ctx: &Ctx, eligibility: &Eligibility) {
    let t = ctx.t();
    let (tone, heading, intro) = match eligibility {
        Eligibility::Proceed => return,
        Eligibility::ProceedWithConsultation(_) => ("consult", t.consult_heading, None),
        Eligibility::Defer(_) => ("stop", t.defer_heading, Some(t.stop_intro)),
        Eligibility::NotSuitable(_) => ("stop", t.not_suitable_heading, Some(t.stop_intro)),
    };
    m.fill(
        "<div class=\"te-note\" data-tone=\"{}\"><h4 class=\"te-block-title\">{}</h4>",
        &[tone, heading],
    );
    if let Some(intro) = intro {
        m.fill("<p>{}</p>", &[intro]);
    }
    m.tag("<ul class=\"te-list\">");
    for line in reason_lines(ctx, eligibility.reasons()) {
        m.fill("<li>{}</li>", &[&line]);
    }
    m.tag("</ul></div>");
}

/// The reasons as sentences, each once, for the panel's list and a stop's
/// announced summary alike. Every "Not sure" without a sentence of its own
/// is one line that names each question (a line each said the same thing
/// five times over, and took a printed plan to a second page): the generic
/// sentence, with the questions joined inside its quotation marks
/// (`quote_joiner`). Outside the US, the US age rule is no reason to give.
fn reason_lines(ctx: &Ctx, reasons: &[Reason]) -> Vec<String> {
    let t = ctx.t();
    let mut generic = "";
    let mut unsure: Vec<&str> = Vec::new();
    for r in reasons {
        if let Reason::Answer {
            question,
            choice: "not-sure",
            ..
        } = r
        {
            let pattern = t.answer_reason(*question, "not-sure");
            if text::find(pattern, "{question}").is_some() {
                generic = pattern;
                unsure.push(t.question_text(*question));
            }
        }
    }
    let mut lines: Vec<String> = Vec::new();
    for r in reasons {
        let line = match r {
            Reason::Answer {
                question,
                choice: "not-sure",
                ..
            } if unsure.contains(&t.question_text(*question)) => fill(
                generic,
                &[("question", &text::join(&unsure, t.quote_joiner))],
            ),
            Reason::Answer {
                question: Question::AgeBand,
                choice: "18-21",
                ..
            } if !in_us(ctx) => t.age_outside_us.to_string(),
            _ => t.reason(r),
        };
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines
}

fn plan_view(m: &mut Markup, ctx: &Ctx, plan: &Plan) {
    let t = ctx.t();
    let span = plan.treatment_weeks();
    let two_tracks = plan.tracks.len() > 1;
    // "Skin: every 4 weeks / Scalp: every week": each spacing names its
    // track, and so does each results lag (the later one alone read as the
    // scalp's too: 6–9 months for hair that shows in 3), in a word each
    // ("Skin: 24–38 weeks / Scalp: 12 weeks": the timeline's caption, just
    // below, says from when each counts; the whole sentence twice
    // took a Spanish print to a second page).
    let spacing = text::join(&per_track(ctx, plan, |tr| spacing_text(t, tr)), " / ");
    let results = match plan.tracks.as_slice() {
        [one] => plan_results(ctx, one.results_weeks.min, one.results_weeks.max),
        _ => text::join(
            &per_track(ctx, plan, |tr| {
                t.weeks.range(tr.results_weeks.min, tr.results_weeks.max)
            }),
            " / ",
        ),
    };
    m.fill(
        "<dl class=\"te-figures\"><div class=\"te-figure\"><dt>{}</dt><dd>{}",
        &[
            t.sessions_label,
            &t.sessions.range(plan.sessions.min, plan.sessions.max),
        ],
    );
    // Two tracks (skin and scalp): each one's sessions under the total.
    for tr in plan.tracks.iter().filter(|_| two_tracks) {
        let note = text::cat(&[
            track_name(ctx, tr.track),
            ": ",
            &t.sessions.range(tr.sessions.min, tr.sessions.max),
        ]);
        m.fill("<span class=\"te-figure-note\">{}</span>", &[&note]);
    }
    m.fill(
        "</dd></div><div class=\"te-figure\"><dt>{}</dt><dd>{}</dd></div>\
         <div class=\"te-figure te-figure--wide\"><dt>{}</dt><dd>{}",
        &[t.spacing_label, &spacing, t.span_label, &span_text(t, span)],
    );
    // A young scar's plan starts once it has matured, a date not known
    // here: no calendar month then, only the plan's length.
    // One visit has no "last session" to date.
    let dated = !plan.adjustments.contains(&Adjustment::WaitForScarToMature) && span.max > 0;
    let delay = plan.start_delay_weeks;
    if let Some(month) =
        months_after_weeks(span.min + delay, span.max + delay, &ctx.locale()).filter(|_| dated)
    {
        let ends = fill(t.plan_ends, &[("date", &month)]);
        m.fill("<span class=\"te-figure-note\">{}</span>", &[&ends]);
    }
    m.fill(
        "</dd></div><div class=\"te-figure te-figure--wide\"><dt>{}</dt><dd>{}</dd></div>\
         <div class=\"te-figure te-figure--wide\"><dt>{}</dt><dd class=\"te-price-total\">",
        &[t.results_label, &results, t.price_label],
    );
    match &plan.price {
        Price::Range(p) => {
            m.text(&ctx.money_range(p.total));
            if let Some(unpriced) = unpriced_areas(ctx, p) {
                m.fill("<span class=\"te-figure-note\">{}</span>", &[&unpriced]);
            }
        }
        // A tap away from the areas, far above on a phone.
        Price::NeedsArea => {
            m.fill(
                "<button type=\"button\" class=\"te-btn te-btn--small\" data-click=\"areas\">{}</button>",
                &[needs_area(ctx, plan)],
            );
        }
        Price::AtConsultation => {
            m.text(t.price_at_consultation);
        }
    }
    m.tag("</dd></div></dl>");
    if !plan.adjustments.is_empty() {
        m.fill(
            "<div class=\"te-note\" data-tone=\"ok\"><h4 class=\"te-block-title\">{}</h4><ul class=\"te-list\">",
            &[t.adjust_heading],
        );
        for a in &plan.adjustments {
            m.fill("<li>{}</li>", &[t.adjustment(*a)]);
        }
        m.tag("</ul></div>");
    }
    timeline_chart(m, ctx, plan);
    recovery_strip(m, ctx, &plan.recovery, plan.tracks.len() > 1);
    if let Price::Range(p) = &plan.price {
        price_bar(m, ctx, p);
    }
    block(m, "", t.what_to_expect_heading);
    if plan.early_glow {
        m.fill("<li>{}</li>", &[t.glow_note]);
    }
    for tr in &plan.tracks {
        let track = if two_tracks {
            text::cat(&[" (", track_name(ctx, tr.track), ")"])
        } else {
            String::new()
        };
        if let [(maintenance, _)] = tr.maintenance.as_slice() {
            m.fill(
                "<li>{}{}: {}</li>",
                &[t.maintenance_label, &track, &t.maintenance(*maintenance)],
            );
            continue;
        }
        // Concerns that need different maintenance: a line each, named.
        m.fill(
            "<li>{}{}:<ul class=\"te-list\">",
            &[t.maintenance_label, &track],
        );
        for (maintenance, concerns) in &tr.maintenance {
            let names: Vec<&str> = concerns.iter().map(|c| t.concern_name(*c)).collect();
            m.fill(
                "<li>{}: {}</li>",
                &[&text::join(&names, ", "), &t.maintenance(*maintenance)],
            );
        }
        m.tag("</ul></li>");
    }
    m.tag("</ul></section>");
    // The article's risks with evidence §0 and §2a, on every plan, on
    // screen and on paper.
    let [heading, lines @ ..] = t.side_effects;
    block(m, "", heading);
    for line in lines {
        m.fill("<li>{}</li>", &[line]);
    }
    m.tag("</ul></section>");
}

/// A titled list (`<section>`, heading, `<ul>`), left open for its items.
/// Unnamed, so not a landmark: the result is the widget's one region, and
/// a screen reader's landmark list stays short (two widgets on a page made
/// ten same-named regions). `class` is a second class (" te-benefits")
/// for the print styles to tell the block by, or "".
fn block(m: &mut Markup, class: &str, heading: &str) {
    m.fill(
        "<section class=\"te-block{}\"><h4 class=\"te-block-title\">{}</h4><ul class=\"te-list\">",
        &[class, heading],
    );
}

/// Whether the plan's figures cover a ticked concern: every treatable
/// concern at a grade with numbers has a track; the rest have none.
fn in_figures(outcome: &Outcome, concern: &Concern) -> bool {
    outcome
        .plan
        .as_ref()
        .is_some_and(|p| p.tracks.iter().any(|t| t.concerns.contains(concern)))
}

fn concern_notes(m: &mut Markup, ctx: &Ctx, outcome: &Outcome) {
    let t = ctx.t();
    if outcome.concerns.is_empty() || outcome.eligibility.is_stop() {
        return;
    }
    // Concerns with figures only: the others (rosacea, a grade such as
    // Glogau IV) have their reason, named, in the consultation list, and
    // a promise here would contradict it.
    let mut helped = Vec::new();
    for c in &outcome.concerns {
        if in_figures(outcome, c) {
            helped.push(c);
        }
    }
    if helped.is_empty() {
        return;
    }
    // Its own class: on paper, the plan, not the promises (the risks do
    // not print either), so a busy plan keeps to one page (verify28 F2).
    block(m, " te-benefits", t.concern_notes_heading);
    for c in helped {
        m.fill(
            "<li><strong>{}</strong>: {}</li>",
            &[t.concern_name(*c), t.concern_benefit(*c)],
        );
    }
    m.tag("</ul></section>");
}

/// One sentence a screen reader can announce after each change. Without
/// `reasons`, for the e-mail and the booking tool's notes: a stop is only
/// its heading (no medical reason: pregnancy, a bleeding disorder…), and
/// "Choose an area" is left out.
/// The plan's areas without a price in the config ("Scalp: priced at your
/// consultation"), said beside the total and after it in the summary: a
/// skin and scalp plan's total covered the skin alone, and read as the
/// whole plan's.
fn unpriced_areas(ctx: &Ctx, p: &PriceEstimate) -> Option<String> {
    let t = ctx.t();
    let mut names = String::new();
    for line in &p.lines {
        if let PriceLine::AreaAtConsultation { area } = line {
            if !names.is_empty() {
                names.push_str(", ");
            }
            names.push_str(t.area_name(*area));
        }
    }
    (!names.is_empty()).then(|| names + ": " + t.price_at_consultation)
}

/// Stretch marks alone are priced on body areas only: "an area" read as
/// wrong with the face ticked (verify29 F7).
fn needs_area(ctx: &Ctx, plan: &Plan) -> &'static str {
    let t = ctx.t();
    match plan.track(Track::Skin) {
        Some(skin) if skin.concerns == [Concern::StretchMarks] => t.needs_body_area,
        _ => t.needs_area,
    }
}

pub fn summary(ctx: &Ctx, outcome: &Outcome, reasons: bool) -> String {
    let t = ctx.t();
    if outcome.eligibility.is_stop() {
        // The clinic hears that there is a stop, as a plain fact: the
        // visitor's "Not just yet" under "My indicative plan" read as if
        // the visitor were declining.
        if !reasons {
            return t.stop_for_clinic.to_string();
        }
        let heading = match outcome.eligibility {
            Eligibility::Defer(_) => t.defer_heading,
            _ => t.not_suitable_heading,
        };
        let why = reason_lines(ctx, outcome.eligibility.reasons());
        return text::cat(&[heading, ". ", &text::join(&why, " ")]);
    }
    let Some(plan) = &outcome.plan else {
        return if outcome.concerns.is_empty() {
            t.empty_result.to_string()
        } else if outcome.concerns.len() == 1 {
            t.no_numbers_intro_one.to_string()
        } else {
            t.no_numbers_intro.to_string()
        };
    };
    let mut sentences = per_track(ctx, plan, |track| {
        fill_track(t, t.summary_pattern, track, "")
    });
    match &plan.price {
        Price::Range(p) => {
            sentences.push(fill(
                t.summary_price,
                &[("price", &ctx.money_range(p.total))],
            ));
            if let Some(unpriced) = unpriced_areas(ctx, p) {
                sentences.push(text::cat(&[&unpriced, "."]));
            }
        }
        // An instruction to the visitor: not for the e-mail to the clinic.
        Price::NeedsArea if !reasons => {}
        Price::NeedsArea => sentences.push(needs_area(ctx, plan).to_string()),
        Price::AtConsultation => sentences.push(t.price_set_at_consultation.to_string()),
    }
    // Ticked concerns the figures leave out (rosacea, a grade with no
    // figures): the visitor and the clinic's e-mail must not read the
    // price as covering them.
    let mut left_out: Vec<&str> = Vec::new();
    for c in &outcome.concerns {
        if !in_figures(outcome, c) {
            left_out.push(t.concern_name(*c));
        }
    }
    if !left_out.is_empty() {
        let names = text::join(&left_out, ", ");
        sentences.push(fill(t.left_out, &[("concerns", &names)]));
    }
    // A later start moves every date the panel shows: said to the visitor
    // in a word ("Adjusted for you" says why), not in the e-mail, which
    // carries no safety answer.
    let later = plan.adjustments.iter().any(|a| {
        matches!(
            a,
            Adjustment::DelayStartTwoWeeks | Adjustment::WaitForScarToMature
        )
    });
    if later && reasons {
        sentences.push(t.later_start.to_string());
    }
    let mut text = text::join(&sentences, " ");
    // Every reason the panel lists (a concern assessed in person too) is
    // also said here, as the panel's "discuss at your consultation" is.
    if !outcome.eligibility.reasons().is_empty() {
        text.push(' ');
        text.push_str(t.consult_summary);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::estimate::estimate;
    use crate::model::{Answers, Area, Concern};

    fn summary_of(answers: Answers) -> String {
        let ctx = Ctx::default_clinic_in_english();
        summary(&ctx, &estimate(&answers, &ctx.config), true)
    }

    /// The questions-left line by state: none before a concern; while
    /// some are left, the count shown and a button to the first; once all
    /// are answered, a line for screen readers only; through a stop, its
    /// region kept, empty and unseen. The printed list of choices waits
    /// for a concern, and the default prices' note for a price.
    #[test]
    fn the_questions_left_line_follows_the_answers() {
        let ctx = Ctx::default_clinic_in_english();
        let panel = |answers: &Answers| {
            let outcome = estimate(answers, &ctx.config);
            let [top, _, notes] = result_markup(&ctx, &outcome, answers);
            let line = top
                .as_str()
                .split("<p class=\"te-provisional\"")
                .nth(1)
                .map(|l| l.split("</p>").next().unwrap().to_string());
            (top.as_str().to_string(), line, notes.as_str().to_string())
        };
        let region = |text: &str| {
            format!("<span class=\"te-sr\" aria-live=\"polite\" lang=\"en\" data-live=\"{text}\"></span>")
        };
        let (top, line, _) = panel(&Answers::default());
        assert_eq!(line, None);
        assert!(!top.contains("te-choices"), "{top}");

        let face = Answers::default()
            .with_concern(Concern::AcneScars)
            .with_area(Area::Face);
        let left = estimate(&face, &ctx.config).unanswered as u32;
        assert!(left > 1);
        let count = format!("Provisional: {left} safety questions are still unanswered.");
        let (top, line, notes) = panel(&face);
        assert_eq!(
            line.unwrap(),
            format!(
                ">{}<span aria-hidden=\"true\">{count}</span> <button type=\"button\" \
                 class=\"te-btn te-btn--small\" data-click=\"unanswered\">\
                 Go to the first unanswered question</button>",
                region(&count)
            )
        );
        assert!(top.contains("<ul class=\"te-list te-choices\">"), "{top}");
        let prices = "<p class=\"te-disclaimer\">Prices: a typical US facial range";
        assert!(notes.contains(prices), "{notes}");

        let answered = Question::ALL
            .iter()
            .fold(face, |a, q| a.with_answer(*q, q.all_clear()));
        let (_, line, _) = panel(&answered);
        assert_eq!(
            line.unwrap(),
            format!(
                " data-sr-only=\"\">{}",
                region("Every safety question is answered.")
            )
        );

        let stop = Answers::default()
            .with_concern(Concern::RaisedScars)
            .with_area(Area::Face);
        assert!(estimate(&stop, &ctx.config).unanswered > 0);
        let (_, line, notes) = panel(&stop);
        assert_eq!(line.unwrap(), format!(" data-sr-only=\"\">{}", region("")));
        assert!(!notes.contains(prices), "{notes}");
    }

    /// The figures name each track's part when a plan has two (each one's
    /// sessions under the total, the recovery days the skin's) and not
    /// when it has one, whose results lag is the whole sentence; the
    /// "Adjusted for you" list shows only when an answer adjusted the plan.
    #[test]
    fn the_figures_name_the_tracks_only_when_there_are_two() {
        let ctx = Ctx::default_clinic_in_english();
        let top = |answers: &Answers| {
            let outcome = estimate(answers, &ctx.config);
            let [top, ..] = result_markup(&ctx, &outcome, answers);
            (top.as_str().to_string(), outcome.plan.unwrap())
        };
        let escaped = |s: &str| Markup::default().text(s).as_str().to_string();
        let note = |tr: &crate::model::estimate::TrackPlan| {
            let sessions = ctx.t().sessions.range(tr.sessions.min, tr.sessions.max);
            let note = format!("{}: {sessions}", track_name(&ctx, tr.track));
            format!("<span class=\"te-figure-note\">{}</span>", escaped(&note))
        };
        let adjusted = "<div class=\"te-note\" data-tone=\"ok\"><h4 class=\"te-block-title\">Adjusted for you</h4>";
        let face = Answers::default()
            .with_concern(Concern::AcneScars)
            .with_area(Area::Face);
        let (one, plan) = top(&face);
        let r = plan.tracks[0].results_weeks;
        let results = plan_results(&ctx, r.min, r.max);
        assert!(
            one.contains(&format!("<dd>{}</dd>", escaped(&results))),
            "{one}"
        );
        assert!(!one.contains(&note(&plan.tracks[0])), "{one}");
        assert!(one.contains(">Recovery, day by day</h4>"), "{one}");
        assert!(!one.contains(adjusted), "{one}");

        let both = face
            .clone()
            .with_concern(Concern::HairLoss)
            .with_area(Area::Scalp);
        let (two, plan) = top(&both);
        assert_eq!(plan.tracks.len(), 2);
        for tr in &plan.tracks {
            assert!(two.contains(&note(tr)), "{two}");
        }
        assert!(two.contains(">Recovery, day by day — Skin</h4>"), "{two}");

        let (later, _) = top(&face.with_answer(Question::SunburnTan, "yes"));
        assert!(later.contains(adjusted), "{later}");
    }

    /// A stop's summary says its reasons as the panel lists them, each
    /// once (`reason_lines`): a psoriasis and an eczema flare share one.
    #[test]
    fn a_stop_s_summary_says_each_reason_once() {
        use crate::model::Question;
        let said = summary_of(
            Answers::default()
                .with_area(Area::Face)
                .with_concern(Concern::AcneScars)
                .with_answer(Question::Psoriasis, "yes-in-area")
                .with_answer(Question::Eczema, "yes-in-area"),
        );
        let flare = "Skin with a psoriasis or eczema flare in the area cannot be treated.";
        assert!(said.starts_with("Not just yet. "), "{said}");
        assert_eq!(said.matches(flare).count(), 1, "{said}");
    }

    /// verify23 M2, verify24 H2: stretch marks are never priced on skin
    /// areas with no body area. Beside acne scars with only the face
    /// ticked, the summary (the status, the e-mail) says they are not in
    /// the figures; alone, or beside a concern without figures, their plan
    /// asks for an area, and is priced on the body areas only. A body area
    /// brings them in.
    #[test]
    fn stretch_marks_without_a_body_area_are_left_out_beside_a_face_concern() {
        let both = || {
            Answers::default()
                .with_area(Area::Face)
                .with_concern(Concern::AcneScars)
                .with_concern(Concern::StretchMarks)
        };
        let face = summary_of(both());
        assert_eq!(
            face,
            "4–5 sessions, every 4 weeks, over 12–16 weeks. Indicative price $900–$3,150. \
             Stretch marks: not in these figures, assessed in person."
        );
        let body = summary_of(both().with_area(Area::Abdomen));
        assert!(!body.contains("not in these figures"), "{body}");
        let neck = || {
            Answers::default()
                .with_area(Area::Neck)
                .with_concern(Concern::StretchMarks)
        };
        for alone in [
            summary_of(neck()),
            summary_of(neck().with_concern(Concern::Rosacea)),
            summary_of(neck().with_concern(Concern::HairLoss)),
        ] {
            assert!(
                alone.contains("Choose a body area to see a price."),
                "{alone}"
            );
            assert!(!alone.contains("Indicative price"), "{alone}");
        }
        let thighs = summary_of(neck().with_area(Area::Thighs));
        assert!(thighs.contains("Indicative price"), "{thighs}");
        // Alone, on the body areas only: the neck ticked beside the thighs
        // is not priced for them (verify25 H1), and says so (verify29 F2:
        // it was left out without a word).
        let ctx = Ctx::default_clinic_in_english();
        let plan = estimate(&neck().with_area(Area::Thighs), &ctx.config)
            .plan
            .unwrap();
        assert_eq!(
            plan.tracks[0].areas.iter().collect::<Vec<_>>(),
            [&Area::Thighs]
        );
        let thighs_alone = summary_of(
            Answers::default()
                .with_area(Area::Thighs)
                .with_concern(Concern::StretchMarks),
        );
        assert_eq!(
            summary_of(neck().with_area(Area::Thighs)),
            format!("{thighs_alone} Neck: priced at the consultation.")
        );
    }

    /// Skin and scalp sessions run side by side: each track is its own
    /// sentence, so no total is read with one track's spacing.
    #[test]
    fn the_summary_adds_up_for_each_track_and_without_an_area() {
        let face = || Answers::default().with_area(Area::Face);
        let skin = summary_of(face().with_concern(Concern::AcneScars));
        assert!(
            skin.starts_with("4–5 sessions, every 4 weeks, over 12–16 weeks. Indicative price "),
            "{skin}"
        );
        let both = summary_of(
            face()
                .with_concern(Concern::AcneScars)
                .with_concern(Concern::HairLoss),
        );
        let tracks = "Skin: 4–5 sessions, every 4 weeks, over 12–16 weeks. \
                      Scalp: 12 sessions, every week, over 11 weeks. Indicative price ";
        assert!(both.starts_with(tracks), "{both}");
        let no_area = summary_of(Answers::default().with_concern(Concern::AcneScars));
        assert_eq!(
            no_area,
            "4–5 sessions, every 4 weeks, over 12–16 weeks. Choose an area to see a price."
        );
    }

    /// A clinic that prices no scalp: a skin and scalp plan's total is the
    /// skin's, and says so beside it, in the summary and on the price card.
    #[test]
    fn a_total_without_the_scalp_says_the_scalp_is_priced_at_the_consultation() {
        let mut ctx = Ctx::default_clinic_in_english();
        let config = crate::model::ClinicConfig::from_json(
            r#"{"clinic": {"name": "X", "phone": "555-0100"}, "prices": {"face": {"min": 200, "max": 400}}}"#,
        )
        .unwrap();
        ctx.config = crate::ui::context::SharedConfig::new(config);
        // A stage with numbers and no note: "Not sure" would add one.
        let answers = Answers::default()
            .with_area(Area::Face)
            .with_concern(Concern::AcneScars)
            .with_severity(Concern::HairLoss, crate::model::Severity::Norwood(3));
        let outcome = estimate(&answers, &ctx.config);
        let said = summary(&ctx, &outcome, true);
        assert!(
            said.ends_with("Indicative price $800–$2,000. Scalp: priced at the consultation."),
            "{said}"
        );
        let mut m = Markup::default();
        plan_view(&mut m, &ctx, outcome.plan.as_ref().unwrap());
        assert!(m.as_str().contains(
            "$800–$2,000<span class=\"te-figure-note\">Scalp: priced at the consultation</span>"
        ));
        // With the scalp priced, nothing is said.
        let priced = summary_of(answers);
        assert!(!priced.contains("consultation"), "{priced}");
    }

    /// verify33 N5: a clinic's course that can be one visit (an override
    /// of 1 session) has no spacing, no "0 weeks" and no last session to
    /// date, in the figures, the timeline's caption or the summary.
    #[test]
    fn a_course_that_can_be_one_visit_states_no_spacing_or_zero_weeks() {
        let plan_for = |sessions: crate::model::Span| {
            let mut ctx = Ctx::default_clinic_in_english();
            let mut config = crate::model::ClinicConfig::default();
            config.overrides.insert(
                Concern::DullSkin,
                crate::model::config::Override {
                    sessions: Some(sessions),
                    interval_weeks: None,
                },
            );
            ctx.config = crate::ui::context::SharedConfig::new(config);
            let answers = Answers::default()
                .with_area(Area::Face)
                .with_concern(Concern::DullSkin);
            let outcome = estimate(&answers, &ctx.config);
            let mut m = Markup::default();
            plan_view(&mut m, &ctx, outcome.plan.as_ref().unwrap());
            let caption =
                super::super::timeline_chart::describe(&ctx, outcome.plan.as_ref().unwrap());
            (
                summary(&ctx, &outcome, false),
                m.as_str().to_string(),
                caption,
            )
        };
        let (said, figures, caption) = plan_for(crate::model::Span::exactly(1));
        assert!(said.starts_with("1 session. Indicative price "), "{said}");
        assert_eq!(
            figures.matches("<dd>a single visit").count(),
            2,
            "{figures}"
        );
        assert!(!figures.contains("every 4 weeks"), "{figures}");
        assert!(!figures.contains("last session"), "{figures}");
        assert!(
            caption.starts_with("1 session. Results: about "),
            "{caption}"
        );
        assert!(!caption.contains("0 weeks"), "{caption}");
        let (said, figures, caption) = plan_for(crate::model::Span::new(1, 6));
        assert!(
            said.starts_with("1–6 sessions, every 4 weeks, over 20 weeks at most."),
            "{said}"
        );
        assert!(figures.contains("<dd>20 weeks at most"), "{figures}");
        assert!(
            caption.contains("first to last session over 20 weeks at most;"),
            "{caption}"
        );
    }

    #[test]
    fn one_concern_assessed_in_person_is_spoken_of_in_the_singular() {
        let one = summary_of(Answers::default().with_concern(Concern::Rosacea));
        assert_eq!(
            one,
            "This concern is assessed in person, so there are no numbers to show."
        );
        let two = summary_of(
            Answers::default()
                .with_concern(Concern::Rosacea)
                .with_severity(Concern::Wrinkles, crate::model::Severity::Glogau(4)),
        );
        assert!(
            two.starts_with("These concerns are assessed in person"),
            "{two}"
        );
    }

    /// The panel asks to discuss a concern assessed in person (rosacea)
    /// beside a plan; the announced summary says so too. Keloid or raised
    /// scars beside a plan stop it, and the summary says why (verify27 H1:
    /// the wrinkles beside them were priced).
    #[test]
    fn a_concern_assessed_in_person_beside_a_plan_is_in_the_summary() {
        let face = || {
            Answers::default()
                .with_area(Area::Face)
                .with_concern(Concern::Wrinkles)
        };
        let rosacea = summary_of(face().with_concern(Concern::Rosacea));
        assert!(
            rosacea.ends_with(". Some points are to be discussed at the consultation."),
            "{rosacea}"
        );
        let keloid = summary_of(face().with_concern(Concern::RaisedScars));
        assert_eq!(
            keloid,
            "Microneedling may not be right for you. Keloid and raised scars are not \
             treated with microneedling, and needling skin that forms them can cause new \
             ones; a clinician can suggest what does help."
        );
    }

    /// A grade with no figures beside another concern's plan: the figures
    /// say whose they are not, the reason names its concern, and the grade
    /// gets its reason instead of the benefit's promise.
    #[test]
    fn a_grade_with_no_figures_is_named_as_left_out_and_promised_nothing() {
        use crate::model::Severity;
        let ctx = Ctx::default_clinic_in_english();
        let answers = Answers::default()
            .with_area(Area::Face)
            .with_severity(Concern::HairLoss, Severity::Ludwig(3))
            .with_concern(Concern::Wrinkles);
        let outcome = estimate(&answers, &ctx.config);
        let said = summary(&ctx, &outcome, false);
        assert!(
            said.starts_with("4 sessions, every 4 weeks, over 12 weeks. Indicative price ")
                && said.ends_with(
                    " Hair loss (androgenetic alopecia): not in these figures, assessed in person. \
                     Some points are to be discussed at the consultation."
                ),
            "{said}"
        );
        let [top, _, notes] = result_markup(&ctx, &outcome, &answers);
        let reason = "Hair loss (androgenetic alopecia): Advanced hair loss is beyond what the studies treated";
        assert!(top.as_str().contains(reason), "{}", top.as_str());
        // Its reason once, in the consultation list: no promise, and no
        // copy under "How microneedling can help".
        let notes = notes.as_str();
        assert!(!notes.contains("Advanced hair loss"), "{notes}");
        assert!(!notes.contains("thicken thinning hair"), "{notes}");
        // The wrinkles keep their benefit: they have figures.
        assert!(notes.contains("soften forehead lines"), "{notes}");
        // A grade with no figures alone: no "help" block at all.
        let alone = Answers::default().with_severity(Concern::Wrinkles, Severity::Glogau(4));
        let outcome = estimate(&alone, &ctx.config);
        let [_, _, notes] = result_markup(&ctx, &outcome, &alone);
        assert!(!notes.as_str().contains("How microneedling can help"));
    }

    /// A young scar's wait moves every date: the announced summary says so;
    /// the e-mail's (no safety answers) does not.
    #[test]
    fn a_later_start_is_said_to_the_visitor_only() {
        let ctx = Ctx::default_clinic_in_english();
        let answers = Answers::default()
            .with_area(Area::Face)
            .with_concern(Concern::AcneScars)
            .with_answer(crate::model::Question::ScarAge, "yes");
        let outcome = estimate(&answers, &ctx.config);
        let said = summary(&ctx, &outcome, true);
        assert!(
            said.ends_with(" Starts later: see “Adjusted for you”."),
            "{said}"
        );
        assert!(!summary(&ctx, &outcome, false).contains("Starts later"));
    }

    /// The article's risks (evidence §0, §2a) go with every plan; a stop
    /// has no plan, and no list of what treatment would do.
    #[test]
    fn every_plan_lists_the_possible_side_effects() {
        let ctx = Ctx::default_clinic_in_english();
        let top = |answers: Answers| {
            let outcome = estimate(&answers, &ctx.config);
            result_markup(&ctx, &outcome, &answers)[0]
                .as_str()
                .to_string()
        };
        let plan = top(Answers::default()
            .with_area(Area::Face)
            .with_concern(Concern::AcneScars));
        let block = "<h4 class=\"te-block-title\">Possible side effects</h4><ul class=\"te-list\">\
                     <li>Common and short-lived: redness, swelling, dryness, flaking, bruising";
        assert!(plan.contains(block), "{plan}");
        assert!(plan.contains("<li>Less common: infection, skin color changes"));
        let stop = top(Answers::default()
            .with_area(Area::Face)
            .with_concern(Concern::AcneScars)
            .with_answer(crate::model::Question::Pregnancy, "yes"));
        assert!(!stop.contains("Possible side effects"), "{stop}");
    }

    #[test]
    fn concerns_with_different_maintenance_are_each_named() {
        let ctx = Ctx::default_clinic_in_english();
        let expect = |answers: Answers| {
            let outcome = estimate(&answers, &ctx.config);
            result_markup(&ctx, &outcome, &answers)[0]
                .as_str()
                .to_string()
        };
        let face = || Answers::default().with_area(Area::Face);
        let two = expect(
            face()
                .with_area(Area::Abdomen)
                .with_concern(Concern::AcneScars)
                .with_concern(Concern::StretchMarks),
        );
        assert!(
            two.contains(
                "<li>Maintenance:<ul class=\"te-list\"><li>Acne scars: One session every 6–12 months</li>\
                 <li>Stretch marks: Top-up sessions only if needed</li></ul></li>"
            ),
            "{two}"
        );
        // One kind for all: one line, as before.
        let same = expect(
            face()
                .with_concern(Concern::AcneScars)
                .with_concern(Concern::Wrinkles),
        );
        assert!(
            same.contains("<li>Maintenance: One session every 6–12 months</li>"),
            "{same}"
        );
    }

    /// The clinic's own note reaches Spanish visitors in its English when
    /// it has no Spanish; the US authorisation note shows only to a US
    /// clinic's visitors.
    #[test]
    fn the_clinic_s_note_is_never_lost_and_the_us_note_is_for_the_us() {
        use crate::i18n::Language;
        use crate::model::ClinicConfig;
        let notes = |json: &str, language: Language| {
            let mut ctx = Ctx::default_clinic_in_english();
            ctx.config =
                crate::ui::context::SharedConfig::new(ClinicConfig::from_json(json).unwrap());
            ctx.language = language;
            let answers = Answers::default()
                .with_area(Area::Face)
                .with_concern(Concern::Wrinkles);
            let outcome = estimate(&answers, &ctx.config);
            result_markup(&ctx, &outcome, &Answers::default())[2]
                .as_str()
                .to_string()
        };
        let gb = r#"{"clinic": {"name": "L", "phone": "020 7946 0000"}, "currency": "GBP",
            "locale": "en-GB", "prices": {"face": {"min": 200, "max": 300}},
            "wording": {"en": {"note": "Prices include VAT."}}}"#;
        for language in [Language::En, Language::Es] {
            let n = notes(gb, language);
            assert!(n.contains("Prices include VAT."), "{n}");
            assert!(!n.contains("FDA"), "{n}");
        }
        // verify60 M3: a note in Spanish only reaches English visitors,
        // marked as Spanish (in English itself, unmarked).
        let es = r#"{"clinic": {"name": "S", "phone": "912 345 678"}, "currency": "EUR",
            "locale": "es-ES", "prices": {"face": {"min": 200, "max": 300}},
            "wording": {"es": {"note": "IVA incluido."}}}"#;
        assert!(notes(es, Language::En)
            .contains("<p class=\"te-disclaimer\" lang=\"es\">IVA incluido.</p>"));
        assert!(notes(gb, Language::Es)
            .contains("<p class=\"te-disclaimer\" lang=\"en\">Prices include VAT.</p>"));
        assert!(
            notes(gb, Language::En).contains("<p class=\"te-disclaimer\">Prices include VAT.</p>")
        );
        for locale in ["en-US", "en-us"] {
            let us = format!(
                r#"{{"clinic": {{"name": "U", "phone": "555-0100"}}, "locale": "{locale}"}}"#
            );
            assert!(
                notes(&us, Language::En).contains("FDA-authorized"),
                "{locale}"
            );
        }
    }
}
