//! The attributes of `<html>` the stylesheet reads (`lang`, `data-ui`, `data-theme`).

/// Sets (`Some`) or removes (`None`) an attribute of `<html>`, only when that changes it: any
/// change of one restyles the whole page, and at start the value is usually already the one
/// index.html's script put there before the first paint.
pub fn set_attribute(name: &str, value: Option<&str>) {
    let Some(root) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
    else {
        return;
    };
    if root.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(v) => root.set_attribute(name, v),
        None => root.remove_attribute(name),
    };
}
