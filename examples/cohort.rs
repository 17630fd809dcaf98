//! A cohort of self-assessments of several systems, one per system:
//! `cargo run --example cohort -- [--format markdown|csv|svg|html] [--latest] FILE...`.
//!
//! Two files of one system (the same file twice, or one system at two dates; names
//! compared after trimming, ignoring case) are refused, naming both files and the
//! system, unless `--latest` asks for the latest assessment of each system; then each
//! assessment left out is named on stderr, one line each.
//!
//! - `markdown` (the default): the distribution of attained levels per sub-section, a
//!   heatmap table, where the assessments vary most, and peer learning for each system:
//!   its gaps toward its next levels, each with the first three peers that have already
//!   met it (and their notes) and how many more have; then the text of each criterion
//!   named.
//! - `csv`: one table, chosen with `--table`: `subsections` (the default; a row per
//!   assessment and sub-section, attained level and coverage) or `criteria` (a row per
//!   criterion: how many gave each status, share met).
//! - `svg`: a heatmap of sub-sections by level, shaded by the share of assessments that
//!   have attained each level.
//! - `html`: one self-contained document for people: each system's overall and domain
//!   levels, the heatmap, the distribution with its variation, where they vary most.
//!
//! On bad input it prints a one-line error on stderr and exits with status 1 (2 for bad
//! usage).

#[path = "common/mod.rs"]
mod common;

use std::process::ExitCode;

use common::{read, Failure};

use mhics::cohort::Cohort;
use mhics::{report, Target};

const USAGE: &str = "usage: cohort [--format markdown|csv|svg|html] [--table subsections|criteria] [--latest] FILE...";

/// The cohort report, then peer learning for each system, in cohort order.
fn markdown(cohort: &Cohort<'_>) -> String {
    let mut out = report::markdown::cohort(cohort);
    out.push_str(&report::markdown::cohort_peer_learning(
        cohort,
        Target::Next,
    ));
    out
}

/// Runs the example on its arguments (without the program name): the text to print.
pub fn run(args: &[String]) -> Result<String, Failure> {
    run_noting(args, &mut |note| eprintln!("{note}"))
}

/// Runs the example, giving each note for stderr (an assessment that `--latest` left
/// out) to `note`.
pub fn run_noting(args: &[String], note: &mut dyn FnMut(String)) -> Result<String, Failure> {
    let latest = args.iter().any(|a| a == "--latest");
    let mut table = None;
    let mut rest = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--latest" => {}
            "--table" => {
                let value = iter
                    .next()
                    .ok_or_else(|| Failure::usage("--table needs a table", USAGE))?;
                table = Some(match value.as_str() {
                    "subsections" | "criteria" => value.clone(),
                    other => {
                        return Err(Failure::usage(
                            format!("unknown table {other:?}: subsections or criteria"),
                            USAGE,
                        ))
                    }
                });
            }
            _ => rest.push(arg.clone()),
        }
    }
    let (files, format) =
        common::files_and_format(&rest, &["markdown", "csv", "svg", "html"], USAGE)?;
    if table.is_some() && format != "csv" {
        return Err(Failure::usage("--table goes with --format csv", USAGE));
    }
    if files.is_empty() {
        return Err(Failure::usage("no assessment files given", USAGE));
    }
    let assessments = files
        .iter()
        .map(|f| read(f))
        .collect::<Result<Vec<_>, _>>()?;
    let mut builder = Cohort::builder();
    for (file, assessment) in files.iter().zip(&assessments) {
        builder = builder.named_member(file.as_str(), assessment);
    }
    if latest {
        builder = builder.latest_of_each();
    }
    let cohort = builder.build().map_err(|err| match err {
        mhics::error::Conflict::SystemTwice { .. } => {
            Failure::input(format!("{err} (--latest keeps the latest of each)"))
        }
        err => Failure::input(err),
    })?;
    // Say which assessments `--latest` left out, so that none is dropped silently.
    for (file, assessment) in files.iter().zip(&assessments) {
        let kept = cohort
            .members()
            .iter()
            .any(|m| std::ptr::eq(m.assessment, assessment));
        if !kept {
            let date = assessment
                .date()
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            note(format!(
                "note: --latest left out {file} ({:?}, {date}): a later assessment of that system is given",
                assessment.system()
            ));
        }
    }
    Ok(match format {
        "csv" => match table.as_deref() {
            Some("criteria") => report::csv::cohort_criteria(&cohort),
            _ => report::csv::cohort_subsections(&cohort),
        },
        "svg" => report::svg::cohort(&cohort),
        "html" => report::html::cohort(&cohort).document(),
        _ => markdown(&cohort),
    })
}

/// What `--help` prints.
const HELP: &str =
    "usage: cohort [--format markdown|csv|svg|html] [--table subsections|criteria] [--latest]
           FILE...

A cohort of self-assessments, one per system: how the systems' attained levels are
distributed per sub-section, where they vary most, and peer learning (each system's gaps
with peers that have already met them). Two assessments of one system are refused unless
--latest keeps the latest of each (the ones left out are named on stderr).
Formats: markdown (the default), svg (a heatmap), html (one document for people), csv:
one table per run, chosen with
--table: subsections (the default; a row per assessment and sub-section) or criteria
(a row per criterion: how many gave each status).

example: cargo run --example cohort -- examples/data/*-2026.json
";

#[allow(dead_code)]
fn main() -> ExitCode {
    common::main(HELP, run)
}
