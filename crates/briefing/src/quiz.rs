//! Quiz questions generated from a briefing, deterministically from a seed.
//!
//! Kinds: a figure to choose (4 options; a count written in Chinese among numerals) or type, who said a sentence, which topic a statement
//! belongs to, true/false on a statement whose figure may have been altered, the document title
//! or slogan that fills a blank, and the year of a step taken or due. Number options
//! are built so that someone who sees only the options cannot guess: the same number of
//! digits, decimals and trailing zeros as the answer, no duplicates, and the answer's rank among
//! them (smallest … largest) uniformly spread, so neither "the longest", "the roundest", "the
//! median" nor "the one with a decimal point" beats chance.

use serde::{Deserialize, Serialize};

use crate::figures::{Figure, FigureKind, Unit};
use crate::model::{Briefing, Paragraph};
use crate::search::fold;

/// A small, fast, seedable generator (SplitMix64): the same seed gives the same quiz on every
/// platform, with no dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// choose the figure that fills the blank (4 options)
    FigureChoice,
    /// type the figure that fills the blank
    FigureTyped,
    /// which spokesperson said this
    Attribution,
    /// which topic this statement belongs to
    Topic,
    /// is this statement, figure included, as said?
    TrueFalse,
    /// choose the term that fills the blank: a document title in 《》 or a slogan in “”
    Term,
    /// choose the year that fills the blank (when a policy step was taken or is due)
    Year,
}

impl QuestionKind {
    /// The name used in the data, the quiz URL and Anki tags (kebab-case, as serde writes it).
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::FigureChoice => "figure-choice",
            QuestionKind::FigureTyped => "figure-typed",
            QuestionKind::Attribution => "attribution",
            QuestionKind::Topic => "topic",
            QuestionKind::TrueFalse => "true-false",
            QuestionKind::Term => "term",
            QuestionKind::Year => "year",
        }
    }

    pub const ALL: [QuestionKind; 7] = [
        QuestionKind::FigureChoice,
        QuestionKind::FigureTyped,
        QuestionKind::Attribution,
        QuestionKind::Topic,
        QuestionKind::TrueFalse,
        QuestionKind::Term,
        QuestionKind::Year,
    ];
}

/// The right answer: an index into `options`, or the text to type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Index(usize),
    Text(String),
}

/// Where a question comes from, so feedback can show and link the source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub qa: String,
    pub topic: u32,
    pub speaker: String,
    /// source line of the paragraph
    pub line: usize,
    /// the figure asked about, when there is one
    pub figure: Option<String>,
    /// the source sentence as said, cut to the clauses around what is asked; a cut at a comma
    /// or semicolon ends with "……" instead of it
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// stable across seeds: the kind and the source (for progress tracking)
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    /// options for choice questions (empty for typed ones)
    pub options: Vec<String>,
    pub answer: Answer,
    /// for figure questions, what follows the blank (万个, %, 亿元 …), shown with the input
    pub unit: Option<String>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    pub count: usize,
    /// only these topics (empty: all)
    pub topics: Vec<u32>,
    /// only these kinds (empty: all)
    pub kinds: Vec<QuestionKind>,
}

// ---------------------------------------------------------------------------------------------
// numbers as printed

/// A digit or decimal point as printed, ASCII or full-width (６０万个, ７４．５％), as ASCII.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' | '.' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        '．' => Some('.'),
        _ => None,
    }
}

/// `number` (ASCII) in full-width digits when the figure prints its number so, for a statement
/// put in its place.
fn as_printed(f: &Figure, number: &str) -> String {
    if !f.text.chars().any(|c| ('０'..='９').contains(&c)) {
        return number.to_string();
    }
    number
        .chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            '.' => '．',
            _ => c,
        })
        .collect()
}

/// The Arabic number inside a figure's surface: (start, end) in characters and its text, in
/// ASCII digits however it is printed.
fn arabic_part(f: &Figure) -> Option<(usize, usize, String)> {
    let chars: Vec<char> = f.text.chars().collect();
    let start = chars.iter().position(|c| digit(*c).is_some_and(|d| d != '.'))?;
    let mut digits = String::new();
    let mut end = start;
    while let Some(d) = chars.get(end).and_then(|c| digit(*c)) {
        digits.push(d);
        end += 1;
    }
    (!digits.ends_with('.')).then_some((start, end, digits))
}

