//! The study record of the briefing on show, and the student's study settings (exam date,
//! target retention). The record is a log of answers: every change merges, so an answer from
//! another tab, a file or a link is added and none is lost. The reducer is pure; storage is
//! written by `use_record_storage`, an effect keyed on the record's saves and clears.
//! Scheduling, forecasts and statistics are the core's (`briefing::study`).

use std::rc::Rc;

use briefing::study::log::{Answer, Log};
use briefing::study::plan::clamp_retention;
use briefing::study::time::parse_date;
use yew::prelude::*;

use crate::hooks::use_effect_on;
use crate::storage::{self, Note, Reason};

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
    /// counts the changes storage must be given (the log merged into what it holds), and the
    /// times it must be cleared: `use_record_storage` makes them, a clear before a save
    pub saves: u64,
    pub clears: u64,
}

pub enum RecordAction {
    /// what storage held, once the page is hydrated
    Loaded(Log, Option<Note>),
    /// an answer just given
    Answer(Answer),
    /// a file the reader chose, read (a log, or a record of the earlier format)
    Import(Result<Log, Reason>),
    /// the record of the earlier format storage held, read once its code came (or a note)
    Earlier(Result<Log, Note>),
    /// the record a link carried, or `None` when it could not be read
    FromLink(Option<Log>),
    /// a link carries a record, but the code that decodes it could not be fetched
    LinkUnavailable,
    /// another tab changed the stored record (`None`: it cleared it)
    FromOtherTab(Option<Log>),
    Clear,
    /// storage holds this log, which has answers another tab stored since (after a save)
    Stored(Log),
    /// storage refused a write
    WriteFailed(Note),
}

impl Record {
    pub fn new(key: AttrValue) -> Record {
        Record { key, log: Rc::default(), note: None, version: 0, saves: 0, clears: 0 }
    }

    /// This record with `log` merged in, to be saved (with what another tab stored since).
    fn merged(&self, log: &Log, note: impl FnOnce(usize) -> Option<Note>) -> Record {
        let mut all = (*self.log).clone();
        let added = all.merge(log);
        Record {
            log: Rc::new(all),
            note: note(added).or(self.note.clone()),
            version: self.version + 1,
            saves: self.saves + 1,
            ..self.clone()
        }
    }
}

/// Gives storage what the record's reducer decided (an effect keyed on the counts of saves and
/// clears: nothing is written while rendering), and tells the record what storage answered.
#[hook]
pub fn use_record_storage(record: &UseReducerHandle<Record>) {
    let done = use_mut_ref(|| (0u64, 0u64));
    let (key, log, dispatch) = (record.key.clone(), record.log.clone(), record.dispatcher());
    use_effect_on((record.saves, record.clears), move |&(saves, clears)| {
        let (saved, cleared) = *done.borrow();
        *done.borrow_mut() = (saves, clears);
        if clears > cleared {
            if let Err(note) = storage::clear(&key) {
                dispatch.dispatch(RecordAction::WriteFailed(note));
            }
        }
        if saves > saved {
            match storage::save(&key, &log) {
                Ok(all) if all != *log => dispatch.dispatch(RecordAction::Stored(all)),
                Ok(_) => {}
                Err(note) => dispatch.dispatch(RecordAction::WriteFailed(note)),
            }
        }
    });
}

