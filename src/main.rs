//! Briefing Explorer: mounts the app into the page.

mod app;
mod clock;
mod state;
mod components;
mod data;
mod download;
mod library;
mod root;
mod i18n;
mod quiz_state;
mod storage;

use wasm_bindgen::{closure::Closure, JsCast};

fn main() {
    // The build puts a static rendering of the reading view in the page (readable before this
    // code arrives, or without JavaScript); the app takes over from it. Someone may already be
    // reading further down: remember the paragraph at the top of their screen and put it back
    // in the same place once the app has drawn the page, so the takeover does not jump.
    let window = web_sys::window();
    let document = window.as_ref().and_then(|w| w.document());
    let anchor = window.as_ref().filter(|w| w.scroll_y().unwrap_or(0.0) > 0.0).and_then(|_| reading_position(document.as_ref()?));
    if let Some(static_view) = document.as_ref().and_then(|d| d.get_element_by_id("prerender")) {
        static_view.remove();
    }
    yew::Renderer::<root::Root>::new().render();
    if let (Some(w), Some((id, top))) = (window, anchor) {
        // Yew draws in a microtask; an animation frame comes after it and before the paint
        let restore = Closure::once_into_js(move || {
            let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
            if let (Some(w), Some(el)) = (web_sys::window(), el) {
                w.scroll_by_with_x_and_y(0.0, el.get_bounding_client_rect().top() - top);
            }
        });
        let _ = w.request_animation_frame(restore.unchecked_ref());
    }
}

/// The first paragraph of the static view still (partly) on screen, and its distance from the
/// top of the viewport.
fn reading_position(document: &web_sys::Document) -> Option<(String, f64)> {
    let paras = document.query_selector_all("#prerender p.para[id]").ok()?;
    (0..paras.length())
        .filter_map(|i| paras.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|p| (p.id(), p.get_bounding_client_rect()))
        .find(|(_, r)| r.bottom() > 0.0)
        .map(|(id, r)| (id, r.top()))
}
