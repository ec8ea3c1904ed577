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
