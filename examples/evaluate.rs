//! Evaluates an assessment file and prints the contract's evaluation JSON:
//! `cargo run --example evaluate -- FILE [--target LEVEL]`.
//!
//! Without `--target`, gaps are toward each sub-section's next level. On bad input it
//! prints a one-line error on stderr and exits with status 1 (2 for bad usage).

use std::process::ExitCode;

use mhics::{Assessment, EvaluationReport, Level, Target};

const USAGE: &str = "usage: evaluate FILE [--target developing|maturing|thriving]";

fn parse_args(args: &[String]) -> Result<(String, Target), String> {
    let mut file = None;
    let mut target = Target::Next;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--target" => {
                let value = args.next().ok_or("--target needs a level")?;
                let level: Level = value.parse().map_err(|_| {
                    format!("unknown level `{value}`: expected developing, maturing or thriving")
                })?;
                target = Target::Level(level);
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path if file.is_none() => file = Some(path.to_owned()),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    Ok((file.ok_or("no assessment file given")?, target))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, target) = match parse_args(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("error: {message}; {USAGE}");
            return ExitCode::from(2);
        }
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("error: cannot read {path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    match Assessment::from_json_slice(&bytes) {
        Ok(assessment) => {
            println!("{}", EvaluationReport::new(&assessment, target).to_json());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {path}: {err}");
            ExitCode::FAILURE
        }
    }
}
