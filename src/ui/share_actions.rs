//! "Copy link to this estimate" (the choices in the URL fragment, confirmed
//! to screen readers) and "Print summary".

use super::context::Ctx;
use super::state::{Action, Dispatch, Shared};
use crate::embed::share;
use crate::model::Answers;
use yew::prelude::*;

/// A plain view function: what the copy did lives in the widget's state
/// (`Shared`, cleared by the next choice), and the panel re-renders this on
/// every change anyway (a component cost about 1 KB of gzipped wasm).
pub fn share_actions(ctx: &Ctx, answers: &Answers, shared: &Shared, on_action: &Dispatch) -> Html {
    let t = ctx.t();
    let on_copy = {
        let on_action = on_action.clone();
        let answers = answers.clone();
        let language = ctx.language;
        Callback::from(move |_: MouseEvent| {
            let window = gloo::utils::window();
            let url = share::link(
                &window.location().href().unwrap_or_default(),
                &answers,
                language,
            );
            let promise = window.navigator().clipboard().write_text(&url);
            let (on_action, answers) = (on_action.clone(), answers.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                let shared = if ok {
                    Shared::Copied
                } else {
                    Shared::Failed(url)
                };
                on_action.dispatch(Action::Shared(answers, shared));
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="te-share">
            <div class="te-actions">
                <button type="button" class="te-btn te-btn--small" onclick={on_copy}>{ t.copy_link }</button>
                <button type="button" class="te-btn te-btn--small" onclick={on_print}>{ t.print }</button>
            </div>
            <p class="te-hint" aria-live="polite">
                { match shared {
                    Shared::Not => html! {},
                    Shared::Copied => html! { t.link_copied },
                    Shared::Failed(link) => html! { <>{ t.copy_failed }{ " " }<span class="te-share-link">{ link.clone() }</span></> },
                } }
            </p>
        </div>
    }
}
