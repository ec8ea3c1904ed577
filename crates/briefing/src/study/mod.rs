//! Study: the log of answers and everything derived from it by replaying it — FSRS-6 memory
//! states, the schedule to an exam date, the forecast and the statistics.

pub mod fsrs;
pub mod link;
pub mod log;
pub mod migrate;
pub mod plan;
pub mod report;
pub mod scope;
pub mod stats;
pub mod time;

/// Every question id the briefing can ask, with the number of its topic, sorted by id: the
/// whole briefing for the forecast, and the topics for recall by topic.
pub fn catalog(b: &crate::Briefing) -> Vec<(String, u32)> {
    let mut ids: Vec<(String, u32)> =
        crate::quiz::every_question(b, 0, &crate::quiz::Settings::default())
            .into_iter()
            .map(|q| (q.id, q.source.topic))
            .collect();
    ids.sort();
    ids.dedup_by(|a, b| a.0 == b.0);
    ids
}
