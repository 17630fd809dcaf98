//! Reports people read: Markdown documents and tables, CSV for spreadsheets and SVG
//! heatmaps.
//!
//! Every report is a pure function of its inputs returning a `String`. None rates a
//! system red, amber or green: this is a self-assessment to support discussion.

mod csv;
mod markdown;
mod perspectives;
mod svg;

pub use csv::{
    cohort_criteria_csv, cohort_subsections_csv, comparison_csv, gaps_csv, peer_learning_csv,
    progression_csv,
};
pub use markdown::{
    assessment_markdown, cohort_markdown, comparison_across_markdown, comparison_markdown,
    matrix_markdown, migration_markdown, peer_learning_markdown, progression_table,
};
pub use perspectives::{perspectives_csv, perspectives_markdown, perspectives_svg};
pub use svg::{assessment_heatmap_svg, cohort_heatmap_svg};

use crate::level::Level;

/// The name of an attained level, `none` when no level is attained.
pub(crate) fn attained_name(level: Option<Level>) -> &'static str {
    level.map_or("none", Level::name)
}

/// Text made safe for a Markdown table cell.
pub(crate) fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}
