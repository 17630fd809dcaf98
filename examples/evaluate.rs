//! Evaluates an assessment file:
//! `cargo run --example evaluate -- FILE [--target LEVEL] [--format FORMAT]`.
//!
//! By default it prints the evaluation JSON (`mhics::guide::formats`). `--format markdown` prints the
//! readable report, `csv` the progression table then (after a blank line) the gap list,
//! `svg` a heatmap of sub-sections by level, and `html` one self-contained document for
//! people (headline, heatmap, progression, gaps with notes). Without `--target`, gaps are toward each
//! sub-section's next level; with it, toward that level for every sub-section. On bad
//! input it prints a one-line error on stderr and exits with status 1 (2 for bad usage).

#[path = "common/mod.rs"]
mod common;

use std::process::ExitCode;

use common::{read, Failure};

use mhics::{evaluate, report, EvaluationReport, Level, Target};

const USAGE: &str =
    "usage: evaluate FILE [--target developing|maturing|thriving] [--format json|markdown|csv|svg|html]";

/// Runs the example on its arguments (without the program name): the text to print.
pub fn run(args: &[String]) -> Result<String, Failure> {
    let mut file = None;
    let mut target = Target::Next;
    let mut format = "json";
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--target" => {
                let value = args
                    .next()
                    .ok_or_else(|| Failure::usage("--target needs a level", USAGE))?;
                let level: Level = value.parse().map_err(|_| {
                    Failure::usage(
                        format!(
                            "unknown level {}: expected developing, maturing or thriving",
                            mhics::name::quote(value)
                        ),
                        USAGE,
                    )
                })?;
                target = Target::Level(level);
            }
            "--format" => {
                format = match args.next().map(String::as_str) {
                    Some(f @ ("json" | "markdown" | "csv" | "svg" | "html")) => f,
                    Some(other) => {
                        return Err(Failure::usage(
                            format!("unknown format {}", mhics::name::quote(other)),
                            USAGE,
                        ))
                    }
                    None => return Err(Failure::usage("--format needs a format", USAGE)),
                }
            }
            flag if flag.starts_with("--") => {
                return Err(Failure::usage(
                    format!("unknown option {}", mhics::name::quote(flag)),
                    USAGE,
                ))
            }
            path if file.is_none() => file = Some(path.to_owned()),
            extra => {
                return Err(Failure::usage(
                    format!("unexpected argument {}", mhics::name::quote(extra)),
                    USAGE,
                ))
            }
        }
    }
    let path = file.ok_or_else(|| Failure::usage("no assessment file given", USAGE))?;
    let assessment = read(&path)?;
    let evaluation = evaluate(&assessment);
    Ok(match format {
        "markdown" => report::markdown::assessment(&evaluation, target),
        "csv" => format!(
            "{}\r\n{}",
            report::csv::progression(&evaluation),
            report::csv::gaps(&assessment, target)
        ),
        "svg" => report::svg::assessment(&evaluation),
        "html" => report::html::assessment(&evaluation, target).document(),
        _ => format!("{}\n", EvaluationReport::new(&assessment, target).to_json()),
    })
}

/// What `--help` prints.
const HELP: &str = "usage: evaluate FILE [--target developing|maturing|thriving] [--format
           json|markdown|csv|svg|html]

Evaluates one self-assessment (an assessment file, or a workbook with feature xlsx):
the level each sub-section, domain and the whole system has attained, coverage per
level, and the gaps toward each sub-section's next level (or toward --target for all).
Formats: json (the default, the evaluation JSON), markdown (a readable report),
csv (the progression table, then the gap list), svg (a heatmap of sub-sections by
level),\nhtml (one self-contained document for people, printing on A4).

example: cargo run --example evaluate -- examples/data/riverside-2026.json --format \\
    markdown
";

#[allow(dead_code)]
fn main() -> ExitCode {
    common::main(HELP, run)
}
