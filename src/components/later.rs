//! Adopts (hydrates) its children in a task of their own, after the page's first view.
//!
//! Adopting the whole server-rendered page in one go is one long task (about 200 ms on a phone's
//! CPU), during which a tap or a keystroke waits. Each topic is wrapped in a `Later`: while the
//! page is being adopted it suspends, so Yew keeps the server's nodes on screen and adopts a copy
//! of them (`bsuspense.rs`, `feat_hydration`); each one resumes in its own task, one topic per
//! task in page order, and Yew puts the adopted copy in place of the original. The copy is the
//! same markup, so nothing changes on screen; the reader's place is kept across the swap (a topic
//! above it that had been laid out could come back at its estimated height). The masthead and
//! the editor's note are outside any `Later`: the page's largest paint is never redone.
//!
//! On the server, and for an app mounted after start (another briefing), it renders its children
//! at once.

use std::cell::Cell;

use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;
use yew::suspense::{Suspension, SuspensionHandle, SuspensionResult};

thread_local! {
    /// the page is being adopted: set around `Renderer::hydrate` (see `lib.rs`)
    static ADOPTING: Cell<bool> = const { Cell::new(false) };
}

/// Says whether the page is being adopted (`lib.rs` sets it, and the root clears it once
/// started).
pub fn set_adopting(on: bool) {
    ADOPTING.with(|a| a.set(on));
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub children: Html,
}

#[component]
pub fn Later(props: &Props) -> Html {
    html! {
        <Suspense fallback={Html::default()}>
            <Wait>{ props.children.clone() }</Wait>
        </Suspense>
    }
}

#[component]
fn Wait(props: &Props) -> HtmlResult {
    use_wait()?;
    Ok(props.children.clone())
}

thread_local! {
    /// the suspended topics, in page order, each resumed once the one before it is drawn
    static WAITING: std::cell::RefCell<std::collections::VecDeque<SuspensionHandle>> = const { std::cell::RefCell::new(std::collections::VecDeque::new()) };
}

/// Resumes the next suspended topic in a task of its own. (Resuming them all from timers set at
/// once would draw them all in one task: Yew draws after the last of them.)
fn resume_next() {
    gloo_timers::callback::Timeout::new(0, || {
        if let Some(handle) = WAITING.with(|w| w.borrow_mut().pop_front()) {
            keep_place(move || handle.resume());
        }
    })
    .forget();
}

/// Suspended from the first render until a task of its own, when the page is being adopted.
#[hook]
fn use_wait() -> SuspensionResult<()> {
    let suspension = use_memo((), |_| {
        ADOPTING.with(Cell::get).then(|| {
            let (suspension, handle) = Suspension::new();
            let first = WAITING.with(|w| {
                let mut w = w.borrow_mut();
                w.push_back(handle);
                w.len() == 1
            });
            if first {
                resume_next();
            }
            suspension
        })
    });
    // drawn after waiting: the next one's turn
    let waited = suspension.is_some();
    use_effect_with((), move |_| {
        if waited {
            resume_next();
        }
    });
    match suspension.as_ref() {
        Some(s) if !s.resumed() => Err(s.clone()),
        _ => Ok(()),
    }
}

/// The paragraph at the top of the reader's screen (or the one filling it) and its distance
/// from the top of the window; None at the top of the page, where nothing can move above them.
fn reading_position() -> Option<(String, f64)> {
    let window = web_sys::window()?;
    if window.scroll_y().unwrap_or(0.0) <= 0.0 {
        return None;
    }
    let height = window.inner_height().ok()?.as_f64()?;
    let paras = window.document()?.query_selector_all("p.para[id]").ok()?;
    let mut filling = None;
    for p in (0..paras.length()).filter_map(|i| paras.item(i)?.dyn_into::<web_sys::Element>().ok()) {
        let r = p.get_bounding_client_rect();
        if r.top() >= 0.0 && r.top() < height {
            return Some((p.id(), r.top()));
        }
        if r.bottom() > 0.0 && r.top() < 0.0 && filling.is_none() {
            filling = Some((p.id(), r.top()));
        }
        if r.top() >= height {
            break;
        }
    }
    filling
}

/// A text field's value and the ends of its selection.
type Field = (String, Option<u32>, Option<u32>);

/// What has the keyboard: its id, and what is typed in it when it is a text field.
fn focus_of(doc: &web_sys::Document) -> Option<(String, Option<Field>)> {
    let el = doc.active_element().filter(|el| !el.id().is_empty())?;
    let field = el
        .dyn_ref::<web_sys::HtmlInputElement>()
        .map(|i| (i.value(), i.selection_start().ok().flatten(), i.selection_end().ok().flatten()));
    Some((el.id(), field))
}

/// Runs `change` (which swaps a part of the page for its adopted copy), then, in the next
/// animation frame (after Yew has drawn it, before the paint): puts the paragraph that was at
/// the top of the screen back where it was, found again by its id (the copy keeps the ids); and
/// gives the keyboard back to the copy of what had it, with what was typed and the caret where
/// they were (a copy has neither).
fn keep_place(change: impl FnOnce()) {
    let position = reading_position();
    let doc = web_sys::window().and_then(|w| w.document());
    let focus = doc.as_ref().and_then(focus_of);
    change();
    if position.is_none() && focus.is_none() {
        return;
    }
    let restore = Closure::once_into_js(move || {
        let Some(w) = web_sys::window() else { return };
        let Some(doc) = w.document() else { return };
        if let Some((id, top)) = position {
            if let Some(el) = doc.get_element_by_id(&id) {
                let moved = el.get_bounding_client_rect().top() - top;
                if moved.abs() >= 1.0 {
                    w.scroll_by_with_x_and_y(0.0, moved);
                }
            }
        }
        if let Some((id, field)) = focus {
            let now = doc.active_element().map(|el| el.id());
            let copy = doc.get_element_by_id(&id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            if let (Some(copy), true) = (copy, now.as_deref() != Some(id.as_str())) {
                if let (Some(input), Some((value, start, end))) = (copy.dyn_ref::<web_sys::HtmlInputElement>(), field) {
                    if input.value() != value {
                        input.set_value(&value);
                    }
                    let _ = copy.focus();
                    let _ = input.set_selection_range(start.unwrap_or(0), end.unwrap_or(0));
                } else {
                    let _ = copy.focus();
                }
            }
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(restore.unchecked_ref());
    }
}
