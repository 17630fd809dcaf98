//! Several partners' self-assessments of one system, side by side:
//! `cargo run --example perspectives -- FILE... [--format json|markdown|csv|svg|html|assessment]`.
//!
//! - `json` (the default): the perspectives JSON of `mhics::guide::perspectives` (consolidated evaluation,
//!   each respondent's attained levels, agreement per sub-section, the conversations).
//! - `markdown`: an agenda for the partners' meeting: agreement per sub-section, each
//!   respondent's attained level beside the consolidated one, then the conversations,
//!   highest spread first, with who said what and their notes.
//! - `csv`: a row per contested criterion and respondent.
//! - `svg`: a sub-section × respondent grid of attained levels with the consolidated
//!   level and the agreement share.
//! - `html`: the agenda as one self-contained document for people.
//! - `assessment`: the consolidated assessment, as an assessment file.
//!
//! A file that names no `respondent` is labelled by its file name (or, where two have the
//! same name, by enough of their paths to tell them apart), and the example says
//! so on stderr, one line per such file. On bad input (including files of different
//! systems, or the same respondent twice) it prints a one-line error on stderr and exits
//! with status 1 (2 for bad usage).

#[path = "common/mod.rs"]
mod common;

use std::io::Write as _;
use std::process::ExitCode;

use common::{read, Failure};

use mhics::perspectives::Perspectives;
use mhics::{report, Assessment};

const USAGE: &str = "usage: perspectives FILE... [--format json|markdown|csv|svg|html|assessment]";

/// Runs the example on its arguments (without the program name): the text to print,
/// and the notices for stderr (one per file labelled by its file name).
pub fn run_with_notices(args: &[String]) -> Result<(String, Vec<String>), Failure> {
    let (files, format) = common::files_and_format(
        args,
        &["json", "markdown", "csv", "svg", "html", "assessment"],
        USAGE,
    )?;
    if files.is_empty() {
        return Err(Failure::usage("no assessment files given", USAGE));
    }
    let assessments = files
        .iter()
        .map(|f| read(f))
        .collect::<Result<Vec<Assessment>, _>>()?;
    // Each file's name, or as much of its path as tells two of the same name apart.
    let names = mhics::perspectives::file_labels(&files);
    let perspectives = Perspectives::new(
        assessments
            .iter()
            .zip(&names)
            .map(|(a, name)| (a, name.as_str())),
    )
    .map_err(Failure::input)?;
    let notices = perspectives
        .respondents()
        .iter()
        .filter(|r| r.labelled_by_source())
        .map(|r| {
            format!(
                "note: {} names no respondent; labelled by its file name",
                mhics::name::escaped(r.source)
            )
        })
        .collect();
    let text = match format {
        "markdown" => report::markdown::perspectives(&perspectives),
        "csv" => report::csv::perspectives(&perspectives),
        "svg" => report::svg::perspectives(&perspectives),
        "html" => report::html::perspectives(&perspectives).document(),
        "assessment" => format!("{}\n", perspectives.consolidated().to_json()),
        _ => format!("{}\n", perspectives.to_json()),
    };
    Ok((text, notices))
}

/// Runs the example on its arguments: the text to print; notices go to stderr.
pub fn run(args: &[String]) -> Result<String, Failure> {
    let (text, notices) = run_with_notices(args)?;
    let mut stderr = std::io::stderr().lock();
    for notice in notices {
        // A notice that cannot be written has nowhere else to go.
        let _ = writeln!(stderr, "{notice}");
    }
    Ok(text)
}

/// What `--help` prints.
const HELP: &str = "usage: perspectives FILE... [--format json|markdown|csv|svg|html|assessment]

Several partners' self-assessments of one system side by side: the consolidated
assessment, agreement per sub-section, each partner's attained levels, and the
conversations to have where their answers differ. Formats: json (the default), markdown
(an agenda for the partners' meeting), csv (a row per contested criterion and partner),
svg (a picture of attained levels and agreement), html (one document for people),
assessment (the consolidated
assessment as a file to evaluate, compare or put in a cohort).

example: cargo run --example perspectives -- examples/data/riverside-partners/*.json \\
    --format markdown
";

#[allow(dead_code)]
fn main() -> ExitCode {
    common::main(HELP, run)
}
