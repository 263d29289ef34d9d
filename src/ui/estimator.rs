//! The widget's root: owns the one reducer (answers, their outcome, language),
//! sends the host its events, and lays out the steps
//! beside (or above) the result.

use super::add_on_picker::add_on_picker;
use super::area_picker::area_picker;
use super::booking::plan_facts;
use super::context::{Ctx, SharedConfig};
use super::events::WidgetEvent;
use super::language_loader::{ensure, not_loaded};
use super::language_switch::language_switch;
use super::result_panel::result_panel;
use super::severity_picker::severity_picker;
use super::state::{Action, State};
use super::step::{Step, StepData};
use crate::i18n::Language;
use crate::model::small_map::SmallSet;
use crate::model::{Answers, Concern, Outcome, Price, Track};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EstimatorProps {
    pub config: SharedConfig,
    #[prop_or_default]
    pub language: Language,
    /// Prefilled answers (attributes, URL parameters, a share link).
    #[prop_or_default]
    pub initial: Answers,
    /// Unique per instance on the page.
    #[prop_or(AttrValue::Static("te"))]
    pub id_prefix: AttrValue,
    /// The host page's `utm_*` / `gclid`, forwarded to the booking link.
    #[prop_or_default]
    pub tracking: Rc<Vec<(String, String)>>,
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
}

#[component]
pub fn Estimator(props: &EstimatorProps) -> Html {
    // A language that is not ready (its file did not arrive with the wasm)
    // starts in English; picking it again loads it (`on_language`).
    let state = {
        let (initial, language) = (props.initial.clone(), props.language.shown());
        let config = props.config.clone();
        use_reducer(move || State::new(initial, language, config))
    };
    let ctx = Ctx {
        config: props.config.clone(),
        language: state.language,
        ids: props.id_prefix.clone(),
        tracking: props.tracking.clone(),
        on_event: props.on_event.clone(),
    };
    let outcome = state.outcome.clone();
    // Computed once per render: the event and the booking link both use it.
    // The first estimate also means the widget is ready: the event sink
    // sends `Ready` before it (one effect hook instead of two).
    let facts = plan_facts(&ctx, &outcome, &state.answers);
    {
        let on_event = props.on_event.clone();
        let eligibility = outcome.eligibility.id();
        use_effect_with((facts.clone(), eligibility), move |(facts, eligibility)| {
            on_event.emit(WidgetEvent::Estimate(facts.clone(), eligibility))
        });
    }
    // Stable across renders, so a child whose own props did not change is
    // not re-rendered: a click on a concern leaves the safety questions
    // alone (update latency, see bench/).
    let dispatch = state.dispatcher();
    // The page stays in its language until a new one's file arrives; the
    // reducer ignores a download the visitor stopped waiting for. (The
    // switch is a plain view, re-rendered with this one, so a fresh callback
    // costs nothing.)
    let on_language = {
        let dispatch = dispatch.clone();
        Callback::from(move |l: Language| {
            if l.is_ready() {
                dispatch.dispatch(Action::ShowLanguage(l));
                return;
            }
            dispatch.dispatch(Action::LoadLanguage(l));
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = ensure(l).await;
                if let Err(why) = &loaded {
                    not_loaded(l.code(), why);
                }
                dispatch.dispatch(Action::LanguageLoaded(l, loaded.is_ok()));
            });
        })
    };
    let t = ctx.t();
    let code = ctx.language.code();
    let title = ctx
        .config
        .wording(code, |w| &w.title)
        .unwrap_or(t.title)
        .to_string();
    let intro = ctx
        .config
        .wording(code, |w| &w.intro)
        .unwrap_or(t.intro)
        .to_string();
    let answers = &state.answers;
    let any_concern = !answers.concerns.is_empty();
    // The heading is found from the button itself (its widget's root), so
    // no node reference hook is needed.
    let jump = {
        let target = format!("#{}", ctx.id("result-h"));
        Callback::from(move |e: MouseEvent| {
            let heading = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|button| button.closest(".te-root").ok().flatten())
                .and_then(|r| r.query_selector(&target).ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(heading) = heading {
                heading.scroll_into_view();
                let _ = heading.focus();
            }
        })
    };
    let short = short_summary(&ctx, &outcome);
    let ticked: SmallSet<Concern> = answers.concerns.keys().copied().collect();

    html! {
        <div class="te-root" lang={code}>
            <header class="te-header">
                <div class="te-header-row">
                    <h2 class="te-title" id={ctx.id("title")}>{ title }</h2>
                    { language_switch(&ctx, state.switching, &on_language) }
                </div>
                <p class="te-intro">{ intro }</p>
            </header>
            <div class="te-layout">
                <div class="te-steps">
                    <Step ctx={ctx.clone()} data={StepData::Concerns(ticked)} on_action={dispatch.clone()}
                        pieces={state.pieces.clone()} />
                    if any_concern {
                        // Narrow layouts: the estimate is one tap away from the concerns.
                        <button type="button" class="te-btn te-btn--primary te-jump" onclick={jump}>
                            <span>{ short }</span><span aria-hidden="true">{ "↓" }</span>
                        </button>
                    }
                    if any_concern {
                        <fieldset class="te-step te-details">
                            <legend class="te-legend">{ t.step_details }</legend>
                            <p class="te-hint">{ t.step_details_hint }</p>
                            { severity_picker(&ctx, &answers.concerns, &dispatch) }
                            { area_picker(&ctx, &answers.areas, answers.concerns.contains_key(&Concern::HairLoss), &dispatch) }
                        </fieldset>
                        { add_on_picker(&ctx, &answers.add_ons,
                            answers.concerns.keys().any(|c| c.track() == Track::Skin),
                            answers.concerns.keys().any(|c| c.track() == Track::Scalp),
                            &dispatch) }
                    }
                    <Step ctx={ctx.clone()}
                        data={StepData::Safety(answers.screening.clone(), answers.concerns.contains_key(&Concern::OtherScars))}
                        on_action={dispatch.clone()} pieces={state.pieces.clone()} />
                    <button type="button" class="te-btn te-btn--small te-start-over"
                        onclick={ let d = dispatch.clone(); move |_: MouseEvent| d.dispatch(Action::StartOver) }>
                        { t.start_over }
                    </button>
                </div>
                { result_panel(&ctx, &outcome, answers, &facts, &state.shared, &dispatch, &state.pieces) }
            </div>
        </div>
    }
}

/// "4–5 sessions · $900–$3,150 · See your estimate", for the sticky bar.
fn short_summary(ctx: &Ctx, outcome: &Outcome) -> String {
    let t = ctx.t();
    let mut parts = Vec::new();
    if let Some(plan) = &outcome.plan {
        parts.push(t.sessions.range(plan.sessions.min, plan.sessions.max));
        if let Price::Range(p) = &plan.price {
            parts.push(ctx.money_range(p.total));
        }
    }
    parts.push(t.see_estimate.to_string());
    parts.join(" · ")
}
