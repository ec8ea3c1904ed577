//! The app's effects, one hook per job, so that `App` reads as a list of what the app does.
//! Each reads or writes the browser (the address, storage, the document) only in effects and
//! callbacks, never while rendering: the first render is the server's, which the browser
//! hydrates (see `boot`).

mod effect;
mod keys;
mod lang;
mod plan;
mod scroll;
mod search;
mod study;
mod url;

pub use effect::use_effect_on;
pub use keys::use_global_keys;
pub use lang::use_interface_lang;
pub use plan::{use_study_plan, Plan};
pub use scroll::{use_flash, use_scroll_targets};
pub use search::use_search;
pub use study::use_study_record;
pub use url::{
    url_with_briefing, use_back_forward, use_start_view, use_url_sync, without_briefing,
};
