//! The structured briefing: what the parser produces, what `data/briefing.json` holds and what
//! the app renders. Field order here is the key order of the JSON, so keep it stable.

use serde::{Deserialize, Serialize};

use crate::figures::Figure;

/// One press briefing as published: the write-up's front matter, the event it reports, the
/// spokespeople and the topics with their questions and answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Briefing {
    /// The write-up's headline, e.g. 工信部解读2020年工业通信业热点.
    pub headline: String,
    /// Who wrote it up, if the text names a reporter (本报记者 徐恒).
    pub byline: Option<Byline>,
    /// The editor's note (编者按) that introduces the event.
    pub note: Paragraph,
    /// What, when and who, as read from the editor's note.
    pub event: Event,
    /// The spokespeople, in the order the editor's note introduces them.
    pub speakers: Vec<Speaker>,
    /// The topics (热点一, 热点二 …) in order; for a transcript without topic headings, the
    /// opening statement and then each question (see `read`).
    pub topics: Vec<Topic>,
    /// The shape the text came in (absent from the JSON of a newspaper write-up).
    #[serde(default, skip_serializing_if = "Format::is_write_up")]
    pub format: Format,
    /// The text is in traditional characters (search folds them to simplified).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub traditional: bool,
    /// Lines of the page that are not speech (timestamps, photo captions, share and font-size
    /// lines, 来源, 责任编辑), set aside in reading order and listed for the reader.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<SetAside>,
}

/// The shapes a briefing comes in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// A newspaper write-up: 编者按, headline, 热点 headings (the built-in briefing).
    #[default]
    WriteUp,
    /// The Foreign Ministry's regular press conference (外交部发言人例行记者会).
    Mfa,
    /// A State Council Information Office press conference, 图文实录.
    Scio,
}

impl Format {
    pub fn is_write_up(&self) -> bool {
        *self == Format::WriteUp
    }
}

/// A line of the page kept out of the speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetAside {
    /// Source line (1-based).
    pub line: usize,
    /// The line as published (trimmed).
    pub text: String,
    pub kind: SetAsideKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SetAsideKind {
    /// `2021-01-26 10:05:12` between turns.
    Timestamp,
    /// `图为…。中国网 <name> 摄`.
    Caption,
    /// The page's own lines: 【字体：大 中 小】, 打印, 分享到, 关闭窗口.
    PageChrome,
    /// 来源, 责任编辑, the date-and-source line.
    Credit,
}

impl SetAsideKind {
    /// Its place in [`SET_ASIDE_NAMES_ZH`] and [`SET_ASIDE_NAMES_EN`].
    pub fn index(self) -> usize {
        match self {
            SetAsideKind::Timestamp => 0,
            SetAsideKind::Caption => 1,
            SetAsideKind::PageChrome => 2,
            SetAsideKind::Credit => 3,
        }
    }
}

/// What each kind of set-aside line is called, for readers.
pub const SET_ASIDE_NAMES_ZH: [&str; 4] = ["时间戳", "图片说明", "网页按钮", "来源与编辑"];
pub const SET_ASIDE_NAMES_EN: [&str; 4] =
    ["timestamp", "photo caption", "page control", "source and editor"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Byline {
    /// The line as printed, e.g. 本报记者 徐恒.
    pub text: String,
    /// The reporter's name alone, e.g. 徐恒.
    pub reporter: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// ISO date, e.g. 2021-01-26, when the text gives a month and day.
    pub date: Option<String>,
    /// The date as printed, e.g. 1月26日.
    pub date_text: Option<String>,
    /// How the year was found when the note does not print it (None when it does).
    pub year_basis: Option<String>,
    /// Who held it, e.g. 国务院新闻办公室.
    pub host: Option<String>,
    /// What was held, e.g. 新闻发布会.
    pub kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    /// The full title as the editor's note gives it (empty when the note does not name them).
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// 1-based position, equal to the heading's numeral.
    pub number: u32,
    /// The heading's numeral as printed, e.g. 三; empty for a section of a transcript without
    /// topic headings (its title is taken from its question).
    pub numeral: String,
    pub title: String,
    /// Source line of the heading (1-based).
    pub line: usize,
    pub qas: Vec<Qa>,
}

/// One reporter question and the answers given to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Qa {
    /// Stable id, `t{topic}-q{n}` with n counted within the topic from 1.
    pub id: String,
    pub question: Turn,
    pub answers: Vec<Turn>,
    /// Who asked, when the transcript names the outlet (新华社记者 → 新华社).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
}

/// One person's turn: a reporter's question or a spokesperson's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// The name before the colon: 记者 for questions, the spokesperson for answers.
    pub speaker: String,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Source line where the paragraph starts (1-based).
    pub line: usize,
    /// The repaired text. Every span in the data is a character offset into this.
    pub text: String,
    /// Where the text differs from the source, in order of position.
    pub repairs: Vec<Repair>,
    /// The figures in the text, in order of position; spans never overlap.
    pub figures: Vec<Figure>,
}

