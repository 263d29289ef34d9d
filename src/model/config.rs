//! The clinic's settings: contact details, currency, prices, packages,
//! add-ons, offered concerns, protocol overrides and wording.
//!
//! Read from JSON with serde in two steps: `ConfigFile` mirrors the file (and
//! generates the shipped JSON Schema), then `validate` turns it into a
//! `ClinicConfig`, collecting every problem with its field path
//! (`prices.face.min: must be above 0`). Amounts in the file are in major units
//! (dollars), converted exactly to minor units.
//!
//! The default clinic, compiled in, is `default-config.json` beside this file:
//! the source article's clinic with the evidence's default prices (§3).

use super::area::Area;
use super::concern::{Concern, Track};
use super::config_reader::{index, join};
use super::money::{Currency, PriceRange};
use super::protocol::Span;
use super::small_map::SmallMap;
use super::text::{cat, number};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The compiled-in default: Biorestoration Medical & Aesthetics (the
/// article's clinic) with the evidence's default prices, none of them the
/// clinic's own (the result says so, evidence gap 2: `default_prices`):
/// - face $250–$700 a session: §3.1's suggested default range [B-Graham];
/// - neck ×0.5, décolletage ×0.6, hands ×0.5, scalp ×1.0, and the bundles
///   face + neck ×1.4, face + neck + décolletage ×1.8: §3.4's multipliers;
///   the body areas (arms ×1.0, abdomen and buttocks ×1.2, thighs and back
///   ×1.5) are our picks inside §3.4's "×1.0–1.5, depending on surface area";
/// - 10% off from 3 sessions and 15% from 6: §3.4's suggested setting
///   (an assumption there, not sourced);
/// - PRP +25% a session [C-bellevisage]: a tier-C figure, kept because it
///   scales with the areas treated; §3.3's "about $1,000" for a whole PRP
///   facial at a dermatologist [B/C-RealSelf] is above it (verify27 M10),
///   and a clinic sets its own; scalp PRP 3 × $400–$500
///   [B-Prism, C-urbanhealthwatch]: §3.3; the serums have no price in §3.3,
///   so they are priced at the consultation, with §2a's safety notes.
pub const DEFAULT_CONFIG_JSON: &str = include_str!("default-config.json");

/// The default file as the widget carries it: the white space between
/// tokens dropped at compile time, as a clinic's own file would be minified
/// (−32 bytes gzip, bench/CUTS.md). The indented file stays the one
/// clinics read and tests edit.
const DEFAULT_CONFIG_COMPACT: &str = {
    const LEN: usize = compact(DEFAULT_CONFIG_JSON.as_bytes(), &mut [0; 0]);
    const BYTES: [u8; LEN] = {
        let mut out = [0; LEN];
        compact(DEFAULT_CONFIG_JSON.as_bytes(), &mut out);
        out
    };
    match std::str::from_utf8(&BYTES) {
        Ok(text) => text,
        Err(_) => panic!("the compact default config is not UTF-8"),
    }
};

/// Copies `json` without the white space outside its strings into `out`
/// (when `out` is long enough) and returns the compact length: run once to
/// size the array and once to fill it, as a `const fn` cannot allocate.
const fn compact(json: &[u8], out: &mut [u8]) -> usize {
    let (mut i, mut n) = (0, 0);
    let (mut in_string, mut escaped) = (false, false);
    while i < json.len() {
        let b = json[i];
        i += 1;
        if !in_string && matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            continue;
        }
        if in_string {
            in_string = escaped || b != b'"';
            escaped = !escaped && b == b'\\';
        } else {
            in_string = b == b'"';
        }
        if n < out.len() {
            out[n] = b;
        }
        n += 1;
    }
    n
}

// ---------------------------------------------------------------------------
// The file as written by a clinic
// ---------------------------------------------------------------------------

#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("required" = ["clinic"])))]
/// A clinic's estimator settings. Only `clinic` is required; everything else
/// falls back to the default clinic's, except that a currency other than USD
/// needs its own `prices` (the defaults are US dollars), the default
/// bundles, packages and add-ons come only with the default prices, and the
/// default prices bring their note unless `wording` has a note of its own.
pub struct ConfigFile {
    /// Editor hint only; ignored.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(with = "ClinicFile"))]
    pub clinic: Option<ClinicFile>,
    /// ISO 4217 code, e.g. "USD".
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(regex(pattern = r"^[A-Z]{3}$"))
    )]
    pub currency: Option<String>,
    /// BCP 47 locale for money and dates, e.g. "en-US".
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(length(max = 35), regex(pattern = LANGUAGE_TAG_PATTERN))
    )]
    pub locale: Option<String>,
    /// The language of every visitor: "en" or "es" (another language, e.g.
    /// "fr", falls back to the visitor's browser preference or English,
    /// with a console warning). Usually best left out: then the visitor's
    /// browser preference decides (verify60 M2).
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(length(max = 35), regex(pattern = LANGUAGE_TAG_PATTERN))
    )]
    pub language: Option<String>,
    /// Per-session price range for each area offered, in major units.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(with = "Option<SmallMap<Area, RangeFile>>", extend("minProperties" = 1))
    )]
    pub prices: Option<SmallMap<String, RangeFile>>,
    /// Cheaper prices for areas treated together in one session.
    pub bundles: Option<Vec<BundleFile>>,
    /// Course discounts by number of sessions.
    pub packages: Option<Vec<PackageFile>>,
    pub add_ons: Option<Vec<AddOnFile>>,
    /// The concerns this clinic offers, in display order. Without it,
    /// every concern it can price: a skin concern needs a priced skin area,
    /// stretch marks a priced body area (arms, abdomen, thighs, buttocks,
    /// back); hair loss is always offered (the scalp priced at the
    /// consultation if it has no price). A list that names a concern the
    /// clinic cannot price is refused.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(length(min = 1), extend("uniqueItems" = true))
    )]
    pub concerns: Option<Vec<Concern>>,
    /// Replace the evidence's session count or interval for a concern
    /// (not rosacea or raised scars, which get no numbers).
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(with = "Option<OverridesSchema>")
    )]
    pub overrides: Option<SmallMap<String, OverrideFile>>,
    /// Visitor-facing text overrides, by language ("en", "es"; text in
    /// another language is kept but not shown, with a console warning). A
    /// `note` with no text in the visitor's language shows its English,
    /// else its Spanish.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("propertyNames" = {"maxLength": 35, "pattern": LANGUAGE_TAG_PATTERN})))]
    pub wording: Option<SmallMap<String, WordingFile>>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    schemars(extend(
        "anyOf" = [
            {"required": ["phone"], "properties": {"phone": {"type": "string"}}},
            {"required": ["phone_international"], "properties": {"phone_international": {"type": "string"}}},
            {"required": ["email"], "properties": {"email": {"type": "string"}}},
            {"required": ["contact_form_url"], "properties": {"contact_form_url": {"type": "string"}}},
            {"required": ["booking_url"], "properties": {"booking_url": {"type": "string"}}}
        ],
        "if" = {"not": {"required": ["phone_international"], "properties": {"phone_international": {"type": "string"}}}},
        "then" = {"properties": {"phone": {"pattern": "^[^0-9０-９+＋]*([+＋][^A-Za-z0-9０-９]*)?[0-9０-９]([^A-Za-z0-9０-９#]*[0-9A-Za-z０-９]){2}"}}}
    ))
)]
/// The name and at least one way to book.
pub struct ClinicFile {
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(length(min = 1, max = 500), regex(pattern = VISIBLE_PATTERN), extend("not" = {"type": "string", "pattern": CONTROL_PATTERN}))
    )]
    pub name: String,
    /// As the clinic writes it, e.g. "801-501-9797": without
    /// `phone_international`, at least 3 digits from its first digit or +
    /// before any letter ("ext."); letters before the seventh digit are
    /// dialled as a phone's keypad spells them ("1-800-FLOWERS").
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(length(min = 1, max = 500), regex(pattern = VISIBLE_PATTERN), extend("not" = {"type": "string", "pattern": CONTROL_PATTERN}))
    )]
    pub phone: Option<String>,
    /// International form for the `tel:` link, e.g. "+18015019797".
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(regex(pattern = r"^\+[0-9]{7,15}$"))
    )]
    pub phone_international: Option<String>,
    /// ASCII: a domain with accents in its xn-- form. No `%`: a mail app
    /// decodes the `mailto:` link, and `info%40clinic.example%2Cspy@evil.example`
    /// would send to two addresses.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(
            email,
            length(max = 254),
            regex(
                pattern = r"^[A-Za-z0-9._+-]+@(?=[^@]*\.)[A-Za-z0-9_+-]([A-Za-z0-9._+-]*[A-Za-z0-9_+-])?$"
            )
        )
    )]
    pub email: Option<String>,
    /// Postal address, one line per entry.
    #[serde(default)]
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(extend("type" = ["array", "null"], "items" = {"type": "string", "minLength": 1, "maxLength": 500, "pattern": VISIBLE_PATTERN, "not": {"type": "string", "pattern": CONTROL_PATTERN}}))
    )]
    pub address: Vec<String>,
    /// The clinic's contact page (https or http).
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(
            length(max = 2000),
            regex(pattern = WEB_LINK_PATTERN)
        )
    )]
    pub contact_form_url: Option<String>,
    /// A booking link (https or http); may contain the placeholders
    /// {concerns}, {areas}, {sessions_min}, {sessions_max}, {price_min},
    /// {price_max}, {currency}, {language}.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(
            length(max = 2000),
            regex(pattern = WEB_LINK_PATTERN)
        )
    )]
    pub booking_url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
