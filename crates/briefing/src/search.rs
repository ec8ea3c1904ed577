//! Filtering and full-text search over a briefing.
//!
//! Chinese has no spaces, so search matches exact substrings of the repaired text, never
//! words. Space-separated terms must all occur in a Q&A (AND). Full-width and half-width forms
//! and Latin case are folded (５Ｇ = 5G, app = APP); folding maps one character to one
//! character, so match offsets are offsets into the displayed text.

use crate::figures::FigureKind;
use crate::model::{Briefing, Qa};

/// Longest query we look at, in characters; the rest is ignored (and the view says so).
pub const MAX_QUERY_CHARS: usize = 200;
/// Most terms we look at.
pub const MAX_TERMS: usize = 8;

/// How characters are folded for matching: [`fold`], or [`fold_script`] as well.
pub type Fold = fn(char) -> char;

/// Folds one character for matching, as [`fold`] does, and traditional characters to their
/// simplified forms (發展 = 发展), character by character (OpenCC's table, `script`).
pub fn fold_script(c: char) -> char {
    crate::script::to_simplified(fold(c))
}

/// Folds one character for matching: full-width ASCII to ASCII, the ideographic space to a
/// space, Latin letters to lower case.
pub fn fold(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    c.to_ascii_lowercase()
}

/// The terms of a query: split on white space (ASCII or ideographic), folded, without
/// duplicates, at most [`MAX_TERMS`] of them from the first [`MAX_QUERY_CHARS`] characters.
pub fn terms(query: &str) -> Vec<Vec<char>> {
    terms_with(query, fold)
}

/// [`terms`], folded with `fold`.
pub fn terms_with(query: &str, fold: Fold) -> Vec<Vec<char>> {
    let folded: String = query.chars().take(MAX_QUERY_CHARS).map(fold).collect();
    let mut out: Vec<Vec<char>> = Vec::new();
    for t in folded.split_whitespace() {
        let t: Vec<char> = t.chars().collect();
        if !out.contains(&t) && out.len() < MAX_TERMS {
            out.push(t);
        }
    }
    out
}

/// Every occurrence of `term` in `text` (already folded), as character spans, left to right,
/// not overlapping.
pub fn find_all(text: &[char], term: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if term.is_empty() || term.len() > text.len() {
        return out;
    }
    let mut i = 0;
    while i + term.len() <= text.len() {
        if text[i..i + term.len()] == *term {
            out.push((i, i + term.len()));
            i += term.len();
        } else {
            i += 1;
        }
    }
    out
}

/// A briefing prepared for searching: every paragraph's text folded once.
pub struct Index {
    /// per Q&A in reading order: (topic number, answer speakers, has statistic or target in an
    /// answer, folded paragraphs (question first) with their source line)
    qas: Vec<IndexedQa>,
    fold: Fold,
}

struct IndexedQa {
    id: String,
    topic: u32,
    speakers: Vec<String>,
    outlet: Option<String>,
    has_figures: bool,
    paragraphs: Vec<(usize, Vec<char>)>,
}

impl Index {
    /// The briefing's index, folded with [`fold`].
    pub fn new(b: &Briefing) -> Index {
        Index::with_fold(b, fold)
    }

    /// The briefing's index, its text and every query folded with `fold` ([`fold_script`]
    /// for search across 繁/简).
    pub fn with_fold(b: &Briefing, fold: Fold) -> Index {
        let qas = b
            .topics
            .iter()
            .flat_map(|t| t.qas.iter().map(move |qa| (t.number, qa)))
            .map(|(topic, qa): (u32, &Qa)| IndexedQa {
                id: qa.id.clone(),
                topic,
                speakers: qa.answers.iter().map(|a| a.speaker.clone()).collect(),
                outlet: qa.outlet.clone(),
                has_figures: qa
                    .answers
                    .iter()
                    .flat_map(|a| a.paragraphs.iter())
                    .flat_map(|p| p.figures.iter())
                    .any(|f| f.kind != FigureKind::Date),
                paragraphs: std::iter::once(&qa.question)
                    .chain(qa.answers.iter())
                    .flat_map(|turn| turn.paragraphs.iter())
                    .map(|p| (p.line, p.text.chars().map(fold).collect()))
                    .collect(),
            })
            .collect();
        Index { qas, fold }
    }
}

/// What the reader asked for. Empty sets mean "any".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub topics: Vec<u32>,
    pub speakers: Vec<String>,
    /// only Q&As asked by these outlets (新华社, 路透社)
    pub outlets: Vec<String>,
    /// only Q&As whose answers report a statistic or a target
    pub figures_only: bool,
    pub query: String,
}

