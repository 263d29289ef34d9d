//! The treatment areas, which set the per-session price.

use super::context::Ctx;
use super::state::Action;
use crate::model::small_map::SmallSet;
use crate::model::Area;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AreaPickerProps {
    /// The widget's shared context (config, language, id prefix).
    pub ctx: Ctx,
    pub areas: SmallSet<Area>,
    pub hair_loss: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn AreaPicker(props: &AreaPickerProps) -> Html {
    let ctx = &props.ctx;
    let t = ctx.t();
    let hair_loss = props.hair_loss;
    html! {
        <fieldset class="te-group te-areas">
            <legend>{ t.areas_legend }</legend>
            <ul class="te-chips" role="list">
                { for ctx.config.areas().into_iter().filter(|a| *a != Area::Scalp).map(|area| {
                    let id = ctx.id(&format!("a-{}", area.id()));
                    let checked = props.areas.contains(&area);
                    let onchange = {
                        let cb = props.on_action.clone();
                        Callback::from(move |_: Event| cb.emit(Action::ToggleArea(area)))
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
