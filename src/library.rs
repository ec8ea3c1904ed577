//! Which briefing the page shows: the built-in one, or one of the library the reader imported.
//! An import is parsed in the browser by the core parser, nothing leaves the machine; the
//! library keeps its texts in IndexedDB, through code fetched on first use
//! (`library_store`, `boot::lazy::restore_library`), so this module holds only what the first
//! view needs: the briefing on show, the library once read, and what to tell the reader.
//!
//! The reducer is pure: it decides which briefing localStorage should name as on show (`write`)
//! and `use_library_storage` writes it. What the reader left (the address's `?b=`, the last
//! briefing on show, an import kept before the library) comes in with the `Restore` action,
//! read by the library's code once the root asks for it.

use std::rc::Rc;

use briefing::library::Library as Shelf;
use yew::prelude::*;

use crate::data::{self, Shared};
use crate::hooks::use_effect_on;
use crate::storage;

/// Where the single import was kept before the library (moved into IndexedDB on first load).
pub const TEXT_KEY: &str = "briefing-explorer/imported";
/// The fingerprint of the briefing on show at the last visit (or "imported", before the library).
pub const ACTIVE_KEY: &str = "briefing-explorer/active";
/// How many briefings the library holds, so that start-up knows to read it (its views need it).
pub const COUNT_KEY: &str = "briefing-explorer/library";
/// An earlier import that no longer parses, kept aside.
pub const BACKUP_KEY: &str = "briefing-explorer/imported.unreadable";

/// The briefing on show.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Source {
    Builtin,
    Imported,
}

/// An imported briefing and the text it came from.
#[derive(Clone, PartialEq)]
pub struct Imported {
    pub briefing: Shared,
    pub text: Rc<str>,
    /// its name in the library, the address (`?b=`) and the study record
    pub fingerprint: String,
    /// kept in the library (IndexedDB), not this session's only
    pub saved: bool,
}

/// What the reader should hear about the library.
#[derive(Clone, PartialEq, Debug)]
pub enum LibraryNote {
    /// imported and shown; parse time in ms, whether it was kept
    Imported { ms: u32, saved: bool },
    /// the reader asked to keep it, but storage refused (full or disabled)
    NotSaved,
    /// the earlier import no longer parses: kept under the backup key
    StoredUnreadable { line: usize },
    /// the link names a briefing the library does not hold (its fingerprint)
    Missing(String),
    /// IndexedDB could not be opened (private mode, disabled): the browser's words
    Unavailable(String),
    /// this many briefings kept in IndexedDB no longer read (left there, not shown)
    KeptUnreadable(usize),
    /// the library's code could not be fetched (offline before it was cached): nothing changed
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    CodeUnavailable,
}

/// What start-up asks the library's code for: the briefing the address names (`?b=`), if any.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Want {
    pub named: Option<String>,
}

impl Want {
    /// What the address and localStorage ask for; `None` when nothing does (a reader who never
    /// imported: the library's code is not fetched).
    pub fn read() -> Option<Want> {
        let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
        let named = search
            .trim_start_matches('?')
            .split('&')
            .find_map(|p| p.strip_prefix("b="))
            .map(|v| v.chars().take(32).collect::<String>());
        let stored =
            [ACTIVE_KEY, TEXT_KEY, COUNT_KEY].iter().any(|k| storage::setting(k).is_some());
        (named.is_some() || stored).then_some(Want { named })
    }
}

/// The library as start-up found it: its briefings, the one to show, and what to tell.
pub struct Restored {
    pub shelf: Option<Rc<Shelf>>,
    pub open: Option<Imported>,
    pub note: Option<LibraryNote>,
}

#[derive(Clone, PartialEq)]
pub struct Library {
    pub builtin: Result<Shared, String>,
    /// the imported briefing on show (or last on show)
    pub imported: Option<Imported>,
    pub active: Source,
    /// every briefing kept, once the library's code has read them
    pub shelf: Option<Rc<Shelf>>,
    /// changes whenever the shown briefing does: the app is mounted afresh for it
    pub generation: u32,
    /// the briefing on show was opened by the reader (not at start-up): the page's address,
    /// whose filters and quiz name topics of the briefing before, is replaced
    pub opened: bool,
    pub note: Option<LibraryNote>,
    /// the fingerprint localStorage should name as on show, not written yet
    pub write: Option<Option<String>>,
}

pub enum LibraryAction {
    /// what start-up found (once the page is hydrated)
    Restore(Box<Restored>),
    /// the reader opened this briefing, with this to tell them
    Open(Box<Imported>, Option<LibraryNote>),
    /// the reader opened this briefing with the address already naming it and what to show (a
    /// search hit across the library: the app reads its search from the address)
    OpenAtAddress(Box<Imported>),
    /// back to the built-in briefing
    Builtin,
    /// the library changed (briefings kept, removed, put back, merged), with this to tell
    Shelf(Rc<Shelf>, Option<LibraryNote>),
    /// localStorage has the briefing on show
    Written,
}

