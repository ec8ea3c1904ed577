//! A library of briefings: every transcript the reader imported, kept by the fingerprint of its
//! text, with what the library view lists of it. The rules only; the app keeps the entries in
//! IndexedDB.
//!
//! - [`Library::import`] takes many texts at once. Each gets an [`Outcome`]: added (with its
//!   [`Summary`]), already there (same fingerprint, not stored twice), or refused (why, and on
//!   which line).
//! - [`Library::remove`] hands back what it removed, and [`Library::restore`] puts it back in its
//!   place (undo).
//! - [`Library::listed`] sorts and filters for the library view.
//! - [`Library::to_file`] writes the whole library as one file, and [`Library::merge_file`]
//!   merges such a file in. Nothing is lost: a briefing in both is kept once, with the earlier
//!   import date, and a text in the file that does not read is reported, not dropped silently.
//!
//! The text is what is kept; everything else (the summary, the fingerprint) is derived from it
//! again on the way in, so a file edited by hand cannot make the library say something its
//! texts do not.

pub mod search;

use serde::{Deserialize, Serialize};

use crate::error::ParseError;
use crate::export::fingerprint;
use crate::model::{Briefing, Format};

/// What the library view shows of a briefing without reading it again. Kept beside the text
/// (as [`Summary::to_kept`]) so that a library of hundreds opens without reading each text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub headline: String,
    pub format: Format,
    /// ISO date of the event, when the text gives one.
    pub date: Option<String>,
    pub kind: Option<String>,
    pub host: Option<String>,
    /// The spokespeople, in the briefing's order.
    pub spokespeople: Vec<String>,
    pub qas: usize,
    pub figures: usize,
}

impl Summary {
    pub fn of(b: &Briefing) -> Summary {
        Summary {
            headline: b.headline.clone(),
            format: b.format,
            date: b.event.date.clone(),
            kind: b.event.kind.clone(),
            host: b.event.host.clone(),
            spokespeople: b.speakers.iter().map(|s| s.name.clone()).collect(),
            qas: b.qas().count(),
            figures: b.figures().count(),
        }
    }

    /// The summary as kept beside its text: JSON, tagged with [`SUMMARY_VERSION`].
    pub fn to_kept(&self) -> String {
        let kept = KeptSummary { v: SUMMARY_VERSION, summary: self.clone() };
        serde_json::to_string(&kept).unwrap_or_default()
    }

    /// A summary kept by [`Summary::to_kept`] of this version; `None` for anything else (another
    /// version, damage), which is then made again from the text.
    pub fn from_kept(kept: &str) -> Option<Summary> {
        serde_json::from_str::<KeptSummary>(kept)
            .ok()
            .filter(|k| k.v == SUMMARY_VERSION)
            .map(|k| k.summary)
    }
}

/// The version of a kept summary: raised whenever the reader changes what a summary says of
/// the same text (counts, dates), so that kept summaries are made again from their texts.
pub const SUMMARY_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct KeptSummary {
    v: u32,
    summary: Summary,
}

/// A briefing as storage keeps it: its text, when it was imported, and its summary as kept
/// (`None` or stale: made again from the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub text: String,
    pub imported_ms: i64,
    pub summary: Option<String>,
}

/// One briefing of the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// `export::fingerprint` of `text`: the briefing's name in the library, in links and in the
    /// study record.
    pub fingerprint: String,
    /// The transcript as imported.
    pub text: String,
    /// When it was first imported (ms since the Unix epoch).
    pub imported_ms: i64,
    pub summary: Summary,
}

/// What became of one text of an import.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Added(Summary),
    /// the library holds this text already (this fingerprint)
    AlreadyThere(String),
    Refused(ParseError),
}

/// A briefing taken out, to put back with [`Library::restore`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    entry: Entry,
    at: usize,
}

impl Removed {
    /// The briefing taken out.
    pub fn entry(&self) -> &Entry {
        &self.entry
    }
}

/// How the library view orders its briefings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// newest event first; briefings without a date last, newest import first
    #[default]
    NewestFirst,
    OldestFirst,
    /// as imported, newest first
    Imported,
}

/// Which briefings the library view lists: all, or those of one kind or host.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Listing {
    pub order: Order,
    pub kind: Option<String>,
    pub host: Option<String>,
}

