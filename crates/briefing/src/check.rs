//! Invariants of parsed data, as checks that return what is wrong: used by the property tests,
//! the fuzz targets and their regression tests.

use crate::figures::Figure;
use crate::Briefing;

/// Figure spans are non-empty, in order, never overlapping, and cover exactly the figure's text.
pub fn figure_spans(text: &str, figures: &[Figure]) -> Result<(), String> {
    let chars: Vec<char> = text.chars().collect();
    let mut last_end = 0;
    for f in figures {
        if f.start >= f.end || f.end > chars.len() {
            return Err(format!(
                "span {}..{} outside a text of {} characters",
                f.start,
                f.end,
                chars.len()
            ));
        }
        if f.start < last_end {
            return Err(format!("{} at {} overlaps the figure before it", f.text, f.start));
        }
        let covered: String = chars[f.start..f.end].iter().collect();
        if covered != f.text {
            return Err(format!(
                "span {}..{} covers {covered:?}, not {:?}",
                f.start, f.end, f.text
            ));
        }
        if f.value.is_some_and(|v| !v.is_finite()) {
            return Err(format!("{} has a value that is not a finite number", f.text));
        }
        last_end = f.end;
    }
    Ok(())
}

/// Every paragraph's figure and repair spans are sound.
pub fn spans(b: &Briefing) -> Result<(), String> {
    for p in b.paragraphs() {
        figure_spans(&p.text, &p.figures).map_err(|e| format!("line {}: {e}", p.line))?;
        let n = p.text.chars().count();
        if let Some(r) = p.repairs.iter().find(|r| r.start > r.end || r.end > n) {
            return Err(format!(
                "line {}: repair span {}..{} outside the text",
                p.line, r.start, r.end
            ));
        }
    }
    Ok(())
}
