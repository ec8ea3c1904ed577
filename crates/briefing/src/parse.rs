//! Transcript → [`Briefing`]. The shape it reads:
//!
//! ```text
//! 编者按：<date>,<host>举行<event>,<title><NAME>…并与<title><NAME>,<title><NAME>就…回答记者提问。
//! <headline>
//! 本报记者 <reporter>
//! 热点一:<title>
//! 记者:<question>
//! <NAME>:<answer paragraph>
//! <more answer paragraphs>
//! 热点二:<title>
//! …
//! ```
//!
//! Blank lines separate paragraphs and are otherwise ignored. Colons may be ASCII or full-width.
//! A paragraph inside a turn that stops without punctuation and is followed by plain text was
//! split by a page break: the two are joined and the join is recorded as a repair.

use crate::error::{ErrorKind, ParseError};
use crate::figures;
use crate::fold::{AsPrinted, Fold};
use crate::model::{Briefing, Byline, Event, Paragraph, Qa, RepairKind, Speaker, Topic, Turn};
use crate::numerals;
use crate::repair::{self, ends_sentence};

/// The name reporters' turns use.
pub const REPORTER: &str = "记者";

/// Parses raw bytes: checks they are UTF-8 (naming the line of the first bad byte) and then
/// parses the text.
pub fn parse_bytes(bytes: &[u8]) -> Result<Briefing, ParseError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => {
            let byte = e.valid_up_to();
            let line = 1 + bytes[..byte].iter().filter(|&&b| b == b'\n').count();
            Err(ParseError { line, kind: ErrorKind::NotUtf8 { byte } })
        }
    }
}

/// One non-blank source line, classified.
#[derive(Debug)]
enum Line<'a> {
    Heading { numeral: &'a str, title: &'a str },
    Turn { speaker: &'a str, text: &'a str },
    Text(&'a str),
}

struct Source<'a> {
    number: usize,
    /// Blank lines between this line and the previous non-blank one.
    gap: usize,
    line: Line<'a>,
}

/// Parses a transcript: [`parse_without_figures`], then [`recognise_figures`].
pub fn parse(text: &str) -> Result<Briefing, ParseError> {
    let mut b = parse_without_figures(text)?;
    recognise_figures(&mut b);
    Ok(b)
}

/// Reads and repairs a transcript, leaving every paragraph's `figures` empty:
/// [`recognise_figures`] fills them in. The two steps together are [`parse`]; a caller with a
/// time budget (the app at start, on a phone) can run them in separate tasks.
pub fn parse_without_figures(text: &str) -> Result<Briefing, ParseError> {
    parse_folded(text, AsPrinted)
}

/// [`parse_without_figures`] with the labels (热点, 记者, 编者按, 举行, 并与) matched on each
/// line folded by `fold` (see [`Fold`]). The text kept is the text as printed.
pub fn parse_folded(text: &str, fold: impl Fold) -> Result<Briefing, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = Vec::new();
    let mut gap = 0;
    // Windows line endings: the '\r' before each '\n' is trimmed with the other white space.
    for (i, raw) in text.split('\n').enumerate() {
        let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if trimmed.is_empty() {
            gap += 1;
            continue;
        }
        lines.push(Source { number: i + 1, gap, line: classify(trimmed, fold) });
        gap = 0;
    }
    if lines.is_empty() {
        return Err(ParseError { line: 1, kind: ErrorKind::Empty });
    }

    let first_heading = lines.iter().position(|l| matches!(l.line, Line::Heading { .. }));
    let Some(first_heading) = first_heading else {
        // a turn with no heading before it says most clearly what is missing
        if let Some((number, speaker)) = lines.iter().find_map(|l| match l.line {
            Line::Turn { speaker, .. } => Some((l.number, speaker)),
            _ => None,
        }) {
            let kind = ErrorKind::TurnBeforeTopic { speaker: speaker.to_string() };
            return Err(ParseError { line: number, kind });
        }
        let line = lines.last().map_or(1, |l| l.number);
        return Err(ParseError { line, kind: ErrorKind::MissingTopics });
    };
    let (front, body) = lines.split_at(first_heading);
    let heading_line = body[0].number;
    let front = FrontMatter::read(front, heading_line, fold)?;
    let mut topics = read_topics(body)?;
    for topic in &mut topics {
        for qa in &mut topic.qas {
            let turns = std::iter::once(&mut qa.question).chain(qa.answers.iter_mut());
            for p in turns.flat_map(|t| t.paragraphs.iter_mut()) {
                repair::repair_text(p, fold);
            }
        }
    }
    let mut note = front.note;
    repair::repair_text(&mut note, fold);
    let speakers = speakers(&note.text, &topics, fold);
    let event = event(&note.text, &front.headline, fold);
    Ok(Briefing {
        headline: front.headline,
        byline: front.byline,
        note,
        event,
        speakers,
        topics,
        format: Default::default(),
        traditional: false,
        set_aside: vec![],
    })
}

