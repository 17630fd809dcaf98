//! The account of a migration: what became of every answer of the original assessment,
//! and the later edition's criteria left with no answer.

use core::fmt;

use crate::assessment::{Assessment, Response};
use crate::id::CriterionId;

/// What became of one answer of the original assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Carried across unchanged: the ID is in both editions.
    Carried,
    /// Carried across unchanged, and listed for review: the criterion was reworded.
    Review,
    /// Moved to another ID.
    Moved {
        /// Where the answer now stands.
        to: CriterionId,
    },
    /// Merged with others into one criterion.
    Merged {
        /// The criterion they merged into.
        into: CriterionId,
        /// Whether the merged criterion has an answer. It has none when one of the
        /// merged criteria was not assessed (not assessed is the least in place); then
        /// this answer, note and all, is kept only here, in the report.
        carried: bool,
    },
    /// Copied to each criterion it was split into, every copy for review.
    Split {
        /// The criteria it was split into.
        into: &'static [CriterionId],
    },
    /// Not carried: the criterion is gone. The answer and note are kept here.
    Retired,
}

impl Outcome {
    /// The stable identifier: `carried`, `review`, `moved`, `merged`, `split` or
    /// `retired`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::Carried => "carried",
            Outcome::Review => "review",
            Outcome::Moved { .. } => "moved",
            Outcome::Merged { .. } => "merged",
            Outcome::Split { .. } => "split",
            Outcome::Retired => "retired",
        }
    }

    /// Whether the answer now stands in the migrated assessment.
    pub fn is_carried(&self) -> bool {
        !matches!(
            self,
            Outcome::Retired | Outcome::Merged { carried: false, .. }
        )
    }

    /// Whether someone should look at the answer again under the later edition: the
    /// criterion was reworded, split or merged, or is gone.
    pub fn needs_review(&self) -> bool {
        !matches!(self, Outcome::Carried | Outcome::Moved { .. })
    }
}

/// One answer of the original assessment and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Accounted {
    /// The earlier edition's criterion.
    pub id: CriterionId,
    /// The original answer: status and note.
    pub response: Response,
    /// What became of it.
    pub outcome: Outcome,
}

/// How many answers met each [`Outcome`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct MigrationCounts {
    /// Carried unchanged.
    pub carried: usize,
    /// Carried and listed for review.
    pub review: usize,
    /// Moved to another ID.
    pub moved: usize,
    /// Merged into another criterion.
    pub merged: usize,
    /// Split into several criteria.
    pub split: usize,
    /// Not carried: retired.
    pub retired: usize,
    /// Criteria of the later edition with no answer after migrating.
    pub unanswered: usize,
}

impl fmt::Display for MigrationCounts {
    /// A one-line summary, e.g. `250 carried, 2 for review, 1 moved, 2 merged, 1 split,
    /// 1 retired; 20 criteria of the later edition unanswered`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} carried, {} for review, {} moved, {} merged, {} split, {} retired; \
             {} criteria of the later edition unanswered",
            self.carried,
            self.review,
            self.moved,
            self.merged,
            self.split,
            self.retired,
            self.unanswered
        )
    }
}

/// The account of one migration: every answer of the original exactly once, in the
/// earlier edition's matrix order, and the later edition's criteria with no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MigrationReport {
    /// The earlier edition: matrix ID and version.
    pub from: (&'static str, &'static str),
    /// The later edition: matrix ID and version.
    pub to: (&'static str, &'static str),
    /// The system assessed.
    pub system: String,
    /// Every answer of the original, with what became of it.
    pub answers: Vec<Accounted>,
    /// The later edition's criteria with no answer after migrating, in matrix order.
    pub unanswered: Vec<CriterionId>,
}

impl MigrationReport {
    /// How many answers met each outcome.
    pub fn counts(&self) -> MigrationCounts {
        let mut counts = MigrationCounts {
            unanswered: self.unanswered.len(),
            ..MigrationCounts::default()
        };
        for a in &self.answers {
            *match a.outcome {
                Outcome::Carried => &mut counts.carried,
                Outcome::Review => &mut counts.review,
                Outcome::Moved { .. } => &mut counts.moved,
                Outcome::Merged { .. } => &mut counts.merged,
                Outcome::Split { .. } => &mut counts.split,
                Outcome::Retired => &mut counts.retired,
            } += 1;
        }
        counts
    }

    /// The answers that met an outcome other than plain carrying or moving: for review.
    pub fn for_review(&self) -> impl Iterator<Item = &Accounted> + '_ {
        self.answers.iter().filter(|a| a.outcome.needs_review())
    }
}

/// An assessment migrated to edition `B`, with the report of how.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Migrated {
    /// The answers under the later edition.
    pub assessment: Assessment,
    /// What became of every original answer.
    pub report: MigrationReport,
}
