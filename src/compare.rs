//! Progress over time: what changed between two assessments of the same system.
//!
//! [`compare`] pairs an earlier and a later assessment. Per criterion it says whether the
//! criterion is newly met, has regressed (was met, is no longer), is still open (not in
//! place either time), is still met, or is now not applicable; per sub-section and domain
//! it gives the level attained before and after.

use core::cmp::Ordering;
use core::fmt;

use crate::assessment::{Assessment, Status};
use crate::error::Error;
use crate::id::{DomainId, SubSectionId};
use crate::level::Level;
use crate::migration::{Migrated, Migration, MigrationReport};
use crate::model::{Criterion, Theme};
use crate::name::same;
use crate::progression::{evaluate, Evaluation, SubSectionProgress};
use crate::report::attained_name;

/// How one criterion changed between two assessments.
///
/// The string form (`Display`, `as_str`) is `newly_met`, `regressed`, `still_open`,
/// `still_met` or `not_applicable`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::Display, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum Change {
    /// Met now, not met before (partial, not met, not assessed or not applicable).
    NewlyMet,
    /// Met before, not in place now (partial, not met or not assessed).
    Regressed,
    /// Not in place either time (its status may still have moved, e.g. from `not_met`
    /// to `partial`: see [`CriterionChange::status_changed`]).
    StillOpen,
    /// Met both times.
    StillMet,
    /// Not applicable now: out of the count, whatever it was before.
    NotApplicable,
}

impl Change {
    /// Every kind of change, in the order reports list them.
    pub const ALL: [Change; 5] = [
        Change::NewlyMet,
        Change::Regressed,
        Change::StillOpen,
        Change::StillMet,
        Change::NotApplicable,
    ];

    /// The stable identifier, e.g. `newly_met`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The change from status `before` to status `after` (`None`: not assessed).
    pub fn between(before: Option<Status>, after: Option<Status>) -> Change {
        let was_met = before == Some(Status::Met);
        match after {
            Some(Status::NotApplicable) => Change::NotApplicable,
            Some(Status::Met) if was_met => Change::StillMet,
            Some(Status::Met) => Change::NewlyMet,
            _ if was_met => Change::Regressed,
            _ => Change::StillOpen,
        }
    }
}

/// One criterion's statuses in the two assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CriterionChange {
    /// The criterion.
    pub criterion: &'static Criterion,
    /// The theme it stands under.
    pub theme: &'static Theme,
    /// Its status in the earlier assessment (`None`: not assessed).
    pub before: Option<Status>,
    /// Its status in the later assessment (`None`: not assessed).
    pub after: Option<Status>,
    /// What the change amounts to.
    pub change: Change,
}

impl CriterionChange {
    /// Whether the recorded status differs at all (a still-open criterion may have moved
    /// from `not_met` to `partial`).
    pub fn status_changed(&self) -> bool {
        self.before != self.after
    }
}

/// Which way a level moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Movement {
    /// A higher level attained than before.
    Up,
    /// The same level as before.
    Same,
    /// A lower level attained than before.
    Down,
}

impl Movement {
    fn of(before: Option<Level>, after: Option<Level>) -> Movement {
        match after.cmp(&before) {
            Ordering::Greater => Movement::Up,
            Ordering::Equal => Movement::Same,
            Ordering::Less => Movement::Down,
        }
    }
}

/// One sub-section before and after.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SubSectionChange {
    /// Where it stood in the earlier assessment.
    pub before: SubSectionProgress,
    /// Where it stands in the later one.
    pub after: SubSectionProgress,
}

impl SubSectionChange {
    /// The sub-section.
    pub fn id(&self) -> SubSectionId {
        self.after.id()
    }

    /// Which way its attained level moved.
    pub fn movement(&self) -> Movement {
        Movement::of(self.before.attained(), self.after.attained())
    }
}

/// One domain before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DomainChange {
    /// The domain.
    pub id: DomainId,
    /// The level it had attained before.
    pub before: Option<Level>,
    /// The level it has attained now.
    pub after: Option<Level>,
}

impl DomainChange {
    /// The domain (the same as the field `id`, named as on the other per-domain types).
    pub fn id(&self) -> DomainId {
        self.id
    }

