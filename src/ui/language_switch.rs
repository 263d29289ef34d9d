//! A visible language switch: a labelled select with each language named in
//! itself (so a visitor who cannot read the current one still finds theirs).
//! A language whose file could not be loaded is reported in that language,
//! the one its reader asked for.

use super::context::Ctx;
use super::markup::Markup;
use super::state::Switching;
use crate::i18n::Language;

fn endonym(language: Language) -> &'static str {
    match language {
        Language::En => "English",
        Language::Es => "Español",
    }
}

/// In the language itself: its own catalogue is what failed to load.
fn not_loaded(language: Language) -> &'static str {
    match language {
        Language::En => "English could not be loaded. Please try again.",
        Language::Es => "No se pudo cargar el español. Inténtelo de nuevo.",
    }
}

/// In the language being loaded, as its reader asked for it.
fn loading(language: Language) -> &'static str {
    match language {
        Language::En => "Loading English…",
        Language::Es => "Cargando el español…",
    }
}

/// Markup (`markup.rs`) in the header: the select names its action
/// (`data-change="language"`, see `controls.rs`). A language still
/// downloading stays selected meanwhile.
pub fn language_switch(m: &mut Markup, ctx: &Ctx, switching: Switching) {
    let id = ctx.id("lang");
    let selected = match switching {
        Switching::Loading(l) => l,
        _ => ctx.language,
    };
    m.fill(
        "<div class=\"te-lang\"><label for=\"{}\">{}</label><select id=\"{}\" data-change=\"language\">",
        &[&id, ctx.t().language_label, &id],
    );
    for &l in Language::ALL.iter() {
        m.fill("<option value=\"{}\" lang=\"{}\"", &[l.code(), l.code()]);
        if l == selected {
            m.tag(" selected=\"\"");
        }
        m.fill(">{}</option>", &[endonym(l)]);
    }
    m.tag("</select>");
    // Always there, so a screen reader hears the download start (a live
    // region added with its text is often not announced); empty when idle.
    let (code, text) = match switching {
        Switching::Loading(l) => (l.code(), loading(l)),
        _ => (ctx.language.code(), ""),
    };
    m.fill(
        "<p class=\"te-lang-status\" aria-live=\"polite\" lang=\"{}\">{}</p>",
        &[code, text],
    );
    if let Switching::Failed(l) = switching {
        m.fill(
            "<p class=\"te-lang-error\" role=\"alert\" lang=\"{}\">{}</p>",
            &[l.code(), not_loaded(l)],
        );
    }
    m.tag("</div>");
}