/// A place where the published text was damaged and the parser mended it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Repair {
    /// Character offsets `[start, end)` of the repaired words in `Paragraph::text`.
    pub start: usize,
    pub end: usize,
    /// The source text that these characters replace, exactly as published.
    pub original: String,
    pub kind: RepairKind,
    /// One sentence that says what was wrong, in English.
    pub reason: String,
    /// Source line of the damage (1-based).
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RepairKind {
    /// A word split across a page break: the two lines were joined.
    PageBreak,
    /// A stray English word inside Chinese text, replaced by its Chinese equivalent.
    StrayWord,
    /// A word printed twice in a row: one copy removed.
    DoubledWord,
    /// A character missing from a fixed name: restored.
    MissingCharacter,
}

impl Briefing {
    /// Every repair with the paragraph it belongs to, in reading order.
    pub fn repairs(&self) -> impl Iterator<Item = (&Paragraph, &Repair)> {
        self.paragraphs().flat_map(|p| p.repairs.iter().map(move |r| (p, r)))
    }

    /// Every paragraph in reading order: the note, then each question and its answers.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        std::iter::once(&self.note).chain(self.topics.iter().flat_map(|t| {
            t.qas.iter().flat_map(|qa| {
                std::iter::once(&qa.question)
                    .chain(qa.answers.iter())
                    .flat_map(|turn| turn.paragraphs.iter())
            })
        }))
    }

    /// Every paragraph in reading order, for changing (glosses, repairs).
    pub fn paragraphs_mut(&mut self) -> impl Iterator<Item = &mut Paragraph> {
        std::iter::once(&mut self.note).chain(self.topics.iter_mut().flat_map(|t| {
            t.qas.iter_mut().flat_map(|qa| {
                std::iter::once(&mut qa.question)
                    .chain(qa.answers.iter_mut())
                    .flat_map(|turn| turn.paragraphs.iter_mut())
            })
        }))
    }

    /// Every figure in reading order.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.paragraphs().flat_map(|p| p.figures.iter())
    }

    /// All question/answer pairs across topics, in order.
    pub fn qas(&self) -> impl Iterator<Item = &Qa> {
        self.topics.iter().flat_map(|t| t.qas.iter())
    }

    /// Each speaker's title without what all of them share: the organisation's name at the
    /// front and roles they all hold (新闻发言人). 田玉龙 → 党组成员、总工程师.
    pub fn short_title(&self, name: &str) -> String {
        let Some(me) = self.speaker(name) else { return String::new() };
        let others: Vec<&Speaker> = self.speakers.iter().filter(|s| !s.title.is_empty()).collect();
        if others.len() < 2 {
            return me.title.clone();
        }
        // the longest common prefix that ends where a name of an organisation ends (部, 局, 委, 院)
        let first: Vec<char> = others[0].title.chars().collect();
        let mut common = first.len();
        for s in &others[1..] {
            common = common.min(s.title.chars().zip(&first).take_while(|(a, b)| a == *b).count());
        }
        let prefix_len =
            (1..=common).rev().find(|&k| "部局委院厅办".contains(first[k - 1])).unwrap_or(0);
        let rest: String = me.title.chars().skip(prefix_len).collect();
        let shared =
            |part: &str| others.iter().all(|s| s.title.split('、').any(|p| p.ends_with(part)));
        let parts: Vec<&str> = rest.split('、').filter(|p| !p.is_empty() && !shared(p)).collect();
        if parts.is_empty() {
            rest
        } else {
            parts.join("、")
        }
    }

    /// The outlets that asked (`Qa::outlet`), each once, in order of their first question.
    pub fn outlets(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for o in self.qas().filter_map(|q| q.outlet.as_deref()) {
            if !out.contains(&o) {
                out.push(o);
            }
        }
        out
    }

    pub fn speaker(&self, name: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.name == name)
    }

    /// The briefing as pretty-printed JSON with the model's stable key order.
    pub fn to_json(&self) -> String {
        // Serialising these plain structs cannot fail (no maps with non-string keys, no
        // custom serialisers); fall back to an empty object rather than panic regardless.
        serde_json::to_string_pretty(self).unwrap_or_else(|_| String::from("{}"))
    }

    pub fn from_json(json: &str) -> Result<Briefing, serde_json::Error> {
        serde_json::from_str(json)
    }
}

