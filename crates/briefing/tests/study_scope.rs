//! One study record over a library (`briefing::study::scope`): the built-in briefing's log as it
//! is today, an imported Foreign Ministry briefing's log (kept today under its own key), put
//! together into one; each briefing's answers taken back out; and the exam plan and forecast
//! over every briefing's questions and over each.

use briefing::export::fingerprint;
use briefing::study::log::{Answer, Log, Mode};
use briefing::study::plan::{Settings, Study};
use briefing::study::{catalog, scope};

const DAY: i64 = 86_400_000;
const NOW: i64 = 1_800_000_000_000;

fn builtin() -> briefing::Briefing {
    let text = include_str!("../../../data/miit-2020-briefing.txt");
    briefing::parse(text).unwrap_or_else(|e| panic!("{e}"))
}

fn transcript() -> (String, briefing::Briefing) {
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/transcripts/mfa/mfa_2020-04-28.txt");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let b = briefing::read::read(&text).unwrap_or_else(|e| panic!("{e}"));
    (fingerprint(&text), b)
}

/// Answers to the first `n` questions of a catalog, on the days before `NOW`, every third wrong.
fn answered(ids: &[(String, u32)], n: usize) -> Log {
    Log::from_answers(
        ids.iter()
            .take(n)
            .enumerate()
            .map(|(k, (id, _))| Answer {
                time: NOW - (k as i64 + 1) * DAY,
                id: id.clone(),
                right: k % 3 != 0,
                mode: Mode::Practice,
            })
            .collect(),
    )
}

#[test]
fn ids_name_their_briefing_and_the_built_in_ones_stay_as_they_are() {
    let fp = fingerprint("某个导入的发布会");
    let id = scope::qualified(Some(&fp), "figure-typed:f29-2");
    assert_eq!(scope::split(&id), (Some(fp.as_str()), "figure-typed:f29-2"));
    assert_eq!(scope::qualified(None, "figure-typed:f29-2"), "figure-typed:f29-2");
    // every id the built-in briefing gives is read as its own
    for (id, _) in catalog(&builtin()) {
        assert_eq!(scope::split(&id), (None, id.as_str()));
    }
    // a slash or hex digits alone make no fingerprint
    assert_eq!(scope::split("attribution:23:0"), (None, "attribution:23:0"));
    assert_eq!(scope::split("0123456789abcdefg/x"), (None, "0123456789abcdefg/x"));
}

#[test]
fn one_record_keeps_every_answer_and_each_briefing_takes_its_own_back() {
    let (fp, mfa) = transcript();
    let (here, there) = (catalog(&builtin()), catalog(&mfa));
    assert!(here.len() > 100 && there.len() > 10, "{} {}", here.len(), there.len());
    let (mine, theirs) = (answered(&here, 12), answered(&there, 7));
    let all = scope::one_record(&mine, [(fp.as_str(), &theirs)]);
    assert_eq!(all.len(), 19);
    assert_eq!(scope::briefings(&all).len(), 2);
    assert_eq!(scope::of_briefing(&all, None), mine, "today's log, read as it is");
    assert_eq!(scope::of_briefing(&all, Some(&fp)), theirs);
    // the record read back from CSV is the same record
    let back = Log::from_csv(&all.to_csv()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(back, all);
    // merging a briefing's log again adds nothing
    let again = scope::one_record(&all, [(fp.as_str(), &theirs)]);
    assert_eq!(again.len(), 19);
}

#[test]
fn the_plan_over_the_whole_library_counts_every_briefing_and_each_briefing_has_its_own() {
    let (fp, mfa) = transcript();
    let (here, there) = (catalog(&builtin()), catalog(&mfa));
    let (mine, theirs) = (answered(&here, 12), answered(&there, 7));
    let all = scope::one_record(&mine, [(fp.as_str(), &theirs)]);
    let exam = Settings { exam: Some(NOW / DAY + 10), ..Settings::default() };
    let whole = Study::replay(&all, exam);
    assert_eq!(whole.items().len(), 19);
    // every question of the library, answered or not, counts in the forecast
    let library: Vec<String> = here
        .iter()
        .map(|(id, _)| id.clone())
        .chain(there.iter().map(|(id, _)| scope::qualified(Some(&fp), id)))
        .collect();
    let forecast = whole.forecast(&library).unwrap_or_else(|| panic!("an exam date is set"));
    let theirs_alone = Study::replay(&scope::of_briefing(&all, Some(&fp)), exam);
    assert_eq!(theirs_alone.items().len(), 7);
    let ids: Vec<String> = there.iter().map(|(id, _)| id.clone()).collect();
    let one = theirs_alone.forecast(&ids).unwrap_or_else(|| panic!("an exam date is set"));
    // every answered question of the library counts; unseen ones count as not known, and
    // the library has many more of them than the one briefing
    assert_eq!((forecast.count, one.count), (19, 7));
    let share = |n: usize, of: usize| n as f64 / of as f64;
    assert!(forecast.whole <= share(19, library.len()) + 1e-9, "{forecast:?}");
    assert!(one.whole > forecast.whole, "{one:?} {forecast:?}");
    // the whole plan holds each briefing's reviews
    let due: usize = whole.due_now(NOW + 30 * DAY).len();
    let mine_due = Study::replay(&mine, exam).due_now(NOW + 30 * DAY).len();
    assert_eq!(due, mine_due + theirs_alone.due_now(NOW + 30 * DAY).len());
}

#[test]
fn each_briefings_progress_adds_up_to_the_librarys() {
    let b = builtin();
    let (_, t) = transcript();
    let (ids_b, ids_t) = (catalog(&b), catalog(&t));
    let exam = (NOW + 10 * DAY) / DAY;
    let settings = Settings { exam: Some(exam), ..Settings::default() };
    let one = Study::replay(&answered(&ids_b, 9), settings).progress(NOW);
    let two = Study::replay(&answered(&ids_t, 4), settings).progress(NOW);
    assert_eq!((one.answered, two.answered), (9, 4));
    assert!(one.due <= 9 && two.due <= 4);
    let (r1, r2) =
        (one.recall_at_exam().expect("an exam date"), two.recall_at_exam().expect("an exam date"));
    assert!((0.0..=1.0).contains(&r1) && (0.0..=1.0).contains(&r2));
    let all = one + two;
    assert_eq!((all.answered, all.due), (13, one.due + two.due));
    // the library's recall is the mean over every answered question, not the mean of the means
    let mean = (r1 * 9.0 + r2 * 4.0) / 13.0;
    assert!((all.recall_at_exam().unwrap_or(-1.0) - mean).abs() < 1e-9);
    // without an exam date there is nothing to predict; with nothing answered, nothing at all
    let no_exam = Study::replay(&answered(&ids_b, 9), Settings::default()).progress(NOW);
    assert_eq!(no_exam.recall_at_exam(), None);
    assert_eq!(Study::replay(&Log::new(), settings).progress(NOW).answered, 0);
}
