//! The `split` experiment (see `scripts/bench-split.sh`): views the first view does not hold,
//! each split off into a `.wasm` file of its own by wasm-split-cli and loaded the first time it
//! is needed. Each component here has the name and props of the view it stands for, draws an
//! empty placeholder until that view's code has arrived, and then draws the view. The quiz and
//! the worksheet fetch theirs when drawn (a quiz started); the statistics view and the data
//! panel, at the foot of the page, when their placeholder comes within 800 px of the window.
//!
//! The split points are `#[wasm_split]` functions that hand back a plain function drawing the
//! view: that function, and everything only it reaches, goes into the split-off file. Natively
//! (the server rendering) the split function is called directly; none of these views is in the
//! first view, so the page adopted is the same either way.

use yew::prelude::*;

/// Calls `f` once `slot`'s element comes within 800 px of the window (at once without an
/// element or an `IntersectionObserver`).
fn when_near(slot: &NodeRef, f: impl FnOnce() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(element) = slot.cast::<web_sys::Element>() else { return f() };
    let f = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let pending = f.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near = entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting());
            if near {
                observer.disconnect();
                if let Some(f) = f.take() {
                    f();
                }
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("800px");
    match web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        Ok(observer) => {
            observer.observe(&element);
            callback.forget();
        }
        // no observer: fetch it now
        Err(_) => {
            if let Some(f) = pending.take() {
                f();
            }
        }
    }
}

macro_rules! lazy_view {
    // `near`: drawn below the fold, its file is fetched once its place comes near the window;
    // otherwise as soon as it is drawn
    ($name:ident, $module:ident, $load:ident, $view:path, $props:path, near = $near:expr) => {
        // (`fallible`: a file that cannot be fetched is an error here, not an abort of the app)
        #[wasm_split_helpers::wasm_split($module, fallible)]
        fn $load() -> Result<fn($props) -> Html, wasm_split_helpers::SplitLoaderError> {
            Ok(|props| html! { <$view ..props /> })
        }

        #[component]
        pub fn $name(props: &$props) -> Html {
            let draw = use_state(|| None::<fn($props) -> Html>);
            let slot = use_node_ref();
            {
                let (draw, slot) = (draw.clone(), slot.clone());
                use_effect_with((), move |_| {
                    // (on a failed load the view stays empty; the experiment says no more)
                    let fetch = move || {
                        wasm_bindgen_futures::spawn_local(async move {
                            if let Ok(view) = $load().await {
                                draw.set(Some(view));
                            }
                        })
                    };
                    if $near {
                        when_near(&slot, fetch);
                    } else {
                        fetch();
                    }
                });
            }
            match *draw {
                Some(view) => view(props.clone()),
                None => html! { <div ref={slot} class="lazy-slot" /> },
            }
        }
    };
}

lazy_view!(QuizView, quiz, load_quiz, crate::components::quiz_view::QuizView, crate::components::quiz_view::Props, near = false);
lazy_view!(Worksheet, worksheet, load_worksheet, crate::components::worksheet::Worksheet, crate::components::worksheet::Props, near = false);
lazy_view!(StudyStats, stats, load_stats, crate::components::study_stats::StudyStats, crate::components::study_stats::Props, near = true);
lazy_view!(DataPanel, data, load_data, crate::components::data_panel::DataPanel, crate::components::data_panel::Props, near = true);
