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
    pub highlight_figures: &'static str,
    pub legend: &'static str,
    pub figures_heading: &'static str,
    pub figures_intro: &'static str,
    pub figures_count: &'static str,
    pub col_figure: &'static str,
    pub col_meaning: &'static str,
    pub col_topic: &'static str,
    pub col_speaker: &'static str,
    pub col_kind: &'static str,
    pub filter_kind: &'static str,
    pub filter_unit: &'static str,
    pub all: &'static str,
    pub note_label: &'static str,
    pub key_figures: &'static str,
    pub pop_value: &'static str,
    pub pop_unit: &'static str,
    pub pop_qualifier: &'static str,
    pub pop_kind: &'static str,
    pub pop_source: &'static str,
    pub pop_range: &'static str,
    pub no_rows: &'static str,
    pub sort_by: &'static str,
    pub chart_caption: &'static str,
    pub log_scale: &'static str,
    pub reading_order: &'static str,
    pub filters: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub hits_summary: &'static str,
    pub qa_summary: &'static str,
    pub hit_position: &'static str,
    pub prev_hit: &'static str,
    pub next_hit: &'static str,
    pub topics_group: &'static str,
    pub speakers_group: &'static str,
    pub figures_only: &'static str,
    pub clear_filters: &'static str,
    pub no_results: &'static str,
    pub notice_bad_encoding: &'static str,
    pub notice_unknown_topic: &'static str,
    pub notice_unknown_speaker: &'static str,
    pub notice_long_query: &'static str,
    pub dismiss: &'static str,
    pub all_qas: &'static str,
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
    highlight_figures: "突出显示数字",
    legend: "图例",
    figures_heading: "数字一览",
    figures_intro: "发布会中出现的全部数字。点选一个数字，即可跳到它在正文中的位置。",
    figures_count: "显示 {} 个数字",
    col_figure: "数字",
    col_meaning: "含义（英文）",
    col_topic: "热点",
    col_speaker: "发言人",
    col_kind: "类型",
    filter_kind: "类型",
    filter_unit: "单位",
    all: "全部",
    note_label: "编者按",
    key_figures: "要点数字",
    pop_value: "数值",
    pop_unit: "单位",
    pop_qualifier: "限定",
    pop_kind: "类型",
    pop_source: "出处",
    pop_range: "区间",
    no_rows: "没有符合条件的数字。",
    sort_by: "按此列排序",
    chart_caption: "数字对比",
    log_scale: "对数刻度",
    reading_order: "原文顺序",
    filters: "筛选",
    search_label: "全文搜索",
    search_placeholder: "搜索原文，如：芯片　5G　中小企业",
    hits_summary: "{} 处匹配，分布在 {} 个热点",
    qa_summary: "显示 {} 个问答，分布在 {} 个热点",
    hit_position: "第 {} / {} 处",
    prev_hit: "上一处（Shift+Enter）",
    next_hit: "下一处（Enter）",
    topics_group: "按热点",
    speakers_group: "按发言人",
    figures_only: "只看含统计或目标数字的回答",
    clear_filters: "清除筛选",
    no_results: "没有符合条件的问答。",
    notice_bad_encoding: "链接中的搜索词编码有误，已尽量按原样显示。",
    notice_unknown_topic: "链接中的热点“{}”不存在，已忽略。",
    notice_unknown_speaker: "链接中的发言人“{}”不存在，已忽略。",
    notice_long_query: "链接中的搜索词过长，只保留了前 200 个字。",
    dismiss: "知道了",
    all_qas: "全部 {} 个问答",
};

use briefing::figures::{FigureKind, Qualifier, Unit};

pub fn kind_label(k: FigureKind) -> &'static str {
    match k {
        FigureKind::Statistic => "统计",
        FigureKind::Target => "目标",
        FigureKind::Date => "日期",
    }
}

pub fn unit_label(u: Unit) -> &'static str {
    match u {
        Unit::Percent => "百分比",
        Unit::PercentagePoint => "百分点",
        Unit::Yuan => "金额（元）",
        Unit::Count => "数量",
        Unit::Years => "年数",
        Unit::Months => "月数",
        Unit::Days => "天数",
        Unit::Date => "日期",
    }
}

pub fn qualifier_label(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Over => "超过",
        Qualifier::MoreThan => "多于（……多）",
        Qualifier::About => "约、近",
        Qualifier::AtMost => "不超过",
        Qualifier::AtLeast => "不少于",
        Qualifier::EndOf => "……底",
    }
}

/// `template` with its `{}` replaced by `value`.
pub fn fill(template: &str, value: impl std::fmt::Display) -> String {
    template.replacen("{}", &value.to_string(), 1)
}

/// `template` with its two `{}` replaced by `a` and `b`.
pub fn fill2(template: &str, a: impl std::fmt::Display, b: impl std::fmt::Display) -> String {
    fill(&fill(template, a), b)
}
