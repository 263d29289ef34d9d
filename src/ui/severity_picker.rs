//! Step 2a: how marked each ticked concern is, in the words of its scale
//! (evidence §5), with a plain description under every grade.

use super::context::Ctx;
use super::state::{Action, Dispatch};
use crate::model::small_map::SmallMap;
use crate::model::{Concern, Scale, Severity};
use yew::prelude::*;

/// A plain view function: a component's bookkeeping cost more wasm than
/// re-rendering these few radio groups with their parent saves.
pub fn severity_picker(
    ctx: &Ctx,
    concerns: &SmallMap<Concern, Severity>,
    on_action: &Dispatch,
) -> Html {
    let t = ctx.t();
    let graded: Vec<_> = ctx
        .config
        .concerns
        .iter()
        .copied()
        .filter(|c| concerns.contains_key(c) && Scale::of(*c) != Scale::None)
        .collect();
    if graded.is_empty() {
        return html! {};
    }
    html! {
        <div class="te-severities">
            { for graded.into_iter().map(|concern| {
                let chosen = concerns.get(&concern).copied();
                let name = ctx.id(&format!("s-{}", concern.id()));
                html! {
                    <fieldset class="te-group">
                        <legend>
                            { (t.concern_name)(concern) }
                            <span class="te-legend-note">{ " · " }{ (t.scale_name)(concern) }</span>
                        </legend>
                        <ul class="te-options" role="list">
                            { for Scale::of(concern).options().iter().map(|&severity| {
                                let id = format!("{name}-{}", severity.id());
                                let desc = format!("{id}-d");
                                let onchange = {
                                    let cb = on_action.clone();
                                    Callback::from(move |_: Event| cb.dispatch(Action::SetSeverity(concern, severity)))
                                };
                                html! {
                                    <li class="te-option">
                                        <input type="radio" class="te-radio" id={id.clone()} name={name.clone()}
                                            checked={chosen == Some(severity)} aria-describedby={desc.clone()} {onchange} />
                                        <label for={id}>{ (t.severity_name)(severity) }</label>
                                        <span class="te-option-text" id={desc}>{ (t.severity_description)(severity) }</span>
                                    </li>
                                }
                            }) }
                        </ul>
                    </fieldset>
                }
            }) }
        </div>
    }
}
