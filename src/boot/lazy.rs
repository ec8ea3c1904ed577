//! Views the first view does not hold, each in a `.wasm` file of its own that is fetched the
//! first time it is needed (the `split` feature of release builds: `scripts/build/split.py` cuts
//! the module with wasm-split-cli). The page starts with less code to fetch; the single file and
//! debug builds have no split and draw the views directly. This module picks which: `page.rs`
//! and `app.rs` name the views from here alone, in either build.
//!
//! Each component here has the name and props of the view it stands for. The quiz and the
//! worksheet fetch theirs when drawn (a quiz started); the figures table, the statistics view
//! and the data panel (with the library), below the topics, when their place comes within
//! 800 px of the window. Until then a shell stands in: for those three, their own section with
//! its `id` and heading, so that `#figures`, `#stats` and `#data` links land where the view will
//! be. A file that cannot be fetched (offline before the service worker has cached it, a failing
//! host) leaves a message and a button to try again.
//!
//! The split points are `#[wasm_split]` functions that hand back a plain function drawing the
//! view: that function, and everything only it reaches, goes into the split-off file. None of
//! these views is in the server rendering, so the page hydrated is the same with or without the
//! split.

#[cfg(feature = "split")]
mod split;

#[cfg(feature = "split")]
pub use self::split::{
    decode_link, question_catalog, read_record, restore_library, script_fold, DataPanel,
    FiguresPanel, QuizView, StudyStats, Worksheet,
};

#[cfg(not(feature = "split"))]
pub use crate::components::{
    data_panel::DataPanel, figures_panel::FiguresPanel, quiz_view::QuizView,
    study_stats::StudyStats, worksheet::Worksheet,
};

/// The library read from IndexedDB and the briefing `want` names opened
/// (`library_store::restore`), handed to `done` when done.
#[cfg(not(feature = "split"))]
pub fn restore_library(
    want: crate::library::Want,
    done: impl FnOnce(crate::library::Restored) + 'static,
) {
    wasm_bindgen_futures::spawn_local(
        async move { done(crate::library_store::restore(want).await) },
    );
}

/// The search's folding of traditional characters (`search::fold_script`), handed to `done`
/// (at once: this build has OpenCC's table).
#[cfg(not(feature = "split"))]
pub fn script_fold(done: impl FnOnce(briefing::search::Fold) + 'static) {
    done(briefing::search::fold_script);
}

/// `study::catalog` of `b`, handed to `done` (at once: this build has the quiz's code).
#[cfg(not(feature = "split"))]
pub fn question_catalog(b: crate::data::Shared, done: impl FnOnce(Vec<(String, u32)>) + 'static) {
    done(briefing::study::catalog(&b));
}

/// The record a `#study=` link's code carries (`study::link::decode`), handed to `done` (at
/// once: this build has the decoder). `None` would be that code not fetched.
#[cfg(not(feature = "split"))]
pub fn decode_link(
    code: String,
    done: impl FnOnce(Option<Result<briefing::study::log::Log, briefing::study::link::LinkError>>)
        + 'static,
) {
    done(Some(briefing::study::link::decode(&code)));
}

/// A study record's text read (`study::migrate::read_record`), handed to `done` (at once: this
/// build has the code that reads the earlier format). `None` would be that code not fetched.
#[cfg(not(feature = "split"))]
pub fn read_record(
    text: String,
    done: impl FnOnce(Option<Result<briefing::study::log::Log, briefing::study::migrate::RecordError>>)
        + 'static,
) {
    done(Some(briefing::study::migrate::read_record(&text)));
}
