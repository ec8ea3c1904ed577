//! The question model: kinds, answers, sources, questions and the settings a quiz is drawn with.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// choose the figure that fills the blank (4 options)
    FigureChoice,
    /// type the figure that fills the blank
    FigureTyped,
    /// which spokesperson said this
    Attribution,
    /// which topic this statement belongs to
    Topic,
    /// is this statement, figure included, as said?
    TrueFalse,
    /// choose the term that fills the blank: a document title in 《》 or a slogan in “”
    Term,
    /// choose the year that fills the blank (when a policy step was taken or is due)
    Year,
}

impl QuestionKind {
    /// The name used in the data, the quiz URL and Anki tags (kebab-case, as serde writes it).
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::FigureChoice => "figure-choice",
            QuestionKind::FigureTyped => "figure-typed",
            QuestionKind::Attribution => "attribution",
            QuestionKind::Topic => "topic",
            QuestionKind::TrueFalse => "true-false",
            QuestionKind::Term => "term",
            QuestionKind::Year => "year",
        }
    }

    pub const ALL: [QuestionKind; 7] = [
        QuestionKind::FigureChoice,
        QuestionKind::FigureTyped,
        QuestionKind::Attribution,
        QuestionKind::Topic,
        QuestionKind::TrueFalse,
        QuestionKind::Term,
        QuestionKind::Year,
    ];
}

/// The right answer: an index into `options`, or the text to type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Index(usize),
    Text(String),
}

/// Where a question comes from, so feedback can show and link the source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub qa: String,
    pub topic: u32,
    pub speaker: String,
    /// source line of the paragraph
    pub line: usize,
    /// the figure asked about, when there is one
    pub figure: Option<String>,
    /// the source sentence as said, cut to the clauses around what is asked; a cut at a comma
    /// or semicolon ends with "……" instead of it
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// stable across seeds: the kind and the source (for progress tracking)
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    /// options for choice questions (empty for typed ones)
    pub options: Vec<String>,
    pub answer: Answer,
    /// for figure questions, what follows the blank (万个, %, 亿元 …), shown with the input
    pub unit: Option<String>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    pub count: usize,
    /// only these topics (empty: all)
    pub topics: Vec<u32>,
    /// only these kinds (empty: all)
    pub kinds: Vec<QuestionKind>,
}
