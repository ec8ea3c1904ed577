//! The study record summed up for the command line (`briefing study`): each question's memory
//! state, recall and due date, and the forecast for the exam day.

use serde::Serialize;

use super::log::Log;
use super::plan::{Settings, Study};
use super::time::{format_date, format_instant};

/// What `briefing study` prints, as JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// the instant the report is for (ISO 8601 UTC)
    pub at: String,
    /// the exam's day (`YYYY-MM-DD`, UTC), if any
    pub exam: Option<String>,
    pub retention: f64,
    /// the mean `recall_at_exam` over the items (none without an exam or items)
    pub forecast: Option<f64>,
    /// the same per briefing of the library (`scope`), in order of first answer
    pub briefings: Vec<BriefingReport>,
    pub items: Vec<ReportItem>,
}

/// One briefing's part of the record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BriefingReport {
    /// its fingerprint; none for the built-in briefing
    pub briefing: Option<String>,
    /// questions answered
    pub items: usize,
    /// the mean `recall_at_exam` over them (none without an exam)
    pub forecast: Option<f64>,
}

/// One question in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportItem {
    pub id: String,
    pub reviews: u32,
    pub lapses: u32,
    /// days
    pub stability: f64,
    pub difficulty: f64,
    pub recall_now: f64,
    pub recall_at_exam: Option<f64>,
    pub last_review: String,
    pub due: String,
}

/// The report of a log at `at` (ms since 1970 UTC).
pub fn report(log: &Log, at: i64, settings: Settings) -> Report {
    let study = Study::replay(log, settings);
    let items: Vec<ReportItem> = study
        .items()
        .iter()
        .map(|i| ReportItem {
            id: i.id.clone(),
            reviews: i.reviews,
            lapses: i.lapses,
            stability: i.card.stability.unwrap_or(0.0),
            difficulty: i.card.difficulty.unwrap_or(0.0),
            recall_now: study.recall(i, at),
            recall_at_exam: study.recall_at_exam(i),
            last_review: format_instant(i.last_review()),
            due: format_instant(i.due),
        })
        .collect();
    let exam: Vec<f64> = items.iter().filter_map(|i| i.recall_at_exam).collect();
    let briefings = super::scope::briefings(log)
        .into_iter()
        .map(|fp| {
            let mine: Vec<&ReportItem> =
                items.iter().filter(|i| super::scope::split(&i.id).0 == fp).collect();
            BriefingReport {
                briefing: fp.map(str::to_string),
                items: mine.len(),
                forecast: mean(mine.iter().filter_map(|i| i.recall_at_exam)),
            }
        })
        .collect();
    Report {
        at: format_instant(at),
        exam: study.settings().exam.map(format_date),
        retention: study.settings().retention,
        forecast: mean(exam.into_iter()),
        briefings,
        items,
    }
}

fn mean(xs: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    (n > 0).then(|| sum / n as f64)
}
