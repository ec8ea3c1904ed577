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
    let in_text: usize =
        b.paragraphs().filter(|p| p.line > 3).map(|p| p.text.matches("芯片").count()).sum();
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
    let names: Vec<(&str, usize)> =
        r.speaker_counts.iter().map(|(s, n)| (s.as_str(), *n)).collect();
    assert_eq!(names, [("田玉龙", 3), ("赵志国", 2), ("黄利斌", 5)]);
    let r = run(Filter { topics: vec![5], ..Filter::default() });
    let names: Vec<(&str, usize)> =
        r.speaker_counts.iter().map(|(s, n)| (s.as_str(), *n)).collect();
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

mod url {
    use briefing::search::{percent_decode, percent_encode, Filter, UrlNotice, MAX_QUERY_CHARS};

    use super::briefing;

    #[test]
    fn a_filter_round_trips_through_the_url() {
        let b = briefing();
        let f = Filter {
            topics: vec![2, 5],
            speakers: vec!["赵志国".into()],
            outlets: vec![],
            figures_only: true,
            query: "芯片 5G&x=1".into(),
        };
        let q = f.to_query();
        assert!(q.starts_with("?q=%E8%8A%AF%E7%89%87%205G%26x%3D1&t=2,5&s=%E8%B5%B5"), "{q}");
        assert_eq!(Filter::from_query(&q, &b), (f, vec![]));
        assert_eq!(Filter::default().to_query(), "");
        assert_eq!(Filter::from_query("", &b), (Filter::default(), vec![]));
    }

    #[test]
    fn unknown_topics_and_speakers_are_dropped_and_reported() {
        let b = briefing();
        let (f, notices) = Filter::from_query(
            "?t=2,99,abc,2&s=%E8%B5%B5%E5%BF%97%E5%9B%BD,%E5%BC%A0%E4%B8%89",
            &b,
        );
        assert_eq!(f.topics, [2]);
        assert_eq!(f.speakers, ["赵志国"]);
        assert_eq!(
            notices,
            [
                UrlNotice::UnknownTopic("99".into()),
                UrlNotice::UnknownTopic("abc".into()),
                UrlNotice::UnknownSpeaker("张三".into())
            ]
        );
    }

    #[test]
    fn broken_encoding_and_huge_queries_are_survived() {
        let b = briefing();
        let (f, notices) = Filter::from_query("?q=%E8%8A%zz%FF", &b);
        assert!(notices.contains(&UrlNotice::BadEncoding));
        assert!(f.query.contains('%'), "the broken part is kept as typed: {}", f.query);
        let huge = format!("?q={}", "%E8%8A%AF".repeat(40_000));
        let (f, notices) = Filter::from_query(&huge, &b);
        assert_eq!(f.query.chars().count(), MAX_QUERY_CHARS);
        assert!(notices.contains(&UrlNotice::QueryTooLong));
        let (f, _) = Filter::from_query("?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", &b);
        assert_eq!(f.query, "<script>alert(1)</script>", "kept as text; the view escapes it");
        for odd in [
            "?q",
            "?=",
            "?&&",
            "?t",
            "?t=",
            "?s=,,",
            "?fig",
            "?%",
            "?q=%",
            "?t=-1,4294967296",
            "??q=x",
        ] {
            let _ = Filter::from_query(odd, &b); // never a panic
        }
    }

    #[test]
    fn percent_coding_handles_plus_and_utf8() {
        assert_eq!(percent_decode("a+b%20c"), ("a b c".into(), false));
        assert_eq!(percent_encode("芯 a"), "%E8%8A%AF%20a");
        assert_eq!(percent_decode(&percent_encode("５Ｇ 芯片")).0, "５Ｇ 芯片");
    }
}

#[test]
fn search_folds_traditional_and_simplified_characters_both_ways() {
    let b = briefing();
    let index = Index::with_fold(&b, briefing::search::fold_script);
    // 发展 in the simplified briefing, asked in traditional characters
    let simplified = index.run(&query("发展"));
    let traditional = index.run(&query("發展"));
    assert!(simplified.hit_count > 0);
    assert_eq!(traditional.hits, simplified.hits);
    // without the script folding, the traditional query finds nothing
    assert_eq!(Index::new(&b).run(&query("發展")).hit_count, 0);

    // a transcript in traditional characters, asked in simplified ones
    let text = "2021年3月1日外交部發言人某某主持例行記者會\n\n問：中方如何看待經濟發展？\n答：中國經濟發展勢頭良好。\n";
    let t = briefing::read::read(text).unwrap_or_else(|e| panic!("{e}"));
    assert!(t.traditional);
    let r = Index::with_fold(&t, briefing::search::fold_script).run(&query("经济发展"));
    assert_eq!(r.hit_count, 2);
    // the spans are on the text as printed
    let p = &t.topics[0].qas[0].answers[0].paragraphs[0];
    let (s, e) = r.hits.iter().find(|h| h.line == p.line).map(|h| h.spans[0]).unwrap_or_default();
    assert_eq!(p.text.chars().skip(s).take(e - s).collect::<String>(), "經濟發展");
}

#[test]
fn the_outlet_filter_keeps_the_questions_of_one_outlet_and_counts_the_others() {
    let text = "问：第一个问题，中方如何看待？\n答：回答一。\n新华社记者：第二个问题关于经济。\n某某：回答二。\n路透社记者：第三个问题关于贸易。\n某某：回答三。\n追问：关于贸易的追问。\n某某：回答四。\n";
    let b = briefing::read::read(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(b.outlets(), ["新华社", "路透社"]);
    let index = Index::new(&b);
    let f = Filter { outlets: vec!["路透社".into()], ..Filter::default() };
    let r = index.run(&f);
    // the question and its follow-up
    assert_eq!(r.qas.len(), 2);
    assert_eq!(r.outlet_counts, [("新华社".to_string(), 1), ("路透社".to_string(), 2)]);
    // in the address, and back
    assert_eq!(f.to_query(), "?o=%E8%B7%AF%E9%80%8F%E7%A4%BE");
    let (back, notices) = Filter::from_query(&f.to_query(), &b);
    assert_eq!((back, notices), (f, vec![]));
    let (_, notices) = Filter::from_query("?o=%E6%9F%90", &b);
    assert_eq!(notices, [briefing::search::UrlNotice::UnknownOutlet("某".into())]);
}
