//! The parser on small transcripts of the same shape, good and broken.

use briefing::{parse, parse_bytes, ErrorKind, RepairKind};

const GOOD: &str = "编者按：3月5日,某某新闻办公室举行新闻发布会,某部新闻发言人张三介绍情况,并与某部新闻发言人、某司司长李四就热点问题回答记者提问。

某部解读2022年发展热点

本报记者 王五

热点一：第一个话题

记者：第一个问题?

张三：第一个回答的第一段。

第一个回答的第二段。

热点二:第二个话题

记者:第二个问题?

李四:第二个回答。

记者:第三个问题?

张三:第三个回答。

李四:补充回答。
";

fn err(text: &str) -> (usize, ErrorKind) {
    match parse(text) {
        Ok(b) => panic!("expected an error, parsed {} topics", b.topics.len()),
        Err(e) => (e.line, e.kind),
    }
}

#[test]
fn reads_front_matter_topics_and_turns() {
    let b = parse(GOOD).expect("parses");
    assert_eq!(b.headline, "某部解读2022年发展热点");
    assert_eq!(b.byline.as_ref().map(|b| b.reporter.as_str()), Some("王五"));
    assert_eq!(b.event.date.as_deref(), Some("2023-03-05"));
    assert_eq!(b.event.host.as_deref(), Some("某某新闻办公室"));
    assert_eq!(b.event.kind.as_deref(), Some("新闻发布会"));
    let speakers: Vec<(&str, &str)> =
        b.speakers.iter().map(|s| (s.name.as_str(), s.title.as_str())).collect();
    assert_eq!(speakers, [("张三", "某部新闻发言人"), ("李四", "某部新闻发言人、某司司长")]);

    let titles: Vec<&str> = b.topics.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["第一个话题", "第二个话题"]);
    let t1 = &b.topics[0];
    assert_eq!((t1.number, t1.numeral.as_str(), t1.line), (1, "一", 7));
    assert_eq!(t1.qas[0].question.paragraphs[0].text, "第一个问题?");
    let answer = &t1.qas[0].answers[0];
    assert_eq!(answer.speaker, "张三");
    let paras: Vec<&str> = answer.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(paras, ["第一个回答的第一段。", "第一个回答的第二段。"]);
    assert_eq!(answer.paragraphs[1].line, 13);

    let t2 = &b.topics[1];
    let ids: Vec<&str> = t2.qas.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["t2-q1", "t2-q2"]);
    let who: Vec<&str> = t2.qas[1].answers.iter().map(|a| a.speaker.as_str()).collect();
    assert_eq!(who, ["张三", "李四"], "two speakers answer one question");
    assert_eq!(b.repairs().count(), 0, "clean text needs no repair");
}

#[test]
fn note_with_a_full_date_keeps_its_year() {
    let text = GOOD.replace("3月5日", "2019年12月30日");
    let b = parse(&text).expect("parses");
    assert_eq!(b.event.date.as_deref(), Some("2019-12-30"));
    assert_eq!(b.event.date_text.as_deref(), Some("2019年12月30日"));
    assert_eq!(b.event.year_basis, None);
}

#[test]
fn windows_line_endings_and_bom_parse_the_same() {
    let unix = parse(GOOD).expect("parses");
    let windows = format!("\u{feff}{}", GOOD.replace('\n', "\r\n"));
    assert_eq!(parse(&windows).expect("parses with CRLF"), unix);
}

#[test]
fn page_break_inside_an_answer_is_joined_and_recorded() {
    let text = GOOD.replace("第一个回答的第一段。", "第一个回答的第\n\n\n一段。");
    let b = parse(&text).expect("parses");
    let p = &b.topics[0].qas[0].answers[0].paragraphs[0];
    assert_eq!(p.text, "第一个回答的第一段。");
    assert_eq!(p.repairs.len(), 1);
    let r = &p.repairs[0];
    assert_eq!(r.kind, RepairKind::PageBreak);
    assert_eq!(r.original, "第\n\n\n一");
    let shown: String = p.text.chars().skip(r.start).take(r.end - r.start).collect();
    assert_eq!(shown, "第一");
    assert_eq!(b.topics[0].qas[0].answers[0].paragraphs.len(), 2, "the next paragraph stays");
}

#[test]
fn empty_file_is_an_error_on_line_one() {
    assert_eq!(err(""), (1, ErrorKind::Empty));
    assert_eq!(err(" \n\n\u{3000}\n"), (1, ErrorKind::Empty));
}

#[test]
fn text_without_topic_headings_is_an_error() {
    let (line, kind) = err("编者按：一段说明。\n\n标题\n\n记者:问题?\n");
    assert_eq!(kind, ErrorKind::TurnBeforeTopic { speaker: "记者".into() });
    assert_eq!(line, 5);
    let (_, kind) = err("编者按：一段说明。\n\n标题\n\n正文。\n");
    assert_eq!(kind, ErrorKind::MissingTopics);
}

