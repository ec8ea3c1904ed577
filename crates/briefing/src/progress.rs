//! Study progress: each question's history and when to ask it again.
//!
//! The scheduler is a Leitner system, documented here rather than the `fsrs` crate (its
//! optimiser pulls in a machine-learning stack far over the app's size budget): every item sits
//! in a box 0–5. A right answer moves it up one box and schedules it after that box's interval
//! (1, 3, 7, 16, 35 days); a wrong one sends it back to box 0, due again in 10 minutes. "Review
//! due items" asks what is due now, most overdue and lowest box first — what the reader is about
//! to forget.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The format version written by this code.
pub const VERSION: u32 = 1;
const MINUTE_MS: f64 = 60_000.0;
const DAY_MS: f64 = 24.0 * 60.0 * MINUTE_MS;
/// Days until the next review after a right answer, by the box it moves into (1–5).
pub const INTERVAL_DAYS: [f64; 5] = [1.0, 3.0, 7.0, 16.0, 35.0];
/// Attempts kept per item.
const HISTORY: usize = 20;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// 0 (new or just missed) … 5 (well known)
    #[serde(rename = "box")]
    pub level: u8,
    /// when it is due again, in ms since 1970
    pub due: f64,
    /// the latest attempts: (ms since 1970, right?)
    pub history: Vec<(f64, bool)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Progress {
    pub version: u32,
    /// by question id
    pub items: BTreeMap<String, Item>,
}

/// Why stored progress could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressError {
    /// not JSON, or not the shape of progress
    Corrupt(String),
    /// written by another version of the app
    UnknownVersion(u32),
}

impl std::fmt::Display for ProgressError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProgressError::Corrupt(e) => write!(f, "the saved progress is damaged ({e})"),
            ProgressError::UnknownVersion(v) => write!(f, "the saved progress has format version {v}, this app reads {VERSION}"),
        }
    }
}

impl Progress {
    pub fn new() -> Progress {
        Progress { version: VERSION, items: BTreeMap::new() }
    }

