//! Term questions: a document title in 《》 or a slogan in “” to fill a blank, spread over the
//! topics, with options no blind guesser beats.

use briefing::quiz::{check, every_question, generate, QuestionKind, Settings};
use briefing::Briefing;

use super::{answer_pos, answer_text, blind_pick, briefing, hit_rate};

/// Every term question (a quiz asks one per sentence; these are all of them).
fn term_questions(b: &Briefing, seed: u64, topics: Vec<u32>) -> Vec<briefing::quiz::Question> {
    every_question(b, seed, &Settings { count: 0, topics, kinds: vec![QuestionKind::Term] })
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
