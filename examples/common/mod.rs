#![allow(dead_code)]
//! What the command-line examples share: reading assessment and plan files, one-line
//! failures with an exit status, writing the output, and `main`.
//!
//! Exit statuses: 0 on success, and also when the reader of the output closes the pipe
//! early (`evaluate FILE | head -1`): it has read all it wanted, so the example stops
//! quietly, with no message. 1 for bad input, and for output that cannot be written
//! (a full disk, a closed terminal), with a one-line error on stderr. 2 for bad usage.

use std::fmt::Display;
use std::io::{ErrorKind, Write};
use std::process::ExitCode;

use mhics::name::{escaped, quote};
use mhics::plan::Plan;
use mhics::read::MAX_PLAN_BYTES;
use mhics::{Assessment, MAX_ASSESSMENT_BYTES};

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

    /// The output could not be written: a closed pipe stops quietly with status 0, any
    /// other error is a one-line failure with status 1.
    pub fn output(error: std::io::Error) -> Failure {
        if error.kind() == ErrorKind::BrokenPipe {
            Failure {
                message: String::new(),
                status: 0,
            }
        } else {
            Failure::input(format!("cannot write the output: {error}"))
        }
    }
}

/// Writes `text` to `out` and flushes it.
pub fn write_output(out: &mut impl Write, text: &str) -> Result<(), Failure> {
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(Failure::output)
}

/// Ends an example: its status, with the failure's message (if any) on stderr.
pub fn finish(result: Result<(), Failure>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !failure.message.is_empty() {
                // Nowhere left to report a failure to write to stderr.
                let _ = writeln!(std::io::stderr().lock(), "error: {}", failure.message);
            }
            ExitCode::from(failure.status)
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
                format = formats.iter().find(|f| **f == value).ok_or_else(|| {
                    Failure::usage(format!("unknown format {}", quote(value)), usage)
                })?;
            }
            flag if flag.starts_with("--") => {
                return Err(Failure::usage(
                    format!("unknown option {}", quote(flag)),
                    usage,
                ))
            }
            path => files.push(path.to_owned()),
        }
    }
    Ok((files, format))
}

/// Reads an assessment file, of at most [`MAX_ASSESSMENT_BYTES`] (32 MiB); a failure
/// names the file.
pub fn read(path: &str) -> Result<Assessment, Failure> {
    let bytes = mhics::read::read_file(path, MAX_ASSESSMENT_BYTES).map_err(Failure::input)?;
    parse(path, &bytes).map_err(|err| Failure::input(format!("{}: {err}", escaped(path))))
}

/// Reads an assessment from a file's bytes: a workbook when it is one (feature `xlsx`),
/// JSON otherwise.
fn parse(path: &str, bytes: &[u8]) -> Result<Assessment, Box<dyn std::error::Error>> {
    #[cfg(feature = "xlsx")]
    if is_workbook(path, bytes) {
        return Ok(mhics::workbook::read(mhics::MHICS_2019, bytes)?);
    }
    let _ = path;
    Ok(Assessment::from_json_slice(bytes)?)
}

/// Reads a plan file, of at most [`MAX_PLAN_BYTES`] (16 MiB): the `Action plan` sheet of
/// a workbook when it is one (feature `xlsx`), JSON otherwise; a failure names the file.
pub fn read_plan(path: &str) -> Result<Plan, Failure> {
    let bytes = mhics::read::read_file(path, MAX_PLAN_BYTES).map_err(Failure::input)?;
    parse_plan(path, &bytes).map_err(|err| Failure::input(format!("{}: {err}", escaped(path))))
}

fn parse_plan(path: &str, bytes: &[u8]) -> Result<Plan, Box<dyn std::error::Error>> {
    #[cfg(feature = "xlsx")]
    if is_workbook(path, bytes) {
        return Ok(mhics::workbook::read_plan(mhics::MHICS_2019, bytes)?);
    }
    let _ = path;
    Ok(Plan::from_json_slice(bytes)?)
}

/// Whether a file name ends in `.xlsx`, in any case.
pub fn is_xlsx(path: &str) -> bool {
    path.to_ascii_lowercase().ends_with(".xlsx")
}

/// Whether a file is a workbook: named `.xlsx` (in any case), or a zip archive whatever
/// its name (as an `.xlsx` file is).
pub fn is_workbook(path: &str, bytes: &[u8]) -> bool {
    is_xlsx(path) || bytes.starts_with(b"PK\x03\x04")
}

/// Writes `bytes` to the file at `path`; a failure names the file.
pub fn write_file(path: &str, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(path, bytes)
        .map_err(|err| Failure::input(format!("cannot write {}: {err}", escaped(path))))
}

/// Whether the arguments ask for help (`--help` or `-h`).
pub fn wants_help(args: &[String]) -> bool {
    args.iter().any(|a| a == "--help" || a == "-h")
}

/// Runs an example's `run` on the command line: its text on stdout, or a one-line error
/// on stderr and the failure's exit status (see the module docs). `--help` or `-h`
/// prints `help` (usage, what the example does, an example line) with status 0.
#[allow(dead_code)]
pub fn main(help: &str, run: fn(&[String]) -> Result<String, Failure>) -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = std::io::stdout().lock();
    if wants_help(&args) {
        return finish(write_output(&mut out, help));
    }
    finish(run(&args).and_then(|text| write_output(&mut out, &text)))
}
