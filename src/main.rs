//! Briefing Explorer: mounts the app into the page.

mod app;
mod state;
mod components;
mod data;
mod i18n;
mod quiz_state;
mod storage;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
