//! The schedule, derived by replaying the log through FSRS-6: each question's memory state, when
//! it is due, what is due now and in what order, the daily load until an exam, and the forecast
//! of recall on the exam day.
//!
//! Grades: a right answer is Good and a wrong one Again (the FSRS maintainers' advice for
//! automatically graded answers). The exam is taken at the start of its day, in the reader's
//! time zone: that is when exam-day recall is predicted.

use std::collections::BTreeMap;

use super::fsrs::{Card, Grade, Phase, Scheduler, DEFAULT_RETENTION};
use super::log::Log;
use super::time::{day_of, start_of, DAY_MS};

/// The lowest and highest target retention a student can set. (Above 0.9 the workload climbs
/// steeply, as the Anki manual warns.)
pub const RETENTION_RANGE: (f64, f64) = (0.80, 0.97);
/// How many days the plan shows when no exam is set.
pub const PLAN_DAYS: usize = 14;
/// The plan looks at most this far ahead.
pub const MAX_PLAN_DAYS: usize = 366;

/// What the student chose, and where they are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// the target retention, within `RETENTION_RANGE`
    pub retention: f64,
    /// the exam's day (days since 1970-01-01 in the reader's calendar)
    pub exam: Option<i64>,
    /// the reader's offset from UTC, in ms (positive east)
    pub offset: i64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { retention: DEFAULT_RETENTION, exam: None, offset: 0 }
    }
}

/// How far the student is on a set of questions ([`Study::progress`]); two add up to the
/// progress over both (one briefing's and another's: the library's).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Progress {
    pub answered: usize,
    pub due: usize,
    /// the predicted recalls on the exam day, summed, and how many there are (none without an
    /// exam date)
    pub recall_sum: f64,
    pub recalled: usize,
}

impl Progress {
    /// The mean predicted recall on the exam day (0–1), with an exam date and an answer.
    pub fn recall_at_exam(&self) -> Option<f64> {
        (self.recalled > 0).then(|| self.recall_sum / self.recalled as f64)
    }
}

impl std::ops::Add for Progress {
    type Output = Progress;
    fn add(self, o: Progress) -> Progress {
        Progress {
            answered: self.answered + o.answered,
            due: self.due + o.due,
            recall_sum: self.recall_sum + o.recall_sum,
            recalled: self.recalled + o.recalled,
        }
    }
}

/// A target retention brought within `RETENTION_RANGE` (the default for one that is not a number).
pub fn clamp_retention(r: f64) -> f64 {
    if r.is_nan() {
        DEFAULT_RETENTION
    } else {
        r.clamp(RETENTION_RANGE.0, RETENTION_RANGE.1)
    }
}

/// One question's state after its answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub card: Card,
    /// answers given
    pub reviews: u32,
    /// wrong answers once the question had been learned (in review)
    pub lapses: u32,
    /// was the latest answer right?
    pub last_right: bool,
    /// when it is due: FSRS's date, or before the exam where its recall on the day would fall
    /// below the target
    pub due: i64,
}

impl Item {
    pub fn last_review(&self) -> i64 {
        self.card.last_review.unwrap_or(self.card.due)
    }
}

/// The study record replayed.
#[derive(Debug, Clone, PartialEq)]
pub struct Study {
    scheduler: Scheduler,
    settings: Settings,
    /// by id
    items: Vec<Item>,
}

/// The mean predicted recall on the exam day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Forecast {
    /// over the questions studied
    pub studied: f64,
    /// over every question of the briefing, an unseen one counting as not known
    pub whole: f64,
    /// questions studied (of those the briefing gives)
    pub count: usize,
}

impl Study {
    /// Replays the log: each question's answers in time order through FSRS-6.
    pub fn replay(log: &Log, settings: Settings) -> Study {
        let settings = Settings { retention: clamp_retention(settings.retention), ..settings };
        let scheduler = Scheduler::with_retention(settings.retention);
        let mut by_id: BTreeMap<&str, Item> = BTreeMap::new();
        for a in log.answers() {
            let item = by_id.entry(a.id.as_str()).or_insert_with(|| Item {
                id: a.id.clone(),
                card: Card::new(a.time),
                reviews: 0,
                lapses: 0,
                last_right: false,
                due: a.time,
            });
            if !a.right && item.card.phase == Phase::Review {
                item.lapses += 1;
            }
            item.card = scheduler.review(
                &item.card,
                if a.right { Grade::Good } else { Grade::Again },
                a.time,
            );
            item.reviews += 1;
            item.last_right = a.right;
        }
        let mut study = Study { scheduler, settings, items: by_id.into_values().collect() };
        for i in 0..study.items.len() {
            study.items[i].due = study.due_of(&study.items[i].card);
        }
        study
    }

