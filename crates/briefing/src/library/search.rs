//! One search over the whole library: each briefing's own [`Index`], run with the same query,
//! the hits grouped by briefing, and the counts the view facets by (the kinds of briefing, and
//! the speakers who answered).

use crate::model::Briefing;
use crate::search::{Filter, Index, ParagraphHits};

/// The briefings of a library prepared for searching, each by its fingerprint.
#[derive(Default)]
pub struct Shelf {
    books: Vec<Book>,
}

struct Book {
    fingerprint: String,
    kind: Option<String>,
    index: Index,
}

/// What the reader asked of the whole library. Empty sets mean "any".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ShelfFilter {
    pub query: String,
    /// only briefings of these kinds (例行记者会, 新闻发布会)
    pub kinds: Vec<String>,
    /// only Q&As answered by these speakers
    pub speakers: Vec<String>,
}

/// The hits of one briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub fingerprint: String,
    /// the Q&As that pass the filter, in reading order
    pub qas: Vec<String>,
    pub hits: Vec<ParagraphHits>,
    pub hit_count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ShelfResults {
    /// the briefings with a Q&A that passes, in the shelf's order
    pub groups: Vec<Group>,
    pub hit_count: usize,
    /// faceted: for each kind, the briefings with a Q&A that passes every filter but the kind
    pub kind_counts: Vec<(String, usize)>,
    /// faceted: for each speaker, the Q&As that pass every filter but the speaker
    pub speaker_counts: Vec<(String, usize)>,
}

impl Shelf {
    /// The shelf of these briefings, `(fingerprint, briefing)`, each indexed with `fold`
    /// (`search::fold`, or `search::fold_script` across 繁/简).
    pub fn new<'a>(
        briefings: impl IntoIterator<Item = (&'a str, &'a Briefing)>,
        fold: crate::search::Fold,
    ) -> Shelf {
        let books = briefings
            .into_iter()
            .map(|(fp, b)| Book {
                fingerprint: fp.to_string(),
                kind: b.event.kind.clone(),
                index: Index::with_fold(b, fold),
            })
            .collect();
        Shelf { books }
    }

    /// Adds one briefing (the shelf built a few at a time, between which the page can draw).
    pub fn push(&mut self, fingerprint: &str, b: &Briefing, fold: crate::search::Fold) {
        self.books.push(Book {
            fingerprint: fingerprint.to_string(),
            kind: b.event.kind.clone(),
            index: Index::with_fold(b, fold),
        });
    }

    pub fn len(&self) -> usize {
        self.books.len()
    }

    pub fn is_empty(&self) -> bool {
        self.books.is_empty()
    }

    /// Runs the filter over every briefing.
    pub fn run(&self, f: &ShelfFilter) -> ShelfResults {
        let mut out = ShelfResults::default();
        let filter =
            Filter { query: f.query.clone(), speakers: f.speakers.clone(), ..Filter::default() };
        for book in &self.books {
            let kind_ok =
                f.kinds.is_empty() || book.kind.as_ref().is_some_and(|k| f.kinds.contains(k));
            // (its speaker counts are faceted already: the speaker filter left out of them)
            let r = book.index.run(&filter);
            if kind_ok {
                for (s, n) in &r.speaker_counts {
                    bump(&mut out.speaker_counts, s, *n);
                }
            }
            if r.qas.is_empty() {
                continue;
            }
            if let Some(k) = &book.kind {
                bump(&mut out.kind_counts, k, 1);
            }
            if kind_ok {
                out.hit_count += r.hit_count;
                out.groups.push(Group {
                    fingerprint: book.fingerprint.clone(),
                    qas: r.qas,
                    hits: r.hits,
                    hit_count: r.hit_count,
                });
            }
        }
        out
    }
}

fn bump(counts: &mut Vec<(String, usize)>, key: &str, by: usize) {
    match counts.iter_mut().find(|(k, _)| k == key) {
        Some((_, n)) => *n += by,
        None => counts.push((key.to_string(), by)),
    }
}

/// A hit in its paragraph, cut to a few characters either side: pieces of text, each marked
/// as a hit or not, with `…` where the paragraph goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// the paragraph's line (its place in the briefing: `p-{line}`)
    pub line: usize,
    pub pieces: Vec<(String, bool)>,
}

/// The first `max` of a group's hits in `b`, each its paragraph cut to `around` characters
/// either side of its first hit (every hit inside the cut marked).
pub fn snippets(b: &Briefing, hits: &[ParagraphHits], max: usize, around: usize) -> Vec<Snippet> {
    hits.iter()
        .take(max)
        .filter_map(|h| {
            let p = b.paragraphs().find(|p| p.line == h.line)?;
            let chars: Vec<char> = p.text.chars().collect();
            let first = h.spans.first().map_or(0, |s| s.0);
            let (from, to) = (first.saturating_sub(around), (first + around * 2).min(chars.len()));
            let text = |a: usize, b: usize| chars[a.min(b)..b].iter().collect::<String>();
            let mut pieces = Vec::new();
            if from > 0 {
                pieces.push(("…".to_string(), false));
            }
            let mut at = from;
            for &(s, e) in h.spans.iter().filter(|(s, e)| *e > from && *s < to) {
                let (s, e) = (s.max(at), e.min(to));
                if s > at {
                    pieces.push((text(at, s), false));
                }
                pieces.push((text(s, e), true));
                at = e;
            }
            if at < to {
                pieces.push((text(at, to), false));
            }
            if to < chars.len() {
                pieces.push(("…".to_string(), false));
            }
            Some(Snippet { line: h.line, pieces })
        })
        .collect()
}