/// Above 0: nothing priced is free (a 0 is a placeholder left in).
pub struct RangeFile {
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("exclusiveMinimum" = 0)))]
    pub min: Amount,
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("exclusiveMinimum" = 0)))]
    pub max: Amount,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BundleFile {
    /// At least two different areas.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(length(min = 2), extend("uniqueItems" = true)))]
    pub areas: Vec<Area>,
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("exclusiveMinimum" = 0)))]
    pub min: Amount,
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("exclusiveMinimum" = 0)))]
    pub max: Amount,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PackageFile {
    /// Applies to courses of at least this many sessions.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(range(min = 2, max = 50))
    )]
    pub sessions: u32,
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(range(min = 1, max = 50))
    )]
    pub percent_off: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
/// What an add-on is, which decides the safety notes that go with it.
pub enum AddOnKind {
    /// Platelet-rich plasma.
    Prp,
    /// Vitamin C serum: linked to granulomas when used during
    /// microneedling [A-S26, A-S27].
    VitaminC,
    /// Topical tretinoin: a retinoid that aftercare pauses for 5–7 days.
    Tretinoin,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TrackFile {
    Skin,
    Scalp,
}

impl TrackFile {
    pub fn id(self) -> &'static str {
        match self {
            TrackFile::Skin => "skin",
            TrackFile::Scalp => "scalp",
        }
    }
}

impl AddOnKind {
    pub fn id(self) -> &'static str {
        match self {
            AddOnKind::Prp => "prp",
            AddOnKind::VitaminC => "vitamin-c",
            AddOnKind::Tretinoin => "tretinoin",
            AddOnKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AddOnFile {
    /// Lower-case letters, digits and hyphens.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(regex(pattern = r"^[a-z0-9-]{1,40}$"))
    )]
    pub id: String,
    pub kind: AddOnKind,
    /// Display name by language, e.g. {"en": "PRP", "es": "PRP"}; English
    /// is required.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(extend(
            "required" = ["en"],
            "propertyNames" = {"maxLength": 35, "pattern": LANGUAGE_TAG_PATTERN},
            "additionalProperties" = {"type": "string", "minLength": 1, "maxLength": 500, "pattern": VISIBLE_PATTERN, "not": {"type": "string", "pattern": CONTROL_PATTERN}}
        ))
    )]
    pub name: SmallMap<String, String>,
    /// Which sessions it goes with (default "skin").
    pub track: Option<TrackFile>,
    /// Priced as a percentage of the session price…
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(range(min = 1, max = 500))
    )]
    pub percent_of_session: Option<u32>,
    /// …or a range per session…
    pub per_session: Option<RangeFile>,
    /// …or a range for the whole course; none of them: priced at consultation.
    pub per_course: Option<RangeFile>,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OverrideFile {
    /// Each between 1 and 30.
    pub sessions: Option<SpanFile>,
    /// Within the concern's range in the evidence: acne-scars, wrinkles and
    /// stretch-marks 2–6; laxity, elasticity, other-scars, pores-texture and
    /// dull-skin 4–6; sun-damage 2–4; hair-loss 1–2.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(range(min = 1, max = 12))
    )]
    pub interval_weeks: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SpanFile {
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(range(min = 1, max = 30))
    )]
    pub min: u32,
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(range(min = 1, max = 30))
    )]
    pub max: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WordingFile {
    /// Heading above the estimator.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(length(min = 1, max = 500), regex(pattern = VISIBLE_PATTERN), extend("not" = {"type": "string", "pattern": CONTROL_PATTERN}))
    )]
    pub title: Option<String>,
    /// One or two sentences under the heading.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(length(min = 1, max = 500), regex(pattern = VISIBLE_PATTERN), extend("not" = {"type": "string", "pattern": CONTROL_PATTERN}))
    )]
    pub intro: Option<String>,
    /// Label of the primary booking button.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(length(min = 1, max = 500), regex(pattern = VISIBLE_PATTERN), extend("not" = {"type": "string", "pattern": CONTROL_PATTERN}))
    )]
    pub book_label: Option<String>,
    /// An extra note shown with the disclaimer. Without `prices`, the
    /// default prices' own note follows it ("Prices: a typical US facial
    /// range from published sources; other areas, bundles and course
    /// discounts are assumptions, not this clinic's price list.").
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(length(min = 1, max = 500), regex(pattern = VISIBLE_PATTERN), extend("not" = {"type": "string", "pattern": CONTROL_PATTERN}))
    )]
    pub note: Option<String>,
}

/// A non-negative amount in major units with at most three decimals, kept as
/// thousandths so no float survives parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Amount(pub u64);

const AMOUNT_LIMIT_MAJOR: u64 = 10_000_000_000;

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AmountVisitor;
        impl Visitor<'_> for AmountVisitor {
            type Value = Amount;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount in major units, e.g. 250 or 249.5")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Amount, E> {
                if v > AMOUNT_LIMIT_MAJOR {
                    return Err(E::custom("must be at most 10000000000"));
                }
                Ok(Amount(v * 1000))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Amount, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom("must be above 0")),
                }
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Amount, E> {
                if !v.is_finite() {
                    return Err(E::custom("must be a finite number"));
                }
                if v < 0.0 {
                    return Err(E::custom("must be above 0"));
                }
                if v > AMOUNT_LIMIT_MAJOR as f64 {
                    return Err(E::custom("must be at most 10000000000"));
                }
                let thousandths = (v * 1000.0).round();
                if (v * 1000.0 - thousandths).abs() > 1e-6 {
                    return Err(E::custom("must have at most 3 decimal places"));
                }
                Ok(Amount(thousandths as u64))
            }
        }
        deserializer.deserialize_any(AmountVisitor)
    }
}

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.is_multiple_of(1000) {
            s.serialize_u64(self.0 / 1000)
        } else {
            s.serialize_f64(self.0 as f64 / 1000.0)
        }
    }
}

/// `overrides` as the schema says it: each concern that gets numbers, its
/// interval within the evidence's range for it (as `overrides` checks).
#[cfg(all(test, not(target_arch = "wasm32")))]
struct OverridesSchema;

#[cfg(all(test, not(target_arch = "wasm32")))]
impl schemars::JsonSchema for OverridesSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Overrides".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let file = generator.subschema_for::<OverrideFile>().to_value();
        let mut properties = serde_json::Map::new();
        for c in Concern::ALL {
            if c.treatability() != super::concern::Treatability::Treatable {
                continue;
            }
            let allowed = interval_allowed(c);
            properties.insert(
                c.id().into(),
                serde_json::json!({
                    "allOf": [file],
                    "properties": {"interval_weeks": {"minimum": allowed.min, "maximum": allowed.max}}
                }),
            );
        }
        schemars::json_schema!({
            "type": "object",
            "properties": properties,
            "additionalProperties": false
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
impl schemars::JsonSchema for Amount {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Amount".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "number",
            "minimum": 0,
            "maximum": AMOUNT_LIMIT_MAJOR,
            "description": "Major units (e.g. dollars), at most 3 decimals; the currency's minor unit limits it further."
        })
    }
}

