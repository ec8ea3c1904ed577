//! Briefing Explorer: mounts the app into the page.

mod app;
mod state;
mod components;
mod data;
mod i18n;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
