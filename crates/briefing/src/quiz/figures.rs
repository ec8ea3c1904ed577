//! Figure questions, paragraph by paragraph (a number to choose or type, a count in Chinese,
//! true/false, which topic, who said it): one family of the questions `generate` draws from,
//! beside the terms and the years.

use super::build::{altered_option, true_false};
use super::numbers::{
    arabic_part, as_printed, chinese_options, chinese_part, number_options, plausible_other,
    writes_count,
};
use super::spot::{answer_paragraphs, topic_label, Candidate};
use super::window::{
    blanked_clauses, blanked_sentence, end_cut, sentence_bounds, sentence_key, slice,
};
use super::{Answer, Question, QuestionKind, Rng, Settings, Source};
use crate::figures::{Figure, FigureKind, Unit};
use crate::model::{Briefing, Paragraph};

/// Figure questions need an Arabic number to blank and a statistic or target to ask about.
fn askable(f: &Figure) -> bool {
    f.kind != FigureKind::Date
        && f.unit != Unit::Date
        && f.upper.is_none()
        && arabic_part(f).is_some()
}

/// The sentence around a figure with the figure's number replaced by `___` (or by `with`).
fn figure_sentence(p: &Paragraph, f: &Figure, with: Option<&str>) -> (String, String, String) {
    let (a, z, _) = arabic_part(f).unwrap_or((0, 0, String::new()));
    let with = with.map_or_else(|| "___".to_string(), |w| as_printed(f, w));
    let (blanked, sentence) =
        blanked_sentence(&p.text, (f.start, f.end), (f.start + a, f.start + z), &with);
    let unit: String = f.text.chars().skip(z).collect();
    (blanked, unit, sentence)
}

/// A choice question on a figure: its options and the answer's index among them, and the
/// unit printed after the blank.
fn figure_choice(
    f: &Figure,
    prompt: String,
    (options, index): (Vec<String>, usize),
    unit: String,
    source: Source,
) -> Question {
    Question {
        id: format!("figure-choice:{}", f.id),
        kind: QuestionKind::FigureChoice,
        prompt,
        options,
        answer: Answer::Index(index),
        unit: Some(unit),
        source,
    }
}

