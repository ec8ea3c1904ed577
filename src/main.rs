//! Briefing Explorer in the browser: adopts the page's server rendering (see `lib.rs`).

fn main() {
    #[cfg(feature = "hydration")]
    briefing_explorer::hydrate();
}
