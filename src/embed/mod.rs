//! Putting the widget on a page: the mount API used by the demo page, the
//! custom element and the tests. No globals beyond an id counter: every
//! instance owns its state, and several can live on one page.

use crate::i18n::Language;
use crate::model::{Answers, Area, ClinicConfig};
use crate::ui::{Estimator, EstimatorProps};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::Element;
use yew::{AppHandle, AttrValue};

thread_local! {
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
}

/// A fresh id prefix ("te1", "te2", …) so two widgets never share an id.
pub fn next_id_prefix() -> AttrValue {
    let n = NEXT_INSTANCE.with(|c| {
        let n = c.get();
        c.set(n + 1);
        n
    });
    AttrValue::from(format!("te{n}"))
}

/// What a mount needs besides the element.
pub struct MountOptions {
    pub config: Rc<ClinicConfig>,
    pub language: Language,
    pub initial: Answers,
}

impl Default for MountOptions {
    fn default() -> Self {
        let config = Rc::new(ClinicConfig::default());
        let initial = default_answers(&config);
        MountOptions {
            config,
            language: Language::En,
            initial,
        }
    }
}

/// The face is preselected when the clinic offers it: it is where most
/// visitors want treatment, and a price needs an area.
pub fn default_answers(config: &ClinicConfig) -> Answers {
    let mut answers = Answers::default();
    if config.prices.contains_key(&Area::Face) {
        answers.areas.insert(Area::Face);
    }
    answers
}

/// Renders a widget into `root`. Keep the handle: dropping it does not
/// unmount; call `destroy()` on it to remove the widget.
pub fn mount(root: Element, options: MountOptions) -> AppHandle<Estimator> {
    let props = EstimatorProps {
        config: options.config,
        language: options.language,
        initial: options.initial,
        id_prefix: next_id_prefix(),
    };
    yew::Renderer::<Estimator>::with_root_and_props(root, props).render()
}
