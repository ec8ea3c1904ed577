//! Figure questions: a number blanked with its qualifier and unit kept, options that look alike
//! and that blind guessers cannot beat, true/false statements altered half the time, typed
//! answers in any form, counts written in Chinese, and numbers in full-width digits.

use briefing::quiz::{
    check, every_question, generate, number_options, typed_matches, Answer, QuestionKind, Rng,
    Settings,
};
use briefing::Briefing;

use super::{answer_text, blind_pick, briefing, figures_and_answers, hit_rate, settings};

#[test]
fn a_figure_question_blanks_the_number_and_keeps_qualifier_and_unit() {
    let b = briefing();
    let qs = generate(
        &b,
        5,
        &Settings { count: 200, topics: vec![], kinds: vec![QuestionKind::FigureTyped] },
    );
    let base = qs
        .iter()
        .find(|q| q.source.figure.as_deref() == Some("f29-2"))
        .expect("the 5G base stations");
    assert!(base.prompt.contains("全年新建5G基站超过___万个"), "{}", base.prompt);
    assert_eq!(base.unit.as_deref(), Some("万个"));
    assert_eq!(base.answer, Answer::Text("60".into()));
    for typed in ["60", "60万", "600000", "600,000", "六十万", "６０", " 60 ", "60万个"] {
        assert!(check(base, typed), "{typed} should count as right");
    }
    // 六十 is right too: the blank stands before 万
    assert!(check(base, "六十"));
    for typed in ["6", "600", "61", "", "abc", "60亿"] {
        assert!(!check(base, typed), "{typed} should count as wrong");
    }
    let money =
        qs.iter().find(|q| q.source.figure.as_deref() == Some("f19-2")).expect("the arrears");
    assert!(check(money, "1865") && check(money, "1865亿") && check(money, "186500000000"));
    let pct =
        qs.iter().find(|q| q.source.figure.as_deref() == Some("f15-5")).expect("capacity use");
    assert!(check(pct, "74.5") && check(pct, "74.5%") && !check(pct, "74"));
}

#[test]
fn the_answer_is_not_in_the_prompt() {
    let b = briefing();
    for q in generate(&b, 9, &settings(200)) {
        if let (QuestionKind::FigureChoice | QuestionKind::FigureTyped, Some(f)) =
            (q.kind, &q.source.figure)
        {
            let surface =
                b.figures().find(|x| &x.id == f).map(|x| x.text.clone()).unwrap_or_default();
            // as a number of its own: 万家 is also the end of 十万家, which is another figure
            let numeral = |c: char| {
                c.is_ascii_digit() || c == '.' || "一二两三四五六七八九十百千万亿".contains(c)
            };
            let printed = q
                .prompt
                .match_indices(&surface)
                .any(|(i, _)| !q.prompt[..i].chars().next_back().is_some_and(numeral));
            assert!(!printed, "{}: {}", q.id, q.prompt);
            assert!(q.prompt.contains("___"));
        }
    }
}

#[test]
fn numbers_with_no_room_on_one_side_are_not_choice_questions() {
    let mut rng = Rng::new(1);
    assert!(number_options("11", &mut rng).is_none(), "no 2-digit neighbour below 11 but 10");
    assert!(number_options("20", &mut rng).is_none());
    assert!(number_options("4", &mut rng).is_none());
    assert!(number_options("1100", &mut rng).is_none(), "below 1100 only 1000, rounder than it");
    assert!(number_options("157", &mut rng).is_some());
}

#[test]
fn options_look_alike() {
    let mut rng = Rng::new(3);
    for answer in ["60", "74.5", "1865", "500", "132", "2234", "2.4", "19", "27", "6.9", "157"] {
        for _ in 0..50 {
            let (opts, i) =
                number_options(answer, &mut rng).unwrap_or_else(|| panic!("options for {answer}"));
            assert_eq!(opts.len(), 4);
            assert_eq!(opts[i], answer);
            let mut uniq = opts.clone();
            uniq.sort();
            uniq.dedup();
            assert_eq!(uniq.len(), 4, "{opts:?}");
            for o in &opts {
                assert_eq!(o.len(), answer.len(), "{answer}: {opts:?}");
                assert_eq!(o.contains('.'), answer.contains('.'), "{answer}: {opts:?}");
                let zeros = |s: &str| s.chars().rev().take_while(|&c| c == '0').count();
                assert_eq!(zeros(o), zeros(answer), "{answer}: {opts:?} same roundness");
            }
        }
    }
}