impl Reducible for Record {
    type Action = RecordAction;
    fn reduce(self: Rc<Self>, action: RecordAction) -> Rc<Self> {
        Rc::new(match action {
            RecordAction::Loaded(log, note) => {
                Record { log: Rc::new(log), note, version: self.version + 1, ..(*self).clone() }
            }
            RecordAction::Answer(a) => self.merged(&Log::from_answers(vec![a]), |_| None),
            RecordAction::Import(Ok(log)) => self.merged(&log, |n| Some(Note::Imported(n))),
            RecordAction::Import(Err(r)) => {
                Record { note: Some(Note::ImportFailed(r)), ..(*self).clone() }
            }
            RecordAction::Earlier(Ok(log)) => self.merged(&log, |_| None),
            RecordAction::Earlier(Err(note)) | RecordAction::WriteFailed(note) => {
                Record { note: Some(note), ..(*self).clone() }
            }
            RecordAction::FromLink(Some(log)) => self.merged(&log, |n| Some(Note::FromLink(n))),
            RecordAction::FromLink(None) => {
                Record { note: Some(Note::LinkFailed), ..(*self).clone() }
            }
            RecordAction::LinkUnavailable => {
                Record { note: Some(Note::LinkUnavailable), ..(*self).clone() }
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
            RecordAction::Clear => Record {
                log: Rc::default(),
                note: Some(Note::Cleared),
                version: self.version + 1,
                clears: self.clears + 1,
                ..(*self).clone()
            },
            RecordAction::Stored(all) => {
                Record { log: Rc::new(all), version: self.version + 1, ..(*self).clone() }
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

#[cfg(test)]
mod tests {
    use briefing::study::log::Mode;

    use super::*;

    fn answer(time: i64, id: &str) -> Answer {
        Answer { time, id: id.into(), right: true, mode: Mode::Practice }
    }

    fn reduce(r: Record, action: RecordAction) -> Record {
        (*Rc::new(r).reduce(action)).clone()
    }

    fn record() -> Record {
        Record::new(AttrValue::from("briefing-explorer/progress"))
    }

    #[test]
    fn an_answer_is_logged_and_queued_for_storage() {
        let r = reduce(record(), RecordAction::Answer(answer(1000, "fig:1")));
        assert_eq!(r.log.len(), 1);
        assert_eq!((r.version, r.saves, r.clears), (1, 1, 0));
        assert!(r.note.is_none());
    }

    #[test]
    fn what_storage_loaded_is_shown_without_a_write_back() {
        let log = Log::from_answers(vec![answer(1000, "fig:1")]);
        let r = reduce(record(), RecordAction::Loaded(log, Some(Note::StorageOff)));
        assert_eq!((r.log.len(), r.saves), (1, 0));
        assert_eq!(r.note, Some(Note::StorageOff));
    }

    #[test]
    fn clearing_empties_the_record_and_queues_a_clear_before_later_saves() {
        let r = reduce(record(), RecordAction::Answer(answer(1000, "fig:1")));
        let r = reduce(r, RecordAction::Clear);
        assert!(r.log.is_empty());
        assert_eq!(r.note, Some(Note::Cleared));
        assert_eq!((r.saves, r.clears), (1, 1));
        let r = reduce(r, RecordAction::Answer(answer(2000, "fig:2")));
        assert_eq!((r.log.len(), r.saves, r.clears), (1, 2, 1));
    }

    #[test]
    fn a_refused_write_is_reported_and_the_answers_are_kept() {
        let r = reduce(record(), RecordAction::Answer(answer(1000, "fig:1")));
        let r = reduce(r, RecordAction::WriteFailed(Note::SaveFailed));
        assert_eq!(r.note, Some(Note::SaveFailed));
        assert_eq!(r.log.len(), 1);
    }

    #[test]
    fn another_tabs_answers_are_merged_and_only_ours_are_written_back() {
        let ours = reduce(record(), RecordAction::Answer(answer(1000, "fig:1")));
        // the other tab has ours and more: taken as it is, nothing to write
        let theirs = Log::from_answers(vec![answer(1000, "fig:1"), answer(2000, "fig:2")]);
        let r = reduce(ours.clone(), RecordAction::FromOtherTab(Some(theirs)));
        assert_eq!((r.log.len(), r.saves), (2, 1));
        // the other tab lacks ours: merged, and written back
        let other = Log::from_answers(vec![answer(3000, "fig:3")]);
        let r = reduce(ours.clone(), RecordAction::FromOtherTab(Some(other)));
        assert_eq!((r.log.len(), r.saves), (2, 2));
        // the same as ours: no change at all
        let same = (*ours.log).clone();
        let r = reduce(ours.clone(), RecordAction::FromOtherTab(Some(same)));
        assert_eq!(r.version, ours.version);
        // cleared there: cleared here, nothing written
        let r = reduce(ours, RecordAction::FromOtherTab(None));
        assert!(r.log.is_empty());
        assert_eq!((r.saves, r.clears, r.note), (1, 0, Some(Note::Cleared)));
    }

    #[test]
    fn what_storage_holds_after_a_save_replaces_the_log_without_another_save() {
        let r = reduce(record(), RecordAction::Answer(answer(1000, "fig:1")));
        let all = Log::from_answers(vec![answer(1000, "fig:1"), answer(500, "fig:0")]);
        let r = reduce(r, RecordAction::Stored(all));
        assert_eq!((r.log.len(), r.saves, r.version), (2, 1, 2));
    }

    #[test]
    fn a_record_of_the_earlier_format_read_late_merges_with_what_was_answered_meanwhile() {
        let r = reduce(record(), RecordAction::Loaded(Log::new(), None));
        let r = reduce(r, RecordAction::Answer(answer(3000, "fig:3")));
        let earlier = Log::from_answers(vec![answer(1000, "fig:1")]);
        let r = reduce(r, RecordAction::Earlier(Ok(earlier)));
        assert_eq!((r.log.len(), r.saves, r.note.clone()), (2, 2, None));
        let r = reduce(r, RecordAction::Earlier(Err(Note::EarlierKept)));
        assert_eq!((r.log.len(), r.saves, r.note), (2, 2, Some(Note::EarlierKept)));
    }

    #[test]
    fn a_file_or_link_merges_and_says_how_many_answers_it_added() {
        let file = Log::from_answers(vec![answer(1000, "fig:1"), answer(2000, "fig:2")]);
        let r = reduce(record(), RecordAction::Import(Ok(file)));
        assert_eq!(r.note, Some(Note::Imported(2)));
        assert_eq!(r.saves, 1);
        let bad = reduce(record(), RecordAction::Import(Err(Reason::Unavailable)));
        assert_eq!(bad.note, Some(Note::ImportFailed(Reason::Unavailable)));
        assert_eq!(bad.saves, 0);
        let link = Log::from_answers(vec![answer(1000, "fig:1")]);
        let r = reduce(r, RecordAction::FromLink(Some(link)));
        assert_eq!(r.note, Some(Note::FromLink(0)));
        let r = reduce(r, RecordAction::FromLink(None));
        assert_eq!(r.note, Some(Note::LinkFailed));
        // the decoder not fetched: said so, and the record is as it was
        let before = r.log.clone();
        let r = reduce(r, RecordAction::LinkUnavailable);
        assert_eq!(r.note, Some(Note::LinkUnavailable));
        assert_eq!(r.log, before);
    }
}
