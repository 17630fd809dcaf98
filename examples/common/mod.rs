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

/// Reads an assessment file; a failure names the file.
pub fn read(path: &str) -> Result<Assessment, Failure> {
    let bytes =
        std::fs::read(path).map_err(|err| Failure::input(format!("cannot read {path}: {err}")))?;
    Assessment::from_json_slice(&bytes).map_err(|err| Failure::input(format!("{path}: {err}")))
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
