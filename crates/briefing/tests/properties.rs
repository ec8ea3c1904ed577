//! Property tests: the parser and the figure recogniser on generated input. Whatever the input,
//! no panic; figure spans never overlap and always lie on the paragraph's characters; a parsed
//! briefing survives a JSON round trip unchanged.

use briefing::figures::{recognise, Context};
use briefing::quiz::{self, Answer, QuestionKind, Settings};
use briefing::{parse, Briefing};
use proptest::prelude::*;

/// Pieces a transcript is made of, so generated text reaches deep into the parser instead of
/// failing on its first line.
fn line() -> impl Strategy<Value = String> {
    let numeral =
        prop::sample::select(vec!["一", "二", "三", "四", "十", "十一", "二十", "零", "两"]);
    let name =
        prop::sample::select(vec!["记者", "田玉龙", "黄利斌", "赵志国", "张三", "主持人", ""]);
    let colon = prop::sample::select(vec!["：", ":", "：：", ""]);
    let figure = prop::sample::select(vec![
        "超过60万个",
        "74.5%",
        "1865亿元",
        "4.3个百分点",
        "三到五年",
        "2020年8月",
        "1月26日",
        "60多家",
        "不超过两家",
        "1—11月",
        "百万家",
        "0.5",
        "１２％",
        "99999999999999999999亿",
        "3.",
        ".5%",
        "第一",
        "三个特点",
        // quoted terms, whole and broken, for term questions
        "《保障条例》",
        "“六稳”",
        "“六保”",
        "“十四五”",
        "《若干政策》",
        "“”",
        "《",
        "“小巨人",
        "》”",
        "《甲》乙《丙》",
        "“三品”“新四化”",
    ]);
    let words = "[\\u4e00-\\u9fa5a-zA-Z0-9，。、；%.\\-— ]{0,30}";
    prop_oneof![
        2 => (numeral.clone(), colon.clone(), words).prop_map(|(n, c, w)| format!("热点{n}{c}{w}")),
        3 => (name, colon, words, figure.clone(), words).prop_map(|(s, c, a, f, b)| format!("{s}{c}{a}{f}{b}")),
        1 => (words, figure).prop_map(|(a, f)| format!("编者按：{a}{f}")),
        2 => words.prop_map(String::from),
        1 => Just(String::new()),
        1 => any::<String>(),
    ]
}

/// A sentence: words with figures in them.
fn sentence() -> impl Strategy<Value = String> {
    let figure = prop::sample::select(vec![
        "超过60万个",
        "74.5%",
        "1865亿元",
        "4.3个百分点",
        "三到五年",
        "2020年8月",
        "1月26日",
        "60多家",
        "不超过两家",
        "2020年1—11月",
        "百万家",
        "157款",
        "突破2亿",
        "1100多个",
        "１２％",
        "三个特点",
        "第一",
        "十大类",
        "0.5",
        "2.",
        "1111111111111111111111111111个",
        "99999999999999999亿元",
    ]);
    let words = "[\\u4e00-\\u9fa5]{1,12}[，。、；]?";
    prop::collection::vec((words, prop::option::of(figure)), 1..5).prop_map(|parts| {
        parts.into_iter().map(|(w, f)| format!("{w}{}", f.unwrap_or(""))).collect::<String>() + "。"
    })
}

/// A turn: NAME: and one or more paragraphs.
fn turn(speaker: impl Strategy<Value = &'static str>) -> impl Strategy<Value = Vec<String>> {
    (speaker, prop::collection::vec(sentence(), 1..3), prop::sample::select(vec![":", "："]))
        .prop_map(|(s, paras, colon)| {
            let mut out = vec![format!("{s}{colon}{}", paras[0])];
            out.extend(paras[1..].iter().cloned());
            out
        })
}

