//! Reports people read: Markdown documents and tables, CSV for spreadsheets, SVG
//! pictures, and (feature `html`, on by default) self-contained [`html`] documents and
//! the board report.
//!
//! Every report is a pure function of its inputs returning a `String`. None rates a
//! system red, amber or green: this is a self-assessment to support discussion.
//!
//! Text from input (system names, respondents, notes) cannot change a report's
//! structure: in Markdown it is kept on one line with every markup character escaped,
//! so it opens no heading, table cell, link, emphasis or HTML; in CSV a cell that a
//! spreadsheet would run as a formula starts with `'` (see [`csv::gaps`] and the other
//! CSV reports); in SVG it is escaped as XML; in [`html`] the templates escape it.
//!
//! Reports for people say things in plain words: no attained level is [`NOT_YET`]
//! ("Not yet Developing"; JSON keeps `null` and CSV an empty cell), every figure says
//! what it counts, and the cohort's measure of how far attained levels differ is its
//! *variation* (the standard deviation of their positions,
//! [`Distribution::spread`](crate::cohort::Distribution::spread)), named apart from the
//! perspectives' *spread* of one criterion's answers (highest less lowest).
//!
//! Every report grows linearly with its input. Peer learning names at most
//! [`Cohort::PEERS_PER_GAP`](crate::cohort::Cohort::PEERS_PER_GAP) peers per gap with a count
//! of the rest, and in Markdown shows at most [`PEER_NAME_CHARS`] characters of a peer's
//! name and [`PEER_NOTE_CHARS`] of its note (an ellipsis marks a cut), so that one long
//! note is not repeated in full in every other system's section.

mod cohort_peers;
pub mod csv;
mod escape;
pub(crate) mod headline;
#[cfg(feature = "html")]
pub mod html;
pub mod markdown;
mod perspectives;
mod plan;
pub mod svg;

/// The most characters of a peer's name that Markdown peer learning shows.
pub const PEER_NAME_CHARS: usize = 80;

/// The most characters of a peer's note that Markdown peer learning shows.
pub const PEER_NOTE_CHARS: usize = 280;

pub use crate::level::NOT_YET;

pub(crate) use crate::level::attained_name;

/// The name of the cohort's measure of how far its members' attained levels differ.
pub(crate) const VARIATION: &str = "variation";

/// What the cohort's variation is, in one line.
pub(crate) const VARIATION_EXPLAINED: &str = "Variation: how far the assessments' attained levels differ, as the standard deviation of their positions (Not yet Developing 0, Developing 1, Maturing 2, Thriving 3); 0 when all stand at the same level, at most 1.5.";

/// What the perspectives' spread is, in one line.
#[cfg(feature = "html")]
pub(crate) const SPREAD_EXPLAINED: &str = "Spread: how far partners' answers to one criterion differ, the highest less the lowest (met 2, partial 1, not met 0).";

/// Text made safe for a Markdown table cell.
pub(crate) fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}