/// Why a library file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// not JSON, or not in the shape of a library file
    NotALibrary(String),
    /// a library file of a later version than this app reads: (found, read)
    Version(u32, u32),
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::NotALibrary(why) => write!(f, "not a library file: {why}"),
            FileError::Version(found, read) => {
                write!(f, "a library file of version {found}; this app reads version {read}")
            }
        }
    }
}

/// What a merged file brought: how many briefings were new, and the texts it held that do not
/// read (their place in the file, the first line of the text, and why).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Merged {
    pub added: usize,
    pub already_there: usize,
    pub unreadable: Vec<(usize, String, ParseError)>,
}

/// The library file's name for itself, and the version this code writes and reads.
const FILE_FORMAT: &str = "briefing-explorer-library";
const FILE_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    briefings: Vec<FileEntry>,
}

#[derive(Serialize, Deserialize)]
struct FileEntry {
    /// ms since the Unix epoch
    imported: i64,
    text: String,
}

/// By the date of the event, the newest or the earliest first; a briefing without a date comes
/// after every dated one, whichever way the list runs.
fn by_date(a: &Entry, b: &Entry, newest: bool) -> std::cmp::Ordering {
    use std::cmp::Ordering::{Equal, Greater, Less};
    match (&a.summary.date, &b.summary.date) {
        (Some(x), Some(y)) if newest => y.cmp(x),
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => Less,
        (None, Some(_)) => Greater,
        (None, None) => Equal,
    }
}

/// The briefings the reader keeps, in the order they were first imported.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Library {
    entries: Vec<Entry>,
}

