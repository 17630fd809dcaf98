//! Reports people read: Markdown documents and tables.

mod markdown;

pub use markdown::{assessment_markdown, matrix_markdown, progression_table};

use crate::Level;

/// The name of an attained level, `none` when no level is attained.
pub(crate) fn attained_name(level: Option<Level>) -> &'static str {
    level.map_or("none", Level::name)
}

/// Text made safe for a Markdown table cell.
pub(crate) fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}
