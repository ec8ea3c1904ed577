//! Any text into the figure recogniser: no panic, spans on the text and never overlapping.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let figures = briefing::figures::recognise(text, briefing::figures::Context { year: Some(2020) });
    briefing::check::figure_spans(text, &figures).unwrap_or_else(|e| panic!("{e}"));
});
