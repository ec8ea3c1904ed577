//! Briefing Explorer, the app: Yew components over the core crate (`briefing`).
//!
//! The same components run on both sides. At build time `prerender` (the `ssr` feature) renders
//! them natively into `index.html`, so the page a reader opens is already the app's first view:
//! readable at once, and without JavaScript. In the browser `main.rs` (the `hydration` feature)
//! hydrates those nodes with `Renderer::hydrate` instead of building the page again. Both sides
//! render the same first view: no component reads the window, storage or the URL while it
//! renders. What the reader has stored or linked (language, theme, filters, quiz, study record,
//! an imported briefing) is applied by effects once the page is hydrated.

mod app;
mod boot;
mod clock;
mod components;
mod data;
mod download;
mod hooks;
mod html_root;
mod i18n;
mod idb;
mod library;
mod library_books;
mod library_store;
mod quiz_state;
mod root;
mod state;
mod storage;
mod study_state;

pub use crate::boot::MOUNT_ID;
pub use crate::root::Root;

/// Hydrates the server rendering in `#app` (see `boot` for the steps). A page without it (a
/// build whose prerender step did not run) is a build error, never a blank page: the reader
/// keeps whatever the page shows.
#[cfg(feature = "hydration")]
pub fn hydrate() {
    boot::start(|root| {
        yew::Renderer::<Root>::with_root(root).hydrate();
    });
}

/// The app's first view as HTML, with the markers hydration needs: what `#app` holds.
#[cfg(feature = "ssr")]
pub fn server_render() -> String {
    futures::executor::block_on(yew::LocalServerRenderer::<Root>::new().hydratable(true).render())
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::server_render;

    #[test]
    fn the_server_renders_the_first_view_the_browser_hydrates() {
        // natively there is no window: a component that read the browser while rendering
        // would panic here
        let html = server_render();
        // the masthead and the editor's note, outside any suspense boundary
        assert!(html.contains("工信部解读2020年工业通信业热点"));
        assert!(html.contains(r#"<div class="note">"#));
        // every topic and Q&A, read without JavaScript
        assert_eq!(html.matches(r#"<section id="topic-"#).count(), 7);
        assert_eq!(html.matches(r#"<article id="#).count(), 10);
        // the labels in both languages, for the stylesheet to pick before the app starts
        assert!(
            html.contains(
                r#"<span class="ui-zh">热点目录</span><span class="ui-en">Topics</span>"#
            ),
            "{}",
            &html[..2000]
        );
        // the panels that need JavaScript come after start
        assert!(!html.contains("figures-table"));
        // the same bytes every time: what the build writes does not depend on when it runs
        assert_eq!(html, server_render());
    }
}