// ---------------------------------------------------------------------------
// The validated config the model uses
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClinicConfig {
    pub clinic: Clinic,
    pub currency: Currency,
    pub locale: String,
    /// "en" or "es" when the clinic fixed the language.
    pub language: Option<String>,
    /// Per-session price by area, minor units. Areas without a price are not
    /// offered.
    pub prices: SmallMap<Area, PriceRange>,
    pub bundles: Vec<Bundle>,
    /// Sorted by sessions, ascending.
    pub packages: Vec<Package>,
    pub add_ons: Vec<AddOn>,
    pub concerns: Vec<Concern>,
    pub overrides: SmallMap<Concern, Override>,
    pub wording: SmallMap<String, WordingFile>,
    /// The config gave no `prices`: the default ones are the evidence's
    /// typical US facial range and our assumptions for the rest (gap 2,
    /// §3.4), and the result says so ("not this clinic's price
    /// list", evidence gap 2) unless the clinic wrote a `note` of its own
    /// (verify24 M1: a clinic that wrote a title alone lost it).
    pub default_prices: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Clinic {
    pub name: String,
    pub phone: Option<String>,
    /// `tel:` link target, digits with a leading +.
    pub phone_international: Option<String>,
    pub email: Option<String>,
    pub address: Vec<String>,
    pub contact_form_url: Option<String>,
    pub booking_url: Option<String>,
}

impl Clinic {
    /// The phone to show and its `tel:` target: the international form
    /// when given, else the number's own digits (a clinic that wrote only
    /// "030 555 0100" is still called from a phone in its country). Shown
    /// from where the number starts, at its first digit, `+` or bracket:
    /// the link says "Call" already ("Call Tel. 801-501-9797" read twice).
    pub fn tel(&self) -> Option<(&str, String)> {
        let shown = self.phone.as_ref().or(self.phone_international.as_ref())?;
        let target = self
            .phone_international
            .clone()
            .unwrap_or_else(|| dialled(shown));
        let shown = number_start(shown).trim_start_matches(|c| dial_digit(c).is_none() && c != '(');
        (target.len() > 2).then_some((shown, target))
    }

    /// The written phone and the number it dials, when that is not simply
    /// its digits in order (letters on the keypad, a label's digits, an
    /// extension or a second number left out), or when words follow its
    /// first digit ("801-501-9797 24 hours" dials the 24: what is a word's
    /// cannot always be told), for the console: the clinic's developer
    /// sees what the link dials.
    pub fn dialled_otherwise(&self) -> Option<(&str, String)> {
        let written = self
            .phone
            .as_deref()
            .filter(|_| self.phone_international.is_none())?;
        let (shown, target) = self.tel()?;
        let words = shown.bytes().any(|b| b.is_ascii_alphabetic());
        (words || !written.chars().filter_map(dial_digit).eq(target.chars()))
            .then_some((written, target))
    }

    /// A `phone` and `phone_international` that are not one number: the
    /// link shows the first and dials the second, so a typo in either
    /// calls a stranger under the clinic's name (verify46 F7). One number's
    /// international digits end with its written ones, less a trunk 0
    /// ("020 7946 0123" in "+442079460123"), or with their first 7 or more
    /// when words follow ("801-501-9797 24 hours").
    pub fn phones_disagree(&self) -> Option<(&str, &str)> {
        let (written, international) =
            (self.phone.as_deref()?, self.phone_international.as_deref()?);
        let digits = dialled(written);
        // Digits and `+` only: below '1' is a leading `+` or 0.
        let national = digits.trim_start_matches(|c| c < '1');
        let i = &international[1..];
        let same = i.ends_with(national)
            || (0..i.len().saturating_sub(6)).any(|s| national.starts_with(&i[s..]));
        (!same).then_some((written, international))
    }
}

/// Where a written phone's number starts: after a label that ends in a
/// colon before the seventh digit ("Call 24/7:", "Mo–Fr 9am–5pm:", "Phone
/// (main):"; verify25 M2: their digits were dialled), else at the start.
fn number_start(written: &str) -> &str {
    let mut start = written;
    let mut digits = 0;
    for (i, c) in written.char_indices() {
        if c == ':' && digits < 7 {
            start = &written[i + 1..];
        }
        digits += usize::from(c.is_ascii_digit());
    }
    start
}

/// What a `tel:` link dials for a number as written: its digits and `+`
/// from the first of them ("Tel. ", "☎ " before it are words and signs),
/// without a trunk 0 in brackets after a country code ("+44 (0)20 …",
/// "0049 (030) …"). A Latin letter word before the seventh digit is
/// dialled as a phone's keypad spells it, and so are the letter words after
/// it, up to 10 digits (11 after a leading 1, as in North America: the
/// letters beyond are not dialled): "1-800-FLOWERS", "1 800 GOT JUNK",
/// "1-877-KARS-4-KIDS" (verify23 M1, verify24 H1, verify25 H2, verify26).
/// Any other letter ends the number ("ext. 12", "x7", "Mo-Fr", "доб. 12",
/// "内線"), taking a short group glued to it along ("… 9797 24h"), as do a
/// word starting "ext" or the word "x", `#`, a bracket before a letter
/// ("(Mon–Fri)"), and, after the seventh digit, what comes between two
/// numbers: `/`, `,`, `;`, `(`, `|`, `&`, `+`, `·`, `•`, a line break, two
/// spaces or a spaced dash ("91 123 45 67 - 610 …").
fn dialled(written: &str) -> String {
    let text = number_start(written).trim_start_matches(|c| dial_digit(c).is_none());
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).map_or(b' ', |b| *b);
    // Read as dialled: a fullwidth "１-800-FLOWERS" is North American too.
    let mut lead = text.chars().filter_map(dial_digit);
    let lead = (lead.next(), lead.next());
    let international = lead.0 == Some('+') || lead == (Some('0'), Some('0'));
    let full = 10 + usize::from(lead.0 == Some('1') || lead == (Some('+'), Some('1')));
    let (mut number, mut digits, mut keypad, mut group) = (String::new(), 0, false, 0);
    for (i, c) in text.char_indices() {
        let letter = c.is_ascii_alphabetic();
        let before = at(i.wrapping_sub(1));
        if letter && !before.is_ascii_alphabetic() {
            let lower = |j| at(i + j) | 32;
            let ext = (lower(0), lower(1), lower(2)) == (b'e', b'x', b't')
                || lower(0) == b'x' && !at(i + 1).is_ascii_alphabetic();
            keypad = !ext && (digits < 7 || keypad);
        }
        if letter && keypad && digits < full {
            digits += 1;
            // The keypad: ABC 2, DEF 3, … PQRS 7, TUV 8, WXYZ 9.
            let n = (c as u8 | 32) - b'a';
            number.push(char::from(
                b'2' + (n - u8::from(n > 17) - u8::from(n > 24)) / 3,
            ));
        } else if letter
            || c == '#'
            || ends_number(c)
            || c == '(' && at(i + 1).is_ascii_alphabetic()
            || digits > 6
                && (matches!(c, '/' | ',' | ';' | '(' | '|' | '&' | '+' | '·' | '•' | '\n')
                    // " - ", " – ", two spaces: a second number follows
                    || c == ' ' && at(i + 1) == b' '
                    || before == b' '
                        && matches!(c, '-' | '–' | '—')
                        && at(i + c.len_utf8()) == b' ')
        {
            // "801 501 9797 24h", "… 2x": a short group glued to a word
            // after a whole number is the word's, not the number's.
            if letter && digits > 6 && before.is_ascii_digit() && number.len() - group < 3 {
                number.truncate(group);
            }
            break;
        } else if !(international && c == '0' && before == b'(') {
            match dial_digit(c) {
                Some(d) => {
                    digits += usize::from(d != '+');
                    number.push(d);
                }
                None => group = number.len(),
            }
        }
    }
    number
}

/// What a `tel:` link dials for a written character: its digit or `+`,
/// fullwidth ones ("０３−１２３４") as ASCII; nothing for the rest.
fn dial_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' | '+' => Some(c),
        '\u{ff10}'..='\u{ff19}' => char::from_u32(c as u32 - 0xff10 + '0' as u32),
        '\u{ff0b}' => Some('+'),
        _ => None,
    }
}

