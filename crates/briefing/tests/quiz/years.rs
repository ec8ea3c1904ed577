//! Year questions: the year a step was taken or is due, to choose or to judge in a statement,
//! with options no blind guesser beats.

use briefing::quiz::{check, every_question, generate, Answer, QuestionKind, Settings};
use briefing::Briefing;

use super::{answer_pos, answer_text, briefing, figures_and_answers, hit_rate};

/// The options as years.
fn years(q: &briefing::quiz::Question) -> Vec<i32> {
    q.options.iter().filter_map(|o| o.parse().ok()).collect()
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
