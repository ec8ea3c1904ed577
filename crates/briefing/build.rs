//! Generates `to_simplified`, the traditional → simplified character table, from OpenCC's
//! `TSCharacters.txt` (vendored in `vendor/opencc/`, see `vendor/README.md`). The table becomes
//! one `match` (code, not data), so that in the split release build it travels in the file of
//! the code that calls it, not in the main module.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let table = manifest.join("../../vendor/opencc/TSCharacters.txt");
    println!("cargo:rerun-if-changed={}", table.display());
    let text = std::fs::read_to_string(&table).unwrap_or_else(|e| {
        panic!("cannot read {}: {e}", table.display());
    });
    let mut arms = String::new();
    let mut pairs = 0;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((from, to)) = line.split_once('\t') else { continue };
        // a character with several simplified forms takes the first: OpenCC's default
        let to = to.split(' ').next().unwrap_or("");
        let (mut f, mut t) = (from.chars(), to.chars());
        let (Some(f1), None, Some(t1), None) = (f.next(), f.next(), t.next(), t.next()) else {
            continue;
        };
        if f1 != t1 {
            let _ = writeln!(arms, "        '{f1}' => '{t1}',");
            pairs += 1;
        }
    }
    assert!(pairs > 2000, "the table holds only {pairs} pairs: is {} whole?", table.display());
    let code = format!(
        "/// The simplified form of a traditional character (OpenCC's TSCharacters, {pairs} pairs);\n\
         /// any other character unchanged.\n\
         pub fn to_simplified(c: char) -> char {{\n    match c {{\n{arms}        _ => c,\n    }}\n}}\n"
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("t2s.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
