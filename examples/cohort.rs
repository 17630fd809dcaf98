//! A cohort of self-assessments of several systems, one per system:
//! `cargo run --example cohort -- [--format markdown|csv|svg|html] [--latest] FILE...`.
//!
//! Two files of one system (the same file twice, or one system at two dates; names
//! compared after trimming, ignoring case) are refused, naming both files and the
//! system, unless `--latest` asks for the latest assessment of each system.
//!
//! - `markdown` (the default): the distribution of attained levels per sub-section, a
//!   heatmap table, where the assessments vary most, and peer learning for each system:
//!   its gaps toward its next levels, each with the first three peers that have already
//!   met it (and their notes) and how many more have; then the text of each criterion
//!   named.
//! - `csv`: a row per assessment and sub-section (attained level and coverage), then a
//!   blank line and a row per criterion (how many gave each status, share met).
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

use mhics::{report, Cohort, Target};

const USAGE: &str = "usage: cohort [--format markdown|csv|svg|html] [--latest] FILE...";

/// The cohort report, then peer learning for each system, in cohort order.
fn markdown(cohort: &Cohort<'_>) -> String {
    let mut out = report::cohort_markdown(cohort);
    out.push_str(&report::cohort_peer_learning_markdown(cohort, Target::Next));
    out
}

/// Runs the example on its arguments (without the program name): the text to print.
pub fn run(args: &[String]) -> Result<String, Failure> {
    let latest = args.iter().any(|a| a == "--latest");
    let args: Vec<String> = args.iter().filter(|a| *a != "--latest").cloned().collect();
    let (files, format) =
        common::files_and_format(&args, &["markdown", "csv", "svg", "html"], USAGE)?;
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
        mhics::Error::SystemTwice { .. } => {
            Failure::input(format!("{err} (--latest keeps the latest of each)"))
        }
        err => Failure::input(err),
    })?;
    Ok(match format {
        "csv" => format!(
            "{}\r\n{}",
            report::cohort_subsections_csv(&cohort),
            report::cohort_criteria_csv(&cohort)
        ),
        "svg" => report::cohort_heatmap_svg(&cohort),
        "html" => report::html::cohort(&cohort),
        _ => markdown(&cohort),
    })
}

#[allow(dead_code)]
fn main() -> ExitCode {
    common::main(run)
}
