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

use mhics::{compare, report};

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
        "csv" => report::comparison_csv(&comparison),
        "svg" => report::comparison_svg(&comparison),
        "html" => report::html::comparison(&comparison),
        _ => report::comparison_markdown(&comparison),
    })
}

#[allow(dead_code)]
fn main() -> ExitCode {
    common::main(run)
}
