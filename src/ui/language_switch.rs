//! A visible language switch: a labelled select with each language named in
//! itself (so a visitor who cannot read the current one still finds theirs).

use super::context::Ctx;
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

/// A plain view function in the Estimator's header (a component's
/// bookkeeping cost WebAssembly and bought nothing here).
pub fn language_switch(ctx: &Ctx, on_change: &Callback<Language>) -> Html {
    let id = ctx.id("lang");
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
                    <option value={l.code()} selected={*l == ctx.language} lang={l.code()}>{ endonym(*l) }</option>
                }) }
            </select>
        </div>
    }
}