/// The questions of the answer paragraphs, paragraph by paragraph in reading order: on each
/// figure with an Arabic number a choice, a typed answer, a true/false statement and which
/// topic; on each count in Chinese a choice and a statement; and who said the paragraph's
/// longest sentence. (Attribution is asked in this pass, not a family of its own, so that the
/// random draws, and so every seed's quiz, stay in the order they always had.)
pub(super) fn figure_questions(b: &Briefing, settings: &Settings, rng: &mut Rng) -> Vec<Candidate> {
    let spots = answer_paragraphs(b, &settings.topics);
    let want = |k: QuestionKind| settings.kinds.is_empty() || settings.kinds.contains(&k);
    let mut out = Vec::new();
    let topic_numbers: Vec<u32> = b.topics.iter().map(|t| t.number).collect();
    let speakers: Vec<&str> = b.speakers.iter().map(|s| s.name.as_str()).collect();

    for spot in &spots {
        let p = spot.paragraph;
        let chars: Vec<char> = p.text.chars().collect();
        let mut push = |question: Question, sentence: &String| {
            out.push(Candidate { question, sentence: sentence.clone() })
        };
        for f in p.figures.iter().filter(|f| askable(f)) {
            let Some((_, _, digits)) = arabic_part(f) else { continue };
            let key = sentence_key(&chars, f.start);
            let (blanked, unit, sentence) = figure_sentence(p, f, None);
            let source = spot.source(Some(f.id.clone()), sentence.clone());
            if want(QuestionKind::FigureChoice) {
                if let Some(options) = number_options(&digits, rng) {
                    push(
                        figure_choice(
                            f,
                            spot.prompt(b, &blanked),
                            options,
                            unit.clone(),
                            source.clone(),
                        ),
                        &key,
                    );
                }
            }
            if want(QuestionKind::FigureTyped) {
                push(
                    Question {
                        id: format!("figure-typed:{}", f.id),
                        kind: QuestionKind::FigureTyped,
                        prompt: spot.prompt(b, &blanked),
                        options: vec![],
                        answer: Answer::Text(digits.clone()),
                        unit: Some(unit.clone()),
                        source: source.clone(),
                    },
                    &key,
                );
            }
            let other = plausible_other(&digits, rng);
            if want(QuestionKind::TrueFalse) && other.is_some() {
                // half the statements are altered: the figure swapped for a plausible other
                let shown = other.filter(|_| rng.below(2) == 0);
                let (statement, _, _) =
                    figure_sentence(p, f, Some(shown.as_deref().unwrap_or(&digits)));
                push(
                    true_false(f, spot.prompt(b, &statement), shown.is_some(), source.clone()),
                    &key,
                );
            }
            if want(QuestionKind::Topic) && topic_numbers.len() >= 4 {
                let mut others: Vec<u32> =
                    topic_numbers.iter().copied().filter(|n| *n != spot.topic).collect();
                rng.shuffle(&mut others);
                let mut opts: Vec<u32> =
                    others.into_iter().take(3).chain(std::iter::once(spot.topic)).collect();
                rng.shuffle(&mut opts);
                let index = opts.iter().position(|n| *n == spot.topic).unwrap_or(0);
                push(
                    Question {
                        id: format!("topic:{}", f.id),
                        kind: QuestionKind::Topic,
                        prompt: format!("“{sentence}”"),
                        options: opts.iter().map(|n| topic_label(b, *n)).collect(),
                        answer: Answer::Index(index),
                        unit: None,
                        source: source.clone(),
                    },
                    &key,
                );
            }
        }
        // counts written in Chinese: 培育十万家“专精特新”企业, 四方面十大类问题. A choice among
        // numerals and a true/false statement (not typed: the answer is a word), in a shorter
        // cut of the sentence, which otherwise tends to print the neighbours (百万家 … 十万家 …
        // 万家)
        for f in p
            .figures
            .iter()
            .filter(|_| want(QuestionKind::FigureChoice) || want(QuestionKind::TrueFalse))
        {
            let Some((a, z, numeral)) = chinese_part(f) else { continue };
            let measure: String = f.text.chars().skip(z).collect();
            let cut = |with: &str| {
                blanked_clauses(&p.text, (f.start, f.end), (f.start + a, f.start + z), with, 40)
            };
            let (blanked, sentence) = cut("___");
            let printed = |n: &str| writes_count(&blanked, n, &measure);
            if measure.is_empty() || printed(&numeral) {
                continue;
            }
            let Some((options, index)) = chinese_options(&numeral, &printed, rng) else { continue };
            let source = spot.source(Some(f.id.clone()), sentence);
            let key = sentence_key(&chars, f.start);
            if want(QuestionKind::TrueFalse) {
                // half the statements are altered: the count swapped for one of the choice's
                // other numerals (十万家 → 百万家), none of them printed elsewhere in it
                let shown = altered_option(&options, index, rng);
                let (statement, _) = cut(shown.as_deref().unwrap_or(&numeral));
                push(
                    true_false(f, spot.prompt(b, &statement), shown.is_some(), source.clone()),
                    &key,
                );
            }
            if want(QuestionKind::FigureChoice) {
                push(
                    figure_choice(f, spot.prompt(b, &blanked), (options, index), measure, source),
                    &key,
                );
            }
        }
        if want(QuestionKind::Attribution) && speakers.len() >= 2 {
            // one sentence of substance per paragraph: the longest
            let text = &p.text;
            let n = chars.len();
            let mut best = (0, 0);
            let mut k = 0;
            while k < n {
                let (s, e) = sentence_bounds(&chars, k);
                if e - s > best.1 - best.0 && e - s <= 90 {
                    best = (s, e);
                }
                k = e.max(k + 1);
            }
            if best.1 - best.0 >= 16 {
                let mut sentence = slice(text, best.0, best.1);
                end_cut(&mut sentence);
                let mut opts: Vec<&str> = speakers.clone();
                rng.shuffle(&mut opts);
                let index = opts.iter().position(|s| *s == spot.speaker).unwrap_or(0);
                push(
                    Question {
                        id: format!("attribution:{}:{}", p.line, best.0),
                        kind: QuestionKind::Attribution,
                        prompt: format!("“{sentence}”"),
                        options: opts.iter().map(|s| s.to_string()).collect(),
                        answer: Answer::Index(index),
                        unit: None,
                        source: spot.source(None, sentence),
                    },
                    &sentence_key(&chars, best.0),
                );
            }
        }
    }
    out
}
