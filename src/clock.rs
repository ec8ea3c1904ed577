//! Time in the browser: a monotonic clock for durations and the wall clock for seeds and
//! schedules. Zero when there is no window (never in a browser).

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// Milliseconds since the page started, for measuring durations.
pub fn now_ms() -> f64 {
    performance().map_or(0.0, |p| p.now())
}

/// Milliseconds since 1970.
pub fn epoch_ms() -> f64 {
    performance().map_or(0.0, |p| p.time_origin() + p.now())
}
