//! Every visitor-facing word, by language. The model speaks in enums; this
//! module turns them into sentences.
//!
//! A `Catalog` is a struct with one field per message (and one function per
//! model enum, matched exhaustively), so English, compiled in, cannot miss a
//! message. Spanish is a file loaded on demand (`spanish`): its `Catalog` is
//! the English one passed through the file, and a unit test keeps the file
//! complete; another checks that no message is empty.

mod en;
mod spanish;

use crate::model::config::AddOnKind;
use crate::model::eligibility::Reason;
use crate::model::price::PriceLine;
use crate::model::protocol::{GradeNote, Maintenance};
use crate::model::recovery::{AftercareRule, Milestone};
use crate::model::screening::{Adjustment, Comeback, Group, Question};
use crate::model::{text, Area, Concern, Severity};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    En,
    Es,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::Es];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
        }
    }

    /// "es", "es-MX", "ES_mx" → Spanish; anything we have no catalogue for → None.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = crate::model::text::head(tag.trim_ascii(), b"-_").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::En),
            "es" => Some(Language::Es),
            _ => None,
        }
    }

    /// The first supported language among the visitor's preferences.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Option<Language> {
        preferences.into_iter().find_map(Language::from_tag)
    }

    /// The language's messages; English until a loaded catalogue is
    /// installed (see `is_ready`).
    pub fn catalog(self) -> &'static Catalog {
        match self {
            Language::En => &en::CATALOG,
            Language::Es => spanish::loaded().unwrap_or(&en::CATALOG),
        }
    }

    /// English is compiled in; other languages are files loaded on demand
    /// (`install`).
    pub fn is_ready(self) -> bool {
        match self {
            Language::En => true,
            Language::Es => spanish::loaded().is_some(),
        }
    }

    /// The language its text can be shown in now: itself when ready, else
    /// English (so a `lang` attribute never labels English text Spanish).
    pub fn shown(self) -> Language {
        if self.is_ready() {
            self
        } else {
            Language::En
        }
    }

    /// Installs a loaded catalogue file's text (see `spanish`).
    pub fn install(self, text: &str) -> Result<(), String> {
        match self {
            Language::En => Ok(()),
            Language::Es => spanish::install(text),
        }
    }

    /// The locale used for money and dates when the config's locale is for
    /// another language.
    pub fn default_locale(self) -> &'static str {
        match self {
            Language::En => "en-US",
            Language::Es => "es-MX",
        }
    }
}

/// A message that depends on a count: `{n}` is replaced by the number.
/// `repr(C)`: part of `Texts`, read as an array of messages.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// English and Spanish both use "one" for exactly 1 only.
    pub fn count(&self, n: u32) -> String {
        let pattern = if n == 1 { self.one } else { self.other };
        text::replace(pattern, "{n}", &text::number(u64::from(n)))
    }

    /// "4–5 sessions"; "4 sessions" when both ends agree.
    pub fn range(&self, min: u32, max: u32) -> String {
        if min == max {
            self.count(min)
        } else {
            let span = text::cat(&[
                &text::number(u64::from(min)),
                "–",
                &text::number(u64::from(max)),
            ]);
            text::replace(self.other, "{n}", &span)
        }
    }
}

/// Fills `{name}` placeholders.
pub fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut out = pattern.to_string();
    for (name, value) in values {
        let mut placeholder = String::from("{");
        placeholder.push_str(name);
        placeholder.push('}');
        out = text::replace(&out, &placeholder, value);
    }
    out
}

