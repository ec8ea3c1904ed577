//! The study record (a log of answers) and small settings in localStorage. A damaged entry is
//! reported and kept aside under a backup key, never silently dropped; a record of the earlier
//! format becomes a log at first load (once the code that reads it is here); a failed write
//! (quota, private mode) is reported. Every write merges with what is stored, so two tabs never
//! overwrite each other's answers.

use briefing::study::log::Log;
use briefing::study::migrate::{is_v1, read_log, RecordError};

/// Something the reader should know about their study record; worded by `Strings::note` in the
/// interface language at display time.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    StorageOff,
    /// The stored record was damaged or from another version; `kept_as` is the backup key.
    Unreadable {
        reason: Reason,
        kept_as: Option<String>,
    },
    CannotRead,
    /// a record of the earlier format is kept, to be read at a later visit (its code could not
    /// be fetched)
    EarlierKept,
    SaveFailed,
    CannotClear,
    /// a file merged in: how many answers it added
    Imported(usize),
    ImportFailed(Reason),
    /// a link's record merged in: how many answers it added
    FromLink(usize),
    LinkFailed,
    /// a link carries a record, but the code that decodes it could not be fetched: the link
    /// stays in the address
    LinkUnavailable,
    Cleared,
}

/// Why a record could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    Corrupt,
    /// (found, this app's version)
    Version(u32, u32),
    /// a record of the earlier format, whose code could not be fetched
    Unavailable,
}

impl From<&RecordError> for Reason {
    fn from(e: &RecordError) -> Reason {
        match e {
            RecordError::Corrupt(_) => Reason::Corrupt,
            RecordError::UnknownVersion(v) => Reason::Version(*v, 2),
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// A small setting (theme): read, or written (`None` removes it). A storage that is missing,
/// full or disabled only means the setting is not remembered.
pub fn setting(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

pub fn set_setting(key: &str, value: Option<&str>) {
    if let Some(s) = storage() {
        let _ = match value {
            Some(v) => s.set_item(key, v),
            None => s.remove_item(key),
        };
    }
}

/// What storage held for a briefing's record at load.
pub struct Stored {
    pub log: Log,
    /// what the reader should be told about it
    pub note: Option<Note>,
    /// a record of the earlier format still to be read (`earlier_read` says what became of it):
    /// the one under the key, or one a save set aside under `{key}.v1-unread`
    pub earlier: Option<String>,
}

/// The stored record, and a note for the reader when it could not be used. `key` names the study
/// record of one briefing (the built-in one, or an import). A record of the earlier format is
/// handed back as `earlier`, left where it is until read.
pub fn load(key: &str) -> Stored {
    let stored = |log, note| Stored { log, note, earlier: None };
    let Some(s) = storage() else {
        return stored(Log::new(), Some(Note::StorageOff));
    };
    let mut loaded = match s.get_item(key) {
        Ok(None) => stored(Log::new(), None),
        Ok(Some(raw)) if is_v1(&raw) => Stored { earlier: Some(raw), ..stored(Log::new(), None) },
        Ok(Some(raw)) => match read_log(&raw) {
            Ok(log) => stored(log, None),
            Err(e) => {
                let backup = format!("{key}.unreadable");
                let kept = s.set_item(&backup, &raw).is_ok();
                let _ = s.remove_item(key);
                let reason = (&e).into();
                stored(
                    Log::new(),
                    Some(Note::Unreadable { reason, kept_as: kept.then_some(backup) }),
                )
            }
        },
        Err(_) => return stored(Log::new(), Some(Note::CannotRead)),
    };
    if loaded.earlier.is_none() {
        loaded.earlier = s.get_item(&unread_key(key)).ok().flatten();
    }
    loaded
}

/// Where a save sets aside a record of the earlier format not read yet.
fn unread_key(key: &str) -> String {
    format!("{key}.v1-unread")
}

/// What became of `text`, a record of the earlier format found at load, once `read` (`None`:
/// its code could not be fetched): its log, to be merged into the record, or a note. Read, it is
/// kept as `{key}.v1` and its log stored in its place; damaged, it is kept as `{key}.unreadable`;
/// not read, it stays for the next visit.
pub fn earlier_read(
    key: &str,
    text: &str,
    read: Option<Result<Log, RecordError>>,
) -> Result<Log, Note> {
    let s = storage().ok_or(Note::StorageOff)?;
    let here = s.get_item(key).ok().flatten().is_some_and(|raw| raw == text);
    let (unread, v1) = (unread_key(key), format!("{key}.v1"));
    let moved = |to: &str, log: Option<&Log>| {
        let kept = s.set_item(to, text).is_ok();
        if kept {
            let _ = match (here, log) {
                (true, Some(log)) => s.set_item(key, &log.to_csv()),
                (true, None) => s.remove_item(key),
                (false, _) => s.remove_item(&unread),
            };
        }
        kept
    };
    match read {
        Some(Ok(log)) => {
            moved(&v1, Some(&log));
            Ok(log)
        }
        Some(Err(e)) => {
            let backup = format!("{key}.unreadable");
            let kept = moved(&backup, None);
            Err(Note::Unreadable { reason: (&e).into(), kept_as: kept.then_some(backup) })
        }
        None => Err(Note::EarlierKept),
    }
}

/// The record another tab stored (for the `storage` event); `None` if it cannot be read.
pub fn stored(key: &str) -> Option<Log> {
    storage().and_then(|s| s.get_item(key).ok().flatten()).and_then(|raw| read_log(&raw).ok())
}

/// Writes `log` merged with what is stored (another tab's answers), and returns the union.
pub fn save(key: &str, log: &Log) -> Result<Log, Note> {
    let s = storage().ok_or(Note::StorageOff)?;
    let mut all = log.clone();
    match s.get_item(key).ok().flatten() {
        // a record of the earlier format not read yet: set aside for the next load, not lost
        Some(raw) if is_v1(&raw) => {
            s.set_item(&unread_key(key), &raw).map_err(|_| Note::SaveFailed)?
        }
        Some(raw) => {
            if let Ok(other) = read_log(&raw) {
                all.merge(&other);
            }
        }
        None => {}
    }
    s.set_item(key, &all.to_csv()).map_err(|_| Note::SaveFailed)?;
    Ok(all)
}

pub fn clear(key: &str) -> Result<(), Note> {
    let s = storage().ok_or(Note::StorageOff)?;
    s.remove_item(key).map_err(|_| Note::CannotClear)
}
