//! Keys and clicks anywhere on the page: Escape closes the popover, "/" goes to the search box,
//! a click outside any figure closes a pinned one.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::use_effect_on;
use crate::state::Action;

/// Is the key going into a text field, a choice or an editable region?
fn typing(e: &web_sys::Event) -> bool {
    let el = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    el.is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.is_content_editable()
    })
}

/// Listens on the document for as long as the app is mounted.
#[hook]
pub fn use_global_keys(dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_effect_on((), move |_| {
        let doc = web_sys::window().and_then(|w| w.document());
        let listeners = doc.map(|doc| {
            let d = dispatch.clone();
            // not passive: "/" must not also type itself into the search box
            let options = EventListenerOptions::enable_prevent_default();
            let keys = EventListener::new_with_options(&doc, "keydown", options, move |e| {
                let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
                match k.key().as_str() {
                    "Escape" => d.emit(Action::Close),
                    // "/" goes to the search box, as on many sites, unless the reader is typing
                    "/" if !(k.ctrl_key() || k.meta_key() || k.alt_key() || typing(e)) => {
                        let search = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id("search"))
                            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                        if let Some(search) = search {
                            e.prevent_default();
                            let _ = search.focus();
                        }
                    }
                    _ => {}
                }
            });
            let d = dispatch.clone();
            let clicks = EventListener::new_with_options(&doc, "click", options, move |e| {
                let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                let on_figure =
                    target.as_ref().and_then(|el| el.closest(".fig, .popover").ok().flatten());
                if on_figure.is_none() {
                    d.emit(Action::Close);
                }
            });
            (keys, clicks)
        });
        move || drop(listeners)
    });
}
