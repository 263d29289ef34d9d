//! A visible language switch: a labelled select with each language named in
//! itself (so a visitor who cannot read the current one still finds theirs).
//! A language whose file could not be loaded is reported in that language,
//! the one its reader asked for.

use super::context::Ctx;
use super::state::Switching;
use crate::i18n::Language;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

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

/// A plain view function in the Estimator's header (a component's
/// bookkeeping cost WebAssembly and bought nothing here).
pub fn language_switch(ctx: &Ctx, switching: Switching, on_change: &Callback<Language>) -> Html {
    let id = ctx.id("lang");
    let selected = match switching {
        Switching::Loading(l) => l,
        _ => ctx.language,
    };
    let onchange = {
        let cb = on_change.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            if let Some(language) = Language::from_tag(&value) {
                cb.emit(language);
            }
        })
    };
    html! {
        <div class="te-lang">
            <label for={id.clone()}>{ ctx.t().language_label }</label>
            <select id={id} {onchange}>
                { for Language::ALL.iter().map(|l| html! {
                    <option value={l.code()} selected={*l == selected} lang={l.code()}>{ endonym(*l) }</option>
                }) }
            </select>
            if let Switching::Failed(l) = switching {
                <p class="te-lang-error" role="alert" lang={l.code()}>{ not_loaded(l) }</p>
            }
        </div>
    }
}
