//! Prints the whole matrix: `cargo run --example export -- json` as the matrix export
//! (`mhics::guide::formats`), `-- markdown` as a readable document.

#[path = "common/mod.rs"]
mod common;

use std::process::ExitCode;

use common::Failure;

/// Runs the example on its arguments (without the program name): the text to print.
fn run(args: &[String]) -> Result<String, Failure> {
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["json"] => Ok(format!("{}\n", mhics::MATRIX.to_json())),
        ["markdown"] | ["md"] => Ok(mhics::report::markdown::matrix(&mhics::MATRIX)),
        _ => Err(Failure {
            message: "usage: export json|markdown".to_owned(),
            status: 2,
        }),
    }
}

/// What `--help` prints.
const HELP: &str = "usage: export json|markdown

Prints the whole matrix of the Implementation Tool: json in the matrix export
format, markdown as a readable document.

example: cargo run --example export -- markdown
";

fn main() -> ExitCode {
    common::main(HELP, run)
}
