//! Reports people read: Markdown documents and tables, CSV for spreadsheets and SVG
//! heatmaps.
//!
//! Every report is a pure function of its inputs returning a `String`. None rates a
//! system red, amber or green: this is a self-assessment to support discussion.
//!
//! Text from input (system names, respondents, notes) cannot change a report's
//! structure: in Markdown it is kept on one line with every markup character escaped,
//! so it opens no heading, table cell, link, emphasis or HTML; in CSV a cell that a
//! spreadsheet would run as a formula starts with `'` (see [`gaps_csv`] and the other
//! CSV reports); in SVG it is escaped as XML.
//!
//! Every report grows linearly with its input. Peer learning names at most
//! [`Cohort::PEERS_PER_GAP`](crate::Cohort::PEERS_PER_GAP) peers per gap with a count
//! of the rest, and in Markdown shows at most [`PEER_NAME_CHARS`] characters of a peer's
//! name and [`PEER_NOTE_CHARS`] of its note (an ellipsis marks a cut), so that one long
//! note is not repeated in full in every other system's section.

mod cohort_peers;
mod csv;
mod escape;
pub(crate) mod markdown;
mod perspectives;
mod plan;
mod svg;

pub use cohort_peers::cohort_peer_learning_markdown;
pub use csv::{
    cohort_criteria_csv, cohort_subsections_csv, comparison_csv, gaps_csv, peer_learning_csv,
    progression_csv,
};
pub use markdown::{
    assessment_markdown, cohort_markdown, comparison_across_markdown, comparison_markdown,
    matrix_markdown, migration_markdown, peer_learning_markdown, progression_table,
};
pub use perspectives::{perspectives_csv, perspectives_markdown, perspectives_svg};
pub use plan::{plan_review_csv, plan_review_markdown};
pub use svg::{assessment_heatmap_svg, cohort_heatmap_svg};

use crate::level::Level;
/// The most characters of a peer's name that Markdown peer learning shows.
pub const PEER_NAME_CHARS: usize = 80;

/// The most characters of a peer's note that Markdown peer learning shows.
pub const PEER_NOTE_CHARS: usize = 280;

/// The name of an attained level in words for people: `Not yet Developing` when no
/// level is attained (JSON keeps `null`).
pub(crate) fn attained_name(level: Option<Level>) -> &'static str {
    level.map_or("Not yet Developing", Level::name)
}

/// Text made safe for a Markdown table cell.
pub(crate) fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}
