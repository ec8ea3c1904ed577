//! The Foreign Ministry's regular press conference (外交部发言人例行记者会), as the ministry's
//! page gives it:
//!
//! ```text
//! 2020年4月28日外交部发言人耿爽主持例行记者会          (the headline; may be missing)
//! 　　一、应…邀请，…将于…访问。                         (announcements: no label)
//! 　　问：…？        or   新华社记者：…？              (a question opens a section)
//! 　　答：…          or   耿爽：…                      (only a turn's first paragraph is labelled)
//! 　　…                                                (the turn goes on)
//! 　　追问：…   记者追问：…   记者：…                   (follow-ups, in the same section)
//! 　　会后有记者问及：…？                               (written questions after the briefing,
//! 　　华春莹表示，…                                      sometimes numbered 一、二、…)
//! ```
//!
//! A line that ends in a colon but whose label is not a question's or a spokesperson's (向大家
//! 通报一组数字：) is speech, not a speaker. Stage notes (（记者笑）) stay in the speech.

use crate::error::{ErrorKind, ParseError};
use crate::model::{Briefing, Event, Format, Paragraph, Speaker};
use crate::read::lines::{is_label_char, Line};
use crate::read::sections::{Say, Sections, OPENING};

/// The host organisation and the kind of event, as the headline names them.
pub const HOST: &str = "外交部";
pub const KIND: &str = "例行记者会";
/// Who answers `答：` when the text never names the spokesperson.
pub const SPOKESPERSON: &str = "发言人";
/// The spokesperson's title.
pub const TITLE: &str = "外交部发言人";

/// The headline's parts: 2020年4月28日外交部发言人耿爽主持例行记者会.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline<'a> {
    pub year: u32,
    pub month: u32,
    pub day: u32,
    /// (a slice of the folded line: `Line::printed` gives it as printed)
    pub spokesperson: &'a str,
    /// 例行记者会 or 网上例行记者会, as printed (simplified).
    pub kind: String,
}

/// Reads the headline (in simplified characters), if that is what the line is.
pub fn headline(folded: &str) -> Option<Headline<'_>> {
    let (date, rest) = folded.split_once("外交部发言人")?;
    let (y, md) = date.split_once('年')?;
    let (m, d) = md.split_once('月')?;
    let d = d.strip_suffix('日')?;
    let (name, kind) = rest.split_once("主持")?;
    let kind = kind.trim_end_matches(['。', ' ']);
    let name_ok = (2..=5).contains(&name.chars().count()) && name.chars().all(is_label_char);
    let num = |s: &str| s.trim().parse::<u32>().ok();
    let (year, month, day) = (num(y)?, num(m)?, num(d)?);
    let ok = name_ok
        && kind.ends_with("记者会")
        && (1900..=2100).contains(&year)
        && (1..=12).contains(&month)
        && (1..=31).contains(&day);
    ok.then(|| Headline { year, month, day, spokesperson: name, kind: kind.to_string() })
}

