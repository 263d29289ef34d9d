//! Optional extras the clinic offers (PRP, boosters), with their price rule.

use super::context::Ctx;
use super::state::{Action, Dispatch};
use crate::model::config::AddOnPrice;
use crate::model::small_map::SmallSet;
use crate::model::Track;
use yew::prelude::*;

/// A plain view function: a component's bookkeeping cost more wasm than
/// re-rendering these few check boxes with their parent saves. `skin` and
/// `hair` are the tracks in the plan: extras only show with a track they go
/// with.
pub fn add_on_picker(
    ctx: &Ctx,
    chosen: &SmallSet<String>,
    skin: bool,
    hair: bool,
    on_action: &Dispatch,
) -> Html {
    let t = ctx.t();
    // Only extras that go with a track the visitor is interested in.
    let offered: Vec<_> = ctx
        .config
        .add_ons
        .iter()
        .filter(|a| match a.track {
            Track::Skin => skin,
            Track::Scalp => hair,
        })
        .collect();
    if offered.is_empty() {
        return html! {};
    }
    let language = ctx.language.code();
    html! {
        <fieldset class="te-step te-add-ons">
            <legend class="te-legend">{ t.step_add_ons }</legend>
            <ul class="te-options" role="list">
                { for offered.into_iter().map(|add_on| {
                    let id = ctx.id(&format!("x-{}", add_on.id));
                    let desc = format!("{id}-d");
                    let checked = chosen.contains(&add_on.id);
                    let add_on_id = add_on.id.clone();
                    let onchange = {
                        let cb = on_action.clone();
                        Callback::from(move |_: Event| cb.dispatch(Action::ToggleAddOn(add_on_id.clone())))
                    };
                    let price = match add_on.price {
                        AddOnPrice::PercentOfSession(p) => format!("+{p}% {}", t.per_session),
                        AddOnPrice::PerSession(r) => format!("{} {}", ctx.money_range(r), t.per_session),
                        AddOnPrice::PerCourse(r) => ctx.money_range(r),
                        AddOnPrice::AtConsultation => t.price_at_consultation.to_string(),
                    };
                    html! {
                        <li class="te-option">
                            <input type="checkbox" class="te-check" id={id.clone()} checked={checked}
                                aria-describedby={desc.clone()} {onchange} />
                            <label for={id}>{ add_on.name_in(language).to_string() }</label>
                            <span class="te-option-text" id={desc}>{ price }</span>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}
