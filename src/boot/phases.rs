//! The start-up's state machine, with no browser and no Yew in it, so that it is tested natively:
//! which phase the page is in, which suspended parts wait to be hydrated, and what waits for
//! the page to be hydrated. `boot/mod.rs` holds the one instance and carries out what each
//! transition returns (resume a part now, or in a task of its own; run what waited).
//!
//! ```text
//!   Parsing ──start_hydrating──▶ Hydrating ──last part drawn──▶ Hydrated
//!                                    │   (or the root rendered, no part waiting)
//!                                    └──when_hydrated──▶ Rushing ──last part drawn──▶ Hydrated
//! ```

use std::collections::VecDeque;

/// Where the start-up is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Phase {
    /// the embedded briefing is being parsed; nothing is drawn yet (and, on the server and in
    /// a build without hydration, the phase the page stays in)
    Parsing,
    /// Yew is hydrating the server rendering, part by part, in tasks of their own
    Hydrating,
    /// the reader acted before every part was hydrated: the rest are hydrated at once
    Rushing,
    /// every part is the app's
    Hydrated,
}

/// How long one task may spend hydrating parts. On a phone's CPU, four times slower, that is
/// under the 50 ms at which a task counts as long (Lighthouse's mobile preset scales the tasks it
/// sees the same way); a faster computer hydrates several small parts in one task instead of
/// waiting for a task (and often a frame) per part.
pub const TASK_BUDGET_MS: f64 = 12.0;

/// What to do after a part has been drawn.
#[derive(Debug, PartialEq)]
pub enum Drawn<H, F> {
    /// resume this part now, in this task
    Resume(H),
    /// resume the next part in a task of its own
    NextTask,
    /// the page is hydrated: run these, in order
    Hydrated(Vec<F>),
}

/// What to do with something the reader did (`when_hydrated`).
#[derive(Debug, PartialEq)]
pub enum Rush<H, F> {
    /// nothing waits: do it now
    Now(F),
    /// it waits for these parts, which are to be resumed now
    Resume(Vec<H>),
}

/// The start-up. `H` is a suspended part's handle, `F` what waits for the page to be hydrated.
pub struct Phases<H, F> {
    phase: Phase,
    /// the suspended parts not resumed yet, in page order
    waiting: VecDeque<H>,
    /// suspended parts not drawn yet
    pending: usize,
    /// when the task hydrating parts began, and when its latest part was resumed
    task_start: f64,
    part_start: f64,
    /// what waits for every part to be hydrated
    after: Vec<F>,
}

impl<H, F> Default for Phases<H, F> {
    fn default() -> Self {
        Phases {
            phase: Phase::Parsing,
            waiting: VecDeque::new(),
            pending: 0,
            task_start: 0.0,
            part_start: 0.0,
            after: Vec::new(),
        }
    }
}

impl<H, F> Phases<H, F> {
    #[cfg(test)]
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Yew starts hydrating the server rendering.
    #[cfg_attr(not(feature = "hydration"), allow(dead_code))]
    pub fn start_hydrating(&mut self) {
        self.phase = Phase::Hydrating;
    }

    /// Does a part drawn now wait for a task of its own? Only while hydrating, before the
    /// reader acted.
    pub fn suspends(&self) -> bool {
        self.phase == Phase::Hydrating
    }

    /// Is the page past hydrating (or never hydrated): is a component drawn now new, not one
    /// of the server rendering?
    pub fn hydrated(&self) -> bool {
        !matches!(self.phase, Phase::Hydrating | Phase::Rushing)
    }

    /// A part suspended; `true` when it is the first waiting, so the first task is to be asked
    /// for.
    pub fn suspended(&mut self, part: H) -> bool {
        self.waiting.push_back(part);
        self.pending += 1;
        self.pending == 1
    }

    /// A task for hydrating parts began at `now`: the first part waiting, to resume.
    pub fn task_began(&mut self, now: f64) -> Option<H> {
        self.task_start = now;
        self.resume_first(now)
    }

    fn resume_first(&mut self, now: f64) -> Option<H> {
        self.part_start = now;
        self.waiting.pop_front()
    }

    /// A suspended part has been drawn at `now`: the next one's turn, or, after the last, what
    /// waited. The next part is hydrated in this task when the task, with one more part as
    /// costly as the last, stays within `TASK_BUDGET_MS`; otherwise in a task of its own.
    pub fn drawn(&mut self, now: f64) -> Drawn<H, F> {
        self.pending = self.pending.saturating_sub(1);
        if self.pending > 0 {
            let (task, part) = (now - self.task_start, now - self.part_start);
            match (task + part <= TASK_BUDGET_MS).then(|| self.resume_first(now)).flatten() {
                Some(h) => Drawn::Resume(h),
                None => Drawn::NextTask,
            }
        } else {
            self.phase = Phase::Hydrated;
            Drawn::Hydrated(std::mem::take(&mut self.after))
        }
    }

