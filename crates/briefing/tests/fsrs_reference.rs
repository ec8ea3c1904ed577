//! `study::fsrs` against py-fsrs 6.3.2: every review sequence in `fsrs-6.3.2.json` (written by
//! `scripts/dev/fsrs_reference.py`) replayed through the Rust scheduler, with phase, step, due and
//! last review equal and stability, difficulty and retrievability within `TOLERANCE` relative
//! error at every step; and `interval_days` for chosen stabilities, ties of k + 0.5 days among
//! them.

use briefing::study::fsrs::{Card, Grade, Phase, Scheduler, DEFAULT_PARAMS};
use serde_json::Value;

/// Largest relative error allowed. Transcribed operation for operation, the Rust values have so
/// far been the same bits as Python's (both call the platform's `pow`); this leaves room for
/// another maths library's last-bit differences, not for a different formula.
const TOLERANCE: f64 = 1e-12;

fn fixture() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fsrs-6.3.2.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("read the fixture"))
        .expect("parse the fixture")
}

fn int(v: &Value) -> i64 {
    v.as_i64().unwrap_or_else(|| panic!("not an integer: {v}"))
}

fn float(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

fn ms_list(v: &Value) -> Vec<i64> {
    v.as_array().unwrap().iter().map(int).collect()
}

fn grade(name: &str) -> Grade {
    match name {
        "Again" => Grade::Again,
        "Hard" => Grade::Hard,
        "Good" => Grade::Good,
        "Easy" => Grade::Easy,
        _ => panic!("grade {name}"),
    }
}

fn phase(name: &str) -> Phase {
    match name {
        "Learning" => Phase::Learning,
        "Review" => Phase::Review,
        "Relearning" => Phase::Relearning,
        _ => panic!("state {name}"),
    }
}

/// The relative error of `got` from `want` (absolute where `want` is 0).
fn rel(got: f64, want: f64) -> f64 {
    if want == 0.0 {
        got.abs()
    } else {
        ((got - want) / want).abs()
    }
}

/// Tracks the largest relative error seen of each quantity and how many were checked.
#[derive(Default)]
struct Errors {
    max: [f64; 3],
    count: [usize; 3],
    exact: [usize; 3],
}

impl Errors {
    fn check(&mut self, what: usize, got: f64, want: f64, context: &dyn Fn() -> String) {
        let e = rel(got, want);
        assert!(e <= TOLERANCE, "{}: got {got}, py-fsrs {want} (relative error {e:e})", context());
        self.max[what] = self.max[what].max(e);
        self.count[what] += 1;
        self.exact[what] += usize::from(got.to_bits() == want.to_bits());
    }
}

#[test]
fn default_parameters_are_py_fsrs_defaults() {
    let f = fixture();
    let py: Vec<f64> = f["parameters"].as_array().unwrap().iter().map(float).collect();
    assert_eq!(py, DEFAULT_PARAMS.to_vec());
    let s = Scheduler::default();
    assert_eq!(
        (s.retention, s.learning_steps.clone(), s.relearning_steps.clone(), s.maximum_interval),
        (0.9, vec![60_000, 600_000], vec![600_000], 36_500)
    );
}

#[test]
fn review_sequences_match_py_fsrs() {
    let f = fixture();
    let sequences = f["sequences"].as_array().unwrap();
    let mut errors = Errors::default();
    let mut reviews = 0;
    for seq in sequences {
        let name = seq["name"].as_str().unwrap();
        let scheduler = Scheduler {
            params: DEFAULT_PARAMS,
            retention: float(&seq["retention"]),
            learning_steps: ms_list(&seq["learning_steps_ms"]),
            relearning_steps: ms_list(&seq["relearning_steps_ms"]),
            maximum_interval: int(&seq["maximum_interval"]) as u32,
        };
        let start = int(&seq["start"]);
        let mut card = Card::new(start);
        assert_eq!(
            scheduler.retrievability(&card, start + 86_400_000),
            float(&seq["initial_retrievability"]),
            "{name}"
        );
        for (i, r) in seq["reviews"].as_array().unwrap().iter().enumerate() {
            let at = int(&r["at"]);
            let g = grade(r["grade"].as_str().unwrap());
            card = scheduler.review(&card, g, at);
            let ctx = || format!("{name}, review {i} ({g:?} at {at})");
            assert_eq!(card.phase, phase(r["phase"].as_str().unwrap()), "{}: phase", ctx());
            assert_eq!(card.step, r["step"].as_u64().map(|s| s as usize), "{}: step", ctx());
            assert_eq!(card.due, int(&r["due"]), "{}: due", ctx());
            assert_eq!(card.last_review, Some(int(&r["last_review"])), "{}: last review", ctx());
            let (s, d) = (card.stability.unwrap(), card.difficulty.unwrap());
            errors.check(0, s, float(&r["stability"]), &|| format!("{}: stability", ctx()));
            errors.check(1, d, float(&r["difficulty"]), &|| format!("{}: difficulty", ctx()));
            assert_eq!(
                u64::from(scheduler.interval_days(s)),
                r["interval_days"].as_u64().unwrap(),
                "{}: interval",
                ctx()
            );
            for probe in r["retrievability"].as_array().unwrap() {
                let t = int(&probe[0]);
                let got = scheduler.retrievability(&card, t);
                errors.check(2, got, float(&probe[1]), &|| {
                    format!("{}: retrievability at {t}", ctx())
                });
            }
            reviews += 1;
        }
    }
    // So that a fixture cut short cannot pass unnoticed.
    assert!(
        sequences.len() >= 100 && reviews >= 1000,
        "{} sequences, {reviews} reviews",
        sequences.len()
    );
    for (k, what) in ["stability", "difficulty", "retrievability"].iter().enumerate() {
        println!(
            "{what}: {} values, {} bit-identical, max relative error {:e}",
            errors.count[k], errors.exact[k], errors.max[k]
        );
    }
    println!("{} sequences, {reviews} reviews", sequences.len());
}

#[test]
fn intervals_match_py_fsrs_including_ties() {
    let f = fixture();
    let rows = f["intervals"].as_array().unwrap();
    let (mut ties, mut even_ties) = (0, 0);
    for row in rows {
        let s = Scheduler {
            retention: float(&row["retention"]),
            maximum_interval: int(&row["maximum_interval"]) as u32,
            ..Scheduler::default()
        };
        let stability = float(&row["stability"]);
        let days = int(&row["days"]);
        assert_eq!(i64::from(s.interval_days(stability)), days, "{row}");
        if row["tie"].as_bool().unwrap() {
            ties += 1;
            // k + 0.5 rounded to even: down from an even k, where rounding half up would differ.
            even_ties += usize::from(days % 2 == 0 && days > 1);
        }
    }
    assert!(ties >= 20 && even_ties >= 10, "{ties} ties, {even_ties} to an even day");
}
