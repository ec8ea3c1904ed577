//! `use_effect_on`: Yew's `use_effect_with`, compiled once for the whole app.
//!
//! Each `use_effect_with` call site is its own copy of Yew's effect machinery (the hook, its
//! state, its `Effect` and `Drop`), generic over the closure, its dependencies and its clean-up:
//! about 1.1 KB of `.wasm` each. Here the dependencies become a 64-bit fingerprint (FNV-1a over
//! their `Hash`) and the closure and its clean-up are boxed, so every effect of the first visit
//! shares one copy and each call site costs only the boxing. The promise is the same as
//! `use_effect_with`'s: `f` runs after a render in which `deps` differ from the last run's
//! (and after the first render), and its clean-up runs before the next run and on unmount.
//! (Two different values with the same fingerprint would skip a run: one chance in 2^64.)

use std::hash::{Hash, Hasher};

use yew::functional::TearDown;
use yew::prelude::*;

/// FNV-1a, 64 bits: a few instructions, and no key to seed (the fingerprint only compares a
/// value with the one before it, on one page).
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The one compiled effect: runs `run` when `key` changes, and keeps its clean-up.
type Run = Box<dyn FnOnce() -> Box<dyn FnOnce()>>;

#[hook]
fn use_boxed_effect(key: u64, run: Run) {
    use_effect_with(key, move |_| run());
}

/// Runs `f(&deps)` after the first render and after every render whose `deps` hash differently
/// from those of the last run; what `f` returns is torn down before the next run and when the
/// component goes (as `use_effect_with`).
#[hook]
pub fn use_effect_on<T, F, D>(deps: T, f: F)
where
    T: Hash + 'static,
    F: FnOnce(&T) -> D + 'static,
    D: TearDown,
{
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    deps.hash(&mut h);
    use_boxed_effect(
        h.finish(),
        Box::new(move || {
            let done = f(&deps);
            Box::new(move || done.tear_down())
        }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn print<T: Hash>(v: T) -> u64 {
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        v.hash(&mut h);
        h.finish()
    }

    #[test]
    fn values_that_differ_have_fingerprints_that_differ() {
        assert_ne!(print(true), print(false));
        assert_ne!(print((1u64, 0u64)), print((0u64, 1u64)));
        assert_ne!(print(Some(("a", 1u32))), print(None::<(&str, u32)>));
        assert_ne!(print("发展"), print("發展"));
        assert_eq!(print((3u32, "x")), print((3u32, "x")));
    }
}
