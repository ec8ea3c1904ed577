//! Times the library's core on a season of 300 transcripts (the 12 shared Foreign Ministry
//! briefings, each 25 times over with a line of its own so that every copy is a briefing of its
//! own): importing them, building the search shelf, a search keystroke across all of them while
//! a 4-character query is typed, and the exam plan over every briefing's questions. Native, so
//! the browser's figures (issue #30's targets) are a multiple of these. Prints figures; asserts
//! nothing.
//!
//!     cargo run -p briefing --release --example bench_library

use std::time::{Duration, Instant};

use briefing::library::search::{Shelf, ShelfFilter};
use briefing::library::Library;
use briefing::study::log::{Answer, Log, Mode};
use briefing::study::plan::{Settings, Study};
use briefing::study::scope;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/transcripts/mfa");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    let shared: Vec<String> =
        paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    if shared.is_empty() {
        eprintln!("no transcripts in {dir}");
        std::process::exit(1);
    }
    let texts: Vec<String> = (0..300)
        .map(|n| format!("{}\n（第{}份）\n", shared[n % shared.len()], n / shared.len() + 1))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();

    let t = Instant::now();
    let mut lib = Library::default();
    lib.import(texts.iter().map(String::as_str), 0, briefing::read::read);
    let import = t.elapsed();
    let one: Vec<f64> = (0..20)
        .map(|k| {
            let t = Instant::now();
            std::hint::black_box(briefing::read::read(&texts[k]).is_ok());
            ms(t.elapsed())
        })
        .collect();
    let mut sorted = one.clone();
    sorted.sort_by(f64::total_cmp);
    println!(
        "import of {} transcripts ({:.1} MB): {:.0} ms in all; one transcript: median {:.2} ms, max {:.2} ms",
        lib.entries().len(),
        bytes as f64 / 1e6,
        ms(import),
        sorted[sorted.len() / 2],
        sorted[sorted.len() - 1]
    );

    let read: Vec<(String, briefing::Briefing)> = lib
        .entries()
        .iter()
        .filter_map(|e| briefing::read::read(&e.text).ok().map(|b| (e.fingerprint.clone(), b)))
        .collect();
    let t = Instant::now();
    let shelf =
        Shelf::new(read.iter().map(|(fp, b)| (fp.as_str(), b)), briefing::search::fold_script);
    println!("search shelf of {} briefings built: {:.0} ms", shelf.len(), ms(t.elapsed()));

    let mut times = Vec::new();
    for _ in 0..10 {
        for q in ["美", "美国", "美国国", "美国国务"] {
            let t = Instant::now();
            let r = shelf.run(&ShelfFilter { query: q.into(), ..ShelfFilter::default() });
            std::hint::black_box(r.hit_count);
            times.push(t.elapsed());
        }
    }
    times.sort();
    println!(
        "search keystroke across all of them: median {:.1} ms, p95 {:.1} ms ({} runs)",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        times.len()
    );

    // one answer to every question of every briefing, then the plan and forecast over all
    let t = Instant::now();
    let mut all_ids = Vec::new();
    let mut answers = Vec::new();
    for (k, (fp, b)) in read.iter().enumerate() {
        for (i, (id, _)) in briefing::study::catalog(b).into_iter().enumerate() {
            let id = scope::qualified(Some(fp), &id);
            answers.push(Answer {
                time: 1_800_000_000_000 + (k * 1000 + i) as i64 * 60_000,
                id: id.clone(),
                right: i % 3 != 0,
                mode: Mode::Practice,
            });
            all_ids.push(id);
        }
    }
    let catalog = t.elapsed();
    let log = Log::from_answers(answers);
    let t = Instant::now();
    let exam = Settings { exam: Some(1_800_000_000_000 / 86_400_000 + 60), ..Settings::default() };
    let study = Study::replay(&log, exam);
    let now = 1_800_000_000_000 + 30 * 86_400_000;
    let plan = study.plan(now);
    let forecast = study.forecast(&all_ids);
    std::hint::black_box((&plan, &forecast));
    println!(
        "exam plan over {} questions of every briefing ({} answers): {:.0} ms (the catalog of questions: {:.0} ms)",
        all_ids.len(),
        log.len(),
        ms(t.elapsed()),
        ms(catalog)
    );
}
