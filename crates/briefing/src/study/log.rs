//! The study record is a log of answers: which question, when, right or wrong, in practice or
//! in an exam. Everything else (memory states, the schedule, the forecast, statistics) is derived
//! by replaying it, so two logs merge as a union and nothing a student answered is lost.
//!
//! The log is written as CSV, one answer a line, under the header `id,time,result,mode`:
//! ```text
//! id,time,result,mode
//! figure-choice:f29-2,2026-12-01T08:00:00Z,right,practice
//! ```
//! The same text is the stored record, the exported file and the command line's input (which
//! may leave out `mode`: practice).

use std::fmt;

use super::time::{format_instant, parse_instant};

/// How an answer was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mode {
    Practice,
    Exam,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Exam => "exam",
        }
    }
}

/// One answer. Two answers are the same answer when every field is equal.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Answer {
    /// when, in ms since 1970 UTC (first, so that answers sort by time)
    pub time: i64,
    /// the question's id (`quiz::Question::id`)
    pub id: String,
    pub right: bool,
    pub mode: Mode,
}

/// The answers in time order, each once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Log {
    answers: Vec<Answer>,
}

/// Why a line of a log could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// the first line is not `id,time,result` or `id,time,result,mode`
    Header,
    /// (fields found, fields the header names)
    Fields(usize, usize),
    /// the id is empty, or its quotes are not closed
    Id,
    /// not an ISO 8601 UTC instant
    Time(String),
    /// not `right` or `wrong`
    Result(String),
    /// not `practice` or `exam`
    Mode(String),
}

/// A refused line: its number (from 1, the header's being 1) and the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogError {
    pub line: usize,
    pub problem: Problem,
}

impl fmt::Display for LogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.problem {
            Problem::Header => {
                write!(f, "the header must be id,time,result (or id,time,result,mode)")
            }
            Problem::Fields(found, want) => write!(f, "{found} fields, the header names {want}"),
            Problem::Id => write!(f, "the question id is empty or badly quoted"),
            Problem::Time(t) => {
                write!(f, "the time {t:?} is not ISO 8601 UTC, like 2026-12-01T08:00:00Z")
            }
            Problem::Result(r) => write!(f, "the result {r:?} is not right or wrong"),
            Problem::Mode(m) => write!(f, "the mode {m:?} is not practice or exam"),
        }
    }
}

impl std::error::Error for LogError {}

/// The fields of one CSV line; `None` if a quote is not closed. A quoted field may hold commas
/// and doubled quotes.
fn fields(line: &str) -> Option<Vec<String>> {
    let mut out = vec![String::new()];
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        let field = out.last_mut()?;
        match (c, quoted) {
            ('"', false) if field.is_empty() => quoted = true,
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => {
                quoted = false;
                // only a separator may follow a closing quote
                if chars.peek().is_some_and(|&n| n != ',') {
                    return None;
                }
            }
            (',', false) => out.push(String::new()),
            (c, _) => field.push(c),
        }
    }
    (!quoted).then_some(out)
}

/// A field as CSV writes it: quoted when it holds a comma, a quote or a line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

impl Log {
    pub fn new() -> Log {
        Log::default()
    }

    /// The answers, in time order (then by id), each once.
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    pub fn len(&self) -> usize {
        self.answers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    /// A log of these answers, in order, without repeats.
    pub fn from_answers(mut answers: Vec<Answer>) -> Log {
        answers.sort();
        answers.dedup();
        Log { answers }
    }

    /// Adds an answer; false when the log already holds it.
    pub fn record(&mut self, answer: Answer) -> bool {
        match self.answers.binary_search(&answer) {
            Ok(_) => false,
            Err(at) => {
                self.answers.insert(at, answer);
                true
            }
        }
    }

    /// Adds every answer of `other` that this log lacks; returns how many it added.
    pub fn merge(&mut self, other: &Log) -> usize {
        let before = self.answers.len();
        if self.covers(other) {
            return 0;
        }
        self.answers.extend(other.answers.iter().cloned());
        self.answers.sort();
        self.answers.dedup();
        self.answers.len() - before
    }

    /// Does this log hold every answer of `other`?
    pub fn covers(&self, other: &Log) -> bool {
        other.answers.iter().all(|a| self.answers.binary_search(a).is_ok())
    }

    /// The log as CSV, under the header `id,time,result,mode`.
    pub fn to_csv(&self) -> String {
        let mut out = String::from("id,time,result,mode\n");
        for a in &self.answers {
            let result = if a.right { "right" } else { "wrong" };
            out.push_str(&format!(
                "{},{},{result},{}\n",
                field(&a.id),
                format_instant(a.time),
                a.mode.as_str()
            ));
        }
        out
    }

    /// Reads a log written as CSV (see the module's doc). Blank lines are skipped, a byte-order
    /// mark and `\r\n` line ends are accepted; the first malformed line is refused with its
    /// number. An answer given twice is kept once.
    pub fn from_csv(text: &str) -> Result<Log, LogError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).enumerate();
        let header = lines.by_ref().find(|(_, l)| !l.trim().is_empty());
        let (header_at, header) = header.ok_or(LogError { line: 1, problem: Problem::Header })?;
        let columns = match fields(header)
            .as_deref()
            .map(|f| f.iter().map(|c| c.trim()).collect::<Vec<_>>())
            .as_deref()
        {
            Some(["id", "time", "result"]) => 3,
            Some(["id", "time", "result", "mode"]) => 4,
            _ => return Err(LogError { line: header_at + 1, problem: Problem::Header }),
        };
        let mut answers = Vec::new();
        for (i, line) in lines {
            if line.trim().is_empty() {
                continue;
            }
            let err = |problem| LogError { line: i + 1, problem };
            let f = fields(line).ok_or(err(Problem::Id))?;
            if f.len() != columns {
                return Err(err(Problem::Fields(f.len(), columns)));
            }
            let id = f[0].trim();
            if id.is_empty() {
                return Err(err(Problem::Id));
            }
            let time =
                parse_instant(f[1].trim()).ok_or_else(|| err(Problem::Time(f[1].clone())))?;
            let right = match f[2].trim() {
                "right" => true,
                "wrong" => false,
                other => return Err(err(Problem::Result(other.to_string()))),
            };
            let mode = match f.get(3).map(|m| m.trim()) {
                None | Some("practice") => Mode::Practice,
                Some("exam") => Mode::Exam,
                Some(other) => return Err(err(Problem::Mode(other.to_string()))),
            };
            answers.push(Answer { time, id: id.to_string(), right, mode });
        }
        Ok(Log::from_answers(answers))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_796_112_000_000; // 2026-12-01T08:00:00Z