    pub fn settings(&self) -> Settings {
        self.settings
    }

    /// Every question answered, by id.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.binary_search_by(|i| i.id.as_str().cmp(id)).ok().map(|at| &self.items[at])
    }

    /// When the exam begins.
    pub fn exam_at(&self) -> Option<i64> {
        self.settings.exam.map(|d| start_of(d, self.settings.offset))
    }

    /// Predicted recall (0–1) of a question at `at`.
    pub fn recall(&self, item: &Item, at: i64) -> f64 {
        self.scheduler.retrievability(&item.card, at)
    }

    /// How far the student is: questions answered, due at `now`, and the mean predicted recall
    /// of the answered ones on the exam day (with an exam date), for a line in the library view.
    pub fn progress(&self, now: i64) -> Progress {
        let recall: Vec<f64> = self.items.iter().filter_map(|i| self.recall_at_exam(i)).collect();
        Progress {
            answered: self.items.len(),
            due: self.items.iter().filter(|i| i.due <= now).count(),
            recall_sum: recall.iter().sum(),
            recalled: recall.len(),
        }
    }

    /// Predicted recall at the start of the exam day, if no more reviews happen.
    pub fn recall_at_exam(&self, item: &Item) -> Option<f64> {
        self.exam_at().map(|e| self.recall(item, e))
    }

    /// When a card is due: FSRS's date; but a card last reviewed before the exam whose recall on
    /// the exam day would fall below the target is due by the start of the day before it.
    fn due_of(&self, card: &Card) -> i64 {
        match (self.exam_at(), card.last_review) {
            (Some(exam), Some(last))
                if last < exam
                    && card.due >= exam
                    && self.scheduler.retrievability(card, exam) < self.settings.retention =>
            {
                (exam - DAY_MS).max(last)
            }
            _ => card.due,
        }
    }

    /// The questions due at `now`, the most urgent first: before the exam, the lowest predicted
    /// recall on the exam day first; otherwise (and among equals) the longest overdue.
    pub fn due_now(&self, now: i64) -> Vec<&str> {
        let mut due: Vec<(&Item, f64)> =
            self.items.iter().filter(|i| i.due <= now).map(|i| (i, self.urgency(i, now))).collect();
        crate::order::sort_by(&mut due, |a, b| {
            a.1.total_cmp(&b.1).then(a.0.due.cmp(&b.0.due)).then(a.0.id.cmp(&b.0.id))
        });
        due.into_iter().map(|(i, _)| i.id.as_str()).collect()
    }

    /// Lower is more urgent: the recall on the exam day while it is ahead, else nothing to tell
    /// questions apart but how overdue they are.
    fn urgency(&self, item: &Item, now: i64) -> f64 {
        match self.exam_at() {
            Some(exam) if now < exam => self.recall(item, exam),
            _ => 0.0,
        }
    }

    /// How long until the next question not yet due falls due (ms), if any.
    pub fn next_due_in(&self, now: i64) -> Option<i64> {
        self.items.iter().map(|i| i.due - now).filter(|&wait| wait > 0).min()
    }

    /// The reviews due on each day from today: until the day before the exam when one is set
    /// ahead, else for `PLAN_DAYS` days. A question due is assumed answered right on the day
    /// (overdue ones today), and comes back when FSRS next asks, as often as that falls within
    /// the plan.
    pub fn plan(&self, now: i64) -> Plan {
        let today = day_of(now, self.settings.offset);
        let days = match self.settings.exam {
            Some(exam) if exam > today => ((exam - today) as usize).min(MAX_PLAN_DAYS),
            _ => PLAN_DAYS,
        };
        let end = start_of(today + days as i64, self.settings.offset);
        let mut load = vec![0u32; days];
        for item in &self.items {
            let (mut card, mut due) = (item.card, item.due);
            // (a card comes back at most a few times a day: steps of minutes, then days)
            for _ in 0..days * 4 + 4 {
                let at = due.max(now);
                if at >= end {
                    break;
                }
                if let Some(slot) =
                    load.get_mut((day_of(at, self.settings.offset) - today) as usize)
                {
                    *slot += 1;
                }
                card = self.scheduler.review(&card, Grade::Good, at);
                due = self.due_of(&card);
            }
        }
        Plan { first_day: today, load }
    }

    /// The mean predicted recall on the exam day, over the questions studied among `all` (the
    /// ids the briefing gives) and over all of them; `None` without an exam date.
    pub fn forecast(&self, all: &[String]) -> Option<Forecast> {
        let exam = self.exam_at()?;
        let recalls: Vec<f64> = self
            .items
            .iter()
            .filter(|i| all.contains(&i.id))
            .map(|i| self.recall(i, exam))
            .collect();
        let sum: f64 = recalls.iter().sum();
        Some(Forecast {
            studied: if recalls.is_empty() { 0.0 } else { sum / recalls.len() as f64 },
            whole: if all.is_empty() { 0.0 } else { sum / all.len() as f64 },
            count: recalls.len(),
        })
    }

    /// Mean predicted recall now and on the exam day, over the studied questions of each group
    /// (`group` names a question's, or `None` to leave it out), with the number studied.
    pub fn recall_by<K: Ord>(
        &self,
        now: i64,
        group: impl Fn(&str) -> Option<K>,
    ) -> Vec<GroupRecall<K>> {
        let mut groups: BTreeMap<K, (usize, f64, f64)> = BTreeMap::new();
        let exam = self.exam_at();
        for item in &self.items {
            if let Some(k) = group(&item.id) {
                let g = groups.entry(k).or_insert((0, 0.0, 0.0));
                g.0 += 1;
                g.1 += self.recall(item, now);
                g.2 += exam.map_or(0.0, |e| self.recall(item, e));
            }
        }
        groups
            .into_iter()
            .map(|(key, (n, now_sum, exam_sum))| GroupRecall {
                key,
                studied: n,
                now: now_sum / n as f64,
                at_exam: exam.map(|_| exam_sum / n as f64),
            })
            .collect()
    }
}

