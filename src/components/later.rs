//! Adopts (hydrates) parts of the page in tasks of their own, after the app itself.
//!
//! Yew adopts a server-rendered page in one task; for the whole briefing that was one task of
//! about 200 ms on a phone's CPU, during which a tap or a keystroke waits. So the page below the
//! app's state and context providers, and each part of it (the masthead with the editor's note,
//! the topic list, the filters, the quiz launcher, each topic, the repairs), is wrapped in
//! `later`: while the page is being adopted it suspends, and its server nodes stay on screen,
//! untouched. The parts resume in page order (the next once the last is drawn; a part's own
//! parts after it), in tasks short enough for a phone's CPU (`TASK_BUDGET_MS`: one part per task
//! there, a few on a faster computer), and each is adopted where it is: the same nodes, so
//! nothing on screen changes and what has the keyboard keeps it, with what was typed and the
//! caret. Most of a first task's time is the browser compiling the code it runs for the first
//! time, so even a small part gains from a task of its own.
//!
//! (Upstream Yew 0.23 adopts a suspended boundary from a deep clone of its server nodes and swaps
//! the clone in when the boundary resumes, which is why the masthead and the editor's note, the
//! page's largest paint, were once kept outside any boundary. The copy in `vendor/yew` adopts in
//! place instead; see `vendor/README.md`.)
//!
//! A part adopted late is rendered against the server's markup, so until every part is in,
//! nothing may change what the page shows: the app's effects wait with `after_adopted`, and what
//! the reader does goes through `when_adopted`, which adopts the parts still waiting at once
//! (and the parts inside those with them). On the server, and for an app mounted after
//! start (another briefing), `later` draws its children at once.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use yew::prelude::*;
use yew::suspense::{Suspension, SuspensionHandle, SuspensionResult};

thread_local! {
    /// the page is being adopted: set around `Renderer::hydrate` (see `lib.rs`)
    static ADOPTING: Cell<bool> = const { Cell::new(false) };
}

/// Says the page is being adopted (`lib.rs`, around `Renderer::hydrate`); it stays so until
/// its last part is adopted, or, when none waits, until `first_render_done`.
pub fn set_adopting(on: bool) {
    ADOPTING.with(|a| a.set(on));
}

/// The root's first render is done (its effects run): when no part is waiting to be adopted,
/// the page is adopted. (Otherwise the last part to be adopted says so.)
pub fn first_render_done() {
    if PENDING.with(Cell::get) == 0 {
        set_adopting(false);
    }
}

/// Says whether a component drawn now is mounted after start, when nothing is being adopted
/// (another briefing opened): never on the server, whose view is the one the browser adopts.
pub fn mounted_after_start() -> bool {
    cfg!(target_arch = "wasm32") && !ADOPTING.with(Cell::get)
}

#[derive(Properties, PartialEq)]
struct Props {
    children: Html,
}

/// `children`, adopted later: in a task of their own, in page order, while the page is being
/// adopted (see the module's docs); at once otherwise. (A function, not a component: one
/// component fewer to create per part, in the tasks that adopt the page.)
pub fn later(children: Html) -> Html {
    html! {
        <Suspense fallback={Html::default()}>
            <Wait>{ children }</Wait>
        </Suspense>
    }
}

#[component]
fn Wait(props: &Props) -> HtmlResult {
    use_wait()?;
    Ok(props.children.clone())
}