    fn answer(id: &str, time: i64, right: bool) -> Answer {
        Answer { time, id: id.into(), right, mode: Mode::Practice }
    }

    #[test]
    fn a_log_round_trips_through_csv() {
        let mut log = Log::new();
        assert!(log.record(answer("figure-choice:f29-2", T0, true)));
        assert!(log.record(Answer {
            time: T0 + 61_250,
            id: "term:3,\"x\"".into(),
            right: false,
            mode: Mode::Exam
        }));
        assert!(
            !log.record(answer("figure-choice:f29-2", T0, true)),
            "the same answer twice is one answer"
        );
        let csv = log.to_csv();
        assert_eq!(
            csv,
            "id,time,result,mode\nfigure-choice:f29-2,2026-12-01T08:00:00Z,right,practice\n\"term:3,\"\"x\"\"\",2026-12-01T08:01:01.250Z,wrong,exam\n"
        );
        assert_eq!(Log::from_csv(&csv), Ok(log));
    }

    #[test]
    fn the_command_lines_three_columns_are_read_as_practice() {
        let log = Log::from_csv(
            "\u{feff}id,time,result\r\nq1,2026-12-01T08:00:00Z,right\r\n\r\n\
             q1,2026-12-01T08:00:00Z,right\r\nq2,2026-12-01T07:00:00Z,wrong\r\n",
        )
        .unwrap();
        assert_eq!(log.answers(), [answer("q2", T0 - 3_600_000, false), answer("q1", T0, true)]);
    }

    #[test]
    fn a_malformed_line_is_refused_with_its_number() {
        let cases = [
            ("", 1, Problem::Header),
            ("id,when,result\n", 1, Problem::Header),
            ("id,time,result\nq1,2026-12-01T08:00:00Z\n", 2, Problem::Fields(2, 3)),
            (
                "id,time,result\nq1,2026-12-01T08:00:00Z,right\n\nq2,yesterday,right\n",
                4,
                Problem::Time("yesterday".into()),
            ),
            ("id,time,result\nq1,2026-12-01T08:00:00Z,RIGHT\n", 2, Problem::Result("RIGHT".into())),
            (
                "id,time,result,mode\nq1,2026-12-01T08:00:00Z,right,test\n",
                2,
                Problem::Mode("test".into()),
            ),
            ("id,time,result\n,2026-12-01T08:00:00Z,right\n", 2, Problem::Id),
            ("id,time,result\n\"q1,2026-12-01T08:00:00Z,right\n", 2, Problem::Id),
        ];
        for (text, line, problem) in cases {
            assert_eq!(Log::from_csv(text), Err(LogError { line, problem }), "{text:?}");
        }
        let e = Log::from_csv("id,time,result\nq1,2026-12-01,right\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 2: the time \"2026-12-01\" is not ISO 8601 UTC, like 2026-12-01T08:00:00Z"
        );
    }

    #[test]
    fn merging_is_a_union_that_counts_what_it_added() {
        let mut a = Log::from_answers(vec![answer("q1", T0, true), answer("q2", T0 + 5, false)]);
        let b = Log::from_answers(vec![
            answer("q2", T0 + 5, false),
            answer("q3", T0 + 1, true),
            answer("q1", T0 + 9, true),
        ]);
        let mut b2 = b.clone();
        assert_eq!(a.merge(&b), 2);
        assert_eq!(a.len(), 4);
        assert_eq!(a.merge(&b), 0, "merging again adds nothing");
        assert_eq!(
            b2.merge(&Log::from_answers(vec![answer("q1", T0, true), answer("q2", T0 + 5, false)])),
            1
        );
        assert_eq!(a, b2, "the order of merging does not matter");
        assert!(a.covers(&b) && !b.covers(&a));
    }
}
