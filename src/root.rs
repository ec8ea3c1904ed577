//! The page's root: which briefing is shown (built-in or imported), and the app mounted afresh
//! for it, so no state of one briefing (filters, quiz, study record) leaks into another.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::App;
use crate::hooks::use_effect_on;
use crate::library::{use_library_storage, Library, LibraryAction, LibraryContext, Stored};

/// The page. Its first render shows the built-in briefing, on the server and in the browser
/// alike; a stored import replaces it once the page is hydrated.
#[component]
pub fn Root() -> Html {
    let library = use_reducer(Library::builtin);
    {
        let dispatch = library.dispatcher();
        use_effect_on((), move |_| {
            crate::boot::root_rendered();
            // a stored import (a write-up, or a Foreign Ministry or SCIO transcript) needs the
            // reader of every format: fetched now, while the page hydrates, so that the import
            // replaces the built-in briefing as soon as both are done
            let stored = Stored::read();
            if stored.text.is_some() {
                crate::boot::lazy::with_reader(move |read| {
                    crate::boot::after_hydrated(move || {
                        dispatch.dispatch(LibraryAction::Restore(stored, read))
                    })
                });
            }
        });
    }
    // (and a briefing the reader opened clears the address, whose filters and quiz named
    // topics of the one before: the new app does not read them, see `App`'s `from_address`)
    use_library_storage(&library);
    // a stored import that is not on show is parsed once the page is drawn
    {
        let (pending, dispatch) = (library.pending.is_some(), library.dispatcher());
        use_effect_on(pending, move |&pending| {
            if pending {
                crate::clock::after_next_frame(move || {
                    crate::boot::lazy::with_reader(move |read| {
                        dispatch.dispatch(LibraryAction::ParsePending(read))
                    });
                });
            }
        });
    }
    let ctx =
        LibraryContext { library: Rc::new((*library).clone()), dispatch: library.dispatcher() };
    html! {
        <ContextProvider<LibraryContext> context={ctx}>
            // the app in the task after this one, which starts hydrating the page (`boot/later.rs`)
            { crate::boot::later(html! {
                <App key={library.generation.to_string()} briefing={library.active_briefing()}
                    progress_key={AttrValue::from(library.progress_key())}
                    from_address={!library.opened} />
            }) }
        </ContextProvider<LibraryContext>>
    }
}