/// Every message of a catalogue that is text, not a function of the model.
/// Only messages (`&'static str`, `Plural`, arrays of them) may be fields,
/// all `repr(C)`: `map` reads the whole struct as one array of messages, so
/// a language file is applied by one loop (field by field, the Spanish
/// catalogue's code cost 1 KB of gzipped wasm). A field of another type
/// breaks the size check in `map` at compile time.
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Texts {
    // Frame
    pub title: &'static str,
    pub intro: &'static str,
    pub language_label: &'static str,
    pub step_concerns: &'static str,
    pub step_concerns_hint: &'static str,
    pub step_details: &'static str,
    pub step_details_hint: &'static str,
    /// The details step's question when no ticked concern has grades.
    pub step_where: &'static str,
    pub step_safety: &'static str,
    pub step_safety_hint: &'static str,
    pub step_add_ons: &'static str,
    pub result_heading: &'static str,
    pub severity_label: &'static str,
    pub areas_legend: &'static str,
    pub scalp_with_hair_loss: &'static str,
    pub stretch_marks_where: &'static str,
    pub none_apply: &'static str,
    /// The same button once the visitor has said that one of its group
    /// applies: it answers only the rest, never over a "Yes".
    pub none_apply_rest: &'static str,
    /// The button of "About you", which answers pregnancy and breastfeeding
    /// only: "None of these apply" read as an answer to the age and skin
    /// type beside them too (verify57 F7).
    pub none_apply_about_you: &'static str,
    pub price_at_consultation: &'static str,

    // Result
    pub empty_result: &'static str,
    pub provisional: Plural,
    pub sessions: Plural,
    pub weeks: Plural,
    pub every_weeks: Plural,
    pub sessions_label: &'static str,
    pub spacing_label: &'static str,
    pub span_label: &'static str,
    pub results_label: &'static str,
    pub price_label: &'static str,
    pub maintenance_label: &'static str,
    pub track_skin: &'static str,
    pub track_scalp: &'static str,
    pub single_session_span: &'static str,
    pub span_at_most: &'static str,
    pub results_after: &'static str,
    pub glow_note: &'static str,
    pub needs_area: &'static str,
    /// Stretch marks alone are priced on body areas only (verify29 F7:
    /// "Choose an area" read as wrong with the face ticked).
    pub needs_body_area: &'static str,
    /// Beside a plan, the ticked concerns it has no figures for.
    pub left_out: &'static str,
    /// The announced summary's short word for a later start (the
    /// adjustments say why, once).
    pub later_start: &'static str,
    pub price_set_at_consultation: &'static str,
    pub summary_pattern: &'static str,
    pub summary_price: &'static str,
    pub consult_heading: &'static str,
    /// The summary's sentence for the same: said alone (announced, e-mailed),
    /// so it cannot point at "these".
    pub consult_summary: &'static str,
    pub adjust_heading: &'static str,
    pub defer_heading: &'static str,
    pub not_suitable_heading: &'static str,
    /// A stop in the e-mail and the host's booking notes: that there is
    /// one, never its medical reason (`result_panel::summary`).
    pub stop_for_clinic: &'static str,
    /// Age 18–21 with a clinic outside the US, whose visitors the US
    /// authorisation (`answer_reason`'s) does not concern.
    pub age_outside_us: &'static str,
    /// Between two quoted questions in the "Not sure" sentence: closes the
    /// one and opens the next (`answer_reason`'s quotation marks).
    pub quote_joiner: &'static str,
    pub stop_intro: &'static str,
    pub no_numbers_intro: &'static str,
    pub no_numbers_intro_one: &'static str,
    pub concern_notes_heading: &'static str,
    pub disclaimer: &'static str,
    pub regulatory_note: &'static str,
    /// Beside the default prices (a config without `prices`): they are the
    /// evidence's typical US facial range (§3.1) and our assumptions for
    /// other areas, bundles and discounts (gap 2, §3.4; verify27 M9), not
    /// a clinic's list.
    pub default_prices_note: &'static str,
    pub start_over: &'static str,
    pub see_estimate: &'static str,
    pub plan_ends: &'static str,

    // Charts
    pub timeline_heading: &'static str,
    pub timeline_alt: &'static str,
    pub timeline_week: &'static str,
    pub timeline_session: &'static str,
    pub timeline_maybe: &'static str,
    pub timeline_recovery: &'static str,
    pub timeline_results: &'static str,
    pub recovery_heading: &'static str,
    pub recovery_alt: &'static str,
    /// Under the days: typical ones, not a promise (A-S25: effects can
    /// last up to 7 days, where day 7 of a light course reads "No redness").
    pub recovery_note: &'static str,
    pub day: &'static str,
    pub redness: [&'static str; 4],
    pub swelling: [&'static str; 3],
    pub flaking: &'static str,
    pub price_heading: &'static str,
    pub breakdown_heading: &'static str,
    pub per_session: &'static str,
    /// The sign after a percentage: Spanish puts a no-break space before
    /// it ("10 %", as the RAE and `Intl` write it: verify60 L4).
    pub percent: &'static str,
    pub package_line: &'static str,
    pub rounding_note: &'static str,
    pub total: &'static str,
    pub aftercare_heading: &'static str,
    pub what_to_expect_heading: &'static str,
    /// Heading, the common short-lived effects, the rarer ones: the
    /// article's risks with evidence §0 and §2a.
    pub side_effects: [&'static str; 3],

    // Booking
    pub book_heading: &'static str,
    pub book_cta: &'static str,
    pub call: &'static str,
    pub email: &'static str,
    pub message_us: &'static str,
    pub address: &'static str,
    pub email_subject: &'static str,
    pub email_greeting: &'static str,
    pub email_plan: &'static str,
    /// After a grade the visitor left at its default, in the e-mail and
    /// the printed choices (verify57 F3).
    pub grade_assumed: &'static str,
    pub first_unanswered: &'static str,
    pub choose_concerns: &'static str,
    /// Said (not shown) when the last safety question is answered.
    pub all_answered: &'static str,
    pub email_closing: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub share_link_label: &'static str,
    pub print: &'static str,
    pub opens_new_tab: &'static str,
    pub contact_card_heading: &'static str,
    pub contact_card_text: &'static str,
    pub config_problems_heading: &'static str,
}

const MESSAGES: usize = std::mem::size_of::<Texts>() / std::mem::size_of::<&str>();

impl Texts {
    /// Every message passed through `f`.
    pub fn map(self, f: impl Fn(&'static str) -> &'static str) -> Texts {
        // SAFETY: `Texts` and `Plural` are `repr(C)` and hold only
        // `&'static str` values (directly, in `Plural` or in arrays), all
        // of one size and alignment, so there is no padding and `Texts` has
        // the layout of `[&'static str; MESSAGES]`; `transmute` checks that
        // the sizes agree.
        let messages: [&'static str; MESSAGES] = unsafe { std::mem::transmute(self) };
        unsafe { std::mem::transmute::<[&'static str; MESSAGES], Texts>(messages.map(f)) }
    }
}

/// A language: its messages (`texts`, read through `Deref` as `t.title`) and
/// the model's vocabulary, as methods.
pub struct Catalog {
    pub texts: Texts,
    /// The catalogue's text for an English message of the vocabulary, if
    /// it has its own (English has none: `|_| None`).
    ///
    /// Why one function instead of one per kind of term: a language is
    /// English passed through its file's map (`spanish.rs`), so one lookup
    /// serves every term, and the methods below write the English once.
    /// A field per term held a function each for English and for Spanish,
    /// and each Spanish one carried a copy of the English lookup (−171
    /// bytes gzip).
    pub translate: fn(&str) -> Option<&'static str>,
}

/// The model's vocabulary: English from `en.rs`, through the catalogue's
/// `translate`.
impl Catalog {
    fn term(&self, english: &'static str) -> &'static str {
        (self.translate)(english).unwrap_or(english)
    }

    fn owned_term(&self, english: String) -> String {
        match (self.translate)(&english) {
            Some(translated) => translated.to_string(),
            None => english,
        }
    }

    pub fn concern_name(&self, c: Concern) -> &'static str {
        self.term(en::concern_name(c))
    }

    pub fn concern_benefit(&self, c: Concern) -> &'static str {
        self.term(en::concern_benefit(c))
    }

    pub fn area_name(&self, a: Area) -> &'static str {
        self.term(en::area_name(a))
    }

    pub fn severity_name(&self, s: Severity) -> String {
        self.owned_term(en::severity_name(s))
    }

    pub fn severity_description(&self, s: Severity) -> &'static str {
        self.term(en::severity_description(s))
    }

    pub fn scale_name(&self, c: Concern) -> &'static str {
        self.term(en::scale_name(c))
    }

    pub fn group_name(&self, g: Group) -> &'static str {
        self.term(en::group_name(g))
    }

    pub fn question_text(&self, q: Question) -> &'static str {
        self.term(en::question_text(q))
    }

    pub fn choice_label(&self, q: Question, id: &str) -> &'static str {
        self.term(en::choice_label(q, id))
    }

    pub fn answer_reason(&self, q: Question, id: &str) -> &'static str {
        self.term(en::answer_reason(q, id))
    }

    pub fn comeback(&self, c: Comeback) -> &'static str {
        self.term(en::comeback(c))
    }

    pub fn concern_reason(&self, c: Concern) -> &'static str {
        self.term(en::concern_reason(c))
    }

    pub fn grade_note(&self, n: GradeNote) -> &'static str {
        self.term(en::grade_note(n))
    }

    pub fn add_on_safety(&self, k: AddOnKind) -> &'static str {
        self.term(en::add_on_safety(k))
    }

    pub fn adjustment(&self, a: Adjustment) -> &'static str {
        self.term(en::adjustment(a))
    }

    pub fn maintenance(&self, m: Maintenance) -> String {
        self.owned_term(en::maintenance(m))
    }

    pub fn milestone(&self, m: Milestone) -> &'static str {
        self.term(en::milestone(m))
    }

    pub fn aftercare(&self, r: AftercareRule) -> &'static str {
        self.term(en::aftercare(r))
    }
}

