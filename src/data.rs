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

thread_local! {
    /// the embedded briefing, parsed ahead of the first render (`parse_ahead`)
    static AHEAD: std::cell::RefCell<Option<Result<Shared, String>>> = const { std::cell::RefCell::new(None) };
}

/// Parses the embedded briefing now, for `embedded` to hand over: the browser parses it in a
/// task of its own before it adopts the page (see `lib.rs`), which keeps either task short.
#[cfg_attr(not(feature = "hydration"), allow(dead_code))]
pub fn parse_ahead() {
    let parsed = parse_embedded();
    AHEAD.with(|a| *a.borrow_mut() = Some(parsed));
}

/// Reads the embedded briefing (the one `parse_ahead` parsed, if it did). An error here means
/// the build embedded a broken file; the app shows it instead of a blank page.
pub fn embedded() -> Result<Shared, String> {
    AHEAD.with(|a| a.borrow_mut().take()).unwrap_or_else(parse_embedded)
}

fn parse_embedded() -> Result<Shared, String> {
    let mut b: Briefing = briefing::parse::parse(TRANSCRIPT).map_err(|e| format!("data/miit-2020-briefing.txt: {e}"))?;
    briefing::figures::apply_glosses(&mut b, GLOSSES).map_err(|e| format!("data/figure-glosses.tsv: {e}"))?;
    Ok(Shared(Rc::new(b)))
}
