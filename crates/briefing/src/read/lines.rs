//! A transcript's lines as the readers see them: trimmed of the page's indents (U+3000, tabs,
//! trailing spaces), blank ones dropped, each with its simplified form to match labels on (so
//! 問： reads as 问：) while the text kept is the line as published.

use crate::script;

/// One non-blank source line.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// 1-based source line.
    pub number: usize,
    /// The line as published, trimmed.
    pub text: &'a str,
    /// `text` in simplified characters, char for char.
    pub folded: String,
}

impl<'a> Line<'a> {
    /// The text after the first `n` characters, trimmed (the speech after a label).
    pub fn after(&self, n: usize) -> &'a str {
        let at = self.text.char_indices().nth(n).map_or(self.text.len(), |(i, _)| i);
        trim(&self.text[at..])
    }

    /// The published characters of `part`, a slice of `self.folded` (the same characters of
    /// the line as printed: 華春瑩 for 华春莹). Empty if `part` is not a slice of it.
    pub fn printed(&self, part: &str) -> &'a str {
        let base = self.folded.as_ptr() as usize;
        let at = (part.as_ptr() as usize).wrapping_sub(base);
        if at > self.folded.len() || at + part.len() > self.folded.len() {
            return "";
        }
        let start = self.folded[..at].chars().count();
        let len = part.chars().count();
        let byte = |n: usize| self.text.char_indices().nth(n).map_or(self.text.len(), |(i, _)| i);
        &self.text[byte(start)..byte(start + len)]
    }

    /// The label before the first colon (full-width or ASCII), in simplified characters, and
    /// the length in characters of the label with its colon; `None` without a colon in the
    /// first `max` characters.
    pub fn label(&self, max: usize) -> Option<(&str, usize)> {
        let (at, _) =
            self.folded.char_indices().take(max + 1).find(|&(_, c)| c == '：' || c == ':')?;
        let head = &self.folded[..at];
        Some((head.trim(), head.chars().count() + 1))
    }
}

/// Trims white space and the ideographic space.
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
}

/// The non-blank lines of `text` (a byte-order mark at the start dropped; `\r\n` read as `\n`).
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.split('\n')
        .enumerate()
        .filter_map(|(i, raw)| {
            let t = trim(raw);
            (!t.is_empty()).then(|| Line { number: i + 1, text: t, folded: script::simplified(t) })
        })
        .collect()
}

/// Characters that may stand in a speaker's or an outlet's label (besides Han characters):
/// 《澳大利亚人报》记者, 玛丽亚·埃斯皮诺萨, CGTN记者.
pub fn is_label_char(c: char) -> bool {
    crate::repair::is_han(c) || c.is_ascii_alphanumeric() || "《》·•－- 　（）()".contains(c)
}
