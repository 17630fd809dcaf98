//! What a comparison of two assessments of one system says: its title and dates, the
//! levels of the domains and overall before and after, each sub-section's level and
//! coverage before and after, and the criteria that changed, by kind of change.

use crate::assessment::Assessment;
use crate::compare::{Change, Comparison, Movement};
use crate::level::Level;
use crate::model::Criterion;

use super::super::attained_name;
use super::{status_name, Run, Sentence, Title};

/// A whole comparison report.
#[derive(Debug, Clone)]
pub(crate) struct ComparisonReport {
    /// `Progress: {system}`.
    pub(crate) title: Title,
    /// The edition and the two dates.
    pub(crate) about: Sentence,
    /// The comparison's summary in one line, dates in it.
    pub(crate) summary: String,
    /// Each domain's level before and after.
    pub(crate) domains: Vec<Moved>,
    /// The level attained overall before and after.
    pub(crate) overall: (&'static str, &'static str),
    /// Each sub-section's level before and after, with its coverage.
    pub(crate) subsections: Vec<SubsectionRow>,
    /// The criteria that changed, a group per kind of change.
    pub(crate) changes: Vec<ChangeGroup>,
}

/// A domain or sub-section and the level it attained before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Moved {
    /// `1 System Leadership, …`.
    pub(crate) name: String,
    /// The level attained before.
    pub(crate) before: &'static str,
    /// The level attained after.
    pub(crate) after: &'static str,
    /// Which way the level moved.
    pub(crate) movement: Movement,
}

/// A sub-section's level before and after, and met / applicable criteria at each level
/// before → after (`3/5 → 4/5`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SubsectionRow {
    /// The levels.
    pub(crate) level: Moved,
    /// A cell per level, in level order.
    pub(crate) coverage: Vec<String>,
}

/// The criteria of one kind of change.
#[derive(Debug, Clone)]
pub(crate) struct ChangeGroup {
    /// `Newly met`.
    pub(crate) heading: &'static str,
    /// The criteria, in matrix order.
    pub(crate) criteria: Vec<Changed>,
}

/// A criterion that changed: its theme and its status before and after.
#[derive(Debug, Clone)]
pub(crate) struct Changed {
    /// The criterion.
    pub(crate) criterion: &'static Criterion,
    /// The theme's name.
    pub(crate) theme: &'static str,
    /// The status before.
    pub(crate) before: &'static str,
    /// The status after.
    pub(crate) after: &'static str,
}

/// What a group of changes says when it holds none.
pub(crate) const NO_CHANGE: &str = "None.";

/// An assessment's date, or `undated`.
pub(crate) fn dated(assessment: &Assessment) -> String {
    assessment
        .date()
        .map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

impl ComparisonReport {
    /// The report on `comparison`.
    pub(crate) fn new(comparison: &Comparison<'_>) -> ComparisonReport {
        let (before, after) = (comparison.before(), comparison.after());
        let matrix = after.matrix();
        let (b, a) = comparison.overall();
        ComparisonReport {
            title: Title {
                kind: "Progress",
                system: after.system().to_owned(),
            },
            about: vec![
                Run::Text(format!(
                    "Matrix edition {} {}. From the self-assessment of ",
                    matrix.id(),
                    matrix.version()
                )),
                Run::Date(dated(before)),
                Run::Text(" to that of ".to_owned()),
                Run::Date(dated(after)),
                Run::Text(".".to_owned()),
            ],
            summary: comparison.summary().to_string(),
            domains: comparison
                .domains()
                .map(|d| Moved {
                    name: format!("{} {}", d.id, matrix.domain(d.id).map_or("", |d| d.title())),
                    before: attained_name(d.before),
                    after: attained_name(d.after),
                    movement: d.movement(),
                })
                .collect(),
            overall: (attained_name(b), attained_name(a)),
            subsections: comparison
                .subsections()
                .map(|s| {
                    let id = s.after.id();
                    SubsectionRow {
                        level: Moved {
                            name: format!(
                                "{id} {}",
                                matrix.subsection(id).map_or("", |s| s.title())
                            ),
                            before: attained_name(s.before.attained()),
                            after: attained_name(s.after.attained()),
                            movement: s.movement(),
                        },
                        coverage: Level::ALL
                            .into_iter()
                            .map(|l| {
                                let (x, y) = (s.before.coverage(l), s.after.coverage(l));
                                format!("{}/{} → {}/{}", x.met, x.applicable, y.met, y.applicable)
                            })
                            .collect(),
                    }
                })
                .collect(),
            changes: [
                (Change::NewlyMet, "Newly met"),
                (
                    Change::Regressed,
                    "Regressed (met before, not in place now)",
                ),
                (Change::StillOpen, "Still open, with a changed status"),
            ]
            .into_iter()
            .map(|(change, heading)| ChangeGroup {
                heading,
                criteria: comparison
                    .changes(change)
                    .filter(|c| change != Change::StillOpen || c.status_changed())
                    .map(|c| Changed {
                        criterion: c.criterion,
                        theme: c.theme.name(),
                        before: status_name(c.before),
                        after: status_name(c.after),
                    })
                    .collect(),
            })
            .collect(),
        }
    }
}
