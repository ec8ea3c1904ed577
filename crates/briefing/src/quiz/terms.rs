//! Term questions: the document title in 《》 or the quoted slogan in “” that fills a blank.

use super::spot::{answer_paragraphs, Candidate};
use super::window::{blanked_sentence, sentence_key};
use super::{Answer, Question, QuestionKind, Rng, Settings};
use crate::model::Briefing;

/// A quoted term in a paragraph: its bracket pair, the text inside, and where the brackets are
/// (character offsets of the opening and just past the closing one).
struct Quoted {
    open: char,
    inner: String,
    start: usize,
    end: usize,
}

const TERM_BRACKETS: [(char, char, usize); 2] = [('《', '》', 30), ('“', '”', 8)];

/// Characters of the sentence, besides the blank, a term question needs to be answerable.
const MIN_TERM_CONTEXT: usize = 14;

/// Quoted terms of a paragraph: 《title》 up to 30 characters, “term” up to 8; anything with
/// sentence punctuation inside is a quotation, not a term.
fn quoted_terms(text: &str) -> Vec<Quoted> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (open, close, max) in TERM_BRACKETS {
        let mut k = 0;
        while k < chars.len() {
            if chars[k] == open {
                if let Some(len) = chars[k + 1..].iter().take(max + 1).position(|c| *c == close) {
                    let inner: String = chars[k + 1..k + 1 + len].iter().collect();
                    let punct = inner.chars().any(|c| "，。；：！？,.;:!?、“”《》".contains(c));
                    if len >= 2 && !punct {
                        out.push(Quoted { open, inner, start: k, end: k + len + 2 });
                    }
                    k += len + 2;
                    continue;
                }
            }
            k += 1;
        }
    }
    crate::order::sort_by_key(&mut out, |q| q.start);
    out
}

/// The terms worth asking about, by bracket: every title; a quoted “term” when it is at least
/// three characters, counts something (“三品”, “六稳”: numbered slogans are what exams ask), or
/// is used more than once (a one-off two-character quote such as “出局” is a turn of phrase,
/// not something to study).
fn term_inventory(b: &Briefing) -> Vec<(char, String)> {
    let spots = answer_paragraphs(b, &[]);
    let mut seen: Vec<(char, String)> = Vec::new();
    for spot in &spots {
        for q in quoted_terms(&spot.paragraph.text) {
            if !seen.iter().any(|(o, t)| *o == q.open && *t == q.inner) {
                seen.push((q.open, q.inner));
            }
        }
    }
    let uses = |t: &str| spots.iter().map(|s| s.paragraph.text.matches(t).count()).sum::<usize>();
    let numbered = |t: &str| t.chars().any(|c| "一二两三四五六七八九十百千万".contains(c));
    seen.into_iter()
        .filter(|(open, t)| *open == '《' || t.chars().count() >= 3 || numbered(t) || uses(t) >= 2)
        .collect()
}

/// Three other terms of the same bracket for a choice question: none containing the answer or
/// contained in it (《若干政策》 is the short name of a longer title), none printed in the
/// prompt itself. Length must not give the answer away: a random place for the answer among
/// the options by length is chosen, and the terms nearest in length on each side fill it
/// (where one side runs out, the other side fills in).
fn term_distractors(
    answer: &str,
    open: char,
    prompt: &str,
    inventory: &[(char, String)],
    rng: &mut Rng,
) -> Option<Vec<String>> {
    let len = answer.chars().count();
    let mut pool: Vec<&String> = inventory
        .iter()
        .filter(|(o, t)| {
            *o == open
                && !t.contains(answer)
                && !answer.contains(t.as_str())
                && !prompt.contains(t.as_str())
        })
        .map(|(_, t)| t)
        .collect();
    if pool.len() < 3 {
        return None;
    }
    rng.shuffle(&mut pool);
    crate::order::sort_by_key(&mut pool, |t| t.chars().count().abs_diff(len));
    let (mut shorter, mut longer): (Vec<&String>, Vec<&String>) = pool.into_iter().partition(|t| {
        let n = t.chars().count();
        n < len || (n == len && rng.below(2) == 0)
    });
    let want_shorter = rng.below(4);
    let mut out = Vec::new();
    while out.len() < 3 {
        let take_shorter = (out.len() < want_shorter && !shorter.is_empty()) || longer.is_empty();
        let next = if take_shorter { shorter.remove(0) } else { longer.remove(0) };
        out.push(next.clone());
    }
    Some(out)
}

/// Term questions: each eligible quoted term in an answer, blanked inside its brackets.
pub(super) fn term_questions(b: &Briefing, settings: &Settings, rng: &mut Rng) -> Vec<Candidate> {
    let inventory = term_inventory(b);
    let mut out = Vec::new();
    for spot in answer_paragraphs(b, &settings.topics) {
        let p = spot.paragraph;
        let chars: Vec<char> = p.text.chars().collect();
        for q in quoted_terms(&p.text) {
            if !inventory.iter().any(|(o, t)| *o == q.open && *t == q.inner) {
                continue;
            }
            let (blanked, sentence) =
                blanked_sentence(&p.text, (q.start, q.end), (q.start + 1, q.end - 1), "___");
            // the same term elsewhere in the sentence would give it away; a bare list item
            // (三是要提升“___”。) is too little to go on
            let context = blanked.chars().filter(|c| !"_《》“”。，,".contains(*c)).count();
            if blanked.contains(&q.inner) || context < MIN_TERM_CONTEXT {
                continue;
            }
            let Some(mut options) = term_distractors(&q.inner, q.open, &blanked, &inventory, rng)
            else {
                continue;
            };
            let index = rng.below(options.len() + 1);
            options.insert(index, q.inner.clone());
            let question = Question {
                id: format!("term:{}:{}", p.line, q.start),
                kind: QuestionKind::Term,
                prompt: spot.prompt(b, &blanked),
                options,
                answer: Answer::Index(index),
                unit: None,
                source: spot.source(None, sentence),
            };
            out.push(Candidate { question, sentence: sentence_key(&chars, q.start) });
        }
    }
    out
}
