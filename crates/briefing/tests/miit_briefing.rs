//! The MIIT 2020 briefing as published: its structure, its six repairs, and the checked-in
//! `data/briefing.json` that the app embeds.

use briefing::{parse_bytes, Briefing, RepairKind};

const RAW: &[u8] = include_bytes!("../../../data/miit-2020-briefing.txt");
const JSON: &str = include_str!("../../../data/briefing.json");

fn briefing() -> Briefing {
    match parse_bytes(RAW) {
        Ok(b) => b,
        Err(e) => panic!("the published transcript must parse: {e}"),
    }
}

#[test]
fn checked_in_json_equals_the_parse_of_the_raw_text() {
    let fresh = briefing().to_json();
    assert!(
        fresh.trim_end() == JSON.trim_end(),
        "data/briefing.json is stale: run `cargo run -p briefing -- parse data/miit-2020-briefing.txt > data/briefing.json`"
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
    let got: Vec<(&str, &str)> = b.speakers.iter().map(|s| (s.name.as_str(), s.title.as_str())).collect();
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
fn seven_topics_and_ten_questions_with_their_speakers() {
    let b = briefing();
    let titles: Vec<&str> = b.topics.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        ["工业运行情况", "5G", "集成电路发展", "新能源汽车", "中小企业", "APP侵权", "制造业高质量发展"]
    );
    let per_topic: Vec<usize> = b.topics.iter().map(|t| t.qas.len()).collect();
    assert_eq!(per_topic, [1, 1, 2, 2, 2, 1, 1]);
    let answered_by: Vec<&str> = b.qas().map(|qa| qa.answers[0].speaker.as_str()).collect();
    assert_eq!(
        answered_by,
        ["田玉龙", "赵志国", "黄利斌", "黄利斌", "黄利斌", "黄利斌", "田玉龙", "黄利斌", "赵志国", "田玉龙"]
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
    for mended in ["5G毫米波试验", "数字化、工业设计赋能", "涉及哪些侵害用户的行为", "民营企业和中小企业", "的落地,优化", "十九届五中全会提出"] {
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
        let in_source = in_source.split_once(':').filter(|(h, _)| h.chars().count() <= 4).map_or(in_source, |(_, t)| t);
        assert_eq!(first_line, in_source, "line {}", p.line);
    }
}