#[test]
fn missing_note_or_headline_names_the_first_heading_line() {
    let no_note = GOOD.replacen("编者按：", "", 1).replacen("3月5日", "", 1);
    let no_note = no_note.replace("某部解读2022年发展热点\n", "");
    let (line, kind) = err(&no_note);
    assert_eq!(kind, ErrorKind::MissingNote);
    assert!(line > 1);
    let no_headline = GOOD.replace("某部解读2022年发展热点\n", "");
    assert_eq!(err(&no_headline), (6, ErrorKind::MissingHeadline), "the line of 热点一");
}

#[test]
fn heading_out_of_order_names_what_was_expected() {
    let text = GOOD.replace("热点二", "热点三");
    let (line, kind) = err(&text);
    assert_eq!(line, 15);
    assert_eq!(kind, ErrorKind::HeadingOutOfOrder { expected: 2, found: "三".into() });
    let e = parse(&text).expect_err("out of order");
    assert_eq!(e.to_string(), "line 15: expected heading 热点二, found 热点三");
}

#[test]
fn first_heading_must_be_one() {
    let (line, kind) = err(&GOOD.replace("热点一", "热点二"));
    assert_eq!((line, kind), (7, ErrorKind::HeadingOutOfOrder { expected: 1, found: "二".into() }));
}

#[test]
fn answer_before_any_question_is_an_error() {
    let text = GOOD.replace("记者：第一个问题?", "张三：抢答。");
    let (line, kind) = err(&text);
    assert_eq!(line, 9);
    assert_eq!(kind, ErrorKind::AnswerBeforeQuestion { speaker: "张三".into() });
}

#[test]
fn text_before_the_first_question_is_an_error() {
    let text = GOOD.replace("记者：第一个问题?", "没有提问人的一段话。");
    assert_eq!(err(&text), (9, ErrorKind::TextBeforeQuestion));
}

#[test]
fn unanswered_question_and_empty_topic_are_errors() {
    let text = GOOD.replace("张三:第三个回答。\n\n李四:补充回答。\n", "");
    assert_eq!(err(&text), (21, ErrorKind::UnansweredQuestion));
    let text = GOOD.replace("记者:第二个问题?\n\n李四:第二个回答。\n\n记者:第三个问题?\n\n张三:第三个回答。\n\n李四:补充回答。\n", "");
    assert_eq!(
        err(&text),
        (15, ErrorKind::TopicWithoutQuestions { topic: 2 }),
        "at the heading that ends the text, not past the end"
    );
}

#[test]
fn empty_heading_title_is_an_error() {
    assert_eq!(err(&GOOD.replace("热点二:第二个话题", "热点二:")), (15, ErrorKind::EmptyHeading));
}

#[test]
fn bytes_that_are_not_utf8_name_their_line() {
    let mut bytes = GOOD.as_bytes().to_vec();
    let at = GOOD.find("第二个回答").expect("in text");
    bytes[at] = 0xff;
    let e = parse_bytes(&bytes).expect_err("not UTF-8");
    assert_eq!(e.line, 19);
    assert_eq!(e.kind, ErrorKind::NotUtf8 { byte: at });
    // GBK-encoded Chinese is the common real case
    let gbk = [0xb1u8, 0xe0, 0xd5, 0xdf, 0xb0, 0xb4];
    assert_eq!(parse_bytes(&gbk).expect_err("GBK").line, 1);
}

#[test]
fn colons_inside_paragraphs_are_not_turns() {
    let text = GOOD
        .replace("第一个回答的第二段。", "主要有三个特点:\n\n一是:保持平稳。\n\n第二:加快培育。");
    let b = parse(&text).expect("parses");
    let a = &b.topics[0].qas[0].answers[0];
    assert_eq!(a.paragraphs.len(), 4);
    assert_eq!(a.paragraphs[2].text, "一是:保持平稳。");
}

#[test]
fn strange_input_never_panics() {
    let samples = [
        "热点一:",
        "热点一:标题\n记者:",
        "编者按\n热点十万:x",
        "编者按：\n标题\n热点一:话题\n记者:\n张三:\n",
        "编者按：\n标题\n热点一:话题\n记者:问\n张三:答\n\n\n\n",
        ":::\n：：：\n热点：\n热点一一:x",
        "编者按：1月99日,举行\n标题\n热点一:话题\n记者:问\n张三:答",
        "\u{0}\u{1}\u{7f}",
        "记者",
    ];
    for s in samples {
        let _ = parse(s);
    }
}
