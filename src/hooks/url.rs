//! The view in the address: the filters or the quiz a link opens with, the address kept in step
//! with the view (typing replaces the history entry, a chip pushes one), and back and forward.

use briefing::quiz::QuizUrl;
use briefing::search::{Filter, UrlNotice};
use yew::prelude::*;

use crate::boot;
use crate::data::Shared;
use crate::hooks::use_effect_on;
use crate::state::{Action, History, View};

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The filter and the quiz in the page's address, read against the briefing.
fn view_from_url(b: &briefing::Briefing) -> (Filter, Vec<UrlNotice>, Option<QuizUrl>) {
    let search = location().and_then(|l| l.search().ok()).unwrap_or_default();
    let (filter, notices) = Filter::from_query(&search, b);
    (filter, notices, QuizUrl::from_query(&search, b))
}

/// The address's filters or quiz (or what the reader typed before the app started), once the
/// page is hydrated; and the panels below the topics (the figures table, import and export:
/// JavaScript only) a frame later, so that hydrating the page is not held up by them. Returns
/// whether the app has opened the view the reader linked to: then `<html data-app="ready">`
/// tells tests and the benchmark that every part of the page is the app's. `from_address`:
/// the address is this briefing's (false for a briefing the reader opened).
#[hook]
pub fn use_start_view(
    briefing: &Result<Shared, String>,
    dispatch: &Callback<Action>,
    from_address: bool,
) -> bool {
    let opened = use_state(|| false);
    {
        let (dispatch, briefing, opened) = (dispatch.clone(), briefing.clone(), opened.clone());
        use_effect_on((), move |_| {
            boot::after_hydrated(move || {
                if let (Ok(b), true) = (&briefing, from_address) {
                    let (f, notices, quiz) = view_from_url(b);
                    let typed = boot::take_typed().filter(|_| f.query.is_empty() && quiz.is_none());
                    if !(f.is_empty() && notices.is_empty() && quiz.is_none()) {
                        dispatch.emit(Action::FromUrl(f, notices, quiz));
                    }
                    if let Some(q) = typed {
                        dispatch.emit(Action::SetQuery(q));
                    }
                }
                opened.set(true);
                let d = dispatch.clone();
                crate::clock::after_next_frame(move || {
                    let at_fragment =
                        location().and_then(|l| l.hash().ok()).is_some_and(|h| h.len() > 1);
                    d.emit(Action::ShowPanels { at_fragment });
                });
            })
        });
    }
    use_effect_on(*opened, |&opened| {
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
        if let (true, Some(root)) = (opened, root) {
            let _ = root.set_attribute("data-app", "ready");
        }
    });
    *opened
}

/// `path` with the query that names the briefing on show (`b=`, none for the built-in one)
/// before the view's `query` (with its `?`, or "").
pub fn url_with_briefing(name: Option<&str>, path: &str, query: &str) -> String {
    match (name, query.strip_prefix('?')) {
        (Some(n), Some(q)) => format!("{path}?b={n}&{q}"),
        (Some(n), None) => format!("{path}?b={n}"),
        (None, _) => format!("{path}{query}"),
    }
}

/// `search` (the address's query, with its `?`) without the briefing's name (`b=`).
pub fn without_briefing(search: &str) -> String {
    let rest: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("b="))
        .collect();
    if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    }
}

/// The filter lives in the address (after the briefing's name, `name`): typing replaces the
/// history entry, a chip pushes one.
#[hook]
pub fn use_url_sync(view: &View, name: Option<AttrValue>) {
    let query = view.quiz.as_ref().map_or_else(|| view.filter.to_query(), |q| q.to_query());
    let query = url_with_briefing(name.as_deref(), "", &query);
    use_effect_on((query, view.history), |(query, history)| {
        let loc = location();
        let current = loc.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
        if *history != History::Keep && *query != current {
            let path = loc.and_then(|l| l.pathname().ok()).unwrap_or_default();
            let url = format!("{path}{query}");
            if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                let state = wasm_bindgen::JsValue::NULL;
                let _ = match history {
                    History::Push => h.push_state_with_url(&state, "", Some(&url)),
                    _ => h.replace_state_with_url(&state, "", Some(&url)),
                };
            }
        }
    });
}

/// Back and forward bring an earlier filter back.
#[hook]
pub fn use_back_forward(briefing: &Result<Shared, String>, dispatch: &Callback<Action>) {
    let (dispatch, briefing) = (dispatch.clone(), briefing.clone());
    use_effect_on((), move |_| {
        let listener = web_sys::window().map(|w| {
            gloo_events::EventListener::new(&w, "popstate", move |_| {
                if let Ok(b) = &briefing {
                    let (f, notices, quiz) = view_from_url(b);
                    dispatch.emit(Action::FromUrl(f, notices, quiz));
                }
            })
        });
        move || drop(listener)
    });
}