    /// The root's first render is done: with no part waiting, the page is hydrated. (Otherwise
    /// the last part drawn says so.)
    pub fn root_rendered(&mut self) {
        if self.pending == 0 && self.phase == Phase::Hydrating {
            self.phase = Phase::Hydrated;
        }
    }

    /// `f` waits until every part is hydrated: `Some(f)` to run now when nothing waits.
    pub fn after_hydrated(&mut self, f: F) -> Option<F> {
        if self.pending == 0 {
            return Some(f);
        }
        self.after.push(f);
        None
    }

    /// Something the reader did: now when nothing waits; otherwise right after the parts still
    /// waiting, which are all resumed at once (and the parts found inside them drawn at once).
    pub fn when_hydrated(&mut self, f: F) -> Rush<H, F> {
        if self.pending == 0 {
            return Rush::Now(f);
        }
        self.after.push(f);
        self.phase = Phase::Rushing;
        Rush::Resume(self.waiting.drain(..).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type P = Phases<u32, &'static str>;

    fn hydrating(parts: u32) -> P {
        let mut p = P::default();
        p.start_hydrating();
        for h in 0..parts {
            assert_eq!(p.suspended(h), h == 0, "only the first part asks for a task");
        }
        p
    }

    #[test]
    fn nothing_suspends_before_or_after_hydrating() {
        let mut p = P::default();
        assert_eq!(p.phase(), Phase::Parsing);
        assert!(!p.suspends() && p.hydrated());
        p.start_hydrating();
        assert!(p.suspends() && !p.hydrated());
        p.root_rendered();
        assert_eq!(p.phase(), Phase::Hydrated);
        assert!(!p.suspends());
        assert_eq!(p.after_hydrated("x"), Some("x"));
    }

    #[test]
    fn parts_resume_in_page_order_several_to_a_task_within_the_budget() {
        let mut p = hydrating(3);
        // the root's render is done while parts still wait: still hydrating
        p.root_rendered();
        assert_eq!(p.phase(), Phase::Hydrating);
        assert_eq!(p.after_hydrated("effects"), None);
        assert_eq!(p.task_began(100.0), Some(0));
        // a cheap part: the next in the same task
        assert_eq!(p.drawn(102.0), Drawn::Resume(1));
        // a costly one: 2 + 8 so far, plus another 8, is over 12 ms
        assert_eq!(p.drawn(110.0), Drawn::NextTask);
        assert_eq!(p.task_began(120.0), Some(2));
        assert_eq!(p.drawn(121.0), Drawn::Hydrated(vec!["effects"]));
        assert_eq!(p.phase(), Phase::Hydrated);
        assert!(p.hydrated());
    }

    #[test]
    fn a_reader_who_acts_early_has_every_waiting_part_resumed_at_once() {
        let mut p = hydrating(3);
        assert_eq!(p.task_began(0.0), Some(0));
        assert_eq!(p.when_hydrated("tap"), Rush::Resume(vec![1, 2]));
        assert_eq!(p.phase(), Phase::Rushing);
        // parts found inside those are drawn at once, not suspended
        assert!(!p.suspends() && !p.hydrated());
        assert!(matches!(p.drawn(1.0), Drawn::Resume(_) | Drawn::NextTask));
        p.drawn(2.0);
        assert_eq!(p.drawn(3.0), Drawn::Hydrated(vec!["tap"]));
        // and the rush ends with the start-up
        assert_eq!(p.phase(), Phase::Hydrated);
        assert_eq!(p.when_hydrated("later"), Rush::Now("later"));
    }

    #[test]
    fn what_waited_runs_in_the_order_it_came() {
        let mut p = hydrating(1);
        assert_eq!(p.after_hydrated("lang"), None);
        assert_eq!(p.after_hydrated("url"), None);
        p.task_began(0.0);
        assert_eq!(p.drawn(1.0), Drawn::Hydrated(vec!["lang", "url"]));
    }

    #[test]
    fn the_last_part_budget_never_resumes_a_part_that_is_not_there() {
        let mut p = hydrating(2);
        p.task_began(0.0);
        // the second part was taken by a rush: with one pending and none waiting, a new task
        let Rush::Resume(rest) = p.when_hydrated("tap") else { panic!("parts wait") };
        assert_eq!(rest, vec![1]);
        assert_eq!(p.drawn(0.5), Drawn::NextTask);
    }
}
