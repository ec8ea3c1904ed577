//! Lists the figures that `figures::measure` calls the same measure across briefings: the
//! built-in one, the project's other fixtures and the 12 shared Foreign Ministry briefings.
//! For judging the matcher by hand (issue #30: how often the match is right); prints pairs,
//! asserts nothing.
//!
//!     cargo run -p briefing --release --example measures

use briefing::figures::measure::{measure_of, same_measure, Measure};

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files: Vec<String> = vec![
        format!("{root}/../../data/miit-2020-briefing.txt"),
        format!("{root}/tests/fixtures/other-briefing.txt"),
        format!("{root}/tests/fixtures/scio-press-conference.txt"),
        format!("{root}/tests/fixtures/scio-briefing-inline.txt"),
    ];
    let mut mfa: Vec<String> = std::fs::read_dir(format!("{root}/../../../shared/transcripts/mfa"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path().to_string_lossy().into_owned())).collect()
        })
        .unwrap_or_default();
    mfa.sort();
    files.extend(mfa);
    // (briefing, figure as printed, its measure)
    let mut all: Vec<(usize, String, Measure)> = Vec::new();
    for (n, path) in files.iter().enumerate() {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let Ok(b) = briefing::read::read(&text) else { continue };
        for p in b.paragraphs() {
            for f in &p.figures {
                if let Some(m) = measure_of(&p.text, f) {
                    all.push((n, f.text.clone(), m));
                }
            }
        }
    }
    let mut pairs = 0;
    for (i, (na, ta, ma)) in all.iter().enumerate() {
        for (nb, tb, mb) in &all[i + 1..] {
            if na != nb && same_measure(ma, mb) {
                pairs += 1;
                println!("{na}:{}「{ta}」 ~ {nb}:{}「{tb}」", ma.subject, mb.subject);
            }
        }
    }
    println!("{} measures in {} briefings; {pairs} pairs across briefings", all.len(), files.len());
    // the near misses, to look for what the rule leaves out: the same unit and measure word,
    // two characters in common at the end (the same head), not matched
    if std::env::args().any(|a| a == "--near") {
        for (i, (na, ta, ma)) in all.iter().enumerate() {
            for (nb, tb, mb) in &all[i + 1..] {
                let tail = |s: &str| s.chars().rev().take(2).collect::<String>();
                if na != nb
                    && ma.unit == mb.unit
                    && ma.measure == mb.measure
                    && !same_measure(ma, mb)
                    && tail(&ma.subject) == tail(&mb.subject)
                {
                    println!("near {na}:{}「{ta}」 ~ {nb}:{}「{tb}」", ma.subject, mb.subject);
                }
            }
        }
    }
}
