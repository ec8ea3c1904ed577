//! The library's code in the browser (fetched on first use, with the library's part: see
//! `boot::lazy`): what IndexedDB keeps (`idb`) read into the core's `briefing::library::Library`,
//! the single import localStorage kept before the library moved over on first load, the
//! briefing a link or the last visit named opened, and briefings kept or taken out.
//!
//! Nothing the reader had is lost on the way: the earlier import stays in localStorage until
//! IndexedDB has it (or is kept aside under `…imported.unreadable` if it no longer reads), and a
//! briefing IndexedDB holds that no longer reads stays there, reported, not deleted.

use std::rc::Rc;

use briefing::library::{Entry, Kept, Library as Shelf};
use briefing::read::read;

use crate::data::Shared;
use crate::idb::{self, StoreError};
use crate::library::{Imported, LibraryNote, Restored, Want, ACTIVE_KEY, BACKUP_KEY, TEXT_KEY};
use crate::storage;

/// What storage keeps of an entry.
pub fn kept(e: &Entry) -> (String, Kept) {
    let k = Kept {
        text: e.text.clone(),
        imported_ms: e.imported_ms,
        summary: Some(e.summary.to_kept()),
    };
    (e.fingerprint.clone(), k)
}

/// The library as kept, the earlier single import moved in, and a note when something could
/// not be read or kept (nothing is dropped: see the module's doc).
pub async fn load() -> (Shelf, Option<LibraryNote>) {
    let db = match idb::open().await {
        Ok(db) => db,
        Err(StoreError(why)) => {
            // no IndexedDB (private mode, disabled): the earlier import still opens, this session
            let mut shelf = Shelf::default();
            let note = migrate_into(&mut shelf, None).await.or(Some(LibraryNote::Unavailable(why)));
            return (shelf, note);
        }
    };
    let (stored, mut odd) = match idb::all(&db).await {
        Ok(all) => all,
        Err(StoreError(why)) => return (Shelf::default(), Some(LibraryNote::Unavailable(why))),
    };
    // (in the order imported: storage hands them back in the order of their keys)
    let mut stored = stored;
    stored.sort_by_key(|k| k.imported_ms);
    let (mut shelf, renewed, unreadable) = Shelf::from_kept(stored, read);
    odd += unreadable.len();
    // summaries made again (a newer reader) are kept again, so the next visit opens at once
    let again: Vec<(String, Kept)> =
        renewed.iter().filter_map(|fp| shelf.get(fp)).map(kept).collect();
    let _ = idb::put(&db, &again).await;
    let note = migrate_into(&mut shelf, Some(&db)).await;
    (shelf, note.or((odd > 0).then_some(LibraryNote::KeptUnreadable(odd))))
}

/// The single import localStorage kept before the library (`TEXT_KEY`), moved into `shelf` and
/// into IndexedDB; removed from localStorage only once IndexedDB has it. One that no longer
/// reads is kept aside under `BACKUP_KEY`, as before.
async fn migrate_into(
    shelf: &mut Shelf,
    db: Option<&wasm_bindgen::JsValue>,
) -> Option<LibraryNote> {
    let text = storage::setting(TEXT_KEY)?;
    let now = crate::clock::epoch_ms() as i64;
    match read(&text) {
        Ok(b) => {
            shelf.add_read(&text, &b, now);
            let fp = briefing::export::fingerprint(&text);
            if storage::setting(ACTIVE_KEY).as_deref() == Some("imported") {
                storage::set_setting(ACTIVE_KEY, Some(&fp));
            }
            let entry = shelf.get(&fp).map(kept);
            let stored = match (db, entry) {
                (Some(db), Some(e)) => idb::put(db, &[e]).await.is_ok(),
                _ => false,
            };
            if stored {
                storage::set_setting(TEXT_KEY, None);
                None
            } else {
                Some(LibraryNote::NotSaved)
            }
        }
        Err(e) => {
            storage::set_setting(BACKUP_KEY, Some(&text));
            storage::set_setting(TEXT_KEY, None);
            if storage::setting(ACTIVE_KEY).as_deref() == Some("imported") {
                storage::set_setting(ACTIVE_KEY, None);
            }
            Some(LibraryNote::StoredUnreadable { line: e.line })
        }
    }
}

/// The library loaded, and the briefing `want` names read and opened (or a note saying the
/// library does not hold the one a link named).
pub async fn restore(want: Want) -> Restored {
    let (shelf, mut note) = load().await;
    // (after the move: the last visit may have been on the earlier import, now named by its
    // fingerprint)
    let on_show = want.named.clone().or_else(|| storage::setting(ACTIVE_KEY));
    let open = on_show.as_deref().and_then(|fp| shelf.get(fp)).and_then(|e| {
        read(&e.text).ok().map(|b| Imported {
            briefing: Shared(Rc::new(b)),
            text: Rc::from(e.text.as_str()),
            fingerprint: e.fingerprint.clone(),
            saved: true,
        })
    });
    if let (Some(named), None) = (&want.named, &open) {
        note = Some(LibraryNote::Missing(named.clone()));
    }
    Restored { shelf: Some(Rc::new(shelf)), open, note }
}

/// Keeps `entries` in IndexedDB (one transaction: all or none), asking the browser not to evict
/// the library the first time.
pub async fn keep(entries: &[&Entry]) -> Result<(), String> {
    let db = idb::open().await.map_err(|e| e.0)?;
    let kept: Vec<(String, Kept)> = entries.iter().map(|e| kept(e)).collect();
    idb::put(&db, &kept).await.map_err(|e| e.0)?;
    wasm_bindgen_futures::spawn_local(async {
        idb::persist().await;
    });
    Ok(())
}

/// Takes the briefing out of IndexedDB.
pub async fn drop_kept(fingerprint: &str) -> Result<(), String> {
    let db = idb::open().await.map_err(|e| e.0)?;
    idb::delete(&db, fingerprint).await.map_err(|e| e.0)
}
