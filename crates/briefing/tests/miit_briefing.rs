//! The MIIT 2020 briefing as published: its structure, its six repairs, and the checked-in
//! `data/briefing.json` that the app embeds.

use briefing::figures::FigureKind;
use briefing::{parse_bytes, Briefing, RepairKind};

const RAW: &[u8] = include_bytes!("../../../data/miit-2020-briefing.txt");
const JSON: &str = include_str!("../../../data/briefing.json");
const GLOSSES: &str = include_str!("../../../data/figure-glosses.tsv");

/// The briefing as the app gets it: the transcript parsed, the written glosses applied.
fn briefing() -> Briefing {
    let mut b = match parse_bytes(RAW) {
        Ok(b) => b,
        Err(e) => panic!("the published transcript must parse: {e}"),
    };
    if let Err(e) = briefing::figures::apply_glosses(&mut b, GLOSSES) {
        panic!("data/figure-glosses.tsv: {e}");
    }
    b
}

#[test]
fn checked_in_json_equals_the_parse_of_the_raw_text() {
    let fresh = briefing().to_json();
    assert!(
        fresh.trim_end() == JSON.trim_end(),
        "data/briefing.json is stale: run `cargo run -p briefing -- parse \
         data/miit-2020-briefing.txt --glosses data/figure-glosses.tsv > data/briefing.json`"
    );
    let read_back = Briefing::from_json(JSON).expect("valid JSON");
    assert_eq!(read_back, briefing(), "the JSON reads back into the same briefing");
}

#[test]
fn front_matter_and_event() {
    let b = briefing();
    assert_eq!(b.headline, "工信部解读2020年工业通信业热点");
    assert_eq!(b.byline.as_ref().map(|b| b.reporter.as_str()), Some("徐恒"));
    assert_eq!(b.event.date.as_deref(), Some("2021-01-26"));
    assert_eq!(b.event.host.as_deref(), Some("国务院新闻办公室"));
    assert_eq!(b.event.kind.as_deref(), Some("新闻发布会"));
    assert!(b.note.text.starts_with("编者按：1月26日"));
}

#[test]
fn three_spokespeople_with_their_titles() {
    let b = briefing();
    let got: Vec<(&str, &str)> =
        b.speakers.iter().map(|s| (s.name.as_str(), s.title.as_str())).collect();
    assert_eq!(
        got,
        [
            ("田玉龙", "工业和信息化部党组成员、总工程师、新闻发言人"),
            ("黄利斌", "工业和信息化部新闻发言人、运行监测协调局局长"),
            ("赵志国", "工业和信息化部新闻发言人、信息通信管理局局长"),
        ]
    );
}

#[test]
fn short_titles_keep_what_tells_the_speakers_apart() {
    let b = briefing();
    let got: Vec<String> = b.speakers.iter().map(|s| b.short_title(&s.name)).collect();
    assert_eq!(got, ["党组成员、总工程师", "运行监测协调局局长", "信息通信管理局局长"]);
    assert_eq!(b.short_title("无名氏"), "");
}

#[test]
fn seven_topics_and_ten_questions_with_their_speakers() {
    let b = briefing();
    let titles: Vec<&str> = b.topics.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "工业运行情况",
            "5G",
            "集成电路发展",
            "新能源汽车",
            "中小企业",
            "APP侵权",
            "制造业高质量发展"
        ]
    );
    let per_topic: Vec<usize> = b.topics.iter().map(|t| t.qas.len()).collect();
    assert_eq!(per_topic, [1, 1, 2, 2, 2, 1, 1]);
    let answered_by: Vec<&str> = b.qas().map(|qa| qa.answers[0].speaker.as_str()).collect();
    assert_eq!(
        answered_by,
        [
            "田玉龙",
            "赵志国",
            "黄利斌",
            "黄利斌",
            "黄利斌",
            "黄利斌",
            "田玉龙",
            "黄利斌",
            "赵志国",
            "田玉龙"
        ]
    );
    assert!(b.qas().all(|qa| qa.answers.len() == 1 && qa.question.speaker == "记者"));
    // an answer runs until the next 记者 turn or heading: 田玉龙's first answer has 6 paragraphs
    assert_eq!(b.topics[0].qas[0].answers[0].paragraphs.len(), 6);
}

