//! Study progress in localStorage. A damaged or old entry is reported and kept aside under a
//! backup key, never silently dropped; a failed write (quota, private mode) is reported.

use briefing::progress::{Progress, ProgressError, VERSION};

/// Something the reader should know about their study record; worded by `Strings::note` in the
/// interface language at display time.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    StorageOff,
    /// The stored record was damaged or from another version; `kept_as` is the backup key.
    Unreadable { reason: Reason, kept_as: Option<String> },
    CannotRead,
    SaveFailed,
    CannotClear,
    Imported,
    ImportFailed(Reason),
    Cleared,
}

/// Why a progress document could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    Corrupt,
    /// (found, this app's version)
    Version(u32, u32),
}

impl From<&ProgressError> for Reason {
    fn from(e: &ProgressError) -> Reason {
        match e {
            ProgressError::Corrupt(_) => Reason::Corrupt,
            ProgressError::UnknownVersion(v) => Reason::Version(*v, VERSION),
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

/// The saved progress, and a note for the reader when it could not be used.
/// `key` names the study record of one briefing (the built-in one, or an import).
pub fn load(key: &str) -> (Progress, Option<Note>) {
    let Some(s) = storage() else {
        return (Progress::new(), Some(Note::StorageOff));
    };
    match s.get_item(key) {
        Ok(None) => (Progress::new(), None),
        Ok(Some(raw)) => match Progress::from_json(&raw) {
            Ok(p) => (p, None),
            Err(e) => {
                let backup = format!("{key}.unreadable");
                let kept = s.set_item(&backup, &raw).is_ok();
                let _ = s.remove_item(key);
                (Progress::new(), Some(Note::Unreadable { reason: (&e).into(), kept_as: kept.then_some(backup) }))
            }
        },
        Err(_) => (Progress::new(), Some(Note::CannotRead)),
    }
}

pub fn save(key: &str, p: &Progress) -> Result<(), Note> {
    let s = storage().ok_or(Note::StorageOff)?;
    s.set_item(key, &p.to_json()).map_err(|_| Note::SaveFailed)
}

pub fn clear(key: &str) -> Result<(), Note> {
    let s = storage().ok_or(Note::StorageOff)?;
    s.remove_item(key).map_err(|_| Note::CannotClear)
}

/// Writes a value and says whether it was kept (false: storage full, disabled or missing).
pub fn try_set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}