/// The shape of a printed number that a blind guesser could read: digits before the point,
/// digits after it, and trailing zeros of a whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shape {
    int_digits: usize,
    decimals: usize,
    trailing_zeros: usize,
}

fn shape(s: &str) -> Shape {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let trailing_zeros = if frac.is_empty() { int.chars().rev().take_while(|&c| c == '0').count() } else { 0 };
    Shape { int_digits: int.len(), decimals: frac.len(), trailing_zeros }
}

/// `v` written with exactly `shape`'s decimals, or None when it does not fit the shape.
fn format_shaped(v: f64, sh: Shape) -> Option<String> {
    let scale = 10f64.powi(sh.decimals as i32);
    let units = (v * scale).round() as i64;
    if units <= 0 {
        return None;
    }
    let int = units / scale as i64;
    let frac = units % scale as i64;
    let s = if sh.decimals == 0 {
        int.to_string()
    } else {
        format!("{int}.{frac:0width$}", width = sh.decimals)
    };
    (shape(&s) == sh && !(sh.decimals > 0 && s.ends_with('0'))).then_some(s)
}

/// Rounds `v` to a number of the given shape: whole numbers keep their count of trailing zeros
/// (500 → 300, 700, not 650), decimals their places with a non-zero last digit.
fn to_shape(v: f64, sh: Shape) -> Option<String> {
    if sh.decimals > 0 {
        let step = 10f64.powi(-(sh.decimals as i32));
        let mut x = (v / step).round() * step;
        if format_shaped(x, sh).is_none() {
            x += step; // a last digit of 0: move one step
        }
        return format_shaped(x, sh);
    }
    let step = 10f64.powi(sh.trailing_zeros as i32);
    let mut k = (v / step).round();
    if (k as i64) % 10 == 0 {
        k += 1.0; // one more trailing zero would make it rounder than the answer
    }
    format_shaped(k * step, sh)
}

/// Three distractors and the answer, shuffled so that the answer's rank among the four values
/// is uniform. None when the number's shape leaves no room for three plausible values on both
/// sides (11 has no two-digit neighbour below it without a trailing zero): such a figure is only
/// asked as a typed question, because a choice question would give it away by its rank.
pub fn number_options(answer: &str, rng: &mut Rng) -> Option<(Vec<String>, usize)> {
    let value = crate::numerals::decimal(answer)?;
    let sh = shape(answer);
    let mut below: Vec<String> = Vec::new();
    let mut above: Vec<String> = Vec::new();
    for _ in 0..400 {
        if below.len() >= 3 && above.len() >= 3 {
            break;
        }
        let want_below = below.len() < 3 && (above.len() >= 3 || rng.below(2) == 0);
        // spread: 0.45–0.95 of the answer below it, 1.08–2.2 above
        let factor = if want_below { 0.45 + 0.5 * rng.unit() } else { 1.08 + 1.12 * rng.unit() };
        let Some(s) = to_shape(value * factor, sh) else { continue };
        let Some(v) = crate::numerals::decimal(&s) else { continue };
        if s == answer || below.contains(&s) || above.contains(&s) {
            continue;
        }
        if v < value && below.len() < 3 {
            below.push(s);
        } else if v > value && above.len() < 3 {
            above.push(s);
        }
    }
    if below.len() < 3 || above.len() < 3 {
        return None;
    }
    let rank = rng.below(4); // how many options are smaller than the answer
    rng.shuffle(&mut below);
    rng.shuffle(&mut above);
    let mut all: Vec<String> =
        below.into_iter().take(rank).chain(std::iter::once(answer.to_string())).chain(above.into_iter().take(3 - rank)).collect();
    rng.shuffle(&mut all);
    let index = all.iter().position(|o| o == answer)?;
    Some((all, index))
}

/// Characters of a number written in Chinese (百万家, 四方面, 十大类, 不超过两家).
const CHINESE_NUMERALS: &str = "零一二两三四五六七八九十百千万亿";

/// The Chinese numeral of a count with no Arabic digits in it: (start, end) in characters, and
/// its text. Ranges and dates are not asked.
fn chinese_part(f: &Figure) -> Option<(usize, usize, String)> {
    if arabic_part(f).is_some() || f.upper.is_some() || f.unit != Unit::Count || f.kind == FigureKind::Date {
        return None;
    }
    let chars: Vec<char> = f.text.chars().collect();
    let start = chars.iter().position(|c| CHINESE_NUMERALS.contains(*c))?;
    let end = start + chars[start..].iter().take_while(|c| CHINESE_NUMERALS.contains(**c)).count();
    Some((start, end, chars[start..end].iter().collect()))
}

