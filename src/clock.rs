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
            next_task(move || {
                if let Some(f) = f.take() {
                    f();
                }
            })
        })
    };
    let scheduled = web_sys::window()
        .and_then(|w| w.request_animation_frame(later.unchecked_ref()).ok())
        .is_some();
    if !scheduled {
        if let Some(f) = f.take() {
            f();
        }
    }
}

/// A channel the page posts to itself, and what waits for its messages, in order.
type Channel = (web_sys::MessageChannel, std::collections::VecDeque<Box<dyn FnOnce()>>);

thread_local! {
    static CHANNEL: std::cell::RefCell<Option<Channel>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` in a task of its own, as soon as the browser gets to it: a message the page posts
/// to itself. Unlike a timer's, it is not slowed down in a window the browser takes to be out of
/// sight (WebKit aligns timers to a second there, and a chain of them took seconds). Without a
/// window, or a channel, `f` runs after a timer.
pub fn next_task(f: impl FnOnce() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let f: Box<dyn FnOnce()> = Box::new(f);
    let unsent = CHANNEL.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            if let Ok(channel) = web_sys::MessageChannel::new() {
                let on_message = Closure::<dyn FnMut()>::new(|| {
                    let next = CHANNEL
                        .with(|c| c.borrow_mut().as_mut().and_then(|(_, queue)| queue.pop_front()));
                    if let Some(f) = next {
                        f();
                    }
                });
                channel.port1().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                on_message.forget();
                *c = Some((channel, std::collections::VecDeque::new()));
            }
        }
        match c.as_mut() {
            Some((channel, queue)) => {
                queue.push_back(f);
                match channel.port2().post_message(&JsValue::NULL) {
                    Ok(()) => None,
                    Err(_) => queue.pop_back(),
                }
            }
            None => Some(f),
        }
    });
    if let Some(f) = unsent {
        gloo_timers::callback::Timeout::new(0, f).forget();
    }
}

/// Ends the task here and goes on in a new one (`next_task`): a long job awaits it between
/// steps so that the page stays responsive.
pub async fn yield_task() {
    let wait = js_sys::Promise::new(&mut |resolve: js_sys::Function, _| {
        next_task(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}