#[test]
fn the_six_damaged_places_are_mended_and_recorded() {
    let b = briefing();
    let mut got: Vec<(RepairKind, usize, String, String)> = b
        .repairs()
        .map(|(p, r)| {
            let now: String = p.text.chars().skip(r.start).take(r.end - r.start).collect();
            (r.kind, r.line, r.original.clone(), now)
        })
        .collect();
    got.sort_by_key(|g| g.1);
    let want = [
        (RepairKind::MissingCharacter, 21, "全", "全会"),
        (RepairKind::PageBreak, 37, "米\n\n\n\n波", "米波"),
        (RepairKind::PageBreak, 81, "业\n\n设", "业设"),
        (RepairKind::DoubledWord, 85, "落地落地", "落地"),
        (RepairKind::StrayWord, 91, " and ", "和"),
        (RepairKind::PageBreak, 101, "哪\n\n些", "哪些"),
    ];
    let want: Vec<(RepairKind, usize, String, String)> =
        want.iter().map(|&(k, l, o, n)| (k, l, o.to_string(), n.to_string())).collect();
    assert_eq!(got, want);

    let all: String = b.paragraphs().map(|p| p.text.as_str()).collect();
    for mended in [
        "5G毫米波试验",
        "数字化、工业设计赋能",
        "涉及哪些侵害用户的行为",
        "民营企业和中小企业",
        "的落地,优化",
        "十九届五中全会提出",
    ] {
        assert!(all.contains(mended), "{mended}");
    }
    for damage in ["落地落地", " and ", "五中全提出"] {
        assert!(!all.contains(damage), "{damage}");
    }
}

#[test]
fn repaired_text_keeps_everything_else_as_published() {
    // Remove the known repairs from the source by hand and compare character counts: the
    // parser must not have touched any other text (punctuation, quotes, spacing).
    let b = briefing();
    let raw = std::str::from_utf8(RAW).expect("UTF-8");
    for p in b.paragraphs() {
        let mut text = p.text.clone();
        for r in p.repairs.iter().rev() {
            let chars: Vec<char> = text.chars().collect();
            let mut undone: String = chars[..r.start].iter().collect();
            undone.push_str(&r.original);
            undone.extend(&chars[r.end..]);
            text = undone;
        }
        let first_line = text.split('\n').next().unwrap_or_default();
        let in_source = raw.lines().nth(p.line - 1).unwrap_or_default();
        let in_source = in_source.strip_prefix("记者:").unwrap_or(in_source);
        let in_source = in_source
            .split_once(':')
            .filter(|(h, _)| h.chars().count() <= 4)
            .map_or(in_source, |(_, t)| t);
        assert_eq!(first_line, in_source, "line {}", p.line);
    }
}

