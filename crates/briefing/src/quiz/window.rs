//! Sentence and clause windows: the sentence around a place in a paragraph, cut to the clauses
//! around what is asked, with a blank in it.

/// The sentence around character `at` of a paragraph: from the previous 。；？！ or line end to
/// the next (the mark included, the line end not).
fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    sentence_bounds(&chars, at)
}

/// `sentence_around` on a paragraph's characters.
pub(super) fn sentence_bounds(chars: &[char], at: usize) -> (usize, usize) {
    let end_mark = |c: char| matches!(c, '。' | '；' | ';' | '？' | '?' | '！' | '!');
    let line_end = |c: char| matches!(c, '\n' | '\r');
    let start = (0..at.min(chars.len()))
        .rev()
        .find(|&k| end_mark(chars[k]) || line_end(chars[k]))
        .map_or(0, |k| k + 1);
    let end = (at..chars.len())
        .find(|&k| end_mark(chars[k]) || line_end(chars[k]))
        .map_or(chars.len(), |k| if line_end(chars[k]) { k } else { k + 1 });
    (start, end)
}

/// The whole sentence around character `at` (not cut to clauses), as the key that keeps one
/// quiz from asking twice about a sentence: whatever a question blanks, states or quotes lies
/// in the sentence around its anchor, so two questions with the same key could give each
/// other's answer away. Keyed by the text, so a sentence said twice word for word is one.
pub(super) fn sentence_key(chars: &[char], at: usize) -> String {
    let (s, e) = sentence_bounds(chars, at);
    chars[s..e].iter().collect::<String>().trim().to_string()
}

/// A quote cut at a comma or a semicolon ends with an ellipsis, not a dangling mark (，, ；; 、).
pub(super) fn end_cut(quote: &mut String) {
    if quote.ends_with([',', '，', '；', ';', '、']) {
        quote.pop();
        quote.push_str("……");
    }
}

pub(super) fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

/// Cuts a long sentence down to the clauses around `[a, b)`, at most about `max` characters.
fn clause_window(
    text: &str,
    start: usize,
    end: usize,
    a: usize,
    b: usize,
    max: usize,
) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    // not 、: it separates the items of a list, and cutting there leaves half an item
    let comma = |c: char| matches!(c, ',' | '，');
    let (mut s, mut e) = (start, end);
    while e - s > max {
        // drop the clause farther from the figure
        let left = (s..a).find(|&k| comma(chars[k]));
        // a comma before the last character, so that cutting there always shortens
        let right = (b..e.saturating_sub(1)).rev().find(|&k| comma(chars[k]));
        match (left, right) {
            (Some(l), Some(_)) if a - s >= e - b => s = l + 1,
            (Some(_), Some(r)) => e = r + 1,
            (Some(l), None) => s = l + 1,
            (None, Some(r)) => e = r + 1,
            (None, None) => break,
        }
    }
    (s, e)
}

/// The sentence (cut to about 70 characters of clauses) around the characters `span` of
/// `text`, with the characters `blank` replaced by `with`; and the sentence as said. Both end
/// with "……" where the cut leaves a comma or semicolon at the end.
pub(super) fn blanked_sentence(
    text: &str,
    span: (usize, usize),
    blank: (usize, usize),
    with: &str,
) -> (String, String) {
    blanked_clauses(text, span, blank, with, 70)
}

/// `blanked_sentence` cut to about `max` characters.
pub(super) fn blanked_clauses(
    text: &str,
    span: (usize, usize),
    blank: (usize, usize),
    with: &str,
    max: usize,
) -> (String, String) {
    let (s, e) = sentence_around(text, span.0);
    let (s, e) = clause_window(text, s, e, span.0, span.1, max);
    let before = slice(text, s, blank.0);
    let mut after = slice(text, blank.1, e);
    let mut said = slice(text, s, e);
    end_cut(&mut after);
    end_cut(&mut said);
    (format!("{before}{with}{after}"), said)
}
