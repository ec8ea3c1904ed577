//! The briefing embedded at compile time, and a cheap handle to share it with components.

use std::rc::Rc;

use briefing::Briefing;

/// `data/briefing.json`, produced by the core crate's parser and checked by its tests.
const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/briefing.min.json"));

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

/// Reads the embedded briefing. An error here means the build embedded a broken file; the app
/// shows it instead of a blank page.
pub fn embedded() -> Result<Shared, String> {
    Briefing::from_json(EMBEDDED)
        .map(|b| Shared(Rc::new(b)))
        .map_err(|e| format!("data/briefing.json: {e}"))
}
