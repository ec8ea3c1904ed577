//! Year questions: the year a step was taken or is due, to choose or to judge in a statement.
//
// Plain loops on purpose: the first version, with iterator chains, a sort and `str::parse`,
// added 13 KB to the .wasm (4 KB gzip); this one adds 3 KB (1 KB gzip).

use super::build::{altered_option, true_false};
use super::numbers::{as_printed, digit};
use super::spot::{answer_paragraphs, Candidate};
use super::window::{blanked_sentence, sentence_key};
use super::{Answer, Question, QuestionKind, Rng, Settings};
use crate::figures::{Figure, FigureKind};
use crate::model::Briefing;

/// The year of a date figure that names a year or a month of one (2018年, 2020年8月), not a
/// span, and where its four digits are in the figure's text (character offsets).
fn year_of(f: &Figure) -> Option<(usize, usize, usize)> {
    let date = f.date.as_deref().filter(|d| f.kind == FigureKind::Date && !d.contains('/'))?;
    let year = years_in(&format!("{}年", date.get(..4)?)).pop()?;
    // found in the text with its digits read as ASCII (one character for one, so the offsets hold)
    let text: String = f.text.chars().map(|c| digit(c).unwrap_or(c)).collect();
    let byte = text.find(date.get(..4)?)?;
    let start = text[..byte].chars().count();
    Some((year, start, start + 4))
}

/// Four-digit years written in a text (followed by 年), in ASCII or full-width digits.
fn years_in(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let (mut run, mut value) = (0, 0);
    for c in text.chars() {
        if let Some(d) = digit(c).filter(|d| *d != '.') {
            // a longer run is no year; stop adding before the value overflows
            if run < 4 {
                value = value * 10 + (d as usize - '0' as usize);
            }
            run += 1;
            continue;
        }
        if c == '年' && run == 4 {
            out.push(value);
        }
        (run, value) = (0, 0);
    }
    out
}

/// The year a briefing reviews: the one its dates name most often (the latest on a tie).
fn subject_year(b: &Briefing) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for f in b.figures() {
        if let Some((y, _, _)) = year_of(f) {
            match counts.iter_mut().find(|(x, _)| *x == y) {
                Some((_, n)) => *n += 1,
                None => counts.push((y, 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|&(y, n)| (n, y)).map(|(y, _)| y)
}

/// Three other years: the nearest ones not printed in the prompt, a random number of them
/// before the answer and the rest after it, so that the answer's place among the options
/// (shown in order) is uniformly spread. Returns the options in order and the answer's index.
fn year_options(year: usize, printed: &[usize], rng: &mut Rng) -> (Vec<String>, usize) {
    let n_below = rng.below(4);
    let mut years = Vec::new();
    let mut d = 1;
    while years.len() < n_below && d <= year {
        if !printed.contains(&(year - d)) {
            years.insert(0, year - d);
        }
        d += 1;
    }
    let index = years.len();
    years.push(year);
    // the prompt prints a few years at most, so this ends within a few steps
    let mut d = 1;
    while years.len() < 4 {
        if !printed.contains(&(year + d)) {
            years.push(year + d);
        }
        d += 1;
    }
    (years.iter().map(|y| y.to_string()).collect(), index)
}

/// Year questions: each date in an answer that names a year other than the one the briefing
/// reviews (everything in it happened then), or that year beside another (2018年…2020年…2022年
/// is a sequence worth knowing). The blanked year must not be printed elsewhere in the prompt.
/// Each such year also gives a true/false statement, with the year changed half the time to
/// one of the choice question's other years.
pub(super) fn year_questions(b: &Briefing, settings: &Settings, rng: &mut Rng) -> Vec<Candidate> {
    let want = |k: QuestionKind| settings.kinds.is_empty() || settings.kinds.contains(&k);
    let subject = subject_year(b);
    let mut out = Vec::new();
    for spot in answer_paragraphs(b, &settings.topics) {
        let p = spot.paragraph;
        let chars: Vec<char> = p.text.chars().collect();
        for f in &p.figures {
            let Some((year, a, z)) = year_of(f) else { continue };
            let (blanked, sentence) =
                blanked_sentence(&p.text, (f.start, f.end), (f.start + a, f.start + z), "___");
            let printed = years_in(&blanked);
            let contrast = years_in(&sentence).iter().any(|y| *y != year);
            if printed.contains(&year) || (Some(year) == subject && !contrast) {
                continue;
            }
            let (options, index) = year_options(year, &printed, rng);
            let source = spot.source(Some(f.id.clone()), sentence);
            let key = sentence_key(&chars, f.start);
            if want(QuestionKind::TrueFalse) {
                let altered = altered_option(&options, index, rng);
                let shown = altered.clone().unwrap_or_else(|| options[index].clone());
                let statement = spot.prompt(b, &blanked.replacen("___", &as_printed(f, &shown), 1));
                out.push(Candidate {
                    question: true_false(f, statement, altered.is_some(), source.clone()),
                    sentence: key.clone(),
                });
            }
            if want(QuestionKind::Year) {
                let question = Question {
                    id: format!("year:{}", f.id),
                    kind: QuestionKind::Year,
                    prompt: spot.prompt(b, &blanked),
                    options,
                    answer: Answer::Index(index),
                    unit: None,
                    source,
                };
                out.push(Candidate { question, sentence: key });
            }
        }
    }
    out
}