/// A transcript of the right shape (note, headline, byline, numbered topics of questions and
/// answers), then sometimes damaged: a line dropped, doubled, swapped or cut short.
fn transcript() -> impl Strategy<Value = String> {
    let speaker = prop::sample::select(vec!["田玉龙", "黄利斌", "赵志国", "张三丰"]);
    let qa = (turn(Just("记者")), prop::collection::vec(turn(speaker), 1..3));
    let topic = ("[\\u4e00-\\u9fa5A-Z0-9]{1,8}", prop::collection::vec(qa, 1..3));
    let shape = (
        sentence(),
        "[\\u4e00-\\u9fa5]{4,16}",
        prop::option::of(Just("本报记者 徐恒")),
        prop::collection::vec(topic, 1..5),
    );
    let damage = prop_oneof![
        3 => Just(None),
        1 => (0usize..200, 0usize..5, 0usize..200).prop_map(Some),
    ];
    (shape, damage, prop::sample::select(vec!["\n", "\n\n", "\r\n"])).prop_map(
        |((note, headline, byline, topics), damage, nl)| {
            let mut lines = vec![format!("编者按：{note}"), headline];
            lines.extend(byline.map(String::from));
            for (i, (title, qas)) in topics.into_iter().enumerate() {
                lines.push(format!("热点{}:{title}", briefing::numerals::to_chinese(i as u32 + 1)));
                for (q, answers) in qas {
                    lines.extend(q);
                    lines.extend(answers.into_iter().flatten());
                }
            }
            if let Some((at, how, other)) = damage {
                let n = lines.len();
                let (at, other) = (at % n, other % n);
                match how {
                    0 => drop(lines.remove(at)),
                    1 => lines.insert(at, lines[at].clone()),
                    2 => lines.swap(at, other),
                    3 => lines[at] = lines[at].chars().take(other % 7).collect(),
                    _ => lines.insert(at, "热点二十:".into()),
                }
            }
            lines.join(nl)
        },
    )
}

/// Lines of transcript-like soup: mostly garbage, sometimes a heading or a turn.
fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(line(), 0..40).prop_map(|lines| lines.join("\n"))
}

/// The published briefing with a few lines dropped, doubled or moved: close to real input.
fn mangled_real() -> impl Strategy<Value = String> {
    let text = include_str!("../../../data/miit-2020-briefing.txt");
    let lines: Vec<String> = text.lines().map(String::from).collect();
    let n = lines.len();
    prop::collection::vec((0..n, 0u8..3, 0..n), 0..4).prop_map(move |edits| {
        let mut out = lines.clone();
        for (at, how, to) in edits {
            let (at, to) = (at % out.len(), to % out.len());
            match how {
                0 => drop(out.remove(at)),
                1 => out.insert(at, out[at].clone()),
                _ => {
                    let l = out.remove(at);
                    out.insert(to.min(out.len()), l);
                }
            }
            if out.is_empty() {
                break;
            }
        }
        out.join("\n")
    })
}

