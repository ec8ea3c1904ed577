//! FSRS-6 scheduling: the memory state of one card (stability, difficulty) and when to review it
//! next, as PyPI's `fsrs` 6.3.2 (py-fsrs) computes it with `Scheduler(enable_fuzzing=False)`.
//!
//! This is a transcription of py-fsrs's `Scheduler.review_card`, `get_card_retrievability` and
//! `_next_interval`, operation for operation (the same order of floating-point operations, `e^x`
//! as `pow(e, x)` the way Python's `math.e ** x` computes it), so that on the same platform maths
//! library it gives the same bits. `tests/fsrs_reference.rs` replays review sequences recorded with
//! py-fsrs (`scripts/dev/fsrs_reference.py`) and checks every field of every resulting card.
//!
//! What py-fsrs does, and so this module:
//! - Times are instants in ms since 1970 UTC. Whole days since the last review are counted as
//!   Python's `timedelta.days` does: rounded down, so 23 h 59 min is 0 days and a review before the
//!   last one (a clock set back) is −1 days. Fewer than 1 day counts as a same-day review, which
//!   uses the short-term stability formula and no retrievability.
//! - A new card is in the Learning phase at step 0. Again sends a Learning or Relearning card to
//!   step 0, Hard keeps its step (at step 0 it waits halfway between the first two steps, or 1.5×
//!   the only step), Good moves it one step on, and Good after the last step or Easy at any step
//!   graduates it to Review with an interval in whole days. Again on a Review card starts
//!   relearning at step 0; Hard, Good and Easy keep it in Review.
//! - Intervals are `stability × (retention^(1/decay) − 1) / factor` days, rounded half to even
//!   (Python's `round`), then at least 1 and at most `maximum_interval` days.
//! - Difficulty is pulled toward the initial difficulty of Easy (mean reversion by `w7`) and
//!   kept within 1–10; stability is kept at or above 0.001.
//! - There is no fuzz: the same reviews always give the same schedule.

pub use super::time::{DAY_MS, MINUTE_MS};

/// py-fsrs 6.3.2's default FSRS-6 weights `w0`–`w20` (`w20` is the decay of the forgetting
/// curve).
pub const DEFAULT_PARAMS: [f64; 21] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

/// py-fsrs's default desired retention: the chance of recall at which a card falls due.
pub const DEFAULT_RETENTION: f64 = 0.9;

/// The smallest stability (in days) a card can have.
const STABILITY_MIN: f64 = 0.001;
/// The range difficulty is kept in.
const MIN_DIFFICULTY: f64 = 1.0;
const MAX_DIFFICULTY: f64 = 10.0;

/// Where a card is in its schedule (py-fsrs's `State`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// New, or not yet through the learning steps.
    Learning,
    /// Scheduled in whole days.
    Review,
    /// Forgotten in Review, going through the relearning steps.
    Relearning,
}

/// The answer to one review (py-fsrs's `Rating`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    /// Forgotten.
    Again,
    /// Recalled with difficulty (never counts as a lapse).
    Hard,
    /// Recalled.
    Good,
    /// Recalled easily.
    Easy,
}

impl Grade {
    /// py-fsrs's number for the grade: 1 (Again) to 4 (Easy).
    fn number(self) -> i32 {
        match self {
            Grade::Again => 1,
            Grade::Hard => 2,
            Grade::Good => 3,
            Grade::Easy => 4,
        }
    }
}

/// One card's memory state and schedule (py-fsrs's `Card`, without its id).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Card {
    /// Where the card is in its schedule.
    pub phase: Phase,
    /// The learning or relearning step (index into the scheduler's steps), `None` in Review.
    pub step: Option<usize>,
    /// Days until retrievability falls to 90 %, `None` until the first review.
    pub stability: Option<f64>,
    /// 1 (easy) to 10 (hard), `None` until the first review.
    pub difficulty: Option<f64>,
    /// When the card is due, ms since 1970 UTC.
    pub due: i64,
    /// When it was last reviewed, ms since 1970 UTC, `None` until the first review.
    pub last_review: Option<i64>,
}

