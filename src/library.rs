//! Which briefing the page shows: the built-in one, or one the reader imported. An import is
//! parsed in the browser by the core parser, nothing leaves the machine; with the reader's
//! consent its text is kept in localStorage and parsed again on the next visit. A storage
//! failure (quota, private mode) or a stored text that no longer parses is reported, and the
//! stored text is kept aside instead of being lost.
//!
//! The reducer is pure: it decides what localStorage should keep (`Write`s, queued in the state)
//! and `use_library_storage` writes them, reporting back a write storage refused. What the
//! reader left stored comes in with the `Restore` action, read by the root's effect.

use std::rc::Rc;

use briefing::read::Reader;
use yew::prelude::*;

use crate::data::{self, Shared};
use crate::hooks::use_effect_on;
use crate::storage;

const TEXT_KEY: &str = "briefing-explorer/imported";
const ACTIVE_KEY: &str = "briefing-explorer/active";
const BACKUP_KEY: &str = "briefing-explorer/imported.unreadable";

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
    /// keeps its study record apart from the built-in briefing's
    pub fingerprint: String,
    /// kept in localStorage (the reader agreed and the write succeeded)
    pub saved: bool,
}

/// What the reader should hear about the library.
#[derive(Clone, PartialEq, Debug)]
pub enum LibraryNote {
    /// imported and shown; parse time in ms, whether it was saved
    Imported {
        ms: u32,
        saved: bool,
    },
    /// the reader asked to keep it, but storage refused (full or disabled)
    NotSaved,
    /// the stored import no longer parses: kept under the backup key
    StoredUnreadable {
        line: usize,
    },
    Forgotten,
}

/// What the reader left in localStorage, read when the page has been hydrated.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Stored {
    /// the import's text, if one was kept
    pub text: Option<Rc<str>>,
    /// the page was left showing it
    pub on_show: bool,
}

impl Stored {
    /// What localStorage holds now.
    pub fn read() -> Stored {
        Stored {
            text: storage::setting(TEXT_KEY).map(Rc::from),
            on_show: storage::setting(ACTIVE_KEY).as_deref() == Some("imported"),
        }
    }
}

/// A change to what localStorage keeps, decided by the reducer and made by
/// `use_library_storage`, in the order decided.
#[derive(Clone, PartialEq, Hash, Debug)]
pub enum Write {
    /// keep this import's text, to be shown on the next visit; if storage refuses it, the next
    /// visit opens on the built-in briefing and the reader is told (`LibraryAction::NotSaved`)
    Keep(Rc<str>),
    /// whether the next visit opens on the stored import
    OnShow(bool),
    /// the stored import no longer parses: moved under the backup key
    SetAside(Rc<str>),
    /// the stored import and the choice to show it are dropped
    Drop,
}

impl Write {
    /// Makes the change; `false` when storage refused to keep an import.
    fn apply(&self) -> bool {
        match self {
            Write::Keep(text) => {
                let kept = storage::try_set(TEXT_KEY, text);
                storage::set_setting(ACTIVE_KEY, kept.then_some("imported"));
                kept
            }
            Write::OnShow(on) => {
                storage::set_setting(ACTIVE_KEY, on.then_some("imported"));
                true
            }
            Write::SetAside(text) => {
                storage::set_setting(BACKUP_KEY, Some(text));
                storage::set_setting(TEXT_KEY, None);
                true
            }
            Write::Drop => {
                storage::set_setting(TEXT_KEY, None);
                storage::set_setting(ACTIVE_KEY, None);
                true
            }
        }
    }
}

#[derive(Clone, PartialEq)]
pub struct Library {
    pub builtin: Result<Shared, String>,
    pub imported: Option<Imported>,
    pub active: Source,
    /// changes whenever the shown briefing does: the app is mounted afresh for it
    pub generation: u32,
    /// the briefing on show was opened by the reader (not at start-up): the page's address,
    /// whose filters and quiz name topics of the briefing before, is cleared
    pub opened: bool,
    pub note: Option<LibraryNote>,
    /// a stored import not on show at start-up: parsed after the page is drawn
    /// (`parse_pending`), so a big one does not hold up the built-in briefing
    pub pending: Option<Rc<str>>,
    /// what localStorage should keep, not written yet (see `use_library_storage`)
    pub writes: Vec<Write>,
    /// how many times writes were reported made (so the same write decided again is made again)
    pub written: u32,
}

