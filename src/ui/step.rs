//! The two steps whose re-render is worth skipping: the concern cards and
//! the 23 safety questions. Every click re-renders the Estimator, and these
//! two are most of the widget's elements, so Yew compares their inputs and
//! skips them when nothing they show changed (update latency, see bench/).
//!
//! One component for both, not one each: every component type has its own
//! copy of Yew's lifecycle code (about 1 KB of gzipped wasm).

use super::concern_picker::concern_picker;
use super::context::Ctx;
use super::screening_form::screening_form;
use super::state::Dispatch;
use crate::model::small_map::{SmallMap, SmallSet};
use crate::model::{Concern, Question};
use yew::prelude::*;

/// What a step shows: only the answers it needs.
#[derive(PartialEq)]
pub enum StepData {
    /// The ticked concerns (grades do not matter here).
    Concerns(SmallSet<Concern>),
    /// The safety answers, and whether the scar-age question applies.
    Safety(SmallMap<Question, &'static str>, bool),
}

#[derive(Properties, PartialEq)]
pub struct StepProps {
    /// The widget's shared context (config, language, id prefix).
    pub ctx: Ctx,
    pub data: StepData,
    pub on_action: Dispatch,
}

#[component]
pub fn Step(props: &StepProps) -> Html {
    match &props.data {
        StepData::Concerns(ticked) => concern_picker(&props.ctx, ticked, &props.on_action),
        StepData::Safety(screening, other_scars) => {
            screening_form(&props.ctx, screening, *other_scars, &props.on_action)
        }
    }
}
