//! Quiz generation on the published briefing: determinism, answer checking, and distractors
//! that blind guessers cannot beat.

use briefing::quiz::{
    check, every_question, generate, number_options, typed_matches, Answer, QuestionKind, Rng,
    Settings,
};
use briefing::{parse_bytes, Briefing};

fn briefing() -> Briefing {
    let mut b = match parse_bytes(include_bytes!("../../../data/miit-2020-briefing.txt")) {
        Ok(b) => b,
        Err(e) => panic!("{e}"),
    };
    if let Err(e) =
        briefing::figures::apply_glosses(&mut b, include_str!("../../../data/figure-glosses.tsv"))
    {
        panic!("{e}");
    }
    b
}

fn settings(count: usize) -> Settings {
    Settings { count, ..Settings::default() }
}

#[test]
fn the_same_seed_gives_the_same_quiz() {
    let b = briefing();
    let a = generate(&b, 42, &settings(20));
    assert_eq!(a.len(), 20);
    assert_eq!(a, generate(&b, 42, &settings(20)));
    assert_ne!(a, generate(&b, 43, &settings(20)), "another seed, another quiz");
    let kinds: std::collections::HashSet<QuestionKind> = a.iter().map(|q| q.kind).collect();
    assert_eq!(kinds.len(), QuestionKind::ALL.len(), "every kind is mixed in");
}

#[test]
fn topics_restrict_the_questions() {
    let b = briefing();
    let qs = generate(&b, 1, &Settings { count: 30, topics: vec![2, 6], kinds: vec![] });
    assert!(!qs.is_empty());
    assert!(qs.iter().all(|q| q.source.topic == 2 || q.source.topic == 6));
}

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

