//! The study plan over the record: the schedule, what is due now, and the overview the
//! statistics and the forecast show. The scheduling is the core's (`briefing::study`).

use std::rc::Rc;

use briefing::study::plan::{Settings as PlanSettings, Study};
use briefing::study::stats::Overview;
use yew::prelude::*;

use crate::boot::lazy::question_catalog;
use crate::clock::epoch_ms;
use crate::data::Shared;
use crate::hooks::use_effect_on;
use crate::study_state::{Record, StudySettings};

/// This render's plan.
pub struct Plan {
    pub study: Rc<Study>,
    pub overview: Option<Rc<Overview>>,
    /// the questions due for review now
    pub due: Rc<Vec<String>>,
}

/// The plan for `record` under the student's `settings`, in their days (`offset` from UTC).
#[hook]
pub fn use_study_plan(
    briefing: &Result<Shared, String>,
    record: &Record,
    settings: StudySettings,
    offset: i64,
) -> Plan {
    let study = {
        let log = record.log.clone();
        use_memo((record.version, settings, offset), move |(_, s, offset)| {
            Rc::new(Study::replay(
                &log,
                PlanSettings { retention: s.retention, exam: s.exam, offset: *offset },
            ))
        })
    };
    // every question the briefing can ask, with its topic: once there is a record to weigh.
    // (Making it takes the quiz's question generators, which the split build fetches with the
    // quiz: until they are here the catalog is empty, and the forecast waits for it.)
    let catalog = use_state(|| Rc::new(Vec::<(String, u32)>::new()));
    {
        let (b, catalog) = (briefing.clone(), catalog.clone());
        use_effect_on(record.log.is_empty(), move |&empty| match b {
            Ok(b) if !empty => question_catalog(b, move |c| catalog.set(Rc::new(c))),
            // (a record cleared; at start, with nothing to clear, no second render)
            _ if !catalog.is_empty() => catalog.set(Rc::new(Vec::new())),
            _ => {}
        });
    }
    // (nothing is due in an empty record: the first render reads no clock)
    let now = if record.log.is_empty() { 0 } else { epoch_ms() as i64 };
    let due = Rc::new(study.due_now(now).into_iter().map(String::from).collect());
    let today = briefing::study::time::day_of(now, offset);
    let overview = {
        let (log, study, catalog) = (record.log.clone(), (*study).clone(), (*catalog).clone());
        use_memo((record.version, settings, offset, today, catalog.len()), move |_| {
            (!log.is_empty()).then(|| Rc::new(Overview::of(&log, &study, &catalog, now)))
        })
    };
    Plan { study: (*study).clone(), overview: (*overview).clone(), due }
}
