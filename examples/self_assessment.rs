//! The main job: evaluates an embedded sample self-assessment of a fictional system and
//! prints where it stands (attainment by domain and overall, a progression table per
//! sub-section with progress to the next level) and what stands between each
//! sub-section and its next level, grouped by theme.
//!
//! `cargo run --example self_assessment`

#[path = "common/mod.rs"]
mod common;

use mhics::{evaluate, report, Assessment, Target};

/// A self-assessment of the fictional Riverside and Vale ICS.
pub const SAMPLE: &str = include_str!("data/riverside-2026.json");

/// The report on the sample.
pub fn run() -> Result<String, mhics::Error> {
    let assessment = Assessment::from_json(SAMPLE)?;
    let evaluation = evaluate(&assessment);
    Ok(report::markdown::assessment(&evaluation, Target::Next))
}

/// What `--help` prints.
const HELP: &str = "usage: self_assessment

Evaluates an embedded sample self-assessment of the fictional Riverside and Vale ICS and
prints where it stands (the level attained by each domain and overall; \"Not yet
Developing\" where Developing is not complete), a progression table per sub-section and
the gaps between each sub-section and its next level, grouped by theme.

example: cargo run --example self_assessment
";

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    common::main(HELP, |_| run().map_err(common::Failure::input))
}
