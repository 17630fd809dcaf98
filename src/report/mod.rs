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
//! what it counts, and the cohort's measure of how far attained levels differ is said
//! in levels, *how far apart* ("one level apart: Developing to Maturing"), named apart
//! from the perspectives' *spread* of one criterion's answers (highest less lowest);
//! the standard deviation ([`Distribution::spread`](crate::cohort::Distribution::spread)) only
//! orders the sub-sections that vary most.
//!
//! Every report grows linearly with its input. Peer learning names at most
//! [`Cohort::PEERS_PER_GAP`](crate::cohort::Cohort::PEERS_PER_GAP) peers per gap with a count
//! of the rest, and in Markdown shows at most [`PEER_NAME_CHARS`] characters of a peer's
//! name and [`PEER_NOTE_CHARS`] of its note (an ellipsis marks a cut), so that one long
//! note is not repeated in full in every other system's section.

mod content;
pub mod csv;
mod escape;
pub(crate) mod headline;
#[cfg(feature = "html")]
pub mod html;
pub mod markdown;
pub mod svg;

/// The most characters of a peer's name that Markdown peer learning shows.
pub const PEER_NAME_CHARS: usize = 80;

/// The most characters of a peer's note that Markdown peer learning shows.
pub const PEER_NOTE_CHARS: usize = 280;

pub use crate::level::NOT_YET;

use crate::level::Level;

pub(crate) use crate::level::attained_name;

/// What every report for people says of itself.
pub(crate) const NOT_A_RATING: &str = "This is a self-assessment to support discussion across the system, not a performance-management, assurance or rating tool.";

/// What the cohort's "how far apart" is, in one line.
pub(crate) const VARIATION_EXPLAINED: &str = "How far apart: from the lowest level an assessment has attained to the highest, counted in levels (Not yet Developing, Developing, Maturing, Thriving); \"all at Developing\" when every assessment stands at the same level.";

/// How far apart the levels of a distribution are, in two or three words for a
/// picture's cell: `same level`, `one level apart`, `two levels apart`.
pub(crate) fn apart_short(d: &crate::cohort::Distribution) -> &'static str {
    let counts = [d.none, d.developing, d.maturing, d.thriving];
    let low = counts.iter().position(|&c| c > 0);
    let high = counts.iter().rposition(|&c| c > 0);
    match (low, high) {
        (Some(low), Some(high)) => match high - low {
            0 => "same level",
            1 => "one level apart",
            2 => "two levels apart",
            _ => "three levels apart",
        },
        _ => "no assessment",
    }
}

/// How far apart the levels of a distribution are, in words: `all at Developing`, `one
/// level apart: Developing to Maturing`, `three levels apart: Not yet Developing to
/// Thriving`; `no assessment` for an empty one.
pub(crate) fn apart(d: &crate::cohort::Distribution) -> String {
    let levels = [
        (d.none, None),
        (d.developing, Some(Level::Developing)),
        (d.maturing, Some(Level::Maturing)),
        (d.thriving, Some(Level::Thriving)),
    ];
    let present: Vec<usize> = (0..4).filter(|&i| levels[i].0 > 0).collect();
    let (Some(&low), Some(&high)) = (present.first(), present.last()) else {
        return "no assessment".to_owned();
    };
    let (from, to) = (attained_name(levels[low].1), attained_name(levels[high].1));
    match high - low {
        0 => format!("all at {from}"),
        1 => format!("one level apart: {from} to {to}"),
        2 => format!("two levels apart: {from} to {to}"),
        _ => format!("three levels apart: {from} to {to}"),
    }
}

/// What the perspectives' spread is, in one line.
#[cfg(feature = "html")]
pub(crate) const SPREAD_EXPLAINED: &str = "Spread: how far partners' answers to one criterion differ, the highest less the lowest (met 2, partial 1, not met 0).";

/// Text made safe for a Markdown table cell.
pub(crate) fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}

/// A share for people, as a whole percentage; `—` when there is none.
pub(crate) fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "—".to_owned(), |s| format!("{:.0}%", 100.0 * s))
}
