//! The library's shelf in IndexedDB: one object store of briefings, each its text, when it was
//! imported and its summary (`briefing::library::Kept`), keyed by the fingerprint of its text.
//! Written on `web-sys` directly: the four requests the library makes (all, put many, delete,
//! open) each become a future through one promise, which costs the split-off part less than a
//! crate's general API would (see BENCHMARKS.md, issue #30). Only the library's part calls this.
//!
//! Every write is one transaction: it is kept whole or not at all, so a refused write (quota,
//! private mode, a test that makes it fail) leaves what was kept as it was.

use briefing::library::Kept;
use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const NAME: &str = "briefing-explorer";
const VERSION: u32 = 1;
const STORE: &str = "briefings";

/// Why storage could not do what was asked, in the browser's words (its error's name and
/// message): IndexedDB missing or disabled (private mode), the quota reached, a write refused.
#[derive(Clone, Debug, PartialEq)]
pub struct StoreError(pub String);

impl From<JsValue> for StoreError {
    fn from(e: JsValue) -> StoreError {
        let name = field(&e, "name").as_string();
        let message = field(&e, "message").as_string();
        StoreError(match (name, message) {
            (Some(n), Some(m)) if !m.is_empty() => format!("{n}: {m}"),
            (Some(n), _) => n,
            _ => e.as_string().unwrap_or_else(|| "IndexedDB".into()),
        })
    }
}

