//! Reports as Markdown documents: the matrix; an assessment's progression and gaps;
//! comparisons and migrations; cohorts and peer learning; partners' perspectives; a plan
//! review. Each function is named for its subject, as in [`csv`](super::csv),
//! [`svg`](super::svg) and [`html`](super::html).

use core::fmt::Write;

use crate::model::Criterion;

use super::content::{Run, Table};

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

/// A sentence as Markdown: its runs one after the other. It holds no text from input.
pub(in crate::report) fn sentence(runs: &[Run]) -> String {
    runs.iter()
        .map(|run| match run {
            Run::Text(text) | Run::Date(text) => text.as_str(),
        })
        .collect()
}

/// A table of the tool's words and figures: a header row, then a row per row, cells
/// made safe for a table.
pub(in crate::report) fn table(w: &mut String, table: &Table) {
    let _ = write!(w, "|");
    for column in &table.columns {
        let _ = write!(w, " {} |", column.name);
    }
    let _ = writeln!(w, "\n|{}", "---|".repeat(table.columns.len()));
    for row in &table.rows {
        let _ = write!(w, "|");
        for cell in row {
            let _ = write!(w, " {} |", super::escape(cell));
        }
        let _ = writeln!(w);
    }
}
