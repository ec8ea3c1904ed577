//! One quiz run: which question is showing, what the reader chose, and whether feedback is up.
//! Generating, checking and scoring are the core's; this only keeps the reader's place.

use std::rc::Rc;

use briefing::quiz::{check, Mode, Question};
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub questions: Rc<Vec<Question>>,
    pub mode: Mode,
    pub index: usize,
    /// the reader's answer per question: an option index as text, or what they typed
    pub responses: Vec<Option<String>>,
    /// the current choice or text before it is confirmed
    pub draft: String,
    /// practice mode: the current answer is confirmed and feedback shows
    pub revealed: bool,
    pub finished: bool,
    pub started_ms: f64,
    pub finished_ms: f64,
    /// every confirmed answer in order: (question id, right?), for the study record
    pub log: Vec<(String, bool)>,
}

impl Run {
    pub fn new(questions: Rc<Vec<Question>>, mode: Mode, now_ms: f64) -> Run {
        let n = questions.len();
        Run {
            questions,
            mode,
            index: 0,
            responses: vec![None; n],
            draft: String::new(),
            revealed: false,
            finished: n == 0,
            started_ms: now_ms,
            finished_ms: now_ms,
            log: Vec::new(),
        }
    }

    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.index)
    }

    /// Was the confirmed answer to the current question right?
    pub fn current_right(&self) -> Option<bool> {
        let q = self.current()?;
        let r = self.responses.get(self.index)?.as_deref()?;
        Some(check(q, r))
    }
}

pub enum RunAction {
    /// pick option i (1–4 keys, a click)
    Choose(usize),
    /// typing in a typed question
    Type(String),
    /// Enter: confirm the draft; in practice a second Enter moves on
    Confirm { now_ms: f64 },
    /// start again with these questions (a new quiz or the missed ones)
    Restart { questions: Rc<Vec<Question>>, now_ms: f64 },
}

impl Reducible for Run {
    type Action = RunAction;

    fn reduce(self: Rc<Self>, action: RunAction) -> Rc<Self> {
        let mut r = (*self).clone();
        match action {
            RunAction::Choose(i) => {
                let options = r.current().map_or(0, |q| q.options.len());
                if !r.revealed && !r.finished && i < options {
                    r.draft = i.to_string();
                }
            }
            RunAction::Type(text) => {
                if !r.revealed && !r.finished {
                    r.draft = text;
                }
            }
            RunAction::Confirm { now_ms } => {
                if r.finished {
                    return self;
                }
                if r.revealed {
                    // practice: feedback was showing, move on
                    r.revealed = false;
                    advance(&mut r, now_ms);
                } else if !r.draft.trim().is_empty() {
                    let response = std::mem::take(&mut r.draft);
                    if let Some(q) = r.current() {
                        let entry = (q.id.clone(), check(q, &response));
                        r.log.push(entry);
                    }
                    r.responses[r.index] = Some(response);
                    match r.mode {
                        Mode::Practice => r.revealed = true,
                        Mode::Exam | Mode::Worksheet => advance(&mut r, now_ms),
                    }
                }
            }
            RunAction::Restart { questions, now_ms } => r = Run::new(questions, r.mode, now_ms),
        }
        Rc::new(r)
    }
}

fn advance(r: &mut Run, now_ms: f64) {
    r.draft.clear();
    if r.index + 1 >= r.questions.len() {
        r.finished = true;
        r.finished_ms = now_ms;
    } else {
        r.index += 1;
    }
}

#[cfg(test)]
mod tests {
    use briefing::quiz::{every_question, Answer, Settings};

    use super::*;

    /// Three choice questions of the built-in briefing.
    fn questions() -> Rc<Vec<Question>> {
        let text = include_str!("../data/miit-2020-briefing.txt");
        let b = briefing::parse::parse(text).expect("the built-in transcript parses");
        let all = every_question(&b, 7, &Settings::default());
        Rc::new(all.into_iter().filter(|q| !q.options.is_empty()).take(3).collect())
    }

    fn right(q: &Question) -> usize {
        match q.answer {
            Answer::Index(i) => i,
            Answer::Text(_) => unreachable!("a choice question"),
        }
    }

    fn reduce(r: Run, action: RunAction) -> Run {
        (*Rc::new(r).reduce(action)).clone()
    }

    #[test]
    fn practice_shows_feedback_after_each_answer_then_moves_on() {
        let qs = questions();
        let r = Run::new(qs.clone(), Mode::Practice, 0.0);
        let r = reduce(r, RunAction::Choose(right(&qs[0])));
        assert_eq!(r.draft, right(&qs[0]).to_string());
        let r = reduce(r, RunAction::Confirm { now_ms: 1.0 });
        assert!(r.revealed);
        assert_eq!(r.current_right(), Some(true));
        assert_eq!(r.log, vec![(qs[0].id.clone(), true)]);
        // a choice while the feedback shows changes nothing
        let r = reduce(r, RunAction::Choose(0));
        assert!(r.draft.is_empty());
        let r = reduce(r, RunAction::Confirm { now_ms: 2.0 });
        assert_eq!((r.index, r.revealed), (1, false));
    }

    #[test]
    fn an_exam_moves_on_at_once_and_finishes_after_the_last() {
        let qs = questions();
        let mut r = Run::new(qs.clone(), Mode::Exam, 0.0);
        for (i, q) in qs.iter().enumerate() {
            let wrong = (right(q) + 1) % q.options.len();
            r = reduce(r, RunAction::Choose(wrong));
            r = reduce(r, RunAction::Confirm { now_ms: 10.0 * (i + 1) as f64 });
            assert!(!r.revealed);
        }
        assert!(r.finished);
        assert_eq!(r.finished_ms, 30.0);
        assert!(r.log.iter().all(|(_, right)| !right));
        // finished: nothing more is taken
        let again = reduce(r.clone(), RunAction::Confirm { now_ms: 40.0 });
        assert_eq!(again, r);
    }

    #[test]
    fn nothing_is_confirmed_without_an_answer_and_out_of_range_choices_are_ignored() {
        let qs = questions();
        let r = Run::new(qs.clone(), Mode::Exam, 0.0);
        let r = reduce(r, RunAction::Confirm { now_ms: 1.0 });
        assert_eq!((r.index, r.log.len()), (0, 0));
        let r = reduce(r, RunAction::Choose(qs[0].options.len()));
        assert!(r.draft.is_empty());
        let r = reduce(r, RunAction::Type("  ".into()));
        let r = reduce(r, RunAction::Confirm { now_ms: 1.0 });
        assert_eq!(r.index, 0);
    }

    #[test]
    fn a_restart_begins_again_with_the_questions_given() {
        let qs = questions();
        let r = Run::new(qs.clone(), Mode::Exam, 0.0);
        let r = reduce(r, RunAction::Choose(0));
        let r = reduce(r, RunAction::Confirm { now_ms: 1.0 });
        let missed = Rc::new(vec![qs[2].clone()]);
        let r = reduce(r, RunAction::Restart { questions: missed, now_ms: 5.0 });
        assert_eq!((r.index, r.questions.len(), r.log.len()), (0, 1, 0));
        assert_eq!((r.mode, r.started_ms), (Mode::Exam, 5.0));
        // an empty quiz is finished from the start
        assert!(Run::new(Rc::new(vec![]), Mode::Practice, 0.0).finished);
    }
}
