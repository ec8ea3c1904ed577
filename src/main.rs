//! Briefing Explorer: mounts the app into the page.

mod app;
mod state;
mod components;
mod data;
mod i18n;
mod quiz_state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
