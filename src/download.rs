//! Saving a file the app made (an export) to the reader's disk: a Blob, an object URL and a
//! temporary `<a download>`, all built as elements, never from HTML text.

use wasm_bindgen::JsCast;

/// Offers `content` as a download named `name`. An error says what the browser refused.
pub fn save(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "Blob")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "object URL")?;
    let a = document
        .create_element("a")
        .map_err(|_| "element")?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "anchor")?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    let _ = body.append_child(&a);
    a.click();
    a.remove();
    // the download has its own reference to the data by now
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
