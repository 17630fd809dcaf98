//! Reports as Markdown documents: the matrix; an assessment's progression and gaps;
//! comparisons and migrations; cohorts and peer learning; partners' perspectives; a plan
//! review. Each function is named for its subject, as in [`csv`](super::csv),
//! [`svg`](super::svg) and [`html`](super::html).

use core::fmt::Write;

use crate::assessment::Status;
use crate::model::Criterion;

mod assessment;
mod cohort;
mod cohort_peers;
mod comparison;
mod matrix;
mod perspectives;
mod plan_review;

pub use assessment::{assessment_markdown as assessment, progression_table};
pub use cohort::{cohort_markdown as cohort, peer_learning_markdown as peer_learning};
pub use cohort_peers::cohort_peer_learning_markdown as cohort_peer_learning;
pub use comparison::{
    comparison_across_markdown as comparison_across, comparison_markdown as comparison,
    migration_markdown as migration,
};
pub use matrix::matrix_markdown as matrix;
pub use perspectives::perspectives_markdown as perspectives;
pub use plan_review::plan_review_markdown as plan_review;

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