/// Where a written phone number ends: at a letter of any script ("ext.",
/// "доб.", "内線"). Not Unicode's letter table (`char::is_alphabetic`,
/// about 0.7 KB of gzipped wasm): ASCII letters, and any character from
/// U+00C0 up but the spaces, dashes and fullwidth digits and signs that
/// are written inside numbers (no-break and narrow spaces, en dash, minus).
pub fn ends_number(c: char) -> bool {
    c.is_ascii_alphabetic()
        || c >= '\u{c0}'
            && !matches!(c, '\u{2000}'..='\u{206f}' | '\u{2212}' | '\u{3000}' | '\u{ff01}'..='\u{ff20}')
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub areas: Vec<Area>,
    pub price: PriceRange,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Package {
    pub sessions: u32,
    pub percent_off: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddOnPrice {
    PercentOfSession(u32),
    PerSession(PriceRange),
    PerCourse(PriceRange),
    AtConsultation,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddOn {
    pub id: String,
    pub kind: AddOnKind,
    pub name: SmallMap<String, String>,
    pub track: Track,
    pub price: AddOnPrice,
}

impl AddOn {
    /// The name in `language`, else English, else any.
    pub fn name_in<'a>(&'a self, language: &'a str) -> &'a str {
        self.named_in(language).1
    }

    /// `name_in` with the language it is written in (as
    /// `ClinicConfig::wording_in_any`): a view marks a name in another
    /// (`lang`), or a screen reader reads an English-only extra in a
    /// Spanish widget with a Spanish voice (verify60 L2). An extra without
    /// a name shows its id, taken as `language`.
    pub fn named_in<'a>(&'a self, language: &'a str) -> (&'a str, &'a str) {
        let mut other = None;
        for (l, n) in self.name.iter() {
            if speaks(l, language) {
                return (l, n);
            }
            // The keys are sorted: the first, unless English comes later.
            if other.is_none() || l == "en" {
                other = Some((l.as_str(), n.as_str()));
            }
        }
        other.unwrap_or((language, &self.id))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Override {
    pub sessions: Option<Span>,
    pub interval_weeks: Option<u32>,
}

/// One problem in a config file, with the path of the field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub message: String,
}

impl ConfigError {
    /// "path: message", built without `core::fmt` (size; `Display` writes it).
    pub fn text(&self) -> String {
        cat(&[&self.path, ": ", &self.message])
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

fn err(path: impl Into<String>, message: impl Into<String>) -> ConfigError {
    ConfigError {
        path: path.into(),
        message: message.into(),
    }
}

/// Whether text keyed `tag` is in `language`: "en-GB" text is English,
/// as `language` and `lang` read it (verify37 F2: a UK clinic's title and
/// note were kept and never shown). The keys are sorted, so a plain "en"
/// comes before its regions.
pub fn speaks(tag: &str, language: &str) -> bool {
    tag.strip_prefix(language)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
}

/// Languages the widget has catalogues for. Text in another ("fr", or a
/// typo such as "sp") is kept, unshown, and the console says so once
/// (`embed::resolve`); a region of one ("en-GB") is that language's
/// (`speaks`).
pub const LANGUAGES: [&str; 2] = ["en", "es"];

const LANGUAGE_TAG: &str = "must be a language tag such as en or es";

/// What `is_locale_tag` accepts, as the schema says it.
#[cfg(all(test, not(target_arch = "wasm32")))]
const LANGUAGE_TAG_PATTERN: &str = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

/// What `is_web_link` accepts, as the schema says it: http(s), any case,
/// then a host after any `user@`.
#[cfg(all(test, not(target_arch = "wasm32")))]
const WEB_LINK_PATTERN: &str = r"^[Hh][Tt][Tt][Pp][Ss]?://([^\s/?#@\\]*@)?[^\s/?#@:\\]\S*$";

/// Text with something to see: not only white space (a no-break space
/// included) or zero-width characters, which left a clinic's name blank
/// (verify63 L6). The widget's `text` refuses the same.
#[cfg(all(test, not(target_arch = "wasm32")))]
const VISIBLE_PATTERN: &str = "[^\\s\\u200B-\\u200D\\u2060]";

/// The control characters `text` refuses, as the schema says it (not a
/// tab or a line end).
#[cfg(all(test, not(target_arch = "wasm32")))]
const CONTROL_PATTERN: &str = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]";

/// Placeholders a booking URL may contain.
pub const BOOKING_PLACEHOLDERS: [&str; 8] = [
    "concerns",
    "areas",
    "sessions_min",
    "sessions_max",
    "price_min",
    "price_max",
    "currency",
    "language",
];

const TEXT_LIMIT: usize = 500;

impl Default for ClinicConfig {
    /// The default clinic, validated from the already-read default file
    /// (the page parses the default JSON once, not twice). Validated at
    /// each call, not kept: a copy of a kept one brought the derived
    /// `Clone` of every section into the wasm, which cost more than
    /// validating the small default file again (bench/CUTS.md). A unit
    /// test keeps the default file free of problems
    /// (`the_default_config_has_no_problems`).
    fn default() -> Self {
        with_default_file(|file| validate(file, None, &mut Vec::new()))
    }
}

impl ClinicConfig {
    /// Strict: the config, or every problem found.
    pub fn from_json(text: &str) -> Result<ClinicConfig, Vec<ConfigError>> {
        let (config, problems) = ClinicConfig::salvage(Some(text), None);
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(problems)
        }
    }

    /// Lenient: every problem, plus the best config that can be built from
    /// the parts that are valid (the rest from the default clinic). The
    /// widget uses this to still show the right contact details: with a
    /// problem in the clinic section, only that section's valid fields,
    /// never the default clinic's (a visitor must not be sent to another
    /// clinic). `currency` replaces the file's: its amounts are then read
    /// in that currency's units. `None` is the default clinic, read once
    /// per page, in its US dollars whatever `currency` says: another would
    /// only relabel them (verify32 F5; `embed::resolve` says so).
    pub fn salvage(text: Option<&str>, currency: Option<&str>) -> (ClinicConfig, Vec<ConfigError>) {
        let Some(text) = text else {
            return (ClinicConfig::default(), Vec::new());
        };
        let mut problems = Vec::new();
        let json = match super::json::parse(text) {
            Ok(json) => json,
            Err(e) => {
                let start = text.trim_start();
                let why = if start.starts_with("<") {
                    "is a web page or other markup, not JSON: is the config URL (or the inline <script> block) right?".to_string()
                } else if start.is_empty() {
                    "is empty: a config is a JSON object, such as {\"clinic\": {…}}".to_string()
                } else {
                    e.message()
                };
                problems.push(err("(file)", why));
                return (fallback(), problems);
            }
        };
        // The loader's word for a config it could not download.
        if let super::json::Json::String(why) = &json {
            if why.starts_with("could not load ") {
                problems.push(err("(file)", why.clone()));
                return (fallback(), problems);
            }
        }
        let mut config = match super::config_reader::read(&json, &mut problems) {
            Some(file) => validate(&file, currency, &mut problems),
            None => fallback(),
        };
        if problems.iter().any(|p| p.path.starts_with("clinic")) {
            config.clinic = super::config_reader::lenient_clinic(&json)
                .map(valid_fields)
                .unwrap_or_default();
        }
        (config, problems)
    }

    /// An area a visitor can tick: priced, and not the scalp, which hair
    /// loss brings. The area question, prefill and share links all take
    /// this one rule (verify31 F4: a prefilled `scalp` took the face's
    /// place with a box the form does not have).
    pub fn tickable(&self, a: Area) -> bool {
        a != Area::Scalp && self.prices.contains_key(&a)
    }

    pub fn add_on(&self, id: &str) -> Option<&AddOn> {
        self.add_ons.iter().find(|a| a.id == id)
    }

    /// Wording override for `key` in `language`, if the clinic set one
    /// (never blank: validation refuses it).
    pub fn wording(
        &self,
        language: &str,
        key: fn(&WordingFile) -> &Option<String>,
    ) -> Option<&str> {
        self.written_in(language, key).map(|(_, text)| text)
    }

    /// The override for `key` in `language`, else in English, else in
    /// Spanish, with the tag of the language it is in: for the clinic's own
    /// words (a note such as "VAT included"), which no catalogue can stand
    /// in for (verify60 M3: a Spanish-only note vanished for English
    /// visitors). Text in a language the widget does not speak stays unshown.
    pub fn wording_in_any(
        &self,
        language: &str,
        key: fn(&WordingFile) -> &Option<String>,
    ) -> Option<(&str, &str)> {
        let mut found = None;
        for l in [language, "en", "es"] {
            found = found.or_else(|| self.written_in(l, key));
        }
        found
    }

    fn written_in(
        &self,
        language: &str,
        key: fn(&WordingFile) -> &Option<String>,
    ) -> Option<(&str, &str)> {
        // Key by key: an "en-GB" note beside an "en" title is English too
        // (verify38 G4).
        for (l, w) in &self.wording {
            if let Some(text) = key(w).as_deref().filter(|_| speaks(l, language)) {
                return Some((l, text));
            }
        }
        None
    }
}

/// Read once per page: every config is validated against it, and without
/// this the default file was parsed twice before the first paint (a sixth
/// of the widget's start-up on a slow phone, see bench/).
/// Lent, not copied: a copy of the whole file per config cost more
/// WebAssembly than it saved time.
fn with_default_file<R>(f: impl FnOnce(&ConfigFile) -> R) -> R {
    thread_local! {
        static FILE: ConfigFile = super::json::parse(DEFAULT_CONFIG_COMPACT)
            .ok()
            .and_then(|json| super::config_reader::read(&json, &mut Vec::new()))
            .unwrap_or_default();
    }
    FILE.with(f)
}

/// What the widget falls back to when the file is unusable: the default's
/// sections with no clinic at all (a visitor must not be sent to another
/// clinic).
fn fallback() -> ClinicConfig {
    let mut problems = Vec::new();
    let mut config = with_default_file(|file| validate(file, None, &mut problems));
    config.clinic = Clinic::default();
    config
}

/// Checks every value and converts amounts to minor units. Each section that
/// fails is replaced by the default clinic's, so the result is always usable.
fn validate(
    file: &ConfigFile,
    currency: Option<&str>,
    problems: &mut Vec<ConfigError>,
) -> ClinicConfig {
    with_default_file(|defaults| validate_against(file, defaults, currency, problems))
}

fn validate_against(
    file: &ConfigFile,
    defaults: &ConfigFile,
    currency: Option<&str>,
    problems: &mut Vec<ConfigError>,
) -> ClinicConfig {
    let mut take = Taker(problems);

    let valid_clinic = match &file.clinic {
        Some(c) => take.ok(clinic(c)),
        // Present but unreadable: its problem is already reported.
        None if take.0.iter().any(|p| p.path.starts_with("clinic")) => None,
        None => {
            take.ok::<Clinic>(Err(vec![err(
                "clinic",
                "required (name and contact details)",
            )]));
            None
        }
    };
    let currency = currency
        .or(file.currency.as_deref())
        .map(|c| take.ok(self::currency(c)))
        .unwrap_or_else(|| Some(Currency::usd()));
    let currency = currency.unwrap_or_else(Currency::usd);
    let locale = file
        .locale
        .as_ref()
        .map(|l| take.ok(locale(l)))
        .unwrap_or_else(|| Some("en-US".to_string()))
        .unwrap_or_else(|| "en-US".to_string());

    // Any language tag: one without a catalogue ("fr") falls back as the
    // `lang` attribute's does, with a console warning (embed::resolve),
    // instead of costing a French clinic its whole widget.
    let language = file.language.as_ref().and_then(|l| {
        take.ok(if is_locale_tag(l) {
            Ok(l.clone())
        } else {
            Err(vec![err("language", LANGUAGE_TAG)])
        })
    });
    let using_default_prices = file.prices.is_none();
    // The default prices are US dollars: in another currency they would be
    // the wrong figures (¥250 a session), not a clinic's own.
    // (Given but unreadable: its problem is already reported.)
    if using_default_prices
        && defaults.currency.as_deref() != Some(currency.code.as_str())
        && !take.0.iter().any(|p| p.path.starts_with("prices"))
    {
        take.ok::<()>(Err(vec![err(
            "prices",
            cat(&[
                "required: the default prices are in US dollars, not ",
                &currency.code,
            ]),
        )]));
    }
    let default_prices = || {
        defaults
            .prices
            .as_ref()
            .and_then(|p| prices(p, &currency).ok())
            .unwrap_or_default()
    };
    // Unreadable prices fall back to the default ones, which a clinic's
    // bundles are not checked against (verify30 F1: a correct £ bundle was
    // reported dearer or cheaper than the default clinic's dollars).
    let prices = match &file.prices {
        Some(p) => take.ok(prices(p, &currency)).unwrap_or_else(default_prices),
        None => default_prices(),
    };
    let unreadable = take.0.iter().any(|p| p.path.starts_with("prices"));
    let bundles = match (&file.bundles, using_default_prices) {
        (Some(b), _) => take
            .ok(bundles(b, (!unreadable).then_some(&prices), &currency))
            .unwrap_or_default(),
        // Default bundles only make sense with default prices.
        (None, true) => defaults
            .bundles
            .as_ref()
            .and_then(|b| bundles(b, Some(&prices), &currency).ok())
            .unwrap_or_default(),
        (None, false) => Vec::new(),
    };
    // The default course discounts are the default clinic's offer, as its
    // bundles and extras are: only with its prices.
    let packages = file
        .packages
        .as_ref()
        .or(defaults.packages.as_ref().filter(|_| using_default_prices))
        .and_then(|p| take.ok(packages(p)))
        .unwrap_or_default();
    let add_ons = match (&file.add_ons, using_default_prices) {
        (Some(a), _) => take.ok(add_ons(a, &currency)).unwrap_or_default(),
        // The default extras are the default clinic's, priced with its
        // prices: not offered by a clinic that set its own and none.
        (None, true) => defaults
            .add_ons
            .as_ref()
            .and_then(|a| add_ons(a, &currency).ok())
            .unwrap_or_default(),
        (None, false) => Vec::new(),
    };
    // A concern is priced by the areas the visitor ticks for it: a skin
    // concern needs a priced skin area (with none, its area question was
    // empty and its price never came), stretch marks a priced body area
    // (they were priced on the face). Hair loss has the scalp, priced at
    // the consultation if need be. Without a `concerns` list, the clinic
    // offers what it can price; a list that names another is refused.
    let priceable = |c: &Concern| match c {
        Concern::HairLoss => true,
        Concern::StretchMarks => prices.keys().any(|a| a.is_body()),
        _ => prices.keys().any(|a| *a != Area::Scalp),
    };
    let concerns = file
        .concerns
        .as_ref()
        .and_then(|c| take.ok(concerns(c, &priceable)))
        .unwrap_or_else(|| {
            let mut offered = Vec::new();
            for c in Concern::ALL {
                if priceable(&c) {
                    offered.push(c);
                }
            }
            offered
        });
    let overrides = file
        .overrides
        .as_ref()
        .map(|o| take.ok(overrides(o)).unwrap_or_default())
        .unwrap_or_default();
    let wording = file
        .wording
        .as_ref()
        .map(|w| take.ok(wording(w)).unwrap_or_default())
        .unwrap_or_default();

    let fallback_clinic = || {
        defaults
            .clinic
            .as_ref()
            .and_then(|c| clinic(c).ok())
            .unwrap_or_default()
    };
    ClinicConfig {
        clinic: valid_clinic.unwrap_or_else(fallback_clinic),
        currency,
        locale,
        language,
        prices,
        bundles,
        packages,
        add_ons,
        concerns,
        overrides,
        wording,
        // The default clinic's own prices are the default ones too.
        default_prices: using_default_prices || std::ptr::eq(file, defaults),
    }
}

/// Moves a section's errors into the problem list, keeping its value if valid.
struct Taker<'a>(&'a mut Vec<ConfigError>);

impl Taker<'_> {
    fn ok<T>(&mut self, r: Result<T, Vec<ConfigError>>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(mut e) => {
                self.0.append(&mut e);
                None
            }
        }
    }
}

