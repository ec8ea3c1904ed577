//! `briefing parse FILE`: prints the parsed briefing as pretty JSON, or the line-numbered error
//! on standard error with exit code 1.

use std::process::ExitCode;

const USAGE: &str = "usage: briefing parse FILE [--glosses TSV]     print the parsed briefing as JSON
       briefing figures FILE [--glosses TSV]   list its figures as TSV
FILE may be - for standard input. --glosses gives figures their written English glosses
(id<TAB>text<TAB>gloss); figures without one get a plain description.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["parse", file] => run(file, None, |b| b.to_json()),
        ["parse", file, "--glosses", g] => run(file, Some(g), |b| b.to_json()),
        ["figures", file] => run(file, None, figures_tsv),
        ["figures", file, "--glosses", g] => run(file, Some(g), figures_tsv),
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn figures_tsv(b: &briefing::Briefing) -> String {
    let mut out = String::from("id\ttext\tvalue\tunit\tmeasure\tqualifier\tkind\ttopic\tspeaker\tgloss");
    for f in b.figures() {
        let json = |v: &dyn erased::Ser| v.json();
        out.push_str(&format!(
            "\n{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            f.id,
            f.text,
            f.data_value(),
            json(&f.unit),
            f.measure.as_deref().unwrap_or(""),
            f.qualifier.map(|q| json(&q)).unwrap_or_default(),
            json(&f.kind),
            f.topic.map(|t| t.to_string()).unwrap_or_default(),
            f.speaker.as_deref().unwrap_or(""),
            f.gloss
        ));
    }
    out
}

/// Serde names of enum values (statistic, percentage-point …) for the TSV.
mod erased {
    pub trait Ser {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Ser for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap_or_default().trim_matches('"').to_string()
        }
    }
}

fn run(file: &str, glosses: Option<&str>, render: impl Fn(&briefing::Briefing) -> String) -> ExitCode {
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
    match briefing::parse_bytes(&bytes) {
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
            println!("{}", render(&b));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{file}:{e}");
            ExitCode::FAILURE
        }
    }
}
