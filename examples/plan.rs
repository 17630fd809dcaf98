//! Action plans: drafts one from an assessment's gaps, or reviews one against a later
//! assessment.
//!
//! - `cargo run --example plan -- draft ASSESSMENT [--target LEVEL]` prints a plan with
//!   one action per sub-section, level and theme with gaps (toward each sub-section's
//!   next level, or LEVEL), to fill in with owners, leads and due dates.
//! - `cargo run --example plan -- review PLAN ASSESSMENT [--on DATE] [--target LEVEL]
//!   [--format json|markdown|csv|html|svg]` prints the review: the review JSON (the
//!   default), a Markdown agenda for the meeting that reviews the plan, CSV with a row
//!   per action and criterion, one self-contained HTML document (how the plan stands,
//!   the conversations to have, the other actions, the gaps no action addresses), or
//!   the picture of the gaps the plan addresses by sub-section. The review date is
//!   `--on`, else the assessment's.
//!
//! Workbooks (feature `xlsx`): `draft ASSESSMENT --format xlsx --out FILE.xlsx` writes
//! the workbook pre-filled from the assessment, with the drafted plan on its `Action
//! plan` sheet to fill in there (`--out FILE` with the default `--format json` writes the
//! JSON to a file). An assessment may be a workbook, and so may a plan: one whose name
//! ends in `.xlsx` is read from its `Action plan` sheet, so `review r.xlsx r.xlsx`
//! reviews a workbook's plan against its own assessment.
//!
//! On bad input (a plan of another system or edition among it) it prints a one-line error
//! on stderr and exits with status 1 (2 for bad usage).

#[path = "common/mod.rs"]
mod common;

use std::process::ExitCode;

use common::{read, read_plan, Failure};

use mhics::plan::Plan;
use mhics::{report, Date, Level, Target};

const USAGE: &str = "usage: plan draft ASSESSMENT [--target developing|maturing|thriving] [--format json|xlsx] [--out FILE] | plan review PLAN ASSESSMENT [--on YYYY-MM-DD] [--target developing|maturing|thriving] [--format json|markdown|csv|html|svg]";

/// Writes a drafted plan: JSON (on stdout, or to `out`), or the workbook pre-filled from
/// `assessment` with the plan (to `out`, which it needs; feature `xlsx`).
fn write_draft(
    plan: &Plan,
    assessment: &mhics::Assessment,
    xlsx: bool,
    out: Option<&str>,
) -> Result<String, Failure> {
    let json = || format!("{}\n", plan.to_json());
    match (xlsx, out) {
        (false, None) => Ok(json()),
        (false, Some(out)) => common::write_file(out, json().as_bytes()).map(|()| String::new()),
        (true, None) => Err(Failure::usage("--format xlsx needs --out FILE.xlsx", USAGE)),
        #[cfg(feature = "xlsx")]
        (true, Some(out)) => {
            let bytes = mhics::workbook::write_with_plan(mhics::MHICS_2019, Some(assessment), plan)
                .map_err(Failure::input)?;
            common::write_file(out, &bytes).map(|()| String::new())
        }
        #[cfg(not(feature = "xlsx"))]
        (true, Some(_)) => {
            let _ = assessment;
            Err(Failure::usage(
                "--format xlsx needs the feature `xlsx` (cargo run --example plan --features xlsx)",
                USAGE,
            ))
        }
    }
}