pub enum LibraryAction {
    /// a parsed import, its text, keep it in storage?, parse time in ms
    Import(Box<briefing::Briefing>, Rc<str>, bool, u32),
    /// show this one (with the reader, for a stored import not parsed yet)
    Switch(Source, Reader),
    Forget,
    /// what the reader left stored (once the page is hydrated), and the reader of every
    /// format to parse it with (fetched first: `boot::lazy::with_reader`)
    Restore(Stored, Reader),
    /// parse the stored import left aside at start-up
    ParsePending(Reader),
    /// the first `n` writes are made
    Written(usize),
    /// storage refused to keep this import's text
    NotSaved(Rc<str>),
}

impl Reducible for Library {
    type Action = LibraryAction;
    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        Rc::new(match action {
            LibraryAction::Import(b, text, keep, ms) => self.import(*b, text, keep, ms),
            LibraryAction::Switch(to, read) => self.switch(to, read),
            LibraryAction::Forget => self.forget(),
            LibraryAction::ParsePending(read) => self.parse_pending(read),
            LibraryAction::Restore(stored, read) => self.restore(stored, read),
            LibraryAction::Written(n) => {
                let mut next = (*self).clone();
                next.writes.drain(..n.min(next.writes.len()));
                next.written += 1;
                next
            }
            LibraryAction::NotSaved(text) => self.not_saved(&text),
        })
    }
}

/// The library and how to change it, for the import and export panel.
#[derive(Clone, PartialEq)]
pub struct LibraryContext {
    pub library: Rc<Library>,
    pub dispatch: UseReducerDispatcher<Library>,
}

