//! The study record (a log of answers) and small settings in localStorage. A damaged entry is
//! reported and kept aside under a backup key, never silently dropped; a record of the earlier
//! format becomes a log at first load; a failed write (quota, private mode) is reported. Every
//! write merges with what is stored, so two tabs never overwrite each other's answers.

use briefing::study::log::Log;
use briefing::study::migrate::{read_record, RecordError};

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
    SaveFailed,
    CannotClear,
    /// a file merged in: how many answers it added
    Imported(usize),
    ImportFailed(Reason),
    /// a link's record merged in: how many answers it added
    FromLink(usize),
    LinkFailed,
    Cleared,
}

/// Why a record could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    Corrupt,
    /// (found, this app's version)
    Version(u32, u32),
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

/// The stored record, and a note for the reader when it could not be used. `key` names the study
/// record of one briefing (the built-in one, or an import). A record of the earlier format is
/// rewritten as a log, its original kept under `{key}.v1`.
pub fn load(key: &str) -> (Log, Option<Note>) {
    let Some(s) = storage() else {
        return (Log::new(), Some(Note::StorageOff));
    };
    match s.get_item(key) {
        Ok(None) => (Log::new(), None),
        Ok(Some(raw)) => match read_record(&raw) {
            Ok(log) => {
                if raw.trim_start().starts_with('{')
                    && s.set_item(&format!("{key}.v1"), &raw).is_ok()
                {
                    let _ = s.set_item(key, &log.to_csv());
                }
                (log, None)
            }
            Err(e) => {
                let backup = format!("{key}.unreadable");
                let kept = s.set_item(&backup, &raw).is_ok();
                let _ = s.remove_item(key);
                (
                    Log::new(),
                    Some(Note::Unreadable { reason: (&e).into(), kept_as: kept.then_some(backup) }),
                )
            }
        },
        Err(_) => (Log::new(), Some(Note::CannotRead)),
    }
}

/// The record another tab stored (for the `storage` event); `None` if it cannot be read.
pub fn stored(key: &str) -> Option<Log> {
    storage().and_then(|s| s.get_item(key).ok().flatten()).and_then(|raw| read_record(&raw).ok())
}

/// Writes `log` merged with what is stored (another tab's answers), and returns the union.
pub fn save(key: &str, log: &Log) -> Result<Log, Note> {
    let s = storage().ok_or(Note::StorageOff)?;
    let mut all = log.clone();
    if let Some(other) = stored(key) {
        all.merge(&other);
    }
    s.set_item(key, &all.to_csv()).map_err(|_| Note::SaveFailed)?;
    Ok(all)
}

pub fn clear(key: &str) -> Result<(), Note> {
    let s = storage().ok_or(Note::StorageOff)?;
    s.remove_item(key).map_err(|_| Note::CannotClear)
}

/// Writes a value and says whether it was kept (false: storage full, disabled or missing).
pub fn try_set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}