#[test]
fn blind_guessers_score_near_chance() {
    let b = briefing();
    let mut questions = Vec::new();
    for seed in 0..250 {
        questions.extend(generate(
            &b,
            seed,
            &Settings { count: 40, topics: vec![], kinds: vec![QuestionKind::FigureChoice] },
        ));
    }
    assert!(questions.len() > 3000, "{} questions", questions.len());
    for strategy in [
        "longest",
        "roundest",
        "largest",
        "smallest",
        "median",
        "has-decimal",
        "first",
        "last",
        "odd-last-digit",
    ] {
        let right = questions
            .iter()
            .filter(
                |q| matches!(q.answer, Answer::Index(i) if blind_pick(strategy, &q.options) == i),
            )
            .count();
        let rate = right as f64 / questions.len() as f64;
        println!("{strategy:>14}: {:.3} over {} questions", rate, questions.len());
        assert!(
            (0.19..=0.31).contains(&rate),
            "{strategy} scores {rate:.3}, far from chance (0.25)"
        );
    }
    // and the answer's position is spread evenly
    for pos in 0..4 {
        let n = questions.iter().filter(|q| q.answer == Answer::Index(pos)).count();
        let share = n as f64 / questions.len() as f64;
        assert!((0.2..=0.3).contains(&share), "position {pos}: {share:.3}");
    }
}

#[test]
fn true_false_statements_are_altered_about_half_the_time() {
    let b = briefing();
    let mut altered = 0;
    let mut total = 0;
    for seed in 0..40 {
        for q in generate(
            &b,
            seed,
            &Settings { count: 40, topics: vec![], kinds: vec![QuestionKind::TrueFalse] },
        ) {
            total += 1;
            if q.answer == Answer::Index(1) {
                altered += 1;
                assert!(
                    !q.prompt.contains(&q.source.sentence),
                    "an altered statement differs from the source"
                );
            }
        }
    }
    let share = altered as f64 / total as f64;
    assert!((0.4..=0.6).contains(&share), "{share}");
}

#[test]
fn typed_answers_in_any_form() {
    assert!(typed_matches("60万", "60", "万个"));
    // any way of writing the same number: 600000 and 0.6百万 are 60万 too
    assert!(typed_matches("600000", "60", "万个"));
    assert!(typed_matches("0.6百万", "60", "万个"));
    assert!(!typed_matches("6", "60", "万个"));
    assert!(typed_matches("２２３４", "2234", "款"));
    assert!(typed_matches("2,234款", "2234", "款"));
    assert!(!typed_matches("2243", "2234", "款"));
}

/// Choice questions on counts written in Chinese (the options are numerals, no digits).
fn chinese_count_questions(b: &Briefing, seed: u64) -> Vec<briefing::quiz::Question> {
    every_question(
        b,
        seed,
        &Settings { count: 0, topics: vec![], kinds: vec![QuestionKind::FigureChoice] },
    )
    .into_iter()
    .filter(|q| q.options.iter().all(|o| !o.chars().any(|c| c.is_ascii_digit())))
    .collect()
}

/// `text` prints `numeral` + `measure` as a count of its own (万家, not the end of 十万家).
fn prints_count(text: &str, numeral: &str, measure: &str) -> bool {
    let pattern = format!("{numeral}{measure}");
    text.match_indices(&pattern).any(|(i, _)| {
        !text[..i].chars().next_back().is_some_and(|c| "一二两三四五六七八九十百千万亿".contains(c))
    })
}

#[test]
fn counts_written_in_chinese_are_asked_with_numerals_of_their_kind() {
    let b = briefing();
    let qs = chinese_count_questions(&b, 2);
    let asked = figures_and_answers(&qs);
    // 带动孵化百万家创新型中小企业, 培育十万家“专精特新”企业, 遴选出万家“小巨人”企业;
    // 四方面十大类问题
    let expected =
        [("f109-3", "四"), ("f109-4", "十"), ("f87-2", "百万"), ("f87-3", "十万"), ("f87-4", "万")];
    assert_eq!(asked, expected.into_iter().collect(), "{asked:?}");
    for q in &qs {
        let answer = answer_text(q);
        let measure = q.unit.as_deref().unwrap_or("");
        assert!(q.prompt.contains(&format!("___{measure}")), "{}: {}", q.id, q.prompt);
        let distinct: std::collections::HashSet<&String> = q.options.iter().collect();
        assert_eq!(distinct.len(), 4, "{}: {:?}", q.id, q.options);
        for o in &q.options {
            assert!(
                !prints_count(&q.prompt, o, measure),
                "{}: the option {o}{measure} is printed in {}",
                q.id,
                q.prompt
            );
        }
        // magnitudes with magnitudes, small numbers with small numbers
        let magnitude = |o: &str| o.chars().all(|c| "十百千万亿".contains(c)) && o != "十";
        assert!(
            q.options.iter().all(|o| magnitude(o) == magnitude(answer)),
            "{}: {:?}",
            q.id,
            q.options
        );
        // feedback marks the figure where it is: 遴选出万家, not the end of 百万家
        let (i, j) = briefing::quiz::asked_span(&b, q).expect("the figure is in its sentence");
        assert_eq!(&q.source.sentence[i..j], format!("{answer}{measure}"), "{}", q.id);
        assert!(
            !q.source.sentence[..i].ends_with(['百', '十']),
            "{}: marked inside a longer number",
            q.id
        );
    }
}

