//! What a question quotes of its sentence: one question per sentence in a quiz, a review round
//! or a deck, so that no question gives another's answer away; and a quote cut at a comma ends
//! with an ellipsis.

use briefing::quiz::{every_question, generate, QuestionKind, Settings};
use briefing::Briefing;

use super::{briefing, settings};

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
    let text = String::from_utf8_lossy(include_bytes!("../../../../data/miit-2020-briefing.txt"))
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
