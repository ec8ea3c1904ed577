//! Where questions come from: each answer paragraph with its topic and speaker, and a question
//! paired with the sentence it asks about.

use super::{Question, Source};
use crate::model::{Briefing, Paragraph};

pub(super) struct Spot<'a> {
    qa: &'a str,
    pub(super) topic: u32,
    pub(super) speaker: &'a str,
    pub(super) paragraph: &'a Paragraph,
}

impl Spot<'_> {
    /// A prompt: where it was said (topic and speaker), then `text`.
    pub(super) fn prompt(&self, b: &Briefing, text: &str) -> String {
        format!("（{} · {}）{text}", topic_label(b, self.topic), self.speaker)
    }

    pub(super) fn source(&self, figure: Option<String>, sentence: String) -> Source {
        Source {
            qa: self.qa.to_string(),
            topic: self.topic,
            speaker: self.speaker.to_string(),
            line: self.paragraph.line,
            figure,
            sentence,
        }
    }
}

pub(super) fn answer_paragraphs<'a>(b: &'a Briefing, topics: &[u32]) -> Vec<Spot<'a>> {
    let mut out = Vec::new();
    for t in b.topics.iter().filter(|t| topics.is_empty() || topics.contains(&t.number)) {
        for qa in &t.qas {
            for a in &qa.answers {
                for p in &a.paragraphs {
                    out.push(Spot {
                        qa: &qa.id,
                        topic: t.number,
                        speaker: &a.speaker,
                        paragraph: p,
                    });
                }
            }
        }
    }
    out
}

/// `热点一 <title>` for a write-up's topic; a transcript's section (no numeral) by its title.
pub(super) fn topic_label(b: &Briefing, n: u32) -> String {
    match b.topics.iter().find(|t| t.number == n) {
        Some(t) if t.numeral.is_empty() => t.title.clone(),
        Some(t) => format!("热点{} {}", t.numeral, t.title),
        None => String::new(),
    }
}

/// A question and the whole sentence it blanks, states or quotes (`sentence_key`): one quiz
/// asks at most one question per sentence.
pub(super) struct Candidate {
    pub(super) question: Question,
    pub(super) sentence: String,
}