    /// Which way its attained level moved.
    pub fn movement(&self) -> Movement {
        Movement::of(self.before, self.after)
    }
}

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
/// Fails with [`Error::MixedEditions`] when they answer different editions (see
/// [`compare_across`] and [`Editions::to_one_edition`](crate::Editions::to_one_edition)),
/// with [`Error::DifferentSystems`] when they name different systems (compared as
/// [names](crate::name)), and with [`Error::DatesOutOfOrder`] when both are dated and
/// `after` is dated before `before`.
///
/// ```
/// use mhics::{compare, Assessment, Change, Status};
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
pub fn compare<'a>(before: &'a Assessment, after: &'a Assessment) -> Result<Comparison<'a>, Error> {
    if before.edition() != after.edition() {
        return Err(Error::MixedEditions {
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
fn check_pair(before: &Assessment, after: &Assessment) -> Result<(), Error> {
    if !same(before.system(), after.system()) {
        return Err(Error::DifferentSystems {
            before: before.system().to_owned(),
            after: after.system().to_owned(),
        });
    }
    if let (Some(b), Some(a)) = (before.date(), after.date()) {
        if a < b {
            return Err(Error::DatesOutOfOrder {
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
/// not answer the migration's editions ([`Error::MixedEditions`]).
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
) -> Result<CrossComparison<'a>, Error> {
    if after.edition() != migration.to() {
        return Err(Error::MixedEditions {
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

    /// Counts of what changed; its `Display` is a readable summary.
    pub fn summary(&self) -> Summary<'_> {
        let mut changes = [0usize; 5];
        let mut moved_while_open = 0;
        for c in self.criteria() {
            changes[c.change as usize] += 1;
            if c.change == Change::StillOpen && c.status_changed() {
                moved_while_open += 1;
            }
        }
        Summary {
            comparison: self,
            changes,
            moved_while_open,
        }
    }
}

/// What changed between two assessments, in numbers; `Display` writes it as a short
/// readable paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Summary<'c> {
    comparison: &'c Comparison<'c>,
    changes: [usize; 5],
    moved_while_open: usize,
}

impl Summary<'_> {
    /// How many criteria changed this way.
    pub fn count(&self, change: Change) -> usize {
        self.changes[change as usize]
    }

    /// How many still-open criteria had their status changed (e.g. `not_met` to
    /// `partial`).
    pub fn moved_while_open(&self) -> usize {
        self.moved_while_open
    }

    /// The sub-sections that moved `movement`, in matrix order.
    pub fn subsections(&self, movement: Movement) -> impl Iterator<Item = SubSectionChange> + '_ {
        self.comparison
            .subsections()
            .filter(move |s| s.movement() == movement)
    }
}

fn dated(assessment: &Assessment) -> String {
    assessment
        .date()
        .map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

fn list(ids: impl Iterator<Item = String>) -> String {
    ids.collect::<Vec<_>>().join(", ")
}

impl fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.comparison;
        let (before, after) = c.overall();
        write!(
            f,
            "{}, {} to {}: {} criteria newly met, {} regressed, {} still open ({} of them with a \
             changed status), {} still met, {} not applicable.",
            c.after.system(),
            dated(c.before),
            dated(c.after),
            self.count(Change::NewlyMet),
            self.count(Change::Regressed),
            self.count(Change::StillOpen),
            self.moved_while_open,
            self.count(Change::StillMet),
            self.count(Change::NotApplicable),
        )?;
        for (movement, verb) in [(Movement::Up, "moved up"), (Movement::Down, "moved down")] {
            let moved: Vec<String> = self
                .subsections(movement)
                .map(|s| {
                    format!(
                        "{} {} to {}",
                        s.after.id(),
                        attained_name(s.before.attained()),
                        attained_name(s.after.attained())
                    )
                })
                .collect();
            match moved.len() {
                0 => write!(f, " No sub-section {verb}.")?,
                1 => write!(f, " 1 sub-section {verb}: {}.", list(moved.into_iter()))?,
                n => write!(f, " {n} sub-sections {verb}: {}.", list(moved.into_iter()))?,
            }
        }
        if before == after {
            write!(
                f,
                " Overall attainment unchanged: {}.",
                attained_name(after)
            )
        } else {
            write!(
                f,
                " Overall: {} to {}.",
                attained_name(before),
                attained_name(after)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_between_statuses() {
        use Status::*;
        let cases = [
            (None, Some(Met), Change::NewlyMet),
            (Some(Partial), Some(Met), Change::NewlyMet),
            (Some(NotApplicable), Some(Met), Change::NewlyMet),
            (Some(Met), Some(Met), Change::StillMet),
            (Some(Met), Some(Partial), Change::Regressed),
            (Some(Met), None, Change::Regressed),
            (Some(Met), Some(NotApplicable), Change::NotApplicable),
            (None, Some(NotApplicable), Change::NotApplicable),
            (Some(NotMet), Some(Partial), Change::StillOpen),
            (None, None, Change::StillOpen),
            (Some(NotApplicable), Some(NotMet), Change::StillOpen),
        ];
        for (before, after, expected) in cases {
            assert_eq!(
                Change::between(before, after),
                expected,
                "{before:?} -> {after:?}"
            );
        }
    }

    #[test]
    fn movement_orders_none_lowest() {
        assert_eq!(Movement::of(None, Some(Level::Developing)), Movement::Up);
        assert_eq!(
            Movement::of(Some(Level::Maturing), Some(Level::Developing)),
            Movement::Down
        );
        assert_eq!(Movement::of(None, None), Movement::Same);
    }
}
