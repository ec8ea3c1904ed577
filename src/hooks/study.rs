//! The study record's life in the browser: loaded once the page is hydrated (with the record a
//! link carries merged in), a link opened in a tab that already shows the app, and another
//! tab's answers and settings. (Saving is `study_state::use_record_storage`.)

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::boot;
use crate::hooks::use_effect_on;
use crate::storage;
use crate::study_state::{local_offset, Record, RecordAction, StudySettings};

/// The study record a link carries (`#study=…`).
fn study_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let code =
        hash.strip_prefix('#')?.strip_prefix(briefing::study::link::KEY)?.strip_prefix('=')?;
    Some(code.to_string())
}

/// Merges the record a link's `code` carries, once the code that decodes it is here, and then
/// takes the link out of the address, so that a reload or a copied address does not carry it
/// again. If that code cannot be fetched, the link stays in the address for a reload.
fn open_link(d: UseReducerDispatcher<Record>, code: String) {
    boot::lazy::decode_link(code, move |read| {
        let Some(read) = read else { return d.dispatch(RecordAction::LinkUnavailable) };
        if let Some(w) = web_sys::window() {
            let loc = w.location();
            let url = format!(
                "{}{}",
                loc.pathname().unwrap_or_default(),
                loc.search().unwrap_or_default()
            );
            if let Ok(h) = w.history() {
                let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        }
        d.dispatch(RecordAction::FromLink(read.ok()));
    });
}

/// Loads the record stored under `key`, the student's settings and their offset from UTC once
/// the page is hydrated, then keeps them in step with links and other tabs. `from_address`: a
/// `#study=` link in the address is for this briefing.
#[hook]
pub fn use_study_record(
    record: &UseReducerHandle<Record>,
    key: &AttrValue,
    settings: &UseStateHandle<StudySettings>,
    offset: &UseStateHandle<i64>,
    from_address: bool,
) {
    {
        let (d, key, settings, offset) =
            (record.dispatcher(), key.clone(), settings.setter(), offset.setter());
        use_effect_on((), move |_| {
            boot::after_hydrated(move || {
                let stored = storage::load(&key);
                d.dispatch(RecordAction::Loaded(stored.log, stored.note));
                if let Some(text) = stored.earlier {
                    let d = d.clone();
                    boot::lazy::read_record(text.clone(), move |read| {
                        d.dispatch(RecordAction::Earlier(storage::earlier_read(&key, &text, read)))
                    });
                }
                settings.set(StudySettings::stored());
                offset.set(local_offset());
                if let Some(code) = from_address.then(study_fragment).flatten() {
                    open_link(d, code);
                }
            })
        });
    }
    // a study link opened in the tab that already shows the app (only the fragment changes)
    {
        let d = record.dispatcher();
        use_effect_on((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "hashchange", move |_| {
                    if let Some(code) = study_fragment() {
                        open_link(d.clone(), code);
                    }
                })
            });
            move || drop(listener)
        });
    }
    // another tab answered, imported or cleared (or changed the exam date): merge
    {
        let (d, key, settings) = (record.dispatcher(), key.clone(), settings.setter());
        use_effect_on((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
                    match e.key() {
                        Some(k) if k == key.as_str() => match e.new_value() {
                            None => d.dispatch(RecordAction::FromOtherTab(None)),
                            // (what cannot be read is left for the next load to report)
                            Some(v) => {
                                if let Ok(log) = briefing::study::migrate::read_log(&v) {
                                    d.dispatch(RecordAction::FromOtherTab(Some(log)));
                                }
                            }
                        },
                        Some(k) if StudySettings::is_key(&k) => {
                            settings.set(StudySettings::stored())
                        }
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }
}