/// Reviews due per day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// the day of `load[0]` (days since 1970-01-01, the reader's calendar): today
    pub first_day: i64,
    pub load: Vec<u32>,
}

/// Recall over one group of questions.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRecall<K> {
    pub key: K,
    pub studied: usize,
    pub now: f64,
    pub at_exam: Option<f64>,
}

#[cfg(test)]
mod tests {
    use super::super::log::{Answer, Mode};
    use super::super::time::{parse_date, parse_instant, MINUTE_MS};
    use super::*;

    fn at(s: &str) -> i64 {
        parse_instant(s).unwrap()
    }

    fn log(answers: &[(&str, &str, bool)]) -> Log {
        Log::from_answers(
            answers
                .iter()
                .map(|&(id, t, right)| Answer {
                    time: at(t),
                    id: id.into(),
                    right,
                    mode: Mode::Practice,
                })
                .collect(),
        )
    }

    #[test]
    fn new_questions_learn_in_steps_then_graduate() {
        let l = log(&[("q", "2026-12-01T08:00:00Z", true)]);
        let s = Study::replay(&l, Settings::default());
        // Good on a new card: the second learning step, 10 minutes
        assert_eq!(s.item("q").unwrap().due, at("2026-12-01T08:10:00Z"));
        let l = log(&[("q", "2026-12-01T08:00:00Z", true), ("q", "2026-12-01T08:10:00Z", true)]);
        let s = Study::replay(&l, Settings::default());
        let q = s.item("q").unwrap();
        assert_eq!(q.card.phase, Phase::Review);
        assert!(q.due >= at("2026-12-02T08:10:00Z"), "graduated: due in days");
        assert_eq!((q.reviews, q.lapses), (2, 0));
    }

