//! The form of a table of interface text (`table!`), and what it checks: the same number of
//! `{}` placeholders in both languages, at compile time; in the tests, every string of a table
//! with its key (`Texts`). A leaf: it knows nothing of the tables themselves.

/// Declares a table of interface text: a struct with a field for each key, and its two
/// instances, Chinese and English, from one list where each entry gives the key's Chinese, then
/// its English:
///
/// ```text
/// /// (the field's doc comment)
/// pub key = "中文", "English";
/// pub(super) key: Type = chinese_value, english_value;
/// ```
///
/// An entry without a type is a `&'static str`, and the crate does not compile if its two
/// strings take different numbers of `{}` placeholders. In the tests, `entries` lists every
/// string of a table with its key (the strings of a list, a pair or a nested table each under
/// their key; see `Texts`).
macro_rules! table {
    (@ty) => { &'static str };
    (@ty $ty:ty) => { $ty };
    (@check $key:ident ; $zh:expr, $en:expr) => {
        const _: () = assert!(
            $crate::i18n::table::holes($zh) == $crate::i18n::table::holes($en),
            concat!(
                "`",
                stringify!($key),
                "`: its Chinese and English take different numbers of placeholders",
            ),
        );
    };
    (@check $key:ident $ty:ty ; $zh:expr, $en:expr) => {};
    (
        $(#[$doc:meta])*
        pub struct $name:ident { zh: $zh_name:ident, en: $en_name:ident }
        $( $(#[$m:meta])* $vis:vis $key:ident $(: $ty:ty)? = $zh:expr, $en:expr; )*
    ) => {
        $(#[$doc])*
        pub struct $name {
            $( $(#[$m])* $vis $key: table!(@ty $($ty)?), )*
        }

        pub const $zh_name: $name = $name { $( $key: $zh, )* };
        pub const $en_name: $name = $name { $( $key: $en, )* };

        $( table!(@check $key $($ty)? ; $zh, $en); )*

        #[cfg(test)]
        impl $name {
            /// Every string of this table, with its key.
            pub(super) fn entries(&self) -> Vec<(String, &'static str)> {
                let mut v = Vec::new();
                $( $crate::i18n::table::Texts::texts(&self.$key, stringify!($key), &mut v); )*
                v
            }
        }

        #[cfg(test)]
        impl $crate::i18n::table::Texts for $name {
            fn texts(&self, key: &str, out: &mut Vec<(String, &'static str)>) {
                out.extend(self.entries().into_iter().map(|(k, s)| (format!("{key}.{k}"), s)));
            }
        }
    };
}

/// How many `{}` placeholders a template takes (what `str::matches("{}").count()` says, at
/// compile time: `table!` compares the two languages of each key).
pub(crate) const fn holes(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i + 1 < b.len() {
        if b[i] == b'{' && b[i + 1] == b'}' {
            n += 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    n
}

/// The strings of an entry of a table, each with its key, for the tests (`table!`'s `entries`).
#[cfg(test)]
pub(crate) trait Texts {
    fn texts(&self, key: &str, out: &mut Vec<(String, &'static str)>);
}

#[cfg(test)]
impl Texts for &'static str {
    fn texts(&self, key: &str, out: &mut Vec<(String, &'static str)>) {
        out.push((key.to_string(), self));
    }
}

/// (a pair: `key.0` and `key.1`)
#[cfg(test)]
impl Texts for (&'static str, &'static str) {
    fn texts(&self, key: &str, out: &mut Vec<(String, &'static str)>) {
        out.extend([(format!("{key}.0"), self.0), (format!("{key}.1"), self.1)]);
    }
}

/// (a list: each of its strings under the list's key)
#[cfg(test)]
impl<const N: usize> Texts for [&'static str; N] {
    fn texts(&self, key: &str, out: &mut Vec<(String, &'static str)>) {
        out.extend(self.iter().map(|s| (key.to_string(), *s)));
    }
}
