//! Time in the browser: a monotonic clock for durations and the wall clock for seeds and
//! schedules. Zero when there is no window (never in a browser).

fn performance() -> Option<web_sys::Performance> {
    // (natively, in the build's server rendering, there is no browser to ask)
    #[cfg(target_arch = "wasm32")]
    return web_sys::window().and_then(|w| w.performance());
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Milliseconds since the page started, for measuring durations.
pub fn now_ms() -> f64 {
    performance().map_or(0.0, |p| p.now())
}

/// Milliseconds since 1970.
pub fn epoch_ms() -> f64 {
    performance().map_or(0.0, |p| p.time_origin() + p.now())
}

/// Runs `f` in the task after the next frame: the browser paints what is drawn now first. Work
/// that can wait (rows far below the reading view, a stored import not on show) goes here.
/// Without a window, `f` runs at once.
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let f = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let later = {
        let f = f.clone();
        Closure::once_into_js(move || {
            gloo_timers::callback::Timeout::new(0, move || {
                if let Some(f) = f.take() {
                    f();
                }
            })
            .forget()
        })
    };
    let scheduled = web_sys::window().and_then(|w| w.request_animation_frame(later.unchecked_ref()).ok()).is_some();
    if !scheduled {
        if let Some(f) = f.take() {
            f();
        }
    }
}
