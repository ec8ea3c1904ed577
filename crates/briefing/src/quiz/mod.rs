//! Quiz questions generated from a briefing, deterministically from a seed.
//!
//! Kinds: a figure to choose (4 options; a count written in Chinese among numerals) or type, who
//! said a sentence, which topic a statement belongs to, true/false on a statement whose figure may
//! have been altered, the document title or slogan that fills a blank, and the year of a step
//! taken or due. Number options are built so that someone who sees only the options cannot guess:
//! the same number of digits, decimals and trailing zeros as the answer, no duplicates, and the
//! answer's rank among them (smallest … largest) uniformly spread, so neither "the longest", "the
//! roundest", "the median" nor "the one with a decimal point" beats chance.
//!
//! Layers, each file using only those below it: the question `model` and the seeded `rng`; the
//! pieces questions are made of (`build`: builders more than one family uses; `numbers`: options
//! and answers for numbers; `window`: the sentence cut around what is asked; `spot`: where
//! questions come from); the families of questions, which never import one another (`figures`,
//! paragraph by paragraph; `terms`; `years`); then `generate`, over all the families, and what
//! reads finished questions (`check`, `export`, `url`).

mod build;
mod check;
mod export;
mod figures;
mod generate;
mod model;
mod numbers;
mod rng;
mod spot;
mod terms;
mod url;
mod window;
mod years;

pub use check::{check, score, Score};
pub use export::{to_json, to_tsv};
pub use generate::{asked_span, by_ids, every_question, generate};
pub use model::{Answer, Question, QuestionKind, Settings, Source};
pub use numbers::{number_options, typed_matches};
pub use rng::Rng;
pub use url::{Mode, QuizUrl, MAX_COUNT};