fn collect<T>(errors: Vec<ConfigError>, value: T) -> Result<T, Vec<ConfigError>> {
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// The reader has trimmed `value`: blank is empty. A tab and a Windows
/// line end (text from a spreadsheet or a Windows editor) are white space,
/// shown as such: as refused control characters they cost a clinic its
/// widget.
fn text(path: &str, value: &str, errors: &mut Vec<ConfigError>) {
    if value.chars().all(|c| {
        c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
    }) {
        errors.push(err(path, "must not be empty"));
    } else if value.chars().count() > TEXT_LIMIT {
        errors.push(err(
            path,
            cat(&[
                "must be at most ",
                &number(TEXT_LIMIT as u64),
                " characters",
            ]),
        ));
    } else if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        errors.push(err(path, "must not contain control characters"));
    }
}

/// Only these schemes may become links: anything else (javascript:, data:,
/// vbscript:, relative paths) is refused.
pub fn is_allowed_link(url: &str) -> bool {
    let lower = url.trim_ascii().to_ascii_lowercase();
    let ok_scheme = ["https://", "http://", "tel:", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s));
    ok_scheme
        && url.chars().count() <= 2000
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
        && url.len() > super::text::find_any(&lower, b":").unwrap_or(0) + 1
}

/// An allowed link that is a web page (https:// or http://, then a host:
/// "https:///path" led to `https://path/`): the booking and contact-form
/// links, the `share-url` attribute.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.trim_ascii().to_ascii_lowercase();
    let authority = super::text::split_once(&lower, "://")
        .map_or("", |(_, rest)| super::text::head(rest, b"/?#\\"));
    // "https://:443" and "https://@" have none.
    let host = &authority[authority
        .bytes()
        .rposition(|b| b == b'@')
        .map_or(0, |i| i + 1)..];
    is_allowed_link(url)
        && (lower.starts_with("https://") || lower.starts_with("http://"))
        && !super::text::head(host, b":").is_empty()
}

fn web_link(path: &str, url: &str, errors: &mut Vec<ConfigError>) {
    if !is_web_link(url) {
        errors.push(err(
            path,
            "must be a web address starting with https:// or http://, without spaces",
        ));
    }
}

fn clinic(c: &ClinicFile) -> Result<Clinic, Vec<ConfigError>> {
    let mut errors = Vec::new();
    text("clinic.name", &c.name, &mut errors);
    if let Some(p) = &c.phone {
        text("clinic.phone", p, &mut errors);
        // Dialled up to its first letter, as `Clinic::tel` does: "call us"
        // would drop the phone link without a word.
        let digits = dialled(p).bytes().filter(|b| *b != b'+').count();
        if c.phone_international.is_none() && digits < 3 {
            errors.push(err(
                "clinic.phone",
                "has no number to dial: write its digits, or add phone_international",
            ));
        }
    }
    if let Some(p) = &c.phone_international {
        let digits = p.strip_prefix("+").unwrap_or("");
        if !(7..=15).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            errors.push(err(
                "clinic.phone_international",
                "must be + followed by 7 to 15 digits, e.g. +18015019797",
            ));
        }
    }
    if let Some(e) = &c.email {
        if !is_email(e) {
            errors.push(err(
                "clinic.email",
                // Not every mail app reads a `mailto:` with accents.
                if super::text::cut(e, b'@').is_some_and(|(_, domain)| !domain.is_ascii()) {
                    "must be an e-mail address like name@example.com, a domain with accents in its xn-- form"
                } else {
                    "must be an e-mail address like name@example.com"
                },
            ));
        }
    }
    for (i, line) in c.address.iter().enumerate() {
        text(&index("clinic.address", i), line, &mut errors);
    }
    if let Some(u) = &c.contact_form_url {
        web_link("clinic.contact_form_url", u, &mut errors);
    }
    if let Some(u) = &c.booking_url {
        web_link("clinic.booking_url", u, &mut errors);
        for placeholder in placeholders(u) {
            if !BOOKING_PLACEHOLDERS.contains(&placeholder.as_str()) {
                errors.push(err(
                    "clinic.booking_url",
                    cat(&[
                        "unknown placeholder {",
                        &placeholder,
                        "}; allowed: ",
                        &super::text::join(&BOOKING_PLACEHOLDERS, ", "),
                    ]),
                ));
            }
        }
    }
    if c.phone.is_none()
        && c.phone_international.is_none()
        && c.email.is_none()
        && c.contact_form_url.is_none()
        && c.booking_url.is_none()
    {
        errors.push(err(
            "clinic",
            "needs at least one way to book: phone, phone_international, email, contact_form_url or booking_url",
        ));
    }
    collect(
        errors,
        Clinic {
            name: c.name.clone(),
            phone: c.phone.clone(),
            phone_international: c.phone_international.clone(),
            email: c.email.clone(),
            address: c.address.clone(),
            contact_form_url: c.contact_form_url.clone(),
            booking_url: c.booking_url.clone(),
        },
    )
}