    #[test]
    fn a_wrong_answer_on_a_learned_question_is_a_lapse_and_it_comes_back_in_minutes() {
        let l = log(&[
            ("q", "2026-12-01T08:00:00Z", true),
            ("q", "2026-12-01T08:10:00Z", true),
            ("q", "2026-12-20T08:00:00Z", false),
        ]);
        let s = Study::replay(&l, Settings::default());
        let q = s.item("q").unwrap();
        assert_eq!((q.reviews, q.lapses, q.card.phase), (3, 1, Phase::Relearning));
        assert_eq!(q.due, at("2026-12-20T08:10:00Z"));
        assert_eq!(s.due_now(at("2026-12-20T08:09:00Z")), Vec::<&str>::new());
        assert_eq!(s.due_now(at("2026-12-20T08:10:00Z")), ["q"]);
        assert_eq!(s.next_due_in(at("2026-12-20T08:05:00Z")), Some(5 * MINUTE_MS));
    }

    #[test]
    fn before_the_exam_the_weakest_on_exam_day_come_first() {
        let l = log(&[
            // learned, then a long time untouched: weak
            ("weak", "2026-06-01T08:00:00Z", true),
            ("weak", "2026-06-01T08:10:00Z", true),
            // learned twice over, recently: strong, and due earlier than weak
            ("strong", "2026-09-01T08:00:00Z", true),
            ("strong", "2026-09-01T08:10:00Z", true),
            ("strong", "2026-09-05T08:00:00Z", true),
            ("strong", "2026-09-20T08:00:00Z", true),
        ]);
        let now = at("2026-12-01T08:00:00Z");
        let plain = Study::replay(&l, Settings::default());
        assert_eq!(
            plain.due_now(now),
            ["weak", "strong"],
            "without an exam: longest overdue first"
        );
        let exam = Settings { exam: parse_date("2026-12-20"), ..Settings::default() };
        let s = Study::replay(&l, exam);
        let (w, st) = (s.item("weak").unwrap(), s.item("strong").unwrap());
        assert!(s.recall_at_exam(w).unwrap() < s.recall_at_exam(st).unwrap());
        assert_eq!(s.due_now(now), ["weak", "strong"]);
        // the same with the dates swapped round: the weaker on the day still comes first
        let l2 = log(&[
            ("a", "2026-11-01T08:00:00Z", false),
            ("b", "2026-10-01T08:00:00Z", true),
            ("b", "2026-10-01T08:10:00Z", true),
        ]);
        let s2 = Study::replay(&l2, exam);
        let order = s2.due_now(now);
        let r: Vec<f64> =
            order.iter().map(|id| s2.recall_at_exam(s2.item(id).unwrap()).unwrap()).collect();
        assert!(r.windows(2).all(|w| w[0] <= w[1]), "{order:?} {r:?}");
    }

    #[test]
    fn every_question_weak_on_exam_day_is_due_before_it() {
        let mut answers = Vec::new();
        for k in 0..40 {
            let day = 1 + k % 28;
            answers.push((format!("q{k}"), format!("2026-11-{day:02}T08:00:00Z"), true));
            answers.push((format!("q{k}"), format!("2026-11-{day:02}T08:10:00Z"), k % 5 != 0));
            if k % 3 == 0 {
                answers.push((
                    format!("q{k}"),
                    format!("2026-11-{:02}T09:00:00Z", (day + 2).min(30)),
                    true,
                ));
            }
        }
        let l = Log::from_answers(
            answers
                .iter()
                .map(|(id, t, r)| Answer {
                    time: at(t),
                    id: id.clone(),
                    right: *r,
                    mode: Mode::Practice,
                })
                .collect(),
        );
        for retention in [0.8, 0.9, 0.97] {
            for exam in ["2026-12-03", "2026-12-15", "2027-02-01"] {
                let s =
                    Study::replay(&l, Settings { retention, exam: parse_date(exam), offset: 0 });
                let e = s.exam_at().unwrap();
                for i in s.items() {
                    assert!(
                        i.due < e || s.recall(i, e) >= retention,
                        "{} at {retention} for {exam}",
                        i.id
                    );
                    assert!(i.due <= i.card.due, "the exam only brings dates forward");
                }
            }
        }
    }