impl Reducible for Library {
    type Action = LibraryAction;
    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LibraryAction::Restore(r) => {
                next.shelf = r.shelf.or(next.shelf);
                next.note = r.note;
                if let Some(open) = r.open {
                    next.imported = Some(open);
                    next.active = Source::Imported;
                    next.generation += 1;
                } else if next.note.is_none() {
                    // (the briefing last on show is not kept any more: the next visit opens on the
                    // built-in one)
                    next.write = Some(None);
                }
            }
            LibraryAction::Open(b, note) => next.show(*b, true, note),
            LibraryAction::OpenAtAddress(b) => next.show(*b, false, None),
            LibraryAction::Builtin if next.active == Source::Imported => {
                next.active = Source::Builtin;
                next.generation += 1;
                next.opened = true;
                next.note = None;
                next.write = Some(None);
            }
            LibraryAction::Builtin => {}
            LibraryAction::Shelf(shelf, note) => {
                if let Some(i) = next.imported.as_mut() {
                    let saved = shelf.get(&i.fingerprint).is_some();
                    if saved != i.saved && next.active == Source::Imported {
                        next.write = Some(saved.then(|| i.fingerprint.clone()));
                    }
                    i.saved = saved;
                }
                next.shelf = Some(shelf);
                next.note = note;
            }
            LibraryAction::Written => next.write = None,
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

/// Writes which briefing is on show, and how many the library holds, to localStorage (an
/// effect keyed on the decision: nothing is written while rendering, nor twice). A briefing
/// the reader opened also replaces the page's address, whose filters and quiz named topics of
/// the briefing before, with the one that names it (the new app does not read the old one:
/// `App`'s `from_address`).
#[hook]
pub fn use_library_storage(library: &UseReducerHandle<Library>) {
    let shown = use_mut_ref(|| 0u32);
    let dispatch = library.dispatcher();
    let count = library.shelf.as_ref().map(|s| s.entries().len());
    let deps = (library.write.clone(), library.generation, library.opened, library.name(), count);
    use_effect_on(deps, move |(write, generation, opened, name, count)| {
        if let Some(n) = count {
            storage::set_setting(COUNT_KEY, (*n > 0).then(|| n.to_string()).as_deref());
        }
        let fresh = shown.replace(*generation) != *generation;
        if let (true, Some(w)) = (fresh, web_sys::window()) {
            // opened by the reader: the address names it, and nothing else of the one before;
            // opened at start (the briefing last on show): the address names it too, keeping
            // what it asks of it
            let path = w.location().pathname().unwrap_or_default();
            let search = w.location().search().unwrap_or_default();
            let keep =
                if *opened { String::new() } else { crate::hooks::without_briefing(&search) };
            let url = crate::hooks::url_with_briefing(name.as_deref(), &path, &keep);
            if url != format!("{path}{search}") && (*opened || name.is_some()) {
                if let Ok(h) = w.history() {
                    let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
                }
            }
        }
        if let Some(on_show) = write {
            storage::set_setting(ACTIVE_KEY, on_show.as_deref());
            dispatch.dispatch(LibraryAction::Written);
        }
    });
}

impl Library {
    /// The built-in briefing alone: what the page's first view shows, on both sides (parsed by
    /// start-up in the browser, here on the server).
    pub fn builtin() -> Library {
        Library {
            builtin: crate::boot::take_parsed().unwrap_or_else(data::embedded),
            imported: None,
            active: Source::Builtin,
            shelf: None,
            generation: 0,
            opened: false,
            note: None,
            write: None,
        }
    }

    /// `b` on show, mounted afresh, remembered if kept; `opened`: with an address of its own
    /// (false: the address names it already, and what to show of it).
    fn show(&mut self, b: Imported, opened: bool, note: Option<LibraryNote>) {
        self.write = Some(b.saved.then(|| b.fingerprint.clone()));
        self.imported = Some(b);
        self.active = Source::Imported;
        self.generation += 1;
        self.opened = opened;
        self.note = note;
    }

    /// The briefing on show.
    pub fn active_briefing(&self) -> Result<Shared, String> {
        match (&self.active, &self.imported) {
            (Source::Imported, Some(i)) => Ok(i.briefing.clone()),
            _ => self.builtin.clone(),
        }
    }

    /// The fingerprint the address names the briefing on show by (`None`: the built-in one).
    pub fn name(&self) -> Option<String> {
        match (&self.active, &self.imported) {
            (Source::Imported, Some(i)) => Some(i.fingerprint.clone()),
            _ => None,
        }
    }

