//! Briefing Explorer in the browser: hydrates the page's server rendering (see `lib.rs`).

fn main() {
    #[cfg(feature = "hydration")]
    briefing_explorer::hydrate();
}
