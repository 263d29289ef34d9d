//! The widget's root: owns the visitor's answers (one reducer), computes the
//! outcome from them on every change, and lays out the steps and the result.

use super::area_picker::AreaPicker;
use super::concern_picker::ConcernPicker;
use super::context::Ctx;
use super::result_panel::ResultPanel;
use super::state::{Action, State};
use crate::i18n::Language;
use crate::model::{estimate, Answers, ClinicConfig};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EstimatorProps {
    pub config: Rc<ClinicConfig>,
    #[prop_or_default]
    pub language: Language,
    /// Prefilled answers (attributes, URL parameters, a share link).
    #[prop_or_default]
    pub initial: Answers,
    /// Unique per instance on the page.
    #[prop_or(AttrValue::Static("te"))]
    pub id_prefix: AttrValue,
}

#[component]
pub fn Estimator(props: &EstimatorProps) -> Html {
    let state = {
        let initial = props.initial.clone();
        use_reducer(move || State::new(initial))
    };
    let ctx = Ctx {
        config: props.config.clone(),
        language: props.language,
        ids: props.id_prefix.clone(),
    };
    let outcome = {
        let config = props.config.clone();
        use_memo((state.answers.clone(), config), |(answers, config)| {
            estimate(answers, config)
        })
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let t = ctx.t();
    let title = ctx
        .config
        .wording(ctx.language.code(), |w| &w.title)
        .unwrap_or(t.title)
        .to_string();
    let intro = ctx
        .config
        .wording(ctx.language.code(), |w| &w.intro)
        .unwrap_or(t.intro)
        .to_string();

    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div class="te-root" lang={ctx.language.code()}>
                <header class="te-header">
                    <h2 class="te-title" id={ctx.id("title")}>{ title }</h2>
                    <p class="te-intro">{ intro }</p>
                </header>
                <div class="te-layout">
                    <div class="te-steps">
                        <ConcernPicker answers={state.answers.clone()} on_action={dispatch.clone()} />
                        <AreaPicker answers={state.answers.clone()} on_action={dispatch.clone()} />
                    </div>
                    <ResultPanel outcome={(*outcome).clone()} answers={state.answers.clone()} />
                </div>
            </div>
        </ContextProvider<Ctx>>
    }
}
