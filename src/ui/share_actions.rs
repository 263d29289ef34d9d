//! "Copy link to this estimate" (the choices in the URL fragment, confirmed
//! to screen readers) and "Print summary".

use super::actions::{copy_text, host_attribute, page_url};
use super::context::Ctx;
use super::markup::Markup;
use super::state::{Action, Dispatch, Shared};
use crate::embed::share;
use crate::model::Answers;
use web_sys::Event;

/// Markup (`markup.rs`): the buttons name their action (`data-click`,
/// see `controls.rs`). What the copy did lives in the widget's state
/// (`Shared`, cleared by the next choice). While a press waits for the
/// clipboard (`copying`), the last line stays in sight but is hidden from
/// screen readers, so the answer is news again, also when it is the same
/// (emptying the line instead moved the panel for a frame).
pub fn share_actions(m: &mut Markup, ctx: &Ctx, shared: &Shared, copying: bool) {
    let t = ctx.t();
    m.fill(
        "<div class=\"te-share\"><div class=\"te-actions\">\
         <button type=\"button\" class=\"te-btn te-btn--small\" data-click=\"copy\">{}</button>\
         <button type=\"button\" class=\"te-btn te-btn--small\" data-click=\"print\">{}</button>\
         </div><p class=\"te-hint\" aria-live=\"polite\">",
        &[t.copy_link, t.print],
    );
    if copying {
        m.tag("<span aria-hidden=\"true\">");
    }
    match shared {
        Shared::Not => {}
        Shared::Copied => {
            m.text(t.link_copied);
        }
        Shared::Failed(link) => {
            // A field of its own, focused and selected when it appears
            // (`data-select`, web/markup.js): the link, not the sentence
            // around it, is what a copy then takes.
            m.fill(
                "{}<input class=\"te-share-link\" type=\"text\" readonly=\"\" value=\"{}\" aria-label=\"{}\" data-select=\"\"></input>",
                &[t.copy_failed, link, t.share_link_label],
            );
        }
    }
    if copying {
        m.tag("</span>");
    }
    m.tag("</p></div>");
}

/// Puts a link to these answers on the clipboard; the answer comes later,
/// as `Action::Shared` (a failure shows the link to copy by hand). Until
/// then the last answer's line is out of the live region (`CopyStarted`),
/// so each press is said again (the line would not change for a second
/// "copied") and a failure's field is drawn again, focused and selected as
/// it appears (`data-select`).
pub fn copy_link(ctx: &Ctx, answers: &Answers, on_action: &Dispatch, event: &Event) {
    // The element's `share-url` as it is now (`embed::share_page` says why).
    let page = host_attribute(event, "share-url")
        .and_then(|url| crate::embed::share_page(&url))
        .or_else(|| ctx.share_url.as_deref().map(String::from))
        .unwrap_or_else(|| share::page_for_sharing(&page_url()));
    let url = share::link(&page, answers, ctx.language);
    on_action.send_message(Action::CopyStarted);
    let (on_action, answers) = (on_action.clone(), answers.clone());
    let copied = copy_text(&url);
    wasm_bindgen_futures::spawn_local(async move {
        // `copyText` resolves to `true` or `false` (web/actions.js):
        // compared with `true` instead of `is_truthy`, whose import only
        // this used.
        let copied = wasm_bindgen_futures::JsFuture::from(copied)
            .await
            .is_ok_and(|ok| ok == wasm_bindgen::JsValue::TRUE);
        let shared = if copied {
            Shared::Copied
        } else {
            Shared::Failed(url)
        };
        on_action.send_message(Action::Shared(answers, shared));
    });
}
