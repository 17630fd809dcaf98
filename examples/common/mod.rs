//! What the command-line examples share: reading assessment files, one-line failures
//! with an exit status, and `main`.

use std::fmt::Display;
use std::process::ExitCode;

use mhics::Assessment;

/// Why an example stopped: a one-line message and the exit status (1 for bad input, 2
/// for bad usage).
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub status: u8,
}

impl Failure {
    /// Bad usage: the message followed by the usage line.
    pub fn usage(message: impl Display, usage: &str) -> Failure {
        Failure {
            message: format!("{message}; {usage}"),
            status: 2,
        }
    }

    /// Bad input.
    pub fn input(message: impl Display) -> Failure {
        Failure {
            message: message.to_string(),
            status: 1,
        }
    }
}

/// Reads the arguments of an example that takes `--format F` (one of `formats`, the
/// first being the default) and files: the files, in order, and the format.
#[allow(dead_code)]
pub fn files_and_format<'f>(
    args: &[String],
    formats: &[&'f str],
    usage: &str,
) -> Result<(Vec<String>, &'f str), Failure> {
    let mut files = Vec::new();
    let mut format = formats[0];
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => {
                let Some(value) = args.next() else {
                    return Err(Failure::usage("--format needs a format", usage));
                };
                format = formats
                    .iter()
                    .find(|f| **f == value)
                    .ok_or_else(|| Failure::usage(format!("unknown format `{value}`"), usage))?;
            }
            flag if flag.starts_with("--") => {
                return Err(Failure::usage(format!("unknown option `{flag}`"), usage))
            }
            path => files.push(path.to_owned()),
        }
    }
    Ok((files, format))
}

/// Reads an assessment file; a failure names the file.
pub fn read(path: &str) -> Result<Assessment, Failure> {
    let bytes =
        std::fs::read(path).map_err(|err| Failure::input(format!("cannot read {path}: {err}")))?;
    parse(path, &bytes).map_err(|err| Failure::input(format!("{path}: {err}")))
}

/// Reads an assessment from a file's bytes: a workbook when the file name ends in
/// `.xlsx` (feature `xlsx`), JSON otherwise.
fn parse(path: &str, bytes: &[u8]) -> Result<Assessment, Box<dyn std::error::Error>> {
    #[cfg(feature = "xlsx")]
    if path.to_ascii_lowercase().ends_with(".xlsx") {
        return Ok(mhics::workbook::read(&mhics::MATRIX, bytes)?);
    }
    let _ = path;
    Ok(Assessment::from_json_slice(bytes)?)
}

/// Runs an example's `run` on the command line: its text on stdout, or a one-line error
/// on stderr and the failure's exit status.
#[allow(dead_code)]
pub fn main(run: fn(&[String]) -> Result<String, Failure>) -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("error: {}", failure.message);
            ExitCode::from(failure.status)
        }
    }
}