impl Card {
    /// A new card, due at `now`: Learning at step 0, with no memory state and no review yet
    /// (py-fsrs's `Card(due=now)`).
    pub fn new(now: i64) -> Card {
        Card {
            phase: Phase::Learning,
            step: Some(0),
            stability: None,
            difficulty: None,
            due: now,
            last_review: None,
        }
    }
}

/// An FSRS-6 scheduler without fuzz (py-fsrs's `Scheduler(enable_fuzzing=False)`).
#[derive(Debug, Clone, PartialEq)]
pub struct Scheduler {
    /// The weights `w0`–`w20`.
    pub params: [f64; 21],
    /// The desired retention: the chance of recall at which a Review card falls due.
    pub retention: f64,
    /// The learning steps, in ms.
    pub learning_steps: Vec<i64>,
    /// The relearning steps, in ms.
    pub relearning_steps: Vec<i64>,
    /// The longest interval, in days.
    pub maximum_interval: u32,
}

impl Default for Scheduler {
    /// py-fsrs's defaults: [`DEFAULT_PARAMS`], retention 0.9, learning steps 1 and 10 minutes,
    /// one relearning step of 10 minutes, intervals of at most 36,500 days.
    fn default() -> Scheduler {
        Scheduler::with_retention(DEFAULT_RETENTION)
    }
}

/// `e^x` as Python's `math.e ** x` computes it: `pow(e, x)`, which is not always `exp(x)` to the
/// last bit.
fn e_pow(x: f64) -> f64 {
    std::f64::consts::E.powf(x)
}

/// A duration in ms scaled by `k`, to the nearest ms (Python scales a `timedelta` to the
/// nearest microsecond; the two agree whenever the result is a whole number of ms).
fn scale_ms(ms: i64, k: f64) -> i64 {
    (ms as f64 * k).round_ties_even() as i64
}

impl Scheduler {
    /// The default scheduler (see [`Scheduler::default`]) with another desired retention.
    pub fn with_retention(retention: f64) -> Scheduler {
        Scheduler {
            params: DEFAULT_PARAMS,
            retention,
            learning_steps: vec![MINUTE_MS, 10 * MINUTE_MS],
            relearning_steps: vec![10 * MINUTE_MS],
            maximum_interval: 36_500,
        }
    }

    /// The forgetting curve's decay, `−w20`.
    fn decay(&self) -> f64 {
        -self.params[20]
    }

    /// The forgetting curve's factor, chosen so that retrievability is 0.9 after `stability` days.
    fn factor(&self) -> f64 {
        0.9_f64.powf(1.0 / self.decay()) - 1.0
    }

