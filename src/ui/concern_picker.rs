//! Step 1: the concerns, as cards with the article's short benefit text.

use super::context::Ctx;
use super::state::{Action, Dispatch};
use crate::model::small_map::SmallSet;
use crate::model::{Concern, Treatability};
use yew::prelude::*;

/// Rendered through `Step`, which skips it when the ticked concerns (grades
/// do not matter here) and the context did not change.
pub fn concern_picker(ctx: &Ctx, ticked: &SmallSet<Concern>, on_action: &Dispatch) -> Html {
    let t = ctx.t();
    html! {
        <fieldset class="te-step te-concerns">
            <legend class="te-legend">{ t.step_concerns }</legend>
            <p class="te-hint">{ t.step_concerns_hint }</p>
            <ul class="te-cards" role="list">
                { for ctx.config.concerns.iter().map(|&concern| {
                    let id = ctx.id(&format!("c-{}", concern.id()));
                    let desc = format!("{id}-d");
                    let checked = ticked.contains(&concern);
                    let onchange = {
                        let cb = on_action.clone();
                        Callback::from(move |_: Event| cb.dispatch(Action::ToggleConcern(concern)))
                    };
                    let not_treatable = concern.treatability() == Treatability::NotTreatable;
                    html! {
                        <li class="te-card" data-untreatable={not_treatable.then_some("")}>
                            <input type="checkbox" class="te-check" id={id.clone()} checked={checked}
                                aria-describedby={desc.clone()} {onchange} />
                            <label for={id}>{ (t.concern_name)(concern) }</label>
                            <p class="te-card-text" id={desc}>{ (t.concern_benefit)(concern) }</p>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}
