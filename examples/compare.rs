//! Compares two self-assessments of the same system, earlier first:
//! `cargo run --example compare -- BEFORE AFTER [--format markdown|csv|svg|html]`.
//!
//! Prints a readable summary, the level changes per domain and sub-section, and per
//! criterion what changed (newly met, regressed, still open with a changed status);
//! `--format csv` prints a row per criterion instead, `svg` a picture of each sub-section's
//! level and coverage before and after, and `html` one document for people. On bad input it prints a one-line
//! error on stderr and exits with status 1 (2 for bad usage).

#[path = "common/mod.rs"]
mod common;

use std::process::ExitCode;

use common::{read, Failure};

use mhics::compare::compare;
use mhics::report;

const USAGE: &str = "usage: compare BEFORE AFTER [--format markdown|csv|svg|html]";

/// Runs the example on its arguments (without the program name): the text to print.
pub fn run(args: &[String]) -> Result<String, Failure> {
    let (files, format) =
        common::files_and_format(args, &["markdown", "csv", "svg", "html"], USAGE)?;
    let [before, after] = files.as_slice() else {
        return Err(Failure::usage(
            format!("expected two assessment files, got {}", files.len()),
            USAGE,
        ));
    };
    let (before, after) = (read(before)?, read(after)?);
    let comparison = compare(&before, &after).map_err(Failure::input)?;
    Ok(match format {
        "csv" => report::csv::comparison(&comparison),
        "svg" => report::svg::comparison(&comparison),
        "html" => report::html::comparison(&comparison).document(),
        _ => report::markdown::comparison(&comparison),
    })
}

/// What `--help` prints.
const HELP: &str = "usage: compare BEFORE AFTER [--format markdown|csv|svg|html]

Compares two self-assessments of one system, earlier first: what changed per criterion
(newly met, regressed, still open), and the level before and after per sub-section and
domain. Formats: markdown (the default), csv (a row per criterion), svg (each\nsub-section's level before and after), html (one document for people).

example: cargo run --example compare -- examples/data/riverside-2025.json examples/data/riverside-2026.json
";

#[allow(dead_code)]
fn main() -> ExitCode {
    common::main(HELP, run)
}
