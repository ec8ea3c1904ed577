//! Interface strings. The briefing text itself is never translated; these are the words around
//! it. One table per language (a struct, so the compiler refuses a table with a missing or
//! extra key); Chinese is the default, English is a toggle remembered in localStorage.

use briefing::figures::{FigureKind, Qualifier, Unit, UNIT_NAMES_EN, UNIT_NAMES_ZH};
use briefing::{REPAIR_KIND_NAMES_EN, REPAIR_KIND_NAMES_ZH};
use yew::prelude::*;

use crate::storage;

/// The interface language.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

const LANG_KEY: &str = "briefing-explorer/lang";

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// The BCP 47 tag for `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The reader's remembered choice; anything unknown means the default.
    pub fn stored() -> Lang {
        match storage::setting(LANG_KEY).as_deref() {
            Some("en") => Lang::En,
            _ => Lang::Zh,
        }
    }

    /// Remembers the reader's choice for their next visit.
    pub fn remember(self) {
        storage::set_setting(LANG_KEY, (self == Lang::En).then_some("en"));
    }

    /// Puts the language on `<html lang>` (the briefing text keeps its own `lang`) and
    /// `<html data-ui>`, which picks the labels shown in both languages (`both`). index.html's
    /// script does the same before the first paint.
    pub fn show(self) {
        crate::html_root::set_attribute("lang", Some(self.code()));
        crate::html_root::set_attribute("data-ui", (self == Lang::En).then_some("en"));
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

pub struct Strings {
    pub lang: Lang,
    /// brackets around an aside: full-width in Chinese
    pub paren: (&'static str, &'static str),
    pub colon: &'static str,
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
    pub no_matches: &'static str,
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
    pub quiz_kind_choice: &'static str,
    pub quiz_kind_typed: &'static str,
    pub quiz_kind_attribution: &'static str,
    pub quiz_kind_topic: &'static str,
    pub quiz_kind_true_false: &'static str,
    pub quiz_kind_term: &'static str,
    pub quiz_kind_year: &'static str,
    pub quiz_practice: &'static str,
    pub quiz_exam: &'static str,
    pub quiz_progress: &'static str,
    pub quiz_time: &'static str,
    pub quiz_back: &'static str,
    /// sharing the page's link: the button in the filters and in a quiz, what it says once
    /// copied, and the label of the box with the link when it has to be copied by hand
    pub copy_link: &'static str,
    pub copy_quiz_link: &'static str,
    pub link_copied: &'static str,
    pub copy_manually: &'static str,
    pub quiz_type_answer: &'static str,
    pub quiz_right: &'static str,
    pub quiz_wrong: &'static str,
    pub quiz_correct_is: &'static str,
    pub quiz_see_source: &'static str,
    pub quiz_finish: &'static str,
    pub quiz_next: &'static str,
    pub quiz_confirm: &'static str,
    pub quiz_keys: &'static str,
    pub quiz_keys_typed: &'static str,
    pub quiz_unanswered: &'static str,
    pub quiz_score: &'static str,
    pub quiz_took: &'static str,
    pub quiz_right_col: &'static str,
    pub quiz_review: &'static str,
    pub quiz_your_answer: &'static str,
    pub quiz_retry: &'static str,
    pub quiz_again: &'static str,
    pub quiz_start: &'static str,
    pub quiz_heading: &'static str,
    /// the heading of the launcher folded to one row (a phone has room for a word or two)
    pub quiz_heading_short: &'static str,
    pub quiz_count: &'static str,
    pub quiz_mode: &'static str,
    pub quiz_scope_filter: &'static str,
    /// the button that unfolds the launcher's settings while the reader filters
    pub quiz_options: &'static str,
    /// the label of the question-type choice, and its four groups: figures (choice, typed,
    /// true/false), years, terms and titles, who said it and which topic
    pub quiz_focus: &'static str,
    pub quiz_focuses: [&'static str; 4],
    pub quiz_intro: &'static str,
    pub quiz_nothing_due: &'static str,
    pub theme_title: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub quiz_no_questions: &'static str,
    pub progress_heading: &'static str,
    pub progress_stats: &'static str,
    pub progress_due: &'static str,
    pub progress_empty: &'static str,
    pub progress_next: &'static str,
    pub minutes: &'static str,
    pub hours: &'static str,
    pub days: &'static str,
    pub progress_review: &'static str,
    pub progress_export: &'static str,
    pub progress_import: &'static str,
    pub progress_reset: &'static str,
    pub progress_reset_confirm: &'static str,
    pub progress_imported: &'static str,
    pub progress_import_failed: &'static str,
    pub progress_cleared: &'static str,
    pub storage_off: &'static str,
    pub progress_unreadable: &'static str,
    pub progress_kept_as: &'static str,
    pub progress_cannot_read: &'static str,
    pub progress_save_failed: &'static str,
    pub progress_cannot_clear: &'static str,
    pub study_exam: &'static str,
    pub study_exam_clear: &'static str,
    pub study_exam_days: &'static str,
    pub study_exam_today: &'static str,
    pub study_exam_past: &'static str,
    pub study_retention: &'static str,
    pub study_retention_hint: &'static str,
    pub forecast_studied: &'static str,
    pub forecast_whole: &'static str,
    pub forecast_hint: &'static str,
    pub forecast_none: &'static str,
    pub plan_summary_exam: &'static str,
    pub plan_summary: &'static str,
    pub stats_link: &'static str,
    // (a view whose code is on its way, or could not be fetched: the split build only)
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    pub part_loading: &'static str,
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    pub part_failed: &'static str,
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    pub part_retry: &'static str,
    pub stats_heading: &'static str,
    pub stats_empty: &'static str,
    pub heatmap_caption: &'static str,
    pub heatmap_summary: &'static str,
    pub heatmap_busiest: &'static str,
    pub heatmap_day: &'static str,
    pub heatmap_right: &'static str,
    pub heatmap_less: &'static str,
    pub heatmap_more: &'static str,
    pub months: &'static str,
    pub weekdays: &'static str,
    pub recall_caption: &'static str,
    pub recall_caption_now: &'static str,
    pub recall_now: &'static str,
    pub recall_exam: &'static str,
    pub recall_row: &'static str,
    pub recall_none: &'static str,
    pub accuracy_caption: &'static str,
    pub accuracy_week: &'static str,
    pub accuracy_value: &'static str,
    pub accuracy_none: &'static str,
    pub plan_caption: &'static str,
    pub plan_caption_exam: &'static str,
    pub plan_day: &'static str,
    pub chart_table: &'static str,
    pub date_col: &'static str,
    pub transfer_heading: &'static str,
    pub transfer_intro: &'static str,
    pub transfer_make: &'static str,
    pub transfer_qr: &'static str,
    pub transfer_too_big: &'static str,
    pub link_merged: &'static str,
    pub link_failed: &'static str,
    pub reason_corrupt: &'static str,
    pub reason_version: &'static str,
    pub lang_switch: &'static str,
    pub lang_switch_code: &'static str,
    pub lang_switch_title: &'static str,
    pub answer_true: &'static str,
    pub answer_false: &'static str,
    pub gloss_label: &'static str,
    pub close: &'static str,
    pub show_more_qas: &'static str,
    pub show_more_rows: &'static str,
    pub data_heading: &'static str,
    pub data_intro: &'static str,
    pub import_label: &'static str,
    pub import_file: &'static str,
    pub import_keep: &'static str,
    pub import_open: &'static str,
    pub import_error: &'static str,
    pub import_too_large: &'static str,
    pub import_empty_box: &'static str,
    pub import_done: &'static str,
    pub import_saved: &'static str,
    pub import_session: &'static str,
    pub import_not_saved: &'static str,
    pub import_stored_unreadable: &'static str,
    pub import_forgotten: &'static str,
    pub source_label: &'static str,
    pub source_builtin: &'static str,
    pub source_imported: &'static str,
    pub source_forget: &'static str,
    pub export_heading: &'static str,
    pub export_figures_csv: &'static str,
    pub export_figures_json: &'static str,
    pub export_briefing_json: &'static str,
    pub export_anki: &'static str,
    pub export_study_log: &'static str,
    pub export_worksheet: &'static str,
    pub export_failed: &'static str,
    pub worksheet_title: &'static str,
    pub worksheet_name: &'static str,
    pub worksheet_key: &'static str,
    pub worksheet_print: &'static str,
    pub worksheet_answer_line: &'static str,
    parse_problems: [&'static str; 13],
    pub quiz_fewer: &'static str,
    pub option_correct: &'static str,
    pub option_yours: &'static str,
    pub repair_glyph: &'static str,
    pub show_results: &'static str,
    kinds: [&'static str; 3],
    units: [&'static str; 8],
    qualifiers: [&'static str; 6],
    repair_kinds: [&'static str; 4],
}

pub const ZH: Strings = Strings {
    lang: Lang::Zh,
    paren: ("（", "）"),
    colon: "：",
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
    search_placeholder: "搜索原文，如：{}",
    hits_summary: "{} 处匹配，分布在 {} 个热点",
    no_matches: "没有找到“{}”",
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
    quiz_kind_choice: "选出正确的数字",
    quiz_kind_typed: "填写数字",
    quiz_kind_attribution: "这句话是谁说的？",
    quiz_kind_topic: "这段话属于哪个热点？",
    quiz_kind_true_false: "判断对错：这句话与原文一致吗？",
    quiz_kind_term: "选出填入空白处的提法或文件名称",
    quiz_kind_year: "选出正确的年份",
    quiz_practice: "练习",
    quiz_exam: "考试",
    quiz_progress: "第 {} / {} 题",
    quiz_time: "用时",
    quiz_back: "返回阅读",
    copy_link: "复制链接",
    copy_quiz_link: "复制本测验链接",
    link_copied: "链接已复制",
    copy_manually: "复制这个链接：",
    quiz_type_answer: "你的答案",
    quiz_right: "✓ 回答正确",
    quiz_wrong: "✗ 回答错误",
    quiz_correct_is: "正确答案：{}",
    quiz_see_source: "在原文中查看",
    quiz_finish: "完成（Enter）",
    quiz_next: "下一题（Enter）",
    quiz_confirm: "确定（Enter）",
    quiz_keys: "按 1–4 选择，Enter 确定",
    quiz_keys_typed: "输入答案，按 Enter 确定",
    quiz_unanswered: "未作答",
    quiz_score: "得分 {} / {}",
    quiz_took: "用时 {}",
    quiz_right_col: "答对",
    quiz_review: "错题回顾",
    quiz_your_answer: "你的答案：{}",
    quiz_retry: "只重做错题",
    quiz_again: "再来一组",
    quiz_start: "开始",
    quiz_heading: "时政练习",
    quiz_heading_short: "时政练习",
    quiz_count: "题数",
    quiz_mode: "模式",
    quiz_scope_filter: "只考当前筛选的热点",
    quiz_options: "设置",
    quiz_focus: "题型",
    quiz_focuses: ["数字", "年份", "提法与文件", "发言人与热点"],
    quiz_intro: "用这场发布会的数字、发言人和热点出题。",
    quiz_nothing_due: "现在没有到期的题目。答过的题会按遗忘规律排期，到期后在这里复习。",
    theme_title: "配色",
    theme_system: "跟随系统",
    theme_light: "浅色",
    theme_dark: "深色",
    quiz_no_questions: "所选范围内没有可出的题目。",
    progress_heading: "学习记录",
    progress_stats: "已练习 {} 题，其中最近一次答对 {} 题",
    progress_due: "到期待复习 {} 题",
    progress_empty: "还没有练习记录：测验的每道题都会记在这里，答错的题 10 分钟后就可以复习",
    progress_next: "下一题 {}后到期",
    minutes: "{} 分钟",
    hours: "{} 小时",
    days: "{} 天",
    progress_review: "复习到期题目（{}）",
    progress_export: "导出记录",
    progress_import: "导入记录",
    progress_reset: "清空记录",
    progress_reset_confirm: "确定清空？再点一次",
    progress_imported: "已合并导入的记录：新增 {} 条作答。",
    progress_import_failed: "导入失败：{}。原有记录未改动。",
    progress_cleared: "学习记录已清空。",
    storage_off: "本浏览器不允许保存学习记录；本次练习结果不会保留。",
    progress_unreadable: "学习记录无法读取（{}），已重新开始。",
    progress_kept_as: "原内容已另存为“{}”。",
    progress_cannot_read: "无法读取学习记录。",
    progress_save_failed: "保存学习记录失败：存储空间已满或被浏览器禁用。",
    progress_cannot_clear: "无法清空学习记录。",
    study_exam: "考试日期",
    study_exam_clear: "清除日期",
    study_exam_days: "距考试还有 {} 天",
    study_exam_today: "今天考试，祝顺利！",
    study_exam_past: "考试日期已过：复习按常规安排",
    study_retention: "目标记忆保持率",
    study_retention_hint: "高于 90% 时复习量会陡增",
    forecast_studied: "预计考试当天能记住 {}%（已练习的 {} 题）",
    forecast_whole: "按全部 {} 题计（未练习的算作不会）：{}%",
    forecast_hint: "按现在的记忆估计，不计之后的复习",
    forecast_none: "设定考试日期，就能看到考试当天的记忆预测和考前的复习计划",
    plan_summary_exam: "复习计划：今天 {} 题，考前共 {} 次复习",
    plan_summary: "复习计划：今天 {} 题，未来 14 天共 {} 次复习",
    stats_link: "查看学习统计",
    part_loading: "正在载入……",
    part_failed: "这一部分没能载入，可能是网络断开了。",
    part_retry: "重试",
    stats_heading: "学习统计",
    stats_empty: "答过题后，这里会显示每天的练习、各热点的记忆和复习计划。",
    heatmap_caption: "近 26 周每天的作答",
    heatmap_summary: "近 26 周共作答 {} 次，{} 天有练习",
    heatmap_busiest: "单日最多 {} 次",
    heatmap_day: "{}：{} 次作答",
    heatmap_right: "答对 {}",
    heatmap_less: "少",
    heatmap_more: "多",
    months: "1月|2月|3月|4月|5月|6月|7月|8月|9月|10月|11月|12月",
    weekdays: "一|二|三|四|五|六|日",
    recall_caption: "各热点的记忆：现在与考试当天",
    recall_caption_now: "各热点的记忆",
    recall_now: "现在",
    recall_exam: "考试当天",
    recall_row: "{}：已练习 {} 题",
    recall_none: "还没有练习过的题目",
    accuracy_caption: "每周正确率",
    accuracy_week: "{} 那周",
    accuracy_value: "答对 {} 题，共 {} 题",
    accuracy_none: "没有作答",
    plan_caption: "复习计划：未来 14 天每天到期的题数",
    plan_caption_exam: "复习计划：到考试前每天到期的题数",
    plan_day: "{}：{} 题",
    chart_table: "数据表",
    date_col: "日期",
    transfer_heading: "在另一台设备上继续",
    transfer_intro: "链接里带着你的全部作答，写在 # 之后，不会发送给任何服务器。在另一台设备或浏览器里打开它，两边的记录就会合并。",
    transfer_make: "生成链接和二维码",
    transfer_qr: "用手机相机扫描这个二维码",
    transfer_too_big: "记录太大，一个二维码放不下（链接有 {} 个字符）。请复制链接，或导出文件再在那边导入。",
    link_merged: "已合并链接带来的学习记录：新增 {} 条作答。",
    link_failed: "链接中的学习记录无法读取（可能被截断），原有记录未改动。",
    reason_corrupt: "内容已损坏",
    reason_version: "格式版本为 {}，本应用读取版本 {}",
    lang_switch: "English",
    lang_switch_code: "en",
    lang_switch_title: "Switch the interface to English",
    answer_true: "对",
    answer_false: "错",
    gloss_label: "英文释义",
    close: "关闭",
    show_more_qas: "显示更多问答（还有 {} 个）",
    show_more_rows: "显示更多数字（还有 {} 个）",
    data_heading: "导入与导出",
    data_intro: "把另一场同样格式的发布会文字（{}）粘贴在下面，或拖入、选择一个 .txt 文件。文字只在本机解析，不会上传。",
    import_label: "发布会文字",
    import_file: "选择 .txt 文件",
    import_keep: "保存在本浏览器，下次打开仍可使用",
    import_open: "解析并打开",
    import_error: "第 {} 行：{}",
    import_too_large: "文件过大（{} MB），最多 {} MB。",
    import_empty_box: "请先粘贴文字或选择文件。",
    import_done: "已导入并打开，解析用时 {} 毫秒。",
    import_saved: "已保存在本浏览器。",
    import_session: "未保存：关闭页面后需重新导入。",
    import_not_saved: "已导入，但本浏览器的存储空间已满或被禁用，未能保存；关闭页面后需重新导入。",
    import_stored_unreadable: "保存的导入内容无法解析（第 {} 行），已另存为“briefing-explorer/imported.unreadable”，现显示内置发布会。",
    import_forgotten: "已删除导入的发布会。",
    source_label: "正在查看",
    source_builtin: "内置发布会",
    source_imported: "导入的发布会",
    source_forget: "删除导入",
    export_heading: "导出",
    export_figures_csv: "数字（CSV，可用 Excel 打开）",
    export_figures_json: "数字（JSON）",
    export_briefing_json: "整场发布会（JSON）",
    export_anki: "全部题目（Anki 卡片，TSV）",
    export_study_log: "学习记录（作答日志，CSV）",
    export_worksheet: "打印练习卷（{} 题，附答案页）",
    export_failed: "导出失败：{}",
    worksheet_title: "练习卷",
    worksheet_name: "姓名：＿＿＿＿＿＿　日期：＿＿＿＿＿＿",
    worksheet_key: "答案",
    worksheet_print: "打印",
    worksheet_answer_line: "答：＿＿＿＿＿＿＿＿",
    parse_problems: ["文件不是 UTF-8 编码（第 {} 字节无效）；请另存为 UTF-8 后再试", "内容为空", "第一个“热点”标题之前应有编者按（以“编者按”开头的一段）", "第一个“热点”标题之前应有标题行", "应至少有一个“热点一:标题”这样的标题，但一个也没有找到", "这里应是“热点{}”，却是“热点{}”", "这个“热点”标题的冒号后缺少标题", "第一段发言“{}:”之前应有“热点”标题", "“热点”标题之后应是记者提问（记者:），却是一段普通文字", "本热点中 {} 的回答出现在任何记者提问之前", "这个记者提问之后没有回答（姓名:）", "热点{}中没有记者提问（记者:）", "“{}:”之后没有内容"],
    quiz_fewer: "你选了 {} 题，但所选范围只能出 {} 道题。",
    option_correct: "✓ 正确答案",
    option_yours: "✗ 你的选择",
    repair_glyph: "修",
    show_results: "完成 · {}",
    kinds: ["统计", "目标", "日期"],
    units: UNIT_NAMES_ZH,
    qualifiers: ["超过", "多于（……多）", "约、近", "不超过", "不少于", "……底"],
    repair_kinds: REPAIR_KIND_NAMES_ZH,
};

pub const EN: Strings = Strings {
    lang: Lang::En,
    paren: (" (", ")"),
    colon: ": ",
    skip_to_content: "Skip to the briefing",
    topics_nav: "Topics",
    spokespeople: "Spokespeople",
    reporter_label: "Reporter",
    question: "Question",
    answer: "Answer",
    topic_prefix: "Topic ",
    qa_count: "Q&A",
    repairs_heading: "Text repairs",
    repairs_intro: "The published text was damaged in a few places during layout. This page shows the repaired wording and marks the original next to each repair:",
    repair_original: "Original",
    repair_line: "line {} of the source",
    page_break_mark: "⏎",
    download_json: "Download the structured data (briefing.json)",
    source_note: "Text as published in the original report, unabridged; every repair is marked.",
    data_error: "The built-in briefing data could not be read",
    highlight_figures: "Highlight figures",
    legend: "Legend",
    figures_heading: "All figures",
    figures_intro: "Every figure mentioned at the briefing. Choose one to jump to it in the text.",
    figures_count: "Showing {} figure(s)",
    col_figure: "Figure",
    col_meaning: "Meaning",
    col_topic: "Topic",
    col_speaker: "Speaker",
    col_kind: "Kind",
    filter_kind: "Kind",
    filter_unit: "Unit",
    all: "All",
    note_label: "Editor's note",
    key_figures: "Key figures",
    pop_value: "Value",
    pop_unit: "Unit",
    pop_qualifier: "Qualifier",
    pop_kind: "Kind",
    pop_source: "Source",
    pop_range: "Range",
    no_rows: "No figures match.",
    sort_by: "Sort by this column",
    chart_caption: "Figures compared",
    log_scale: "log scale",
    reading_order: "Reading order",
    filters: "Filters",
    search_label: "Search the text",
    search_placeholder: "Search the text, e.g. {}",
    hits_summary: "{} match(es) in {} topic(s)",
    no_matches: "No matches for “{}”",
    qa_summary: "Showing {} Q&A(s) in {} topic(s)",
    hit_position: "{} of {}",
    prev_hit: "Previous (Shift+Enter)",
    next_hit: "Next (Enter)",
    topics_group: "By topic",
    speakers_group: "By speaker",
    figures_only: "Only answers with statistics or targets",
    clear_filters: "Clear filters",
    no_results: "No Q&As match.",
    notice_bad_encoding: "The search words in the link were badly encoded; they are shown as close to the original as possible.",
    notice_unknown_topic: "The link names a topic “{}” that does not exist; it was ignored.",
    notice_unknown_speaker: "The link names a speaker “{}” who did not speak; it was ignored.",
    notice_long_query: "The search words in the link were too long; only the first 200 characters were kept.",
    dismiss: "OK",
    all_qas: "All {} Q&A(s)",
    quiz_kind_choice: "Choose the right figure",
    quiz_kind_typed: "Type the figure",
    quiz_kind_attribution: "Who said this?",
    quiz_kind_topic: "Which topic is this from?",
    quiz_kind_true_false: "True or false: does this match the briefing?",
    quiz_kind_term: "Choose the slogan or document title that fills the blank",
    quiz_kind_year: "Choose the right year",
    quiz_practice: "Practice",
    quiz_exam: "Exam",
    quiz_progress: "Question {} of {}",
    quiz_time: "Time",
    quiz_back: "Back to reading",
    copy_link: "Copy link",
    copy_quiz_link: "Copy this quiz's link",
    link_copied: "Link copied",
    copy_manually: "Copy this link:",
    quiz_type_answer: "Your answer",
    quiz_right: "✓ Right",
    quiz_wrong: "✗ Wrong",
    quiz_correct_is: "Correct answer: {}",
    quiz_see_source: "See it in the text",
    quiz_finish: "Finish (Enter)",
    quiz_next: "Next question (Enter)",
    quiz_confirm: "Confirm (Enter)",
    quiz_keys: "Press 1–4 to choose, Enter to confirm",
    quiz_keys_typed: "Type the answer, Enter to confirm",
    quiz_unanswered: "not answered",
    quiz_score: "Score {} / {}",
    quiz_took: "Time taken {}",
    quiz_right_col: "Right",
    quiz_review: "Questions you missed",
    quiz_your_answer: "Your answer: {}",
    quiz_retry: "Retry the mistakes only",
    quiz_again: "Another set",
    quiz_start: "Start",
    quiz_heading: "Current-affairs drill",
    quiz_heading_short: "Quiz",
    quiz_count: "Questions",
    quiz_mode: "Mode",
    quiz_scope_filter: "Only the topics in the current filter",
    quiz_options: "Options",
    quiz_focus: "Question types",
    quiz_focuses: ["Figures", "Years", "Terms and titles", "Speaker and topic"],
    quiz_intro: "Questions drawn from this briefing's figures, speakers and topics.",
    quiz_nothing_due: "Nothing is due right now. Questions you have answered are scheduled by how well you know them and come back here when due.",
    theme_title: "Colours",
    theme_system: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    quiz_no_questions: "There are no questions to ask in this selection.",
    progress_heading: "Study record",
    progress_stats: "{} question(s) practised, {} right the last time",
    progress_due: "{} due for review",
    progress_empty: "Nothing practised yet: every quiz answer is kept here, and a missed question is up for review after 10 minutes",
    progress_next: "next due in {}",
    minutes: "{} min",
    hours: "{} h",
    days: "{} day(s)",
    progress_review: "Review due questions ({})",
    progress_export: "Export record",
    progress_import: "Import record",
    progress_reset: "Clear record",
    progress_reset_confirm: "Sure? Click again to clear",
    progress_imported: "Merged the imported record: {} new answer(s).",
    progress_import_failed: "Import failed: {}. Your existing record was not changed.",
    progress_cleared: "Study record cleared.",
    storage_off: "This browser does not allow saving your study record; results from this session will not be kept.",
    progress_unreadable: "Your study record could not be read ({}), so it starts afresh.",
    progress_kept_as: "The old contents were kept under “{}”.",
    progress_cannot_read: "Your study record could not be read.",
    progress_save_failed: "Could not save your study record: storage is full or disabled by the browser.",
    progress_cannot_clear: "Could not clear your study record.",
    study_exam: "Exam date",
    study_exam_clear: "Clear date",
    study_exam_days: "{} day(s) to the exam",
    study_exam_today: "The exam is today. Good luck!",
    study_exam_past: "The exam date has passed: reviews follow the usual schedule",
    study_retention: "Target retention",
    study_retention_hint: "Above 90%, the workload climbs steeply",
    forecast_studied: "You would recall {}% on exam day (the {} questions studied)",
    forecast_whole: "Over all {} questions, unseen ones counting as not known: {}%",
    forecast_hint: "From your memory now, before any further review",
    forecast_none: "Set an exam date to see what you would recall on the day, and a plan until then",
    plan_summary_exam: "Plan: {} today, {} reviews in all before the exam",
    plan_summary: "Plan: {} today, {} reviews over the next 14 days",
    stats_link: "See statistics",
    part_loading: "Loading…",
    part_failed: "This part could not be loaded; the connection may be down.",
    part_retry: "Try again",
    stats_heading: "Study statistics",
    stats_empty: "Once you answer questions, this shows your daily practice, recall by topic and your plan.",
    heatmap_caption: "Answers per day, last 26 weeks",
    heatmap_summary: "{} answer(s) in the last 26 weeks, on {} day(s)",
    heatmap_busiest: "at most {} in a day",
    heatmap_day: "{}: {} answer(s)",
    heatmap_right: "{} right",
    heatmap_less: "Less",
    heatmap_more: "More",
    months: "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec",
    weekdays: "Mon|Tue|Wed|Thu|Fri|Sat|Sun",
    recall_caption: "Recall by topic: now and on exam day",
    recall_caption_now: "Recall by topic",
    recall_now: "Now",
    recall_exam: "Exam day",
    recall_row: "{}: {} studied",
    recall_none: "No questions studied yet",
    accuracy_caption: "Accuracy by week",
    accuracy_week: "Week of {}",
    accuracy_value: "{} right of {}",
    accuracy_none: "no answers",
    plan_caption: "Plan: reviews due each day, next 14 days",
    plan_caption_exam: "Plan: reviews due each day until the exam",
    plan_day: "{}: {}",
    chart_table: "Data table",
    date_col: "Date",
    transfer_heading: "Continue on another device",
    transfer_intro: "The link carries all your answers after the #, which is never sent to any server. Open it on another device or browser and the two records merge.",
    transfer_make: "Make a link and QR code",
    transfer_qr: "Scan this QR code with a phone's camera",
    transfer_too_big: "The record is too big for one QR code (the link has {} characters). Copy the link, or export the file and import it there.",
    link_merged: "Merged the study record from the link: {} new answer(s).",
    link_failed: "The study record in the link could not be read (was it cut short?). Your record was not changed.",
    reason_corrupt: "the data is damaged",
    reason_version: "format version {}, this app reads version {}",
    lang_switch: "中文",
    lang_switch_code: "zh-CN",
    lang_switch_title: "界面切换为中文",
    answer_true: "True",
    answer_false: "False",
    gloss_label: "Meaning",
    close: "Close",
    show_more_qas: "Show more Q&As ({} more)",
    show_more_rows: "Show more figures ({} more)",
    data_heading: "Import and export",
    data_intro: "Paste another transcript of the same shape ({}) below, or drop or choose a .txt file. It is parsed on this device and never uploaded.",
    import_label: "Transcript text",
    import_file: "Choose a .txt file",
    import_keep: "Keep it in this browser for next time",
    import_open: "Parse and open",
    import_error: "Line {}: {}",
    import_too_large: "The text is too large ({} MB); the limit is {} MB.",
    import_empty_box: "Paste some text or choose a file first.",
    import_done: "Imported and opened; parsing took {} ms.",
    import_saved: "It is kept in this browser.",
    import_session: "Not kept: it is gone when you close the page.",
    import_not_saved: "Imported, but this browser's storage is full or disabled, so it was not kept; you will need to import it again next time.",
    import_stored_unreadable: "The saved import no longer parses (line {}); it was kept under “briefing-explorer/imported.unreadable” and the built-in briefing is shown.",
    import_forgotten: "The imported briefing was removed.",
    source_label: "Showing",
    source_builtin: "Built-in briefing",
    source_imported: "Imported briefing",
    source_forget: "Remove the import",
    export_heading: "Export",
    export_figures_csv: "Figures (CSV, opens in Excel)",
    export_figures_json: "Figures (JSON)",
    export_briefing_json: "The whole briefing (JSON)",
    export_anki: "All questions (Anki cards, TSV)",
    export_study_log: "Study record (answer log, CSV)",
    export_worksheet: "Printable worksheet ({} questions, answer key page)",
    export_failed: "Export failed: {}",
    worksheet_title: "Worksheet",
    worksheet_name: "Name: ____________   Date: ____________",
    worksheet_key: "Answer key",
    worksheet_print: "Print",
    worksheet_answer_line: "Answer: ________________",
    parse_problems: ["the file is not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and try again", "the transcript is empty", "expected an editor's note (a paragraph starting with 编者按) before the first 热点 heading", "expected a headline line before the first 热点 heading", "expected at least one topic heading such as 热点一:标题, found none", "expected heading 热点{}, found 热点{}", "expected a title after the colon of this 热点 heading", "expected a 热点 heading before the first turn, found {}:", "expected a reporter question (记者:) after the topic heading, found plain text", "found an answer by {} before any reporter question (记者:) in this topic", "expected an answer (NAME:) after this reporter question, found none", "expected a reporter question (记者:) in 热点{}, found none", "expected text after {}:, found nothing"],
    quiz_fewer: "You asked for {} questions; this selection only has {}.",
    option_correct: "✓ Right answer",
    option_yours: "✗ Your choice",
    repair_glyph: "✎",
    show_results: "Done · {}",
    kinds: ["Statistic", "Target", "Date"],
    units: UNIT_NAMES_EN,
    qualifiers: ["over", "more than (……多)", "about, nearly", "at most", "at least", "end of (……底)"],
    repair_kinds: REPAIR_KIND_NAMES_EN,
};

impl Strings {
    /// The `lang` attribute for the briefing's own words. The same in both languages, so a
    /// reader who chose English gets no change in the text's glyphs when the page is adopted
    /// (`<html lang>` is English from the first paint, the briefing stays Chinese).
    pub fn content_lang(&self) -> Option<&'static str> {
        Some(CONTENT_LANG)
    }

    /// "热点一" or "Topic 1".
    pub fn topic_tag(&self, topic: &briefing::Topic) -> String {
        match self.lang {
            Lang::Zh => format!("{}{}", self.topic_prefix, topic.numeral),
            Lang::En => format!("{}{}", self.topic_prefix, topic.number),
        }
    }

    /// A topic's tag and its (Chinese) title, each in its own language.
    pub fn topic_label(&self, topic: &briefing::Topic) -> Html {
        html! { <>{ self.topic_tag(topic) }{ " " }<span lang={self.content_lang()}>{ topic.title.clone() }</span></> }
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

    /// The instruction above a quiz question of this kind.
    pub fn question_kind(&self, k: briefing::quiz::QuestionKind) -> &'static str {
        use briefing::quiz::QuestionKind::*;
        match k {
            FigureChoice => self.quiz_kind_choice,
            FigureTyped => self.quiz_kind_typed,
            Attribution => self.quiz_kind_attribution,
            Topic => self.quiz_kind_topic,
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

    /// What is wrong with a transcript, and where.
    pub fn parse_error(&self, e: &briefing::ParseError) -> String {
        use briefing::error::ErrorKind::*;
        let p = &self.parse_problems;
        let problem = match &e.kind {
            NotUtf8 { byte } => fill(p[0], byte),
            Empty => p[1].into(),
            MissingNote => p[2].into(),
            MissingHeadline => p[3].into(),
            MissingTopics => p[4].into(),
            HeadingOutOfOrder { expected, found } => fill2(p[5], briefing::numerals::to_chinese(*expected), found),
            EmptyHeading => p[6].into(),
            TurnBeforeTopic { speaker } => fill(p[7], speaker),
            TextBeforeQuestion => p[8].into(),
            AnswerBeforeQuestion { speaker } => fill(p[9], speaker),
            UnansweredQuestion => p[10].into(),
            TopicWithoutQuestions { topic } => fill(p[11], briefing::numerals::to_chinese(*topic)),
            EmptyTurn { speaker } => fill(p[12], speaker),
        };
        fill2(self.import_error, e.line, problem)
    }

    /// A note about the study record, in this language.
    pub fn note(&self, n: &storage::Note) -> String {
        use storage::{Note, Reason};
        let reason = |r: &Reason| match r {
            Reason::Corrupt => self.reason_corrupt.to_string(),
            Reason::Version(found, wanted) => fill2(self.reason_version, found, wanted),
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
            Note::SaveFailed => self.progress_save_failed.into(),
            Note::CannotClear => self.progress_cannot_clear.into(),
            Note::Imported(n) => fill(self.progress_imported, n),
            Note::FromLink(n) => fill(self.link_merged, n),
            Note::LinkFailed => self.link_failed.into(),
            Note::ImportFailed(r) => fill(self.progress_import_failed, reason(r)),
            Note::Cleared => self.progress_cleared.into(),
        }
    }
}

/// Every string of a table, with its key, for the tests. The destructuring names every field
/// (no `..`), so a field added to `Strings` without being listed here does not compile.
#[cfg(test)]
fn entries(t: &Strings) -> Vec<(&'static str, &'static str)> {
    let Strings { lang: _, paren, colon, kinds, units, qualifiers, repair_kinds, skip_to_content, topics_nav, spokespeople, reporter_label, question, answer, topic_prefix, qa_count, repairs_heading, repairs_intro, repair_original, repair_line, page_break_mark, download_json, source_note, data_error, highlight_figures, legend, figures_heading, figures_intro, figures_count, col_figure, col_meaning, col_topic, col_speaker, col_kind, filter_kind, filter_unit, all, note_label, key_figures, pop_value, pop_unit, pop_qualifier, pop_kind, pop_source, pop_range, no_rows, sort_by, chart_caption, log_scale, reading_order, filters, search_label, search_placeholder, hits_summary, no_matches, qa_summary, hit_position, prev_hit, next_hit, topics_group, speakers_group, figures_only, clear_filters, no_results, notice_bad_encoding, notice_unknown_topic, notice_unknown_speaker, notice_long_query, dismiss, all_qas, quiz_kind_choice, quiz_kind_typed, quiz_kind_attribution, quiz_kind_topic, quiz_kind_true_false, quiz_kind_term, quiz_kind_year, quiz_practice, quiz_exam, quiz_progress, quiz_time, quiz_back, copy_link, copy_quiz_link, link_copied, copy_manually, quiz_type_answer, quiz_right, quiz_wrong, quiz_correct_is, quiz_see_source, quiz_finish, quiz_next, quiz_confirm, quiz_keys, quiz_keys_typed, quiz_unanswered, quiz_score, quiz_took, quiz_right_col, quiz_review, quiz_your_answer, quiz_retry, quiz_again, quiz_start, quiz_heading, quiz_heading_short, quiz_count, quiz_mode, quiz_scope_filter, quiz_options, quiz_focus, quiz_focuses, quiz_intro, quiz_nothing_due, theme_title, theme_system, theme_light, theme_dark, quiz_no_questions, progress_heading, progress_stats, progress_due, progress_empty, progress_next, minutes, hours, days, progress_review, progress_export, progress_import, progress_reset, progress_reset_confirm, progress_imported, progress_import_failed, progress_cleared, storage_off, progress_unreadable, progress_kept_as, progress_cannot_read, progress_save_failed, progress_cannot_clear, study_exam, study_exam_clear, study_exam_days, study_exam_today, study_exam_past, study_retention, study_retention_hint, forecast_studied, forecast_whole, forecast_hint, forecast_none, plan_summary_exam, plan_summary, stats_link, part_loading, part_failed, part_retry, stats_heading, stats_empty, heatmap_caption, heatmap_summary, heatmap_busiest, heatmap_day, heatmap_right, heatmap_less, heatmap_more, months, weekdays, recall_caption, recall_caption_now, recall_now, recall_exam, recall_row, recall_none, accuracy_caption, accuracy_week, accuracy_value, accuracy_none, plan_caption, plan_caption_exam, plan_day, chart_table, date_col, transfer_heading, transfer_intro, transfer_make, transfer_qr, transfer_too_big, link_merged, link_failed, reason_corrupt, reason_version, lang_switch, lang_switch_code, lang_switch_title, answer_true, answer_false, gloss_label, close, show_more_qas, show_more_rows, parse_problems, data_heading, data_intro, import_label, import_file, import_keep, import_open, import_error, import_too_large, import_empty_box, import_done, import_saved, import_session, import_not_saved, import_stored_unreadable, import_forgotten, source_label, source_builtin, source_imported, source_forget, export_heading, export_figures_csv, export_figures_json, export_briefing_json, export_anki, export_study_log, export_worksheet, export_failed, worksheet_title, worksheet_name, worksheet_key, worksheet_print, worksheet_answer_line, quiz_fewer, show_results, option_correct, option_yours, repair_glyph } = t;
    let mut v = vec![("paren.0", paren.0), ("paren.1", paren.1), ("colon", *colon)];
    v.extend([
        ("skip_to_content", *skip_to_content),
        ("topics_nav", *topics_nav),
        ("spokespeople", *spokespeople),
        ("reporter_label", *reporter_label),
        ("question", *question),
        ("answer", *answer),
        ("topic_prefix", *topic_prefix),
        ("qa_count", *qa_count),
        ("repairs_heading", *repairs_heading),
        ("repairs_intro", *repairs_intro),
        ("repair_original", *repair_original),
        ("repair_line", *repair_line),
        ("page_break_mark", *page_break_mark),
        ("download_json", *download_json),
        ("source_note", *source_note),
        ("data_error", *data_error),
        ("highlight_figures", *highlight_figures),
        ("legend", *legend),
        ("figures_heading", *figures_heading),
        ("figures_intro", *figures_intro),
        ("figures_count", *figures_count),
        ("col_figure", *col_figure),
        ("col_meaning", *col_meaning),
        ("col_topic", *col_topic),
        ("col_speaker", *col_speaker),
        ("col_kind", *col_kind),
        ("filter_kind", *filter_kind),
        ("filter_unit", *filter_unit),
        ("all", *all),
        ("note_label", *note_label),
        ("key_figures", *key_figures),
        ("pop_value", *pop_value),
        ("pop_unit", *pop_unit),
        ("pop_qualifier", *pop_qualifier),
        ("pop_kind", *pop_kind),
        ("pop_source", *pop_source),
        ("pop_range", *pop_range),
        ("no_rows", *no_rows),
        ("sort_by", *sort_by),
        ("chart_caption", *chart_caption),
        ("log_scale", *log_scale),
        ("reading_order", *reading_order),
        ("filters", *filters),
        ("search_label", *search_label),
        ("search_placeholder", *search_placeholder),
        ("hits_summary", *hits_summary),
        ("no_matches", *no_matches),
        ("qa_summary", *qa_summary),
        ("hit_position", *hit_position),
        ("prev_hit", *prev_hit),
        ("next_hit", *next_hit),
        ("topics_group", *topics_group),
        ("speakers_group", *speakers_group),
        ("figures_only", *figures_only),
        ("clear_filters", *clear_filters),
        ("no_results", *no_results),
        ("notice_bad_encoding", *notice_bad_encoding),
        ("notice_unknown_topic", *notice_unknown_topic),
        ("notice_unknown_speaker", *notice_unknown_speaker),
        ("notice_long_query", *notice_long_query),
        ("dismiss", *dismiss),
        ("all_qas", *all_qas),
        ("quiz_kind_choice", *quiz_kind_choice),
        ("quiz_kind_typed", *quiz_kind_typed),
        ("quiz_kind_attribution", *quiz_kind_attribution),
        ("quiz_kind_topic", *quiz_kind_topic),
        ("quiz_kind_true_false", *quiz_kind_true_false),
        ("quiz_kind_term", *quiz_kind_term),
        ("quiz_kind_year", *quiz_kind_year),
        ("quiz_practice", *quiz_practice),
        ("quiz_exam", *quiz_exam),
        ("quiz_progress", *quiz_progress),
        ("quiz_time", *quiz_time),
        ("quiz_back", *quiz_back),
        ("copy_link", *copy_link),
        ("copy_quiz_link", *copy_quiz_link),
        ("link_copied", *link_copied),
        ("copy_manually", *copy_manually),
        ("quiz_type_answer", *quiz_type_answer),
        ("quiz_right", *quiz_right),
        ("quiz_wrong", *quiz_wrong),
        ("quiz_correct_is", *quiz_correct_is),
        ("quiz_see_source", *quiz_see_source),
        ("quiz_finish", *quiz_finish),
        ("quiz_next", *quiz_next),
        ("quiz_confirm", *quiz_confirm),
        ("quiz_keys", *quiz_keys),
        ("quiz_keys_typed", *quiz_keys_typed),
        ("quiz_unanswered", *quiz_unanswered),
        ("quiz_score", *quiz_score),
        ("quiz_took", *quiz_took),
        ("quiz_right_col", *quiz_right_col),
        ("quiz_review", *quiz_review),
        ("quiz_your_answer", *quiz_your_answer),
        ("quiz_retry", *quiz_retry),
        ("quiz_again", *quiz_again),
        ("quiz_start", *quiz_start),
        ("quiz_heading", *quiz_heading),
        ("quiz_heading_short", *quiz_heading_short),
        ("quiz_count", *quiz_count),
        ("quiz_mode", *quiz_mode),
        ("quiz_scope_filter", *quiz_scope_filter),
        ("quiz_options", *quiz_options),
        ("quiz_focus", *quiz_focus),
        ("quiz_intro", *quiz_intro),
        ("quiz_nothing_due", *quiz_nothing_due),
        ("theme_title", *theme_title),
        ("theme_system", *theme_system),
        ("theme_light", *theme_light),
        ("theme_dark", *theme_dark),
        ("quiz_no_questions", *quiz_no_questions),
        ("progress_heading", *progress_heading),
        ("progress_stats", *progress_stats),
        ("progress_due", *progress_due),
        ("progress_empty", *progress_empty),
        ("progress_next", *progress_next),
        ("minutes", *minutes),
        ("hours", *hours),
        ("days", *days),
        ("progress_review", *progress_review),
        ("progress_export", *progress_export),
        ("progress_import", *progress_import),
        ("progress_reset", *progress_reset),
        ("progress_reset_confirm", *progress_reset_confirm),
        ("progress_imported", *progress_imported),
        ("progress_import_failed", *progress_import_failed),
        ("progress_cleared", *progress_cleared),
        ("storage_off", *storage_off),
        ("progress_unreadable", *progress_unreadable),
        ("progress_kept_as", *progress_kept_as),
        ("progress_cannot_read", *progress_cannot_read),
        ("progress_save_failed", *progress_save_failed),
        ("progress_cannot_clear", *progress_cannot_clear),
        ("study_exam", *study_exam),
        ("study_exam_clear", *study_exam_clear),
        ("study_exam_days", *study_exam_days),
        ("study_exam_today", *study_exam_today),
        ("study_exam_past", *study_exam_past),
        ("study_retention", *study_retention),
        ("study_retention_hint", *study_retention_hint),
        ("forecast_studied", *forecast_studied),
        ("forecast_whole", *forecast_whole),
        ("forecast_hint", *forecast_hint),
        ("forecast_none", *forecast_none),
        ("plan_summary_exam", *plan_summary_exam),
        ("plan_summary", *plan_summary),
        ("stats_link", *stats_link),
        ("part_loading", *part_loading),
        ("part_failed", *part_failed),
        ("part_retry", *part_retry),
        ("stats_heading", *stats_heading),
        ("stats_empty", *stats_empty),
        ("heatmap_caption", *heatmap_caption),
        ("heatmap_summary", *heatmap_summary),
        ("heatmap_busiest", *heatmap_busiest),
        ("heatmap_day", *heatmap_day),
        ("heatmap_right", *heatmap_right),
        ("heatmap_less", *heatmap_less),
        ("heatmap_more", *heatmap_more),
        ("months", *months),
        ("weekdays", *weekdays),
        ("recall_caption", *recall_caption),
        ("recall_caption_now", *recall_caption_now),
        ("recall_now", *recall_now),
        ("recall_exam", *recall_exam),
        ("recall_row", *recall_row),
        ("recall_none", *recall_none),
        ("accuracy_caption", *accuracy_caption),
        ("accuracy_week", *accuracy_week),
        ("accuracy_value", *accuracy_value),
        ("accuracy_none", *accuracy_none),
        ("plan_caption", *plan_caption),
        ("plan_caption_exam", *plan_caption_exam),
        ("plan_day", *plan_day),
        ("chart_table", *chart_table),
        ("date_col", *date_col),
        ("transfer_heading", *transfer_heading),
        ("transfer_intro", *transfer_intro),
        ("transfer_make", *transfer_make),
        ("transfer_qr", *transfer_qr),
        ("transfer_too_big", *transfer_too_big),
        ("link_merged", *link_merged),
        ("link_failed", *link_failed),
        ("reason_corrupt", *reason_corrupt),
        ("reason_version", *reason_version),
        ("lang_switch", *lang_switch),
        ("lang_switch_code", *lang_switch_code),
        ("lang_switch_title", *lang_switch_title),
        ("answer_true", *answer_true),
        ("answer_false", *answer_false),
        ("gloss_label", *gloss_label),
        ("close", *close),
        ("show_more_qas", *show_more_qas),
        ("show_more_rows", *show_more_rows),
        ("data_heading", *data_heading),
        ("data_intro", *data_intro),
        ("import_label", *import_label),
        ("import_file", *import_file),
        ("import_keep", *import_keep),
        ("import_open", *import_open),
        ("import_error", *import_error),
        ("import_too_large", *import_too_large),
        ("import_empty_box", *import_empty_box),
        ("import_done", *import_done),
        ("import_saved", *import_saved),
        ("import_session", *import_session),
        ("import_not_saved", *import_not_saved),
        ("import_stored_unreadable", *import_stored_unreadable),
        ("import_forgotten", *import_forgotten),
        ("source_label", *source_label),
        ("source_builtin", *source_builtin),
        ("source_imported", *source_imported),
        ("source_forget", *source_forget),
        ("export_heading", *export_heading),
        ("export_figures_csv", *export_figures_csv),
        ("export_figures_json", *export_figures_json),
        ("export_briefing_json", *export_briefing_json),
        ("export_anki", *export_anki),
        ("export_study_log", *export_study_log),
        ("export_worksheet", *export_worksheet),
        ("export_failed", *export_failed),
        ("worksheet_title", *worksheet_title),
        ("worksheet_name", *worksheet_name),
        ("worksheet_key", *worksheet_key),
        ("worksheet_print", *worksheet_print),
        ("worksheet_answer_line", *worksheet_answer_line),
        ("quiz_fewer", *quiz_fewer),
        ("option_correct", *option_correct),
        ("option_yours", *option_yours),
        ("repair_glyph", *repair_glyph),
        ("show_results", *show_results),
    ]);
    for (name, list) in [("kinds", &kinds[..]), ("units", &units[..]), ("qualifiers", &qualifiers[..]), ("repair_kinds", &repair_kinds[..]), ("parse_problems", &parse_problems[..]), ("quiz_focuses", &quiz_focuses[..])] {
        v.extend(list.iter().map(|s| (name, *s)));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_han(s: &str) -> bool {
        s.chars().any(|c| ('\u{3400}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn both_tables_fill_every_key_with_the_same_placeholders() {
        let (zh, en) = (entries(&ZH), entries(&EN));
        assert_eq!(zh.len(), en.len());
        for ((kz, vz), (ke, ve)) in zh.iter().zip(&en) {
            assert_eq!(kz, ke);
            assert!(!vz.is_empty() && !ve.is_empty(), "{kz} is empty in a table");
            assert_eq!(vz.matches("{}").count(), ve.matches("{}").count(), "{kz}: {vz:?} and {ve:?} take different values");
        }
    }

    #[test]
    fn each_table_is_in_its_own_language() {
        // Chinese in the English table only where it is the point: the button back to 中文, and
        // the Chinese forms a qualifier stands for (example search words are SEARCH_EXAMPLES)
        let zh_on_purpose = ["parse_problems", "lang_switch", "lang_switch_title", "qualifiers"];
        for (k, v) in entries(&EN) {
            assert!(zh_on_purpose.contains(&k) || !has_han(v), "EN.{k} = {v:?} is not translated");
        }
        // and the Chinese table is Chinese, but for the way back to English and punctuation
        let not_words = ["repair_glyph", "lang_switch", "lang_switch_code", "lang_switch_title", "page_break_mark", "paren.0", "paren.1", "colon"];
        for (k, v) in entries(&ZH) {
            assert!(not_words.contains(&k) || has_han(v), "ZH.{k} = {v:?} is not Chinese");
        }
    }

    #[test]
    fn english_counts_take_the_singular_for_one() {
        assert_eq!(fill2(EN.hits_summary, 1, 1), "1 match in 1 topic");
        assert_eq!(fill2(EN.hits_summary, 6, 2), "6 matches in 2 topics");
        assert_eq!(fill2(EN.hits_summary, 1, 3), "1 match in 3 topics");
        assert_eq!(fill2(EN.qa_summary, 2, 1), "Showing 2 Q&As in 1 topic");
        assert_eq!(fill(EN.figures_count, 1), "Showing 1 figure");
        // Chinese has no such endings and is left as it is
        assert_eq!(fill2(ZH.hits_summary, 1, 1), ZH.hits_summary.replacen("{}", "1", 2));
        // every ending follows a value it can belong to
        for (k, v) in entries(&EN) {
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
