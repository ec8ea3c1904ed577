//! Taking over from the page's static rendering. The release build puts the reading view,
//! rendered by the core crate, in `index.html` (`#prerender`), so the briefing is readable
//! before this code arrives. The app draws its header, topic list and controls at once and keeps
//! the static topic sections on show, then replaces them one topic per task
//! (`Action::DrawNext`): the controls answer sooner, and no single task is long enough to hold
//! up a keystroke. Anything the reader does draws everything at once.

use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast};
use yew::{AttrValue, Callback};

use crate::components::rich_paragraph::anchor_at;
use crate::state::Action;

/// The static rendering's topic sections, in order, taken out of the page before the app mounts.
#[derive(Clone, Default)]
pub struct Prerendered(pub Rc<Vec<web_sys::Node>>);

impl PartialEq for Prerendered {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Takes `#prerender` out of the page, keeping its topic sections (`section.topic`) to show
/// until the app draws each one. Marked `data-static`, so a click on one of their figures can
/// be told apart.
pub fn take(document: &web_sys::Document) -> Prerendered {
    let mut nodes = Vec::new();
    if let Some(view) = document.get_element_by_id("prerender") {
        if let Ok(sections) = view.query_selector_all("section.topic") {
            for el in (0..sections.length()).filter_map(|i| sections.item(i)?.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.set_attribute("data-static", "");
                el.remove();
                nodes.push(web_sys::Node::from(el));
            }
        }
        view.remove();
    }
    Prerendered(Rc::new(nodes))
}

/// Where the reader is: the first paragraph that starts on screen (else the one that fills it),
/// and its distance from the top of the window. None at the top of the page.
pub fn reading_position() -> Option<(String, f64)> {
    let window = web_sys::window()?;
    if window.scroll_y().unwrap_or(0.0) <= 0.0 {
        return None;
    }
    let height = window.inner_height().ok()?.as_f64()?;
    let paras = window.document()?.query_selector_all("p.para[id]").ok()?;
    let mut filling = None;
    for p in (0..paras.length()).filter_map(|i| paras.item(i)?.dyn_into::<web_sys::Element>().ok()) {
        let r = p.get_bounding_client_rect();
        if r.top() >= 0.0 && r.top() < height {
            return Some((p.id(), r.top()));
        }
        if r.bottom() > 0.0 && r.top() < 0.0 && filling.is_none() {
            filling = Some((p.id(), r.top()));
        }
        if r.top() >= height {
            break;
        }
    }
    filling
}

thread_local! {
    /// the reader's place, kept from a change until the frame after it, with the scroll offset
    /// it was measured at
    static PLACE: std::cell::RefCell<Option<Kept>> = const { std::cell::RefCell::new(None) };
}

type Kept = (f64, Option<(String, f64)>);

fn scroll_y() -> f64 {
    web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

/// Runs `change` (which redraws part of the page), then, before the next paint, puts the
/// paragraph that was at the top of the screen back where it was, so the page does not jump
/// under the reader; then runs `then`.
pub fn keep_place(change: impl FnOnce(), then: impl FnOnce() + 'static) {
    // Several changes can come before the next frame: each keeps the place the reader had
    // before the first of them (measuring again in between would take the unrestored page for
    // the reader's place), unless the reader has scrolled since: then what they see now is
    // their place.
    let position = PLACE.with(|p| {
        let mut kept = p.borrow_mut();
        let now = scroll_y();
        match kept.as_ref() {
            Some((at, position)) if *at == now => position.clone(),
            _ => {
                let position = reading_position();
                *kept = Some((now, position.clone()));
                position
            }
        }
    });
    change();
    // Yew draws in a microtask; an animation frame comes after it and before the paint
    let restore = Closure::once_into_js(move || {
        PLACE.with(|p| p.borrow_mut().take());
        if let Some((id, top)) = position {
            let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
            if let (Some(w), Some(el)) = (web_sys::window(), el) {
                w.scroll_by_with_x_and_y(0.0, el.get_bounding_client_rect().top() - top);
            }
        }
        then();
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(restore.unchecked_ref());
    }
}

/// Is `el` part of the static rendering, not drawn by the app yet?
pub fn is_static(el: &web_sys::Element) -> bool {
    el.closest("[data-static]").ok().flatten().is_some()
}

/// A click on a figure of the static rendering (`mark`): draw everything, keeping the reader's
/// place, then open the figure's popover under the mark the app drew for it, once the frame has
/// laid out the topics around it (off-screen ones only get their real height then).
pub fn open_static_figure(mark: &web_sys::Element, dispatch: Callback<Action>) {
    let (now, id) = (dispatch.clone(), AttrValue::from(mark.id()));
    keep_place(
        move || now.emit(Action::DrawAll),
        move || {
            crate::clock::after_next_frame(move || {
                let live = web_sys::window().and_then(|w| w.document()).and_then(|doc| doc.get_element_by_id(&id));
                if let Some(p) = live.and_then(|el| anchor_at(&el, &id)) {
                    dispatch.emit(Action::Toggle(p));
                }
            })
        },
    );
}
