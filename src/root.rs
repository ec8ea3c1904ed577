//! The page's root: which briefing is shown (built-in or one of the library), and the app
//! mounted afresh for it, so no state of one briefing (filters, quiz, study record) leaks into
//! another.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::App;
use crate::hooks::use_effect_on;
use crate::library::{use_library_storage, Library, LibraryAction, LibraryContext, Want};

/// The page. Its first render shows the built-in briefing, on the server and in the browser
/// alike; a stored import replaces it once the page is hydrated.
#[component]
pub fn Root() -> Html {
    let library = use_reducer(Library::builtin);
    {
        let dispatch = library.dispatcher();
        use_effect_on((), move |_| {
            crate::boot::root_rendered();
            // a briefing the address names, the one last on show or an import kept before the
            // library: the library's code is fetched now, while the page hydrates, so that the
            // briefing replaces the built-in one as soon as both are done
            if let Some(want) = Want::read() {
                crate::boot::lazy::restore_library(want, move |restored| {
                    crate::boot::after_hydrated(move || {
                        dispatch.dispatch(LibraryAction::Restore(Box::new(restored)))
                    })
                });
            }
        });
    }
    // (and a briefing the reader opened replaces the address, whose filters and quiz named
    // topics of the one before: the new app does not read them, see `App`'s `from_address`)
    use_library_storage(&library);
    let ctx =
        LibraryContext { library: Rc::new((*library).clone()), dispatch: library.dispatcher() };
    html! {
        <ContextProvider<LibraryContext> context={ctx}>
            // the app in the task after this one, which starts hydrating the page (`boot/later.rs`)
            { crate::boot::later(html! {
                <App key={library.generation.to_string()} briefing={library.active_briefing()}
                    progress_key={AttrValue::from(library.progress_key())}
                    from_address={!library.opened} name={library.name().map(AttrValue::from)} />
            }) }
        </ContextProvider<LibraryContext>>
    }
}