/// A clinic section with problems, less each field that has one: what a
/// contact card can still show.
fn valid_fields(mut c: ClinicFile) -> Clinic {
    if let Err(errors) = clinic(&c) {
        let bad = |field: &str| {
            errors.iter().any(|e| {
                e.path
                    .strip_prefix("clinic.")
                    .is_some_and(|p| super::text::head(p, b"[") == field)
            })
        };
        if bad("name") {
            c.name.clear();
        }
        for (field, value) in [
            ("phone", &mut c.phone),
            ("phone_international", &mut c.phone_international),
            ("email", &mut c.email),
            ("contact_form_url", &mut c.contact_form_url),
            ("booking_url", &mut c.booking_url),
        ] {
            if bad(field) {
                *value = None;
            }
        }
        if bad("address") {
            c.address.clear();
        }
    }
    Clinic {
        name: c.name,
        phone: c.phone,
        phone_international: c.phone_international,
        email: c.email,
        address: c.address,
        contact_form_url: c.contact_form_url,
        booking_url: c.booking_url,
    }
}

/// No `%`: a mail app percent-decodes a `mailto:` address, so
/// `info%40clinic.example%2Cspy@evil.example` would send the visitor's
/// plan to two addresses (verify46 F6).
pub fn is_email(e: &str) -> bool {
    let Some((local, domain)) = super::text::cut(e, b'@') else {
        return false;
    };
    let ok_chars = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || super::text::is_one_of(b, b"._+-"))
    };
    e.len() <= 254
        && !local.is_empty()
        && super::text::find_any(domain, b".").is_some()
        && !domain.starts_with(".")
        && !domain.ends_with(".")
        && ok_chars(local)
        && ok_chars(domain)
}

fn placeholders(url: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = url;
    while let Some(start) = super::text::find_any(rest, b"{") {
        let after = &rest[start + 1..];
        match super::text::find_any(after, b"}") {
            Some(end) => {
                found.push(after[..end].to_string());
                rest = &after[end + 1..];
            }
            None => {
                found.push(after.to_string());
                break;
            }
        }
    }
    found
}

fn currency(code: &str) -> Result<Currency, Vec<ConfigError>> {
    if Currency::is_valid_code(code) {
        Ok(Currency::new(code))
    } else {
        Err(vec![err(
            "currency",
            "must be a three-letter ISO 4217 code in capitals, e.g. USD",
        )])
    }
}