/// Is `numeral` followed by `measure` written in `text` as a number of its own (万家, but not
/// the end of 十万家)?
fn writes_count(text: &str, numeral: &str, measure: &str) -> bool {
    let pattern = format!("{numeral}{measure}");
    text.match_indices(&pattern).any(|(i, _)| !text[..i].chars().next_back().is_some_and(|c| CHINESE_NUMERALS.contains(c)))
}

/// Round magnitudes as counts are written (百万家, 十万家, 万家), smallest first.
const MAGNITUDES: [&str; 9] = ["十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿"];

/// Three other numerals of the answer's kind and the answer, shuffled: neighbours on the ladder
/// of magnitudes (百万 → 十万, 千万 …), or whole numbers written alike (四 → 三, 五 …; 两 for
/// 2, as it is said before a measure word). None printed in the prompt (`printed`), and the
/// answer's rank among the four uniform, so "the biggest" is no better a guess than any other;
/// None when one side has no room for three.
fn chinese_options(numeral: &str, printed: &dyn Fn(&str) -> bool, rng: &mut Rng) -> Option<(Vec<String>, usize)> {
    let ladder: Vec<String> = if numeral != "十" && MAGNITUDES.contains(&numeral) {
        MAGNITUDES.iter().map(|m| m.to_string()).collect()
    } else {
        let n = crate::numerals::parse_small(numeral).filter(|n| (1..=99).contains(n))?;
        if crate::numerals::to_chinese(n) != numeral.replace('两', "二") {
            return None;
        }
        (1..=n + 12).map(|k| if k == 2 { "两".to_string() } else { crate::numerals::to_chinese(k) }).collect()
    };
    let at = ladder.iter().position(|m| m.replace('两', "二") == numeral.replace('两', "二"))?;
    let below: Vec<&String> = ladder[..at].iter().rev().filter(|m| !printed(m)).take(3).collect();
    let above: Vec<&String> = ladder[at + 1..].iter().filter(|m| !printed(m)).take(3).collect();
    if below.len() < 3 || above.len() < 3 {
        return None;
    }
    let rank = rng.below(4);
    let mut all: Vec<String> = below[..rank].iter().chain(&above[..3 - rank]).map(|m| m.to_string()).collect();
    all.push(numeral.to_string());
    rng.shuffle(&mut all);
    let index = all.iter().position(|o| o == numeral)?;
    Some((all, index))
}

/// One plausible other value of the same shape (for altered true/false statements).
fn plausible_other(answer: &str, rng: &mut Rng) -> Option<String> {
    let value = crate::numerals::decimal(answer)?;
    let sh = shape(answer);
    (0..100).find_map(|_| {
        let factor = if rng.below(2) == 0 { 0.45 + 0.5 * rng.unit() } else { 1.08 + 1.12 * rng.unit() };
        to_shape(value * factor, sh).filter(|s| s != answer)
    })
}

/// Does a typed answer mean the same number as the blank's answer? Accepts 60, 60万 (when the
/// blank stands before 万), 600000, 六十万, full-width digits, grouping commas and spaces.
pub fn typed_matches(typed: &str, answer: &str, unit_after_blank: &str) -> bool {
    let typed: String = typed.chars().map(fold).filter(|c| !c.is_whitespace() && *c != ',').collect();
    let Some(want) = crate::numerals::decimal(answer) else { return false };
    let magnitude = if unit_after_blank.starts_with('亿') {
        1e8
    } else if unit_after_blank.starts_with('万') {
        1e4
    } else {
        1.0
    };
    let unit_tail: String = unit_after_blank.chars().skip_while(|c| *c == '万' || *c == '亿').collect();
    let typed = typed.strip_suffix(unit_tail.as_str()).filter(|_| !unit_tail.is_empty()).unwrap_or(&typed).to_string();
    let Some(got) = crate::figures::read_value(&typed) else { return false };
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
    // read as written (600000, 60万, 六十万) or in the blank's scale (60)
    close(got, want * magnitude) || close(got, want)
}

