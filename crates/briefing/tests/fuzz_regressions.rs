//! Every input a fuzz run ever crashed on (and a few chosen by hand), kept as a regression test:
//! `scripts/dev/fuzz.sh` copies new crashes into `tests/fuzz-regressions/<target>/`. Each runs
//! through the same checks as its fuzz target.

use std::fs;
use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions").join(target);
    let mut out: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .filter(|e| e.file_name() != "README.md")
        .map(|e| {
            (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).unwrap_or_default())
        })
        .collect();
    out.sort();
    out
}

#[test]
fn parse_regressions() {
    let cases = inputs("parse");
    assert!(!cases.is_empty(), "no parse regression inputs found");
    for (name, bytes) in cases {
        if let Ok(b) = briefing::parse::parse_bytes(&bytes) {
            briefing::check::spans(&b).unwrap_or_else(|e| panic!("{name}: {e}"));
            let back = briefing::Briefing::from_json(&b.to_json())
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(back == b, "{name}: JSON round trip changed the briefing");
        }
    }
}

#[test]
fn recognise_regressions() {
    let cases = inputs("recognise");
    assert!(!cases.is_empty(), "no recogniser regression inputs found");
    for (name, bytes) in cases {
        let Ok(text) = std::str::from_utf8(&bytes) else { continue };
        let figures =
            briefing::figures::recognise(text, briefing::figures::Context { year: Some(2020) });
        briefing::check::figure_spans(text, &figures).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}
