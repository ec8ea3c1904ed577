//! Hydrates the page part by part, each in a task of its own, after the app itself.
//!
//! Yew hydrates a server-rendered page in one task; for the whole briefing that was one task of
//! about 200 ms on a phone's CPU, during which a tap or a keystroke waits. So the page below the
//! app's state and context providers, and each part of it (the masthead with the editor's note,
//! the topic list, the filters, the quiz launcher, each topic, the repairs), is wrapped in
//! `later`: while the page is being hydrated it suspends, and its server nodes stay on screen,
//! untouched. The parts resume in page order (the next once the last is drawn; a part's own
//! parts after it), in tasks short enough for a phone's CPU (`TASK_BUDGET_MS`: one part per task
//! there, a few on a faster computer), and each is hydrated where it is: the same nodes, so
//! nothing on screen changes and what has the keyboard keeps it, with what was typed and the
//! caret. Most of a first task's time is the browser compiling the code it runs for the first
//! time, so even a small part gains from a task of its own.
//!
//! (Upstream Yew 0.23 hydrates a suspended boundary from a deep clone of its server nodes and swaps
//! the clone in when the boundary resumes, which is why the masthead and the editor's note, the
//! page's largest paint, were once kept outside any boundary. The copy in `vendor/yew` hydrates in
//! place instead; see `vendor/README.md`.)
//!
//! A part hydrated late is rendered against the server's markup, so until every part is in,
//! nothing may change what the page shows: the app's effects wait with `after_hydrated`, and what
//! the reader does goes through `when_hydrated`, which hydrates the parts still waiting at once
//! (and the parts inside those with them). On the server, and for an app mounted after
//! start (another briefing), `later` draws its children at once.

use yew::prelude::*;
use yew::suspense::{Suspension, SuspensionResult};

use crate::hooks::use_effect_on;

#[derive(Properties, PartialEq)]
struct Props {
    children: Html,
}

/// `children`, hydrated later: in a task of their own, in page order, while the page is being
/// hydrated (see the module's docs); at once otherwise. (A function, not a component: one
/// component fewer to create per part, in the tasks that hydrate the page.)
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

/// Suspended from the first render until a task of its own, when the page is being hydrated.
#[hook]
fn use_wait() -> SuspensionResult<()> {
    let suspension = use_memo((), |_| super::suspend(Suspension::new));
    let waited = suspension.is_some();
    use_effect_on((), move |_| {
        if waited {
            super::drawn();
        }
    });
    match suspension.as_ref() {
        Some(s) if !s.resumed() => Err(s.clone()),
        _ => Ok(()),
    }
}
