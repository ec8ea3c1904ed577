//! One study record over a library of briefings (issue #30). A question's id names its briefing:
//! the built-in briefing's ids stay as they are (`figure-typed:f29-2`), so the log a reader has
//! today is read as it is; an imported briefing's ids carry its fingerprint in front
//! (`0123456789abcdef/figure-typed:f29-2`). One log then holds every answer, and the answers of
//! one briefing are taken out of it with their own ids again, for its plan and statistics.

use super::log::{Answer, Log};

/// Length of `export::fingerprint`: 16 hex digits.
const FINGERPRINT_LEN: usize = 16;

/// The id of question `id` of the briefing with this fingerprint (`None`: the built-in one).
pub fn qualified(fingerprint: Option<&str>, id: &str) -> String {
    match fingerprint {
        Some(fp) => format!("{fp}/{id}"),
        None => id.to_string(),
    }
}

/// The briefing a qualified id belongs to (`None`: the built-in one) and the question's own id.
/// Only 16 lowercase hex digits and a slash make a fingerprint: no id of the built-in briefing
/// starts that way.
pub fn split(id: &str) -> (Option<&str>, &str) {
    let fingerprint = id.get(..FINGERPRINT_LEN).filter(|fp| {
        fp.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            && id.as_bytes().get(FINGERPRINT_LEN) == Some(&b'/')
    });
    match fingerprint {
        Some(fp) => (Some(fp), &id[FINGERPRINT_LEN + 1..]),
        None => (None, id),
    }
}

/// One log of the built-in briefing's answers and those of each import (kept today under a key
/// of its own, `(fingerprint, log)`), the imports' ids qualified. Every answer is kept.
pub fn one_record<'a>(builtin: &Log, imports: impl IntoIterator<Item = (&'a str, &'a Log)>) -> Log {
    let mut all = builtin.clone();
    for (fp, log) in imports {
        let answers = log
            .answers()
            .iter()
            .map(|a| Answer { id: qualified(Some(fp), &a.id), ..a.clone() })
            .collect();
        all.merge(&Log::from_answers(answers));
    }
    all
}

/// The answers of one briefing (`None`: the built-in one), with the question ids it gives them:
/// what its own plan and statistics replay.
pub fn of_briefing(log: &Log, fingerprint: Option<&str>) -> Log {
    let answers = log
        .answers()
        .iter()
        .filter_map(|a| match split(&a.id) {
            (fp, id) if fp == fingerprint => Some(Answer { id: id.to_string(), ..a.clone() }),
            _ => None,
        })
        .collect();
    Log::from_answers(answers)
}

/// The briefings a log has answers for, each once, in order of first answer (`None`: the
/// built-in one).
pub fn briefings(log: &Log) -> Vec<Option<&str>> {
    let mut out: Vec<Option<&str>> = Vec::new();
    for a in log.answers() {
        let (fp, _) = split(&a.id);
        if !out.contains(&fp) {
            out.push(fp);
        }
    }
    out
}
