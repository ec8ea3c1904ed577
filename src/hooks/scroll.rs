//! What the page scrolls to: the current search hit, the main column when a quiz starts or
//! ends, a linked filter's results or a panel's #fragment, and a figure chosen in the table.

use wasm_bindgen::JsCast;
use web_sys::ScrollLogicalPosition;
use yew::prelude::*;

use crate::hooks::use_effect_on;
use crate::state::{Action, View};

/// How long a figure chosen in the table or a summary flashes in the text.
const FLASH_MS: u32 = 1600;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Scrolls `el` into view, `block` as in scrollIntoView. (Topics are laid out as they are, no
/// longer at estimated heights, so nothing moves it after the jump.)
fn scroll_into_view(el: &web_sys::Element, block: ScrollLogicalPosition) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(block);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// The current hit (next/previous match), the main column for a quiz, and where a link points.
/// `opened`: the app has opened the linked view (`use_start_view`).
#[hook]
pub fn use_scroll_targets(view: &View, opened: bool) {
    // Next/previous match: bring the current hit into view.
    use_effect_on(view.hit_step, {
        let current = view.current_hit;
        move |_| {
            if let Some(n) = current {
                let el = document().and_then(|d| {
                    d.query_selector(&format!("mark.hit[data-hit=\"{n}\"]")).ok().flatten()
                });
                if let Some(el) = el {
                    scroll_into_view(&el, ScrollLogicalPosition::Center);
                }
            }
        }
    });

    // Starting or leaving a quiz brings the main column into view.
    use_effect_on(view.quiz.is_some(), |quizzing| {
        if *quizzing {
            if let Some(el) = document().and_then(|d| d.get_element_by_id("content")) {
                el.scroll_into_view();
            }
        }
    });

    // The browser scrolls to a #fragment of the server rendering by itself. A link with a
    // filter (?q=芯片, ?t=3) opens on its results, not on the masthead above them; a #fragment
    // in a panel drawn after start (#figures, #data) is scrolled to once it is there. Either
    // only while the reader has not scrolled the page themselves.
    let (filtered, panels) = (!view.filter.is_empty(), view.panels);
    use_effect_on((opened, panels), move |&(opened, panels)| {
        let w = web_sys::window();
        let hash = w.as_ref().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        let doc = w.as_ref().and_then(|w| w.document());
        let target = match hash.trim_start_matches('#') {
            "" if opened && filtered => doc.and_then(|d| d.get_element_by_id("content")),
            // (a fragment of the first view was the browser's to scroll to)
            id if panels && !id.is_empty() => {
                doc.and_then(|d| d.get_element_by_id(id)).filter(|el| {
                    el.closest(".figures-panel, .study-stats, .data-panel").ok().flatten().is_some()
                })
            }
            _ => None,
        };
        // (the scroll position is read only when there is somewhere to go: reading it makes
        // the browser lay the page out there and then, in the middle of hydrating it)
        if let Some(el) = target {
            if w.and_then(|w| w.scroll_y().ok()).is_some_and(|y| y <= 0.0) {
                scroll_into_view(&el, ScrollLogicalPosition::Start);
            }
        }
    });
}

/// A figure chosen in the table or a summary: bring it into view, focus it, stop flashing
/// later. A figure in a Q&A the filters hide: clear the filters first, then try again.
#[hook]
pub fn use_flash(view: &View, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    let filtered = !view.filter.is_empty();
    use_effect_on(view.flash.clone(), move |flash| {
        if let Some((id, n)) = flash.clone() {
            match document().and_then(|d| d.get_element_by_id(&id)) {
                Some(el) => {
                    scroll_into_view(&el, ScrollLogicalPosition::Center);
                    if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = h.focus();
                    }
                    let d = dispatch.clone();
                    gloo_timers::callback::Timeout::new(FLASH_MS, move || {
                        d.emit(Action::FlashDone(n))
                    })
                    .forget();
                }
                None if filtered => {
                    dispatch.emit(Action::ClearFilters);
                    dispatch.emit(Action::Flash(id));
                }
                None => {}
            }
        }
    });
}