    /// The card after a review with `grade` at `now` (py-fsrs's `review_card`): its new phase,
    /// step, stability, difficulty, due time, and `last_review` = `now`. `card` is not changed.
    ///
    /// A card whose fields py-fsrs would reject (Learning or Relearning without a step, Review or
    /// Relearning without a memory state) is treated as at step 0, or as new.
    pub fn review(&self, card: &Card, grade: Grade, now: i64) -> Card {
        let mut card = *card;
        let days_since = card.last_review.map(|last| (now - last).div_euclid(DAY_MS));
        let same_day = matches!(days_since, Some(d) if d < 1);

        // The memory state: initial for a first review, short-term on the same day, otherwise
        // from the retrievability now. Review cards always update difficulty, the others with
        // stability.
        let (stability, difficulty) = match (card.stability, card.difficulty) {
            (Some(s), Some(d)) => {
                let s = if same_day {
                    self.short_term_stability(s, grade)
                } else {
                    self.next_stability(d, s, self.retrievability(&card, now), grade)
                };
                (s, self.next_difficulty(d, grade))
            }
            _ => (self.initial_stability(grade), self.initial_difficulty(grade, true)),
        };
        card.stability = Some(stability);
        card.difficulty = Some(difficulty);

        let days = |s: f64| i64::from(self.interval_days(s)) * DAY_MS;
        let interval = match card.phase {
            Phase::Learning | Phase::Relearning => {
                let steps = if card.phase == Phase::Learning {
                    &self.learning_steps
                } else {
                    &self.relearning_steps
                };
                let step = card.step.unwrap_or(0);
                let graduates = steps.is_empty()
                    || (step >= steps.len() && grade != Grade::Again)
                    || grade == Grade::Easy
                    || (grade == Grade::Good && step + 1 == steps.len());
                if graduates {
                    card.phase = Phase::Review;
                    card.step = None;
                    days(stability)
                } else {
                    match grade {
                        Grade::Again => {
                            card.step = Some(0);
                            steps[0]
                        }
                        Grade::Hard => {
                            card.step = Some(step);
                            if step == 0 && steps.len() == 1 {
                                scale_ms(steps[0], 1.5)
                            } else if step == 0 {
                                scale_ms(steps[0] + steps[1], 0.5)
                            } else {
                                steps[step]
                            }
                        }
                        _ => {
                            card.step = Some(step + 1);
                            steps[step + 1]
                        }
                    }
                }
            }
            Phase::Review => {
                if grade == Grade::Again && !self.relearning_steps.is_empty() {
                    card.phase = Phase::Relearning;
                    card.step = Some(0);
                    self.relearning_steps[0]
                } else {
                    days(stability)
                }
            }
        };
        card.due = now + interval;
        card.last_review = Some(now);
        card
    }

    /// The chance that the card is recalled at `at` (py-fsrs's `get_card_retrievability`):
    /// `(1 + factor × days / stability)^decay`, with `days` the whole days since the last review
    /// rounded down and never below 0, so it is 1 on the day of a review and drops a step each
    /// whole day after. 0 for a card never reviewed.
    pub fn retrievability(&self, card: &Card, at: i64) -> f64 {
        let (Some(last), Some(stability)) = (card.last_review, card.stability) else { return 0.0 };
        let elapsed = (at - last).div_euclid(DAY_MS).max(0) as f64;
        (1.0 + self.factor() * elapsed / stability).powf(self.decay())
    }

    /// The interval in whole days after which a card of this stability falls to the desired
    /// retention (py-fsrs's `_next_interval`): rounded half to even, at least 1, at most
    /// `maximum_interval`.
    pub fn interval_days(&self, stability: f64) -> u32 {
        let days = (stability / self.factor()) * (self.retention.powf(1.0 / self.decay()) - 1.0);
        days.round_ties_even().max(1.0).min(f64::from(self.maximum_interval)) as u32
    }

    fn initial_stability(&self, grade: Grade) -> f64 {
        self.params[(grade.number() - 1) as usize].max(STABILITY_MIN)
    }

    fn initial_difficulty(&self, grade: Grade, clamp: bool) -> f64 {
        let d = self.params[4] - e_pow(self.params[5] * f64::from(grade.number() - 1)) + 1.0;
        if clamp {
            d.clamp(MIN_DIFFICULTY, MAX_DIFFICULTY)
        } else {
            d
        }
    }

    fn short_term_stability(&self, stability: f64, grade: Grade) -> f64 {
        let w = &self.params;
        let mut increase =
            e_pow(w[17] * (f64::from(grade.number() - 3) + w[18])) * stability.powf(-w[19]);
        if grade != Grade::Again {
            increase = increase.max(1.0);
        }
        (stability * increase).max(STABILITY_MIN)
    }

    fn next_difficulty(&self, difficulty: f64, grade: Grade) -> f64 {
        let w = &self.params;
        let easy = self.initial_difficulty(Grade::Easy, false);
        let delta = -(w[6] * f64::from(grade.number() - 3));
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        (w[7] * easy + (1.0 - w[7]) * damped).clamp(MIN_DIFFICULTY, MAX_DIFFICULTY)
    }

