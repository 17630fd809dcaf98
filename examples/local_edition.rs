//! An ICS's own edition of the tool: the fictional Lakeside ICS keeps the three 2019
//! domains and adds a local domain of its own. The sample self-assessment
//! (`examples/data/riverside-2026.json`, answered against the 2019 edition) is migrated
//! into the local edition; the example prints the migration report, then the
//! evaluation under the local edition.
//!
//! Given files, it reads each as whichever of the two editions it names (`matrix` and
//! `version`), says what each answers, and puts them in one cohort under the local
//! edition, migrating the 2019 ones first:
//!
//! ```sh
//! cargo run --example local_edition
//! cargo run --example local_edition -- examples/data/riverside-2026.json examples/data/lakeside/lakeside-2026.json
//! ```

use mhics::cohort::Cohort;
use mhics::{
    evaluate, report, Assessment, Editions, Target, DOMAIN_1, DOMAIN_2, DOMAIN_3,
    MAX_ASSESSMENT_BYTES,
};

#[path = "common/mod.rs"]
mod common;

mhics::matrix! {
    /// Lakeside's local domain (fictional).
    pub const LAKESIDE_DOMAIN: Domain = domain "4" {
        title: "Lakeside Local Priorities",
        partners: "The Lakeside partners: the NHS trusts, the two borough councils, schools and the lakeside voluntary sector.",
        overview: {
            developing: ["Local priorities for mental health are agreed by all Lakeside partners."],
            maturing: ["Local priorities shape plans at place and neighbourhood."],
            thriving: ["Local priorities are delivered and their impact is shown."],
        },
        subsections: [
            "4.1" {
                title: "Mental health support in schools",
                developing: { headline: "Schools know where to turn.", themes: [
                    "Access" {
                        "4.1-D1" => "Every school has a named mental health lead.",
                        "4.1-D2" => "Schools can refer to a mental health support team.",
                    },
                ] },
                maturing: { headline: "Support reaches every pupil.", themes: [
                    "Reach" { "4.1-M1" => "Mental health support teams cover every school in Lakeside." },
                ] },
                thriving: { headline: "Pupils shape the support.", themes: [
                    "Co-production" { "4.1-T1" => "Pupils co-design the support offered in their school." },
                ] },
                references: [],
            },
            "4.2" {
                title: "Seasonal workers and visitors",
                developing: { headline: "Seasonal need is understood.", themes: [
                    "Population health" { "4.2-D1" => "The needs of seasonal workers are in the joint strategic needs assessment." },
                ] },
                maturing: { headline: "Services flex with the seasons.", themes: [
                    "Access" { "4.2-M1" => "Crisis services plan for the summer rise in demand." },
                ] },
                thriving: { headline: "No one is turned away for where they live.", themes: [
                    "Access" { "4.2-T1" => "People without a local GP reach mental health care as quickly as residents." },
                ] },
                references: [],
            },
        ],
    };
}

mhics::matrix! {
    /// The Lakeside local edition: the 2019 domains and a local one (fictional).
    pub const LAKESIDE: Matrix = matrix "lakeside-local" {
        edition: LAKESIDE_2026,
        title: "Mental Health in the Integrated Care System Implementation Tool: Lakeside local edition",
        version: "2026",
        levels: {
            developing: { name: "Developing", description: "Working towards maturing." },
            maturing: { name: "Maturing", description: "What the system has in place by the end of 2027." },
            thriving: { name: "Thriving", description: "The most mature Lakeside." },
        },
        high_level_themes: [],
        domains: [DOMAIN_1, DOMAIN_2, DOMAIN_3, LAKESIDE_DOMAIN],
    };
}

mhics::migration! {
    /// From the 2019 edition to Lakeside's: the 2019 domains are kept unchanged, so
    /// every answer carries across; the local domain starts unanswered.
    pub const TO_LAKESIDE: Migration = mhics::MHICS_2019 => LAKESIDE_2026 {};
}

/// The editions this example reads: the national 2019 edition, and Lakeside's, with the
/// migration from one to the other.
pub fn known() -> Result<Editions, mhics::error::Conflict> {
    Editions::new([mhics::MHICS_2019, LAKESIDE_2026])?.with_migration(&TO_LAKESIDE)
}

/// Each file read as the edition it names, then all of them in one cohort, the 2019
/// ones migrated to the local edition first.
pub fn run_files(paths: &[String]) -> Result<String, common::Failure> {
    let known = known().map_err(common::Failure::input)?;
    let mut out = String::new();
    let mut assessments = Vec::with_capacity(paths.len());
    for path in paths {
        let bytes =
            mhics::read::read_file(path, MAX_ASSESSMENT_BYTES).map_err(common::Failure::input)?;
        let assessment = known
            .read_json_slice(&bytes)
            .map_err(|err| common::Failure::input(format!("{path}: {err}")))?;
        let edition = assessment.edition();
        out.push_str(&format!(
            "- {path}: {}, {} {}, overall {}\n",
            assessment.system(),
            edition.id(),
            edition.version(),
            evaluate(&assessment)
                .overall()
                .map_or("Not yet Developing", |level| level.name()),
        ));
        assessments.push(assessment);
    }
    let (assessments, migrations) = known
        .to_one_edition(assessments, "put in one cohort")
        .map_err(common::Failure::input)?;
    let mut cohort = Cohort::builder();
    for (path, assessment) in paths.iter().zip(&assessments) {
        cohort = cohort.named_member(path.as_str(), assessment);
    }
    let cohort = cohort.build().map_err(common::Failure::input)?;
    for migration in &migrations {
        out.push_str(&format!(
            "\n{} was migrated from {} {} to {} {}: {}.\n",
            migration.system,
            migration.from.0,
            migration.from.1,
            migration.to.0,
            migration.to.1,
            migration.counts()
        ));
    }
    out.push('\n');
    out.push_str(&report::markdown::cohort(&cohort));
    Ok(out)
}

/// The sample self-assessment, answered against the 2019 edition.
const SAMPLE: &str = include_str!("data/riverside-2026.json");

/// The migration report, then the evaluation under the local edition.
pub fn run() -> Result<String, Box<dyn std::error::Error>> {
    let assessment = Assessment::from_json(SAMPLE)?;
    let migrated = TO_LAKESIDE.apply(&assessment)?;
    let evaluation = evaluate(&migrated.assessment);
    let mut out = String::from(
        "> Lakeside and its local edition are fictional, made up to show how an ICS \
         declares an edition of its own.\n\n",
    );
    out.push_str(&report::markdown::migration(&migrated.report));
    out.push_str(&report::markdown::assessment(&evaluation, Target::Next));
    Ok(out)
}

/// What `--help` prints.
const HELP: &str = "usage: local_edition

An ICS's own edition of the tool: the fictional Lakeside ICS adds a domain of its own.
Without files, prints the sample 2019 self-assessment migrated into the local edition
(the migration report) and its evaluation there. Given files of either edition (2019 or
the local one), reads each by the edition it names and puts them in one cohort, the 2019
ones migrated first.

example: cargo run --example local_edition
";

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    common::main(HELP, |args| match args {
        [] => run().map_err(common::Failure::input),
        paths => run_files(paths),
    })
}