/// Every figure a reader should see highlighted, read off the transcript by hand: id, surface
/// (qualifier and unit included), normalised value, kind. Names (5G, R17, 337调查, 十四五,
/// 十九届五中全会, 二〇三五年远景目标, “两个毫不动摇”, 第七次) and list headings (三个特点,
/// 三方面工作, 四项举措, 五个方面, 六个方面) are absent on purpose.
#[test]
fn every_figure_in_the_briefing_with_its_value_and_kind() {
    use FigureKind::{Date as D, Statistic as S, Target as T};
    let want: &[(&str, &str, &str, FigureKind)] = &[
        ("f3-1", "1月26日", "2021-01-26", D),
        ("f3-2", "2020年", "2020", D),
        ("f13-1", "2020年", "2020", D),
        ("f15-1", "31个", "31", S),
        ("f15-2", "20个", "20", S),
        ("f15-3", "2020年前11个月", "2020-01/2020-11", D),
        ("f15-4", "2.4%", "2.4", S),
        ("f15-5", "74.5%", "74.5", S),
        ("f17-1", "7.1%", "7.1", S),
        ("f17-2", "4.3个百分点", "4.3", S),
        ("f19-1", "2020年", "2020", D),
        ("f19-2", "1865亿元", "186500000000", S),
        ("f21-1", "2021年", "2021", D),
        ("f27-1", "2020年", "2020", D),
        ("f27-2", "2021年", "2021", D),
        ("f29-1", "2020年", "2020", D),
        ("f29-2", "超过60万个", "600000", S),
        ("f29-3", "突破2亿", "200000000", S),
        ("f29-4", "超过1100个", "1100", S),
        ("f29-5", "19个", "19", S),
        ("f29-6", "60多家", "60", S),
        ("f31-1", "2021年", "2021", D),
        ("f33-1", "2021年", "2021", D),
        ("f33-2", "60万个", "600000", T),
        ("f45-1", "2020年", "2020", D),
        ("f47-1", "2020年8月", "2020-08", D),
        ("f69-1", "2018年", "2018", D),
        ("f69-2", "2020年", "2020", D),
        ("f69-3", "2022年", "2022", D),
        ("f69-4", "不超过两家", "2", S),
        ("f79-1", "2020年1—11月", "2020-01/2020-11", D),
        ("f79-2", "6.9%", "6.9", S),
        ("f79-3", "4个月", "4", S),
        ("f87-1", "三到五年", "3-5", T),
        ("f87-2", "百万家", "1000000", T),
        ("f87-3", "十万家", "100000", T),
        ("f87-4", "万家", "10000", T),
        ("f89-1", "2020年", "2020", D),
        ("f91-1", "两年多", "2", S),
        ("f91-2", "2020年12月底", "2020-12", D),
        ("f91-3", "8500多亿元", "850000000000", S),
        ("f93-1", "两年多", "2", S),
        ("f101-1", "157款", "157", S),
        ("f105-1", "157款", "157", S),
        ("f105-2", "1月29日", "2021-01-29", D),
        ("f109-1", "2019年", "2019", D),
        ("f109-2", "两年", "2", S),
        ("f109-3", "四方面", "4", S),
        ("f109-4", "十大类", "10", S),
        ("f109-5", "2019年", "2019", D),
        ("f109-6", "62万款", "620000", S),
        ("f109-7", "2234款", "2234", S),
        ("f109-8", "500款", "500", S),
        ("f109-9", "132款", "132", S),
        ("f111-1", "27项", "27", S),
        ("f115-1", "11家", "11", S),
    ];
    let b = briefing();
    let got: Vec<(String, String, String, FigureKind)> =
        b.figures().map(|f| (f.id.clone(), f.text.clone(), f.data_value(), f.kind)).collect();
    let want: Vec<(String, String, String, FigureKind)> =
        want.iter().map(|&(i, t, v, k)| (i.to_string(), t.to_string(), v.to_string(), k)).collect();
    assert_eq!(got, want);
    for f in b.figures() {
        let p =
            b.paragraphs().find(|p| p.figures.iter().any(|g| g.id == f.id)).expect("its paragraph");
        let span: String = p.text.chars().skip(f.start).take(f.end - f.start).collect();
        assert_eq!(span, f.text, "{}: the span covers the surface", f.id);
    }
}

#[test]
fn figures_know_their_topic_and_speaker() {
    let b = briefing();
    let find = |id: &str| b.figures().find(|f| f.id == id).cloned().expect(id);
    let base = find("f29-2");
    assert_eq!((base.topic, base.speaker.as_deref()), (Some(2), Some("赵志国")));
    let arrears = find("f19-2");
    assert_eq!(
        (arrears.topic, arrears.speaker.as_deref(), arrears.value),
        (Some(1), Some("田玉龙"), Some(186500000000.0))
    );
    let in_question = find("f101-1");
    assert_eq!((in_question.topic, in_question.speaker.as_deref()), (Some(6), Some("记者")));
    let in_note = find("f3-1");
    assert_eq!((in_note.topic, in_note.speaker), (None, None));
}

