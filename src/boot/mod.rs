//! Start-up: from the page the server rendered to the app running it.
//!
//! In the browser (`main.rs` → `lib.rs::hydrate` → `start`), each step runs in a task of its
//! own, short on a phone's CPU:
//!
//! 1. the task that compiled the module ends;
//! 2. the embedded transcript is parsed in three tasks (`data::parse_ahead`), kept here for the
//!    root's first render (`take_parsed`);
//! 3. what the reader typed in the server-rendered search box is kept (`take_typed`), since
//!    hydrating resets the box to its rendered value;
//! 4. Yew hydrates `#app` (`Phase::Hydrating`): the root, then the app, then each part of the
//!    page wrapped in `later` in a task of its own, in page order (`later.rs`);
//! 5. when the last part is drawn (`Phase::Hydrated`), what waited runs (`after_hydrated`): the
//!    reader's language, the address's filters and quiz, the study record, a stored import.
//!
//! A tap or a keystroke before then (`when_hydrated`) hydrates every part still waiting at once
//! (`Phase::Rushing`) and is handled right after. The phases and their transitions are
//! `phases.rs`, tested natively; this module holds the one instance and carries the transitions
//! out. `lazy.rs` loads the views the first view does not hold.

mod later;
pub mod lazy;
mod phases;

use std::cell::RefCell;

use yew::suspense::SuspensionHandle;

pub use self::later::later;
use self::phases::{Drawn, Phases, Rush};
use crate::data::Shared;

/// The element the app lives in: `index.html` holds its server rendering.
pub const MOUNT_ID: &str = "app";

/// Everything start-up hands from one step to the next.
#[derive(Default)]
struct Boot {
    phases: Phases<SuspensionHandle, Box<dyn FnOnce()>>,
    /// the embedded briefing, parsed ahead of the first render
    parsed: Option<Result<Shared, String>>,
    /// what the reader typed in the search box before the app started
    typed: Option<String>,
}

thread_local! {
    static BOOT: RefCell<Boot> = RefCell::default();
}

/// Runs the start-up in the browser (see the module's docs); `hydrate` is handed `#app`'s element
/// and starts Yew on it. A page without `#app` (a build whose prerender step did not run) is
/// left as it is: never a blank page.
#[cfg(feature = "hydration")]
pub fn start(hydrate: impl FnOnce(web_sys::Element) + 'static) {
    crate::clock::next_task(|| {
        crate::data::parse_ahead(move |parsed| {
            use wasm_bindgen::JsCast;
            let document = web_sys::window().and_then(|w| w.document());
            let typed = document
                .as_ref()
                .and_then(|d| d.get_element_by_id("search"))
                .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|input| input.value())
                .filter(|v| !v.trim().is_empty());
            BOOT.with(|b| {
                let mut b = b.borrow_mut();
                b.parsed = Some(parsed);
                b.typed = typed;
            });
            if let Some(root) = document.and_then(|d| d.get_element_by_id(MOUNT_ID)) {
                BOOT.with(|b| b.borrow_mut().phases.start_hydrating());
                hydrate(root);
            }
        })
    });
}

/// The embedded briefing as start-up parsed it, once (`None` when it did not: on the server,
/// and for every app after the first).
pub fn take_parsed() -> Option<Result<Shared, String>> {
    BOOT.with(|b| b.borrow_mut().parsed.take())
}

/// What the reader typed in the search box before the app started, once.
pub fn take_typed() -> Option<String> {
    BOOT.with(|b| b.borrow_mut().typed.take())
}

/// The root's first render is done (its effects run): with no part waiting, the page is
/// hydrated.
pub fn root_rendered() {
    BOOT.with(|b| b.borrow_mut().phases.root_rendered());
}

/// Is a component drawn now mounted after start (another briefing opened), not part of the
/// server rendering? Never on the server, whose view is the one the browser hydrates.
pub fn mounted_after_start() -> bool {
    cfg!(target_arch = "wasm32") && BOOT.with(|b| b.borrow().phases.hydrated())
}

/// Runs `f` once every part of the page has been hydrated (at once when nothing is left). A part
/// hydrated late is rendered as the server rendered it, so nothing may change what the page
/// shows before then: the reader's stored settings and the address's view wait here.
pub fn after_hydrated(f: impl FnOnce() + 'static) {
    if let Some(f) = BOOT.with(|b| b.borrow_mut().phases.after_hydrated(Box::new(f))) {
        f();
    }
}

/// Runs `f`, something the reader did, once every part has been hydrated: now, or right after
/// the parts still waiting are hydrated, all in this task.
pub fn when_hydrated(f: impl FnOnce() + 'static) {
    // (taken out of the state first: resuming a part runs Yew, which may suspend another)
    match BOOT.with(|b| b.borrow_mut().phases.when_hydrated(Box::new(f))) {
        Rush::Now(f) => f(),
        Rush::Resume(parts) => parts.into_iter().for_each(SuspensionHandle::resume),
    }
}

/// Should a part drawn now wait for a task of its own? If so it is queued, and the first asks
/// for the first task.
fn suspend(
    part: impl FnOnce() -> (yew::suspense::Suspension, SuspensionHandle),
) -> Option<yew::suspense::Suspension> {
    if !BOOT.with(|b| b.borrow().phases.suspends()) {
        return None;
    }
    let (suspension, handle) = part();
    if BOOT.with(|b| b.borrow_mut().phases.suspended(handle)) {
        resume_next();
    }
    Some(suspension)
}

/// Resumes the next suspended part in a task of its own (`clock::next_task`). (Resuming them
/// all at once would draw them all in one task: Yew draws after the last of them.)
fn resume_next() {
    crate::clock::next_task(|| {
        let now = crate::clock::now_ms();
        if let Some(part) = BOOT.with(|b| b.borrow_mut().phases.task_began(now)) {
            part.resume();
        }
    });
}

/// A suspended part has been drawn: the next one now or in a task of its own, or, after the
/// last, what waited.
fn drawn() {
    let now = crate::clock::now_ms();
    match BOOT.with(|b| b.borrow_mut().phases.drawn(now)) {
        Drawn::Resume(part) => part.resume(),
        Drawn::NextTask => resume_next(),
        Drawn::Hydrated(waited) => waited.into_iter().for_each(|f| f()),
    }
}
