//! Question builders that more than one family of questions uses: a true/false statement on a
//! figure, and the other value to alter it with. Beside the model, below the families, so a
//! family (`figures`, `years`) builds what another builds too without importing its sibling.

use super::{Answer, Question, QuestionKind, Rng, Source};
use crate::figures::Figure;

/// A true/false statement on a figure: as said, or (`altered`) with another value in its place.
pub(super) fn true_false(f: &Figure, prompt: String, altered: bool, source: Source) -> Question {
    Question {
        id: format!("true-false:{}", f.id),
        kind: QuestionKind::TrueFalse,
        prompt,
        options: vec!["对".into(), "错".into()],
        answer: Answer::Index(if altered { 1 } else { 0 }),
        unit: None,
        source,
    }
}

/// Half the time, one of a choice's other options (to alter a statement with); else None.
pub(super) fn altered_option(options: &[String], answer: usize, rng: &mut Rng) -> Option<String> {
    if rng.below(2) != 0 {
        return None;
    }
    let others: Vec<&String> =
        options.iter().enumerate().filter(|(i, _)| *i != answer).map(|(_, o)| o).collect();
    others.get(rng.below(others.len())).map(|o| o.to_string())
}
