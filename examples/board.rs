//! A board report: one HTML document for a board meeting, bringing together what is
//! given:
//! `cargo run --example board -- ASSESSMENT [--previous EARLIER] [--partners FILE...]
//! [--plan PLAN]`.
//!
//! - always, where the system stands: overall and each domain in words, the
//!   sub-sections nearest their next level, the heatmap and the progression table;
//! - with `--previous`, what changed since that earlier assessment of the system;
//! - with `--partners`, where the partners' own assessments of the system disagree
//!   (the files after `--partners`, up to the next option);
//! - with `--plan`, how that action plan of the system stands against the assessment
//!   (reviewed on the assessment's date, toward each sub-section's next level): the
//!   actions by outcome, the gaps it addresses, the conversations to have (a plan
//!   file's name ending in `.xlsx` is read from a workbook's `Action plan` sheet, with
//!   feature `xlsx`).
//!
//! The document is self-contained (no script, nothing requested from outside it) and
//! prints on A4. On bad input it prints a one-line error on stderr and exits with
//! status 1 (2 for bad usage).

#[path = "common/mod.rs"]
mod common;

use std::path::Path;
use std::process::ExitCode;

use common::{read, read_plan, Failure};

use mhics::perspectives::Perspectives;
use mhics::{report::html::Board, Assessment};

const USAGE: &str =
    "usage: board ASSESSMENT [--previous EARLIER] [--partners FILE...] [--plan PLAN]";

/// The file name of `path`, which labels a partner's assessment that names no
/// respondent.
fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned())
}

/// Runs the example on its arguments (without the program name): the HTML to print.
pub fn run(args: &[String]) -> Result<String, Failure> {
    let mut file = None;
    let mut previous = None;
    let mut partners: Option<Vec<String>> = None;
    let mut plan = None;
    let mut args = args.iter().peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--previous" => {
                let value = args
                    .next()
                    .ok_or_else(|| Failure::usage("--previous needs a file", USAGE))?;
                if previous.replace(value.clone()).is_some() {
                    return Err(Failure::usage("--previous given twice", USAGE));
                }
            }
            "--plan" => {
                let value = args
                    .next()
                    .ok_or_else(|| Failure::usage("--plan needs a file", USAGE))?;
                if plan.replace(value.clone()).is_some() {
                    return Err(Failure::usage("--plan given twice", USAGE));
                }
            }
            "--partners" => {
                let list = partners.get_or_insert_with(Vec::new);
                while let Some(path) = args.next_if(|a| !a.starts_with("--")) {
                    list.push(path.clone());
                }
                if list.is_empty() {
                    return Err(Failure::usage("--partners needs at least one file", USAGE));
                }
            }
            flag if flag.starts_with("--") => {
                return Err(Failure::usage(format!("unknown option `{flag}`"), USAGE))
            }
            path if file.is_none() => file = Some(path.to_owned()),
            extra => {
                return Err(Failure::usage(
                    format!("unexpected argument `{extra}`"),
                    USAGE,
                ))
            }
        }
    }
    let path = file.ok_or_else(|| Failure::usage("no assessment file given", USAGE))?;
    let assessment = read(&path)?;
    let earlier = previous.as_deref().map(read).transpose()?;
    let partner_files = partners.unwrap_or_default();
    let partner_assessments = partner_files
        .iter()
        .map(|f| read(f))
        .collect::<Result<Vec<Assessment>, _>>()?;
    let plan = plan.as_deref().map(read_plan).transpose()?;
    let names: Vec<String> = partner_files.iter().map(|f| file_name(f)).collect();
    let perspectives = if partner_assessments.is_empty() {
        None
    } else {
        Some(
            Perspectives::new(
                partner_assessments
                    .iter()
                    .zip(&names)
                    .map(|(a, name)| (a, name.as_str())),
            )
            .map_err(Failure::input)?,
        )
    };
    let mut board = Board::new(&assessment);
    if let Some(earlier) = &earlier {
        board = board.previous(earlier).map_err(Failure::input)?;
    }
    if let Some(perspectives) = &perspectives {
        board = board.partners(perspectives).map_err(Failure::input)?;
    }
    if let Some(plan) = &plan {
        board = board.plan(plan).map_err(Failure::input)?;
    }
    Ok(board.report().document())
}

/// What `--help` prints.
const HELP: &str = "usage: board ASSESSMENT [--previous EARLIER] [--partners FILE...] [--plan PLAN]

Writes one self-contained HTML document for a board meeting: where the system stands
(overall and each domain in words, the sub-sections nearest their next level, the
heatmap and the progression table); with --previous, what changed since that earlier
assessment; with --partners, where the partners' own assessments disagree and the few
conversations that matter most; with --plan, how that action plan stands against the
assessment (the actions by outcome, the gaps new since it was drafted, the actions to
talk about). It has no script, requests nothing outside itself and prints on A4 as a
board pack of a few pages.

example: cargo run --example board -- examples/data/riverside-2026.json --previous \\
    examples/data/riverside-2025.json --plan \\
    examples/data/plans/riverside-plan-2025.json > target/board.html
";

#[allow(dead_code)]
fn main() -> ExitCode {
    common::main(HELP, run)
}
