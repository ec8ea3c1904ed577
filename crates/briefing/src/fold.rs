//! How a reader matches its labels (热点, 记者, 编者按, 问, 答) on a text in either script: on
//! the text folded to the script the labels are written in, char for char, while what it keeps
//! is the text as printed. A leaf: `parse` and `repair` take a [`Fold`]; `script` gives the
//! traditional → simplified table that [`Folded`] is built with.

/// How labels are matched: on the text folded to the script the labels are written in, char
/// for char, while every string the briefing keeps is the text as printed. Each method answers
/// on the fold and returns slices of the printed text. The built-in briefing is read
/// [`AsPrinted`], whose methods are the plain `str` ones (the main module carries only that
/// copy of the parser); a text in traditional characters is read [`Folded`] by
/// `script::to_simplified`, so that 熱點一 reads as 热点一 (that copy travels with the reader).
pub trait Fold: Copy {
    fn fold_char(self, c: char) -> char;
    /// `s` without `prefix`.
    fn strip_prefix<'a>(self, s: &'a str, prefix: &str) -> Option<&'a str>;
    /// `s` before and after the first `needle`.
    fn split_once<'a>(self, s: &'a str, needle: &str) -> Option<(&'a str, &'a str)>;
    fn ends_with(self, s: &str, suffix: &str) -> bool;
    fn starts_with(self, s: &str, prefix: &str) -> bool {
        self.strip_prefix(s, prefix).is_some()
    }
    fn is(self, s: &str, word: &str) -> bool {
        self.strip_prefix(s, word) == Some("")
    }
}

/// The text is in the labels' script: nothing to fold.
#[derive(Clone, Copy, Debug)]
pub struct AsPrinted;

impl Fold for AsPrinted {
    fn fold_char(self, c: char) -> char {
        c
    }
    fn strip_prefix<'a>(self, s: &'a str, prefix: &str) -> Option<&'a str> {
        s.strip_prefix(prefix)
    }
    fn split_once<'a>(self, s: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
        s.split_once(needle)
    }
    fn ends_with(self, s: &str, suffix: &str) -> bool {
        s.ends_with(suffix)
    }
    fn starts_with(self, s: &str, prefix: &str) -> bool {
        s.starts_with(prefix)
    }
    fn is(self, s: &str, word: &str) -> bool {
        s == word
    }
}

/// Each character folded by the function (one character to one).
#[derive(Clone, Copy, Debug)]
pub struct Folded(pub fn(char) -> char);

impl Fold for Folded {
    fn fold_char(self, c: char) -> char {
        (self.0)(c)
    }
    fn strip_prefix<'a>(self, s: &'a str, prefix: &str) -> Option<&'a str> {
        let mut chars = s.chars();
        for p in prefix.chars() {
            if chars.next().map(self.0) != Some(p) {
                return None;
            }
        }
        Some(chars.as_str())
    }
    fn split_once<'a>(self, s: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
        let folded: String = s.chars().map(self.0).collect();
        let n = folded[..folded.find(needle)?].chars().count();
        let at = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
        Some((&s[..at], self.strip_prefix(&s[at..], needle)?))
    }
    fn ends_with(self, s: &str, suffix: &str) -> bool {
        let n = suffix.chars().count();
        s.chars().rev().take(n).map(self.0).eq(suffix.chars().rev())
    }
}