    /// Reads stored progress. Anything but a valid current-version document is an error, so the
    /// caller can tell the reader and keep a copy of what was there.
    pub fn from_json(s: &str) -> Result<Progress, ProgressError> {
        // the version first, read on its own (other fields skipped), so that a record written by
        // another version is reported as such rather than as damaged; then the whole record.
        // (Going through serde_json::Value instead costs the browser's download 6 KB.)
        #[derive(Deserialize)]
        struct Header {
            version: Option<u64>,
        }
        let corrupt = |e: serde_json::Error| ProgressError::Corrupt(e.to_string());
        let version = serde_json::from_str::<Header>(s).map_err(corrupt)?.version.ok_or_else(|| ProgressError::Corrupt("no version".into()))?;
        if version != VERSION as u64 {
            return Err(ProgressError::UnknownVersion(version.min(u32::MAX as u64) as u32));
        }
        let p: Progress = serde_json::from_str(s).map_err(corrupt)?;
        if p.items.values().any(|i| i.level > 5 || !i.due.is_finite()) {
            return Err(ProgressError::Corrupt("a value is out of range".into()));
        }
        Ok(p)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| format!("{{\"version\":{VERSION},\"items\":{{}}}}"))
    }

    /// Records an answer at `now` (ms since 1970) and schedules the item.
    pub fn record(&mut self, id: &str, right: bool, now: f64) {
        let item = self.items.entry(id.to_string()).or_insert(Item { level: 0, due: now, history: vec![] });
        if right {
            item.level = (item.level + 1).min(5);
            item.due = now + INTERVAL_DAYS[(item.level as usize).saturating_sub(1)] * DAY_MS;
        } else {
            item.level = 0;
            item.due = now + 10.0 * MINUTE_MS;
        }
        item.history.push((now, right));
        if item.history.len() > HISTORY {
            item.history.remove(0);
        }
    }

    /// Items due at `now`: most overdue first, then lowest box.
    pub fn due(&self, now: f64) -> Vec<&str> {
        let mut due: Vec<(&String, &Item)> = self.items.iter().filter(|(_, i)| i.due <= now).collect();
        crate::order::sort_by(&mut due, |a, b| a.1.due.total_cmp(&b.1.due).then(a.1.level.cmp(&b.1.level)));
        due.into_iter().map(|(id, _)| id.as_str()).collect()
    }

    /// How long until the next item not yet due falls due (ms), if any.
    pub fn next_due_in(&self, now: f64) -> Option<f64> {
        self.items.values().map(|i| i.due - now).filter(|&wait| wait > 0.0).min_by(f64::total_cmp)
    }

    /// How many items have been answered at least once, and how many of those were last right.
    pub fn studied(&self) -> (usize, usize) {
        let last_right = self.items.values().filter(|i| i.history.last().is_some_and(|h| h.1)).count();
        (self.items.len(), last_right)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: f64 = 1_700_000_000_000.0;

    #[test]
    fn the_next_review_is_when_the_soonest_item_falls_due() {
        let mut p = Progress::new();
        assert_eq!(p.next_due_in(T0), None);
        p.record("q1", true, T0); // due in a day
        p.record("q2", false, T0); // due in ten minutes
        assert_eq!(p.next_due_in(T0), Some(10.0 * MINUTE_MS));
        assert_eq!(p.next_due_in(T0 + 5.0 * MINUTE_MS), Some(5.0 * MINUTE_MS));
        // once due, an item is counted by due(), not here
        assert_eq!(p.next_due_in(T0 + 11.0 * MINUTE_MS), Some(DAY_MS - 11.0 * MINUTE_MS));
        assert_eq!(p.due(T0 + 11.0 * MINUTE_MS), vec!["q2"]);
    }

    #[test]
    fn right_answers_space_out_and_a_miss_starts_over() {
        let mut p = Progress::new();
        p.record("q1", true, T0);
        assert_eq!(p.items["q1"].level, 1);
        assert_eq!(p.items["q1"].due, T0 + DAY_MS);
        p.record("q1", true, T0 + DAY_MS);
        assert_eq!(p.items["q1"].due, T0 + DAY_MS + 3.0 * DAY_MS);
        p.record("q1", false, T0 + 5.0 * DAY_MS);
        assert_eq!(p.items["q1"].level, 0);
        assert_eq!(p.items["q1"].due, T0 + 5.0 * DAY_MS + 10.0 * MINUTE_MS);
        for k in 0..10 {
            p.record("q1", true, T0 + k as f64);
        }
        assert_eq!(p.items["q1"].level, 5, "boxes stop at 5");
        assert_eq!(p.items["q1"].history.len(), HISTORY.min(13));
    }

    #[test]
    fn due_items_come_most_overdue_first() {
        let mut p = Progress::new();
        p.record("known", true, T0);
        p.record("missed", false, T0);
        p.record("missed-later", false, T0 + MINUTE_MS);
        assert_eq!(p.due(T0), Vec::<&str>::new());
        assert_eq!(p.due(T0 + 11.0 * MINUTE_MS), ["missed", "missed-later"]);
        assert_eq!(p.due(T0 + 2.0 * DAY_MS), ["missed", "missed-later", "known"]);
    }

    #[test]
    fn stored_progress_round_trips_and_damage_is_reported() {
        let mut p = Progress::new();
        p.record("figure-choice:f29-2", true, T0);
        assert_eq!(Progress::from_json(&p.to_json()), Ok(p));
        assert!(matches!(Progress::from_json("{not json"), Err(ProgressError::Corrupt(_))));
        assert!(matches!(Progress::from_json("[]"), Err(ProgressError::Corrupt(_))));
        assert!(matches!(Progress::from_json(r#"{"version":1,"items":{"x":{"box":9,"due":0,"history":[]}}}"#), Err(ProgressError::Corrupt(_))));
        assert!(matches!(Progress::from_json(r#"{"version":1,"items":{"x":{"box":"a"}}}"#), Err(ProgressError::Corrupt(_))));
        assert_eq!(Progress::from_json(r#"{"version":0,"items":{}}"#), Err(ProgressError::UnknownVersion(0)));
        assert_eq!(Progress::from_json(r#"{"items":{},"version":7,"new":[1]}"#), Err(ProgressError::UnknownVersion(7)));
        assert!(matches!(Progress::from_json(r#"{"items":{}}"#), Err(ProgressError::Corrupt(_))));
        assert!(matches!(Progress::from_json("[1]"), Err(ProgressError::Corrupt(_))));
        assert!(matches!(Progress::from_json(r#"{"version":"1","items":{}}"#), Err(ProgressError::Corrupt(_))));
        assert_eq!(Progress::from_json(r#"{"version":1,"items":{}}"#), Ok(Progress::new()));
    }
}