/// Search hits in one paragraph (by source line): character spans, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphHits {
    pub line: usize,
    pub spans: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// ids of the Q&As that pass every filter, in reading order
    pub qas: Vec<String>,
    /// where the query's terms occur in those Q&As
    pub hits: Vec<ParagraphHits>,
    /// number of hits in all
    pub hit_count: usize,
    /// topics that contain a visible Q&A
    pub topics: Vec<u32>,
    /// faceted counts: for each topic, Q&As that pass every filter but the topic filter
    pub topic_counts: Vec<(u32, usize)>,
    /// for each speaker, Q&As that pass every filter but the speaker filter
    pub speaker_counts: Vec<(String, usize)>,
    /// for each outlet, Q&As that pass every filter but the outlet filter, in order of first
    /// question
    pub outlet_counts: Vec<(String, usize)>,
    /// Q&As that pass every filter but the figures filter and have figures
    pub figures_count: usize,
    /// the query was longer than [`MAX_QUERY_CHARS`] or had more than [`MAX_TERMS`] terms
    pub query_truncated: bool,
}

impl Index {
    /// Applies the filter. Topic, speaker and figure counts are faceted: each counts what the
    /// other filters let through.
    pub fn run(&self, f: &Filter) -> Results {
        let fold = self.fold;
        let terms = terms_with(&f.query, fold);
        let query_truncated = f.query.chars().count() > MAX_QUERY_CHARS
            || f.query.chars().map(fold).collect::<String>().split_whitespace().count() > MAX_TERMS;
        let text_ok: Vec<bool> = self.qas.iter().map(|qa| matches_all(qa, &terms)).collect();
        let topic_ok = |qa: &IndexedQa| f.topics.is_empty() || f.topics.contains(&qa.topic);
        let speaker_ok = |qa: &IndexedQa| {
            f.speakers.is_empty() || qa.speakers.iter().any(|s| f.speakers.contains(s))
        };
        let figures_ok = |qa: &IndexedQa| !f.figures_only || qa.has_figures;
        let outlet_ok = |qa: &IndexedQa| {
            f.outlets.is_empty() || qa.outlet.as_ref().is_some_and(|o| f.outlets.contains(o))
        };

        let mut r = Results { query_truncated, ..Results::default() };
        for (qa, &text) in self.qas.iter().zip(&text_ok) {
            let base = text && figures_ok(qa);
            if base && speaker_ok(qa) && outlet_ok(qa) {
                bump(&mut r.topic_counts, qa.topic);
            }
            if base && topic_ok(qa) && outlet_ok(qa) {
                for s in &qa.speakers {
                    bump(&mut r.speaker_counts, s.clone());
                }
            }
            if let Some(o) = qa.outlet.as_ref().filter(|_| base && topic_ok(qa) && speaker_ok(qa)) {
                bump(&mut r.outlet_counts, o.clone());
            }
            if text && topic_ok(qa) && speaker_ok(qa) && outlet_ok(qa) && qa.has_figures {
                r.figures_count += 1;
            }
            if base && topic_ok(qa) && speaker_ok(qa) && outlet_ok(qa) {
                r.qas.push(qa.id.clone());
                if !r.topics.contains(&qa.topic) {
                    r.topics.push(qa.topic);
                }
                for (line, text) in &qa.paragraphs {
                    let mut spans: Vec<(usize, usize)> =
                        terms.iter().flat_map(|t| find_all(text, t)).collect();
                    if spans.is_empty() {
                        continue;
                    }
                    crate::order::sort(&mut spans);
                    // two terms can overlap (芯片 and 芯片产业): merge
                    let mut merged: Vec<(usize, usize)> = Vec::new();
                    for (s, e) in spans {
                        match merged.last_mut() {
                            Some(last) if s < last.1 => last.1 = last.1.max(e),
                            _ => merged.push((s, e)),
                        }
                    }
                    r.hit_count += merged.len();
                    r.hits.push(ParagraphHits { line: *line, spans: merged });
                }
            }
        }
        r
    }
}

fn bump<K: PartialEq>(counts: &mut Vec<(K, usize)>, key: K) {
    match counts.iter_mut().find(|(k, _)| *k == key) {
        Some((_, n)) => *n += 1,
        None => counts.push((key, 1)),
    }
}

fn matches_all(qa: &IndexedQa, terms: &[Vec<char>]) -> bool {
    terms.iter().all(|t| qa.paragraphs.iter().any(|(_, text)| !find_all(text, t).is_empty()))
}

// ---------------------------------------------------------------------------------------------
// the view in the URL

