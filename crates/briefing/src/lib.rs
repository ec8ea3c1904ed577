//! Briefing Explorer's core: the data model of a press briefing and the parser that reads a
//! published transcript into it, mending and recording damage on the way. No web dependencies:
//! everything here is deterministic and tested natively.

pub mod check;
pub mod error;
pub mod export;
pub mod figures;
pub mod fold;
pub mod library;
pub mod model;
pub mod order;
pub mod parse;
pub mod quiz;
pub mod read;
pub mod repair;
pub mod script;
pub mod search;
pub mod study;

pub use error::{ErrorKind, ParseError};
// Numerals are read and written under `figures` (the recogniser's own number reader); the path
// `briefing::numerals` stays, for the app, the command line and the tests.
pub use figures::numerals;
pub use model::{
    runs, shown_original, Briefing, Event, Format, Paragraph, Piece, Qa, Repair, RepairKind,
    SetAside, SetAsideKind, Speaker, Topic, Turn, REPAIR_KIND_NAMES_EN, REPAIR_KIND_NAMES_ZH,
    SET_ASIDE_NAMES_EN, SET_ASIDE_NAMES_ZH,
};
pub use parse::{parse, parse_bytes};
