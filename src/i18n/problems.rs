//! What can be wrong with a transcript the reader imports, in both languages: one message for
//! each kind of the core's `ParseError` (`briefing::error::ErrorKind`), each a named key of its
//! own, so a message cannot be matched to the wrong kind by its position in a list. The English
//! says what the core's own `Display` says.

use super::{fill, fill2, Strings};

table! {
    /// The parser's problems in one language (`Strings::problems`).
    pub struct Problems { zh: ZH, en: EN }
    pub(super) not_utf8 =
        "文件不是 UTF-8 编码（第 {} 字节无效）；请另存为 UTF-8 后再试",
        "the file is not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and try again";
    pub(super) empty = "内容为空", "the transcript is empty";
    pub(super) missing_note =
        "第一个“热点”标题之前应有编者按（以“编者按”开头的一段）",
        "expected an editor's note (a paragraph starting with 编者按) before the first 热点 \
         heading";
    pub(super) missing_headline =
        "第一个“热点”标题之前应有标题行",
        "expected a headline line before the first 热点 heading";
    pub(super) missing_topics =
        "应至少有一个“热点一:标题”这样的标题，但一个也没有找到",
        "expected at least one topic heading such as 热点一:标题, found none";
    pub(super) heading_out_of_order =
        "这里应是“热点{}”，却是“热点{}”",
        "expected heading 热点{}, found 热点{}";
    pub(super) empty_heading =
        "这个“热点”标题的冒号后缺少标题",
        "expected a title after the colon of this 热点 heading";
    pub(super) turn_before_topic =
        "第一段发言“{}:”之前应有“热点”标题",
        "expected a 热点 heading before the first turn, found {}:";
    pub(super) text_before_question =
        "“热点”标题之后应是记者提问（记者:），却是一段普通文字",
        "expected a reporter question (记者:) after the topic heading, found plain text";
    pub(super) answer_before_question =
        "本热点中 {} 的回答出现在任何记者提问之前",
        "found an answer by {} before any reporter question (记者:) in this topic";
    pub(super) unanswered_question =
        "这个记者提问之后没有回答（姓名:）",
        "expected an answer (NAME:) after this reporter question, found none";
    pub(super) topic_without_questions =
        "热点{}中没有记者提问（记者:）",
        "expected a reporter question (记者:) in 热点{}, found none";
    pub(super) empty_turn = "“{}:”之后没有内容", "expected text after {}:, found nothing";
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
        };
        fill2(self.import_error, e.line, problem)
    }
}

#[cfg(test)]
mod tests {
    use briefing::error::ErrorKind::{self, *};
    use briefing::ParseError;

    use super::super::{EN, ZH};

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