fn field(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

// (IndexedDB is called through `Reflect` and `Function`, whose shims the glue JS has already,
// not through web-sys's typed bindings: each of those adds a shim to the glue, which is not
// split off and which every first visit downloads.)

/// `target[name]`, as a function to call.
fn method(target: &JsValue, name: &str) -> Result<Function, StoreError> {
    let f = field(target, name);
    if f.is_function() {
        Ok(f.unchecked_into())
    } else {
        Err(StoreError(format!("IndexedDB has no {name}")))
    }
}

fn call0(target: &JsValue, name: &str) -> Result<JsValue, StoreError> {
    method(target, name)?.call0(target).map_err(StoreError::from)
}

fn call1(target: &JsValue, name: &str, a: &JsValue) -> Result<JsValue, StoreError> {
    method(target, name)?.call1(target, a).map_err(StoreError::from)
}

fn call2(target: &JsValue, name: &str, a: &JsValue, b: &JsValue) -> Result<JsValue, StoreError> {
    method(target, name)?.call2(target, a, b).map_err(StoreError::from)
}

/// A future settled by `target`'s `on_ok` event (its `result`, for a request) or its failure
/// events (its `error`).
fn settled(target: &JsValue, on_ok: &'static str, on_fail: &'static [&'static str]) -> JsFuture {
    let target = target.clone();
    JsFuture::from(Promise::new(&mut move |resolve: Function, reject: Function| {
        let events = target.unchecked_ref::<web_sys::EventTarget>();
        let t = target.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &field(&t, "result"));
        });
        let _ = events.add_event_listener_with_callback(on_ok, ok.unchecked_ref());
        let t = target.clone();
        let fail = Closure::once_into_js(move || {
            let error = field(&t, "error");
            let error =
                if error.is_null() || error.is_undefined() { "refused".into() } else { error };
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        for ev in on_fail {
            let _ = events.add_event_listener_with_callback(ev, fail.unchecked_ref());
        }
    }))
}

/// The library's database, made on first use.
pub async fn open() -> Result<JsValue, StoreError> {
    let factory = field(&js_sys::global(), "indexedDB");
    if factory.is_null() || factory.is_undefined() {
        return Err(StoreError("IndexedDB is not available".into()));
    }
    let request = call2(&factory, "open", &NAME.into(), &VERSION.into())?;
    let r = request.clone();
    let upgrade = Closure::<dyn FnMut()>::new(move || {
        let db = field(&r, "result");
        let names = field(&db, "objectStoreNames");
        if !call1(&names, "contains", &STORE.into()).is_ok_and(|has| has.is_truthy()) {
            let _ = call1(&db, "createObjectStore", &STORE.into());
        }
    });
    let _ = Reflect::set(&request, &"onupgradeneeded".into(), upgrade.as_ref());
    let db = settled(&request, "success", &["error"]).await;
    drop(upgrade);
    db.map_err(StoreError::from)
}

/// A transaction on the store, and the store in it.
fn store(db: &JsValue, mode: &str) -> Result<(JsValue, JsValue), StoreError> {
    let tx = call2(db, "transaction", &STORE.into(), &mode.into())?;
    let store = call1(&tx, "objectStore", &STORE.into())?;
    Ok((tx, store))
}

/// Everything kept, in the order of the keys (the fingerprints); entries not in the shape this
/// code writes are skipped (counted in the second value).
pub async fn all(db: &JsValue) -> Result<(Vec<Kept>, usize), StoreError> {
    let (_tx, store) = store(db, "readonly")?;
    let request = call0(&store, "getAll")?;
    let values = settled(&request, "success", &["error"]).await.map_err(StoreError::from)?;
    let (mut kept, mut odd) = (Vec::new(), 0);
    for v in Array::from(&values).iter() {
        match (field(&v, "text").as_string(), field(&v, "imported").as_f64()) {
            (Some(text), Some(imported)) => kept.push(Kept {
                text,
                imported_ms: imported as i64,
                summary: field(&v, "summary").as_string(),
            }),
            _ => odd += 1,
        }
    }
    Ok((kept, odd))
}

/// Keeps every one of `entries` (fingerprint, what to keep) in one transaction: all of them, or
/// none if storage refuses any.
pub async fn put(db: &JsValue, entries: &[(String, Kept)]) -> Result<(), StoreError> {
    if entries.is_empty() {
        return Ok(());
    }
    let (tx, store) = store(db, "readwrite")?;
    let done = settled(&tx, "complete", &["error", "abort"]);
    for (fingerprint, k) in entries {
        let value = js_sys::Object::new();
        let _ = Reflect::set(&value, &"text".into(), &k.text.as_str().into());
        let _ = Reflect::set(&value, &"imported".into(), &(k.imported_ms as f64).into());
        if let Some(s) = &k.summary {
            let _ = Reflect::set(&value, &"summary".into(), &s.as_str().into());
        }
        if let Err(e) = call2(&store, "put", &value, &fingerprint.as_str().into()) {
            let _ = call0(&tx, "abort");
            return Err(e);
        }
    }
    done.await.map(|_| ()).map_err(StoreError::from)
}

/// Takes the briefing with this fingerprint out of storage.
pub async fn delete(db: &JsValue, fingerprint: &str) -> Result<(), StoreError> {
    let (tx, store) = store(db, "readwrite")?;
    let done = settled(&tx, "complete", &["error", "abort"]);
    call1(&store, "delete", &fingerprint.into())?;
    done.await.map(|_| ()).map_err(StoreError::from)
}

/// `navigator.storage`'s `name()`, awaited.
async fn storage_manager(name: &str) -> Option<JsValue> {
    let storage = field(&field(&js_sys::global(), "navigator"), "storage");
    let promise = call0(&storage, name).ok()?;
    JsFuture::from(Promise::resolve(&promise)).await.ok()
}

/// What storage holds and may hold for this site, in bytes (`navigator.storage.estimate()`),
/// if the browser says.
pub async fn estimate() -> Option<(f64, f64)> {
    let estimate = storage_manager("estimate").await?;
    Some((field(&estimate, "usage").as_f64()?, field(&estimate, "quota").as_f64()?))
}

/// Asks the browser not to evict the library (`navigator.storage.persist()`): whether it agreed.
pub async fn persist() -> bool {
    storage_manager("persist").await.is_some_and(|v| v.is_truthy())
}
