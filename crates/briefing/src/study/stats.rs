//! Statistics of the log for the study view: answers per day over the last weeks (the calendar
//! heatmap), accuracy week by week, recall by topic and the plan's daily load, in one
//! `Overview` for the view to draw.

use std::collections::HashMap;

use super::log::Log;
use super::plan::{Forecast, GroupRecall, Plan, Study};
use super::time::day_of;

/// Everything the study view shows, at one instant.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// answers per day over the last `WEEKS` weeks
    pub calendar: Calendar,
    /// answers and right answers per week, the same weeks
    pub weeks: Vec<Tally>,
    /// recall by topic number, now and on the exam day
    pub by_topic: Vec<GroupRecall<u32>>,
    /// reviews due per day until the exam (or for two weeks)
    pub plan: Plan,
    /// mean recall on the exam day, if one is set
    pub forecast: Option<Forecast>,
    /// questions the briefing can ask
    pub questions: usize,
    /// questions studied, and how many of them were last answered right
    pub studied: (usize, usize),
}

impl Overview {
    /// The overview of a log and its replay at `now`; `catalog` is every question the briefing
    /// can ask with its topic (`study::catalog`).
    pub fn of(log: &Log, study: &Study, catalog: &[(String, u32)], now: i64) -> Overview {
        let offset = study.settings().offset;
        let calendar = Calendar::of(log, now, offset, WEEKS);
        let topics: HashMap<&str, u32> = catalog.iter().map(|(id, t)| (id.as_str(), *t)).collect();
        let ids: Vec<String> = catalog.iter().map(|(id, _)| id.clone()).collect();
        Overview {
            weeks: calendar.weeks(),
            calendar,
            by_topic: study.recall_by(now, |id| topics.get(id).copied()),
            plan: study.plan(now),
            forecast: study.forecast(&ids),
            questions: catalog.len(),
            studied: (study.items().len(), study.items().iter().filter(|i| i.last_right).count()),
        }
    }
}

/// The weeks the heatmap and the accuracy chart cover.
pub const WEEKS: usize = 26;

/// Answers on one day, or over one week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub answers: u32,
    pub right: u32,
}

/// Answers per day, whole weeks from Monday to Sunday, the last holding today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// the Monday of the first week (days since 1970-01-01, the reader's calendar)
    pub first_day: i64,
    /// today, counted from `first_day`
    pub today: usize,
    /// by day from `first_day`: `weeks * 7` of them (days after today count nothing)
    pub days: Vec<Tally>,
}

/// The weekday of a day number, Monday 0 … Sunday 6 (1970-01-01 was a Thursday).
pub fn weekday(day: i64) -> usize {
    (day + 3).rem_euclid(7) as usize
}

impl Calendar {
    /// The log's answers per day over the `weeks` weeks that end with this one.
    pub fn of(log: &Log, now: i64, offset: i64, weeks: usize) -> Calendar {
        let today = day_of(now, offset);
        let first_day = today - weekday(today) as i64 - 7 * (weeks.max(1) as i64 - 1);
        let mut days = vec![Tally::default(); weeks.max(1) * 7];
        for a in log.answers() {
            let d = day_of(a.time, offset) - first_day;
            if let Some(t) = usize::try_from(d).ok().and_then(|d| days.get_mut(d)) {
                t.answers += 1;
                t.right += u32::from(a.right);
            }
        }
        Calendar { first_day, today: (today - first_day) as usize, days }
    }

    /// The weeks' totals, first to last.
    pub fn weeks(&self) -> Vec<Tally> {
        self.days
            .chunks(7)
            .map(|w| {
                w.iter().fold(Tally::default(), |t, d| Tally {
                    answers: t.answers + d.answers,
                    right: t.right + d.right,
                })
            })
            .collect()
    }

    /// The most answers on one day.
    pub fn busiest(&self) -> u32 {
        self.days.iter().map(|d| d.answers).max().unwrap_or(0)
    }

    /// Days with at least one answer.
    pub fn active_days(&self) -> usize {
        self.days.iter().filter(|d| d.answers > 0).count()
    }
}

#[cfg(test)]
mod tests {
    use super::super::log::{Answer, Mode};
    use super::super::time::{parse_date, parse_instant, MINUTE_MS};
    use super::*;

    fn answer(t: &str, right: bool) -> Answer {
        Answer { time: parse_instant(t).unwrap(), id: "q".into(), right, mode: Mode::Practice }
    }

    #[test]
    fn the_calendar_counts_answers_by_the_readers_day_in_whole_weeks() {
        let log = Log::from_answers(vec![
            answer("2026-12-02T08:00:00Z", true),
            answer("2026-12-02T09:00:00Z", false),
            // 23:30 UTC on the 1st is the 2nd in Beijing
            answer("2026-12-01T23:30:00Z", true),
            // before the 26 weeks: not counted
            answer("2026-01-01T08:00:00Z", true),
        ]);
        let now = parse_instant("2026-12-02T12:00:00Z").unwrap();
        let utc = Calendar::of(&log, now, 0, WEEKS);
        assert_eq!(utc.days.len(), 182);
        assert_eq!(weekday(utc.first_day), 0, "weeks start on Monday");
        // 2026-12-02 is a Wednesday
        assert_eq!(weekday(parse_date("2026-12-02").unwrap()), 2);
        assert_eq!(utc.first_day + utc.today as i64, parse_date("2026-12-02").unwrap());
        assert_eq!(utc.days[utc.today], Tally { answers: 2, right: 1 });
        assert_eq!(utc.days[utc.today - 1], Tally { answers: 1, right: 1 });
        let beijing = Calendar::of(&log, now, 8 * 60 * MINUTE_MS, WEEKS);
        assert_eq!(beijing.days[beijing.today], Tally { answers: 3, right: 2 });
        assert_eq!((beijing.busiest(), beijing.active_days()), (3, 1));
        let weeks = beijing.weeks();
        assert_eq!(weeks.len(), WEEKS);
        assert_eq!(weeks[WEEKS - 1], Tally { answers: 3, right: 2 });
        assert_eq!(weeks.iter().map(|w| w.answers).sum::<u32>(), 3);
    }
}