    fn next_stability(
        &self,
        difficulty: f64,
        stability: f64,
        retrievability: f64,
        grade: Grade,
    ) -> f64 {
        let w = &self.params;
        let s = if grade == Grade::Again {
            let long_term = w[11]
                * difficulty.powf(-w[12])
                * ((stability + 1.0).powf(w[13]) - 1.0)
                * e_pow((1.0 - retrievability) * w[14]);
            let short_term = stability / e_pow(w[17] * w[18]);
            long_term.min(short_term)
        } else {
            let hard_penalty = if grade == Grade::Hard { w[15] } else { 1.0 };
            let easy_bonus = if grade == Grade::Easy { w[16] } else { 1.0 };
            stability
                * (1.0
                    + e_pow(w[8])
                        * (11.0 - difficulty)
                        * stability.powf(-w[9])
                        * (e_pow((1.0 - retrievability) * w[10]) - 1.0)
                        * hard_penalty
                        * easy_bonus)
        };
        s.max(STABILITY_MIN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_767_254_400_000; // 2026-01-01T08:00:00Z

    /// A card that graduated with Good, Good and then had `n` Good reviews, each on its due day.
    fn mature(s: &Scheduler, n: usize) -> Card {
        let mut c = Card::new(T0);
        let mut t = T0;
        for _ in 0..n + 2 {
            c = s.review(&c, Grade::Good, t);
            t = c.due;
        }
        c
    }

    #[test]
    fn new_card_goes_through_the_learning_steps() {
        let s = Scheduler::default();
        let c = Card::new(T0);
        assert_eq!(s.retrievability(&c, T0 + DAY_MS), 0.0);
        let c = s.review(&c, Grade::Good, T0);
        assert_eq!((c.phase, c.step, c.due), (Phase::Learning, Some(1), T0 + 10 * MINUTE_MS));
        assert_eq!(c.stability, Some(DEFAULT_PARAMS[2]));
        let c = s.review(&c, Grade::Good, c.due);
        assert_eq!((c.phase, c.step), (Phase::Review, None));
        assert_eq!(
            c.due,
            T0 + 10 * MINUTE_MS + i64::from(s.interval_days(c.stability.unwrap())) * DAY_MS
        );
        let again = s.review(&Card::new(T0), Grade::Again, T0);
        assert_eq!(
            (again.phase, again.step, again.due),
            (Phase::Learning, Some(0), T0 + MINUTE_MS)
        );
        let hard = s.review(&Card::new(T0), Grade::Hard, T0);
        assert_eq!((hard.step, hard.due), (Some(0), T0 + 330_000));
        let easy = s.review(&Card::new(T0), Grade::Easy, T0);
        assert_eq!((easy.phase, easy.step), (Phase::Review, None));
    }

    #[test]
    fn retrievability_is_the_retention_one_unrounded_interval_after_a_review() {
        for retention in [0.8, 0.9, 0.97] {
            let s = Scheduler::with_retention(retention);
            // An integral stability whose interval rounds to itself at retention 0.9.
            let c = Card {
                phase: Phase::Review,
                step: None,
                stability: Some(12.0),
                difficulty: Some(5.0),
                due: T0,
                last_review: Some(T0),
            };
            assert_eq!(s.retrievability(&c, T0 + 23 * 60 * MINUTE_MS), 1.0, "same day");
            let r = s.retrievability(&c, T0 + 12 * DAY_MS);
            assert!((r - 0.9).abs() < 1e-12, "{r}");
            // Whole days only: the same value until the next day starts.
            assert_eq!(s.retrievability(&c, T0 + 12 * DAY_MS + DAY_MS - 1), r);
            assert!(s.retrievability(&c, T0 + 13 * DAY_MS) < r);
            // Before the last review, 1.
            assert_eq!(s.retrievability(&c, T0 - DAY_MS), 1.0);
        }
    }

    #[test]
    fn intervals_round_half_to_even_and_are_clamped() {
        let s = Scheduler::default();
        assert_eq!(s.interval_days(0.001), 1);
        assert_eq!(s.interval_days(12.0), 12);
        // At retention 0.9 the unrounded interval of k + 0.5 days of stability is exactly k + 0.5.
        assert_eq!([2.5, 3.5, 4.5, 10.5].map(|st| s.interval_days(st)), [2, 4, 4, 10]);
        assert_eq!(s.interval_days(1e9), 36_500);
        let short = Scheduler { maximum_interval: 30, ..Scheduler::default() };
        assert_eq!(short.interval_days(100.0), 30);
        // Lower retention, longer intervals.
        assert!(Scheduler::with_retention(0.8).interval_days(10.0) > 10);
        assert!(Scheduler::with_retention(0.97).interval_days(10.0) < 10);
    }

    #[test]
    fn hard_never_counts_as_a_lapse() {
        let s = Scheduler::default();
        let c = mature(&s, 3);
        for gap in [0, 1, c.due - c.last_review.unwrap(), 400 * DAY_MS] {
            let now = c.last_review.unwrap() + gap;
            let h = s.review(&c, Grade::Hard, now);
            assert_eq!((h.phase, h.step), (Phase::Review, None));
            assert!(h.stability.unwrap() >= c.stability.unwrap(), "gap {gap}");
            assert!(h.due >= now + DAY_MS);
            let a = s.review(&c, Grade::Again, now);
            assert_eq!(
                (a.phase, a.step, a.due),
                (Phase::Relearning, Some(0), now + 10 * MINUTE_MS)
            );
            assert!(a.stability.unwrap() < c.stability.unwrap());
        }
    }

    #[test]
    fn good_on_review_cards_never_lowers_stability_and_gains_more_the_later_it_comes() {
        let s = Scheduler::default();
        let c = mature(&s, 2);
        let last = c.last_review.unwrap();
        let mut previous = c.stability.unwrap();
        for days in [0, 1, 2, 5, 10, 30, 100, 365, 1000] {
            let g = s.review(&c, Grade::Good, last + days * DAY_MS);
            let st = g.stability.unwrap();
            assert!(st >= previous, "{days} days: {st} < {previous}");
            previous = st;
            // Good is better than Hard and worse than Easy, for stability and difficulty.
            let h = s.review(&c, Grade::Hard, last + days * DAY_MS);
            let e = s.review(&c, Grade::Easy, last + days * DAY_MS);
            assert!(h.stability.unwrap() <= st && st <= e.stability.unwrap());
            assert!(
                h.difficulty.unwrap() > g.difficulty.unwrap()
                    && g.difficulty.unwrap() > e.difficulty.unwrap()
            );
        }
    }

    #[test]
    fn difficulty_stays_within_1_to_10() {
        let s = Scheduler::default();
        for grade in [Grade::Again, Grade::Easy] {
            let mut c = Card::new(T0);
            let mut t = T0;
            for _ in 0..60 {
                c = s.review(&c, grade, t);
                let d = c.difficulty.unwrap();
                assert!((MIN_DIFFICULTY..=MAX_DIFFICULTY).contains(&d), "{d}");
                assert!(c.stability.unwrap() >= STABILITY_MIN);
                t += DAY_MS;
            }
        }
    }

    #[test]
    fn relearning_returns_to_review() {
        let s = Scheduler::default();
        let c = mature(&s, 4);
        let lapse = s.review(&c, Grade::Again, c.due);
        let hard = s.review(&lapse, Grade::Hard, lapse.due);
        assert_eq!(
            (hard.phase, hard.step, hard.due),
            (Phase::Relearning, Some(0), lapse.due + 15 * MINUTE_MS)
        );
        let back = s.review(&lapse, Grade::Good, lapse.due);
        assert_eq!((back.phase, back.step), (Phase::Review, None));
        // Without relearning steps a lapse stays in Review.
        let none = Scheduler { relearning_steps: vec![], ..Scheduler::default() };
        let a = none.review(&c, Grade::Again, c.due);
        assert_eq!((a.phase, a.step), (Phase::Review, None));
    }
}