// ---------------------------------------------------------------------------------------------
// sentences

/// The sentence around character `at` of a paragraph: from the previous 。；？！ or line end to
/// the next (the mark included, the line end not).
fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    sentence_bounds(&chars, at)
}

/// `sentence_around` on a paragraph's characters.
fn sentence_bounds(chars: &[char], at: usize) -> (usize, usize) {
    let end_mark = |c: char| matches!(c, '。' | '；' | ';' | '？' | '?' | '！' | '!');
    let line_end = |c: char| matches!(c, '\n' | '\r');
    let start = (0..at.min(chars.len())).rev().find(|&k| end_mark(chars[k]) || line_end(chars[k])).map_or(0, |k| k + 1);
    let end = (at..chars.len())
        .find(|&k| end_mark(chars[k]) || line_end(chars[k]))
        .map_or(chars.len(), |k| if line_end(chars[k]) { k } else { k + 1 });
    (start, end)
}

/// The whole sentence around character `at` (not cut to clauses), as the key that keeps one
/// quiz from asking twice about a sentence: whatever a question blanks, states or quotes lies
/// in the sentence around its anchor, so two questions with the same key could give each
/// other's answer away. Keyed by the text, so a sentence said twice word for word is one.
fn sentence_key(chars: &[char], at: usize) -> String {
    let (s, e) = sentence_bounds(chars, at);
    chars[s..e].iter().collect::<String>().trim().to_string()
}

/// A quote cut at a comma or a semicolon ends with an ellipsis, not a dangling mark (，, ；; 、).
fn end_cut(quote: &mut String) {
    if quote.ends_with([',', '，', '；', ';', '、']) {
        quote.pop();
        quote.push_str("……");
    }
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

/// Cuts a long sentence down to the clauses around `[a, b)`, at most about `max` characters.
fn clause_window(text: &str, start: usize, end: usize, a: usize, b: usize, max: usize) -> (usize, usize) {
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

// ---------------------------------------------------------------------------------------------
// generation

struct Spot<'a> {
    qa: &'a str,
    topic: u32,
    speaker: &'a str,
    paragraph: &'a Paragraph,
}

impl Spot<'_> {
    /// A prompt: where it was said (topic and speaker), then `text`.
    fn prompt(&self, b: &Briefing, text: &str) -> String {
        format!("（{} · {}）{text}", topic_label(b, self.topic), self.speaker)
    }

    fn source(&self, figure: Option<String>, sentence: String) -> Source {
        Source {
            qa: self.qa.to_string(),
            topic: self.topic,
            speaker: self.speaker.to_string(),
            line: self.paragraph.line,
            figure,
            sentence,
        }
    }
}

fn answer_paragraphs<'a>(b: &'a Briefing, topics: &[u32]) -> Vec<Spot<'a>> {
    let mut out = Vec::new();
    for t in b.topics.iter().filter(|t| topics.is_empty() || topics.contains(&t.number)) {
        for qa in &t.qas {
            for a in &qa.answers {
                for p in &a.paragraphs {
                    out.push(Spot { qa: &qa.id, topic: t.number, speaker: &a.speaker, paragraph: p });
                }
            }
        }
    }
    out
}

fn topic_label(b: &Briefing, n: u32) -> String {
    b.topics
        .iter()
        .find(|t| t.number == n)
        .map_or_else(String::new, |t| format!("热点{} {}", t.numeral, t.title))
}

/// Figure questions need an Arabic number to blank and a statistic or target to ask about.
fn askable(f: &Figure) -> bool {
    f.kind != FigureKind::Date && f.unit != Unit::Date && f.upper.is_none() && arabic_part(f).is_some()
}

/// The sentence (cut to about 70 characters of clauses) around the characters `span` of
/// `text`, with the characters `blank` replaced by `with`; and the sentence as said. Both end
/// with "……" where the cut leaves a comma or semicolon at the end.
fn blanked_sentence(text: &str, span: (usize, usize), blank: (usize, usize), with: &str) -> (String, String) {
    blanked_clauses(text, span, blank, with, 70)
}

