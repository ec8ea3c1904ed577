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
mod takeover;

fn main() {
    // The build puts a static rendering of the reading view in the page (readable before this
    // code arrives, or without JavaScript); the app takes over from it (see `takeover.rs`).
    // Someone may already be reading further down: the paragraph at the top of their screen
    // stays in the same place once the app has drawn the page.
    takeover::keep_place(
        || {
            let prerendered = web_sys::window().and_then(|w| w.document()).map(|d| takeover::take(&d)).unwrap_or_default();
            yew::Renderer::<root::Root>::with_props(root::Props { prerendered }).render();
        },
        || {},
    );
}
