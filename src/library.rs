//! Which briefing the page shows: the built-in one, or one the reader imported. An import is
//! parsed in the browser by the core parser, nothing leaves the machine; with the reader's
//! consent its text is kept in localStorage and parsed again on the next visit. A storage
//! failure (quota, private mode) or a stored text that no longer parses is reported, and the
//! stored text is kept aside instead of being lost.

use std::rc::Rc;

use crate::data::{self, Shared};
use crate::storage;

const TEXT_KEY: &str = "briefing-explorer/imported";
const ACTIVE_KEY: &str = "briefing-explorer/active";
const BACKUP_KEY: &str = "briefing-explorer/imported.unreadable";

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

#[derive(Clone, PartialEq)]
pub struct Library {
    pub builtin: Result<Shared, String>,
    pub imported: Option<Imported>,
    pub active: Source,
    /// changes whenever the shown briefing does: the app is mounted afresh for it
    pub generation: u32,
    pub note: Option<LibraryNote>,
    /// a stored import not on show at start-up: parsed after the page is drawn
    /// (`parse_pending`), so a big one does not hold up the built-in briefing
    pub pending: Option<Rc<str>>,
}

impl Library {
    /// The built-in briefing alone: what the page's first view shows, on both sides.
    pub fn builtin() -> Library {
        Library {
            builtin: data::embedded(),
            imported: None,
            active: Source::Builtin,
            generation: 0,
            note: None,
            pending: None,
        }
    }

    /// What the reader left stored, applied after the page is adopted: a stored import that was
    /// on show is parsed now and shown (the app is mounted afresh for it); one that was not is
    /// left for `parse_pending`, so a big one does not hold up the built-in briefing.
    pub fn restore(&self) -> Library {
        let mut lib = self.clone();
        if let Some(text) = storage::setting(TEXT_KEY) {
            if storage::setting(ACTIVE_KEY).as_deref() == Some("imported") {
                lib.adopt_stored(text.into());
                if lib.imported.is_some() {
                    lib.active = Source::Imported;
                    lib.generation += 1;
                }
            } else {
                lib.pending = Some(text.into());
            }
        }
        lib
    }

    /// Parses the stored import: kept as the import, or (when it no longer parses) moved aside
    /// under the backup key and reported.
    fn adopt_stored(&mut self, text: Rc<str>) {
        match briefing::parse::parse(&text) {
            Ok(b) => {
                self.imported = Some(Imported {
                    fingerprint: briefing::export::fingerprint(&text),
                    briefing: Shared(Rc::new(b)),
                    text,
                    saved: true,
                });
            }
            Err(e) => {
                storage::set_setting(BACKUP_KEY, Some(&text));
                storage::set_setting(TEXT_KEY, None);
                self.note = Some(LibraryNote::StoredUnreadable { line: e.line });
            }
        }
    }

    /// The stored import left aside at start-up, parsed. The briefing on show does not change
    /// (same generation: the app is not mounted again).
    pub fn parse_pending(&self) -> Library {
        let mut next = self.clone();
        if let Some(text) = next.pending.take() {
            next.adopt_stored(text);
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

    /// A parsed import becomes the shown briefing; kept in storage when the reader agreed.
    pub fn import(
        &self,
        briefing: briefing::Briefing,
        text: Rc<str>,
        keep: bool,
        ms: u32,
    ) -> Library {
        let saved = keep && storage::try_set(TEXT_KEY, &text);
        // shown on the next visit only when kept; an import kept before stays stored (and
        // switchable after a reload) until this one replaces it or the reader forgets it
        storage::set_setting(ACTIVE_KEY, saved.then_some("imported"));
        Library {
            imported: Some(Imported {
                fingerprint: briefing::export::fingerprint(&text),
                briefing: Shared(Rc::new(briefing)),
                text,
                saved,
            }),
            active: Source::Imported,
            generation: self.generation + 1,
            note: Some(if keep && !saved {
                LibraryNote::NotSaved
            } else {
                LibraryNote::Imported { ms, saved }
            }),
            builtin: self.builtin.clone(),
            // a stored import not kept over stays stored; it is this session's import now
            pending: None,
        }
    }

    pub fn switch(&self, to: Source) -> Library {
        if to == Source::Imported && self.imported.is_none() && self.pending.is_some() {
            return self.parse_pending().switch(to);
        }
        if to == self.active || (to == Source::Imported && self.imported.is_none()) {
            return self.clone();
        }
        if self.imported.as_ref().is_some_and(|i| i.saved) {
            storage::set_setting(ACTIVE_KEY, (to == Source::Imported).then_some("imported"));
        }
        Library { active: to, generation: self.generation + 1, note: None, ..self.clone() }
    }

    /// Drops the import (and its stored copy); the built-in briefing is shown.
    pub fn forget(&self) -> Library {
        storage::set_setting(TEXT_KEY, None);
        storage::set_setting(ACTIVE_KEY, None);
        Library {
            imported: None,
            active: Source::Builtin,
            generation: self.generation + 1,
            note: Some(LibraryNote::Forgotten),
            builtin: self.builtin.clone(),
            pending: None,
        }
    }
}
