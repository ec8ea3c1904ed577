//! The briefing's data in forms other programs open: the figures as CSV (for spreadsheets),
//! TSV and JSON. Pure functions of a briefing; the app offers them as downloads and the command
//! line prints them.

use serde::Serialize;

use crate::figures::Figure;
use crate::Briefing;

/// The columns of a figures table, in order.
pub const FIGURE_COLUMNS: [&str; 12] = [
    "id",
    "text",
    "value",
    "unit",
    "measure",
    "qualifier",
    "kind",
    "topic",
    "topic_title",
    "speaker",
    "gloss",
    "line",
];

/// Serde's name for an enum value (statistic, percentage-point …).
fn serde_name<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default().trim_matches('"').to_string()
}

/// One row per figure, in reading order, with the columns of `FIGURE_COLUMNS`.
pub fn figure_rows(b: &Briefing) -> Vec<[String; 12]> {
    let mut rows = Vec::new();
    for p in b.paragraphs() {
        for f in &p.figures {
            let topic = f.topic.and_then(|n| b.topics.iter().find(|t| t.number == n));
            rows.push([
                f.id.clone(),
                f.text.clone(),
                f.data_value(),
                serde_name(&f.unit),
                f.measure.clone().unwrap_or_default(),
                f.qualifier.map(|q| serde_name(&q)).unwrap_or_default(),
                serde_name(&f.kind),
                f.topic.map(|t| t.to_string()).unwrap_or_default(),
                topic.map(|t| t.title.clone()).unwrap_or_default(),
                f.speaker.clone().unwrap_or_default(),
                f.gloss.clone(),
                p.line.to_string(),
            ]);
        }
    }
    rows
}

/// A CSV cell: quoted when it holds a comma, quote or line break; a cell that a spreadsheet
/// would run as a formula (=, +, -, @ first, but not a plain negative number) gets a leading
/// apostrophe, since transcripts come from anywhere.
fn csv_cell(s: &str) -> String {
    let formula = match s.chars().next() {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        Some('-') => crate::numerals::decimal(s).is_none(),
        _ => false,
    };
    let s = if formula { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The figures as CSV: UTF-8 with a byte-order mark (so Excel reads the Chinese right), CRLF
/// line ends, a header row.
pub fn figures_csv(b: &Briefing) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&FIGURE_COLUMNS.join(","));
    out.push_str("\r\n");
    for row in figure_rows(b) {
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The figures as TSV (tabs and line breaks inside a cell become spaces).
pub fn figures_tsv(b: &Briefing) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let mut out = FIGURE_COLUMNS.join("\t");
    for row in figure_rows(b) {
        out.push('\n');
        out.push_str(&row.iter().map(|c| clean(c)).collect::<Vec<_>>().join("\t"));
    }
    out.push('\n');
    out
}

#[derive(Serialize)]
struct FigureOut<'a> {
    #[serde(flatten)]
    figure: &'a Figure,
    topic_title: Option<&'a str>,
    line: usize,
}

/// The figures as a JSON array: every field of each figure, plus its topic's title and the
/// source line of its paragraph.
pub fn figures_json(b: &Briefing) -> String {
    let mut all = Vec::new();
    for p in b.paragraphs() {
        for f in &p.figures {
            let topic_title = f
                .topic
                .and_then(|n| b.topics.iter().find(|t| t.number == n))
                .map(|t| t.title.as_str());
            all.push(FigureOut { figure: f, topic_title, line: p.line });
        }
    }
    serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".into())
}

/// A short, stable name for a transcript's text (FNV-1a, 64 bits, as 16 hex digits): keeps the
/// study records of different briefings apart.
pub fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_cell("74.5%"), "74.5%");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("-0.5"), "-0.5");
        assert_eq!(csv_cell("-cmd"), "'-cmd");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn fingerprints_differ_and_are_stable() {
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_ne!(fingerprint("热点一"), fingerprint("热点二"));
        assert_eq!(fingerprint("热点一").len(), 16);
    }
}
