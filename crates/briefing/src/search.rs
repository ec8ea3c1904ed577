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
}

struct IndexedQa {
    id: String,
    topic: u32,
    speakers: Vec<String>,
    has_figures: bool,
    paragraphs: Vec<(usize, Vec<char>)>,
}

impl Index {
    pub fn new(b: &Briefing) -> Index {
        let qas = b
            .topics
            .iter()
            .flat_map(|t| t.qas.iter().map(move |qa| (t.number, qa)))
            .map(|(topic, qa): (u32, &Qa)| IndexedQa {
                id: qa.id.clone(),
                topic,
                speakers: qa.answers.iter().map(|a| a.speaker.clone()).collect(),
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
        Index { qas }
    }
}

/// What the reader asked for. Empty sets mean "any".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub topics: Vec<u32>,
    pub speakers: Vec<String>,
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
    /// Q&As that pass every filter but the figures filter and have figures
    pub figures_count: usize,
    /// the query was longer than [`MAX_QUERY_CHARS`] or had more than [`MAX_TERMS`] terms
    pub query_truncated: bool,
}

impl Index {
    /// Applies the filter. Topic, speaker and figure counts are faceted: each counts what the
    /// other filters let through.
    pub fn run(&self, f: &Filter) -> Results {
        let terms = terms(&f.query);
        let query_truncated = f.query.chars().count() > MAX_QUERY_CHARS
            || f.query.chars().map(fold).collect::<String>().split_whitespace().count() > MAX_TERMS;
        let text_ok: Vec<bool> = self.qas.iter().map(|qa| matches_all(qa, &terms)).collect();
        let topic_ok = |qa: &IndexedQa| f.topics.is_empty() || f.topics.contains(&qa.topic);
        let speaker_ok = |qa: &IndexedQa| f.speakers.is_empty() || qa.speakers.iter().any(|s| f.speakers.contains(s));
        let figures_ok = |qa: &IndexedQa| !f.figures_only || qa.has_figures;

        let mut r = Results { query_truncated, ..Results::default() };
        for (qa, &text) in self.qas.iter().zip(&text_ok) {
            let base = text && figures_ok(qa);
            if base && speaker_ok(qa) {
                bump(&mut r.topic_counts, qa.topic);
            }
            if base && topic_ok(qa) {
                for s in &qa.speakers {
                    bump(&mut r.speaker_counts, s.clone());
                }
            }
            if text && topic_ok(qa) && speaker_ok(qa) && qa.has_figures {
                r.figures_count += 1;
            }
            if base && topic_ok(qa) && speaker_ok(qa) {
                r.qas.push(qa.id.clone());
                if !r.topics.contains(&qa.topic) {
                    r.topics.push(qa.topic);
                }
                for (line, text) in &qa.paragraphs {
                    let mut spans: Vec<(usize, usize)> = terms.iter().flat_map(|t| find_all(text, t)).collect();
                    if spans.is_empty() {
                        continue;
                    }
                    spans.sort_unstable();
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