thread_local! {
    /// the suspended parts, in page order, each resumed once the one before it is drawn
    static WAITING: RefCell<VecDeque<SuspensionHandle>> = const { RefCell::new(VecDeque::new()) };
    /// suspended parts not drawn yet
    static PENDING: Cell<usize> = const { Cell::new(0) };
    /// when the task adopting parts began, and when its latest part was resumed
    static TASK_START: Cell<f64> = const { Cell::new(0.0) };
    static PART_START: Cell<f64> = const { Cell::new(0.0) };
    /// what waits for every part to be adopted
    static AFTER: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
    /// the reader acted before every part was adopted: the rest are adopted at once
    static RUSH: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` once every part of the page has been adopted (at once when there is nothing left
/// to adopt). A part adopted late is rendered as the server rendered it, so nothing may change
/// what the page shows before then: the reader's stored settings and the URL's view wait here.
pub fn after_adopted(f: impl FnOnce() + 'static) {
    if PENDING.with(Cell::get) == 0 {
        f();
    } else {
        AFTER.with(|a| a.borrow_mut().push(Box::new(f)));
    }
}

/// Runs `f`, something the reader did, once every part has been adopted: now, or right after
/// the parts still waiting are adopted, all in this task.
pub fn when_adopted(f: impl FnOnce() + 'static) {
    if PENDING.with(Cell::get) == 0 {
        f();
        return;
    }
    AFTER.with(|a| a.borrow_mut().push(Box::new(f)));
    // the parts found inside these, from now on, are drawn at once
    RUSH.with(|r| r.set(true));
    // (taken out first: resuming a part runs Yew, which may suspend another)
    let waiting: Vec<SuspensionHandle> = WAITING.with(|w| w.borrow_mut().drain(..).collect());
    waiting.into_iter().for_each(SuspensionHandle::resume);
}

/// How long one task may spend adopting parts. On a phone's CPU, four times slower, that is
/// under the 50 ms at which a task counts as long (Lighthouse's mobile preset scales the tasks it
/// sees the same way); a faster computer adopts several small parts in one task instead of
/// waiting for a task (and often a frame) per part.
const TASK_BUDGET_MS: f64 = 12.0;

/// Resumes the next suspended part in a task of its own (`clock::next_task`). (Resuming them
/// all at once would draw them all in one task: Yew draws after the last of them.)
fn resume_next() {
    crate::clock::next_task(|| {
        let now = crate::clock::now_ms();
        TASK_START.with(|t| t.set(now));
        resume_first(now);
    });
}

/// Resumes the first part still waiting, in this task.
fn resume_first(now: f64) {
    PART_START.with(|t| t.set(now));
    if let Some(handle) = WAITING.with(|w| w.borrow_mut().pop_front()) {
        handle.resume();
    }
}

/// A suspended part has been drawn: the next one's turn, or, after the last, what waited. The
/// next part is adopted in this task when the task, with one more part as costly as the last,
/// stays within `TASK_BUDGET_MS`; otherwise in a task of its own.
fn drawn() {
    let left = PENDING.with(|p| {
        p.set(p.get().saturating_sub(1));
        p.get()
    });
    if left > 0 {
        let now = crate::clock::now_ms();
        let task = now - TASK_START.with(Cell::get);
        let part = now - PART_START.with(Cell::get);
        if task + part <= TASK_BUDGET_MS && WAITING.with(|w| !w.borrow().is_empty()) {
            resume_first(now);
        } else {
            resume_next();
        }
    } else {
        set_adopting(false);
        for f in AFTER.with(|a| std::mem::take(&mut *a.borrow_mut())) {
            f();
        }
    }
}

/// Suspended from the first render until a task of its own, when the page is being adopted.
#[hook]
fn use_wait() -> SuspensionResult<()> {
    let suspension = use_memo((), |_| {
        (ADOPTING.with(Cell::get) && !RUSH.with(Cell::get)).then(|| {
            let (suspension, handle) = Suspension::new();
            WAITING.with(|w| w.borrow_mut().push_back(handle));
            let first = PENDING.with(|p| {
                p.set(p.get() + 1);
                p.get() == 1
            });
            if first {
                resume_next();
            }
            suspension
        })
    });
    let waited = suspension.is_some();
    use_effect_with((), move |_| {
        if waited {
            drawn();
        }
    });
    match suspension.as_ref() {
        Some(s) if !s.resumed() => Err(s.clone()),
        _ => Ok(()),
    }
}
