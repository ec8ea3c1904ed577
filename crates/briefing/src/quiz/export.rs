//! Export: questions as JSON, or as TSV for Anki.

use super::{Answer, Question};

/// Questions as a JSON array (pretty, stable key order).
pub fn to_json(questions: &[Question]) -> String {
    serde_json::to_string_pretty(questions).unwrap_or_else(|_| "[]".into())
}

/// Questions as Anki-importable TSV: front, back, tags. Tabs and newlines inside fields become
/// spaces; the back has the answer and the source sentence.
pub fn to_tsv(questions: &[Question]) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let mut out = String::new();
    for q in questions {
        let mut front = q.prompt.clone();
        if !q.options.is_empty() {
            let letters = ["A", "B", "C", "D", "E", "F"];
            let opts: Vec<String> = q
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| format!("{}. {o}", letters.get(i).unwrap_or(&"?")))
                .collect();
            front = format!("{front}<br>{}", opts.join("<br>"));
        }
        let answer = match &q.answer {
            Answer::Index(i) => q.options.get(*i).cloned().unwrap_or_default(),
            Answer::Text(t) => format!("{t}{}", q.unit.clone().unwrap_or_default()),
        };
        let back = format!("{answer}<br>{}", q.source.sentence);
        let kind = q.kind.as_str();
        let tags = format!("briefing {kind} topic{}", q.source.topic);
        out.push_str(&format!("{}\t{}\t{}\n", clean(&front), clean(&back), tags));
    }
    out
}
