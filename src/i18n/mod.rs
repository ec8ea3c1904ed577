//! Interface strings. The briefing text itself is never translated; these are the words around
//! it. Each key is declared once, with its Chinese and its English, in one list (`strings.rs`;
//! the parser's problems in `problems.rs`), which `table!` turns into a struct and its two
//! instances, `ZH` and `EN`: a key cannot be missing from one language, and the two take the
//! same number of `{}` placeholders. Chinese is the default, English is a toggle remembered in
//! localStorage (`lang.rs`). `table.rs` is the tables' form; this file has the words built from
//! the tables.

use briefing::figures::{FigureKind, Qualifier, Unit};
use yew::prelude::*;

use crate::storage;

#[macro_use]
mod table;
mod lang;
mod problems;
mod strings;

pub use self::lang::Lang;
pub use self::strings::{Parts, Strings, EN, ZH};

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

impl Strings {
    /// What is wrong with a transcript, and where.
    pub fn parse_error(&self, e: &briefing::ParseError) -> String {
        use briefing::error::ErrorKind::*;
        use briefing::numerals::to_chinese;
        let p = &self.problems;
        let problem = match &e.kind {
            NotUtf8 { byte } => fill(p.not_utf8, byte),
            Empty => p.empty.into(),
            MissingNote => p.missing_note.into(),
            MissingHeadline => p.missing_headline.into(),
            MissingTopics => p.missing_topics.into(),
            HeadingOutOfOrder { expected, found } => {
                fill2(p.heading_out_of_order, to_chinese(*expected), found)
            }
            EmptyHeading => p.empty_heading.into(),
            TurnBeforeTopic { speaker } => fill(p.turn_before_topic, speaker),
            TextBeforeQuestion => p.text_before_question.into(),
            AnswerBeforeQuestion { speaker } => fill(p.answer_before_question, speaker),
            UnansweredQuestion => p.unanswered_question.into(),
            TopicWithoutQuestions { topic } => fill(p.topic_without_questions, to_chinese(*topic)),
            EmptyTurn { speaker } => fill(p.empty_turn, speaker),
            UnknownFormat => p.unknown_format.into(),
            NoQuestions => p.no_questions.into(),
            MissingIntro => p.missing_intro.into(),
        };
        fill2(self.import_error, e.line, problem)
    }
}

/// The interface language and how to change it, provided by the app.
#[derive(Clone, PartialEq)]
pub struct LangContext {
    pub lang: Lang,
    pub set: Callback<Lang>,
}

/// The strings of the language the page is shown in.
#[hook]
pub fn use_strings() -> &'static Strings {
    use_context::<LangContext>().map(|c| c.lang).unwrap_or_default().strings()
}

/// The language the briefing's own text is in, for `lang` attributes on its elements.
pub const CONTENT_LANG: &str = "zh-CN";

impl Strings {
    /// The words for the parts of a briefing in this format.
    pub fn parts(&self, format: briefing::Format) -> &Parts {
        if format.is_write_up() {
            &self.topic_parts
        } else {
            &self.section_parts
        }
    }

