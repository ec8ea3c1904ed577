//! Sorting through one shared copy of the standard library's sort.
//!
//! Every `sort_by` or `sort_unstable` with its own element type or closure is compiled into a
//! separate copy of the sorting code, and each copy costs the browser's download 3–5 KB. These
//! helpers sort a list of indices with a comparator behind a reference, so all of them share
//! one copy; what stays per type is moving the items into their new order.

use std::cmp::Ordering;

/// The stable order of `n` items under `cmp`: the index of the first item, the second …
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|a, b| cmp(*a, *b));
    idx
}

/// Sorts `v` by `cmp`, keeping equal items in their order.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let idx = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut items: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(idx.into_iter().filter_map(|i| items[i].take()));
}

/// Sorts `v` by the key `key` gives each item, keeping equal keys in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_order() {
        let mut rng = crate::quiz::Rng::new(9);
        for n in [0, 1, 2, 5, 40, 1000] {
            let v: Vec<(u8, usize)> = (0..n).map(|i| ((rng.below(7)) as u8, i)).collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "n = {n}");
            let mut all = v.clone();
            sort(&mut all);
            let mut std = v;
            std.sort();
            assert_eq!(all, std);
        }
    }
}
