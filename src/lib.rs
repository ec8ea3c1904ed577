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
mod html_root;
mod i18n;
mod library;
mod quiz_state;
mod root;
mod state;
mod storage;
mod study_state;

pub use root::Root;

/// The element the app lives in: `index.html` holds its server rendering.
pub const MOUNT_ID: &str = "app";

/// Adopts the server rendering in `#app` (see the crate's docs). A page without it (a build
/// whose prerender step did not run) is a build error, never a blank page: the reader keeps
/// whatever the page shows.
#[cfg(feature = "hydration")]
pub fn hydrate() {
    // Each step in a task of its own, short on a phone's CPU: this task also finished
    // compiling the module; then the transcript is parsed (three tasks, `data::parse_ahead`);
    // then the page is adopted.
    clock::next_task(|| data::parse_ahead(adopt));
}

#[cfg(feature = "hydration")]
fn adopt() {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().and_then(|w| w.document());
    // a search the reader typed before the app arrived: adopting the page resets the box to
    // its rendered value, and the app then searches for what was typed
    let typed = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("search"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .filter(|v| !v.trim().is_empty());
    app::typed_before_start(typed);
    let root = document.and_then(|d| d.get_element_by_id(MOUNT_ID));
    if let Some(root) = root {
        components::later::set_adopting(true);
        yew::Renderer::<Root>::with_root(root).hydrate();
    }
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
    fn the_server_renders_the_first_view_the_browser_adopts() {
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
