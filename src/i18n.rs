//! Interface strings. The briefing text itself is never translated; these are the words around
//! it. One table per language; Chinese is the default.

pub struct Strings {
    pub skip_to_content: &'static str,
    pub topics_nav: &'static str,
    pub spokespeople: &'static str,
    pub reporter_label: &'static str,
    pub question: &'static str,
    pub answer: &'static str,
    pub topic_prefix: &'static str,
    pub qa_count: &'static str,
    pub repairs_heading: &'static str,
    pub repairs_intro: &'static str,
    pub repair_original: &'static str,
    pub repair_line: &'static str,
    pub page_break_mark: &'static str,
    pub download_json: &'static str,
    pub source_note: &'static str,
    pub data_error: &'static str,
}

pub const ZH: Strings = Strings {
    skip_to_content: "跳到正文",
    topics_nav: "热点目录",
    spokespeople: "发布人",
    reporter_label: "记者",
    question: "提问",
    answer: "回答",
    topic_prefix: "热点",
    qa_count: "问",
    repairs_heading: "文本修正",
    repairs_intro: "原文在排版中有几处损坏。本页显示修正后的文字，并在每处修正旁标注原文：",
    repair_original: "原文",
    repair_line: "原文第{}行",
    page_break_mark: "⏎",
    download_json: "下载结构化数据（briefing.json）",
    source_note: "文本依据原报道整理，未作删改；修正之处均已标出。",
    data_error: "内置的发布会数据无法读取",
};

/// `template` with its `{}` replaced by `value`.
pub fn fill(template: &str, value: impl std::fmt::Display) -> String {
    template.replacen("{}", &value.to_string(), 1)
}