    /// The `lang` attribute for the briefing's own words. The same in both languages, so a
    /// reader who chose English gets no change in the text's glyphs when the page is hydrated
    /// (`<html lang>` is English from the first paint, the briefing stays Chinese).
    pub fn content_lang(&self) -> Option<&'static str> {
        Some(CONTENT_LANG)
    }

    /// "热点一" or "Topic 1"; "" for a section of a transcript without topic headings (its
    /// title, taken from its question, is all it has).
    pub fn topic_tag(&self, topic: &briefing::Topic) -> String {
        if topic.numeral.is_empty() {
            return String::new();
        }
        match self.lang {
            Lang::Zh => format!("{}{}", self.topic_prefix, topic.numeral),
            Lang::En => format!("{}{}", self.topic_prefix, topic.number),
        }
    }

    /// A topic's tag and its (Chinese) title, each in its own language.
    pub fn topic_label(&self, topic: &briefing::Topic) -> Html {
        let tag = self.topic_tag(topic);
        let space = if tag.is_empty() { "" } else { " " };
        html! { <>{ tag }{ space }<span lang={self.content_lang()}>{ topic.title.clone() }</span></> }
    }

    /// The topic's tag, or its title when it has none (a section of a transcript).
    pub fn topic_short(&self, topic: &briefing::Topic) -> String {
        let tag = self.topic_tag(topic);
        if tag.is_empty() {
            topic.title.clone()
        } else {
            tag
        }
    }

    pub fn kind(&self, k: FigureKind) -> &'static str {
        self.kinds[match k {
            FigureKind::Statistic => 0,
            FigureKind::Target => 1,
            FigureKind::Date => 2,
        }]
    }

    pub fn unit(&self, u: Unit) -> &'static str {
        self.units[u.index()]
    }

    pub fn qualifier(&self, q: Qualifier) -> &'static str {
        self.qualifiers[match q {
            Qualifier::Over => 0,
            Qualifier::MoreThan => 1,
            Qualifier::About => 2,
            Qualifier::AtMost => 3,
            Qualifier::AtLeast => 4,
            Qualifier::EndOf => 5,
        }]
    }

    pub fn repair_kind(&self, k: briefing::RepairKind) -> &'static str {
        self.repair_kinds[k.index()]
    }

    pub fn set_aside_kind(&self, k: briefing::SetAsideKind) -> &'static str {
        self.set_aside_kinds[k.index()]
    }

    /// The instruction above a quiz question of this kind, on a briefing in this format.
    pub fn question_kind(
        &self,
        k: briefing::quiz::QuestionKind,
        format: briefing::Format,
    ) -> &'static str {
        use briefing::quiz::QuestionKind::*;
        match k {
            FigureChoice => self.quiz_kind_choice,
            FigureTyped => self.quiz_kind_typed,
            Attribution => self.quiz_kind_attribution,
            Topic => self.parts(format).quiz_kind,
            TrueFalse => self.quiz_kind_true_false,
            Term => self.quiz_kind_term,
            Year => self.quiz_kind_year,
        }
    }

    /// A true/false option in the interface language; None for options in the briefing's words.
    pub fn true_false(&self, q: &briefing::quiz::Question, i: usize) -> Option<&'static str> {
        match (q.kind, q.options.get(i).map(String::as_str)) {
            (briefing::quiz::QuestionKind::TrueFalse, Some("对")) => Some(self.answer_true),
            (briefing::quiz::QuestionKind::TrueFalse, Some("错")) => Some(self.answer_false),
            _ => None,
        }
    }
    /// What the library tells the reader at the top of the page, in this language: a link to a
    /// briefing the library does not hold, or a library that cannot be opened (`None`: the
    /// library's other notes are told in its panel).
    pub fn library_alert(&self, n: &crate::library::LibraryNote) -> Option<String> {
        use crate::library::LibraryNote;
        match n {
            LibraryNote::Missing(fp) => Some(fill(self.library_missing, fp)),
            LibraryNote::CodeUnavailable => Some(self.library_code_unavailable.into()),
            _ => None,
        }
    }

    /// A note about the study record, in this language.
    pub fn note(&self, n: &storage::Note) -> String {
        use storage::{Note, Reason};
        let reason = |r: &Reason| match r {
            Reason::Corrupt => self.reason_corrupt.to_string(),
            Reason::Version(found, wanted) => fill2(self.reason_version, found, wanted),
            Reason::Unavailable => self.reason_unavailable.to_string(),
        };
        match n {
            Note::StorageOff => self.storage_off.into(),
            Note::Unreadable { reason: r, kept_as } => {
                let mut s = fill(self.progress_unreadable, reason(r));
                if let Some(key) = kept_as {
                    s.push_str(&fill(self.progress_kept_as, key));
                }
                s
            }
            Note::CannotRead => self.progress_cannot_read.into(),
            Note::EarlierKept => self.progress_earlier_kept.into(),
            Note::SaveFailed => self.progress_save_failed.into(),
            Note::CannotClear => self.progress_cannot_clear.into(),
            Note::Imported(n) => fill(self.progress_imported, n),
            Note::FromLink(n) => fill(self.link_merged, n),
            Note::LinkFailed => self.link_failed.into(),
            Note::LinkUnavailable => self.link_unavailable.into(),
            Note::ImportFailed(r) => fill(self.progress_import_failed, reason(r)),
            Note::Cleared => self.progress_cleared.into(),
        }
    }
}

/// Words of the briefing a reader might search for, shown in the empty search box.
pub const SEARCH_EXAMPLES: &str = "芯片　5G　中小企业";