#[test]
fn counts_written_in_chinese_are_true_false_statements_too() {
    let b = briefing();
    let numeral_of = |q: &briefing::quiz::Question| q.source.figure.clone();
    let mut altered = 0;
    let mut total = 0;
    let mut asked = std::collections::BTreeSet::new();
    for seed in 0..200 {
        let qs = generate(
            &b,
            seed,
            &Settings { count: 500, topics: vec![], kinds: vec![QuestionKind::TrueFalse] },
        );
        // the statements on counts written in Chinese: their figure has no digits
        for q in qs.iter().filter(|q| {
            numeral_of(q).is_some_and(|id| {
                ["f109-3", "f109-4", "f87-2", "f87-3", "f87-4"].contains(&id.as_str())
            })
        }) {
            total += 1;
            asked.insert(numeral_of(q).unwrap_or_default());
            assert_eq!(q.options, ["对", "错"]);
            let (i, j) = briefing::quiz::asked_span(&b, q).expect("the figure is in its sentence");
            let said = &q.source.sentence[i..j];
            // the prompt after its "（热点… · speaker）", and both without a cut's "……" or comma
            let norm = |t: &str| t.trim_end_matches(['…', ',', '，', '、']).to_string();
            let statement = norm(q.prompt.split_once('）').map_or(q.prompt.as_str(), |(_, t)| t));
            let sentence = norm(&q.source.sentence);
            if q.answer == Answer::Index(1) {
                altered += 1;
                // the same sentence with another count in the figure's place
                assert_ne!(statement, sentence, "{}", q.id);
                let digitless =
                    |t: &str| t.replace(|c: char| "一二两三四五六七八九十百千万亿".contains(c), "");
                assert_eq!(digitless(&statement), digitless(&sentence), "{}: {statement}", q.id);
            } else {
                assert_eq!(statement, sentence, "{}", q.id);
                assert!(statement.contains(said), "{}", q.id);
            }
        }
    }
    assert_eq!(asked.len(), 5, "{asked:?}");
    let share = altered as f64 / total as f64;
    println!("altered: {share:.3} of {total}");
    assert!((0.4..=0.6).contains(&share), "{share}");
}

#[test]
fn blind_guessers_do_no_better_than_chance_on_chinese_counts() {
    let b = briefing();
    let questions: Vec<_> = (0..800).flat_map(|seed| chinese_count_questions(&b, seed)).collect();
    assert!(questions.len() >= 3000, "{} questions", questions.len());
    let value = |o: &str| briefing::figures::read_value(o).unwrap_or(f64::NAN);
    let by_value = |q: &briefing::quiz::Question, biggest: bool| {
        let mut order: Vec<usize> = (0..q.options.len()).collect();
        order.sort_by(|&x, &y| value(&q.options[x]).total_cmp(&value(&q.options[y])));
        if biggest {
            order[3]
        } else {
            order[0]
        }
    };
    for (name, biggest) in [("biggest", true), ("smallest", false)] {
        let rate = hit_rate(&questions, |q| Some(by_value(q, biggest)));
        println!("{name:>9}: {rate:.3} over {} questions", questions.len());
        assert!((0.18..=0.32).contains(&rate), "{name} scores {rate:.3}");
    }
    let longest = hit_rate(&questions, |q| (0..4).max_by_key(|&i| q.options[i].chars().count()));
    println!("  longest: {longest:.3}");
    assert!(longest <= 0.32, "longest scores {longest:.3}");
}

#[test]
fn numbers_in_full_width_digits_are_asked_like_any_others() {
    // the same briefing with every digit full-width (２０２０年, ６０万个, ７４．５％), as some
    // transcripts are typed
    let text = String::from_utf8_lossy(include_bytes!("../../../../data/miit-2020-briefing.txt"))
        .chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            _ => c,
        })
        .collect::<String>();
    let wide = match briefing::parse::parse(&text) {
        Ok(b) => b,
        Err(e) => panic!("{e}"),
    };
    let plain = briefing();
    let all = Settings { count: 500, ..Settings::default() };
    let ids = |b: &Briefing| {
        generate(b, 9, &all).into_iter().map(|q| q.id).collect::<std::collections::BTreeSet<_>>()
    };
    let (ids_wide, ids_plain) = (ids(&wide), ids(&plain));
    let missing: Vec<_> = ids_plain.difference(&ids_wide).collect();
    assert!(missing.is_empty(), "not asked in full-width digits: {missing:?}");
    // the answers are the same numbers, and a year question prints none of its options
    for q in generate(&wide, 9, &all) {
        if q.kind == QuestionKind::Year {
            for o in &q.options {
                let wide_o: String = o
                    .chars()
                    .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
                    .collect();
                assert!(
                    !q.prompt.contains(&format!("{wide_o}年")),
                    "{}: {o} is printed in {}",
                    q.id,
                    q.prompt
                );
            }
        }
        if let (QuestionKind::FigureTyped, Answer::Text(t)) = (q.kind, &q.answer) {
            assert!(t.chars().all(|c| c.is_ascii_digit() || c == '.'), "{}: {t}", q.id);
        }
        // a statement keeps the sentence's own digits
        if q.kind == QuestionKind::TrueFalse {
            let statement = q.prompt.split_once('）').map_or(q.prompt.as_str(), |(_, t)| t);
            assert!(!statement.chars().any(|c| c.is_ascii_digit()), "{}: {statement}", q.id);
        }
    }
}
