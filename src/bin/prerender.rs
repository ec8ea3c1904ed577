//! `prerender INDEX_HTML`: puts the app's server rendering into the page Trunk built, as the
//! content of `<div id="app">` (which must be there and empty), so the page a reader opens is
//! the app's first view. Run natively by the build (`scripts/build/prerender.py`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender INDEX_HTML");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Trunk's minifier may have dropped the quotes
    let id = briefing_explorer::MOUNT_ID;
    let slots = [format!("<div id=\"{id}\"></div>"), format!("<div id={id}></div>")];
    let found: Vec<&String> = slots.iter().filter(|s| page.contains(s.as_str())).collect();
    let [slot] = found.as_slice() else {
        eprintln!("prerender: {path} must hold one empty <div id=\"{id}\"></div>");
        return ExitCode::FAILURE;
    };
    if page.matches(slot.as_str()).count() != 1 {
        eprintln!("prerender: {path} must hold one empty {slot}");
        return ExitCode::FAILURE;
    }
    let view = briefing_explorer::server_render();
    let filled = page.replacen(slot.as_str(), &format!("<div id=\"{id}\">{view}</div>"), 1);
    if let Err(e) = std::fs::write(&path, filled) {
        eprintln!("prerender: {path}: {e}");
        return ExitCode::FAILURE;
    }
    println!("prerender: {} bytes of server-rendered first view", view.len());
    ExitCode::SUCCESS
}
