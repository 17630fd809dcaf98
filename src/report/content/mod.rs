//! What each report says, built once per subject as a plain value (its title, the
//! sentences of its headline, its sections and the rows of its tables) that the
//! [`markdown`](super::markdown) and [`html`](super::html) reports lay out, so that
//! their words and figures are the same.
//!
//! Every string here is plain text, not yet escaped: each format escapes as it writes,
//! Markdown with [`one_line`](super::markdown) for text from input, HTML by its
//! templates. Text from input is kept in fields of its own (a system name, a note), so
//! that each format knows which text to treat as input.

pub(crate) mod assessment;
pub(crate) mod cohort;
pub(crate) mod comparison;
pub(crate) mod perspectives;
pub(crate) mod plan_review;

use crate::assessment::Status;

/// A report's title: what it reports on and the system's name, as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Title {
    /// What the report is, e.g. `Self-assessment`.
    pub(crate) kind: &'static str,
    /// The system's name, from input.
    pub(crate) system: String,
}

impl Title {
    /// The title in plain text: `Self-assessment: Riverside and Vale ICS`.
    #[cfg(feature = "html")]
    pub(crate) fn plain(&self) -> String {
        format!("{}: {}", self.kind, self.system)
    }
}

/// A piece of a sentence: words, or a date that is kept on one line when printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Run {
    /// Words.
    Text(String),
    /// A date, or the words said for a missing one.
    Date(String),
}

/// A sentence made of runs.
pub(crate) type Sentence = Vec<Run>;

/// A column of a table: its name, and what its figures count, which HTML puts in the
/// header (`Developing (met / applicable)`) and Markdown leaves to the text above.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Column {
    /// The name.
    pub(crate) name: String,
    /// What the column's figures are, if said in the header.
    pub(crate) unit: Option<&'static str>,
    /// Whether the column holds figures (set right in HTML).
    pub(crate) figures: bool,
}

impl Column {
    /// A column of words.
    pub(crate) fn words(name: impl Into<String>) -> Column {
        Column {
            name: name.into(),
            unit: None,
            figures: false,
        }
    }

    /// A column of figures, counting `unit`.
    pub(crate) fn figures(name: impl Into<String>, unit: Option<&'static str>) -> Column {
        Column {
            name: name.into(),
            unit,
            figures: true,
        }
    }
}

/// A table of the tool's own words and figures (no text from input): the first cell of
/// each row names the row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Table {
    /// The columns, the first naming the rows.
    pub(crate) columns: Vec<Column>,
    /// The rows, a cell per column.
    pub(crate) rows: Vec<Vec<String>>,
}

/// A criterion's status as people say it: `met`, `partial`, `not met`, `not
/// applicable`, or `not assessed` for none.
pub(crate) fn status_name(status: Option<Status>) -> &'static str {
    match status {
        None => "not assessed",
        Some(Status::Met) => "met",
        Some(Status::Partial) => "partial",
        Some(Status::NotMet) => "not met",
        Some(Status::NotApplicable) => "not applicable",
    }
}