    /// The key of the shown briefing's study record.
    pub fn progress_key(&self) -> String {
        match self.name() {
            Some(fp) => format!("briefing-explorer/progress/{fp}"),
            None => "briefing-explorer/progress".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = include_str!("../data/miit-2020-briefing.txt");

    fn reduce(lib: Library, action: LibraryAction) -> Library {
        (*Rc::new(lib).reduce(action)).clone()
    }

    fn imported(saved: bool) -> Imported {
        let b = briefing::parse::parse(TEXT).expect("the built-in transcript parses");
        Imported {
            briefing: Shared(Rc::new(b)),
            text: Rc::from(TEXT),
            fingerprint: briefing::export::fingerprint(TEXT),
            saved,
        }
    }

    fn shelf(with: bool) -> Rc<Shelf> {
        let mut s = Shelf::default();
        if with {
            s.import([TEXT], 1, briefing::read::read);
        }
        Rc::new(s)
    }

    #[test]
    fn a_briefing_opened_is_shown_named_in_the_address_and_remembered_when_kept() {
        let lib = reduce(Library::builtin(), LibraryAction::Open(Box::new(imported(true)), None));
        assert_eq!((lib.active, lib.generation, lib.opened), (Source::Imported, 1, true));
        let fp = briefing::export::fingerprint(TEXT);
        assert_eq!(lib.name().as_deref(), Some(fp.as_str()));
        assert_eq!(lib.write, Some(Some(fp.clone())));
        assert_eq!(lib.progress_key(), format!("briefing-explorer/progress/{fp}"));
        let lib = reduce(lib, LibraryAction::Written);
        assert_eq!(lib.write, None);
        // back to the built-in briefing: its own record, no name, the next visit opens on it
        let back = reduce(lib.clone(), LibraryAction::Builtin);
        assert_eq!((back.active, back.generation, back.name()), (Source::Builtin, 2, None));
        assert_eq!(back.write, Some(None));
        assert_eq!(back.progress_key(), "briefing-explorer/progress");
        // asking for what is on show changes nothing
        let same = reduce(back.clone(), LibraryAction::Builtin);
        assert_eq!(same.generation, 2);
    }

    #[test]
    fn a_search_hit_across_the_library_opens_its_briefing_with_the_address_it_was_given() {
        let lib =
            reduce(Library::builtin(), LibraryAction::OpenAtAddress(Box::new(imported(true))));
        assert_eq!((lib.active, lib.generation), (Source::Imported, 1));
        // (the app reads the search from the address, which the hit wrote)
        assert!(!lib.opened);
        assert_eq!(lib.write, Some(Some(briefing::export::fingerprint(TEXT))));
    }

    #[test]
    fn an_import_for_this_session_only_is_shown_but_not_remembered() {
        let note = Some(LibraryNote::Imported { ms: 3, saved: false });
        let lib = reduce(Library::builtin(), LibraryAction::Open(Box::new(imported(false)), note));
        assert_eq!(lib.active, Source::Imported);
        assert_eq!(lib.write, Some(None));
        assert_eq!(lib.note, Some(LibraryNote::Imported { ms: 3, saved: false }));
    }

    #[test]
    fn start_up_opens_the_named_briefing_keeping_the_address_or_says_it_is_missing() {
        let found = Restored { shelf: Some(shelf(true)), open: Some(imported(true)), note: None };
        let lib = reduce(Library::builtin(), LibraryAction::Restore(Box::new(found)));
        assert_eq!((lib.active, lib.generation, lib.opened), (Source::Imported, 1, false));
        assert_eq!(lib.write, None);
        assert_eq!(lib.shelf.as_ref().map(|s| s.entries().len()), Some(1));
        let missing = Restored {
            shelf: Some(shelf(false)),
            open: None,
            note: Some(LibraryNote::Missing("0123456789abcdef".into())),
        };
        let lib = reduce(Library::builtin(), LibraryAction::Restore(Box::new(missing)));
        assert_eq!((lib.active, lib.generation), (Source::Builtin, 0));
        assert_eq!(lib.note, Some(LibraryNote::Missing("0123456789abcdef".into())));
        // the last visit's briefing no longer kept: the next visit opens on the built-in one
        let gone = Restored { shelf: Some(shelf(false)), open: None, note: None };
        let lib = reduce(Library::builtin(), LibraryAction::Restore(Box::new(gone)));
        assert_eq!(lib.write, Some(None));
    }

    #[test]
    fn removing_the_briefing_on_show_keeps_it_on_show_for_the_session_and_undo_keeps_it_again() {
        let lib = reduce(Library::builtin(), LibraryAction::Open(Box::new(imported(true)), None));
        let lib = reduce(lib, LibraryAction::Written);
        let removed = reduce(lib, LibraryAction::Shelf(shelf(false), None));
        assert_eq!(removed.active, Source::Imported);
        assert!(!removed.imported.as_ref().is_some_and(|i| i.saved));
        assert_eq!(removed.write, Some(None));
        let back = reduce(
            reduce(removed, LibraryAction::Written),
            LibraryAction::Shelf(shelf(true), None),
        );
        assert!(back.imported.as_ref().is_some_and(|i| i.saved));
        assert_eq!(back.write, Some(Some(briefing::export::fingerprint(TEXT))));
    }
}
