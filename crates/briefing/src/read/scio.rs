//! A State Council Information Office press conference, 图文实录, as its page gives it:
//!
//! ```text
//! 国务院新闻办就…举行新闻发布会                        (the page title: the headline)
//! 2026-01-20 10:00:00  来源：中国网                     (date and source: set aside)
//! 【字体：大 中 小】 打印 分享到                          (page chrome: set aside)
//! 国务院新闻办公室于2026年1月20日上午10时举行新闻发布会，请…介绍…，并答记者问。   (the intro)
//! 图为新闻发布会现场。中国网 某某 摄                     (a photo caption: set aside)
//! 主持人 某某：                                         (the host; the speech on the next lines)
//! 工业和信息化部副部长 某某：…                           (a speaker by title, inline or alone)
//! 新华社记者：…                                         (a question opens a section)
//! 2026-01-20 10:25:13                                   (a timestamp: set aside)
//! 责任编辑：某某                                        (set aside)
//! ```

use crate::error::{ErrorKind, ParseError};
use crate::fold::Folded;
use crate::model::{Briefing, Event, Format, Paragraph, SetAside, SetAsideKind, Speaker};
use crate::read::lines::{is_label_char, Line};
use crate::read::sections::{Say, Sections};

/// The title of the section before the first question.
pub const OPENING: &str = "开场介绍";
/// The host's label.
pub const HOST_LABEL: &str = "主持人";

/// What a page line that is not speech is, if it is one.
pub fn chrome(folded: &str) -> Option<SetAsideKind> {
    let starts_with_date = folded.len() >= 10
        && folded.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && folded.as_bytes()[4] == b'-';
    if starts_with_date && folded.contains("来源") {
        return Some(SetAsideKind::Credit);
    }
    if starts_with_date && folded.chars().all(|c| c.is_ascii_digit() || " -:　".contains(c)) {
        return Some(SetAsideKind::Timestamp);
    }
    let bare = folded.trim_start_matches(['[', '【', '（', '(']);
    if ["来源：", "来源:", "责任编辑", "编辑：", "作者："].iter().any(|p| bare.starts_with(p))
    {
        return Some(SetAsideKind::Credit);
    }
    if folded.contains("字体：") || folded.contains("字体:") || folded.contains("字号：") {
        return Some(SetAsideKind::PageChrome);
    }
    const CONTROLS: [&str; 9] =
        ["打印", "分享到", "分享", "关闭窗口", "关闭", "收藏", "纠错", "返回顶部", "微信"];
    let mut rest = folded.to_string();
    for c in CONTROLS {
        rest = rest.replace(c, "");
    }
    let only_controls =
        rest.chars().all(|c| " 　[]【】|｜：:/".contains(c)) && rest.len() < folded.len();
    if only_controls {
        return Some(SetAsideKind::PageChrome);
    }
    let tail: String = folded.chars().rev().take(12).collect();
    if folded.starts_with("图为") && (tail.contains('摄') || tail.contains("供图")) {
        return Some(SetAsideKind::Caption);
    }
    None
}

/// The intro: 国务院新闻办公室于…举行新闻发布会，请…介绍…，并答记者问。
pub fn is_intro(folded: &str) -> bool {
    // (the page title, 国务院新闻办就…举行发布会, names the event too, but asks no one to speak)
    folded.starts_with("国务院新闻办")
        && folded.contains("举行")
        && (folded.contains("发布会") || folded.contains("吹风会"))
        && (folded.contains("答记者问") || folded.contains("，请"))
}