    #[test]
    fn the_plan_counts_each_days_reviews_until_the_exam() {
        let l = log(&[
            ("a", "2026-12-01T08:00:00Z", true),
            ("a", "2026-12-01T08:10:00Z", true),
            ("b", "2026-12-01T08:00:00Z", false),
        ]);
        let now = at("2026-12-01T08:11:00Z");
        let s =
            Study::replay(&l, Settings { exam: parse_date("2026-12-11"), ..Settings::default() });
        let plan = s.plan(now);
        assert_eq!(plan.first_day, parse_date("2026-12-01").unwrap());
        assert_eq!(plan.load.len(), 10, "today to the day before the exam");
        // b: overdue at once (step 1 min), then again 10 min later, then graduates
        assert!(plan.load[0] >= 2, "{:?}", plan.load);
        assert!(plan.load.iter().sum::<u32>() >= 4, "{:?}", plan.load);
        // no exam: two weeks
        assert_eq!(Study::replay(&l, Settings::default()).plan(now).load.len(), PLAN_DAYS);
        // an exam already past: normal scheduling, two weeks
        let past =
            Study::replay(&l, Settings { exam: parse_date("2026-11-20"), ..Settings::default() });
        assert_eq!(past.plan(now).load.len(), PLAN_DAYS);
    }

    #[test]
    fn the_forecast_counts_unseen_questions_as_not_known() {
        let l = log(&[
            ("a", "2026-12-01T08:00:00Z", true),
            ("a", "2026-12-01T08:10:00Z", true),
            ("gone", "2026-12-01T08:00:00Z", true),
        ]);
        let all: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        assert_eq!(Study::replay(&l, Settings::default()).forecast(&all), None);
        let s =
            Study::replay(&l, Settings { exam: parse_date("2026-12-10"), ..Settings::default() });
        let f = s.forecast(&all).unwrap();
        let a = s.recall_at_exam(s.item("a").unwrap()).unwrap();
        assert_eq!(f.count, 1, "an id the briefing does not give is left out");
        assert!((f.studied - a).abs() < 1e-12);
        assert!((f.whole - a / 4.0).abs() < 1e-12);
        // more right answers, a better forecast
        let mut more = l.clone();
        more.record(Answer {
            time: at("2026-12-05T08:00:00Z"),
            id: "a".into(),
            right: true,
            mode: Mode::Practice,
        });
        more.record(Answer {
            time: at("2026-12-05T08:00:00Z"),
            id: "b".into(),
            right: true,
            mode: Mode::Practice,
        });
        let f2 = Study::replay(
            &more,
            Settings { exam: parse_date("2026-12-10"), ..Settings::default() },
        )
        .forecast(&all)
        .unwrap();
        assert!(f2.studied > f.studied && f2.whole > f.whole, "{f:?} → {f2:?}");
    }

    #[test]
    fn retention_stays_within_its_range() {
        assert_eq!(clamp_retention(0.5), 0.8);
        assert_eq!(clamp_retention(0.99), 0.97);
        assert_eq!(clamp_retention(f64::NAN), DEFAULT_RETENTION);
        assert_eq!(clamp_retention(0.85), 0.85);
        // a higher target brings reviews sooner
        let l = log(&[("a", "2026-12-01T08:00:00Z", true), ("a", "2026-12-01T08:10:00Z", true)]);
        let due = |r| {
            Study::replay(&l, Settings { retention: r, ..Settings::default() })
                .item("a")
                .unwrap()
                .due
        };
        assert!(due(0.97) < due(0.9) && due(0.9) < due(0.8));
    }

    #[test]
    fn recall_by_group_averages_the_studied_questions() {
        let l = log(&[
            ("t1-a", "2026-12-01T08:00:00Z", true),
            ("t1-b", "2026-12-01T08:00:00Z", false),
            ("t2-a", "2026-12-01T08:00:00Z", true),
            ("x", "2026-12-01T08:00:00Z", true),
        ]);
        let s =
            Study::replay(&l, Settings { exam: parse_date("2026-12-10"), ..Settings::default() });
        let now = at("2026-12-02T08:00:00Z");
        let g = s.recall_by(now, |id| id.get(..2).filter(|p| p.starts_with('t')).map(String::from));
        assert_eq!(
            g.iter().map(|g| (g.key.as_str(), g.studied)).collect::<Vec<_>>(),
            [("t1", 2), ("t2", 1)]
        );
        let r = |id: &str, t| s.recall(s.item(id).unwrap(), t);
        assert!((g[0].now - (r("t1-a", now) + r("t1-b", now)) / 2.0).abs() < 1e-12);
        assert!(g[0].at_exam.unwrap() < g[0].now);
    }
}