/// A BCP 47-shaped tag such as "en-US" or "es-419".
pub fn is_locale_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && super::text::pieces(tag, b"-").all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
        && Some(super::text::head(tag, b"-")).is_some_and(|l| {
            (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

fn locale(tag: &str) -> Result<String, Vec<ConfigError>> {
    if is_locale_tag(tag) {
        Ok(tag.to_string())
    } else {
        Err(vec![err(
            "locale",
            "must be a language tag such as en-US or es-MX",
        )])
    }
}

fn minor(path: &str, amount: Amount, currency: &Currency, errors: &mut Vec<ConfigError>) -> u64 {
    // Amount is in thousandths of a major unit.
    let divisor = 10u64.pow(3u32.saturating_sub(currency.minor_digits));
    if !amount.0.is_multiple_of(divisor) {
        errors.push(err(
            path,
            cat(&[
                "has more decimals than ",
                &currency.code,
                " allows (",
                &number(u64::from(currency.minor_digits)),
                ")",
            ]),
        ));
    }
    amount.0 / divisor
}

fn range(
    path: &str,
    min: Amount,
    max: Amount,
    currency: &Currency,
    errors: &mut Vec<ConfigError>,
) -> PriceRange {
    let lo = minor(&join(path, "min"), min, currency, errors);
    let hi = minor(&join(path, "max"), max, currency, errors);
    if lo > hi {
        errors.push(err(join(path, "min"), "must not be above max"));
    }
    // Nothing priced is free: a 0 is a placeholder left in, and the
    // estimate began at "£0" (an extra that costs nothing is no extra).
    // A max of 0 has a min above it or of 0: said either way.
    // (0.001 dollars is above 0, with too many decimals: said once.)
    if min.0 == 0 {
        errors.push(err(join(path, "min"), "must be above 0"));
    }
    PriceRange::new(lo, hi)
}

fn prices(
    p: &SmallMap<String, RangeFile>,
    currency: &Currency,
) -> Result<SmallMap<Area, PriceRange>, Vec<ConfigError>> {
    let mut errors = Vec::new();
    let mut out = SmallMap::new();
    for (key, r) in p {
        let path = join("prices", key);
        let Some(area) = Area::ALL.into_iter().find(|a| a.id() == key) else {
            let allowed: Vec<_> = Area::ALL.iter().map(|a| a.id()).collect();
            errors.push(err(
                path,
                cat(&[
                    "unknown area `",
                    key,
                    "`; expected one of ",
                    &super::text::join(&allowed, ", "),
                ]),
            ));
            continue;
        };
        let range = range(&path, r.min, r.max, currency, &mut errors);
        out.insert(area, range);
    }
    if p.is_empty() {
        errors.push(err("prices", "must price at least one area"));
    }
    collect(errors, out)
}

/// `prices`: the clinic's own, to check the bundles against; `None` when
/// they could not be read (their errors say what is wrong).
fn bundles(
    b: &[BundleFile],
    prices: Option<&SmallMap<Area, PriceRange>>,
    currency: &Currency,
) -> Result<Vec<Bundle>, Vec<ConfigError>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (i, bundle) in b.iter().enumerate() {
        let path = index("bundles", i);
        let before = errors.len();
        // In `Area::ALL` order, each once (filtering the fixed list, not
        // sorting: a sort would add its own WebAssembly for one use).
        let mut areas: Vec<Area> = Vec::new();
        for a in Area::ALL {
            if bundle.areas.contains(&a) {
                areas.push(a);
            }
        }
        if areas.len() < 2 || areas.len() != bundle.areas.len() {
            errors.push(err(
                join(&path, "areas"),
                "must list at least two different areas",
            ));
        }
        let price = range(&path, bundle.min, bundle.max, currency, &mut errors);
        if let Some(prices) = prices {
            // Compared only once its areas and its range are right
            // (verify30 F1: a bundle of one area was both cheaper and
            // dearer than it).
            let valid = errors.len() == before;
            let mut apart = PriceRange::ZERO;
            for a in &areas {
                let Some(p) = prices.get(a) else {
                    errors.push(err(
                        join(&path, "areas"),
                        cat(&["`", a.id(), "` has no price in prices"]),
                    ));
                    continue;
                };
                apart = apart.plus(*p);
                // Cheaper than one of its areas, a visitor adding an area
                // (or a concern that reaches one) would lower the price,
                // which the estimate promises never happens (verify29).
                if valid && (price.min < p.min || price.max < p.max) {
                    errors.push(err(
                        path.clone(),
                        cat(&["must not cost less than `", a.id(), "` alone"]),
                    ));
                }
            }
            // Dearer than its areas apart, it would be applied anyway and
            // the visitor charged more for the combination (verify29 F3);
            // all of them priced.
            if errors.len() == before && (price.min > apart.min || price.max > apart.max) {
                errors.push(err(path.clone(), "must not cost more than its areas apart"));
            }
        }
        out.push(Bundle { areas, price });
    }
    collect(errors, out)
}

/// Package discounts must never make a longer course cheaper than a shorter
/// one (the estimate promises that more sessions never lower the price):
/// `sessions × (100 − off)` must not drop below `(sessions − 1) × (100 −
/// previous off)`.
fn packages(p: &[PackageFile]) -> Result<Vec<Package>, Vec<ConfigError>> {
    let mut errors = Vec::new();
    let mut previous: Option<PackageFile> = None;
    for (i, pack) in p.iter().enumerate() {
        let path = index("packages", i);
        if pack.sessions < 2 || pack.sessions > 50 {
            errors.push(err(join(&path, "sessions"), "must be between 2 and 50"));
        }
        if pack.percent_off == 0 || pack.percent_off > 50 {
            errors.push(err(join(&path, "percent_off"), "must be between 1 and 50"));
        }
        let prev_off = previous.map_or(0, |p| p.percent_off);
        if let Some(prev) = previous {
            if pack.sessions <= prev.sessions {
                errors.push(err(
                    join(&path, "sessions"),
                    "must be larger than the previous package's",
                ));
            } else if pack.percent_off < prev.percent_off {
                errors.push(err(
                    join(&path, "percent_off"),
                    "must not be smaller than the previous package's",
                ));
            }
        }
        let with = u64::from(pack.sessions) * u64::from(100u32.saturating_sub(pack.percent_off));
        let without =
            u64::from(pack.sessions.saturating_sub(1)) * u64::from(100 - prev_off.min(100));
        if pack.percent_off <= 50 && with < without {
            errors.push(err(
                join(&path, "percent_off"),
                cat(&[
                    "too large: ",
                    &number(u64::from(pack.sessions)),
                    " sessions would cost less than ",
                    &number(u64::from(pack.sessions - 1)),
                ]),
            ));
        }
        previous = Some(*pack);
    }
    collect(
        errors,
        p.iter()
            .map(|p| Package {
                sessions: p.sessions,
                percent_off: p.percent_off,
            })
            .collect(),
    )
}

fn add_ons(a: &[AddOnFile], currency: &Currency) -> Result<Vec<AddOn>, Vec<ConfigError>> {
    let mut errors = Vec::new();
    let mut out: Vec<AddOn> = Vec::new();
    for (i, add_on) in a.iter().enumerate() {
        let path = index("add_ons", i);
        let id_ok = !add_on.id.is_empty()
            && add_on.id.len() <= 40
            && add_on
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            errors.push(err(
                join(&path, "id"),
                "must be 1–40 lower-case letters, digits or hyphens",
            ));
        } else if out.iter().any(|o| o.id == add_on.id) {
            errors.push(err(join(&path, "id"), "is used twice"));
        }
        if !add_on.name.contains_key("en") {
            errors.push(err(join(&path, "name.en"), "required"));
        }
        // Any language: one the widget does not speak ("fr") is kept,
        // unshown, with a console warning (embed::resolve).
        for (language, name) in &add_on.name {
            let at = cat(&[&path, ".name.", language]);
            if !is_locale_tag(language) {
                errors.push(err(at.clone(), LANGUAGE_TAG));
            }
            text(&at, name, &mut errors);
        }
        let set = [
            add_on.percent_of_session.is_some(),
            add_on.per_session.is_some(),
            add_on.per_course.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count();
        if set > 1 {
            errors.push(err(
                path.clone(),
                "set only one of percent_of_session, per_session, per_course",
            ));
        }
        let price = if let Some(p) = add_on.percent_of_session {
            if p == 0 || p > 500 {
                errors.push(err(
                    join(&path, "percent_of_session"),
                    "must be between 1 and 500",
                ));
            }
            AddOnPrice::PercentOfSession(p)
        } else if let Some(r) = add_on.per_session {
            AddOnPrice::PerSession(range(
                &join(&path, "per_session"),
                r.min,
                r.max,
                currency,
                &mut errors,
            ))
        } else if let Some(r) = add_on.per_course {
            AddOnPrice::PerCourse(range(
                &join(&path, "per_course"),
                r.min,
                r.max,
                currency,
                &mut errors,
            ))
        } else {
            AddOnPrice::AtConsultation
        };
        out.push(AddOn {
            id: add_on.id.clone(),
            kind: add_on.kind,
            name: add_on.name.clone(),
            track: match add_on.track {
                Some(TrackFile::Scalp) => Track::Scalp,
                _ => Track::Skin,
            },
            price,
        });
    }
    collect(errors, out)
}

fn concerns(
    c: &[Concern],
    priceable: &dyn Fn(&Concern) -> bool,
) -> Result<Vec<Concern>, Vec<ConfigError>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (i, concern) in c.iter().enumerate() {
        if out.contains(concern) {
            errors.push(err(
                index("concerns", i),
                cat(&["`", concern.id(), "` is listed twice"]),
            ));
        } else if !priceable(concern) {
            errors.push(err(
                index("concerns", i),
                cat(&[
                    "`",
                    concern.id(),
                    "` needs a priced ",
                    if *concern == Concern::StretchMarks {
                        "body area (arms, abdomen, thighs, buttocks or back)"
                    } else {
                        "skin area"
                    },
                    " to treat it on: price one, or leave it out",
                ]),
            ));
        } else {
            out.push(*concern);
        }
    }
    if c.is_empty() {
        errors.push(err("concerns", "must offer at least one concern"));
    }
    collect(errors, out)
}

/// The interval an override may set: the range §1b allows the concern
/// (`Protocol::interval_allowed`). Also the schema's (`OverridesSchema`).
fn interval_allowed(concern: Concern) -> Span {
    super::protocol::protocol(concern, super::severity::Severity::NotSure)
        .map_or(Span::new(1, 12), |p| p.interval_allowed)
}

fn overrides(
    o: &SmallMap<String, OverrideFile>,
) -> Result<SmallMap<Concern, Override>, Vec<ConfigError>> {
    let mut errors = Vec::new();
    let mut out = SmallMap::new();
    for (key, ov) in o {
        let path = join("overrides", key);
        let Some(concern) = Concern::ALL.into_iter().find(|c| c.id() == key) else {
            let allowed: Vec<_> = Concern::ALL.iter().map(|c| c.id()).collect();
            errors.push(err(
                path,
                cat(&[
                    "unknown concern `",
                    key,
                    "`; expected one of ",
                    &super::text::join(&allowed, ", "),
                ]),
            ));
            continue;
        };
        if concern.treatability() != super::concern::Treatability::Treatable {
            errors.push(err(
                path.clone(),
                "this concern gets no numbers, so it cannot be overridden",
            ));
        }
        if let Some(s) = ov.sessions {
            if s.min == 0 || s.max > 30 {
                errors.push(err(join(&path, "sessions"), "must be between 1 and 30"));
            }
            if s.min > s.max {
                errors.push(err(join(&path, "sessions.min"), "must not be above max"));
            }
        }
        let allowed = interval_allowed(concern);
        if let Some(w) = ov.interval_weeks {
            if w < allowed.min || w > allowed.max {
                errors.push(err(
                    join(&path, "interval_weeks"),
                    cat(&[
                        "must be between ",
                        &number(u64::from(allowed.min)),
                        " and ",
                        &number(u64::from(allowed.max)),
                        " for this concern: the evidence's range",
                    ]),
                ));
            }
        }
        out.insert(
            concern,
            Override {
                sessions: ov.sessions.map(|s| Span::new(s.min, s.max)),
                interval_weeks: ov.interval_weeks,
            },
        );
    }
    collect(errors, out)
}

fn wording(
    w: &SmallMap<String, WordingFile>,
) -> Result<SmallMap<String, WordingFile>, Vec<ConfigError>> {
    let mut errors = Vec::new();
    for (language, words) in w {
        let path = join("wording", language);
        // As for extras' names: another language is kept, unshown.
        if !is_locale_tag(language) {
            errors.push(err(path.clone(), LANGUAGE_TAG));
        }
        for (key, value) in [
            ("title", &words.title),
            ("intro", &words.intro),
            ("book_label", &words.book_label),
            ("note", &words.note),
        ] {
            if let Some(v) = value {
                text(&join(&path, key), v, &mut errors);
            }
        }
    }
    collect(errors, w.clone())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// `text` is what the `write!` it replaced wrote, and `Display` too.
    #[test]
    fn an_error_s_text_agrees_with_the_format_it_replaced() {
        for (path, message) in [
            ("", ""),
            ("prices.face", "must be above 0"),
            ("(file)", "é: {x}"),
        ] {
            let e = err(path, message);
            assert_eq!(e.text(), format!("{path}: {message}"));
            assert_eq!(e.to_string(), e.text());
        }
    }

    /// The default file validates without a problem (`ClinicConfig::default`
    /// validates it at each call and has nowhere to report one).
    #[test]
    fn the_default_config_has_no_problems() {
        let mut problems = Vec::new();
        let config = with_default_file(|file| validate(file, None, &mut problems));
        assert!(problems.is_empty(), "{problems:?}");
        assert!(config.default_prices);
        assert_eq!(config, ClinicConfig::default());
    }

    /// The widget's copy of the default file reads as the indented one does,
    /// strings (with their spaces and escaped quotes) untouched.
    #[test]
    fn the_compact_default_file_is_the_default_file() {
        use super::super::json::parse;
        assert_eq!(parse(DEFAULT_CONFIG_COMPACT), parse(DEFAULT_CONFIG_JSON));
        assert!(DEFAULT_CONFIG_COMPACT.starts_with(r#"{"$schema":"./config.schema.json","clinic":{"name":"Biorestoration Medical & Aesthetics","#));
        assert!(DEFAULT_CONFIG_COMPACT.len() < DEFAULT_CONFIG_JSON.len() * 4 / 5);
        let text = r#" { "a b" : [ "x\" y" , 1 ] } "#;
        let mut out = [0; 64];
        let n = compact(text.as_bytes(), &mut out);
        assert_eq!(&out[..n], br#"{"a b":["x\" y",1]}"#);
    }

    #[test]
    fn an_e_mail_address_has_a_local_part_an_at_and_a_dotted_domain_of_ascii() {
        for ok in [
            "info@biorestoration.com",
            "first.last+tag_1x@sub-domain.example.co",
        ] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "info(at)example.com",
            "dr smith@example.com",
            "jürgen@example.de",
            "info@localhost",
            "@example.com",
            "info@.example.com",
            "info@example.com.",
            "a@b@example.com",
            "info%40clinic.example%2Cspy@evil.example",
            "info@clinic%2Eexample.com",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    /// verify18 M2, verify24 M1: a clinic that sets no prices has the
    /// default ones, which the result calls what they are unless the
    /// clinic wrote a note of its own (`result_panel`); a title alone does
    /// not lose it.
    #[test]
    fn the_default_prices_are_known_as_such() {
        const CLINIC: &str = r#""clinic": {"name": "Only Clinic", "email": "a@example.com"}"#;
        let read = |json: &str| ClinicConfig::from_json(json).unwrap();
        assert!(ClinicConfig::default().default_prices);
        assert!(read(&format!("{{{CLINIC}}}")).default_prices);
        let with_title = read(&format!(
            r#"{{{CLINIC}, "wording": {{"en": {{"title": "Plan"}}}}}}"#
        ));
        assert!(with_title.default_prices);
        assert_eq!(with_title.wording("en", |w| &w.title), Some("Plan"));
        let own_prices = read(&format!(
            r#"{{{CLINIC}, "prices": {{"face": {{"min": 200, "max": 700}}}}}}"#
        ));
        assert!(!own_prices.default_prices);
    }

    /// verify37 F2: a UK or Mexican clinic writes the tag the rest of its
    /// config uses; "en-GB" text is English and "es-MX" Spanish, a plain
    /// "en" coming first key by key, and "eng" is neither.
    #[test]
    fn a_region_s_text_is_its_language_s() {
        const CLINIC: &str = r#""clinic": {"name": "Only Clinic", "email": "a@example.com"}"#;
        let config = ClinicConfig::from_json(&format!(
            r#"{{{CLINIC}, "wording": {{"en-GB": {{"title": "UK", "note": "VAT"}}, "en": {{"title": "Plain"}}, "es-MX": {{"note": "IVA incluido."}}, "eng": {{"intro": "?"}}}},
               "add_ons": [{{"id": "prp", "kind": "prp", "track": "skin", "percent_of_session": 25, "name": {{"en": "PRP", "es-MX": "PRP (MX)"}}}}]}}"#
        ))
        .unwrap();
        assert_eq!(config.wording("en", |w| &w.title), Some("Plain"));
        // verify38 G4: what the plain "en" lacks comes from its region.
        assert_eq!(config.wording("en", |w| &w.note), Some("VAT"));
        assert_eq!(config.wording("es", |w| &w.note), Some("IVA incluido."));
        assert_eq!(config.wording("en", |w| &w.intro), None);
        // verify60 M3: the clinic's note in the language it has.
        let note = |l| config.wording_in_any(l, |w| &w.note);
        assert_eq!(note("es"), Some(("es-MX", "IVA incluido.")));
        assert_eq!(note("fr"), Some(("en-GB", "VAT")));
        let spanish = ClinicConfig::from_json(&format!(
            r#"{{{CLINIC}, "wording": {{"es": {{"note": "IVA incluido."}}, "fr": {{"title": "?"}}}}}}"#
        ))
        .unwrap();
        assert_eq!(
            spanish.wording_in_any("en", |w| &w.note),
            Some(("es", "IVA incluido."))
        );
        assert_eq!(spanish.wording_in_any("en", |w| &w.title), None);
        assert_eq!(config.add_ons[0].name_in("es"), "PRP (MX)");
        assert_eq!(config.add_ons[0].name_in("en"), "PRP");
        assert_eq!(config.add_ons[0].named_in("es"), ("es-MX", "PRP (MX)"));
        assert_eq!(config.add_ons[0].named_in("fr"), ("en", "PRP"));
        assert!(speaks("en-GB", "en") && speaks("es", "es"));
        assert!(!speaks("eng", "en") && !speaks("es-MX", "en"));
    }

    /// `config.schema.json` (shipped in dist/) is generated from `ConfigFile`;
    /// this fails when the two drift apart. Regenerate with
    /// `UPDATE_SCHEMA=1 cargo test --lib shipped_schema`.
    #[test]
    fn shipped_schema_matches_the_rust_types() {
        let schema = schemars::schema_for!(ConfigFile);
        let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/config.schema.json");
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &generated).unwrap();
        }
        let shipped = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            shipped == generated,
            "config.schema.json is stale: run UPDATE_SCHEMA=1 cargo test --lib shipped_schema"
        );
    }

    #[test]
    fn schema_names_every_top_level_field_and_enum_value() {
        let schema = serde_json::to_value(schemars::schema_for!(ConfigFile)).unwrap();
        let text = schema.to_string();
        for field in crate::model::config_reader::TOP_FIELDS {
            assert!(schema["properties"].get(field).is_some(), "{field}");
        }
        for c in Concern::ALL {
            assert!(text.contains(&format!("\"{}\"", c.id())), "{c:?}");
        }
        for a in Area::ALL {
            assert!(text.contains(&format!("\"{}\"", a.id())), "{a:?}");
        }
        assert_eq!(schema["additionalProperties"], serde_json::json!(false));
    }

    /// The widget's reader accepts exactly the fields the schema documents.
    #[test]
    fn reader_fields_match_the_schema() {
        use crate::model::config_reader::*;
        let schema = serde_json::to_value(schemars::schema_for!(ConfigFile)).unwrap();
        let props = |v: &serde_json::Value| {
            let mut keys: Vec<String> = v["properties"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect();
            keys.sort();
            keys
        };
        let sorted = |fields: &[&str]| {
            let mut v: Vec<String> = fields.iter().map(|s| s.to_string()).collect();
            v.sort();
            v
        };
        assert_eq!(props(&schema), sorted(&TOP_FIELDS));
        for (def, fields) in [
            ("ClinicFile", &CLINIC_FIELDS[..]),
            ("RangeFile", &RANGE_FIELDS[..]),
            ("BundleFile", &BUNDLE_FIELDS[..]),
            ("PackageFile", &PACKAGE_FIELDS[..]),
            ("AddOnFile", &ADD_ON_FIELDS[..]),
            ("OverrideFile", &OVERRIDE_FIELDS[..]),
            ("SpanFile", &RANGE_FIELDS[..]),
            ("WordingFile", &WORDING_FIELDS[..]),
        ] {
            assert_eq!(props(&schema["$defs"][def]), sorted(fields), "{def}");
        }
    }

    #[test]
    fn default_prices_are_the_face_range_times_the_evidence_multipliers() {
        let config = ClinicConfig::default();
        let face = config.prices[&Area::Face];
        // §3.1 synthesis: $250–$700 per facial session.
        assert_eq!(face, PriceRange::new(25_000, 70_000));
        for area in Area::ALL {
            assert_eq!(
                config.prices[&area],
                face.percent(area.default_percent_of_face()),
                "{area:?} (§3.4 multipliers)"
            );
        }
        // §3.4: face + neck ×1.4, face + neck + décolletage ×1.8.
        assert_eq!(config.bundles[0].price, face.percent(140));
        assert_eq!(config.bundles[1].price, face.percent(180));
        // §3.4: 10% off a 3-pack, 15% off a 6-pack (lower ends, assumption).
        assert_eq!(
            config.packages,
            vec![
                Package {
                    sessions: 3,
                    percent_off: 10
                },
                Package {
                    sessions: 6,
                    percent_off: 15
                }
            ]
        );
    }

    #[test]
    fn links_accept_only_web_phone_and_mail_schemes() {
        for ok in [
            "https://a.example",
            "http://a.example/x?y=1",
            "tel:+18015019797",
            "mailto:a@b.co",
        ] {
            assert!(is_allowed_link(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "//evil.example",
            "/relative",
            "https://a.example/\u{0}x",
            "https://exa mple.com",
            "https:",
            "tel:",
        ] {
            assert!(!is_allowed_link(bad), "{bad:?}");
        }
    }
}
