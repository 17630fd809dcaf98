//! Progress over time: what changed between two assessments of the same system.
//!
//! [`compare`] pairs an earlier and a later assessment. Per criterion it says whether the
//! criterion is newly met, has regressed (was met, is no longer), is still open (not in
//! place either time), is still met, or is now not applicable; per sub-section and domain
//! it gives the level attained before and after.

mod change;
mod summary;

pub use change::{Change, CriterionChange, DomainChange, Movement, SubSectionChange};
pub use summary::Summary;

use crate::assessment::Assessment;
use crate::error::Conflict;
use crate::level::Level;
use crate::migration::{Migrated, Migration, MigrationReport};
use crate::name::same;
use crate::progression::{evaluate, Evaluation};

/// Two assessments of the same system compared: made by [`compare`].
#[derive(Debug, Clone)]
pub struct Comparison<'a> {
    before: &'a Assessment,
    after: &'a Assessment,
    before_evaluation: Evaluation<'a>,
    after_evaluation: Evaluation<'a>,
}

/// Compares an earlier and a later assessment of the same system.
///
/// Fails with [`Conflict::MixedEditions`] when they answer different editions (see
/// [`compare_across`] and [`Editions::to_one_edition`](crate::Editions::to_one_edition)),
/// with [`Conflict::DifferentSystems`] when they name different systems (compared as
/// [names](crate::name)), and with [`Conflict::DatesOutOfOrder`] when both are dated and
/// `after` is dated before `before`.
///
/// ```
/// use mhics::compare::{Change, compare};
/// use mhics::{Assessment, Status};
///
/// let before = Assessment::builder("Example ICS")
///     .respond("1.1-D1", Status::Partial)
///     .respond("1.1-D2", Status::Met)
///     .build()?;
/// let after = Assessment::builder("Example ICS")
///     .respond("1.1-D1", Status::Met)
///     .respond("1.1-D2", Status::NotMet)
///     .build()?;
/// let comparison = compare(&before, &after)?;
/// let changed: Vec<String> = comparison
///     .criteria()
///     .filter(|c| c.change != Change::StillOpen)
///     .map(|c| format!("{} {}", c.criterion.id(), c.change))
///     .collect();
/// assert_eq!(changed, ["1.1-D1 newly_met", "1.1-D2 regressed"]);
/// assert_eq!(comparison.summary().count(Change::NewlyMet), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn compare<'a>(
    before: &'a Assessment,
    after: &'a Assessment,
) -> Result<Comparison<'a>, Conflict> {
    if before.edition() != after.edition() {
        return Err(Conflict::MixedEditions {
            action: "compare",
            first: before.edition().to_string(),
            second: after.edition().to_string(),
        });
    }
    check_pair(before, after)?;
    Ok(Comparison::of(before, after))
}

/// Checks that two assessments, of any editions, can stand as one system's progress:
/// the same system, and the later not dated before the earlier.
fn check_pair(before: &Assessment, after: &Assessment) -> Result<(), Conflict> {
    if !same(before.system(), after.system()) {
        return Err(Conflict::DifferentSystems {
            before: before.system().to_owned(),
            after: after.system().to_owned(),
        });
    }
    if let (Some(b), Some(a)) = (before.date(), after.date()) {
        if a < b {
            return Err(Conflict::DatesOutOfOrder {
                before: b,
                after: a,
            });
        }
    }
    Ok(())
}

/// An earlier assessment of one edition compared with a later one of another edition:
/// the earlier is migrated first, and the comparison is made under the later edition,
/// with the migration report beside it. Made by [`compare_across`].
#[derive(Debug, Clone)]
pub struct CrossComparison<'a> {
    before: &'a Assessment,
    migrated: Migrated,
    after: &'a Assessment,
}

