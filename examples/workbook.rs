//! Workbooks for partners who work in spreadsheets (feature `xlsx`):
//!
//! ```sh
//! cargo run --example workbook --features xlsx -- blank OUT.xlsx [--from ASSESSMENT] [--plan PLAN]
//! cargo run --example workbook --features xlsx -- read IN.xlsx
//! ```
//!
//! `blank` writes the matrix as a workbook to fill in, pre-filled from an assessment
//! file (`.json` or `.xlsx`) with `--from`, and with an `Action plan` sheet holding a
//! plan file (`.json`, or the plan of a workbook `.xlsx`) with `--plan`; `read` prints a
//! filled workbook as an assessment file, JSON (`plan review` reads its plan). On
//! bad input (a plan of another system than the assessment among it) it prints a
//! one-line error on stderr and exits with status 1 (2 for bad usage).

#[path = "common/mod.rs"]
mod common;

use std::process::ExitCode;

use common::Failure;

use mhics::{workbook, MHICS_2019};

const USAGE: &str =
    "usage: workbook blank OUT.xlsx [--from ASSESSMENT] [--plan PLAN] | workbook read IN.xlsx";

/// Runs the example on its arguments (without the program name): the text to print.
pub fn run(args: &[String]) -> Result<String, Failure> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["blank", out, rest @ ..] if !out.starts_with("--") => {
            let (mut from, mut plan) = (None, None);
            let mut rest = rest.iter();
            while let Some(option) = rest.next() {
                let (slot, file) = match (*option, rest.next()) {
                    ("--from", Some(file)) if from.is_none() => (&mut from, file),
                    ("--plan", Some(file)) if plan.is_none() => (&mut plan, file),
                    _ => return Err(Failure::usage("unexpected arguments after OUT.xlsx", USAGE)),
                };
                *slot = Some(*file);
            }
            let from = from.map(common::read).transpose()?;
            let bytes = match plan {
                Some(file) => {
                    let plan = common::read_plan(file)?;
                    workbook::write_with_plan(MHICS_2019, from.as_ref(), &plan)
                }
                None => workbook::write(MHICS_2019, from.as_ref()),
            }
            .map_err(Failure::input)?;
            common::write_file(out, &bytes)?;
            Ok(String::new())
        }
        ["read", file] => Ok(format!("{}\n", common::read(file)?.to_json())),
        [] => Err(Failure::usage("expected a command", USAGE)),
        [command, ..] if !["blank", "read"].contains(command) => Err(Failure::usage(
            format!("unknown command {}", mhics::name::quote(command)),
            USAGE,
        )),
        _ => Err(Failure::usage("wrong arguments", USAGE)),
    }
}

/// What `--help` prints.
const HELP: &str =
    "usage: workbook blank OUT.xlsx [--from ASSESSMENT] [--plan PLAN] | workbook read IN.xlsx

Workbooks for partners who work in spreadsheets. blank writes the matrix as a workbook
to fill in (pre-filled from an assessment file with --from, and with an Action plan sheet
holding a plan file, .json or .xlsx, with --plan); read prints a filled workbook as the
assessment JSON (plan review reads the plan of a workbook).

example: cargo run --example workbook --features xlsx -- blank target/riverside.xlsx
";

#[allow(dead_code)]
fn main() -> ExitCode {
    common::main(HELP, run)
}