impl Library {
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn get(&self, fingerprint: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.fingerprint == fingerprint)
    }

    /// Reads each of `texts` with `read` and keeps those that read and are new, imported at
    /// `now_ms`; one [`Outcome`] per text, in order. A text twice in one import is kept once.
    pub fn import<'a>(
        &mut self,
        texts: impl IntoIterator<Item = &'a str>,
        now_ms: i64,
        read: impl Fn(&str) -> Result<Briefing, ParseError>,
    ) -> Vec<Outcome> {
        texts.into_iter().map(|text| self.add(text, now_ms, &read)).collect()
    }

    fn add(
        &mut self,
        text: &str,
        imported_ms: i64,
        read: impl Fn(&str) -> Result<Briefing, ParseError>,
    ) -> Outcome {
        self.add_summarised(text, imported_ms, || read(text).map(|b| Summary::of(&b)))
    }

    /// [`Library::add`] with the summary made only for a text the library does not hold.
    fn add_summarised(
        &mut self,
        text: &str,
        imported_ms: i64,
        summarise: impl FnOnce() -> Result<Summary, ParseError>,
    ) -> Outcome {
        let fingerprint = fingerprint(text);
        if let Some(e) = self.entries.iter_mut().find(|e| e.fingerprint == fingerprint) {
            // (kept with the earlier date: a library file merged in may have imported it first)
            e.imported_ms = e.imported_ms.min(imported_ms);
            return Outcome::AlreadyThere(fingerprint);
        }
        match summarise() {
            Ok(summary) => {
                self.entries.push(Entry {
                    fingerprint,
                    text: text.to_string(),
                    imported_ms,
                    summary: summary.clone(),
                });
                Outcome::Added(summary)
            }
            Err(e) => Outcome::Refused(e),
        }
    }

    /// The library storage kept, in the order given. A text whose kept summary is missing or of
    /// another version is read again with `read`; one that no longer reads is handed back with
    /// why (to be kept aside, not dropped), and one twice is kept once. Also returns the
    /// fingerprints whose summaries were made again (to be stored again).
    pub fn from_kept(
        kept: Vec<Kept>,
        read: impl Fn(&str) -> Result<Briefing, ParseError>,
    ) -> (Library, Vec<String>, Vec<(Kept, ParseError)>) {
        let mut library = Library::default();
        let (mut renewed, mut unreadable) = (Vec::new(), Vec::new());
        for k in kept {
            let fingerprint = fingerprint(&k.text);
            if library.get(&fingerprint).is_some() {
                continue;
            }
            let summary = match k.summary.as_deref().and_then(Summary::from_kept) {
                Some(s) => s,
                None => match read(&k.text) {
                    Ok(b) => {
                        renewed.push(fingerprint.clone());
                        Summary::of(&b)
                    }
                    Err(e) => {
                        unreadable.push((k, e));
                        continue;
                    }
                },
            };
            library.entries.push(Entry {
                fingerprint,
                text: k.text,
                imported_ms: k.imported_ms,
                summary,
            });
        }
        (library, renewed, unreadable)
    }

    /// Adds a briefing already read (its text and what was read of it), imported at
    /// `imported_ms`, unless the library holds it: the outcome, as [`Library::import`] says it.
    pub fn add_read(&mut self, text: &str, b: &Briefing, imported_ms: i64) -> Outcome {
        self.add_summarised(text, imported_ms, || Ok(Summary::of(b)))
    }

    /// Takes the briefing out; `None` if the library does not hold it.
    pub fn remove(&mut self, fingerprint: &str) -> Option<Removed> {
        let at = self.entries.iter().position(|e| e.fingerprint == fingerprint)?;
        Some(Removed { entry: self.entries.remove(at), at })
    }

    /// Puts a removed briefing back where it was (unless it has been imported again since).
    pub fn restore(&mut self, removed: Removed) {
        if self.get(&removed.entry.fingerprint).is_none() {
            let at = removed.at.min(self.entries.len());
            self.entries.insert(at, removed.entry);
        }
    }

    /// The briefings the view lists, in its order.
    pub fn listed(&self, how: &Listing) -> Vec<&Entry> {
        let mut out: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|e| how.kind.is_none() || e.summary.kind == how.kind)
            .filter(|e| how.host.is_none() || e.summary.host == how.host)
            .collect();
        match how.order {
            // (a stable sort: one day's briefings stay in the order imported, newest first)
            Order::Imported => out.reverse(),
            Order::NewestFirst => {
                out.reverse();
                out.sort_by(|a, b| by_date(a, b, true));
            }
            Order::OldestFirst => out.sort_by(|a, b| by_date(a, b, false)),
        }
        out
    }

    /// The kinds and hosts the library holds, each once, in order of first import: the view's
    /// filter chips.
    pub fn facets(&self) -> (Vec<&str>, Vec<&str>) {
        let mut kinds: Vec<&str> = Vec::new();
        let mut hosts: Vec<&str> = Vec::new();
        for e in &self.entries {
            if let Some(k) = e.summary.kind.as_deref().filter(|k| !kinds.contains(k)) {
                kinds.push(k);
            }
            if let Some(h) = e.summary.host.as_deref().filter(|h| !hosts.contains(h)) {
                hosts.push(h);
            }
        }
        (kinds, hosts)
    }

    /// The whole library as one file (JSON): each briefing's text and when it was imported.
    pub fn to_file(&self) -> String {
        let file = File {
            format: FILE_FORMAT.to_string(),
            version: FILE_VERSION,
            briefings: self
                .entries
                .iter()
                .map(|e| FileEntry { imported: e.imported_ms, text: e.text.clone() })
                .collect(),
        };
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// Merges a library file in (from [`Library::to_file`], on this device or another). A
    /// briefing in both is kept once, with the earlier of its two import dates; the library is
    /// unchanged when the file cannot be read at all.
    pub fn merge_file(
        &mut self,
        file: &str,
        read: impl Fn(&str) -> Result<Briefing, ParseError>,
    ) -> Result<Merged, FileError> {
        let file: File =
            serde_json::from_str(file).map_err(|e| FileError::NotALibrary(e.to_string()))?;
        if file.format != FILE_FORMAT {
            return Err(FileError::NotALibrary(format!("its format is “{}”", file.format)));
        }
        if file.version > FILE_VERSION {
            return Err(FileError::Version(file.version, FILE_VERSION));
        }
        let mut merged = Merged::default();
        for (n, f) in file.briefings.into_iter().enumerate() {
            match self.add(&f.text, f.imported, &read) {
                Outcome::Added(_) => merged.added += 1,
                Outcome::AlreadyThere(_) => merged.already_there += 1,
                Outcome::Refused(e) => {
                    let first = f.text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
                    merged.unreadable.push((n + 1, first.chars().take(40).collect(), e));
                }
            }
        }
        Ok(merged)
    }
}
