//! Search and filters on the published briefing, as a reader uses them.

use briefing::search::{find_all, fold, terms, Filter, Index, MAX_QUERY_CHARS};
use briefing::{parse_bytes, Briefing};

fn briefing() -> Briefing {
    match parse_bytes(include_bytes!("../../../data/miit-2020-briefing.txt")) {
        Ok(b) => b,
        Err(e) => panic!("{e}"),
    }
}

fn run(f: Filter) -> briefing::search::Results {
    Index::new(&briefing()).run(&f)
}

fn query(q: &str) -> Filter {
    Filter { query: q.into(), ..Filter::default() }
}

#[test]
fn folding_is_one_character_for_one() {
    assert_eq!("５Ｇ ＡＰＰ　app".chars().map(fold).collect::<String>(), "5g app app");
    assert_eq!(fold('芯'), '芯');
    assert_eq!(terms(" 芯片  ５Ｇ　芯片 "), vec![vec!['芯', '片'], vec!['5', 'g']]);
    assert!(terms("   ").is_empty());
}

#[test]
fn substrings_are_found_without_word_boundaries() {
    let text: Vec<char> = "芯片产能持续紧缺,芯片".chars().collect();
    assert_eq!(find_all(&text, &['芯', '片']), [(0, 2), (9, 11)]);
    assert_eq!(find_all(&text, &['片', '产']), [(1, 3)], "any substring, even across words");
    assert!(find_all(&text, &[]).is_empty());
    let aaa: Vec<char> = "啊啊啊".chars().collect();
    assert_eq!(find_all(&aaa, &['啊', '啊']), [(0, 2)], "occurrences do not overlap");
}

#[test]
fn chips_query_finds_only_answers_that_contain_it() {
    let r = run(query("芯片"));
    assert_eq!(r.qas, ["t2-q1", "t3-q1", "t3-q2"]);
    assert_eq!(r.topics, [2, 3]);
    // every hit is 芯片 in the displayed text
    let b = briefing();
    for h in &r.hits {
        let p = b.paragraphs().find(|p| p.line == h.line).expect("paragraph");
        let chars: Vec<char> = p.text.chars().collect();
        for &(s, e) in &h.spans {
            assert_eq!(chars[s..e].iter().collect::<String>(), "芯片");
        }
    }
    let in_text: usize = b.paragraphs().filter(|p| p.line > 3).map(|p| p.text.matches("芯片").count()).sum();
    assert_eq!(r.hit_count, in_text);
}

#[test]
fn full_width_and_case_are_folded() {
    assert_eq!(run(query("５Ｇ")).qas, run(query("5G")).qas);
    assert_eq!(run(query("app")).qas, ["t6-q1"]);
    assert_eq!(run(query("app")).hit_count, run(query("APP")).hit_count);
}

#[test]
fn several_terms_mean_and() {
    let both = run(query("芯片 安全"));
    let chips = run(query("芯片"));
    let safety = run(query("安全"));
    assert!(!both.qas.is_empty());
    for id in &both.qas {
        assert!(chips.qas.contains(id) && safety.qas.contains(id));
    }
    assert!(both.qas.len() < chips.qas.len().max(safety.qas.len()));
    assert!(run(query("芯片 不存在的词")).qas.is_empty());
}

#[test]
fn topic_and_speaker_filters_combine() {
    let f = Filter { topics: vec![2], speakers: vec!["赵志国".into()], ..Filter::default() };
    assert_eq!(run(f).qas, ["t2-q1"]);
    let f = Filter { speakers: vec!["黄利斌".into()], ..Filter::default() };
    assert_eq!(run(f).qas, ["t3-q1", "t3-q2", "t4-q1", "t4-q2", "t5-q2"]);
    let f = Filter { topics: vec![1, 7], ..Filter::default() };
    assert_eq!(run(f).qas, ["t1-q1", "t7-q1"]);
    let f = Filter { topics: vec![3], speakers: vec!["田玉龙".into()], ..Filter::default() };
    assert!(run(f).qas.is_empty());
}

#[test]
fn counts_are_faceted() {
    let f = Filter { speakers: vec!["黄利斌".into()], ..Filter::default() };
    let r = run(f);
    // topic counts follow the speaker filter, ignoring the topic filter
    assert_eq!(r.topic_counts, [(3, 2), (4, 2), (5, 1)]);
    // speaker counts ignore the speaker filter itself
    let names: Vec<(&str, usize)> = r.speaker_counts.iter().map(|(s, n)| (s.as_str(), *n)).collect();
    assert_eq!(names, [("田玉龙", 3), ("赵志国", 2), ("黄利斌", 5)]);
    let r = run(Filter { topics: vec![5], ..Filter::default() });
    let names: Vec<(&str, usize)> = r.speaker_counts.iter().map(|(s, n)| (s.as_str(), *n)).collect();
    assert_eq!(names, [("田玉龙", 1), ("黄利斌", 1)]);
}

#[test]
fn figures_filter_keeps_answers_with_statistics_or_targets() {
    let r = run(Filter { figures_only: true, ..Filter::default() });
    // 集成电路 and the 337 question report no statistic; the car questions neither
    assert_eq!(r.qas, ["t1-q1", "t2-q1", "t4-q2", "t5-q1", "t5-q2", "t6-q1"]);
    assert_eq!(run(Filter::default()).figures_count, 6);
}

#[test]
fn hostile_queries_stay_bounded() {
    let long = "芯".repeat(100_000);
    let r = run(query(&long));
    assert!(r.query_truncated);
    assert!(r.qas.is_empty());
    let r = run(query(&"a ".repeat(50)));
    assert!(r.query_truncated);
    assert!(terms(&"x".repeat(MAX_QUERY_CHARS * 2))[0].len() <= MAX_QUERY_CHARS);
    let r = run(query("<script>alert(1)</script>"));
    assert!(r.qas.is_empty());
}
