//! One reader for the shapes briefings come in: it recognises the format of a text and reads
//! it into the same [`Briefing`].
//!
//! - a newspaper write-up with 编者按 and 热点 headings: `parse.rs` (its labels folded when
//!   the text is traditional, `parse::parse_folded`);
//! - the Foreign Ministry's regular press conference: [`mfa`];
//! - an SCIO press conference, 图文实录: [`scio`];
//!
//! each in simplified or traditional characters (labels are matched on the simplified form,
//! `script`; the text is kept as printed). Transcripts without topic headings get a section
//! for the opening statement and one for each question, titled from the question
//! (`sections.rs`, `title.rs`).
//!
//! Nothing is lost: every line of speech is a paragraph of the output, with its label taken
//! off; the page's chrome is listed in `Briefing::set_aside`.

pub mod lines;
pub mod mfa;
pub mod scio;
pub mod sections;
pub mod title;

use crate::error::{ErrorKind, ParseError};
use crate::fold::Folded;
use crate::model::{Briefing, Format};

/// A reader of briefings: [`read`], handed around as a value (the app fetches it with the code
/// of an import).
pub type Reader = fn(&str) -> Result<Briefing, ParseError>;

/// Which format the text is in; `None` when it is in none of them.
pub fn detect(text: &str) -> Option<Format> {
    let lines = lines::lines(text);
    detect_lines(&lines)
}

fn detect_lines(lines: &[lines::Line<'_>]) -> Option<Format> {
    let write_up = lines.iter().any(|l| {
        l.folded.starts_with("编者按")
            || l.label(8).is_some_and(|(h, _)| {
                h.strip_prefix("热点").is_some_and(|n| crate::numerals::parse_small(n).is_some())
            })
    });
    if write_up {
        Some(Format::WriteUp)
    } else if scio::looks_like(lines) {
        Some(Format::Scio)
    } else if mfa::looks_like(lines) {
        Some(Format::Mfa)
    } else {
        None
    }
}

/// Reads raw bytes: checks they are UTF-8 (naming the line of the first bad byte), then
/// [`read`].
pub fn read_bytes(bytes: &[u8]) -> Result<Briefing, ParseError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => read(text),
        Err(_) => crate::parse::parse_bytes(bytes),
    }
}

/// Reads a briefing in any of the formats, with its figures.
pub fn read(text: &str) -> Result<Briefing, ParseError> {
    let mut b = read_without_figures(text)?;
    if b.traditional {
        recognise_traditional(&mut b);
    } else {
        crate::parse::recognise_figures(&mut b);
    }
    Ok(b)
}

/// The figures of a briefing in traditional characters: recognised in its simplified form
/// (char for char, so every span holds), each figure keeping the characters as printed.
fn recognise_traditional(b: &mut Briefing) {
    let mut folded = b.clone();
    for p in folded.paragraphs_mut() {
        p.text = crate::script::simplified(&p.text);
    }
    crate::parse::recognise_figures(&mut folded);
    for (p, f) in b.paragraphs_mut().zip(folded.paragraphs()) {
        let chars: Vec<char> = p.text.chars().collect();
        p.figures = f.figures.clone();
        for fig in &mut p.figures {
            if let Some(printed) = chars.get(fig.start..fig.end) {
                fig.text = printed.iter().collect();
            }
        }
    }
}

/// [`read`] without the figures (`parse::recognise_figures` adds them).
pub fn read_without_figures(text: &str) -> Result<Briefing, ParseError> {
    let lines = lines::lines(text);
    if lines.is_empty() {
        return Err(ParseError { line: 1, kind: ErrorKind::Empty });
    }
    let traditional = crate::script::is_traditional(text);
    let mut b = match detect_lines(&lines) {
        // (the built-in briefing's output stays exactly as `parse` gives it)
        Some(Format::WriteUp) if traditional => {
            crate::parse::parse_folded(text, Folded(crate::script::to_simplified))?
        }
        Some(Format::WriteUp) => crate::parse::parse_without_figures(text)?,
        Some(Format::Mfa) => mfa::read(&lines)?,
        Some(Format::Scio) => scio::read(&lines)?,
        None => return Err(ParseError { line: lines[0].number, kind: ErrorKind::UnknownFormat }),
    };
    b.traditional = traditional;
    Ok(b)
}
