//! Parse errors: a line number and what was expected there, as a value the app and the
//! command line can show. Never a panic.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based source line the problem was found on.
    pub line: usize,
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The bytes are not UTF-8 (at this byte offset of the file).
    NotUtf8 { byte: usize },
    /// Nothing but white space.
    Empty,
    /// No paragraph starting with 编者按 before the first topic.
    MissingNote,
    /// No headline line before the first topic.
    MissingHeadline,
    /// No 热点 heading anywhere.
    MissingTopics,
    /// A 热点 heading whose numeral is not the next one.
    HeadingOutOfOrder { expected: u32, found: String },
    /// A 热点 heading with no title after the colon.
    EmptyHeading,
    /// A 记者 or speaker turn before the first 热点 heading.
    TurnBeforeTopic { speaker: String },
    /// Text after a heading but before the first 记者 question.
    TextBeforeQuestion,
    /// A speaker's answer before any reporter question in the topic.
    AnswerBeforeQuestion { speaker: String },
    /// A question that nobody answers before the next question, heading or the end.
    UnansweredQuestion,
    /// A topic heading followed directly by another heading or the end.
    TopicWithoutQuestions { topic: u32 },
    /// A turn with nothing after the colon and no paragraph following it.
    EmptyTurn { speaker: String },
    /// A text in none of the formats: no 热点 heading, no 问：/答： or reporter's label, no
    /// SCIO intro.
    UnknownFormat,
    /// A transcript with no question at all (问：, 记者：).
    NoQuestions,
    /// An SCIO transcript without its intro (国务院新闻办公室于…举行新闻发布会).
    MissingIntro,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.kind)
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ErrorKind::*;
        match self {
            NotUtf8 { byte } => write!(
                f,
                "the file is not UTF-8 text (invalid byte at offset {byte}); save it as UTF-8 and try again"
            ),
            Empty => write!(f, "the transcript is empty"),
            MissingNote => write!(
                f,
                "expected an editor's note (a paragraph starting with 编者按) before the first 热点 heading"
            ),
            MissingHeadline => write!(f, "expected a headline line before the first 热点 heading"),
            MissingTopics => write!(
                f,
                "expected at least one topic heading such as 热点一:标题, found none"
            ),
            HeadingOutOfOrder { expected, found } => write!(
                f,
                "expected heading 热点{}, found 热点{found}",
                crate::numerals::to_chinese(*expected)
            ),
            EmptyHeading => write!(f, "expected a title after the colon of this 热点 heading"),
            TurnBeforeTopic { speaker } => write!(
                f,
                "expected a 热点 heading before the first turn, found {speaker}:"
            ),
            TextBeforeQuestion => write!(
                f,
                "expected a reporter question (记者:) after the topic heading, found plain text"
            ),
            AnswerBeforeQuestion { speaker } => write!(
                f,
                "found an answer by {speaker} before any reporter question (记者:) in this topic"
            ),
            UnansweredQuestion => write!(
                f,
                "expected an answer (NAME:) after this reporter question, found none"
            ),
            TopicWithoutQuestions { topic } => write!(
                f,
                "expected a reporter question (记者:) in 热点{}, found none",
                crate::numerals::to_chinese(*topic)
            ),
            EmptyTurn { speaker } => write!(f, "expected text after {speaker}:, found nothing"),
            UnknownFormat => write!(
                f,
                "expected a write-up with 热点 headings, or a Foreign Ministry (问：/答：) or SCIO \
                 (主持人：) transcript"
            ),
            NoQuestions => write!(
                f,
                "expected a reporter question (问： or …记者：), found none"
            ),
            MissingIntro => write!(
                f,
                "expected the intro 国务院新闻办公室于…举行…, found none"
            ),
        }
    }
}

impl std::error::Error for ParseError {}