/// `blanked_sentence` cut to about `max` characters.
fn blanked_clauses(text: &str, span: (usize, usize), blank: (usize, usize), with: &str, max: usize) -> (String, String) {
    let (s, e) = sentence_around(text, span.0);
    let (s, e) = clause_window(text, s, e, span.0, span.1, max);
    let before = slice(text, s, blank.0);
    let mut after = slice(text, blank.1, e);
    let mut said = slice(text, s, e);
    end_cut(&mut after);
    end_cut(&mut said);
    (format!("{before}{with}{after}"), said)
}

/// The sentence around a figure with the figure's number replaced by `___` (or by `with`).
fn figure_sentence(p: &Paragraph, f: &Figure, with: Option<&str>) -> (String, String, String) {
    let (a, z, _) = arabic_part(f).unwrap_or((0, 0, String::new()));
    let with = with.map_or_else(|| "___".to_string(), |w| as_printed(f, w));
    let (blanked, sentence) = blanked_sentence(&p.text, (f.start, f.end), (f.start + a, f.start + z), &with);
    let unit: String = f.text.chars().skip(z).collect();
    (blanked, unit, sentence)
}

/// A choice question on a figure: its options and the answer's index among them, and the
/// unit printed after the blank.
fn figure_choice(f: &Figure, prompt: String, (options, index): (Vec<String>, usize), unit: String, source: Source) -> Question {
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

/// A true/false statement on a figure: as said, or (`altered`) with another value in its place.
fn true_false(f: &Figure, prompt: String, altered: bool, source: Source) -> Question {
    Question {
        id: format!("true-false:{}", f.id),
        kind: QuestionKind::TrueFalse,
        prompt,
        options: vec!["对".into(), "错".into()],
        answer: Answer::Index(if altered { 1 } else { 0 }),
        unit: None,
        source,
    }
}

/// Half the time, one of a choice's other options (to alter a statement with); else None.
fn altered_option(options: &[String], answer: usize, rng: &mut Rng) -> Option<String> {
    if rng.below(2) != 0 {
        return None;
    }
    let others: Vec<&String> = options.iter().enumerate().filter(|(i, _)| *i != answer).map(|(_, o)| o).collect();
    others.get(rng.below(others.len())).map(|o| o.to_string())
}

/// A question and the whole sentence it blanks, states or quotes (`sentence_key`): one quiz
/// asks at most one question per sentence.
struct Candidate {
    question: Question,
    sentence: String,
}

/// Every question the briefing can give, in a fixed order; `generate` draws from these.
fn candidates(b: &Briefing, settings: &Settings, rng: &mut Rng) -> Vec<Candidate> {
    let spots = answer_paragraphs(b, &settings.topics);
    let want = |k: QuestionKind| settings.kinds.is_empty() || settings.kinds.contains(&k);
    let mut out = Vec::new();
    let topic_numbers: Vec<u32> = b.topics.iter().map(|t| t.number).collect();
    let speakers: Vec<&str> = b.speakers.iter().map(|s| s.name.as_str()).collect();

    for spot in &spots {
        let p = spot.paragraph;
        let chars: Vec<char> = p.text.chars().collect();
        let mut push = |question: Question, sentence: &String| out.push(Candidate { question, sentence: sentence.clone() });
        for f in p.figures.iter().filter(|f| askable(f)) {
            let Some((_, _, digits)) = arabic_part(f) else { continue };
            let key = sentence_key(&chars, f.start);
            let (blanked, unit, sentence) = figure_sentence(p, f, None);
            let source = spot.source(Some(f.id.clone()), sentence.clone());
            if want(QuestionKind::FigureChoice) {
                if let Some(options) = number_options(&digits, rng) {
                    push(figure_choice(f, spot.prompt(b, &blanked), options, unit.clone(), source.clone()), &key);
                }
            }
            if want(QuestionKind::FigureTyped) {
                push(Question {
                    id: format!("figure-typed:{}", f.id),
                    kind: QuestionKind::FigureTyped,
                    prompt: spot.prompt(b, &blanked),
                    options: vec![],
                    answer: Answer::Text(digits.clone()),
                    unit: Some(unit.clone()),
                    source: source.clone(),
                }, &key);
            }
            let other = plausible_other(&digits, rng);
            if want(QuestionKind::TrueFalse) && other.is_some() {
                // half the statements are altered: the figure swapped for a plausible other
                let shown = other.filter(|_| rng.below(2) == 0);
                let (statement, _, _) = figure_sentence(p, f, Some(shown.as_deref().unwrap_or(&digits)));
                push(true_false(f, spot.prompt(b, &statement), shown.is_some(), source.clone()), &key);
            }
            if want(QuestionKind::Topic) && topic_numbers.len() >= 4 {
                let mut others: Vec<u32> = topic_numbers.iter().copied().filter(|n| *n != spot.topic).collect();
                rng.shuffle(&mut others);
                let mut opts: Vec<u32> = others.into_iter().take(3).chain(std::iter::once(spot.topic)).collect();
                rng.shuffle(&mut opts);
                let index = opts.iter().position(|n| *n == spot.topic).unwrap_or(0);
                push(Question {
                    id: format!("topic:{}", f.id),
                    kind: QuestionKind::Topic,
                    prompt: format!("“{sentence}”"),
                    options: opts.iter().map(|n| topic_label(b, *n)).collect(),
                    answer: Answer::Index(index),
                    unit: None,
                    source: source.clone(),
                }, &key);
            }
        }
        // counts written in Chinese: 培育十万家“专精特新”企业, 四方面十大类问题. A choice among
        // numerals and a true/false statement (not typed: the answer is a word), in a shorter
        // cut of the sentence, which otherwise tends to print the neighbours (百万家 … 十万家 …
        // 万家)
        for f in p.figures.iter().filter(|_| want(QuestionKind::FigureChoice) || want(QuestionKind::TrueFalse)) {
            let Some((a, z, numeral)) = chinese_part(f) else { continue };
            let measure: String = f.text.chars().skip(z).collect();
            let cut = |with: &str| blanked_clauses(&p.text, (f.start, f.end), (f.start + a, f.start + z), with, 40);
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
                push(true_false(f, spot.prompt(b, &statement), shown.is_some(), source.clone()), &key);
            }
            if want(QuestionKind::FigureChoice) {
                push(figure_choice(f, spot.prompt(b, &blanked), (options, index), measure, source), &key);
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
                push(Question {
                    id: format!("attribution:{}:{}", p.line, best.0),
                    kind: QuestionKind::Attribution,
                    prompt: format!("“{sentence}”"),
                    options: opts.iter().map(|s| s.to_string()).collect(),
                    answer: Answer::Index(index),
                    unit: None,
                    source: spot.source(None, sentence),
                }, &sentence_key(&chars, best.0));
            }
        }
    }
    if want(QuestionKind::Term) {
        out.extend(term_questions(b, settings, rng));
    }
    if want(QuestionKind::Year) || want(QuestionKind::TrueFalse) {
        out.extend(year_questions(b, settings, rng));
    }
    out
}

