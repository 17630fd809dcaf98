//! What a cohort report says: the edition, each member's overall level (and each
//! domain's), how many assessments stand at each level of each sub-section, and where
//! the assessments vary most.

use crate::cohort::{Cohort, CriterionShare, Distribution};
use crate::level::Level;

use super::super::{apart, attained_name, NOT_A_RATING, NOT_YET};
use super::{Column, Table};

/// How many sub-sections and criteria a cohort report lists as varying most.
const MOST_VARIED: usize = 10;

/// The heading of the distribution of attained levels.
pub(crate) const DISTRIBUTION_HEADING: &str = "Attained levels by sub-section";

/// How the distribution of attained levels is read.
pub(crate) const DISTRIBUTION_EXPLAINED: &str = "How many assessments stand at each level in each sub-section: each counted once, at the highest level it has attained (Not yet Developing: Developing is not complete).";

/// The heading of where the assessments vary most.
pub(crate) const VARIED_HEADING: &str = "Where the assessments vary most";

/// A whole cohort report.
#[derive(Debug, Clone)]
pub(crate) struct CohortReport {
    /// The edition, what the tool is not, and that the systems are not ranked.
    pub(crate) about: String,
    /// Each member in cohort order.
    pub(crate) members: Vec<MemberRow>,
    /// How many assessments stand at each level of each sub-section, and how far apart.
    pub(crate) distribution: Table,
    /// The same for the overall levels, its first cell `Overall`.
    pub(crate) overall: Vec<String>,
    /// The sub-sections whose levels are furthest apart.
    pub(crate) varied_subsections: Varied<String>,
    /// The criteria met by some and not by others.
    pub(crate) varied_criteria: Varied<CriterionShare>,
}

/// A member of the cohort: its label (the system's name from input, with the date) and
/// the levels it has attained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MemberRow {
    /// `Riverside and Vale ICS (2026-10-01)`, from input.
    pub(crate) label: String,
    /// The level attained overall.
    pub(crate) overall: &'static str,
    /// The level attained in each domain.
    pub(crate) domains: Vec<&'static str>,
}

/// A list of what varies most, with its heading and what it says when empty.
#[derive(Debug, Clone)]
pub(crate) struct Varied<T> {
    /// What the list holds.
    pub(crate) heading: &'static str,
    /// What is said when nothing varies.
    pub(crate) none: &'static str,
    /// The items, most varied first.
    pub(crate) items: Vec<T>,
}

/// `Not yet Developing 1, Developing 2, …` for a distribution.
fn counts(d: &Distribution) -> String {
    [
        None,
        Some(Level::Developing),
        Some(Level::Maturing),
        Some(Level::Thriving),
    ]
    .into_iter()
    .map(|l| format!("{} {}", attained_name(l), d.count(l)))
    .collect::<Vec<_>>()
    .join(", ")
}

/// `name`, then how many assessments stand at each level and how far apart they are.
fn distribution_row(name: String, d: &Distribution) -> Vec<String> {
    vec![
        name,
        d.none.to_string(),
        d.developing.to_string(),
        d.maturing.to_string(),
        d.thriving.to_string(),
        apart(d),
    ]
}

impl CohortReport {
    /// The report on `cohort`.
    pub(crate) fn new(cohort: &Cohort<'_>) -> CohortReport {
        let matrix = cohort.edition().matrix();
        let title = |id| matrix.subsection(id).map_or("", |s| s.title());
        let mut columns = vec![Column::words("Sub-section"), Column::figures(NOT_YET, None)];
        columns.extend(Level::ALL.map(|l| Column::figures(l.name(), None)));
        columns.push(Column::words("How far apart"));
        CohortReport {
            about: format!(
                "Matrix edition {} {}. {NOT_A_RATING} The systems learn from each other; they are not ranked.",
                matrix.id(),
                matrix.version()
            ),
            members: cohort
                .members()
                .iter()
                .map(|m| MemberRow {
                    label: m.label(),
                    overall: attained_name(m.evaluation.overall()),
                    domains: m
                        .evaluation
                        .domains()
                        .map(|d| attained_name(d.attained()))
                        .collect(),
                })
                .collect(),
            distribution: Table {
                columns,
                rows: cohort
                    .distributions()
                    .into_iter()
                    .map(|(id, d)| distribution_row(format!("{id} {}", title(id)), &d))
                    .collect(),
            },
            overall: distribution_row("Overall".to_owned(), &cohort.overall_distribution()),
            varied_subsections: Varied {
                heading: "Sub-sections whose attained levels are furthest apart",
                none: "Every sub-section stands at the same level in every assessment.",
                items: cohort
                    .most_varied_subsections(MOST_VARIED)
                    .into_iter()
                    .map(|(id, d)| {
                        format!(
                            "{id} {}: {} (assessments at each level: {})",
                            title(id),
                            apart(&d),
                            counts(&d)
                        )
                    })
                    .collect(),
            },
            varied_criteria: Varied {
                heading: "Criteria met by some and not by others",
                none: "Every criterion is answered alike in every assessment.",
                items: cohort.most_varied_criteria(MOST_VARIED),
            },
        }
    }
}

/// The headline of a cohort: `Not yet Developing 1, Developing 2, …` assessments at
/// each overall level.
#[cfg(feature = "html")]
pub(crate) fn overall_counts(cohort: &Cohort<'_>) -> String {
    counts(&cohort.overall_distribution())
}
