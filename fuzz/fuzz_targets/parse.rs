//! Any bytes into the reader of every format (write-up, Foreign Ministry, SCIO): a briefing or
//! an error, never a panic; a briefing's figure spans lie on its text and it survives a JSON
//! round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(b) = briefing::read::read_bytes(data) {
        briefing::check::spans(&b).unwrap_or_else(|e| panic!("{e}"));
        let back = briefing::Briefing::from_json(&b.to_json()).expect("its own JSON reads back");
        assert!(back == b, "JSON round trip changed the briefing");
    }
});
