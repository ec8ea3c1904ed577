//! Checking answers and scoring a quiz.

use super::numbers::typed_matches;
use super::{Answer, Question};

/// Is this the right answer? Choice questions take the option index as text ("2"); typed
/// figure questions any equivalent form of the number.
pub fn check(q: &Question, response: &str) -> bool {
    match &q.answer {
        Answer::Index(i) => response.trim().parse::<usize>().ok() == Some(*i),
        Answer::Text(t) => typed_matches(response, t, q.unit.as_deref().unwrap_or("")),
    }
}

/// How a quiz went: right answers in all and per topic, and which questions were missed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Score {
    pub right: usize,
    pub total: usize,
    /// (topic, right, asked), in topic order
    pub by_topic: Vec<(u32, usize, usize)>,
    /// indices of the questions answered wrongly or not at all
    pub missed: Vec<usize>,
}

/// Scores responses (`None`: not answered) against their questions.
pub fn score(questions: &[Question], responses: &[Option<String>]) -> Score {
    let mut s = Score { total: questions.len(), ..Score::default() };
    for (i, q) in questions.iter().enumerate() {
        let ok = responses.get(i).and_then(|r| r.as_deref()).is_some_and(|r| check(q, r));
        if ok {
            s.right += 1;
        } else {
            s.missed.push(i);
        }
        match s.by_topic.iter_mut().find(|(t, _, _)| *t == q.source.topic) {
            Some((_, r, n)) => {
                *r += ok as usize;
                *n += 1;
            }
            None => s.by_topic.push((q.source.topic, ok as usize, 1)),
        }
    }
    crate::order::sort(&mut s.by_topic);
    s
}
