//! Briefing Explorer, the app: Yew components over the core crate (`briefing`).
//!
//! The same components run on both sides. At build time `prerender` (the `ssr` feature) renders
//! them natively into `index.html`, so the page a reader opens is already the app's first view:
//! readable at once, and without JavaScript. In the browser `main.rs` (the `hydration` feature)
//! adopts those nodes with `Renderer::hydrate` instead of building the page again. Both sides
//! render the same first view: no component reads the window, storage or the URL while it
//! renders. What the reader has stored or linked (language, theme, filters, quiz, study record,
//! an imported briefing) is applied by effects once the page is adopted.

mod app;
mod clock;
mod components;
mod data;
mod download;
mod i18n;
mod library;
mod quiz_state;
mod root;
mod state;
mod storage;

pub use root::Root;

/// The element the app lives in: `index.html` holds its server rendering.
pub const MOUNT_ID: &str = "app";

/// Adopts the server rendering in `#app` (see the crate's docs). A page without it (a build
/// whose prerender step did not run) is a build error, never a blank page: the reader keeps
/// whatever the page shows.
#[cfg(feature = "hydration")]
pub fn hydrate() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(MOUNT_ID));
    if let Some(root) = root {
        yew::Renderer::<Root>::with_root(root).hydrate();
    }
}

/// The app's first view as HTML, with the markers hydration needs: what `#app` holds.
#[cfg(feature = "ssr")]
pub fn server_render() -> String {
    futures::executor::block_on(yew::LocalServerRenderer::<Root>::new().hydratable(true).render())
}
