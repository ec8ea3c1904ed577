//! The briefing embedded at compile time, and a cheap handle to share it with components.

use std::rc::Rc;

use briefing::Briefing;

/// The published transcript, exactly as copied, and the hand-written English glosses of its
/// figures. The core parser reads them at start-up (about a millisecond): the same parser that
/// reads an imported transcript, and smaller in the download than the data as JSON plus a JSON
/// decoder for it.
const TRANSCRIPT: &str = include_str!("../data/miit-2020-briefing.txt");
const GLOSSES: &str = include_str!("../data/figure-glosses.tsv");

/// A shared, immutable briefing. Components compare handles by pointer: the data never changes
/// under them, so a deep comparison on every render would be wasted work.
#[derive(Clone)]
pub struct Shared(pub Rc<Briefing>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = Briefing;
    fn deref(&self) -> &Briefing {
        &self.0
    }
}

/// Parses the embedded briefing in three tasks of its own (the text, its figures, their English
/// glosses), then hands it to `then` in the task after: on a phone's CPU the parse in one task
/// was a long task (see `boot`). The first run of each step is mostly the browser compiling its
/// code, which is why even a millisecond's work gets a task.
#[cfg(feature = "hydration")]
pub fn parse_ahead(then: impl FnOnce(Result<Shared, String>) + 'static) {
    use crate::clock::next_task;
    let read = briefing::parse::parse_without_figures(TRANSCRIPT).map_err(transcript_error);
    next_task(move || {
        let read = read.map(|mut b| {
            briefing::parse::recognise_figures(&mut b);
            b
        });
        next_task(move || {
            let parsed = read.and_then(glossed);
            next_task(move || then(parsed));
        });
    });
}

/// Reads the embedded briefing. An error here means the build embedded a broken file; the app
/// shows it instead of a blank page.
pub fn embedded() -> Result<Shared, String> {
    let b = briefing::parse::parse(TRANSCRIPT).map_err(transcript_error)?;
    glossed(b)
}

/// What the app says when the embedded transcript cannot be read (a broken build).
fn transcript_error(e: briefing::ParseError) -> String {
    format!("data/miit-2020-briefing.txt: {e}")
}

/// `b` with the English glosses of its figures, ready to share.
fn glossed(mut b: Briefing) -> Result<Shared, String> {
    briefing::figures::apply_glosses(&mut b, GLOSSES)
        .map_err(|e| format!("data/figure-glosses.tsv: {e}"))?;
    Ok(Shared(Rc::new(b)))
}
