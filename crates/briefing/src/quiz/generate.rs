//! Every question a briefing can give (`candidates`, over all the families: figures, terms,
//! years), and drawing from them: a quiz (`generate`), a deck (`every_question`), a review round
//! (`by_ids`), and where in its sentence a question asks (`asked_span`).

use super::figures::figure_questions;
use super::spot::Candidate;
use super::terms::term_questions;
use super::years::year_questions;
use super::{Answer, Question, QuestionKind, Rng, Settings};
use crate::model::Briefing;

/// `settings.count` questions, the same for the same seed, briefing and settings. Kinds are
/// mixed: questions are drawn from each kind in turn. No question gives another's answer away:
/// one quiz asks at most one question per sentence (blanked, stated or quoted) and no question
/// twice, so it has fewer questions than asked for when the briefing (or the chosen topics and
/// kinds) has fewer sentences to ask about. `every_question` gives them all.
pub fn generate(b: &Briefing, seed: u64, settings: &Settings) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    let mut pool = candidates(b, settings, &mut rng);
    rng.shuffle(&mut pool);
    // each kind's questions in the shuffled order, with their sentences numbered
    let mut sentences: Vec<String> = Vec::new();
    let mut by_kind: Vec<Vec<(usize, Question)>> =
        QuestionKind::ALL.iter().map(|_| Vec::new()).collect();
    for c in pool {
        let s = sentences.iter().position(|t| *t == c.sentence).unwrap_or_else(|| {
            sentences.push(c.sentence);
            sentences.len() - 1
        });
        if let Some(bucket) = QuestionKind::ALL
            .iter()
            .position(|k| *k == c.question.kind)
            .and_then(|i| by_kind.get_mut(i))
        {
            bucket.push((s, c.question));
        }
    }
    let mut asked = vec![false; sentences.len()];
    let mut kind_asked = [false; QuestionKind::ALL.len()];
    let mut out: Vec<Question> = Vec::new();
    let mut drew = true;
    while drew && out.len() < settings.count {
        drew = false;
        for k in 0..by_kind.len() {
            if out.len() >= settings.count {
                break;
            }
            // a question on a sentence already asked about can no longer be asked
            by_kind[k].retain(|(s, _)| !asked[*s]);
            // nor one on the only sentence left to a kind not asked yet that draws later in the
            // round: that kind gets the sentence, and this one another (or none) — the one year
            // sentence of 新能源汽车 is asked as a year question, not always as a statement
            let last_for_later = |s: usize| {
                by_kind.iter().enumerate().skip(k + 1).any(|(j, later)| {
                    !kind_asked[j]
                        && later.iter().any(|(t, _)| *t == s)
                        && later.iter().all(|(t, _)| *t == s || asked[*t])
                })
            };
            let pick = by_kind[k]
                .iter()
                .position(|(s, q)| !out.iter().any(|o| o.id == q.id) && !last_for_later(*s));
            if let Some(i) = pick {
                let (s, q) = by_kind[k].remove(i);
                asked[s] = true;
                kind_asked[k] = true;
                out.push(q);
                drew = true;
            }
        }
    }
    out
}

/// Every question the briefing can give (on the chosen topics and kinds; `settings.count` is
/// not used), several on a sentence where it has them, for a deck to study rather than one quiz:
/// paragraph by paragraph, then the term and year questions. The same for the same seed.
pub fn every_question(b: &Briefing, seed: u64, settings: &Settings) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    candidates(b, settings, &mut rng).into_iter().map(|c| c.question).collect()
}

/// Where in the question's source sentence is what it asked about (a byte range): the figure,
/// found at its own place in its paragraph (a sentence can print its text twice: 万家 is also
/// the end of 百万家), or the term. None when it cannot be found.
pub fn asked_span(b: &Briefing, q: &Question) -> Option<(usize, usize)> {
    let s = q.source.sentence.as_str();
    let surface = match (&q.source.figure, q.kind, &q.answer) {
        (Some(id), _, _) => {
            let p = b.paragraphs().find(|p| p.line == q.source.line)?;
            let f = p.figures.iter().find(|f| &f.id == id)?;
            // a sentence cut at a comma ends with …… where the paragraph has the comma
            let said = s.strip_suffix("……").unwrap_or(s);
            let in_place = p.text.find(said).and_then(|sentence_at| {
                let start = p.text.char_indices().nth(f.start)?.0.checked_sub(sentence_at)?;
                (s.get(start..start + f.text.len()) == Some(f.text.as_str()))
                    .then_some((start, start + f.text.len()))
            });
            if in_place.is_some() {
                return in_place;
            }
            f.text.as_str()
        }
        (None, QuestionKind::Term, Answer::Index(i)) => q.options.get(*i)?.as_str(),
        _ => return None,
    };
    let start = s.find(surface)?;
    Some((start, start + surface.len()))
}

/// The questions with these ids, in that order, as the same briefing generates them (for a
/// review round of due items). Ids the briefing cannot give (another transcript's) are skipped,
/// and so are a repeated id and one on a sentence an earlier id already asks about (as in
/// `generate`, no question gives another's answer away; it stays due for a later round).
pub fn by_ids(b: &Briefing, seed: u64, ids: &[String]) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    let mut pool = candidates(b, &Settings::default(), &mut rng);
    let mut asked: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for id in ids {
        // taken out of the pool: a repeated id is not found again
        let Some(c) = pool.iter().position(|c| &c.question.id == id).map(|i| pool.swap_remove(i))
        else {
            continue;
        };
        if !asked.contains(&c.sentence) {
            asked.push(c.sentence);
            out.push(c.question);
        }
    }
    out
}

/// Every question the briefing can give, in a fixed order; `generate` draws from these. The
/// families in turn, each given the same random source: the paragraphs' figure questions, then
/// the terms, then the years (the order fixes the random draws, and so each seed's questions).
fn candidates(b: &Briefing, settings: &Settings, rng: &mut Rng) -> Vec<Candidate> {
    let want = |k: QuestionKind| settings.kinds.is_empty() || settings.kinds.contains(&k);
    let mut out = figure_questions(b, settings, rng);
    if want(QuestionKind::Term) {
        out.extend(term_questions(b, settings, rng));
    }
    if want(QuestionKind::Year) || want(QuestionKind::TrueFalse) {
        out.extend(year_questions(b, settings, rng));
    }
    out
}