#[test]
fn comparable_figures_for_charts() {
    use briefing::figures::{comparisons, Unit};
    let b = briefing();
    type Chart = (u32, Unit, Option<String>, Vec<String>, bool);
    let charts: Vec<Chart> = b
        .topics
        .iter()
        .flat_map(|t| {
            comparisons(t).into_iter().map(move |c| {
                (
                    t.number,
                    c.unit,
                    c.measure.map(String::from),
                    c.figures.iter().map(|f| f.text.clone()).collect(),
                    c.log_scale,
                )
            })
        })
        .collect();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        charts,
        [
            (1, Unit::Percent, None, s(&["2.4%", "74.5%", "7.1%"]), false),
            (5, Unit::Count, Some("家".into()), s(&["百万家", "十万家", "万家"]), false),
            (
                6,
                Unit::Count,
                Some("款".into()),
                s(&["157款", "62万款", "2234款", "500款", "132款"]),
                true
            ),
        ]
    );
}

#[test]
fn chart_bars_are_in_proportion_and_small_values_stay_visible() {
    use briefing::figures::comparisons;
    let b = briefing();
    let bars = |topic: usize| -> Vec<(String, String)> {
        let c = comparisons(&b.topics[topic - 1]).into_iter().next().expect("a chart");
        c.bars().iter().map(|bar| (bar.figure.text.clone(), bar.width())).collect()
    };
    let s = |v: &[(&str, &str)]| {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>()
    };
    // on a linear scale: 74.5% fills the width, 7.1% is 9.5% of it, 2.4% is 3.2%
    assert_eq!(bars(1), s(&[("2.4%", "3.2"), ("74.5%", "100.0"), ("7.1%", "9.5")]));
    // 132 apps against 620,000 would be 0.02% of the width; on the log scale it is over a third
    let apps = bars(6);
    assert_eq!(apps[1], ("62万款".to_string(), "100.0".to_string()));
    assert_eq!(apps[4], ("132款".to_string(), "36.6".to_string()));
}

#[test]
fn every_figure_has_a_gloss_written_for_it() {
    let b = briefing();
    for f in b.figures() {
        assert_ne!(
            f.gloss,
            briefing::figures::default_gloss(f),
            "{} {} has only the plain description",
            f.id,
            f.text
        );
        assert!(f.gloss.is_ascii() || f.gloss.contains(' '), "{}: an English gloss", f.id);
    }
    let base = b.figures().find(|f| f.text == "超过60万个").map(|f| f.gloss.clone());
    assert_eq!(base.as_deref(), Some("over 600,000 5G base stations built in 2020"));
}

#[test]
fn a_stale_gloss_table_is_an_error() {
    let mut b = briefing();
    let wrong_text = "id\ttext\tgloss\nf29-2\t60万个\tx\n";
    let e = briefing::figures::apply_glosses(&mut b, wrong_text).expect_err("text differs");
    assert!(e.contains("f29-2 is 超过60万个 in the text"), "{e}");
    let unknown = "id\ttext\tgloss\nf999-1\t1个\tx\n";
    assert!(briefing::figures::apply_glosses(&mut b, unknown)
        .expect_err("no such figure")
        .contains("no figure f999-1"));
    let short = "id\ttext\tgloss\nf29-2\t超过60万个\n";
    assert!(briefing::figures::apply_glosses(&mut b, short).is_err());
}

