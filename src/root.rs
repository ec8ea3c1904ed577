//! The page's root: which briefing is shown (built-in or imported), and the app mounted afresh
//! for it, so no state of one briefing (filters, quiz, study record) leaks into another.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::App;
use crate::library::{Library, Source};

pub enum LibraryAction {
    /// a parsed import, its text, keep it in storage?, parse time in ms
    Import(Box<briefing::Briefing>, Rc<str>, bool, u32),
    Switch(Source),
    Forget,
    /// what the reader left stored (after the page is adopted)
    Restore,
    /// parse the stored import left aside at start-up
    ParsePending,
}

impl Reducible for Library {
    type Action = LibraryAction;
    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let next = match action {
            LibraryAction::Import(b, text, keep, ms) => self.import(*b, text, keep, ms),
            LibraryAction::Switch(to) => self.switch(to),
            LibraryAction::Forget => self.forget(),
            LibraryAction::ParsePending => self.parse_pending(),
            LibraryAction::Restore => return Rc::new(self.restore()),
        };
        // (a stored import restored at start-up keeps the URL it was opened with)
        if next.generation != self.generation {
            // the old view's filters and quiz name topics of another briefing
            if let Some(w) = web_sys::window() {
                let path = w.location().pathname().unwrap_or_default();
                if let Ok(h) = w.history() {
                    let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
                }
            }
        }
        Rc::new(next)
    }
}

/// The library and how to change it, for the import and export panel.
#[derive(Clone, PartialEq)]
pub struct LibraryContext {
    pub library: Rc<Library>,
    pub dispatch: UseReducerDispatcher<Library>,
}

/// The page. Its first render shows the built-in briefing, on the server and in the browser
/// alike; a stored import replaces it after the page is adopted.
#[component]
pub fn Root() -> Html {
    let library = use_reducer(Library::builtin);
    {
        let dispatch = library.dispatcher();
        use_effect_with((), move |_| {
            crate::components::later::first_render_done();
            crate::components::later::after_adopted(move || {
                dispatch.dispatch(LibraryAction::Restore)
            });
        });
    }
    // a stored import that is not on show is parsed once the page is drawn
    {
        let (pending, dispatch) = (library.pending.is_some(), library.dispatcher());
        use_effect_with(pending, move |&pending| {
            if pending {
                crate::clock::after_next_frame(move || {
                    dispatch.dispatch(LibraryAction::ParsePending)
                });
            }
        });
    }
    let ctx =
        LibraryContext { library: Rc::new((*library).clone()), dispatch: library.dispatcher() };
    html! {
        <ContextProvider<LibraryContext> context={ctx}>
            // the app in the task after this one, which starts adopting the page (see `later.rs`)
            { crate::components::later::later(html! {
                <App key={library.generation.to_string()} briefing={library.active_briefing()}
                    progress_key={AttrValue::from(library.progress_key())} />
            }) }
        </ContextProvider<LibraryContext>>
    }
}
