//! Times the core search on the published briefing: building the index once, and running a
//! query per keystroke while a 4-character query is typed. Prints figures; asserts nothing.
//!
//!     cargo run -p briefing --release --example bench_search

use std::time::{Duration, Instant};

use briefing::search::{Filter, Index};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let raw = include_bytes!("../../../data/miit-2020-briefing.txt");
    let b = match briefing::parse_bytes(raw) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };

    let t = Instant::now();
    let parses = 200;
    for _ in 0..parses {
        std::hint::black_box(briefing::parse_bytes(raw).is_ok());
    }
    println!(
        "parse + repair + figures: {:.3} ms per briefing",
        t.elapsed().as_secs_f64() * 1e3 / parses as f64
    );

    // an imported transcript of 2 MB: the second fixture's last topic repeated
    let other = include_str!("../tests/fixtures/other-briefing.txt");
    if let Some((head, tail)) = other.split_once("热点二:数字化转型") {
        let mut big = format!("{head}热点二:数字化转型\n\n");
        while big.len() < 2 * 1024 * 1024 {
            big.push_str(tail.trim());
            big.push_str("\n\n");
        }
        let t = Instant::now();
        let runs = 5;
        let mut qas = 0;
        for _ in 0..runs {
            qas = briefing::parse_bytes(big.as_bytes())
                .map(|b| b.topics.iter().map(|t| t.qas.len()).sum::<usize>())
                .unwrap_or(0);
        }
        println!(
            "parse a 2 MB transcript ({} bytes, {qas} Q&As): {:.1} ms",
            big.len(),
            t.elapsed().as_secs_f64() * 1e3 / runs as f64
        );
    }

    // a quiz asks one question per sentence: asked for 1000, it gives one on every sentence
    for count in [briefing::quiz::MAX_COUNT, 1000] {
        let t = Instant::now();
        let rounds = 20;
        let mut n = 0;
        for seed in 0..rounds {
            n += briefing::quiz::generate(
                &b,
                seed,
                &briefing::quiz::Settings { count, ..Default::default() },
            )
            .len();
        }
        println!(
            "quiz: {:.2} ms per generate(count {count}) call ({} questions each)",
            t.elapsed().as_secs_f64() * 1e3 / rounds as f64,
            n / rounds as usize
        );
    }
    let t = Instant::now();
    let rounds = 20;
    let mut n = 0;
    for seed in 0..rounds {
        n += briefing::quiz::every_question(&b, seed, &briefing::quiz::Settings::default()).len();
    }
    println!(
        "quiz: {:.2} ms per every_question call ({} questions each: every question the briefing can give)",
        t.elapsed().as_secs_f64() * 1e3 / rounds as f64,
        n / rounds as usize
    );

    let t = Instant::now();
    let index = Index::new(&b);
    println!("index build: {:.3} ms", t.elapsed().as_secs_f64() * 1e3);

    for query in ["集成电路", "芯片 安全", "５Ｇ", "APP"] {
        let prefixes: Vec<String> =
            (1..=query.chars().count()).map(|n| query.chars().take(n).collect()).collect();
        let mut times = Vec::new();
        for _ in 0..2000 {
            for q in &prefixes {
                let f = Filter { query: q.clone(), ..Filter::default() };
                let t = Instant::now();
                let r = index.run(&f);
                times.push(t.elapsed());
                std::hint::black_box(r.hit_count);
            }
        }
        times.sort();
        println!(
            "match {query:>8}: per keystroke median {:>6.1} µs, p95 {:>6.1} µs, max {:>6.1} µs ({} runs)",
            percentile(&times, 0.5).as_secs_f64() * 1e6,
            percentile(&times, 0.95).as_secs_f64() * 1e6,
            times.last().map_or(0.0, |d| d.as_secs_f64() * 1e6),
            times.len()
        );
    }
}
