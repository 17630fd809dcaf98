//! The main job: evaluates an embedded sample self-assessment of a fictional system and
//! prints where it stands (attainment by domain, a progression table per sub-section)
//! and what stands between each sub-section and its next level.
//!
//! `cargo run --example self_assessment`

use mhics::{evaluate, report, Assessment, Target};

/// A self-assessment of the fictional Riverside and Vale ICS.
const SAMPLE: &str = include_str!("data/riverside-2026.json");

fn main() -> Result<(), mhics::Error> {
    let assessment = Assessment::from_json(SAMPLE)?;
    let evaluation = evaluate(&assessment);
    print!(
        "{}",
        report::assessment_markdown(&assessment, &evaluation, Target::Next)
    );
    Ok(())
}