/// Interface text of the page's first view, in both languages: the stylesheet shows the one
/// `<html data-ui>` names (`.ui-zh`, `.ui-en`). The server renders both, so a reader who chose
/// English reads English from the first paint, before the app has started, and the first
/// render is the same whatever the reader chose. `pick` gets each table in turn.
pub fn both<H: Into<Html>>(pick: impl Fn(&'static Strings) -> H) -> Html {
    pair(pick(&ZH).into(), pick(&EN).into())
}

/// (`both` without its type parameters: the markup is built by one function, not by a copy at
/// every call site)
#[inline(never)]
fn pair(zh: Html, en: Html) -> Html {
    html! { <><span class="ui-zh">{ zh }</span><span class="ui-en">{ en }</span></> }
}

/// `template` with its `{}` replaced by `content`, which keeps its own language markup.
pub fn fill_html(template: &str, content: Html) -> Html {
    let (before, after) = template.split_once("{}").unwrap_or((template, ""));
    html! { <>{ before }{ content }{ after }</> }
}

/// Words of the briefing inside interface text, marked as Chinese.
pub fn content(text: impl Into<AttrValue>) -> Html {
    html! { <span lang={CONTENT_LANG}>{ text.into() }</span> }
}

/// A share of 1 as a whole percentage (0–100).
pub fn percent(x: f64) -> u32 {
    (x * 100.0).round().clamp(0.0, 100.0) as u32
}

/// `template` with its `{}` replaced by `value`.
///
/// A count's noun in English says which ending it takes, `(s)` or `(es)`: "{} match(es)" is
/// "1 match" and "2 matches". The ending belongs to the value before it (the first ending after
/// this `{}` and before the next one).
pub fn fill(template: &str, value: impl std::fmt::Display) -> String {
    fill_text(template, value.to_string())
}

/// `fill` once the value is written (one copy of the work, whatever the value's type).
fn fill_text(template: &str, value: String) -> String {
    let Some(at) = template.find("{}") else { return template.to_string() };
    let (head, tail) = (&template[..at], &template[at + 2..]);
    let scope = tail.find("{}").unwrap_or(tail.len());
    let mut own = tail[..scope].to_string();
    let ending = ["(s)", "(es)"].into_iter().filter_map(|e| own.find(e).map(|i| (i, e))).min();
    if let Some((i, e)) = ending {
        own.replace_range(i..i + e.len(), if value == "1" { "" } else { &e[1..e.len() - 1] });
    }
    format!("{head}{value}{own}{}", &tail[scope..])
}

/// `template` with its two `{}` replaced by `a` and `b`.
pub fn fill2(template: &str, a: impl std::fmt::Display, b: impl std::fmt::Display) -> String {
    fill(&fill(template, a), b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_han(s: &str) -> bool {
        s.chars().any(|c| ('\u{3400}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn both_tables_fill_every_key_with_the_same_placeholders() {
        let (zh, en) = (ZH.entries(), EN.entries());
        assert_eq!(zh.len(), en.len());
        for ((kz, vz), (ke, ve)) in zh.iter().zip(&en) {
            assert_eq!(kz, ke);
            assert!(!vz.is_empty() && !ve.is_empty(), "{kz} is empty in a table");
            assert_eq!(
                vz.matches("{}").count(),
                ve.matches("{}").count(),
                "{kz}: {vz:?} and {ve:?} take different values"
            );
        }
    }

    #[test]
    fn each_table_is_in_its_own_language() {
        // Chinese in the English table only where it is the point: the button back to 中文, the
        // Chinese forms a qualifier stands for, and the transcript's own words a parse problem
        // names (example search words are SEARCH_EXAMPLES)
        let zh_on_purpose = [
            "lang_switch",
            "lang_switch_title",
            "qualifiers",
            "problems.missing_note",
            "problems.missing_headline",
            "problems.missing_topics",
            "problems.heading_out_of_order",
            "problems.empty_heading",
            "problems.turn_before_topic",
            "problems.text_before_question",
            "problems.answer_before_question",
            "problems.topic_without_questions",
            // the labels of the formats the import reads, shown as they are printed
            "data_intro",
            "problems.unknown_format",
            "problems.no_questions",
            "problems.missing_intro",
        ];
        for (k, v) in EN.entries() {
            let on_purpose = zh_on_purpose.contains(&k.as_str());
            assert!(on_purpose || !has_han(v), "EN.{k} = {v:?} is not translated");
        }
        // and the Chinese table is Chinese, but for the way back to English and punctuation
        let not_words = [
            "repair_glyph",
            "lang_switch",
            "lang_switch_code",
            "lang_switch_title",
            "page_break_mark",
            "paren.0",
            "paren.1",
            "colon",
        ];
        for (k, v) in ZH.entries() {
            assert!(not_words.contains(&k.as_str()) || has_han(v), "ZH.{k} = {v:?} is not Chinese");
        }
    }

    #[test]
    fn english_counts_take_the_singular_for_one() {
        let topics = |n: usize| fill(EN.topic_parts.span, n);
        assert_eq!(fill2(EN.hits_summary, 1, topics(1)), "1 match in 1 topic");
        assert_eq!(fill2(EN.hits_summary, 6, topics(2)), "6 matches in 2 topics");
        assert_eq!(fill2(EN.hits_summary, 1, topics(3)), "1 match in 3 topics");
        assert_eq!(fill2(EN.qa_summary, 2, topics(1)), "Showing 2 Q&As in 1 topic");
        let sections = fill(EN.section_parts.span, 2);
        assert_eq!(fill2(EN.qa_summary, 1, sections), "Showing 1 Q&A in 2 sections");
        assert_eq!(
            fill2(ZH.qa_summary, 3, fill(ZH.section_parts.span, 2)),
            "显示 3 个问答，分布在 2 个部分"
        );
        assert_eq!(fill(EN.figures_count, 1), "Showing 1 figure");
        // Chinese has no such endings and is left as it is
        assert_eq!(fill2(ZH.hits_summary, 1, 1), ZH.hits_summary.replacen("{}", "1", 2));
        // every ending follows a value it can belong to
        for (k, v) in EN.entries() {
            for e in ["(s)", "(es)"] {
                if let Some(i) = v.find(e) {
                    assert!(v[..i].contains("{}"), "EN.{k} = {v:?}: {e} before any value");
                }
            }
        }
    }

    #[test]
    fn labels_differ_between_languages_and_within_a_list() {
        for t in [&ZH, &EN] {
            for list in [&t.kinds[..], &t.units[..], &t.qualifiers[..], &t.repair_kinds[..]] {
                let mut seen = std::collections::HashSet::new();
                assert!(list.iter().all(|s| seen.insert(*s)), "a label is used twice: {list:?}");
            }
        }
        assert_ne!(ZH.kind(FigureKind::Target), EN.kind(FigureKind::Target));
        assert_eq!(Lang::Zh.strings().lang, Lang::Zh);
        assert_eq!(Lang::En.strings().lang, Lang::En);
        assert_eq!(Lang::En.other(), Lang::Zh);
    }
}

#[cfg(test)]
mod parse_error_tests {
    use briefing::error::ErrorKind::{self, *};
    use briefing::ParseError;

    use super::{EN, ZH};

    const UNKNOWN_FORMAT_ZH: &str =
        "应是带“热点”标题的报道，或外交部（问：/答：）、国新办（主持人：）的实录";

    /// One error of each kind, and its message in Chinese, placeholders filled.
    fn every_kind() -> Vec<(ErrorKind, &'static str)> {
        let who = || "王某".to_string();
        vec![
            (
                NotUtf8 { byte: 4711 },
                "文件不是 UTF-8 编码（第 4711 字节无效）；请另存为 UTF-8 后再试",
            ),
            (Empty, "内容为空"),
            (MissingNote, "第一个“热点”标题之前应有编者按（以“编者按”开头的一段）"),
            (MissingHeadline, "第一个“热点”标题之前应有标题行"),
            (MissingTopics, "应至少有一个“热点一:标题”这样的标题，但一个也没有找到"),
            (
                HeadingOutOfOrder { expected: 3, found: "五".into() },
                "这里应是“热点三”，却是“热点五”",
            ),
            (EmptyHeading, "这个“热点”标题的冒号后缺少标题"),
            (TurnBeforeTopic { speaker: who() }, "第一段发言“王某:”之前应有“热点”标题"),
            (TextBeforeQuestion, "“热点”标题之后应是记者提问（记者:），却是一段普通文字"),
            (AnswerBeforeQuestion { speaker: who() }, "本热点中 王某 的回答出现在任何记者提问之前"),
            (UnansweredQuestion, "这个记者提问之后没有回答（姓名:）"),
            (TopicWithoutQuestions { topic: 12 }, "热点十二中没有记者提问（记者:）"),
            (EmptyTurn { speaker: who() }, "“王某:”之后没有内容"),
            (UnknownFormat, UNKNOWN_FORMAT_ZH),
            (NoQuestions, "应有记者提问（问： 或 某某记者：），但没有找到"),
            (MissingIntro, "应有开头一段“国务院新闻办公室于……举行……”，但没有找到"),
        ]
    }

    #[test]
    fn each_parse_error_has_its_own_message_in_both_languages() {
        let kinds = every_kind();
        // one error of each kind, each with a message of its own (a kind added to the core
        // without a message of its own does not compile: `parse_error` matches every kind)
        assert_eq!(kinds.len(), ZH.problems.entries().len());
        assert_eq!(kinds.len(), EN.problems.entries().len());
        for (i, (kind, zh)) in kinds.into_iter().enumerate() {
            let e = ParseError { line: 40 + i, kind };
            assert_eq!(ZH.parse_error(&e), format!("第 {} 行：{zh}", e.line));
            // the English is the core's own description, filled the same way
            assert_eq!(EN.parse_error(&e), format!("Line {}: {}", e.line, e.kind));
        }
        let messages = |t: &super::Strings| -> std::collections::HashSet<String> {
            every_kind()
                .into_iter()
                .map(|(kind, _)| t.parse_error(&ParseError { line: 1, kind }))
                .collect()
        };
        assert_eq!(messages(&ZH).len(), every_kind().len());
        assert_eq!(messages(&EN).len(), every_kind().len());
    }
}
