//! A quiz in the URL: its seed, count, mode, topics and kinds, read from and written to a query.

use super::{QuestionKind, Settings};
use crate::model::Briefing;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// feedback after each answer
    #[default]
    Practice,
    /// score at the end, with a running clock
    Exam,
    /// not answered on screen: printed, questions first and the answer key on its own page
    Worksheet,
}

/// A quiz that a URL can carry: the same URL gives the same questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizUrl {
    pub seed: u64,
    pub count: usize,
    pub mode: Mode,
    pub topics: Vec<u32>,
    /// only these kinds (empty: all)
    pub kinds: Vec<QuestionKind>,
    /// a round of the reader's due items (from their saved progress) instead of new questions
    pub review: bool,
}

/// Most questions one quiz asks.
pub const MAX_COUNT: usize = 50;

impl QuizUrl {
    /// Reads `quiz=SEED&n=COUNT&mode=exam&qt=2,6&qk=year,term` from a query string; None when
    /// there is no usable `quiz` parameter. Out-of-range values are clamped, unknown topics and
    /// kinds dropped.
    pub fn from_query(search: &str, b: &Briefing) -> Option<QuizUrl> {
        let search = search.strip_prefix('?').unwrap_or(search);
        let mut q = QuizUrl {
            seed: 0,
            count: 10,
            mode: Mode::Practice,
            topics: vec![],
            kinds: vec![],
            review: false,
        };
        let mut found = false;
        for pair in search.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v: String = v.chars().take(64).collect();
            match k {
                "quiz" => {
                    if let Ok(seed) = v.parse() {
                        q.seed = seed;
                        found = true;
                    }
                }
                "n" => q.count = v.parse::<usize>().unwrap_or(10).clamp(1, MAX_COUNT),
                "mode" => {
                    q.mode = match v.as_str() {
                        "exam" => Mode::Exam,
                        "sheet" => Mode::Worksheet,
                        _ => Mode::Practice,
                    }
                }
                "review" => q.review = v == "1",
                "qt" => {
                    q.topics = v
                        .split(',')
                        .filter_map(|t| t.parse::<u32>().ok())
                        .filter(|n| b.topics.iter().any(|t| t.number == *n))
                        .collect();
                    crate::order::sort(&mut q.topics);
                    q.topics.dedup();
                }
                "qk" => {
                    let named: Vec<&str> = v.split(',').collect();
                    q.kinds = QuestionKind::ALL
                        .into_iter()
                        .filter(|k| named.contains(&k.as_str()))
                        .collect();
                }
                _ => {}
            }
        }
        found.then_some(q)
    }

    pub fn to_query(&self) -> String {
        let mut s = format!("?quiz={}&n={}", self.seed, self.count);
        match self.mode {
            Mode::Exam => s.push_str("&mode=exam"),
            Mode::Worksheet => s.push_str("&mode=sheet"),
            Mode::Practice => {}
        }
        if self.review {
            s.push_str("&review=1");
        }
        if !self.topics.is_empty() {
            let t: Vec<String> = self.topics.iter().map(|n| n.to_string()).collect();
            s.push_str(&format!("&qt={}", t.join(",")));
        }
        if !self.kinds.is_empty() {
            let k: Vec<&str> = self.kinds.iter().map(|k| k.as_str()).collect();
            s.push_str(&format!("&qk={}", k.join(",")));
        }
        s
    }

    pub fn settings(&self) -> Settings {
        Settings { count: self.count, topics: self.topics.clone(), kinds: self.kinds.clone() }
    }
}