/// Does the text look like a Foreign Ministry transcript? The headline, or at least two
/// question-and-answer labels (问：/答：, or an outlet's reporter and a name).
pub fn looks_like(lines: &[Line<'_>]) -> bool {
    if lines.first().is_some_and(|l| headline(&l.folded).is_some()) {
        return true;
    }
    let (mut asks, mut answers) = (0, 0);
    for l in lines {
        match l.label(24) {
            Some(("问", _)) => asks += 1,
            Some(("答", _)) => answers += 1,
            Some((head, _)) if is_reporter(head) => asks += 1,
            _ => {}
        }
    }
    asks >= 1 && answers >= 1 || asks >= 2 && names_after_questions(lines).len() == 1
}

/// `<outlet>记者`, `记者`: a reporter's label. (Not 记者会, 记者站: the label ends in 记者.)
fn is_reporter(head: &str) -> bool {
    head.ends_with("记者")
        && head.chars().count() <= 20
        && head.chars().all(is_label_char)
        && !head.ends_with("本报记者")
}

/// A label that is a follow-up question by the reporter who asked.
fn is_follow_up(head: &str) -> bool {
    matches!(head, "追问" | "记者追问" | "又问" | "记者笑" | "记者" | "再问")
}

/// Labels that are never a name even though they are short and Han.
const NOT_NAMES: &[&str] = &[
    "问",
    "答",
    "追问",
    "注",
    "附",
    "备注",
    "首先",
    "其次",
    "再次",
    "最后",
    "第一",
    "第二",
    "第三",
    "第四",
    "第五",
    "一是",
    "二是",
    "三是",
    "比如",
    "例如",
    "其中",
    "另外",
    "同时",
    "总之",
    "目前",
    "据悉",
    "据报道",
    "会后有记者问及",
];

/// A short name-like label: 2 to 4 Han characters (or a name with ·), not a word of
/// [`NOT_NAMES`].
fn name_like(head: &str) -> bool {
    let n = head.chars().count();
    (2..=6).contains(&n)
        && head.chars().all(|c| crate::repair::is_han(c) || c == '·')
        && !NOT_NAMES.contains(&head)
        && !head.ends_with("记者")
        && !head.ends_with('是')
}

/// The names that label the line right after a question somewhere: the spokespeople, each
/// (in simplified characters, as printed).
fn names_after_questions(lines: &[Line<'_>]) -> Vec<(String, String)> {
    let mut names: Vec<(String, String)> = Vec::new();
    let mut after_question = false;
    for l in lines {
        let head = l.label(24).map(|(h, _)| h);
        if let Some(h) = head.filter(|h| after_question && name_like(h)) {
            if !names.iter().any(|(n, _)| n == h) {
                names.push((h.to_string(), l.printed(h).to_string()));
            }
        }
        let label = head.map(str::to_string);
        after_question =
            label.as_deref().is_some_and(|h| h == "问" || is_reporter(h) || is_follow_up(h));
    }
    names
}

/// `会后有记者问及：` (also with a comma, or 会后，有记者问): the written questions begin.
fn post_briefing(folded: &str) -> Option<usize> {
    let rest = folded.strip_prefix("会后")?;
    let rest = rest.trim_start_matches(['，', ',']);
    let asked = ["有记者问及", "有记者问", "有媒体问及", "记者问及"];
    let tail = asked.iter().find_map(|a| rest.strip_prefix(a))?;
    let tail = tail.strip_prefix(['：', ':'])?;
    Some(folded.chars().count() - tail.chars().count())
}

/// A numbered written question: `一、…` (only after 会后有记者问及).
fn numbered(folded: &str) -> Option<usize> {
    let (num, _) = folded.split_once('、')?;
    (crate::numerals::parse_small(num).is_some()).then(|| num.chars().count() + 1)
}

/// Reads the body of a Foreign Ministry transcript.
pub fn read(lines: &[Line<'_>]) -> Result<Briefing, ParseError> {
    let head = lines.first().and_then(|l| headline(&l.folded));
    let body = if head.is_some() { &lines[1..] } else { lines };
    let mut names = names_after_questions(body);
    if let (Some(h), Some(l)) = (&head, lines.first()) {
        names.retain(|(n, _)| n != h.spokesperson);
        names.insert(0, (h.spokesperson.to_string(), l.printed(h.spokesperson).to_string()));
    }
    let spokesperson = names.first().map_or(SPOKESPERSON.to_string(), |(_, p)| p.clone());
    let mut sections = Sections::new(&spokesperson, OPENING);
    let mut post = false;
    let mut after_question = false;
    for l in body {
        let label = l.label(24);
        let say = if let Some(n) = post_briefing(&l.folded) {
            post = true;
            let text = l.after(n);
            if text.is_empty() {
                after_question = false;
                continue;
            }
            Say::Question { outlet: None, text }
        } else if let Some(n) = numbered(&l.folded).filter(|_| post) {
            Say::Question { outlet: None, text: l.after(n) }
        } else {
            match label {
                Some(("问", n)) => Say::Question { outlet: None, text: l.after(n) },
                Some((h, n)) if is_follow_up(h) => Say::FollowUp { text: l.after(n) },
                Some((h, n)) if is_reporter(h) => Say::Question {
                    outlet: Some(h.trim_end_matches("记者").to_string()),
                    text: l.after(n),
                },
                Some(("答", n)) => Say::Answer { speaker: &spokesperson, text: l.after(n) },
                Some((h, n)) if names.iter().any(|(x, _)| x == h) => {
                    // the name as printed (traditional script keeps its own characters)
                    let speaker = names.iter().find(|(x, _)| x == h).map_or(h, |(_, p)| p.as_str());
                    Say::Answer { speaker, text: l.after(n) }
                }
                _ if post && after_question => Say::Answer { speaker: &spokesperson, text: l.text },
                _ => Say::Text(l.text),
            }
        };
        after_question = matches!(say, Say::Question { .. } | Say::FollowUp { .. });
        sections.say(l.number, say);
    }
    if !sections.has_question() {
        let line = body.last().map_or(1, |l| l.number);
        return Err(ParseError { line, kind: ErrorKind::NoQuestions });
    }
    let topics = sections.finish();
    let mut speakers: Vec<Speaker> = Vec::new();
    for a in topics.iter().flat_map(|t| t.qas.iter()).flat_map(|q| q.answers.iter()) {
        if !speakers.iter().any(|s| s.name == a.speaker) {
            speakers.push(Speaker { name: a.speaker.clone(), title: TITLE.to_string() });
        }
    }
    let (headline_text, event) = match (&head, lines.first()) {
        (Some(h), Some(l)) => (
            l.text.to_string(),
            Event {
                date: Some(format!("{:04}-{:02}-{:02}", h.year, h.month, h.day)),
                date_text: Some(format!("{}年{}月{}日", h.year, h.month, h.day)),
                year_basis: None,
                host: Some(HOST.to_string()),
                kind: Some(h.kind.clone()),
            },
        ),
        _ => (
            format!("{TITLE}{KIND}"),
            Event {
                date: None,
                date_text: None,
                year_basis: Some(
                    "the text has no headline, so no date: figures' years are as printed".into(),
                ),
                host: Some(HOST.to_string()),
                kind: Some(KIND.to_string()),
            },
        ),
    };
    let note_line = lines.first().map_or(1, |l| l.number);
    Ok(Briefing {
        headline: headline_text,
        byline: None,
        note: Paragraph { line: note_line, text: String::new(), repairs: vec![], figures: vec![] },
        event,
        speakers,
        topics,
        format: Format::Mfa,
        traditional: false,
        set_aside: vec![],
    })
}