// years: when a step was taken or is due
//
// Plain loops on purpose: the first version, with iterator chains, a sort and `str::parse`,
// added 13 KB to the .wasm (4 KB gzip); this one adds 3 KB (1 KB gzip).

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
fn year_questions(b: &Briefing, settings: &Settings, rng: &mut Rng) -> Vec<Candidate> {
    let want = |k: QuestionKind| settings.kinds.is_empty() || settings.kinds.contains(&k);
    let subject = subject_year(b);
    let mut out = Vec::new();
    for spot in answer_paragraphs(b, &settings.topics) {
        let p = spot.paragraph;
        let chars: Vec<char> = p.text.chars().collect();
        for f in &p.figures {
            let Some((year, a, z)) = year_of(f) else { continue };
            let (blanked, sentence) = blanked_sentence(&p.text, (f.start, f.end), (f.start + a, f.start + z), "___");
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
                out.push(Candidate { question: true_false(f, statement, altered.is_some(), source.clone()), sentence: key.clone() });
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

// terms: document titles and quoted slogans

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
    seen.into_iter().filter(|(open, t)| *open == '《' || t.chars().count() >= 3 || numbered(t) || uses(t) >= 2).collect()
}

/// Three other terms of the same bracket for a choice question: none containing the answer or
/// contained in it (《若干政策》 is the short name of a longer title), none printed in the
/// prompt itself. Length must not give the answer away: a random place for the answer among
/// the options by length is chosen, and the terms nearest in length on each side fill it
/// (where one side runs out, the other side fills in).
fn term_distractors(answer: &str, open: char, prompt: &str, inventory: &[(char, String)], rng: &mut Rng) -> Option<Vec<String>> {
    let len = answer.chars().count();
    let mut pool: Vec<&String> = inventory
        .iter()
        .filter(|(o, t)| *o == open && !t.contains(answer) && !answer.contains(t.as_str()) && !prompt.contains(t.as_str()))
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
fn term_questions(b: &Briefing, settings: &Settings, rng: &mut Rng) -> Vec<Candidate> {
    let inventory = term_inventory(b);
    let mut out = Vec::new();
    for spot in answer_paragraphs(b, &settings.topics) {
        let p = spot.paragraph;
        let chars: Vec<char> = p.text.chars().collect();
        for q in quoted_terms(&p.text) {
            if !inventory.iter().any(|(o, t)| *o == q.open && *t == q.inner) {
                continue;
            }
            let (blanked, sentence) = blanked_sentence(&p.text, (q.start, q.end), (q.start + 1, q.end - 1), "___");
            // the same term elsewhere in the sentence would give it away; a bare list item
            // (三是要提升“___”。) is too little to go on
            let context = blanked.chars().filter(|c| !"_《》“”。，,".contains(*c)).count();
            if blanked.contains(&q.inner) || context < MIN_TERM_CONTEXT {
                continue;
            }
            let Some(mut options) = term_distractors(&q.inner, q.open, &blanked, &inventory, rng) else { continue };
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
    let mut by_kind: Vec<Vec<(usize, Question)>> = QuestionKind::ALL.iter().map(|_| Vec::new()).collect();
    for c in pool {
        let s = sentences.iter().position(|t| *t == c.sentence).unwrap_or_else(|| {
            sentences.push(c.sentence);
            sentences.len() - 1
        });
        if let Some(bucket) = QuestionKind::ALL.iter().position(|k| *k == c.question.kind).and_then(|i| by_kind.get_mut(i)) {
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
                    !kind_asked[j] && later.iter().any(|(t, _)| *t == s) && later.iter().all(|(t, _)| *t == s || asked[*t])
                })
            };
            let pick = by_kind[k].iter().position(|(s, q)| !out.iter().any(|o| o.id == q.id) && !last_for_later(*s));
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
                (s.get(start..start + f.text.len()) == Some(f.text.as_str())).then_some((start, start + f.text.len()))
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

/// Is this the right answer? Choice questions take the option index as text ("2"); typed
/// figure questions any equivalent form of the number.
pub fn check(q: &Question, response: &str) -> bool {
    match &q.answer {
        Answer::Index(i) => response.trim().parse::<usize>().ok() == Some(*i),
        Answer::Text(t) => typed_matches(response, t, q.unit.as_deref().unwrap_or("")),
    }
}

// ---------------------------------------------------------------------------------------------
// export

/// Questions as a JSON array (pretty, stable key order).
pub fn to_json(questions: &[Question]) -> String {
    serde_json::to_string_pretty(questions).unwrap_or_else(|_| "[]".into())
}

/// Questions as Anki-importable TSV: front, back, tags. Tabs and newlines inside fields become
/// spaces; the back has the answer and the source sentence.
pub fn to_tsv(questions: &[Question]) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let mut out = String::new();
    for q in questions {
        let mut front = q.prompt.clone();
        if !q.options.is_empty() {
            let letters = ["A", "B", "C", "D", "E", "F"];
            let opts: Vec<String> = q.options.iter().enumerate().map(|(i, o)| format!("{}. {o}", letters.get(i).unwrap_or(&"?"))).collect();
            front = format!("{front}<br>{}", opts.join("<br>"));
        }
        let answer = match &q.answer {
            Answer::Index(i) => q.options.get(*i).cloned().unwrap_or_default(),
            Answer::Text(t) => format!("{t}{}", q.unit.clone().unwrap_or_default()),
        };
        let back = format!("{answer}<br>{}", q.source.sentence);
        let kind = q.kind.as_str();
        let tags = format!("briefing {kind} topic{}", q.source.topic);
        out.push_str(&format!("{}\t{}\t{}\n", clean(&front), clean(&back), tags));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// scoring

/// How a quiz went: right answers in all and per topic, and which questions were missed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Score {
    pub right: usize,
    pub total: usize,
    /// (topic, right, asked), in topic order
    pub by_topic: Vec<(u32, usize, usize)>,
    /// indices of the questions answered wrongly or not at all
    pub missed: Vec<usize>,
}

/// Scores responses (`None`: not answered) against their questions.
pub fn score(questions: &[Question], responses: &[Option<String>]) -> Score {
    let mut s = Score { total: questions.len(), ..Score::default() };
    for (i, q) in questions.iter().enumerate() {
        let ok = responses.get(i).and_then(|r| r.as_deref()).is_some_and(|r| check(q, r));
        if ok {
            s.right += 1;
        } else {
            s.missed.push(i);
        }
        match s.by_topic.iter_mut().find(|(t, _, _)| *t == q.source.topic) {
            Some((_, r, n)) => {
                *r += ok as usize;
                *n += 1;
            }
            None => s.by_topic.push((q.source.topic, ok as usize, 1)),
        }
    }
    crate::order::sort(&mut s.by_topic);
    s
}

// ---------------------------------------------------------------------------------------------
// a quiz in the URL

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// feedback after each answer
    #[default]
    Practice,
    /// score at the end, with a running clock
    Exam,
    /// not answered on screen: printed, questions first and the answer key on its own page
    Worksheet,
}

/// A quiz that a URL can carry: the same URL gives the same questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizUrl {
    pub seed: u64,
    pub count: usize,
    pub mode: Mode,
    pub topics: Vec<u32>,
    /// only these kinds (empty: all)
    pub kinds: Vec<QuestionKind>,
    /// a round of the reader's due items (from their saved progress) instead of new questions
    pub review: bool,
}

/// Most questions one quiz asks.
pub const MAX_COUNT: usize = 50;

impl QuizUrl {
    /// Reads `quiz=SEED&n=COUNT&mode=exam&qt=2,6&qk=year,term` from a query string; None when
    /// there is no usable `quiz` parameter. Out-of-range values are clamped, unknown topics and
    /// kinds dropped.
    pub fn from_query(search: &str, b: &Briefing) -> Option<QuizUrl> {
        let search = search.strip_prefix('?').unwrap_or(search);
        let mut q = QuizUrl { seed: 0, count: 10, mode: Mode::Practice, topics: vec![], kinds: vec![], review: false };
        let mut found = false;
        for pair in search.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v: String = v.chars().take(64).collect();
            match k {
                "quiz" => {
                    if let Ok(seed) = v.parse() {
                        q.seed = seed;
                        found = true;
                    }
                }
                "n" => q.count = v.parse::<usize>().unwrap_or(10).clamp(1, MAX_COUNT),
                "mode" => {
                    q.mode = match v.as_str() {
                        "exam" => Mode::Exam,
                        "sheet" => Mode::Worksheet,
                        _ => Mode::Practice,
                    }
                }
                "review" => q.review = v == "1",
                "qt" => {
                    q.topics = v
                        .split(',')
                        .filter_map(|t| t.parse::<u32>().ok())
                        .filter(|n| b.topics.iter().any(|t| t.number == *n))
                        .collect();
                    crate::order::sort(&mut q.topics);
                    q.topics.dedup();
                }
                "qk" => {
                    let named: Vec<&str> = v.split(',').collect();
                    q.kinds = QuestionKind::ALL.into_iter().filter(|k| named.contains(&k.as_str())).collect();
                }
                _ => {}
            }
        }
        found.then_some(q)
    }

    pub fn to_query(&self) -> String {
        let mut s = format!("?quiz={}&n={}", self.seed, self.count);
        match self.mode {
            Mode::Exam => s.push_str("&mode=exam"),
            Mode::Worksheet => s.push_str("&mode=sheet"),
            Mode::Practice => {}
        }
        if self.review {
            s.push_str("&review=1");
        }
        if !self.topics.is_empty() {
            let t: Vec<String> = self.topics.iter().map(|n| n.to_string()).collect();
            s.push_str(&format!("&qt={}", t.join(",")));
        }
        if !self.kinds.is_empty() {
            let k: Vec<&str> = self.kinds.iter().map(|k| k.as_str()).collect();
            s.push_str(&format!("&qk={}", k.join(",")));
        }
        s
    }

    pub fn settings(&self) -> Settings {
        Settings { count: self.count, topics: self.topics.clone(), kinds: self.kinds.clone() }
    }
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
        let Some(c) = pool.iter().position(|c| &c.question.id == id).map(|i| pool.swap_remove(i)) else { continue };
        if !asked.contains(&c.sentence) {
            asked.push(c.sentence);
            out.push(c.question);
        }
    }
    out
}