fn check_spans(b: &Briefing) -> Result<(), TestCaseError> {
    briefing::check::spans(b).map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn plain_decimals_read_as_the_standard_reader_reads_them(m in 0u64..(1 << 53), places in 0usize..=22, negative: bool, lead in 0usize..3) {
        let digits = format!("{m:0>width$}", width = places + 1 + lead);
        let (whole, frac) = digits.split_at(digits.len() - places);
        let text = format!("{}{whole}{}{frac}", if negative { "-" } else { "" }, if places > 0 { "." } else { "" });
        prop_assert_eq!(briefing::numerals::decimal(&text), text.parse::<f64>().ok(), "{}", text);
    }

    #[test]
    fn the_parser_never_panics_and_keeps_its_spans_sound(text in transcript()) {
        if let Ok(b) = parse::parse(&text) {
            check_spans(&b)?;
        }
    }

    #[test]
    fn quiz_generation_never_panics_and_every_answer_is_an_option(text in transcript(), seed in any::<u64>()) {
        if let Ok(b) = parse(&text) {
            for q in quiz::generate(&b, seed, &Settings { count: 60, ..Settings::default() }) {
                match &q.answer {
                    Answer::Index(i) => prop_assert!(*i < q.options.len(), "{}: {:?}", q.id, q.options),
                    Answer::Text(t) => prop_assert!(!t.is_empty()),
                }
                if q.kind == QuestionKind::Term {
                    prop_assert_eq!(q.options.len(), 4);
                    let Answer::Index(i) = q.answer else { unreachable!() };
                    prop_assert!(!q.prompt.contains(&q.options[i]), "{}: {}", q.id, q.prompt);
                }
            }
        }
    }

    #[test]
    fn soup_never_panics(text in soup()) {
        if let Ok(b) = parse::parse(&text) {
            check_spans(&b)?;
        }
    }

    #[test]
    fn any_bytes_give_a_briefing_or_an_error(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse::parse_bytes(&bytes);
    }

    #[test]
    fn cut_and_shuffled_real_text_parses_or_fails_cleanly(text in mangled_real()) {
        match parse::parse(&text) {
            Ok(b) => {
                check_spans(&b)?;
                let back = Briefing::from_json(&b.to_json()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(back, b);
            }
            Err(e) => prop_assert!(e.line <= text.lines().count().max(1), "error line {} past the end", e.line),
        }
    }

    #[test]
    fn parsing_in_two_steps_reads_the_same_briefing(text in mangled_real()) {
        // the app parses at start in two tasks: the text first, its figures in the next
        let whole = parse::parse(&text);
        match parse::parse_without_figures(&text) {
            Ok(mut b) => {
                prop_assert!(b.paragraphs().all(|p| p.figures.is_empty()), "figures before they were recognised");
                let Ok(whole) = whole else { return Err(TestCaseError::fail("parse failed where its first step did not")) };
                let mut bare = whole.clone();
                for p in bare.paragraphs_mut() {
                    p.figures.clear();
                }
                prop_assert_eq!(&b, &bare);
                parse::recognise_figures(&mut b);
                prop_assert_eq!(&b, &whole);
                // recognising again changes nothing
                parse::recognise_figures(&mut b);
                prop_assert_eq!(&b, &whole);
            }
            Err(e) => prop_assert_eq!(whole.err(), Some(e)),
        }
    }

    #[test]
    fn a_parsed_briefing_survives_a_json_round_trip(text in transcript()) {
        if let Ok(b) = parse::parse(&text) {
            let back = Briefing::from_json(&b.to_json()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(back, b);
        }
    }

    #[test]
    fn the_recogniser_never_panics_and_its_spans_lie_on_the_text(text in "\\PC{0,80}", year in prop::option::of(1900u32..2100)) {
        briefing::check::figure_spans(&text, &recognise(&text, Context { year })).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn the_recogniser_on_number_soup(parts in prop::collection::vec(prop::sample::select(vec![
        "1", "0", "9", ".", "%", "万", "亿", "千", "百", "十", "个", "家", "年", "月", "日", "超过", "近", "多", "到", "—", "-",
        "两", "三", "零", "第", "百分点", "元", "１", "．", "％", "约", "不超过", "底", "前",
    ]), 0..24), year in prop::option::of(1900u32..2100)) {
        let text: String = parts.concat();
        briefing::check::figure_spans(&text, &recognise(&text, Context { year })).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
    }
}

/// Lines shaped like the transcripts `read` takes: labels of both ministries, chrome, numbered
/// written questions, intros and headlines, in either script, and plain speech with figures.
fn transcript_soup() -> impl Strategy<Value = String> {
    let label = prop::sample::select(vec![
        "问：",
        "答：",
        "追问：",
        "记者：",
        "记者笑：",
        "新华社记者：",
        "《某报》记者：",
        "耿爽：",
        "主持人 某某：",
        "主持人：",
        "某部副部长 王某：",
        "王某：",
        "問：",
        "記者：",
        "會後有記者問及：",
        "会后，有记者问及：",
        "一、",
        "二、",
        "向大家通报一组数字：",
        "",
        "",
        "",
    ]);
    let chrome = prop::sample::select(vec![
        "2021-01-26 10:05:12",
        "2021-01-26 10:00:00 来源：中国网",
        "【字体：大 中 小】 打印 分享到：",
        "图为发布会现场。中国网 某某 摄",
        "责任编辑：某某",
        "国务院新闻办公室于2021年1月26日举行新闻发布会，请某部副部长王某介绍情况，并答记者问。",
        "2020年4月28日外交部发言人耿爽主持例行记者会",
        "2020年4月28日外交部發言人耿爽主持例行記者會",
        "",
    ]);
    let speech = prop_oneof![Just(String::new()), sentence(), "[\\u4e00-\\u9fa5：，。？]{0,20}"];
    let line = prop_oneof![
        3 => (label, speech).prop_map(|(l, s)| format!("　　{l}{s} ")),
        1 => chrome.prop_map(String::from),
    ];
    prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The reader of every format on transcript-shaped soup: a briefing or an error that names
    /// a line of the text, never a panic; a briefing's spans are sound and it survives a JSON
    /// round trip.
    #[test]
    fn the_reader_of_every_format_never_panics_and_keeps_its_spans_sound(text in transcript_soup()) {
        match briefing::read::read(&text) {
            Ok(b) => {
                check_spans(&b)?;
                let back = Briefing::from_json(&b.to_json()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(back, b);
            }
            Err(e) => prop_assert!(e.line >= 1 && e.line <= text.split('\n').count().max(1), "{e}"),
        }
    }
}
