//! The study record of the briefing on show, and the student's study settings (exam date,
//! target retention). The record is a log of answers: every change merges, so an answer from
//! another tab, a file or a link is added and none is lost. Storage is written as the state
//! changes; scheduling, forecasts and statistics are the core's (`briefing::study`).

use std::rc::Rc;

use briefing::study::log::{Answer, Log};
use briefing::study::migrate::read_record;
use briefing::study::plan::clamp_retention;
use briefing::study::time::parse_date;
use yew::prelude::*;

use crate::storage::{self, Note};

/// Where the exam date and the target retention are kept (for every briefing: they are the
/// student's).
const EXAM_KEY: &str = "briefing-explorer/exam";
const RETENTION_KEY: &str = "briefing-explorer/retention";

#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// the localStorage key of this briefing's record
    pub key: AttrValue,
    pub log: Rc<Log>,
    /// what the reader should be told about it
    pub note: Option<Note>,
    /// counts changes to `log`, for memos
    pub version: u64,
}

pub enum RecordAction {
    /// what storage held, once the page is adopted
    Loaded(Log, Option<Note>),
    /// an answer just given
    Answer(Answer),
    /// the text of a file the reader chose (a log, or a record of the earlier format)
    Import(String),
    /// the record a link carried, or `None` when it could not be read
    FromLink(Option<Log>),
    /// another tab changed the stored record (`None`: it cleared it)
    FromOtherTab(Option<Log>),
    Clear,
}

impl Record {
    pub fn new(key: AttrValue) -> Record {
        Record { key, log: Rc::default(), note: None, version: 0 }
    }

    /// This record with `log` merged in and saved (with what another tab stored since).
    fn merged(&self, log: &Log, note: impl FnOnce(usize) -> Option<Note>) -> Record {
        let mut all = (*self.log).clone();
        let added = all.merge(log);
        let (all, failed) = match storage::save(&self.key, &all) {
            Ok(saved) => (saved, None),
            Err(n) => (all, Some(n)),
        };
        Record {
            key: self.key.clone(),
            log: Rc::new(all),
            note: failed.or_else(|| note(added)).or(self.note.clone()),
            version: self.version + 1,
        }
    }
}

impl Reducible for Record {
    type Action = RecordAction;
    fn reduce(self: Rc<Self>, action: RecordAction) -> Rc<Self> {
        Rc::new(match action {
            RecordAction::Loaded(log, note) => {
                Record { log: Rc::new(log), note, version: self.version + 1, ..(*self).clone() }
            }
            RecordAction::Answer(a) => self.merged(&Log::from_answers(vec![a]), |_| None),
            RecordAction::Import(text) => match read_record(&text) {
                Ok(log) => self.merged(&log, |n| Some(Note::Imported(n))),
                Err(e) => Record { note: Some(Note::ImportFailed((&e).into())), ..(*self).clone() },
            },
            RecordAction::FromLink(Some(log)) => self.merged(&log, |n| Some(Note::FromLink(n))),
            RecordAction::FromLink(None) => {
                Record { note: Some(Note::LinkFailed), ..(*self).clone() }
            }
            RecordAction::FromOtherTab(Some(log)) => {
                if log.covers(&self.log) {
                    // (nothing of ours is missing there: no write back)
                    if self.log.covers(&log) {
                        return self;
                    }
                    Record { log: Rc::new(log), version: self.version + 1, ..(*self).clone() }
                } else {
                    self.merged(&log, |_| None)
                }
            }
            RecordAction::FromOtherTab(None) => Record {
                log: Rc::default(),
                note: Some(Note::Cleared),
                version: self.version + 1,
                ..(*self).clone()
            },
            RecordAction::Clear => {
                let note = storage::clear(&self.key).err().unwrap_or(Note::Cleared);
                Record {
                    log: Rc::default(),
                    note: Some(note),
                    version: self.version + 1,
                    ..(*self).clone()
                }
            }
        })
    }
}

/// The student's choices for scheduling.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StudySettings {
    /// the exam's day (days since 1970-01-01)
    pub exam: Option<i64>,
    pub retention: f64,
}

impl Default for StudySettings {
    fn default() -> StudySettings {
        StudySettings { exam: None, retention: briefing::study::fsrs::DEFAULT_RETENTION }
    }
}

impl StudySettings {
    /// What the student chose before (defaults for what is missing or unreadable).
    pub fn stored() -> StudySettings {
        let exam = storage::setting(EXAM_KEY).and_then(|d| parse_date(&d));
        let retention = storage::setting(RETENTION_KEY)
            .and_then(|r| briefing::numerals::decimal(&r))
            .map_or(StudySettings::default().retention, clamp_retention);
        StudySettings { exam, retention }
    }

    /// Remembers these settings.
    pub fn remember(&self) {
        let exam = self.exam.map(briefing::study::time::format_date);
        storage::set_setting(EXAM_KEY, exam.as_deref());
        storage::set_setting(
            RETENTION_KEY,
            Some(&format!("0.{:02}", (self.retention * 100.0).round() as u32)),
        );
    }

    /// Is this key one of the settings (for the `storage` event)?
    pub fn is_key(key: &str) -> bool {
        key == EXAM_KEY || key == RETENTION_KEY
    }
}

/// The reader's offset from UTC now, in ms (positive east), for cutting time into their days.
pub fn local_offset() -> i64 {
    -(js_sys::Date::new_0().get_timezone_offset() * 60_000.0) as i64
}
