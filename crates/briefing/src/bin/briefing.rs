//! `briefing parse FILE`: prints the parsed briefing as pretty JSON, or the line-numbered error
//! on standard error with exit code 1.

use std::process::ExitCode;

const USAGE: &str = "usage: briefing parse FILE [--glosses TSV]     print the parsed briefing as JSON
       briefing figures FILE [--glosses TSV] [--format tsv|csv|json]
                                               list its figures (CSV: UTF-8 with BOM, for spreadsheets)
       briefing quiz --seed N --count K [--topics 1,3] [--kinds year,term] [--format json|tsv] [--file FILE [--glosses TSV]]
                                               export quiz questions (JSON, or TSV for Anki)
       briefing study --log FILE [--at TIME] [--exam YYYY-MM-DD] [--retention R]
                                               FSRS-6 states, recall and due dates of a study log (JSON)
FILE may be - for standard input. --glosses gives figures their written English glosses
(id<TAB>text<TAB>gloss); figures without one get a plain description. quiz uses the built-in
MIIT briefing unless --file names another transcript. study reads a CSV log with the header
id,time,result (and optionally mode), times in ISO 8601 UTC (2026-12-01T08:00:00Z), results
right or wrong; --at defaults to now, --retention to 0.9 (0.80-0.97). A question of an imported
briefing has its fingerprint before its id (0123456789abcdef/figure-typed:f12-1): the report
gives each briefing's count and forecast beside the whole record's.";

const BUILT_IN: &[u8] = include_bytes!("../../../../data/miit-2020-briefing.txt");
const BUILT_IN_GLOSSES: &str = include_str!("../../../../data/figure-glosses.tsv");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        // `briefing --help`, `briefing help`, `briefing study --help`: the usage, not an error
        // about a missing value
        a if a == ["help"] || a.iter().any(|a| matches!(*a, "-h" | "--help")) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        ["parse", file] => run(file, None, |b| b.to_json()),
        ["parse", file, "--glosses", g] => run(file, Some(g), |b| b.to_json()),
        ["figures", file, rest @ ..] => figures(file, rest),
        ["quiz", rest @ ..] => quiz(rest),
        ["study", rest @ ..] => study(rest),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// `briefing quiz …`: flags in any order; a bad flag or value is a usage error (exit 2).