/// Strategies of someone who sees only the options.
fn blind_pick(strategy: &str, options: &[String]) -> usize {
    let values: Vec<f64> = options.iter().map(|o| o.parse().unwrap_or(0.0)).collect();
    let by = |key: &dyn Fn(usize) -> f64| {
        (0..options.len()).max_by(|&a, &b| key(a).total_cmp(&key(b))).unwrap_or(0)
    };
    match strategy {
        "longest" => by(&|i| options[i].chars().count() as f64),
        "roundest" => by(&|i| options[i].chars().rev().take_while(|&c| c == '0').count() as f64),
        "largest" => by(&|i| values[i]),
        "smallest" => by(&|i| -values[i]),
        "median" => {
            let mut sorted: Vec<usize> = (0..options.len()).collect();
            sorted.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
            sorted[options.len() / 2]
        }
        "has-decimal" => options.iter().position(|o| o.contains('.')).unwrap_or(0),
        "first" => 0,
        "last" => options.len() - 1,
        "odd-last-digit" => options
            .iter()
            .position(|o| o.chars().last().and_then(|c| c.to_digit(10)).is_some_and(|d| d % 2 == 1))
            .unwrap_or(0),
        _ => 0,
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

/// Every term question (a quiz asks one per sentence; these are all of them).
fn term_questions(b: &Briefing, seed: u64, topics: Vec<u32>) -> Vec<briefing::quiz::Question> {
    every_question(b, seed, &Settings { count: 0, topics, kinds: vec![QuestionKind::Term] })
}

fn answer_text(q: &briefing::quiz::Question) -> &str {
    match q.answer {
        Answer::Index(i) => q.options.get(i).map_or("", String::as_str),
        Answer::Text(_) => panic!("{}: a term question is a choice question", q.id),
    }
}

#[test]
fn term_questions_blank_a_title_or_a_slogan() {
    let b = briefing();
    let qs = term_questions(&b, 3, vec![]);
    let answers: std::collections::BTreeSet<&str> = qs.iter().map(answer_text).collect();
    // titles in 《》 and slogans in “” that a current-affairs exam asks about
    for term in [
        "保障中小企业款项支付条例",
        "若干政策",
        "新时期促进集成电路产业和软件产业高质量发展的若干政策",
        "六稳",
        "六保",
        "十四五",
        "小巨人",
        "专精特新",
        "两个毫不动摇",
    ] {
        assert!(answers.contains(term), "{term} is asked about: {answers:?}");
    }
    // a one-off two-character quote is a turn of phrase, not a term
    for phrase in ["出局", "趴窝", "过招"] {
        assert!(!answers.contains(phrase), "{phrase} is not a term");
    }
    for q in &qs {
        let answer = answer_text(q);
        assert!(
            q.prompt.contains("《___》") || q.prompt.contains("“___”"),
            "{}: {}",
            q.id,
            q.prompt
        );
        assert!(
            !q.prompt.contains(answer),
            "{}: the answer {answer} is in the prompt {}",
            q.id,
            q.prompt
        );
        assert_eq!(q.options.len(), 4, "{}: {:?}", q.id, q.options);
        let distinct: std::collections::HashSet<&String> = q.options.iter().collect();
        assert_eq!(distinct.len(), 4, "{}: {:?}", q.id, q.options);
        for o in q.options.iter().filter(|o| o.as_str() != answer) {
            // 《若干政策》 is the short name of the long title: never both right
            assert!(
                !o.contains(answer) && !answer.contains(o.as_str()),
                "{}: {o} overlaps {answer}",
                q.id
            );
            assert!(
                !q.prompt.contains(o.as_str()),
                "{}: the option {o} is printed in the prompt",
                q.id
            );
        }
        // the same bracket for every option: titles with titles, slogans with slogans
        let is_title = q.prompt.contains("《___》");
        let titles: Vec<&String> =
            qs.iter().filter(|x| x.prompt.contains("《___》")).flat_map(|x| &x.options).collect();
        assert!(
            q.options.iter().all(|o| titles.contains(&o) == is_title),
            "{}: {:?}",
            q.id,
            q.options
        );
        // enough of the sentence to answer from, and the sentence it came from as the source
        assert!(q.prompt.chars().count() >= 20, "{}: {}", q.id, q.prompt);
        assert!(q.source.sentence.contains(answer), "{}", q.id);
        assert!(check(q, &answer_pos(q).to_string()));
    }
}

fn answer_pos(q: &briefing::quiz::Question) -> usize {
    match q.answer {
        Answer::Index(i) => i,
        Answer::Text(_) => usize::MAX,
    }
}

/// Each question's figure id and its right answer.
fn figures_and_answers(
    qs: &[briefing::quiz::Question],
) -> std::collections::BTreeSet<(&str, &str)> {
    qs.iter().map(|q| (q.source.figure.as_deref().unwrap_or(""), answer_text(q))).collect()
}

/// The share of `questions` a guesser who never reads the prompt gets right by picking `pick`.
fn hit_rate<'a>(
    questions: impl IntoIterator<Item = &'a briefing::quiz::Question>,
    pick: impl Fn(&briefing::quiz::Question) -> Option<usize>,
) -> f64 {
    let (mut right, mut total) = (0, 0);
    for q in questions {
        total += 1;
        right += usize::from(pick(q) == Some(answer_pos(q)));
    }
    right as f64 / total as f64
}

/// The options as years.
fn years(q: &briefing::quiz::Question) -> Vec<i32> {
    q.options.iter().filter_map(|o| o.parse().ok()).collect()
}

#[test]
fn term_questions_give_the_thin_topics_more_to_ask() {
    let b = briefing();
    // 集成电路 has no askable figures: before term questions it gave two attribution questions.
    // Its four questions are on three sentences (one term is in a sentence an attribution
    // question quotes), and a quiz asks one question per sentence
    assert_eq!(
        every_question(&b, 1, &Settings { count: 0, topics: vec![3], kinds: vec![] }).len(),
        4
    );
    let all = generate(&b, 1, &Settings { count: 50, topics: vec![3], kinds: vec![] });
    assert!(all.len() >= 3, "{} questions on topic 3", all.len());
    let terms = term_questions(&b, 1, vec![3]);
    assert_eq!(terms.len(), 2, "{:?}", terms.iter().map(answer_text).collect::<Vec<_>>());
    assert!(terms.iter().all(|q| q.source.topic == 3));
}

#[test]
fn blind_guessers_do_no_better_than_chance_on_terms() {
    let b = briefing();
    let mut questions = Vec::new();
    for seed in 0..300 {
        questions.extend(term_questions(&b, seed, vec![]));
    }
    assert!(questions.len() > 5000, "{} questions", questions.len());
    for strategy in ["longest", "first", "last"] {
        let right =
            questions.iter().filter(|q| blind_pick(strategy, &q.options) == answer_pos(q)).count();
        let rate = right as f64 / questions.len() as f64;
        println!("{strategy:>14}: {:.3} over {} term questions", rate, questions.len());
        assert!((0.18..=0.32).contains(&rate), "{strategy} scores {rate:.3} on term questions");
    }
    let shortest = hit_rate(&questions, |q| (0..4).min_by_key(|&i| q.options[i].chars().count()));
    println!("      shortest: {shortest:.3}");
    assert!((0.18..=0.32).contains(&shortest), "shortest scores {shortest:.3} on term questions");
}

/// Every year question (not one quiz: 2018年…2020年…2022年 is one sentence, asked once a quiz).
fn year_questions(b: &Briefing, seed: u64) -> Vec<briefing::quiz::Question> {
    every_question(b, seed, &Settings { count: 0, topics: vec![], kinds: vec![QuestionKind::Year] })
}

#[test]
fn year_questions_ask_when_each_step_was_taken() {
    let b = briefing();
    let qs = year_questions(&b, 7);
    let asked = figures_and_answers(&qs);
    // car making opened to foreign ownership in three steps; the first year of the 14th
    // Five-Year Plan; the start of the app campaign
    for step in [
        ("f69-1", "2018"),
        ("f69-2", "2020"),
        ("f69-3", "2022"),
        ("f31-1", "2021"),
        ("f109-1", "2019"),
    ] {
        assert!(asked.contains(&step), "{step:?} is asked: {asked:?}");
    }
    // the year the briefing reviews, alone in its sentence, is not worth asking (everything in
    // it happened then); periods are not years; reporters' questions are not asked about
    for figure in ["f13-1", "f19-1", "f29-1", "f47-1", "f15-3", "f79-1", "f91-2", "f27-2", "f89-1"]
    {
        assert!(!asked.iter().any(|(f, _)| *f == figure), "{figure} is not asked: {asked:?}");
    }
    // 新能源汽车 had only its figures to ask about (7 questions); a quiz on it asks one
    // question per sentence, and the year questions' sentences are more of them
    let every = every_question(&b, 1, &Settings { count: 0, topics: vec![4], kinds: vec![] });
    assert!(every.len() >= 10, "{} questions on topic 4", every.len());
    let topic4 = generate(&b, 1, &Settings { count: 50, topics: vec![4], kinds: vec![] });
    assert!(topic4.len() >= 8, "{} questions in a quiz on topic 4", topic4.len());
    for q in &qs {
        let answer = answer_text(q);
        assert!(q.prompt.contains("___年"), "{}: {}", q.id, q.prompt);
        assert!(!q.prompt.contains(answer), "{}: the answer is printed in {}", q.id, q.prompt);
        let years: Vec<i32> = q.options.iter().filter_map(|o| o.parse().ok()).collect();
        assert_eq!(years.len(), 4, "{}: {:?}", q.id, q.options);
        assert!(
            years.windows(2).all(|w| w[0] < w[1]),
            "{}: options in order, distinct: {years:?}",
            q.id
        );
        for o in &q.options {
            assert!(
                o == answer || !q.prompt.contains(o.as_str()),
                "{}: the option {o} is printed in {}",
                q.id,
                q.prompt
            );
        }
        assert!(q.source.sentence.contains(&format!("{answer}年")), "{}", q.id);
        assert!(check(q, &answer_pos(q).to_string()));
    }
}

#[test]
fn year_statements_are_as_said_or_carry_another_year() {
    let b = briefing();
    let mut altered = 0;
    let mut total = 0;
    for seed in 0..60 {
        let qs = every_question(
            &b,
            seed,
            &Settings { count: 0, topics: vec![], kinds: vec![QuestionKind::TrueFalse] },
        );
        for q in qs.iter().filter(|q| {
            q.source
                .figure
                .as_deref()
                .is_some_and(|f| ["f69-1", "f69-2", "f69-3", "f31-1"].contains(&f))
        }) {
            total += 1;
            let f = b
                .figures()
                .find(|x| Some(x.id.as_str()) == q.source.figure.as_deref())
                .expect("the figure");
            let year = &f.text[..4];
            if q.answer == Answer::Index(0) {
                assert!(
                    q.prompt.contains(&f.text),
                    "{}: a true statement keeps {year}: {}",
                    q.id,
                    q.prompt
                );
            } else {
                altered += 1;
                assert!(
                    !q.prompt.contains(&format!("{year}年取消"))
                        && !q.prompt.contains(&format!("{year}年将取消"))
                        && !q.prompt.contains(&format!("{year}年是")),
                    "{}: an altered statement changes {year}: {}",
                    q.id,
                    q.prompt
                );
            }
        }
    }
    assert_eq!(total, 60 * 4, "each of the four years gives a statement with every seed");
    let share = altered as f64 / total as f64;
    assert!((0.35..=0.65).contains(&share), "{share}");
}

#[test]
fn blind_guessers_do_no_better_than_chance_on_years() {
    let b = briefing();
    let questions: Vec<_> = (0..500).flat_map(|seed| year_questions(&b, seed)).collect();
    assert!(questions.len() > 3000, "{} questions", questions.len());
    for (name, at) in [("earliest", 0), ("second", 1), ("third", 2), ("latest", 3)] {
        let r = hit_rate(&questions, |_| Some(at));
        println!("{name:>10}: {r:.3} over {} year questions", questions.len());
        assert!((0.18..=0.32).contains(&r), "{name} scores {r:.3} on year questions");
    }
    // the exam-taker's hunch: the year nearest the one the briefing reviews. It is right
    // whenever the answer is 2020 itself (1 question in 8: 2020年取消了商用车外资股比限制, asked
    // because its sentence names 2018 and 2022 too); on every other question it is no help
    let nearest = |ys: &[i32]| (0..ys.len()).min_by_key(|&i| (ys[i] - 2020).abs()).unwrap_or(0);
    println!("nearest 2020: {:.3}", hit_rate(&questions, |q| Some(nearest(&years(q)))));
    let others: Vec<_> = questions.iter().filter(|q| answer_text(q) != "2020").collect();
    let right = hit_rate(others.iter().copied(), |q| Some(nearest(&years(q))));
    println!("nearest 2020 when the answer is another year: {right:.3} over {}", others.len());
    assert!((0.18..=0.32).contains(&right), "picking the year nearest 2020 scores {right:.3}");
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

#[test]
fn scores_per_topic_with_the_missed_questions() {
    use briefing::quiz::score;
    let b = briefing();
    let qs = generate(&b, 11, &settings(10));
    // answer every other question right
    let responses: Vec<Option<String>> = qs
        .iter()
        .enumerate()
        .map(|(i, q)| match (&q.answer, i % 2) {
            (Answer::Index(k), 0) => Some(k.to_string()),
            (Answer::Text(t), 0) => Some(t.clone()),
            (Answer::Index(k), _) => Some(((k + 1) % q.options.len()).to_string()),
            (Answer::Text(_), _) => None,
        })
        .collect();
    let s = score(&qs, &responses);
    assert_eq!((s.right, s.total), (5, 10));
    assert_eq!(s.missed, [1, 3, 5, 7, 9]);
    assert_eq!(s.by_topic.iter().map(|(_, _, n)| n).sum::<usize>(), 10);
    assert_eq!(s.by_topic.iter().map(|(_, r, _)| r).sum::<usize>(), 5);
}

#[test]
fn a_quiz_url_round_trips_and_survives_nonsense() {
    use briefing::quiz::{Mode, QuizUrl};
    let b = briefing();
    let q = QuizUrl {
        seed: 12345,
        count: 15,
        mode: Mode::Exam,
        topics: vec![2, 6],
        kinds: vec![],
        review: false,
    };
    assert_eq!(q.to_query(), "?quiz=12345&n=15&mode=exam&qt=2,6");
    assert_eq!(QuizUrl::from_query(&q.to_query(), &b), Some(q));
    assert_eq!(QuizUrl::from_query("?q=芯片", &b), None);
    let odd = QuizUrl::from_query("?quiz=7&n=100000&mode=zzz&qt=99,3,x,3", &b).expect("a quiz");
    assert_eq!((odd.count, odd.mode, odd.topics), (50, Mode::Practice, vec![3]));
    assert_eq!(QuizUrl::from_query("?quiz=notanumber", &b), None);
    let review = QuizUrl { review: true, ..QuizUrl::from_query("?quiz=1", &b).expect("a quiz") };
    assert_eq!(review.to_query(), "?quiz=1&n=10&review=1");
    assert_eq!(QuizUrl::from_query(&review.to_query(), &b), Some(review));
    let sheet = QuizUrl {
        mode: Mode::Worksheet,
        ..QuizUrl::from_query("?quiz=5&n=20", &b).expect("a quiz")
    };
    assert_eq!(sheet.to_query(), "?quiz=5&n=20&mode=sheet");
    assert_eq!(QuizUrl::from_query(&sheet.to_query(), &b), Some(sheet));
    // the kinds to drill: kept in their usual order, unknown names dropped
    let kinds = QuizUrl::from_query("?quiz=3&qk=year,nonsense,term,year", &b).expect("a quiz");
    assert_eq!(kinds.kinds, vec![QuestionKind::Term, QuestionKind::Year]);
    assert_eq!(kinds.to_query(), "?quiz=3&n=10&qk=term,year");
    assert_eq!(QuizUrl::from_query(&kinds.to_query(), &b), Some(kinds));
    assert_eq!(QuizUrl::from_query("?quiz=3&qk=", &b).expect("a quiz").kinds, vec![]);
}

#[test]
fn a_quiz_of_chosen_kinds_asks_only_those() {
    use briefing::quiz::QuizUrl;
    let b = briefing();
    let url = QuizUrl::from_query("?quiz=8&n=20&qk=year,term", &b).expect("a quiz");
    let qs = generate(&b, url.seed, &url.settings());
    assert_eq!(qs.len(), 20);
    assert!(
        qs.iter().all(|q| matches!(q.kind, QuestionKind::Year | QuestionKind::Term)),
        "{:?}",
        qs.iter().map(|q| q.kind).collect::<Vec<_>>()
    );
    assert!(
        qs.iter().any(|q| q.kind == QuestionKind::Year)
            && qs.iter().any(|q| q.kind == QuestionKind::Term)
    );
    // every kind's name is the one serde writes in the exports
    for k in QuestionKind::ALL {
        assert_eq!(serde_json::to_string(&k).ok(), Some(format!("\"{}\"", k.as_str())));
    }
}

#[test]
fn due_items_can_be_asked_again_by_id() {
    let b = briefing();
    let qs = generate(&b, 4, &settings(6));
    let ids: Vec<String> =
        qs.iter().map(|q| q.id.clone()).chain(std::iter::once("no-such:id".to_string())).collect();
    let again = briefing::quiz::by_ids(&b, 99, &ids);
    assert_eq!(again.iter().map(|q| q.id.clone()).collect::<Vec<_>>(), ids[..6].to_vec());
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
    let text = String::from_utf8_lossy(include_bytes!("../../../data/miit-2020-briefing.txt"))
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

// ---------------------------------------------------------------------------------------------
// one question per sentence: no question gives another's answer away

/// The whole sentence a question is on, as (paragraph line, byte offset where the sentence
/// starts): its quoted source (without a cut's "……") found in its paragraph, widened to the
/// sentence marks 。！？；; and line ends. Worked out here, independently of the generator.
fn sentence_of(b: &Briefing, q: &briefing::quiz::Question) -> (usize, usize) {
    let p = b
        .paragraphs()
        .find(|p| p.line == q.source.line)
        .unwrap_or_else(|| panic!("{}: no paragraph", q.id));
    let said = q.source.sentence.strip_suffix("……").unwrap_or(&q.source.sentence);
    let at =
        p.text.find(said).unwrap_or_else(|| panic!("{}: {said} is not in its paragraph", q.id));
    let mark = |c: char| "。！？!?；;\n\r".contains(c);
    // a quote lies within one sentence: no mark inside it but at its end
    assert!(!said.trim_end_matches(mark).contains(mark), "{}: {said} spans sentences", q.id);
    let start = p.text[..at]
        .rfind(mark)
        .map_or(0, |i| i + p.text[i..].chars().next().map_or(1, char::len_utf8));
    (p.line, start)
}

/// Asserts that no two questions of `qs` share an id, a prompt or a sentence.
fn assert_one_per_sentence(b: &Briefing, qs: &[briefing::quiz::Question], what: &str) {
    let mut ids = std::collections::HashSet::new();
    let mut prompts = std::collections::HashSet::new();
    let mut sentences = std::collections::HashMap::new();
    for (i, q) in qs.iter().enumerate() {
        assert!(ids.insert(q.id.as_str()), "{what}: {} asked twice", q.id);
        assert!(
            prompts.insert(q.prompt.as_str()),
            "{what}: the prompt of Q{} asked twice: {}",
            i + 1,
            q.prompt
        );
        if let Some(j) = sentences.insert(sentence_of(b, q), i) {
            panic!(
                "{what}: Q{} ({}) and Q{} ({}) are on one sentence:\n{}\n{}",
                j + 1,
                qs[j].id,
                i + 1,
                q.id,
                qs[j].prompt,
                q.prompt
            );
        }
    }
}

/// Quizzes of `n` questions for seeds 0..300: no two questions on one sentence, none twice.
fn quizzes_ask_one_question_per_sentence(n: usize) {
    let b = briefing();
    for seed in 0..300 {
        let qs = generate(&b, seed, &settings(n));
        // the briefing has more sentences than the most a quiz asks: one per sentence fills it
        assert_eq!(qs.len(), n, "seed {seed}, {n} questions");
        assert_one_per_sentence(&b, &qs, &format!("seed {seed}, {n} questions"));
    }
}

// one test per size, so that they run in parallel
#[test]
fn no_two_questions_of_a_quiz_of_5_are_on_one_sentence() {
    quizzes_ask_one_question_per_sentence(5);
}

#[test]
fn no_two_questions_of_a_quiz_of_10_are_on_one_sentence() {
    quizzes_ask_one_question_per_sentence(10);
}

#[test]
fn no_two_questions_of_a_quiz_of_20_are_on_one_sentence() {
    quizzes_ask_one_question_per_sentence(20);
}

#[test]
fn no_two_questions_of_the_longest_quiz_are_on_one_sentence() {
    quizzes_ask_one_question_per_sentence(briefing::quiz::MAX_COUNT);
}

#[test]
fn no_two_questions_are_on_one_sentence_with_topics_or_kinds_chosen() {
    let b = briefing();
    let choices = [
        (vec![2, 6], vec![]),
        (vec![4], vec![]),
        (vec![], vec![QuestionKind::Year, QuestionKind::Term]),
        (vec![], vec![QuestionKind::TrueFalse]),
    ];
    for seed in 0..50 {
        for (topics, kinds) in choices.clone() {
            let qs =
                generate(&b, seed, &Settings { count: briefing::quiz::MAX_COUNT, topics, kinds });
            assert!(!qs.is_empty());
            assert_one_per_sentence(&b, &qs, &format!("seed {seed}, chosen topics or kinds"));
        }
    }
}

#[test]
fn a_narrow_quiz_still_mixes_in_its_scarce_kinds() {
    let b = briefing();
    for seed in 0..50 {
        // 新能源汽车's one year sentence is also a true/false statement's: it goes to the year
        // question (drawn later in each round), not always to the statement
        let topic4 = generate(&b, seed, &Settings { count: 12, topics: vec![4], kinds: vec![] });
        assert!(
            topic4.iter().any(|q| q.kind == QuestionKind::Year),
            "seed {seed}: {:?}",
            topic4.iter().map(|q| &q.id).collect::<Vec<_>>()
        );
        // 集成电路: a term question beside its attribution questions
        let topic3 = generate(&b, seed, &Settings { count: 10, topics: vec![3], kinds: vec![] });
        assert!(topic3.iter().any(|q| q.kind == QuestionKind::Term), "seed {seed}");
        assert!(topic3.len() < 10, "fewer than asked for");
    }
}

#[test]
fn the_quizzes_a_reader_reported_no_longer_give_answers_away() {
    // the briefing as the app reads it; questions on one sentence each showed the other's answer
    let text = String::from_utf8_lossy(include_bytes!("../../../data/miit-2020-briefing.txt"))
        .into_owned();
    let b = briefing::parse(&text).expect("the briefing parses");
    let figures = |qs: &[briefing::quiz::Question]| {
        qs.iter().filter_map(|q| q.source.figure.clone()).collect::<Vec<_>>()
    };
    // 对___万款APP…责令2234款 and 62万款…责令___款
    let qs = generate(&b, 342598400, &settings(10));
    assert_one_per_sentence(&b, &qs, "seed 342598400");
    let asked = figures(&qs);
    assert!(
        !(asked.iter().any(|f| f == "f109-6") && asked.iter().any(|f| f == "f109-7")),
        "{asked:?}"
    );
    // (exam mode) 19个省份 / 60多家医院, and 62万款 / 2019年
    let qs = generate(&b, 398357700, &settings(10));
    assert_one_per_sentence(&b, &qs, "seed 398357700");
    let asked = figures(&qs);
    for pair in [["f29-5", "f29-6"], ["f109-5", "f109-6"]] {
        assert!(
            !pair.iter().all(|p| asked.iter().any(|f| f == p)),
            "{pair:?} both asked: {asked:?}"
        );
    }
}

const TWO_QAS: &str = "编者按：3月2日,某市人民政府新闻办公室举行新闻发布会,市工业和信息化局局长李明、副局长王芳介绍2021年全市工业发展情况并回答记者提问。

某市解读2021年工业发展热点

本报记者 张敏

热点一:工业增长

记者:请介绍一下去年全市工业运行的总体情况。

李明:2021年全市规上工业增加值增长8.2%,工业投资增长12.5%,新增规上企业超过300家。

记者:中小企业如何参与?

王芳:我们将安排专项资金1.5亿元,为中小企业提供诊断服务。
";

#[test]
fn a_tiny_transcript_gives_fewer_questions_not_the_same_one_twice() {
    let b = briefing::parse(TWO_QAS).expect("the transcript parses");
    assert_eq!(b.topics.iter().map(|t| t.qas.len()).sum::<usize>(), 2);
    // it can give many questions, but all on its two answers' two sentences
    assert!(every_question(&b, 1, &Settings::default()).len() >= 10);
    for seed in 0..300 {
        let qs = generate(&b, seed, &settings(10));
        assert_one_per_sentence(&b, &qs, &format!("seed {seed}"));
        // fewer than asked for: the app says so when a quiz is shorter than its count
        assert_eq!(qs.len(), 2, "seed {seed}: one question on each sentence");
    }
}

#[test]
fn a_review_round_asks_no_id_twice_nor_two_on_one_sentence() {
    let b = briefing();
    let ids: Vec<String> = [
        "figure-choice:f109-6",
        "figure-typed:f109-7",
        "figure-choice:f109-6",
        "year:f109-5",
        "figure-typed:f29-2",
        "no-such:id",
        "figure-typed:f29-2",
    ]
    .map(String::from)
    .to_vec();
    let again = briefing::quiz::by_ids(&b, 3, &ids);
    // f109-7 and f109-5 are on f109-6's sentence (they stay due for a later round)
    assert_eq!(
        again.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
        ["figure-choice:f109-6", "figure-typed:f29-2"]
    );
}

#[test]
fn every_question_gives_them_all_for_a_deck() {
    let b = briefing();
    let all = every_question(&b, 1, &Settings::default());
    let ids: std::collections::HashSet<&str> = all.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids.len(), all.len(), "no id twice");
    // several on a sentence: more than one quiz can ask
    let quiz = generate(&b, 1, &settings(10_000));
    assert!(
        all.len() > quiz.len() && quiz.len() >= briefing::quiz::MAX_COUNT,
        "{} > {}",
        all.len(),
        quiz.len()
    );
    assert!(quiz.iter().all(|q| ids.contains(q.id.as_str())));
    assert_eq!(all, every_question(&b, 1, &Settings::default()), "the same for the same seed");
}

// ---------------------------------------------------------------------------------------------
// quotes cut at a comma

#[test]
fn a_quote_cut_at_a_comma_ends_with_an_ellipsis() {
    let b = briefing();
    let dangling = |t: &str| t.ends_with([',', '，', '；', ';', '、']);
    let all = every_question(&b, 1, &Settings::default());
    let sentence = |id: &str| {
        all.iter().find(|q| q.id == id).map(|q| q.source.sentence.clone()).unwrap_or_default()
    };
    // the quotes a reader reported
    assert!(
        sentence("figure-typed:f109-7").ends_with("责令2234款违规APP进行整改……"),
        "{}",
        sentence("figure-typed:f109-7")
    );
    assert!(
        sentence("true-false:f115-1").ends_with("推进地方互联网企业作出公开承诺,促进行业的自律……"),
        "{}",
        sentence("true-false:f115-1")
    );
    // a sentence that ends at a semicolon is cut there too (实现所有地级以上城市5G网络全覆盖;)
    assert!(
        sentence("figure-typed:f29-2").ends_with("5G网络全覆盖……"),
        "{}",
        sentence("figure-typed:f29-2")
    );
    for seed in 0..20 {
        for q in every_question(&b, seed, &Settings::default()) {
            assert!(!dangling(&q.source.sentence), "{}: {}", q.id, q.source.sentence);
            // prompts, and the quotes in them (“…” of topic and attribution questions), alike
            let prompt = q.prompt.trim_end_matches('”');
            assert!(!dangling(prompt), "{}: {}", q.id, q.prompt);
            // the quote is the sentence as said up to the cut
            let p = b.paragraphs().find(|p| p.line == q.source.line).expect("the paragraph");
            let said = q.source.sentence.strip_suffix("……").unwrap_or(&q.source.sentence);
            let at = p.text.find(said).unwrap_or_else(|| panic!("{}: {said}", q.id));
            if said.len() < q.source.sentence.len() {
                assert!(
                    dangling(&p.text[..at + said.len() + ','.len_utf8()])
                        || dangling(&p.text[..at + said.len() + '，'.len_utf8()]),
                    "{}: cut at a comma",
                    q.id
                );
            }
            // and feedback still marks the figure at its own place in the quote
            if let Some(f) =
                q.source.figure.as_ref().and_then(|id| p.figures.iter().find(|f| &f.id == id))
            {
                let fig_at =
                    p.text.char_indices().nth(f.start).map(|(i, _)| i).expect("the figure's place");
                let want = (fig_at - at, fig_at - at + f.text.len());
                assert_eq!(
                    briefing::quiz::asked_span(&b, &q),
                    Some(want),
                    "{}: {}",
                    q.id,
                    q.source.sentence
                );
            }
        }
    }
}