/// Runs the example on its arguments (without the program name): the text to print.
pub fn run(args: &[String]) -> Result<String, Failure> {
    let (command, rest) = args
        .split_first()
        .ok_or_else(|| Failure::usage("no command given", USAGE))?;
    let mut files = Vec::new();
    let mut target = Target::Next;
    let mut on: Option<Date> = None;
    let mut format = "json";
    let (mut xlsx, mut out) = (false, None);
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        let mut value = |what: &str| {
            rest.next()
                .ok_or_else(|| Failure::usage(format!("{arg} needs {what}"), USAGE))
        };
        match arg.as_str() {
            "--target" => {
                let value = value("a level")?;
                let level: Level = value.parse().map_err(|_| {
                    Failure::usage(
                        format!(
                            "unknown level `{value}`: expected developing, maturing or thriving"
                        ),
                        USAGE,
                    )
                })?;
                target = Target::Level(level);
            }
            "--on" if command == "review" => {
                let value = value("a date")?;
                on = Some(value.parse().map_err(|err: mhics::Error| {
                    let why = match err.kind() {
                        mhics::error::Kind::InvalidDate { reason, .. } => reason.to_string(),
                        _ => err.to_string(),
                    };
                    Failure::usage(format!("--on `{value}` is not a date: {why}"), USAGE)
                })?);
            }
            "--format" if command == "draft" => {
                xlsx = match value("a format")?.as_str() {
                    "json" => false,
                    "xlsx" => true,
                    other => {
                        return Err(Failure::usage(format!("unknown format `{other}`"), USAGE))
                    }
                }
            }
            "--out" if command == "draft" => out = Some(value("a file")?.clone()),
            "--format" if command == "review" => {
                format = match value("a format")?.as_str() {
                    f @ ("json" | "markdown" | "csv" | "html" | "svg") => f,
                    other => {
                        return Err(Failure::usage(format!("unknown format `{other}`"), USAGE))
                    }
                }
            }
            flag if flag.starts_with("--") => {
                return Err(Failure::usage(format!("unknown option `{flag}`"), USAGE))
            }
            path => files.push(path.to_owned()),
        }
    }
    match (command.as_str(), files.as_slice()) {
        ("draft", [assessment]) => {
            let assessment = read(assessment)?;
            let plan = Plan::draft(&assessment, target);
            write_draft(&plan, &assessment, xlsx, out.as_deref())
        }
        ("review", [plan, assessment]) => {
            let plan = read_plan(plan)?;
            let assessment = read(assessment)?;
            let review = plan
                .review(&assessment, on, target)
                .map_err(Failure::input)?;
            Ok(match format {
                "markdown" => report::markdown::plan_review(&review),
                "csv" => report::csv::plan_review(&review),
                "html" => report::html::plan_review(&review).document(),
                "svg" => report::svg::plan_review(&review),
                _ => format!("{}\n", review.to_json()),
            })
        }
        ("draft", _) => Err(Failure::usage("draft takes one assessment file", USAGE)),
        ("review", _) => Err(Failure::usage(
            "review takes a plan file and an assessment file",
            USAGE,
        )),
        (other, _) => Err(Failure::usage(format!("unknown command `{other}`"), USAGE)),
    }
}

/// What `--help` prints.
const HELP: &str = "usage: plan draft ASSESSMENT [--target LEVEL] [--format json|xlsx] [--out FILE]
   or: plan review PLAN ASSESSMENT [--on YYYY-MM-DD] [--target LEVEL] [--format
           json|markdown|csv|html|svg]

Action plans. draft prints a plan with one action per sub-section, level and theme with
gaps (toward each sub-section's next level, or LEVEL), to fill in with owners, leads and
due dates. review prints how a plan stands against a later assessment: each action's
outcome (achieved, dropped, done but not achieved, overdue, open), the gaps no action
covers, and the actions still to complete; as the contract's JSON (the default), a
Markdown agenda for the review meeting, CSV, one self-contained HTML document to share
or print, or an SVG picture of the gaps the plan addresses.

example: cargo run --example plan -- review \\
    examples/data/plans/riverside-plan-2025.json examples/data/riverside-2026.json \\
    --format markdown

Workbooks (feature xlsx): draft --format xlsx --out FILE.xlsx writes the workbook
pre-filled from the assessment, with the drafted plan on its Action plan sheet to fill in
there (--out also writes the JSON to a file). A PLAN or ASSESSMENT whose name ends in
.xlsx is read from a workbook, so review FILE.xlsx FILE.xlsx reviews a workbook's plan
against its own assessment.
";

#[allow(dead_code)]
fn main() -> ExitCode {
    common::main(HELP, run)
}
