//! Embeds `data/briefing.json` without its pretty-printing whitespace: the checked-in file stays
//! readable, the WebAssembly carries only the data.

use std::{env, fs, path::Path};

fn main() {
    let src = "data/briefing.json";
    println!("cargo:rerun-if-changed={src}");
    let json = fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_ascii_whitespace() {
            out.push(c);
        }
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"))).join("briefing.min.json");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