/// Does the text look like an SCIO transcript? The intro, or the host's label.
pub fn looks_like(lines: &[Line<'_>]) -> bool {
    lines.iter().take(12).any(|l| is_intro(&l.folded))
        || lines.iter().any(|l| l.label(30).is_some_and(|(h, _)| h.starts_with(HOST_LABEL)))
}

/// A speaker's label: (title, name) from `工业和信息化部副部长 某某` (the title may be empty:
/// `主持人某某` gives 主持人).
fn titled(head: &str) -> Option<(&str, &str)> {
    if let Some(rest) = head.strip_prefix(HOST_LABEL) {
        let name = rest.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        return Some((HOST_LABEL, name));
    }
    let at = head.rfind([' ', '\u{3000}'])?;
    let (title, name) = (head[..at].trim(), head[at..].trim());
    let n = name.chars().count();
    let ok = (2..=8).contains(&n)
        && name.chars().all(|c| crate::repair::is_han(c) || c == '·')
        && title.chars().count() >= 2
        && title.chars().all(is_label_char);
    ok.then_some((title, name))
}

/// Reads an SCIO transcript.
pub fn read(lines: &[Line<'_>]) -> Result<Briefing, ParseError> {
    let mut set_aside = Vec::new();
    let mut headline: Option<String> = None;
    let mut intro: Option<Paragraph> = None;
    // (name as printed, name folded, title as printed)
    let mut people: Vec<(String, String, String)> = Vec::new();
    let mut sections = Sections::new(HOST_LABEL, OPENING);
    for l in lines {
        if let Some(kind) = chrome(&l.folded) {
            set_aside.push(SetAside { line: l.number, text: l.text.to_string(), kind });
            continue;
        }
        if intro.is_none() && is_intro(&l.folded) {
            intro = Some(Paragraph {
                line: l.number,
                text: l.text.to_string(),
                repairs: vec![],
                figures: vec![],
            });
            continue;
        }
        let label = l.label(30);
        let say = match label {
            Some((h, n))
                if h.ends_with("记者")
                    && h.chars().count() <= 20
                    && h.chars().all(is_label_char) =>
            {
                let outlet = h.trim_end_matches("记者");
                let outlet = (!outlet.is_empty()).then(|| l.printed(outlet).to_string());
                Say::Question { outlet, text: l.after(n) }
            }
            Some((h, n)) if titled(h).is_some() => {
                let (title, name) = titled(h).unwrap_or((h, h));
                // (主持人 is the label itself, not a slice of the line)
                let title = if title == HOST_LABEL {
                    HOST_LABEL.to_string()
                } else {
                    l.printed(title).to_string()
                };
                let name = l.printed(name).to_string();
                let name = if name.is_empty() { title.clone() } else { name };
                let folded = crate::script::simplified(&name);
                if !people.iter().any(|(_, f, _)| *f == folded) {
                    people.push((name.clone(), folded, title));
                }
                let speaker =
                    people.iter().find(|(n, _, _)| *n == name).map_or("", |(n, _, _)| n.as_str());
                sections.say(l.number, Say::Answer { speaker, text: l.after(n) });
                continue;
            }
            Some((h, n)) if people.iter().any(|(_, f, _)| f == h) => {
                let speaker =
                    people.iter().find(|(_, f, _)| f == h).map_or("", |(p, _, _)| p.as_str());
                sections.say(l.number, Say::Answer { speaker, text: l.after(n) });
                continue;
            }
            _ if headline.is_none() && intro.is_none() && !sections.has_question() => {
                headline = Some(l.text.to_string());
                continue;
            }
            _ => Say::Text(l.text),
        };
        sections.say(l.number, say);
    }
    let Some(intro) = intro else {
        let line = lines.first().map_or(1, |l| l.number);
        return Err(ParseError { line, kind: ErrorKind::MissingIntro });
    };
    if !sections.has_question() {
        let line = lines.last().map_or(1, |l| l.number);
        return Err(ParseError { line, kind: ErrorKind::NoQuestions });
    }
    let topics = sections.finish();
    let folded_intro = crate::script::simplified(&intro.text);
    let mut speakers: Vec<Speaker> = Vec::new();
    for a in topics.iter().flat_map(|t| t.qas.iter()).flat_map(|q| q.answers.iter()) {
        if speakers.iter().any(|s| s.name == a.speaker) {
            continue;
        }
        let title = people
            .iter()
            .find(|(n, _, _)| *n == a.speaker)
            .map_or(String::new(), |(_, _, t)| t.clone());
        // the host's title as the intro gives it (…新闻发言人某某主持), else 主持人
        let title = if title == HOST_LABEL {
            let t = crate::parse::title_in_note(
                &intro.text,
                &a.speaker,
                Folded(crate::script::to_simplified),
            );
            if t.is_empty() {
                title
            } else {
                t
            }
        } else {
            title
        };
        speakers.push(Speaker { name: a.speaker.clone(), title });
    }
    Ok(Briefing {
        headline: headline.unwrap_or_else(|| first_clause(&intro.text)),
        byline: None,
        event: event(&intro.text, &folded_intro),
        note: intro,
        speakers,
        topics,
        format: Format::Scio,
        traditional: false,
        set_aside,
    })
}

fn first_clause(text: &str) -> String {
    text.split(['，', '。']).next().unwrap_or(text).to_string()
}

/// Date, host and kind from the intro (国务院新闻办公室于2026年1月20日上午10时举行新闻发布会，…).
fn event(intro: &str, folded: &str) -> Event {
    let date = crate::parse::find_date(intro);
    let (date, date_text, year_basis) = match date {
        Some((Some(y), m, d, text)) => (Some(format!("{y:04}-{m:02}-{d:02}")), Some(text), None),
        Some((None, _, _, text)) => {
            (None, Some(text), Some("the intro gives no year; none assumed".to_string()))
        }
        None => (None, None, None),
    };
    let chars: Vec<char> = intro.chars().collect();
    let fchars: Vec<char> = folded.chars().collect();
    let find = |pat: &str| -> Option<usize> {
        let p: Vec<char> = pat.chars().collect();
        fchars.windows(p.len()).position(|w| w == p.as_slice())
    };
    let host_end = find("于").or_else(|| find("举行"));
    let host = host_end.map(|e| chars[..e].iter().collect::<String>()).filter(|h| !h.is_empty());
    let kind = find("举行").map(|at| {
        let start = at + 2;
        let end =
            (start..chars.len()).find(|&i| "，,。；".contains(fchars[i])).unwrap_or(chars.len());
        chars[start..end].iter().collect::<String>()
    });
    Event { date, date_text, year_basis, host, kind: kind.filter(|k| !k.is_empty()) }
}