/// Something in a URL that could not be used as it was, said to the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlNotice {
    /// `%` not followed by two hex digits, or bytes that are not UTF-8
    BadEncoding,
    /// a topic number the briefing does not have
    UnknownTopic(String),
    /// a speaker the briefing does not have
    UnknownSpeaker(String),
    /// an outlet that asked no question of the briefing
    UnknownOutlet(String),
    /// the query was cut to [`MAX_QUERY_CHARS`] characters
    QueryTooLong,
}

/// Decodes `%XX` and `+` in a query-string value. Broken sequences are kept as they are and
/// reported; bytes that are not UTF-8 become U+FFFD and are reported.
pub fn percent_decode(s: &str) -> (String, bool) {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut bad = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (
                    bytes.get(i + 1).and_then(|&b| hex(b)),
                    bytes.get(i + 2).and_then(|&b| hex(b)),
                ) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                    }
                    _ => {
                        bad = true;
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    match String::from_utf8(out) {
        Ok(s) => (s, bad),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

/// Encodes a query-string value: unreserved ASCII stays, everything else is `%XX` (UTF-8).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl Filter {
    /// Reads a filter from a URL's query string (`?q=芯片&t=2,5&s=赵志国&fig=1`), keeping only
    /// what the briefing has. Anything unusable is dropped and reported, never an error.
    pub fn from_query(search: &str, b: &Briefing) -> (Filter, Vec<UrlNotice>) {
        let mut f = Filter::default();
        let mut notices = Vec::new();
        let search = search.strip_prefix('?').unwrap_or(search);
        for pair in search.split('&').filter(|p| !p.is_empty()) {
            let (key, raw_full) = pair.split_once('=').unwrap_or((pair, ""));
            // a hostile URL can be megabytes long: never decode more than we could use
            let raw: String = raw_full.chars().take(MAX_QUERY_CHARS * 12).collect();
            let cut = raw.len() < raw_full.len();
            let (value, bad) = percent_decode(&raw);
            if bad && !notices.contains(&UrlNotice::BadEncoding) {
                notices.push(UrlNotice::BadEncoding);
            }
            match key {
                "q" => {
                    if cut || value.chars().count() > MAX_QUERY_CHARS {
                        notices.push(UrlNotice::QueryTooLong);
                    }
                    f.query = value.chars().take(MAX_QUERY_CHARS).collect();
                }
                "t" => {
                    for part in value.split(',').filter(|p| !p.trim().is_empty()) {
                        match part
                            .trim()
                            .parse::<u32>()
                            .ok()
                            .filter(|n| b.topics.iter().any(|t| t.number == *n))
                        {
                            Some(n) if !f.topics.contains(&n) => f.topics.push(n),
                            Some(_) => {}
                            None => notices
                                .push(UrlNotice::UnknownTopic(part.chars().take(20).collect())),
                        }
                    }
                    crate::order::sort(&mut f.topics);
                }
                "s" | "o" => {
                    // a speaker who answered, or an outlet that asked
                    let (names, known): (&mut Vec<String>, bool) =
                        if key == "s" { (&mut f.speakers, false) } else { (&mut f.outlets, true) };
                    for part in value.split(',').filter(|p| !p.trim().is_empty()) {
                        let name = part.trim();
                        let exists = if known {
                            b.qas().any(|q| q.outlet.as_deref() == Some(name))
                        } else {
                            b.speakers.iter().any(|s| s.name == name)
                        };
                        if !exists {
                            let shown = name.chars().take(20).collect();
                            notices.push(if known {
                                UrlNotice::UnknownOutlet(shown)
                            } else {
                                UrlNotice::UnknownSpeaker(shown)
                            });
                        } else if !names.iter().any(|s| s == name) {
                            names.push(name.to_string());
                        }
                    }
                }
                "fig" => f.figures_only = value == "1",
                _ => {} // other parameters belong to other features
            }
        }
        (f, notices)
    }

    /// The query string for this filter (with `?`), or "" when nothing is filtered. Stable
    /// order, so equal filters give equal URLs.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.query.is_empty() {
            parts.push(format!("q={}", percent_encode(&self.query)));
        }
        if !self.topics.is_empty() {
            let t: Vec<String> = self.topics.iter().map(|n| n.to_string()).collect();
            parts.push(format!("t={}", t.join(",")));
        }
        for (key, names) in [("s", &self.speakers), ("o", &self.outlets)] {
            if !names.is_empty() {
                let n: Vec<String> = names.iter().map(|s| percent_encode(s)).collect();
                parts.push(format!("{key}={}", n.join(",")));
            }
        }
        if self.figures_only {
            parts.push("fig=1".into());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty()
            && self.topics.is_empty()
            && self.speakers.is_empty()
            && self.outlets.is_empty()
            && !self.figures_only
    }
}
