//! Study records written before the log (format version 1: a Leitner box, a due time and the
//! latest 20 attempts of each question, as JSON) become logs: each attempt kept is an answer.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::log::{Answer, Log, Mode};

/// Why a stored record could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// neither a log nor a version 1 record
    Corrupt(String),
    /// a JSON record of another format version
    UnknownVersion(u32),
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordError::Corrupt(e) => write!(f, "the study record is damaged ({e})"),
            RecordError::UnknownVersion(v) => write!(f, "the study record has format version {v}, this app reads 1 and the log"),
        }
    }
}

#[derive(Deserialize)]
struct V1 {
    items: BTreeMap<String, V1Item>,
}

#[derive(Deserialize)]
struct V1Item {
    #[serde(rename = "box")]
    level: u8,
    due: f64,
    history: Vec<(f64, bool)>,
}

/// Reads a version 1 record as a log of its attempts (practice answers). Anything but a valid
/// version 1 document is an error, so the caller can report it and keep a copy.
pub fn from_v1_json(s: &str) -> Result<Log, RecordError> {
    // the version first, read on its own, so that another version is reported as such
    #[derive(Deserialize)]
    struct Header {
        version: Option<u64>,
    }
    let corrupt = |e: serde_json::Error| RecordError::Corrupt(e.to_string());
    let version = serde_json::from_str::<Header>(s).map_err(corrupt)?.version.ok_or_else(|| RecordError::Corrupt("no version".into()))?;
    if version != 1 {
        return Err(RecordError::UnknownVersion(version.min(u32::MAX as u64) as u32));
    }
    let v1: V1 = serde_json::from_str(s).map_err(corrupt)?;
    let mut answers = Vec::new();
    for (id, item) in v1.items {
        let times_ok = item.history.iter().all(|&(t, _)| t.is_finite() && (0.0..=253_402_300_799_999.0).contains(&t));
        if item.level > 5 || !item.due.is_finite() || !times_ok || id.is_empty() {
            return Err(RecordError::Corrupt("a value is out of range".into()));
        }
        answers.extend(item.history.iter().map(|&(t, right)| Answer { time: t.round() as i64, id: id.clone(), right, mode: Mode::Practice }));
    }
    Ok(Log::from_answers(answers))
}

/// Reads a stored or imported record: a log (CSV) or a version 1 record (JSON, which starts
/// with `{`).
pub fn read_record(s: &str) -> Result<Log, RecordError> {
    if s.trim_start().starts_with('{') {
        from_v1_json(s)
    } else {
        Log::from_csv(s).map_err(|e| RecordError::Corrupt(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_1_record_becomes_a_log_of_its_attempts() {
        let v1 = r#"{"version":1,"items":{"figure-choice:f29-2":{"box":2,"due":1796198400000,"history":[[1796112000000,true],[1796112600000.4,true]]},"topic:f3-1":{"box":0,"due":1796112600000,"history":[[1796112000000,false]]}}}"#;
        let log = read_record(v1).unwrap();
        let got: Vec<(i64, &str, bool)> = log.answers().iter().map(|a| (a.time, a.id.as_str(), a.right)).collect();
        assert_eq!(got, [(1796112000000, "figure-choice:f29-2", true), (1796112000000, "topic:f3-1", false), (1796112600000, "figure-choice:f29-2", true)]);
        assert!(log.answers().iter().all(|a| a.mode == Mode::Practice));
    }

    #[test]
    fn damage_and_other_versions_are_reported() {
        assert!(matches!(read_record("{not json"), Err(RecordError::Corrupt(_))));
        assert!(matches!(read_record(r#"{"version":1,"items":{"x":{"box":9,"due":0,"history":[]}}}"#), Err(RecordError::Corrupt(_))));
        assert!(matches!(read_record(r#"{"version":1,"items":{"x":{"box":1,"due":0,"history":[[-5,true]]}}}"#), Err(RecordError::Corrupt(_))));
        assert!(matches!(read_record(r#"{"version":1,"items":{"x":{"box":"a"}}}"#), Err(RecordError::Corrupt(_))));
        assert_eq!(read_record(r#"{"items":{},"version":7,"new":[1]}"#), Err(RecordError::UnknownVersion(7)));
        assert!(matches!(read_record(r#"{"items":{}}"#), Err(RecordError::Corrupt(_))));
        assert!(matches!(read_record("[1]"), Err(RecordError::Corrupt(_))));
        assert!(matches!(read_record("id,time\n"), Err(RecordError::Corrupt(_))));
        assert_eq!(read_record(r#"{"version":1,"items":{}}"#), Ok(Log::new()));
        assert_eq!(read_record("id,time,result,mode\n"), Ok(Log::new()));
    }
}