impl Paragraph {
    /// The text cut into pieces at every figure, repair and search-hit boundary, for rendering:
    /// each piece says which figure, repair and hit (indices into `figures`, `repairs` and
    /// `hits`) it lies in. Out-of-range or overlapping spans (from a hand-edited file) are
    /// clipped, never a panic.
    pub fn pieces(&self, hits: &[(usize, usize)]) -> Vec<Piece<'_>> {
        let chars: Vec<(usize, char)> = self.text.char_indices().collect();
        let n = chars.len();
        let byte_at = |c: usize| chars.get(c).map_or(self.text.len(), |&(b, _)| b);
        let mut cuts = vec![0, n];
        for f in &self.figures {
            cuts.extend([f.start.min(n), f.end.min(n)]);
        }
        for r in &self.repairs {
            cuts.extend([r.start.min(n), r.end.min(n)]);
        }
        for &(s, e) in hits {
            cuts.extend([s.min(n), e.min(n)]);
        }
        crate::order::sort(&mut cuts);
        cuts.dedup();
        cuts.windows(2)
            .map(|w| {
                let (a, b) = (w[0], w[1]);
                let inside = |s: usize, e: usize| s <= a && b <= e;
                Piece {
                    text: &self.text[byte_at(a)..byte_at(b)],
                    figure: self.figures.iter().position(|f| inside(f.start, f.end)),
                    repair: self.repairs.iter().position(|r| inside(r.start, r.end)),
                    hit: hits.iter().position(|&(s, e)| inside(s, e)),
                }
            })
            .collect()
    }
}

/// Runs of pieces that share a key, as (key, start, end) index ranges.
pub fn runs<K: PartialEq + Copy>(
    pieces: &[Piece<'_>],
    key: impl Fn(&Piece<'_>) -> K,
) -> Vec<(K, usize, usize)> {
    let mut out: Vec<(K, usize, usize)> = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        match out.last_mut() {
            Some((k, _, end)) if *k == key(p) => *end = i + 1,
            _ => out.push((key(p), i, i + 1)),
        }
    }
    out
}

/// A run of a paragraph's text inside at most one figure and one repair.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub figure: Option<usize>,
    pub repair: Option<usize>,
    pub hit: Option<usize>,
}

impl Event {
    /// The date in Chinese, e.g. 2021年1月26日, or as printed when the year is unknown.
    pub fn date_zh(&self) -> Option<String> {
        let iso = self.date.as_deref();
        let parts: Option<Vec<u32>> =
            iso.map(|d| d.split('-').filter_map(|x| x.parse().ok()).collect());
        match parts.as_deref() {
            Some([y, m, d]) => Some(format!("{y}年{m}月{d}日")),
            _ => self.date_text.clone(),
        }
    }
}

impl RepairKind {
    /// Its place in [`REPAIR_KIND_NAMES_ZH`] and [`REPAIR_KIND_NAMES_EN`].
    pub fn index(self) -> usize {
        match self {
            RepairKind::PageBreak => 0,
            RepairKind::StrayWord => 1,
            RepairKind::DoubledWord => 2,
            RepairKind::MissingCharacter => 3,
        }
    }

    pub fn label_zh(self) -> &'static str {
        REPAIR_KIND_NAMES_ZH[self.index()]
    }
}

/// What each kind of repair is called, for readers: the app's interface and the static rendering.
pub const REPAIR_KIND_NAMES_ZH: [&str; 4] = ["分页断词", "误入英文", "重复字词", "漏字"];
pub const REPAIR_KIND_NAMES_EN: [&str; 4] =
    ["word split by a page break", "stray English word", "doubled word", "missing character"];

/// The published original of a repair as shown to readers: each page break (one or more line
/// breaks) as `page_break`.
pub fn shown_original(original: &str, page_break: &str) -> String {
    let mut out = String::new();
    let mut in_break = false;
    for c in original.chars() {
        if c == '\n' {
            if !in_break {
                out.push_str(page_break);
            }
            in_break = true;
        } else {
            in_break = false;
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repair(start: usize, end: usize) -> Repair {
        Repair {
            start,
            end,
            original: String::from("x"),
            kind: RepairKind::PageBreak,
            reason: String::new(),
            line: 1,
        }
    }

    #[test]
    fn pieces_cut_text_at_repairs_by_character() {
        let p = Paragraph {
            line: 1,
            text: "开展5G毫米波试验,工业设计".into(),
            repairs: vec![repair(5, 7), repair(11, 13)],
            figures: vec![],
        };
        let got: Vec<(bool, &str)> =
            p.pieces(&[]).into_iter().map(|x| (x.repair.is_some(), x.text)).collect();
        assert_eq!(
            got,
            [
                (false, "开展5G毫"),
                (true, "米波"),
                (false, "试验,工"),
                (true, "业设"),
                (false, "计")
            ]
        );
    }

    #[test]
    fn pieces_survive_spans_out_of_range() {
        // a hand-edited or imported JSON with bad spans must not panic the renderer
        let p = Paragraph {
            line: 1,
            text: "短文".into(),
            repairs: vec![repair(1, 9), repair(0, 1)],
            figures: vec![],
        };
        let joined: String = p.pieces(&[(0, 40)]).into_iter().map(|x| x.text).collect();
        assert_eq!(joined, "短文");
    }
}