/// Recognises the figures of every paragraph of `b` (the editor's note, then each turn, each
/// figure with its topic and speaker), replacing what the paragraphs held. A date printed
/// without its year (1月29日) takes the year of the event.
pub fn recognise_figures(b: &mut Briefing) {
    let year = b.event.date.as_deref().and_then(|d| d.get(..4)).and_then(|y| y.parse().ok());
    let ctx = figures::Context { year };
    attach_figures(std::slice::from_mut(&mut b.note), None, None, ctx);
    for topic in &mut b.topics {
        for qa in &mut topic.qas {
            let turns = std::iter::once(&mut qa.question).chain(qa.answers.iter_mut());
            for turn in turns {
                let speaker = Some(turn.speaker.clone());
                attach_figures(&mut turn.paragraphs, Some(topic.number), speaker, ctx);
            }
        }
    }
}

/// Recognises the figures of one turn's paragraphs and files them with their context (the
/// topic and who said it: 记者 in questions, nobody in the editor's note).
fn attach_figures(
    paragraphs: &mut [Paragraph],
    topic: Option<u32>,
    speaker: Option<String>,
    ctx: figures::Context,
) {
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    let found = figures::recognise_turn(&texts, ctx);
    for (p, figs) in paragraphs.iter_mut().zip(found) {
        p.figures = figs
            .into_iter()
            .enumerate()
            .map(|(n, mut f)| {
                f.id = format!("f{}-{}", p.line, n + 1);
                f.topic = topic;
                f.speaker = speaker.clone();
                f.gloss = figures::default_gloss(&f);
                f
            })
            .collect();
    }
}

fn split_colon(s: &str) -> Option<(&str, &str)> {
    let i = s.find([':', '：'])?;
    let colon_len = s[i..].chars().next().map_or(1, char::len_utf8);
    Some((&s[..i], &s[i + colon_len..]))
}

/// Words that may stand before a colon at the start of a paragraph without being a speaker.
const NOT_SPEAKERS: [&str; 6] = ["编者按", "编者", "按", "注", "附", "备注"];

fn classify(line: &str, fold: impl Fold) -> Line<'_> {
    if let Some((head, title)) = split_colon(line) {
        if let Some(numeral) = fold.strip_prefix(head, "热点") {
            if numerals::parse_small(numeral).is_some() {
                return Line::Heading { numeral, title: title.trim() };
            }
        }
        let n = head.chars().count();
        let is_name = (2..=4).contains(&n) && head.chars().all(repair::is_han);
        let is_ordinal = fold.starts_with(head, "第") || fold.ends_with(head, "是");
        let reporter = fold.ends_with(head, REPORTER);
        if (reporter && n <= 6)
            || (is_name && !is_ordinal && !NOT_SPEAKERS.iter().any(|w| fold.is(head, w)))
        {
            let speaker = if reporter { REPORTER } else { head };
            return Line::Turn { speaker, text: title.trim() };
        }
    }
    Line::Text(line)
}

struct FrontMatter {
    headline: String,
    byline: Option<Byline>,
    note: Paragraph,
}

