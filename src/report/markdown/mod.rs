//! Markdown: the matrix as a document; an assessment's progression and gaps; comparisons,
//! cohorts and peer learning. What the reports share is here: a criterion as a list
//! item, text from input on one line, and the name of a status.

use core::fmt::Write;

use crate::assessment::Status;
use crate::model::Criterion;

mod assessment;
mod cohort;
mod comparison;
mod matrix;

pub use assessment::{assessment_markdown, progression_table};
pub use cohort::{cohort_markdown, peer_learning_markdown};
pub use comparison::{comparison_across_markdown, comparison_markdown, migration_markdown};
pub use matrix::matrix_markdown;

pub(in crate::report) fn status_name(status: Option<Status>) -> &'static str {
    match status {
        None => "not assessed",
        Some(Status::Met) => "met",
        Some(Status::Partial) => "partial",
        Some(Status::NotMet) => "not met",
        Some(Status::NotApplicable) => "not applicable",
    }
}

/// A list item for a criterion: `- {lead} {text}`, its points as nested items and any
/// closing text as a paragraph within the item.
pub(in crate::report) fn item(w: &mut String, lead: &str, criterion: &Criterion) {
    let _ = writeln!(w, "- {lead} {}", criterion.text());
    for point in criterion.points() {
        let _ = writeln!(w, "  - {point}");
    }
    if let Some(closing) = criterion.closing() {
        let _ = writeln!(w, "\n  {closing}");
    }
}

/// Text from input on one line (white space folded), with Markdown markup escaped.
pub(in crate::report) fn one_line(text: &str) -> String {
    super::escape::markdown(text)
}
