//! `briefing parse FILE`: prints the parsed briefing as pretty JSON, or the line-numbered error
//! on standard error with exit code 1.

use std::process::ExitCode;

const USAGE: &str = "usage: briefing parse FILE   (FILE may be - for standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["parse", file] => parse(file),
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

fn parse(file: &str) -> ExitCode {
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
        Ok(b) => {
            println!("{}", b.to_json());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{file}:{e}");
            ExitCode::FAILURE
        }
    }
}