#[test]
fn a_figure_is_named_by_its_clause_in_chinese() {
    use briefing::figures::{clause_in, key_figures, CLAUSE_CHARS, KEY_FIGURES_SHOWN};
    let b = briefing();
    let named = |text: &str| -> String {
        let (t, f) = b
            .topics
            .iter()
            .flat_map(|t| key_figures(t, KEY_FIGURES_SHOWN).into_iter().map(move |f| (t, f)))
            .find(|(_, f)| f.text == text)
            .expect("a key figure");
        clause_in(t, f, CLAUSE_CHARS)
    };
    // the words around the figure, between its punctuation
    assert_eq!(named("超过60万个"), "全年新建5G基站超过60万个");
    assert_eq!(named("74.5%"), "全年工业产能利用率达到74.5%");
    // a long clause is cut around the figure, and says so
    for t in &b.topics {
        for f in key_figures(t, KEY_FIGURES_SHOWN) {
            let c = clause_in(t, f, CLAUSE_CHARS);
            assert!(c.contains(&f.text), "{c} names {}", f.text);
            assert!(c.chars().filter(|&ch| ch != '…').count() <= CLAUSE_CHARS, "{c}");
            println!("{} | {}", f.text, c);
        }
    }
}

#[test]
fn sorting_the_table_by_figure_sorts_within_each_unit() {
    use briefing::figures::{table, SortKey, TableFilter, Unit};
    let b = briefing();
    let all: Vec<_> = b.figures().collect();
    for descending in [false, true] {
        let placed = table(&all, &TableFilter::default(), SortKey::Value, descending);
        assert_eq!(placed.len(), all.len());
        // each row names its figure's place in the briefing, each place once
        assert!(placed.iter().all(|&(i, f)| std::ptr::eq(all[i], f)));
        let mut places: Vec<usize> = placed.iter().map(|&(i, _)| i).collect();
        places.sort_unstable();
        assert_eq!(places, (0..all.len()).collect::<Vec<_>>());
        let rows: Vec<_> = placed.into_iter().map(|(_, f)| f).collect();
        // the units come in their order, each once, whichever way the values go
        let mut units: Vec<Unit> = rows.iter().map(|f| f.unit).collect();
        units.dedup();
        assert_eq!(units, briefing::figures::units_present(&all), "descending: {descending}");
        // within a unit, values (dates by date) go the asked way
        for pair in rows.windows(2).filter(|w| w[0].unit == w[1].unit) {
            let ord = match (pair[0].value, pair[1].value) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                _ => pair[0].date.cmp(&pair[1].date),
            };
            assert_ne!(
                ord,
                if descending { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater },
                "{} then {}",
                pair[0].text,
                pair[1].text
            );
        }
    }
    // the largest count leads the counts when descending: 2亿 5G connections
    let rows = table(&all, &TableFilter::default(), SortKey::Value, true);
    assert_eq!(rows[0].1.text, "突破2亿");
}

#[test]
fn summary_labels_say_what_a_figure_counts_without_repeating_it() {
    use briefing::figures::{key_figures, split_at, summary_label, KEY_FIGURES_SHOWN};
    let b = briefing();
    let t = &b.topics[0];
    let f =
        key_figures(t, KEY_FIGURES_SHOWN).into_iter().find(|f| f.text == "74.5%").expect("74.5%");
    assert_eq!(summary_label(t, f, true, Some(26)), "全年工业产能利用率达到74.5%");
    // the value shown beside it is not said again in English; a tooltip keeps the whole gloss
    assert_eq!(
        summary_label(t, f, false, Some(26)),
        "industrial capacity utilisation for the whole of 2020"
    );
    assert_eq!(summary_label(t, f, false, None), f.gloss);
    // the figure can be picked out of its clause (two figures can share one)
    assert_eq!(
        split_at("制造业31个大类中的20个类别增加值实现增长", "20个"),
        ("制造业31个大类中的", "20个", "类别增加值实现增长")
    );
    assert_eq!(split_at("over 600,000", "60万个"), ("over 600,000", "", ""));
}