/// Makes the library's `writes` (an effect keyed on them: nothing is written while rendering,
/// nor twice), and tells the library which are made and which import storage refused. A
/// briefing the reader opened also clears the page's address, whose filters and quiz named
/// topics of the briefing before (the new app does not read them: `App`'s `from_address`).
#[hook]
pub fn use_library_storage(library: &UseReducerHandle<Library>) {
    let shown = use_mut_ref(|| 0u32);
    let (writes, dispatch) = (library.writes.clone(), library.dispatcher());
    let deps = (library.written, writes, library.generation, library.opened);
    use_effect_on(deps, move |(_, writes, generation, opened)| {
        if *opened && shown.replace(*generation) != *generation {
            if let Some(w) = web_sys::window() {
                let path = w.location().pathname().unwrap_or_default();
                if let Ok(h) = w.history() {
                    let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
                }
            }
        }
        if !writes.is_empty() {
            for w in writes {
                if let (false, Write::Keep(text)) = (w.apply(), w) {
                    dispatch.dispatch(LibraryAction::NotSaved(text.clone()));
                }
            }
            dispatch.dispatch(LibraryAction::Written(writes.len()));
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
            generation: 0,
            opened: false,
            note: None,
            pending: None,
            writes: Vec::new(),
            written: 0,
        }
    }

    /// What the reader left stored, applied once the page is hydrated: a stored import that was
    /// on show is parsed now and shown (the app is mounted afresh for it, and keeps the address
    /// it was opened with); one that was not is left for `parse_pending`, so a big one does not
    /// hold up the built-in briefing.
    fn restore(&self, stored: Stored, read: Reader) -> Library {
        let mut lib = self.clone();
        if let Some(text) = stored.text {
            if stored.on_show {
                lib.read_stored(text, read);
                if lib.imported.is_some() {
                    lib.active = Source::Imported;
                    lib.generation += 1;
                }
            } else {
                lib.pending = Some(text);
            }
        }
        lib
    }

    /// Parses the stored import: kept as the import, or (when it no longer parses) moved aside
    /// under the backup key and reported.
    fn read_stored(&mut self, text: Rc<str>, read: Reader) {
        match read(&text) {
            Ok(b) => {
                self.imported = Some(Imported {
                    fingerprint: briefing::export::fingerprint(&text),
                    briefing: Shared(Rc::new(b)),
                    text,
                    saved: true,
                });
            }
            Err(e) => {
                self.writes.push(Write::SetAside(text));
                self.note = Some(LibraryNote::StoredUnreadable { line: e.line });
            }
        }
    }

    /// The stored import left aside at start-up, parsed. The briefing on show does not change
    /// (same generation: the app is not mounted again).
    fn parse_pending(&self, read: Reader) -> Library {
        let mut next = self.clone();
        if let Some(text) = next.pending.take() {
            next.read_stored(text, read);
        }
        next
    }

    /// The briefing on show.
    pub fn active_briefing(&self) -> Result<Shared, String> {
        match (&self.active, &self.imported) {
            (Source::Imported, Some(i)) => Ok(i.briefing.clone()),
            _ => self.builtin.clone(),
        }
    }

    /// The key of the shown briefing's study record.
    pub fn progress_key(&self) -> String {
        match (&self.active, &self.imported) {
            (Source::Imported, Some(i)) => format!("briefing-explorer/progress/{}", i.fingerprint),
            _ => "briefing-explorer/progress".into(),
        }
    }

    /// A parsed import becomes the shown briefing; kept in storage when the reader agreed (and
    /// storage takes it: otherwise `NotSaved` follows).
    fn import(&self, briefing: briefing::Briefing, text: Rc<str>, keep: bool, ms: u32) -> Library {
        let mut writes = self.writes.clone();
        // shown on the next visit only when kept; an import kept before stays stored (and
        // switchable after a reload) until this one replaces it or the reader forgets it
        writes.push(if keep { Write::Keep(text.clone()) } else { Write::OnShow(false) });
        Library {
            imported: Some(Imported {
                fingerprint: briefing::export::fingerprint(&text),
                briefing: Shared(Rc::new(briefing)),
                text,
                saved: keep,
            }),
            active: Source::Imported,
            generation: self.generation + 1,
            opened: true,
            note: Some(LibraryNote::Imported { ms, saved: keep }),
            // a stored import not kept over stays stored; it is this session's import now
            pending: None,
            writes,
            ..self.clone()
        }
    }

    /// Storage refused `text`: the import on show, if it is that one, is this session's only.
    fn not_saved(&self, text: &Rc<str>) -> Library {
        let mut next = self.clone();
        if let Some(i) = next.imported.as_mut().filter(|i| Rc::ptr_eq(&i.text, text)) {
            i.saved = false;
            next.note = Some(LibraryNote::NotSaved);
        }
        next
    }

    fn switch(&self, to: Source, read: Reader) -> Library {
        if to == Source::Imported && self.imported.is_none() && self.pending.is_some() {
            return self.parse_pending(read).switch(to, read);
        }
        if to == self.active || (to == Source::Imported && self.imported.is_none()) {
            return self.clone();
        }
        let mut writes = self.writes.clone();
        if self.imported.as_ref().is_some_and(|i| i.saved) {
            writes.push(Write::OnShow(to == Source::Imported));
        }
        Library {
            active: to,
            generation: self.generation + 1,
            opened: true,
            note: None,
            writes,
            ..self.clone()
        }
    }

    /// Drops the import (and its stored copy); the built-in briefing is shown.
    fn forget(&self) -> Library {
        let mut writes = self.writes.clone();
        writes.push(Write::Drop);
        Library {
            imported: None,
            active: Source::Builtin,
            generation: self.generation + 1,
            opened: true,
            note: Some(LibraryNote::Forgotten),
            pending: None,
            writes,
            ..self.clone()
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

    fn import(lib: Library, keep: bool) -> (Library, Rc<str>) {
        let text: Rc<str> = Rc::from(TEXT);
        let b = Box::new(briefing::parse::parse(TEXT).expect("the built-in transcript parses"));
        (reduce(lib, LibraryAction::Import(b, text.clone(), keep, 7)), text)
    }

    fn stored(text: &str, on_show: bool) -> Stored {
        Stored { text: Some(Rc::from(text)), on_show }
    }

    #[test]
    fn an_import_kept_is_shown_and_queued_for_storage_until_written() {
        let (lib, text) = import(Library::builtin(), true);
        assert_eq!(lib.active, Source::Imported);
        assert_eq!((lib.generation, lib.opened), (1, true));
        assert_eq!(lib.note, Some(LibraryNote::Imported { ms: 7, saved: true }));
        assert_eq!(lib.writes, vec![Write::Keep(text.clone())]);
        assert!(lib.progress_key().starts_with("briefing-explorer/progress/"));
        let written = reduce(lib, LibraryAction::Written(1));
        assert!(written.writes.is_empty());
        assert_eq!(written.written, 1);
    }

    #[test]
    fn an_import_storage_refuses_is_this_sessions_only_and_the_reader_is_told() {
        let (lib, text) = import(Library::builtin(), true);
        let lib = reduce(lib, LibraryAction::NotSaved(text));
        assert_eq!(lib.note, Some(LibraryNote::NotSaved));
        assert!(!lib.imported.as_ref().is_some_and(|i| i.saved));
        // (the briefing stays on show)
        assert_eq!(lib.active, Source::Imported);
        // a refusal of another text (an older import) changes nothing on show
        let (lib, _) = import(Library::builtin(), true);
        let other = reduce(lib.clone(), LibraryAction::NotSaved(Rc::from(TEXT)));
        assert!(other.imported.as_ref().is_some_and(|i| i.saved));
    }

    #[test]
    fn an_import_not_kept_leaves_the_next_visit_on_the_built_in_briefing() {
        let (lib, _) = import(Library::builtin(), false);
        assert_eq!(lib.writes, vec![Write::OnShow(false)]);
        assert_eq!(lib.note, Some(LibraryNote::Imported { ms: 7, saved: false }));
        // switching back and forth writes nothing for an import that is not kept
        let back = reduce(lib, LibraryAction::Switch(Source::Builtin, briefing::read::read));
        assert_eq!(back.writes, vec![Write::OnShow(false)]);
        assert_eq!(back.generation, 2);
    }

    #[test]
    fn switching_a_kept_import_says_which_one_the_next_visit_opens_on() {
        let (lib, _) = import(Library::builtin(), true);
        let lib = reduce(lib, LibraryAction::Written(1));
        let lib = reduce(lib, LibraryAction::Switch(Source::Builtin, briefing::read::read));
        assert_eq!((lib.active, lib.generation), (Source::Builtin, 2));
        assert_eq!(lib.writes, vec![Write::OnShow(false)]);
        // switching to what is on show changes nothing
        let same =
            reduce(lib.clone(), LibraryAction::Switch(Source::Builtin, briefing::read::read));
        assert_eq!((same.generation, same.writes.len()), (2, 1));
        let lib = reduce(lib, LibraryAction::Switch(Source::Imported, briefing::read::read));
        assert_eq!(lib.writes, vec![Write::OnShow(false), Write::OnShow(true)]);
    }

    #[test]
    fn forgetting_drops_the_import_and_its_stored_copy() {
        let (lib, _) = import(Library::builtin(), true);
        let lib = reduce(lib, LibraryAction::Forget);
        assert!(lib.imported.is_none());
        assert_eq!((lib.active, lib.generation), (Source::Builtin, 2));
        assert_eq!(lib.writes.last(), Some(&Write::Drop));
        assert_eq!(lib.note, Some(LibraryNote::Forgotten));
        assert_eq!(lib.progress_key(), "briefing-explorer/progress");
    }

    #[test]
    fn a_stored_import_left_on_show_is_restored_keeping_the_address() {
        let lib = reduce(
            Library::builtin(),
            LibraryAction::Restore(stored(TEXT, true), briefing::read::read),
        );
        assert_eq!(lib.active, Source::Imported);
        // mounted afresh, but opened with the address it has
        assert_eq!((lib.generation, lib.opened), (1, false));
        assert!(lib.writes.is_empty() && lib.note.is_none());
        // nothing stored: the first view stays
        let none = reduce(
            Library::builtin(),
            LibraryAction::Restore(Stored::default(), briefing::read::read),
        );
        assert_eq!((none.active, none.generation), (Source::Builtin, 0));
    }

    #[test]
    fn a_stored_import_not_on_show_waits_then_is_parsed_without_remounting() {
        let lib = reduce(
            Library::builtin(),
            LibraryAction::Restore(stored(TEXT, false), briefing::read::read),
        );
        assert_eq!((lib.active, lib.generation), (Source::Builtin, 0));
        assert!(lib.pending.is_some() && lib.imported.is_none());
        let parsed = reduce(lib.clone(), LibraryAction::ParsePending(briefing::read::read));
        assert!(parsed.pending.is_none() && parsed.imported.is_some());
        assert_eq!((parsed.active, parsed.generation), (Source::Builtin, 0));
        // switching to it before it was parsed parses it first
        let switched = reduce(lib, LibraryAction::Switch(Source::Imported, briefing::read::read));
        assert_eq!((switched.active, switched.generation), (Source::Imported, 1));
    }

    #[test]
    fn a_stored_import_that_no_longer_parses_is_set_aside_and_reported() {
        let lib = reduce(
            Library::builtin(),
            LibraryAction::Restore(stored("not a briefing", true), briefing::read::read),
        );
        assert_eq!(lib.active, Source::Builtin);
        assert_eq!(lib.writes, vec![Write::SetAside(Rc::from("not a briefing"))]);
        assert!(matches!(lib.note, Some(LibraryNote::StoredUnreadable { .. })));
    }

    #[test]
    fn writes_decided_before_storage_got_the_first_are_all_kept_in_order() {
        let (lib, text) = import(Library::builtin(), true);
        let lib = reduce(lib, LibraryAction::Forget);
        assert_eq!(lib.writes, vec![Write::Keep(text), Write::Drop]);
        let lib = reduce(lib, LibraryAction::Written(1));
        assert_eq!(lib.writes, vec![Write::Drop]);
    }
}
