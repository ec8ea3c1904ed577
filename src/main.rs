//! Briefing Explorer: mounts the app into the page.

mod app;
mod clock;
mod state;
mod components;
mod data;
mod i18n;
mod quiz_state;
mod storage;

fn main() {
    // The build puts a static rendering of the reading view in the page (readable before this
    // code arrives, or without JavaScript); the app takes over from it.
    if let Some(static_view) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerender"))
    {
        static_view.remove();
    }
    yew::Renderer::<app::App>::new().render();
}
