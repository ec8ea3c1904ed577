//! Quiz generation on the published briefing: determinism, answer checking, and distractors
//! that blind guessers cannot beat. Here, what holds for every kind of question (the same seed,
//! the chosen topics and kinds, scores, the quiz URL, review by id) and the helpers the families'
//! files share; each family of questions has a file of its own (`figures`, `terms`, `years`),
//! and `sentences` checks what a question quotes.

use briefing::quiz::{generate, Answer, QuestionKind, Settings};
use briefing::{parse_bytes, Briefing};

mod figures;
mod sentences;
mod terms;
mod years;

fn briefing() -> Briefing {
    let mut b = match parse_bytes(include_bytes!("../../../../data/miit-2020-briefing.txt")) {
        Ok(b) => b,
        Err(e) => panic!("{e}"),
    };
    if let Err(e) = briefing::figures::apply_glosses(
        &mut b,
        include_str!("../../../../data/figure-glosses.tsv"),
    ) {
        panic!("{e}");
    }
    b
}

fn settings(count: usize) -> Settings {
    Settings { count, ..Settings::default() }
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

fn answer_text(q: &briefing::quiz::Question) -> &str {
    match q.answer {
        Answer::Index(i) => q.options.get(i).map_or("", String::as_str),
        Answer::Text(_) => panic!("{}: a term question is a choice question", q.id),
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
