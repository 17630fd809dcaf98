//! The examples, run from outside as the command line they are: each example's binary
//! (built by `cargo test`, which builds the examples before it runs the tests) on the
//! shipped sample files. Every report they print is snapshot-tested, and bad input gets
//! a one-line error and the right exit status.
//!
//! The modules below stand for the examples: `board::run(args)` runs
//! `target/<profile>/examples/board` with `args` and gives its standard output, or a
//! [`Failure`](runner::Failure) with its one-line error (standard error, without the
//! `error: ` prefix) and exit status.

mod board_pack;
mod partner_sets;
mod plans;
mod refusals;
mod reports;
#[cfg(feature = "xlsx")]
mod workbooks;

mod runner;

macro_rules! examples {
    ($($name:ident),*) => {$(
        mod $name {
            pub use super::runner::Failure;

            pub fn run(args: &[String]) -> Result<String, Failure> {
                super::runner::run(stringify!($name), args)
            }
        }
    )*};
}

examples!(board, compare, evaluate, plan);

#[cfg(feature = "xlsx")]
examples!(workbook);

mod cohort {
    pub use super::runner::Failure;

    pub fn run(args: &[String]) -> Result<String, Failure> {
        super::runner::run("cohort", args)
    }

    /// The run, with each line it wrote to stderr given to `note`.
    pub fn run_noting(args: &[String], note: &mut dyn FnMut(String)) -> Result<String, Failure> {
        let (text, lines) = super::runner::run_with_stderr("cohort", args)?;
        lines.into_iter().for_each(note);
        Ok(text)
    }
}

mod perspectives {
    pub use super::runner::Failure;

    pub fn run(args: &[String]) -> Result<String, Failure> {
        super::runner::run("perspectives", args)
    }

    /// The run's text and the notices it wrote to stderr.
    pub fn run_with_notices(args: &[String]) -> Result<(String, Vec<String>), Failure> {
        super::runner::run_with_stderr("perspectives", args)
    }
}

mod local_edition {
    pub fn run() -> Result<String, mhics::Error> {
        Ok(super::runner::run("local_edition", &[]).expect("the sample migrates"))
    }

    pub fn run_files(paths: &[String]) -> Result<String, super::runner::Failure> {
        super::runner::run("local_edition", paths)
    }
}

mod self_assessment {
    pub fn run() -> Result<String, mhics::Error> {
        Ok(super::runner::run("self_assessment", &[]).expect("the sample is read"))
    }
}

use std::path::PathBuf;

fn data(name: &str) -> String {
    format!("{}/examples/data/{name}.json", env!("CARGO_MANIFEST_DIR"))
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

const SAMPLES: [&str; 4] = [
    "riverside-2025",
    "riverside-2026",
    "northfield-2026",
    "eastgate-2026",
];

/// Runs `run` and returns the failure's message and exit status.
fn failure<F: std::fmt::Debug>(
    result: Result<String, F>,
    message: impl Fn(&F) -> (String, u8),
) -> (String, u8) {
    match result {
        Ok(text) => panic!("expected a failure, got {} bytes of output", text.len()),
        Err(f) => {
            let (m, status) = message(&f);
            assert!(!m.contains('\n'), "one line: {m:?}");
            (m, status)
        }
    }
}

fn temp_file(name: &str, contents: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("mhics-examples-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).expect("a temporary file");
    path
}

/// The example binary `name`, built by the cargo running the tests (the examples of a
/// `cargo test --test examples` run are not built otherwise).
#[cfg(unix)]
fn binary(name: &str) -> PathBuf {
    let status = std::process::Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--example", name])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "cargo build --example {name}");
    let exe = std::env::current_exe().expect("the test binary");
    // target/<profile>/deps/examples-… → target/<profile>/examples/<name>
    exe.parent()
        .and_then(|deps| deps.parent())
        .expect("a target directory")
        .join("examples")
        .join(name)
}

/// The fictional partner set, in the order of its README.
fn partners() -> Vec<String> {
    ["trust", "council", "primary-care", "vcse"]
        .iter()
        .map(|name| data(&format!("riverside-partners/{name}")))
        .collect()
}
