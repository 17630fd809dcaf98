//! Prints the whole matrix: `cargo run --example export -- json` in the contract's
//! export format, `-- markdown` as a readable document.

use std::process::ExitCode;

fn main() -> ExitCode {
    let format: Vec<String> = std::env::args().skip(1).collect();
    match format
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["json"] => println!("{}", mhics::MATRIX.to_json()),
        ["markdown"] | ["md"] => print!("{}", mhics::report::matrix_markdown(&mhics::MATRIX)),
        _ => {
            eprintln!("usage: export json|markdown");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
