//! Study: the log of answers and everything derived from it by replaying it — FSRS-6 memory
//! states, the schedule to an exam date, the forecast and the statistics.

pub mod fsrs;
pub mod link;
pub mod log;
pub mod migrate;
pub mod time;