/// Compares an earlier assessment with a later one of another edition, migrating the
/// earlier first with `migration`. Fails as [`compare`] does, and when the assessments do
/// not answer the migration's editions ([`Conflict::MixedEditions`]).
///
/// ```
/// use mhics::compare::compare_across;
/// use mhics::{Assessment, Status};
///
/// // The identity migration from the built-in edition to itself carries everything.
/// mhics::migration! {
///     const SAME: Migration = mhics::MHICS_2019 => mhics::MHICS_2019 {};
/// }
/// let before = Assessment::builder("Example ICS").respond("1.1-D1", Status::Partial).build()?;
/// let after = Assessment::builder("Example ICS").respond("1.1-D1", Status::Met).build()?;
/// let across = compare_across(&before, &after, &SAME)?;
/// assert_eq!(across.migration().counts().carried, 1);
/// assert_eq!(across.comparison().summary().count(mhics::compare::Change::NewlyMet), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn compare_across<'a>(
    before: &'a Assessment,
    after: &'a Assessment,
    migration: &Migration,
) -> Result<CrossComparison<'a>, Conflict> {
    if after.edition() != migration.to() {
        return Err(Conflict::MixedEditions {
            action: "compare",
            first: after.edition().to_string(),
            second: migration.to().to_string(),
        });
    }
    check_pair(before, after)?;
    Ok(CrossComparison {
        before,
        migrated: migration.apply(before)?,
        after,
    })
}

impl<'a> CrossComparison<'a> {
    /// The earlier assessment, as given (of the migration's earlier edition).
    pub fn original(&self) -> &'a Assessment {
        self.before
    }

    /// The earlier assessment migrated to the later edition.
    pub fn migrated(&self) -> &Assessment {
        &self.migrated.assessment
    }

    /// What became of every answer of the earlier assessment.
    pub fn migration(&self) -> &MigrationReport {
        &self.migrated.report
    }

    /// The comparison of the migrated earlier assessment with the later one.
    pub fn comparison(&self) -> Comparison<'_> {
        Comparison::of(&self.migrated.assessment, self.after)
    }
}

impl<'a> Comparison<'a> {
    /// The comparison of two assessments already checked to stand as one system's
    /// progress, each evaluated once.
    pub(crate) fn of(before: &'a Assessment, after: &'a Assessment) -> Comparison<'a> {
        Comparison {
            before,
            after,
            before_evaluation: evaluate(before),
            after_evaluation: evaluate(after),
        }
    }

    /// The earlier assessment.
    pub fn before(&self) -> &'a Assessment {
        self.before
    }

    /// The later assessment.
    pub fn after(&self) -> &'a Assessment {
        self.after
    }

    /// The earlier assessment's evaluation.
    pub fn before_evaluation(&self) -> &Evaluation<'a> {
        &self.before_evaluation
    }

    /// The later assessment's evaluation.
    pub fn after_evaluation(&self) -> &Evaluation<'a> {
        &self.after_evaluation
    }

    /// Every criterion of the matrix with its two statuses, in matrix order.
    pub fn criteria(&self) -> impl Iterator<Item = CriterionChange> + '_ {
        let layout = self.after.edition().layout();
        layout.slots().map(move |slot| {
            let before = self.before.statuses.get(slot);
            let after = self.after.statuses.get(slot);
            let entry = layout.entry(slot);
            CriterionChange {
                criterion: entry.criterion,
                theme: entry.theme,
                before,
                after,
                change: Change::between(before, after),
            }
        })
    }

    /// The criteria whose change is `change`, in matrix order.
    pub fn changes(&self, change: Change) -> impl Iterator<Item = CriterionChange> + '_ {
        self.criteria().filter(move |c| c.change == change)
    }

    /// Every sub-section before and after, in matrix order.
    pub fn subsections(&self) -> impl Iterator<Item = SubSectionChange> + '_ {
        self.before_evaluation
            .subsections()
            .zip(self.after_evaluation.subsections())
            .map(|(before, after)| SubSectionChange { before, after })
    }

    /// Every domain before and after, in order.
    pub fn domains(&self) -> impl Iterator<Item = DomainChange> + '_ {
        self.before_evaluation
            .domains()
            .iter()
            .zip(self.after_evaluation.domains())
            .map(|(before, after)| DomainChange {
                id: before.id(),
                before: before.attained(),
                after: after.attained(),
            })
    }

    /// The overall attainment before and after.
    pub fn overall(&self) -> (Option<Level>, Option<Level>) {
        (
            self.before_evaluation.overall(),
            self.after_evaluation.overall(),
        )
    }
}
