//! The interface strings: every key once, with its Chinese and then its English (see `table!` in
//! `mod.rs` for the form). A key is a field of `Strings`, read as `t.key` wherever the page
//! says it; the lists (figure kinds, units, qualifiers, repair kinds) are read through
//! `Strings::kind` and its neighbours, and the parser's problems are a table of their own
//! (`problems.rs`).

use briefing::figures::{UNIT_NAMES_EN, UNIT_NAMES_ZH};
use briefing::{
    REPAIR_KIND_NAMES_EN, REPAIR_KIND_NAMES_ZH, SET_ASIDE_NAMES_EN, SET_ASIDE_NAMES_ZH,
};

use super::problems::{self, Problems};
use super::Lang;

table! {
    /// The interface strings of one language.
    pub struct Strings { zh: ZH, en: EN }
    /// the language of this table
    pub lang: Lang = Lang::Zh, Lang::En;
    /// brackets around an aside: full-width in Chinese
    pub paren: (&'static str, &'static str) = ("（", "）"), (" (", ")");
    pub colon = "：", ": ";
    pub skip_to_content = "跳到正文", "Skip to the briefing";
    /// what a newspaper write-up's parts are called: its 热点 (`Strings::parts`)
    pub topic_parts: Parts = Parts {
        nav: "热点目录",
        group: "按热点",
        span: "{} 个热点",
        column: "热点",
        quiz_kind: "这段话属于哪个热点？",
    }, Parts {
        nav: "Topics",
        group: "By topic",
        span: "{} topic(s)",
        column: "Topic",
        quiz_kind: "Which topic is this from?",
    };
    /// … and a transcript's: its sections, the opening and each question
    pub section_parts: Parts = Parts {
        nav: "目录",
        group: "按部分",
        span: "{} 个部分",
        column: "部分",
        quiz_kind: "这段话出自哪一部分？",
    }, Parts {
        nav: "Contents",
        group: "By section",
        span: "{} section(s)",
        column: "Section",
        quiz_kind: "Which section is this from?",
    };
    pub spokespeople = "发布人", "Spokespeople";
    pub reporter_label = "记者", "Reporter";
    pub question = "提问", "Question";
    pub answer = "回答", "Answer";
    pub topic_prefix = "热点", "Topic ";
    pub qa_count = "问", "Q&A";
    pub repairs_heading = "文本修正", "Text repairs";
    pub repairs_intro =
        "原文在排版中有几处损坏。本页显示修正后的文字，并在每处修正旁标注原文：",
        "The published text was damaged in a few places during layout. This page shows the \
         repaired wording and marks the original next to each repair:";
    pub repair_original = "原文", "Original";
    pub repair_line = "原文第{}行", "line {} of the source";
    pub set_aside_heading = "未计入正文的网页内容（{} 行）", "Set aside from the page ({} lines)";
    pub set_aside_intro =
        "这些行属于网页本身，不是发言，不计入正文。",
        "These lines belong to the web page, not to what was said: kept out of the speech.";
    pub page_break_mark = "⏎", "⏎";
    pub download_json =
        "下载结构化数据（briefing.json）",
        "Download the structured data (briefing.json)";
    pub source_note =
        "文本依据原报道整理，未作删改；修正之处均已标出。",
        "Text as published in the original report, unabridged; every repair is marked.";
    pub data_error = "内置的发布会数据无法读取", "The built-in briefing data could not be read";
    pub highlight_figures = "突出显示数字", "Highlight figures";
    pub legend = "图例", "Legend";
    pub figures_heading = "数字一览", "All figures";
    pub figures_intro =
        "发布会中出现的全部数字。点选一个数字，即可跳到它在正文中的位置。",
        "Every figure mentioned at the briefing. Choose one to jump to it in the text.";
    pub figures_count = "显示 {} 个数字", "Showing {} figure(s)";
    pub col_figure = "数字", "Figure";
    pub col_meaning = "含义（英文）", "Meaning";
    pub col_speaker = "发言人", "Speaker";
    pub col_kind = "类型", "Kind";
    pub filter_kind = "类型", "Kind";
    pub filter_unit = "单位", "Unit";
    pub all = "全部", "All";
    pub note_label = "编者按", "Editor's note";
    pub key_figures = "要点数字", "Key figures";
    pub pop_value = "数值", "Value";
    pub pop_unit = "单位", "Unit";
    pub pop_qualifier = "限定", "Qualifier";
    pub pop_kind = "类型", "Kind";
    pub pop_source = "出处", "Source";
    pub pop_range = "区间", "Range";
    pub no_rows = "没有符合条件的数字。", "No figures match.";
    pub sort_by = "按此列排序", "Sort by this column";
    pub chart_caption = "数字对比", "Figures compared";
    pub log_scale = "对数刻度", "log scale";
    pub reading_order = "原文顺序", "Reading order";
    pub figures_whole = "整个资料库（{} 场）", "The whole library ({} briefings)";
    pub figures_reading = "正在读取资料库：{} / {}", "Reading the library: {} of {}";
    pub col_briefing = "发布会", "Briefing";
    pub same_measure = "同一指标", "Same measure";
    pub same_measure_other = "其他发布会中的同一指标", "The same measure in other briefings";
    pub same_measure_label = "在其他发布会中找同一指标：{}", "Find the same measure in other briefings: {}";
    pub same_measure_heading = "“{}”在其他发布会中", "“{}” in other briefings";
    pub same_measure_none =
        "资料库的其他发布会中没有同一指标（按所计之物与单位比对）。",
        "No other briefing in the library has the same measure (matched by the thing counted and its unit).";
    pub filters = "筛选", "Filters";
    pub search_label = "全文搜索", "Search the text";
    pub search_placeholder = "搜索原文，如：{}", "Search the text, e.g. {}";
    /// (the second value: `Parts::span`, filled)
    pub hits_summary = "{} 处匹配，分布在 {}", "{} match(es) in {}";
    pub no_matches = "没有找到“{}”", "No matches for “{}”";
    pub qa_summary = "显示 {} 个问答，分布在 {}", "Showing {} Q&A(s) in {}";
    pub hit_position = "第 {} / {} 处", "{} of {}";
    pub prev_hit = "上一处（Shift+Enter）", "Previous (Shift+Enter)";
    pub next_hit = "下一处（Enter）", "Next (Enter)";
    pub speakers_group = "按发言人", "By speaker";
    pub outlets_group = "按提问媒体", "By outlet";
    pub figures_only = "只看含统计或目标数字的回答", "Only answers with statistics or targets";
    pub clear_filters = "清除筛选", "Clear filters";
    pub no_results = "没有符合条件的问答。", "No Q&As match.";
    pub notice_bad_encoding =
        "链接中的搜索词编码有误，已尽量按原样显示。",
        "The search words in the link were badly encoded; they are shown as close to the original \
         as possible.";
    pub notice_unknown_topic =
        "链接中的热点“{}”不存在，已忽略。",
        "The link names a topic “{}” that does not exist; it was ignored.";
    pub notice_unknown_speaker =
        "链接中的发言人“{}”不存在，已忽略。",
        "The link names a speaker “{}” who did not speak; it was ignored.";
    pub notice_unknown_outlet =
        "链接中的媒体“{}”没有提问，已忽略。",
        "The link names an outlet “{}” that asked nothing; ignored.";
    pub notice_long_query =
        "链接中的搜索词过长，只保留了前 200 个字。",
        "The search words in the link were too long; only the first 200 characters were kept.";
    pub dismiss = "知道了", "OK";
    pub all_qas = "全部 {} 个问答", "All {} Q&A(s)";
    pub quiz_kind_choice = "选出正确的数字", "Choose the right figure";
    pub quiz_kind_typed = "填写数字", "Type the figure";
    pub quiz_kind_attribution = "这句话是谁说的？", "Who said this?";
    pub quiz_kind_true_false =
        "判断对错：这句话与原文一致吗？",
        "True or false: does this match the briefing?";
    pub quiz_kind_term =
        "选出填入空白处的提法或文件名称",
        "Choose the slogan or document title that fills the blank";
    pub quiz_kind_year = "选出正确的年份", "Choose the right year";
    pub quiz_practice = "练习", "Practice";
    pub quiz_exam = "考试", "Exam";
    pub quiz_progress = "第 {} / {} 题", "Question {} of {}";
    pub quiz_time = "用时", "Time";
    pub quiz_back = "返回阅读", "Back to reading";
    /// sharing the page's link: the button in the filters and in a quiz, what it says once
    /// copied, and the label of the box with the link when it has to be copied by hand
    pub copy_link = "复制链接", "Copy link";
    pub copy_quiz_link = "复制本测验链接", "Copy this quiz's link";
    pub link_copied = "链接已复制", "Link copied";
    pub copy_manually = "复制这个链接：", "Copy this link:";
    pub quiz_type_answer = "你的答案", "Your answer";
    pub quiz_right = "✓ 回答正确", "✓ Right";
    pub quiz_wrong = "✗ 回答错误", "✗ Wrong";
    pub quiz_correct_is = "正确答案：{}", "Correct answer: {}";
    pub quiz_see_source = "在原文中查看", "See it in the text";
    pub quiz_finish = "完成（Enter）", "Finish (Enter)";
    pub quiz_next = "下一题（Enter）", "Next question (Enter)";
    pub quiz_confirm = "确定（Enter）", "Confirm (Enter)";
    pub quiz_keys = "按 1–4 选择，Enter 确定", "Press 1–4 to choose, Enter to confirm";
    pub quiz_keys_typed = "输入答案，按 Enter 确定", "Type the answer, Enter to confirm";
    pub quiz_unanswered = "未作答", "not answered";
    pub quiz_score = "得分 {} / {}", "Score {} / {}";
    pub quiz_took = "用时 {}", "Time taken {}";
    pub quiz_right_col = "答对", "Right";
    pub quiz_review = "错题回顾", "Questions you missed";
    pub quiz_your_answer = "你的答案：{}", "Your answer: {}";
    pub quiz_retry = "只重做错题", "Retry the mistakes only";
    pub quiz_again = "再来一组", "Another set";
    pub quiz_start = "开始", "Start";
    pub quiz_heading = "时政练习", "Current-affairs drill";
    /// the heading of the launcher folded to one row (a phone has room for a word or two)
    pub quiz_heading_short = "时政练习", "Quiz";
    pub quiz_count = "题数", "Questions";
    pub quiz_mode = "模式", "Mode";
    pub quiz_scope_filter = "只考当前筛选的热点", "Only the topics in the current filter";
    /// the button that unfolds the launcher's settings while the reader filters
    pub quiz_options = "设置", "Options";
    /// the label of the question-type choice, and its four groups: figures (choice, typed,
    /// true/false), years, terms and titles, who said it and which topic
    pub quiz_focus = "题型", "Question types";
    pub quiz_focuses: [&'static str; 4] =
        ["数字", "年份", "提法与文件", "发言人与热点"],
        ["Figures", "Years", "Terms and titles", "Speaker and topic"];
    pub quiz_intro =
        "用这场发布会的数字、发言人和热点出题。",
        "Questions drawn from this briefing's figures, speakers and topics.";
    pub quiz_nothing_due =
        "现在没有到期的题目。答过的题会按遗忘规律排期，到期后在这里复习。",
        "Nothing is due right now. Questions you have answered are scheduled by how well you know \
         them and come back here when due.";
    pub theme_title = "配色", "Colours";
    pub theme_system = "跟随系统", "System";
    pub theme_light = "浅色", "Light";
    pub theme_dark = "深色", "Dark";
    pub quiz_no_questions =
        "所选范围内没有可出的题目。",
        "There are no questions to ask in this selection.";
    pub progress_heading = "学习记录", "Study record";
    pub progress_stats =
        "已练习 {} 题，其中最近一次答对 {} 题",
        "{} question(s) practised, {} right the last time";
    pub progress_due = "到期待复习 {} 题", "{} due for review";
    pub progress_empty =
        "还没有练习记录：测验的每道题都会记在这里，答错的题 10 分钟后就可以复习",
        "Nothing practised yet: every quiz answer is kept here, and a missed question is up for \
         review after 10 minutes";
    pub progress_next = "下一题 {}后到期", "next due in {}";
    pub minutes = "{} 分钟", "{} min";
    pub hours = "{} 小时", "{} h";
    pub days = "{} 天", "{} day(s)";
    pub progress_review = "复习到期题目（{}）", "Review due questions ({})";
    pub progress_export = "导出记录", "Export record";
    pub progress_import = "导入记录", "Import record";
    pub progress_reset = "清空记录", "Clear record";
    pub progress_reset_confirm = "确定清空？再点一次", "Sure? Click again to clear";
    pub progress_imported =
        "已合并导入的记录：新增 {} 条作答。",
        "Merged the imported record: {} new answer(s).";
    pub progress_import_failed =
        "导入失败：{}。原有记录未改动。",
        "Import failed: {}. Your existing record was not changed.";
    pub progress_cleared = "学习记录已清空。", "Study record cleared.";
    pub storage_off =
        "本浏览器不允许保存学习记录；本次练习结果不会保留。",
        "This browser does not allow saving your study record; results from this session will not \
         be kept.";
    pub progress_unreadable =
        "学习记录无法读取（{}），已重新开始。",
        "Your study record could not be read ({}), so it starts afresh.";
    pub progress_kept_as = "原内容已另存为“{}”。", "The old contents were kept under “{}”.";
    pub progress_earlier_kept =
        "旧版学习记录已保留，联网后再读入。",
        "Your earlier study record is kept, to be read when online.";
    pub progress_cannot_read = "无法读取学习记录。", "Your study record could not be read.";
    pub progress_save_failed =
        "保存学习记录失败：存储空间已满或被浏览器禁用。",
        "Could not save your study record: storage is full or disabled by the browser.";
    pub progress_cannot_clear = "无法清空学习记录。", "Could not clear your study record.";
    pub study_exam = "考试日期", "Exam date";
    pub study_exam_clear = "清除日期", "Clear date";
    pub study_exam_days = "距考试还有 {} 天", "{} day(s) to the exam";
    pub study_exam_today = "今天考试，祝顺利！", "The exam is today. Good luck!";
    pub study_exam_past =
        "考试日期已过：复习按常规安排",
        "The exam date has passed: reviews follow the usual schedule";
    pub study_retention = "目标记忆保持率", "Target retention";
    pub study_retention_hint = "高于 90% 时复习量会陡增", "Above 90%, the workload climbs steeply";
    pub forecast_studied =
        "预计考试当天能记住 {}%（已练习的 {} 题）",
        "You would recall {}% on exam day (the {} questions studied)";
    pub forecast_whole =
        "按全部 {} 题计（未练习的算作不会）：{}%",
        "Over all {} questions, unseen ones counting as not known: {}%";
    pub forecast_hint =
        "按现在的记忆估计，不计之后的复习",
        "From your memory now, before any further review";
    pub forecast_none =
        "设定考试日期，就能看到考试当天的记忆预测和考前的复习计划",
        "Set an exam date to see what you would recall on the day, and a plan until then";
    pub plan_summary_exam =
        "复习计划：今天 {} 题，考前共 {} 次复习",
        "Plan: {} today, {} reviews in all before the exam";
    pub plan_summary =
        "复习计划：今天 {} 题，未来 14 天共 {} 次复习",
        "Plan: {} today, {} reviews over the next 14 days";
    pub stats_link = "查看学习统计", "See statistics";
    // (a view whose code is on its way, or could not be fetched: the split build only)
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    pub part_loading = "正在载入……", "Loading…";
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    pub part_failed =
        "这一部分没能载入，可能是网络断开了。",
        "This part could not be loaded; the connection may be down.";
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    pub part_retry = "重试", "Try again";
    pub stats_heading = "学习统计", "Study statistics";
    pub stats_empty =
        "答过题后，这里会显示每天的练习、各热点的记忆和复习计划。",
        "Once you answer questions, this shows your daily practice, recall by topic and your plan.";
    pub heatmap_caption = "近 26 周每天的作答", "Answers per day, last 26 weeks";
    pub heatmap_summary =
        "近 26 周共作答 {} 次，{} 天有练习",
        "{} answer(s) in the last 26 weeks, on {} day(s)";
    pub heatmap_busiest = "单日最多 {} 次", "at most {} in a day";
    pub heatmap_day = "{}：{} 次作答", "{}: {} answer(s)";
    pub heatmap_right = "答对 {}", "{} right";
    pub heatmap_less = "少", "Less";
    pub heatmap_more = "多", "More";
    pub months =
        "1月|2月|3月|4月|5月|6月|7月|8月|9月|10月|11月|12月",
        "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
    pub weekdays = "一|二|三|四|五|六|日", "Mon|Tue|Wed|Thu|Fri|Sat|Sun";
    pub recall_caption = "各热点的记忆：现在与考试当天", "Recall by topic: now and on exam day";
    pub recall_caption_now = "各热点的记忆", "Recall by topic";
    pub recall_now = "现在", "Now";
    pub recall_exam = "考试当天", "Exam day";
    pub recall_row = "{}：已练习 {} 题", "{}: {} studied";
    pub recall_none = "还没有练习过的题目", "No questions studied yet";
    pub accuracy_caption = "每周正确率", "Accuracy by week";
    pub accuracy_week = "{} 那周", "Week of {}";
    pub accuracy_value = "答对 {} 题，共 {} 题", "{} right of {}";
    pub accuracy_none = "没有作答", "no answers";
    pub plan_caption =
        "复习计划：未来 14 天每天到期的题数",
        "Plan: reviews due each day, next 14 days";
    pub plan_caption_exam =
        "复习计划：到考试前每天到期的题数",
        "Plan: reviews due each day until the exam";
    pub plan_day = "{}：{} 题", "{}: {}";
    pub chart_table = "数据表", "Data table";
    pub date_col = "日期", "Date";
    pub transfer_heading = "在另一台设备上继续", "Continue on another device";
    pub transfer_intro =
        "链接里带着你的全部作答，写在 # 之后，不会发送给任何服务器。在另一台设备或浏览器里打开它，\
         两边的记录就会合并。",
        "The link carries all your answers after the #, which is never sent to any server. Open \
         it on another device or browser and the two records merge.";
    pub transfer_make = "生成链接和二维码", "Make a link and QR code";
    pub transfer_qr = "用手机相机扫描这个二维码", "Scan this QR code with a phone's camera";
    pub transfer_too_big =
        "记录太大，一个二维码放不下（链接有 {} 个字符）。请复制链接，或导出文件再在那边导入。",
        "The record is too big for one QR code (the link has {} characters). Copy the link, or \
         export the file and import it there.";
    pub link_merged =
        "已合并链接带来的学习记录：新增 {} 条作答。",
        "Merged the study record from the link: {} new answer(s).";
    pub link_failed =
        "链接中的学习记录无法读取（可能被截断），原有记录未改动。",
        "The study record in the link could not be read (was it cut short?). Your record was not \
         changed.";
    pub link_unavailable =
        "读入链接中的学习记录需要联网；链接仍在地址栏中，联网后刷新即可。",
        "Reading the study record in the link needs a connection; the link stays in the address \
         bar: reload once online.";
    pub reason_unavailable = "读取旧版记录需要联网", "reading an earlier record needs a connection";
    pub reason_corrupt = "内容已损坏", "the data is damaged";
    pub reason_version =
        "格式版本为 {}，本应用读取版本 {}",
        "format version {}, this app reads version {}";
    pub lang_switch = "English", "中文";
    pub lang_switch_code = "en", "zh-CN";
    pub lang_switch_title = "Switch the interface to English", "界面切换为中文";
    pub answer_true = "对", "True";
    pub answer_false = "错", "False";
    pub gloss_label = "英文释义", "Meaning";
    pub close = "关闭", "Close";
    pub show_more_qas = "显示更多问答（还有 {} 个）", "Show more Q&As ({} more)";
    pub show_more_rows = "显示更多数字（还有 {} 个）", "Show more figures ({} more)";
    pub data_heading = "资料库、导入与导出", "Library, import and export";
    pub data_intro =
        "粘贴或选择其他发布会的 .txt 文字（可一次选多个，或拖到这里）：这样的报道（{}）、外交部或国新办的实录，\
         简繁均可；也可以选导出的资料库文件。只在本机解析，不会上传。",
        "Paste or choose other briefings as .txt (several at once, or drop them here): write-ups like \
         this ({}), Foreign Ministry or SCIO transcripts, simplified or traditional; or a library \
         file you exported. They are parsed here, never uploaded.";
    pub import_label = "发布会文字", "Transcript text";
    pub import_file = "选择文件", "Choose files";
    pub import_keep = "保存到本浏览器的资料库", "Keep in this browser's library";
    pub import_open = "解析并打开", "Parse and open";
    pub import_error = "第 {} 行：{}", "Line {}: {}";
    pub import_too_large =
        "文件过大（{} MB），最多 {} MB。",
        "The text is too large ({} MB); the limit is {} MB.";
    pub import_empty_box = "请先粘贴文字或选择文件。", "Paste some text or choose a file first.";
    pub import_done =
        "已导入并打开，解析用时 {} 毫秒。",
        "Imported and opened; parsing took {} ms.";
    pub import_saved = "已保存在资料库。", "It is kept in the library.";
    pub import_session =
        "未保存：关闭页面后需重新导入。",
        "Not kept: it is gone when you close the page.";
    pub import_not_saved =
        "本浏览器拒绝保存（存储空间已满或被禁用），资料库原有内容未受影响；这次导入的需在下次重新导入。",
        "This browser refused to keep it (storage full or disabled); what the library held is \
         untouched, but this import must be made again next time.";
    pub import_stored_unreadable =
        "保存的导入内容无法解析（第 {} 行），已另存为“briefing-explorer/imported.unreadable”，\
         现显示内置发布会。",
        "The saved import no longer parses (line {}); it was kept under \
         “briefing-explorer/imported.unreadable” and the built-in briefing is shown.";
    pub library_missing =
        "链接指向的发布会（{}）不在本浏览器的资料库中，现显示内置发布会。可在“资料库”导入它。",
        "The briefing this link names ({}) is not in this browser's library; the built-in briefing \
         is shown. You can import it under Library.";
    pub library_unavailable =
        "本浏览器无法打开资料库（{}），导入的发布会只在本次打开。",
        "This browser cannot open the library ({}); imports last for this visit only.";
    pub library_kept_unreadable =
        "资料库中有 {} 场发布会无法再解析，仍保留，未列出。",
        "{} briefings in the library no longer parse; they are kept, not listed.";
    pub library_code_unavailable =
        "资料库的程序未能下载（离线？），现显示内置发布会；请刷新重试。",
        "The library's code could not be fetched (offline?); the built-in briefing is shown. \
         Reload to try again.";
    pub library_heading = "资料库", "Library";
    pub library_search_label = "在整个资料库中搜索", "Search the whole library";
    pub library_search_preparing = "正在准备搜索：{} / {}", "Preparing the search: {} of {}";
    pub library_search_count = "{} 处，分布在 {} 场发布会", "{} hits in {} briefings";
    pub library_search_none = "整个资料库中没有找到。", "Nothing found in the whole library.";
    pub library_search_kinds = "按类型", "By kind";
    pub library_search_speakers = "按发言人", "By speaker";
    pub library_search_hits = "{} 处", "{} hits";
    pub library_search_more = "显示更多发布会（还有 {} 场）", "Show more briefings ({} more)";
    pub source_imported = "导入的发布会", "Imported briefing";
    pub library_count = "共 {} 场", "{} briefings";
    pub library_builtin = "内置", "Built-in";
    pub library_on_show = "正在查看", "On show";
    pub library_remove = "移除", "Remove";
    pub library_removed = "已移除“{}”。", "Removed “{}”.";
    pub library_undo = "撤销", "Undo";
    pub library_order = "排序", "Order";
    pub library_newest = "日期：新→旧", "Date, newest first";
    pub library_oldest = "日期：旧→新", "Date, oldest first";
    pub library_imported = "导入顺序", "As imported";
    pub library_all_kinds = "全部类型", "All kinds";
    pub library_all_hosts = "全部主办方", "All hosts";
    pub library_counts = "{} 个问答 · {} 个数字", "{} Q&As · {} figures";
    pub library_progress =
        "已答 {} 题 · 今日到期 {} 题",
        "{} answered · {} due today";
    pub library_no_date = "无日期", "no date";
    pub library_recall = "考试日预计记住 {}%", "{}% expected on exam day";
    pub library_total = "整个资料库：", "The whole library: ";
    pub library_usage = "已用 {}，可用约 {}", "{} used of about {}";
    pub library_export = "导出整个资料库", "Export the whole library";
    pub library_empty = "资料库还是空的：在下面导入发布会。", "The library is empty: import briefings below.";
    pub import_progress = "正在导入 {} / {}", "Importing {} of {}";
    pub import_line_added = "已加入", "Added";
    pub import_line_duplicate = "已在资料库中，未重复保存", "Already in the library, not kept twice";
    pub import_line_refused = "无法读取", "Could not be read";
    pub import_line_merged =
        "资料库文件：新加入 {} 场，已有 {} 场",
        "Library file: {} added, {} already there";
    pub import_line_not_kept = "未保存：{}", "Not kept: {}";
    pub import_line_session = "只在本次打开", "For this visit only";
    pub export_heading = "导出", "Export";
    pub export_figures_csv = "数字（CSV，可用 Excel 打开）", "Figures (CSV, opens in Excel)";
    pub export_figures_json = "数字（JSON）", "Figures (JSON)";
    pub export_briefing_json = "整场发布会（JSON）", "The whole briefing (JSON)";
    pub export_anki = "全部题目（Anki 卡片，TSV）", "All questions (Anki cards, TSV)";
    pub export_study_log = "学习记录（作答日志，CSV）", "Study record (answer log, CSV)";
    pub export_worksheet =
        "打印练习卷（{} 题，附答案页）",
        "Printable worksheet ({} questions, answer key page)";
    pub export_failed = "导出失败：{}", "Export failed: {}";
    pub worksheet_title = "练习卷", "Worksheet";
    pub worksheet_name =
        "姓名：＿＿＿＿＿＿　日期：＿＿＿＿＿＿",
        "Name: ____________   Date: ____________";
    pub worksheet_key = "答案", "Answer key";
    pub worksheet_print = "打印", "Print";
    pub worksheet_answer_line = "答：＿＿＿＿＿＿＿＿", "Answer: ________________";
    pub(super) problems: Problems = problems::ZH, problems::EN;
    pub quiz_fewer =
        "你选了 {} 题，但所选范围只能出 {} 道题。",
        "You asked for {} questions; this selection only has {}.";
    pub option_correct = "✓ 正确答案", "✓ Right answer";
    pub option_yours = "✗ 你的选择", "✗ Your choice";
    pub repair_glyph = "修", "✎";
    pub show_results = "完成 · {}", "Done · {}";
    pub(super) set_aside_kinds: [&'static str; 4] = SET_ASIDE_NAMES_ZH, SET_ASIDE_NAMES_EN;
    pub(super) kinds: [&'static str; 3] = ["统计", "目标", "日期"], ["Statistic", "Target", "Date"];
    pub(super) units: [&'static str; 9] = UNIT_NAMES_ZH, UNIT_NAMES_EN;
    pub(super) qualifiers: [&'static str; 6] =
        ["超过", "多于（……多）", "约、近", "不超过", "不少于", "……底"],
        ["over", "more than (……多)", "about, nearly", "at most", "at least", "end of (……底)"];
    pub(super) repair_kinds: [&'static str; 4] = REPAIR_KIND_NAMES_ZH, REPAIR_KIND_NAMES_EN;
}

/// What the interface calls a briefing's parts: a newspaper write-up's 热点, or a transcript's
/// sections (its opening and its questions). Chosen in one place, [`Strings::parts`].
pub struct Parts {
    /// the list of them (热点目录, 目录)
    pub nav: &'static str,
    /// the filter by them (按热点, 按部分)
    pub group: &'static str,
    /// how many the results span (`{} 个热点`, `{} 个部分`)
    pub span: &'static str,
    /// a column of them (热点, 部分)
    pub column: &'static str,
    /// the quiz question that asks which one a passage is from
    pub quiz_kind: &'static str,
}

/// (the words for a briefing's parts: each under `key.nav`, `key.group` …)
#[cfg(test)]
impl super::table::Texts for Parts {
    fn texts(&self, key: &str, out: &mut Vec<(String, &'static str)>) {
        let Self { nav, group, span, column, quiz_kind } = self;
        for (k, v) in [
            ("nav", nav),
            ("group", group),
            ("span", span),
            ("column", column),
            ("quiz_kind", quiz_kind),
        ] {
            out.push((format!("{key}.{k}"), v));
        }
    }
}