impl std::ops::Deref for Catalog {
    type Target = Texts;

    fn deref(&self) -> &Texts {
        &self.texts
    }
}

impl Catalog {
    /// One sentence for a reason on a consult or stop outcome.
    pub fn reason(&self, reason: &Reason) -> String {
        match reason {
            Reason::Answer {
                question,
                choice,
                comeback,
            } => {
                let base = fill(
                    self.answer_reason(*question, choice),
                    &[("question", self.question_text(*question))],
                );
                match comeback {
                    Some(when) => text::cat(&[&base, " ", self.comeback(*when)]),
                    None => base.to_string(),
                }
            }
            Reason::Concern(c) => self.concern_reason(*c).to_string(),
            // Named: beside another concern's plan, it must say whose it is.
            Reason::Grade(c, note) => {
                text::cat(&[self.concern_name(*c), ": ", self.grade_note(*note)])
            }
            Reason::AddOn(kind) => self.add_on_safety(*kind).to_string(),
        }
    }

    /// A price-breakdown line's label (amounts are formatted by the caller).
    pub fn price_line_label(
        &self,
        line: &PriceLine,
        add_on_name: &dyn Fn(&str) -> String,
    ) -> String {
        match line {
            PriceLine::Sessions {
                track,
                areas,
                sessions,
                ..
            } => {
                let what = match track {
                    crate::model::Track::Skin => crate::model::text::join(
                        &areas.iter().map(|a| self.area_name(*a)).collect::<Vec<_>>(),
                        " + ",
                    ),
                    crate::model::Track::Scalp => self.track_scalp.to_string(),
                };
                text::cat(&[
                    &what,
                    " × ",
                    &self.sessions.range(sessions.min, sessions.max),
                ])
            }
            PriceLine::Package { percent_off, .. } => {
                let low = text::number(u64::from(percent_off.0));
                let pct = if percent_off.0 == percent_off.1 {
                    text::cat(&[&low, self.percent])
                } else {
                    let high = text::number(u64::from(percent_off.1));
                    text::cat(&[&low, "–", &high, self.percent])
                };
                fill(self.package_line, &[("percent", &pct)])
            }
            PriceLine::AddOn { id, .. } | PriceLine::AddOnAtConsultation { id } => add_on_name(id),
            PriceLine::AreaAtConsultation { area } => self.area_name(*area).to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::protocol::Span;
    use crate::model::recovery::AFTERCARE;
    use crate::model::Scale;

    /// The laxity note says which grades it is for, in both languages: it
    /// appears at the preselected "Moderate", so "for marked laxity" there
    /// read as if the visitor had said more than they had.
    #[test]
    fn the_laxity_note_names_each_grade_it_is_shown_for() {
        use crate::model::protocol::{grade_note, GradeNote};
        for concern in [Concern::Laxity, Concern::Elasticity] {
            let shown: Vec<Severity> = Scale::of(concern)
                .options()
                .iter()
                .copied()
                .filter(|s| grade_note(concern, *s) == Some(GradeNote::ConsiderRfOrSurgery))
                .collect();
            assert_eq!(shown, [Severity::Moderate, Severity::Marked]);
        }
        for (language, words) in [
            (Language::En, ["moderate", "marked"]),
            (Language::Es, ["moderada", "intensa"]),
        ] {
            let c = language.catalog();
            let note = c.grade_note(GradeNote::ConsiderRfOrSurgery).to_lowercase();
            for w in words {
                assert!(note.contains(w), "{note}");
            }
        }
    }

    fn all_severities() -> Vec<Severity> {
        let mut all = Vec::new();
        for c in Concern::ALL {
            for s in Scale::of(c).options() {
                if !all.contains(s) {
                    all.push(*s);
                }
            }
        }
        all
    }

    /// Every message of every catalogue, flattened, with a name for failures.
    fn messages(c: &Catalog) -> Vec<(String, String)> {
        let mut m: Vec<(String, String)> = vec![
            ("title", c.title),
            ("intro", c.intro),
            ("language_label", c.language_label),
            ("step_concerns", c.step_concerns),
            ("step_concerns_hint", c.step_concerns_hint),
            ("step_details", c.step_details),
            ("step_details_hint", c.step_details_hint),
            ("step_where", c.step_where),
            ("step_safety", c.step_safety),
            ("step_safety_hint", c.step_safety_hint),
            ("step_add_ons", c.step_add_ons),
            ("result_heading", c.result_heading),
            ("severity_label", c.severity_label),
            ("areas_legend", c.areas_legend),
            ("scalp_with_hair_loss", c.scalp_with_hair_loss),
            ("stretch_marks_where", c.stretch_marks_where),
            ("none_apply", c.none_apply),
            ("none_apply_rest", c.none_apply_rest),
            ("none_apply_about_you", c.none_apply_about_you),
            ("price_at_consultation", c.price_at_consultation),
            ("empty_result", c.empty_result),
            ("sessions_label", c.sessions_label),
            ("spacing_label", c.spacing_label),
            ("span_label", c.span_label),
            ("results_label", c.results_label),
            ("price_label", c.price_label),
            ("maintenance_label", c.maintenance_label),
            ("track_skin", c.track_skin),
            ("track_scalp", c.track_scalp),
            ("single_session_span", c.single_session_span),
            ("span_at_most", c.span_at_most),
            ("results_after", c.results_after),
            ("glow_note", c.glow_note),
            ("needs_area", c.needs_area),
            ("needs_body_area", c.needs_body_area),
            ("left_out", c.left_out),
            ("later_start", c.later_start),
            ("price_set_at_consultation", c.price_set_at_consultation),
            ("summary_pattern", c.summary_pattern),
            ("summary_price", c.summary_price),
            ("consult_heading", c.consult_heading),
            ("consult_summary", c.consult_summary),
            ("adjust_heading", c.adjust_heading),
            ("defer_heading", c.defer_heading),
            ("not_suitable_heading", c.not_suitable_heading),
            ("stop_for_clinic", c.stop_for_clinic),
            ("age_outside_us", c.age_outside_us),
            ("quote_joiner", c.quote_joiner),
            ("stop_intro", c.stop_intro),
            ("no_numbers_intro", c.no_numbers_intro),
            ("no_numbers_intro_one", c.no_numbers_intro_one),
            ("concern_notes_heading", c.concern_notes_heading),
            ("disclaimer", c.disclaimer),
            ("regulatory_note", c.regulatory_note),
            ("default_prices_note", c.default_prices_note),
            ("start_over", c.start_over),
            ("see_estimate", c.see_estimate),
            ("plan_ends", c.plan_ends),
            ("timeline_heading", c.timeline_heading),
            ("timeline_alt", c.timeline_alt),
            ("timeline_week", c.timeline_week),
            ("timeline_session", c.timeline_session),
            ("timeline_maybe", c.timeline_maybe),
            ("timeline_recovery", c.timeline_recovery),
            ("timeline_results", c.timeline_results),
            ("recovery_heading", c.recovery_heading),
            ("recovery_alt", c.recovery_alt),
            ("recovery_note", c.recovery_note),
            ("day", c.day),
            ("flaking", c.flaking),
            ("price_heading", c.price_heading),
            ("breakdown_heading", c.breakdown_heading),
            ("per_session", c.per_session),
            ("percent", c.percent),
            ("package_line", c.package_line),
            ("rounding_note", c.rounding_note),
            ("total", c.total),
            ("aftercare_heading", c.aftercare_heading),
            ("what_to_expect_heading", c.what_to_expect_heading),
            ("book_heading", c.book_heading),
            ("book_cta", c.book_cta),
            ("call", c.call),
            ("email", c.email),
            ("message_us", c.message_us),
            ("address", c.address),
            ("email_subject", c.email_subject),
            ("email_greeting", c.email_greeting),
            ("email_plan", c.email_plan),
            ("grade_assumed", c.grade_assumed),
            ("first_unanswered", c.first_unanswered),
            ("choose_concerns", c.choose_concerns),
            ("all_answered", c.all_answered),
            ("email_closing", c.email_closing),
            ("copy_link", c.copy_link),
            ("link_copied", c.link_copied),
            ("copy_failed", c.copy_failed),
            ("share_link_label", c.share_link_label),
            ("print", c.print),
            ("opens_new_tab", c.opens_new_tab),
            ("contact_card_heading", c.contact_card_heading),
            ("contact_card_text", c.contact_card_text),
            ("config_problems_heading", c.config_problems_heading),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        for (name, p) in [
            ("provisional", c.provisional),
            ("sessions", c.sessions),
            ("weeks", c.weeks),
            ("every_weeks", c.every_weeks),
        ] {
            m.push((format!("{name}.one"), p.one.into()));
            m.push((format!("{name}.other"), p.other.into()));
        }
        for (i, r) in c.side_effects.iter().enumerate() {
            m.push((format!("side_effects[{i}]"), r.to_string()));
        }
        for (i, r) in c.redness.iter().enumerate() {
            m.push((format!("redness[{i}]"), r.to_string()));
        }
        for (i, r) in c.swelling.iter().enumerate() {
            m.push((format!("swelling[{i}]"), r.to_string()));
        }
        for x in Concern::ALL {
            m.push((format!("concern_name({x:?})"), c.concern_name(x).into()));
            m.push((
                format!("concern_benefit({x:?})"),
                c.concern_benefit(x).into(),
            ));
            m.push((format!("scale_name({x:?})"), c.scale_name(x).into()));
            if x.treatability() != crate::model::Treatability::Treatable {
                m.push((format!("concern_reason({x:?})"), c.concern_reason(x).into()));
            }
        }
        for x in Area::ALL {
            m.push((format!("area_name({x:?})"), c.area_name(x).into()));
        }
        for s in all_severities() {
            m.push((format!("severity_name({s:?})"), c.severity_name(s)));
            m.push((
                format!("severity_description({s:?})"),
                c.severity_description(s).into(),
            ));
        }
        for g in Group::ALL {
            m.push((format!("group_name({g:?})"), c.group_name(g).into()));
        }
        for q in Question::ALL {
            m.push((format!("question_text({q:?})"), c.question_text(q).into()));
            for choice in q.choices() {
                m.push((
                    format!("choice_label({q:?}, {})", choice.id),
                    c.choice_label(q, choice.id).into(),
                ));
                if choice.effect != crate::model::screening::Effect::None
                    && !matches!(choice.effect, crate::model::screening::Effect::Adjust(_))
                {
                    m.push((
                        format!("answer_reason({q:?}, {})", choice.id),
                        c.answer_reason(q, choice.id).into(),
                    ));
                }
            }
        }
        use Comeback::*;
        for x in [
            AfterPregnancy,
            AcneUnderControl,
            InfectionHealed,
            FlareSettled,
            DiabetesControlled,
            FourWeeksAfterTherapy,
            SixMonthsAfterIsotretinoin,
            OncePregnancyRuledOut,
        ] {
            m.push((format!("comeback({x:?})"), c.comeback(x).into()));
        }
        use GradeNote::*;
        for x in [
            CombinationTherapy,
            BeyondMicroneedling,
            ConsiderRfOrSurgery,
            AdvancedSunDamage,
            AdvancedHairLoss,
            EarlyHairLoss,
            ColourNotContour,
            GradeToConfirm,
        ] {
            m.push((format!("grade_note({x:?})"), c.grade_note(x).into()));
        }
        for x in [AddOnKind::VitaminC, AddOnKind::Tretinoin] {
            m.push((format!("add_on_safety({x:?})"), c.add_on_safety(x).into()));
        }
        for x in [
            Adjustment::DelayStartTwoWeeks,
            Adjustment::DarkerSkinCare,
            Adjustment::DarkerSkinCareSameSpacing,
            Adjustment::WaitForScarToMature,
        ] {
            m.push((format!("adjustment({x:?})"), c.adjustment(x).into()));
        }
        for x in [
            Maintenance::EveryMonths(Span::new(6, 12)),
            Maintenance::TopicalsAndSunscreen,
            Maintenance::OngoingWithMedicalTherapy,
            Maintenance::AsNeeded,
        ] {
            m.push((format!("maintenance({x:?})"), c.maintenance(x)));
        }
        for x in [
            Milestone::SessionDay,
            Milestone::Makeup,
            Milestone::Exercise,
            Milestone::Swimming,
            Milestone::Actives,
        ] {
            m.push((format!("milestone({x:?})"), c.milestone(x).into()));
        }
        for x in AFTERCARE {
            m.push((format!("aftercare({x:?})"), c.aftercare(x).into()));
        }
        m
    }

    #[test]
    fn every_message_exists_and_is_non_empty_in_every_language() {
        let english = messages(Language::En.catalog());
        for language in Language::ALL {
            let msgs = messages(language.catalog());
            assert_eq!(msgs.len(), english.len());
            for ((key, value), (en_key, _)) in msgs.iter().zip(&english) {
                assert_eq!(key, en_key);
                assert!(
                    !value.trim_ascii().is_empty(),
                    "{language:?}: {key} is empty"
                );
                assert!(
                    !value.contains("TODO"),
                    "{language:?}: {key} is a placeholder"
                );
            }
        }
    }

    /// The shipped file translates every English message and nothing else,
    /// so a reworded English message cannot silently fall back to English.
    #[test]
    fn the_spanish_file_matches_the_english_messages() {
        let file: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(include_str!("estimator-es.json")).unwrap();
        let english: std::collections::BTreeSet<String> = messages(Language::En.catalog())
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        let missing: Vec<_> = english.iter().filter(|e| !file.contains_key(*e)).collect();
        assert!(missing.is_empty(), "no Spanish for: {missing:?}");
        let stale: Vec<_> = file.keys().filter(|k| !english.contains(*k)).collect();
        assert!(stale.is_empty(), "not an English message: {stale:?}");
        assert!(file.values().all(|v| v.is_string()));
    }

    /// A damaged file is refused with a reason, and Spanish stays unloaded
    /// (the widget then stays in English and says so).
    #[test]
    fn a_damaged_catalogue_file_is_refused() {
        // A fresh thread: catalogues are installed once per thread.
        std::thread::spawn(|| {
            for (text, why) in [
                ("", "not valid JSON"),
                ("[\"Idioma\"]", "not a JSON object"),
                ("{\"Language\": 3}", "\"Language\": not a string"),
            ] {
                let err = spanish::install(text).unwrap_err();
                assert!(err.contains(why), "{text:?}: {err}");
                assert!(super::spanish::TABLE.with(std::cell::Cell::get).is_none());
            }
            spanish::install(r#"{"Language": "Idioma"}"#).unwrap();
            assert_eq!(Language::Es.catalog().language_label, "Idioma");
            // Missing messages fall back to English rather than going blank.
            assert_eq!(Language::Es.catalog().title, Language::En.catalog().title);
        })
        .join()
        .unwrap();
    }

    /// The release build's file keys each message by `spanish::key`: the
    /// keys must tell every English message apart, and be FNV-1a as the
    /// build script computes it (the algorithm's published test vectors).
    #[test]
    fn the_shipped_file_s_short_keys_tell_messages_apart() {
        let english: std::collections::BTreeSet<String> = messages(Language::En.catalog())
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        let keys: std::collections::BTreeSet<u32> =
            english.iter().map(|e| spanish::key(e)).collect();
        assert_eq!(keys.len(), english.len());
        assert_eq!(spanish::key(""), 0x811c_9dc5);
        assert_eq!(spanish::key("a"), 0xe40c_292c);
        assert_eq!(spanish::key("foobar"), 0xbf9c_f968);
    }

    /// The shipped (short-keyed) form installs like the source form; a key
    /// that is not one is refused.
    #[test]
    fn a_short_keyed_catalogue_file_installs() {
        std::thread::spawn(|| {
            let err = spanish::install(r##"{"#zzzzzzzzz": "Idioma"}"##).unwrap_err();
            assert!(err.contains("not a message key"), "{err}");
            let short = |english: &str| {
                let mut n = spanish::key(english);
                let mut digits = Vec::new();
                loop {
                    digits.push(char::from_digit(n % 36, 36).unwrap());
                    n /= 36;
                    if n == 0 {
                        break;
                    }
                }
                format!("#{}", digits.iter().rev().collect::<String>())
            };
            let file = format!(
                r#"{{"{}": "Idioma", "{}": "Zonas a tratar"}}"#,
                short("Language"),
                short("Areas to treat")
            );
            spanish::install(&file).unwrap();
            let es = Language::Es.catalog();
            assert_eq!(es.language_label, "Idioma");
            assert_eq!(es.title, Language::En.catalog().title);
        })
        .join()
        .unwrap();
    }

    /// `Texts::map` reaches every message, first field to last, plurals and
    /// arrays included, and nothing else.
    #[test]
    fn texts_map_reaches_every_message() {
        let en = Language::En.catalog();
        let seen = std::cell::RefCell::new(Vec::new());
        let x = en.texts.map(|m| {
            seen.borrow_mut().push(m);
            "x"
        });
        let seen = seen.into_inner();
        assert_eq!(seen.len(), MESSAGES);
        assert_eq!(
            (seen[0], *seen.last().unwrap()),
            (en.title, en.config_problems_heading)
        );
        assert!(seen.contains(&en.sessions.other) && seen.contains(&en.swelling[2]));
        for m in [
            x.title,
            x.sessions.one,
            x.every_weeks.other,
            x.redness[0],
            x.swelling[2],
        ] {
            assert_eq!(m, "x");
        }
        assert_eq!(x.config_problems_heading, "x");
    }

    #[test]
    fn spanish_is_a_translation_not_a_copy() {
        let en = messages(Language::En.catalog());
        let es = messages(Language::Es.catalog());
        let same: Vec<_> = en
            .iter()
            .zip(&es)
            .filter(|(a, b)| a.1 == b.1 && a.1.chars().any(|c| c.is_alphabetic()) && a.1.len() > 12)
            .map(|(a, _)| a.0.clone())
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }

    /// The default clinic is in Utah and prices in dollars: its visitors
    /// read American English (verify57 F12: "colour", "anti-ageing",
    /// "haemophilia" beside "discoloration").
    #[test]
    fn english_is_spelled_the_american_way() {
        let british = "colour ageing authoris haem grey centre isation organis recognis minimis \
                       behaviour favour labelled enquir whilst programme tumour oedema anaest \
                       paediatr oestr foet";
        for (key, message) in messages(Language::En.catalog()) {
            let lower = message.to_lowercase();
            for word in british.split_ascii_whitespace() {
                assert!(!lower.contains(word), "{key}: {word} in {message}");
            }
        }
    }

    #[test]
    fn plurals_in_both_languages() {
        let en = Language::En.catalog();
        let es = Language::Es.catalog();
        assert_eq!(en.sessions.count(1), "1 session");
        assert_eq!(en.sessions.count(3), "3 sessions");
        assert_eq!(en.sessions.range(4, 5), "4–5 sessions");
        assert_eq!(es.sessions.count(1), "1 sesión");
        assert_eq!(es.sessions.count(3), "3 sesiones");
        assert_eq!(es.sessions.range(4, 5), "4–5 sesiones");
        assert_eq!(en.weeks.count(1), "1 week");
        assert_eq!(es.weeks.count(1), "1 semana");
        assert_eq!(es.weeks.count(12), "12 semanas");
        assert_eq!(en.every_weeks.count(1), "every week");
        assert_eq!(en.every_weeks.count(4), "every 4 weeks");
        assert_eq!(es.every_weeks.count(1), "cada semana");
        assert_eq!(es.every_weeks.count(4), "cada 4 semanas");
    }

    #[test]
    fn languages_are_negotiated_from_preferences() {
        assert_eq!(
            Language::negotiate(["fr-FR", "es-MX", "en"]),
            Some(Language::Es)
        );
        assert_eq!(Language::negotiate(["de"]), None);
        assert_eq!(Language::from_tag("EN_gb"), Some(Language::En));
    }
}
