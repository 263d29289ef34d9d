//! "Copy link to this estimate" (the choices in the URL fragment, confirmed
//! to screen readers) and "Print summary".

use super::context::Ctx;
use crate::embed::share;
use crate::model::Answers;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareActionsProps {
    /// The widget's shared context (config, language, id prefix).
    pub ctx: Ctx,
    pub answers: Answers,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

#[component]
pub fn ShareActions(props: &ShareActionsProps) -> Html {
    let ctx = &props.ctx;
    let t = ctx.t();
    let copied = use_state_eq(|| Copied::Not);
    let link = use_state_eq(String::new);
    {
        // A new choice makes the old confirmation stale.
        let copied = copied.clone();
        use_effect_with(props.answers.clone(), move |_| copied.set(Copied::Not));
    }
    let on_copy = {
        let copied = copied.clone();
        let link = link.clone();
        let answers = props.answers.clone();
        let language = ctx.language;
        Callback::from(move |_: MouseEvent| {
            let window = gloo::utils::window();
            let url = share::link(
                &window.location().href().unwrap_or_default(),
                &answers,
                language,
            );
            link.set(url.clone());
            let copied = copied.clone();
            let promise = window.navigator().clipboard().write_text(&url);
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(if ok { Copied::Done } else { Copied::Failed });
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
                { match *copied {
                    Copied::Not => html! {},
                    Copied::Done => html! { t.link_copied },
                    Copied::Failed => html! { <>{ t.copy_failed }{ " " }<span class="te-share-link">{ (*link).clone() }</span></> },
                } }
            </p>
        </div>
    }
}
