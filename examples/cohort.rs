//! A cohort of self-assessments (several systems, or one system over time):
//! `cargo run --example cohort -- [--format markdown|csv|svg] FILE...`.
//!
//! - `markdown` (the default): the distribution of attained levels per sub-section, a
//!   heatmap table, where the assessments vary most, and peer learning for each system
//!   (at its latest assessment): its gaps toward its next levels, with the peers that
//!   have already met them and their notes.
//! - `csv`: a row per assessment and sub-section (attained level and coverage), then a
//!   blank line and a row per criterion (how many gave each status, share met).
//! - `svg`: a heatmap of sub-sections by level, shaded by the share of assessments that
//!   have attained each level.
//!
//! On bad input it prints a one-line error on stderr and exits with status 1 (2 for bad
//! usage).

#[path = "common/mod.rs"]
mod common;

use std::process::ExitCode;

use common::{read, Failure};

use mhics::{report, Cohort, Target};

const USAGE: &str = "usage: cohort [--format markdown|csv|svg] FILE...";

/// The cohort report, then peer learning for each system at its latest assessment
/// (systems in the order they first appear).
fn markdown(cohort: &Cohort<'_>) -> String {
    let mut out = report::cohort_markdown(cohort);
    let mut systems: Vec<&str> = Vec::new();
    for member in cohort.members() {
        if !systems.contains(&member.assessment.system()) {
            systems.push(member.assessment.system());
        }
    }
    for system in systems {
        let latest = cohort
            .members()
            .iter()
            .filter(|m| m.assessment.system() == system)
            .max_by_key(|m| m.assessment.date())
            .expect("the system has a member");
        let learning = cohort.peer_learning(latest.assessment, Target::Next);
        out.push_str(&report::peer_learning_markdown(
            latest.assessment,
            &learning,
        ));
    }
    out
}

/// Runs the example on its arguments (without the program name): the text to print.
pub fn run(args: &[String]) -> Result<String, Failure> {
    let (files, format) = common::files_and_format(args, &["markdown", "csv", "svg"], USAGE)?;
    if files.is_empty() {
        return Err(Failure::usage("no assessment files given", USAGE));
    }
    let assessments = files
        .iter()
        .map(|f| read(f))
        .collect::<Result<Vec<_>, _>>()?;
    let cohort = Cohort::new(&assessments).map_err(Failure::input)?;
    Ok(match format {
        "csv" => format!(
            "{}\r\n{}",
            report::cohort_subsections_csv(&cohort),
            report::cohort_criteria_csv(&cohort)
        ),
        "svg" => report::cohort_heatmap_svg(&cohort),
        _ => markdown(&cohort),
    })
}

#[allow(dead_code)]
fn main() -> ExitCode {
    common::main(run)
}