impl FrontMatter {
    fn read(
        lines: &[Source<'_>],
        heading_line: usize,
        fold: impl Fold,
    ) -> Result<FrontMatter, ParseError> {
        let mut note: Option<Paragraph> = None;
        let mut headline = None;
        let mut byline = None;
        for l in lines {
            let text = match l.line {
                Line::Text(t) => t,
                Line::Turn { speaker, .. } => {
                    return Err(ParseError {
                        line: l.number,
                        kind: ErrorKind::TurnBeforeTopic { speaker: speaker.to_string() },
                    })
                }
                // the front matter ends at the first heading
                Line::Heading { .. } => continue,
            };
            if fold.starts_with(text, "编者按") {
                note = Some(Paragraph {
                    line: l.number,
                    text: text.to_string(),
                    repairs: vec![],
                    figures: vec![],
                });
            } else if let Some(b) = read_byline(text, fold) {
                byline.get_or_insert(b);
            } else if let Some(n) =
                note.as_mut().filter(|n| !ends_with_sentence(&n.text) && headline.is_none())
            {
                // the note was cut by a page break
                join(n, text, l.gap, l.number);
            } else if headline.is_none() {
                headline = Some(text.to_string());
            }
        }
        let note = note.ok_or(ParseError { line: heading_line, kind: ErrorKind::MissingNote })?;
        let headline =
            headline.ok_or(ParseError { line: heading_line, kind: ErrorKind::MissingHeadline })?;
        Ok(FrontMatter { headline, byline, note })
    }
}

fn ends_with_sentence(text: &str) -> bool {
    text.chars().last().is_some_and(ends_sentence)
}

/// `本报记者 徐恒`, `记者 徐恒`, `新华社记者 王某 李某`: a short line with 记者 followed by names.
fn read_byline(text: &str, fold: impl Fold) -> Option<Byline> {
    let (outlet, after) = fold.split_once(text, REPORTER)?;
    if !after.starts_with(|c: char| c.is_whitespace() || c == '\u{3000}') {
        return None; // 记者会, 记者提问: not a byline
    }
    let names = after.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let outlet_ok = outlet.chars().count() <= 6;
    let names_ok = !names.is_empty()
        && names.chars().count() <= 20
        && names.chars().all(|c| repair::is_han(c) || c.is_whitespace() || c == '、' || c == '·');
    (outlet_ok && names_ok).then(|| Byline { text: text.to_string(), reporter: names.to_string() })
}

/// Appends a page-break continuation to a paragraph and records the join.
fn join(p: &mut Paragraph, continuation: &str, gap: usize, line: usize) {
    let before_len = p.text.chars().count();
    let last = p.text.chars().last().unwrap_or(' ');
    let first = continuation.chars().next().unwrap_or(' ');
    let breaks = "\n".repeat(gap + 1);
    p.text.push_str(continuation);
    p.repairs.push(crate::model::Repair {
        start: before_len.saturating_sub(1),
        end: before_len + 1,
        original: format!("{last}{breaks}{first}"),
        kind: RepairKind::PageBreak,
        reason: format!(
            "a page break split the text between {last} and {first} (lines {} and {line}); joined",
            line - gap - 1
        ),
        line: line - gap - 1,
    });
}

/// Can this paragraph be continued by the next line across a page break?
fn cut_short(p: &Paragraph, next: &str) -> bool {
    let last = p.text.chars().last();
    let first = next.chars().next();
    last.is_some_and(|c| !ends_sentence(c) && (repair::is_han(c) || c.is_alphanumeric()))
        && first.is_some_and(|c| repair::is_han(c) || c.is_alphanumeric())
}

fn read_topics(body: &[Source<'_>]) -> Result<Vec<Topic>, ParseError> {
    let mut topics: Vec<Topic> = Vec::new();
    for l in body {
        match l.line {
            Line::Heading { numeral, title } => {
                if let Some(prev) = topics.last() {
                    finish_topic(prev, l.number)?;
                }
                let expected = topics.len() as u32 + 1;
                if numerals::parse_small(numeral) != Some(expected) {
                    return Err(ParseError {
                        line: l.number,
                        kind: ErrorKind::HeadingOutOfOrder { expected, found: numeral.to_string() },
                    });
                }
                if title.is_empty() {
                    return Err(ParseError { line: l.number, kind: ErrorKind::EmptyHeading });
                }
                topics.push(Topic {
                    number: expected,
                    numeral: numeral.to_string(),
                    title: title.to_string(),
                    line: l.number,
                    qas: vec![],
                });
            }
            Line::Turn { speaker, text } => {
                // topics is non-empty: the body starts with a heading
                let Some(topic) = topics.last_mut() else { continue };
                let paragraphs = if text.is_empty() {
                    vec![]
                } else {
                    vec![Paragraph {
                        line: l.number,
                        text: text.to_string(),
                        repairs: vec![],
                        figures: vec![],
                    }]
                };
                let turn = Turn { speaker: speaker.to_string(), paragraphs };
                if speaker == REPORTER {
                    if let Some(qa) = topic.qas.last() {
                        finish_qa(qa)?;
                    }
                    let id = format!("t{}-q{}", topic.number, topic.qas.len() + 1);
                    topic.qas.push(Qa { id, question: turn, answers: vec![], outlet: None });
                } else {
                    let Some(qa) = topic.qas.last_mut() else {
                        return Err(ParseError {
                            line: l.number,
                            kind: ErrorKind::AnswerBeforeQuestion { speaker: speaker.to_string() },
                        });
                    };
                    check_not_empty(last_turn(qa), l.number)?;
                    match qa.answers.last_mut() {
                        // the same speaker again: one answer, more paragraphs
                        Some(a) if a.speaker == speaker => a.paragraphs.extend(turn.paragraphs),
                        _ => qa.answers.push(turn),
                    }
                }
            }
            Line::Text(text) => {
                let Some(qa) = topics.last_mut().and_then(|t| t.qas.last_mut()) else {
                    return Err(ParseError { line: l.number, kind: ErrorKind::TextBeforeQuestion });
                };
                let turn = last_turn_mut(qa);
                match turn.paragraphs.last_mut() {
                    Some(p) if cut_short(p, text) => join(p, text, l.gap, l.number),
                    _ => turn.paragraphs.push(Paragraph {
                        line: l.number,
                        text: text.to_string(),
                        repairs: vec![],
                        figures: vec![],
                    }),
                }
            }
        }
    }
    // (a topic that ends the text is reported at its last line, not at one past the end)
    let end_line = body.last().map_or(1, |l| l.number);
    if let Some(last) = topics.last() {
        finish_topic(last, end_line)?;
    }
    Ok(topics)
}

fn last_turn(qa: &Qa) -> &Turn {
    qa.answers.last().unwrap_or(&qa.question)
}

fn last_turn_mut(qa: &mut Qa) -> &mut Turn {
    match qa.answers.last_mut() {
        Some(a) => a,
        None => &mut qa.question,
    }
}

fn check_not_empty(turn: &Turn, next_line: usize) -> Result<(), ParseError> {
    if turn.paragraphs.is_empty() {
        return Err(ParseError {
            line: next_line,
            kind: ErrorKind::EmptyTurn { speaker: turn.speaker.clone() },
        });
    }
    Ok(())
}

fn finish_qa(qa: &Qa) -> Result<(), ParseError> {
    let line = qa.question.paragraphs.first().map_or(0, |p| p.line);
    check_not_empty(last_turn(qa), line)?;
    if qa.answers.is_empty() {
        return Err(ParseError { line, kind: ErrorKind::UnansweredQuestion });
    }
    Ok(())
}

fn finish_topic(topic: &Topic, next_line: usize) -> Result<(), ParseError> {
    match topic.qas.last() {
        None => Err(ParseError {
            line: next_line,
            kind: ErrorKind::TopicWithoutQuestions { topic: topic.number },
        }),
        Some(qa) => finish_qa(qa),
    }
}

/// Delimiters between the clauses of the editor's note.
fn is_clause_break(c: char) -> bool {
    ",，;；。：:".contains(c)
}

/// The spokespeople: everyone who answers, in the order the note introduces them (then any the
/// note does not name, in order of first answer), each with the title the note gives them.
fn speakers(note: &str, topics: &[Topic], fold: impl Fold) -> Vec<Speaker> {
    let mut names: Vec<&str> = Vec::new();
    for t in topics {
        for qa in &t.qas {
            for a in &qa.answers {
                if !names.contains(&a.speaker.as_str()) {
                    names.push(&a.speaker);
                }
            }
        }
    }
    let position = |name: &str| note.find(name).unwrap_or(usize::MAX);
    crate::order::sort_by_key(&mut names, |n| position(n));
    names
        .into_iter()
        .map(|name| Speaker { name: name.to_string(), title: title_in_note(note, name, fold) })
        .collect()
}

/// The title that stands right before a name in the note: back to the last clause break,
/// without a leading connective (并与, 与, 和, 及, matched on the text folded by `fold`).
pub(crate) fn title_in_note(note: &str, name: &str, fold: impl Fold) -> String {
    let Some(at) = note.find(name) else { return String::new() };
    let before = &note[..at];
    let start = before
        .rfind(is_clause_break)
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let mut title = before[start..].trim();
    for connective in ["并与", "以及", "与", "和", "及", "并"] {
        if let Some(rest) = fold.strip_prefix(title, connective) {
            title = rest;
            break;
        }
    }
    title.to_string()
}

/// Date, host and kind of event from the editor's note (1月26日,国务院新闻办公室举行新闻发布会).
fn event(note: &str, headline: &str, fold: impl Fold) -> Event {
    let body = fold.strip_prefix(note, "编者按").unwrap_or(note).trim_start_matches([':', '：']);
    let (date, date_text, year_basis) = match find_date(body) {
        Some((y, m, d, text)) => {
            let (year, basis) = match y {
                Some(y) => (Some(y), None),
                None => infer_year(m, headline),
            };
            let iso = year.map(|y| format!("{y:04}-{m:02}-{d:02}"));
            (iso, Some(text), basis)
        }
        None => (None, None, None),
    };
    let (host, kind) = match fold.split_once(body, "举行") {
        Some((before, after)) => {
            let host_start = before
                .rfind(is_clause_break)
                .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
            let kind_end = after.find(is_clause_break).unwrap_or(after.len());
            let host = before[host_start..].trim();
            let kind = after[..kind_end].trim();
            (
                (!host.is_empty()).then(|| host.to_string()),
                (!kind.is_empty()).then(|| kind.to_string()),
            )
        }
        None => (None, None),
    };
    Event { date, date_text, year_basis, host, kind }
}

/// The first `[YYYY年]M月D日` in the text: (year, month, day, as printed).
pub(crate) fn find_date(text: &str) -> Option<(Option<u32>, u32, u32, String)> {
    let chars: Vec<char> = text.chars().collect();
    let digits_before = |end: usize| {
        let mut s = end;
        while s > 0 && chars[s - 1].is_ascii_digit() {
            s -= 1;
        }
        s
    };
    for (i, &c) in chars.iter().enumerate() {
        if c != '月' {
            continue;
        }
        let ms = digits_before(i);
        let mut de = i + 1;
        while de < chars.len() && chars[de].is_ascii_digit() {
            de += 1;
        }
        if ms == i || de == i + 1 || chars.get(de) != Some(&'日') {
            continue;
        }
        let num = |a: usize, b: usize| chars[a..b].iter().collect::<String>().parse::<u32>().ok();
        let (Some(m), Some(d)) = (num(ms, i), num(i + 1, de)) else { continue };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            continue;
        }
        let (year, start) = if ms > 0 && chars[ms - 1] == '年' {
            let ys = digits_before(ms - 1);
            (num(ys, ms - 1).filter(|y| (1000..=9999).contains(y)), ys)
        } else {
            (None, ms)
        };
        let start = if year.is_some() { start } else { ms };
        return Some((year, m, d, chars[start..=de].iter().collect()));
    }
    None
}

/// A note that prints only month and day: an annual review (the headline names the year under
/// review) held in the first quarter is held in the following year; otherwise the same year.
fn infer_year(month: u32, headline: &str) -> (Option<u32>, Option<String>) {
    let chars: Vec<char> = headline.chars().collect();
    let year = chars.windows(5).find_map(|w| {
        let digits: String = w[..4].iter().collect();
        (w[4] == '年' && w[..4].iter().all(char::is_ascii_digit))
            .then(|| digits.parse::<u32>().ok())
            .flatten()
    });
    match year {
        Some(y) if month <= 3 => (
            Some(y + 1),
            Some(format!(
                "the note gives no year; the headline reviews {y} and a review held in month {month} falls in {}",
                y + 1
            )),
        ),
        Some(y) => (Some(y), Some(format!("the note gives no year; taken from the headline ({y})"))),
        None => (None, Some("the note gives no year and the headline names none".to_string())),
    }
}
