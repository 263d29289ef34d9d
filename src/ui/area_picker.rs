//! The treatment areas, which set the per-session price.

use super::context::Ctx;
use super::state::{Action, Dispatch};
use crate::model::small_map::SmallSet;
use crate::model::Area;
use yew::prelude::*;

/// A plain view function: a component's bookkeeping cost more wasm than
/// re-rendering these few check boxes with their parent saves.
pub fn area_picker(
    ctx: &Ctx,
    areas: &SmallSet<Area>,
    hair_loss: bool,
    on_action: &Dispatch,
) -> Html {
    let t = ctx.t();
    html! {
        <fieldset class="te-group te-areas">
            <legend>{ t.areas_legend }</legend>
            <ul class="te-chips" role="list">
                { for ctx.config.areas().into_iter().filter(|a| *a != Area::Scalp).map(|area| {
                    let id = ctx.id(&format!("a-{}", area.id()));
                    let checked = areas.contains(&area);
                    let onchange = {
                        let cb = on_action.clone();
                        Callback::from(move |_: Event| cb.dispatch(Action::ToggleArea(area)))
                    };
                    html! {
                        <li class="te-chip">
                            <input type="checkbox" class="te-check" id={id.clone()} checked={checked} {onchange} />
                            <label for={id}>{ (t.area_name)(area) }</label>
                        </li>
                    }
                }) }
            </ul>
            if hair_loss {
                <p class="te-hint">{ t.scalp_with_hair_loss }</p>
            }
        </fieldset>
    }
}