fn quiz(args: &[&str]) -> ExitCode {
    let mut seed = None;
    let mut count = None;
    let mut topics = Vec::new();
    let mut kinds = Vec::new();
    let mut format = "json";
    let mut file = None;
    let mut glosses = None;
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let Some(value) = it.next() else {
            eprintln!("briefing quiz: {flag} needs a value\n{USAGE}");
            return ExitCode::from(2);
        };
        let ok = match *flag {
            "--seed" => value.parse::<u64>().map(|v| seed = Some(v)).is_ok(),
            "--count" => value.parse::<usize>().map(|v| count = Some(v)).is_ok(),
            "--topics" => value
                .split(',')
                .map(|t| t.trim().parse::<u32>())
                .collect::<Result<Vec<_>, _>>()
                .map(|v| topics = v)
                .is_ok(),
            // the kinds as the quiz URL names them (qk=)
            "--kinds" => value
                .split(',')
                .map(|k| {
                    briefing::quiz::QuestionKind::ALL
                        .into_iter()
                        .find(|q| q.as_str() == k.trim())
                        .ok_or(())
                })
                .collect::<Result<Vec<_>, _>>()
                .map(|v| kinds = v)
                .is_ok(),
            "--format" if matches!(*value, "json" | "tsv") => {
                format = value;
                true
            }
            "--file" => {
                file = Some(*value);
                true
            }
            "--glosses" => {
                glosses = Some(*value);
                true
            }
            _ => false,
        };
        if !ok {
            eprintln!("briefing quiz: bad {flag} {value}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let (Some(seed), Some(count)) = (seed, count) else {
        eprintln!("briefing quiz: --seed and --count are required\n{USAGE}");
        return ExitCode::from(2);
    };
    let briefing = match file {
        None => briefing::parse_bytes(BUILT_IN).map_err(|e| e.to_string()).and_then(|mut b| {
            briefing::figures::apply_glosses(&mut b, BUILT_IN_GLOSSES).map(|_| b)
        }),
        Some(f) => load(f, glosses),
    };
    let b = match briefing {
        Ok(b) => b,
        Err(e) => {
            eprintln!("briefing: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(t) = topics.iter().find(|t| !b.topics.iter().any(|x| x.number == **t)) {
        eprintln!("briefing quiz: there is no topic {t} (the briefing has {})", b.topics.len());
        return ExitCode::from(2);
    }
    let settings = briefing::quiz::Settings { count, topics, kinds };
    let questions = briefing::quiz::generate(&b, seed, &settings);
    match format {
        "tsv" => print!("{}", briefing::quiz::to_tsv(&questions)),
        _ => println!("{}", briefing::quiz::to_json(&questions)),
    }
    ExitCode::SUCCESS
}

/// `briefing study --log FILE [--at TIME] [--exam YYYY-MM-DD] [--retention R]`: a bad flag or
/// value is a usage error (exit 2); a log that cannot be read exits 1 and names the line.
fn study(args: &[&str]) -> ExitCode {
    use briefing::study::{log::Log, plan, report, time};
    let usage = |what: String| {
        eprintln!("briefing study: {what}\n{USAGE}");
        ExitCode::from(2)
    };
    let (mut file, mut at, mut exam, mut retention) =
        (None, None, None, briefing::study::fsrs::DEFAULT_RETENTION);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let Some(value) = it.next() else { return usage(format!("{flag} needs a value")) };
        let ok = match *flag {
            "--log" => {
                file = Some(*value);
                true
            }
            "--at" => time::parse_instant(value).map(|t| at = Some(t)).is_some(),
            "--exam" => time::parse_date(value).map(|d| exam = Some(d)).is_some(),
            "--retention" => briefing::numerals::decimal(value)
                .filter(|r| (plan::RETENTION_RANGE.0..=plan::RETENTION_RANGE.1).contains(r))
                .map(|r| retention = r)
                .is_some(),
            _ => false,
        };
        if !ok {
            return usage(format!("bad {flag} {value}"));
        }
    }
    let Some(file) = file else { return usage("--log is required".into()) };
    let text = if file == "-" {
        let mut buf = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut buf)
            .map(|_| buf)
            .map_err(|e| e.to_string())
    } else {
        std::fs::read_to_string(file).map_err(|e| e.to_string())
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            eprintln!("briefing: cannot read {file}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let log = match Log::from_csv(&text) {
        Ok(log) => log,
        Err(e) => {
            eprintln!("{file}:{e}");
            return ExitCode::FAILURE;
        }
    };
    let now = at.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    });
    let r = report::report(&log, now, plan::Settings { retention, exam, offset: 0 });
    match serde_json::to_string_pretty(&r) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("briefing: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads and parses a transcript, with written glosses when given.
fn load(file: &str, glosses: Option<&str>) -> Result<briefing::Briefing, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let mut b = briefing::read::read_bytes(&bytes).map_err(|e| format!("{file}:{e}"))?;
    if let Some(g) = glosses {
        let tsv = std::fs::read_to_string(g).map_err(|e| format!("cannot read {g}: {e}"))?;
        briefing::figures::apply_glosses(&mut b, &tsv)?;
    }
    Ok(b)
}

/// `briefing figures FILE [--glosses TSV] [--format tsv|csv|json]`.
fn figures(file: &str, args: &[&str]) -> ExitCode {
    let (mut glosses, mut format) = (None, "tsv");
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        match (*flag, it.next().copied()) {
            ("--glosses", Some(g)) => glosses = Some(g),
            ("--format", Some(f @ ("tsv" | "csv" | "json"))) => format = f,
            _ => {
                eprintln!("briefing figures: bad flag or value: {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let render = match format {
        "csv" => briefing::export::figures_csv,
        "json" => briefing::export::figures_json,
        _ => briefing::export::figures_tsv,
    };
    run(file, glosses, render)
}

fn run(
    file: &str,
    glosses: Option<&str>,
    render: impl Fn(&briefing::Briefing) -> String,
) -> ExitCode {
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        match std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf) {
            Ok(_) => buf,
            Err(e) => {
                eprintln!("briefing: cannot read standard input: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("briefing: cannot read {file}: {e}");
                return ExitCode::FAILURE;
            }
        }
    };
    match briefing::read::read_bytes(&bytes) {
        Ok(mut b) => {
            if let Some(g) = glosses {
                let applied = std::fs::read_to_string(g)
                    .map_err(|e| format!("cannot read {g}: {e}"))
                    .and_then(|tsv| briefing::figures::apply_glosses(&mut b, &tsv));
                if let Err(e) = applied {
                    eprintln!("briefing: {e}");
                    return ExitCode::FAILURE;
                }
            }
            let out = render(&b);
            // one final line end, whatever the format ends with
            if out.ends_with('\n') {
                print!("{out}");
            } else {
                println!("{out}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{file}:{e}");
            ExitCode::FAILURE
        }
    }
}
