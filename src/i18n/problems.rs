//! What can be wrong with a transcript the reader imports, in both languages: one message for
//! each kind of the core's `ParseError` (`briefing::error::ErrorKind`), each a named key of its
//! own, so a message cannot be matched to the wrong kind by its position in a list. The English
//! says what the core's own `Display` says.

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
    pub(super) unknown_format =
        "应是带“热点”标题的报道，或外交部（问：/答：）、国新办（主持人：）的实录",
        "expected a write-up with 热点 headings, or a Foreign Ministry (问：/答：) or SCIO \
         (主持人：) transcript";
    pub(super) no_questions =
        "应有记者提问（问： 或 某某记者：），但没有找到",
        "expected a reporter question (问： or …记者：), found none";
    pub(super) missing_intro =
        "应有开头一段“国务院新闻办公室于……举行……”，但没有找到",
        "expected the intro 国务院新闻办公室于…举行…, found none";
}
