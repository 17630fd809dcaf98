//! Why values given to an operation cannot be put together.

use crate::date::Date;
use crate::name::{escaped, pair, quote, spellings};

use super::Error;

/// Why values given to an operation cannot be put together: each value may be well
/// formed, but together they make no comparison, cohort, consolidation, board report,
/// plan review or migration. Returned by operations, never by a reader; see the
/// [module documentation](super) for why it is apart from [`Error`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Conflict {
    /// Two assessments compared as one system's progress name different systems.
    #[error("cannot compare assessments of different systems: {} and {}", pair(before, after).0, pair(before, after).1)]
    DifferentSystems {
        /// The system of the earlier assessment.
        before: String,
        /// The system of the later assessment.
        after: String,
    },
    /// The "later" assessment of a comparison is dated before the earlier one.
    #[error("the later assessment is dated {after}, before the earlier one ({before}); give the earlier assessment first")]
    DatesOutOfOrder {
        /// The date of the assessment given as the earlier one.
        before: Date,
        /// The date of the assessment given as the later one.
        after: Date,
    },
    /// A cohort needs at least one assessment.
    #[error("a cohort needs at least one assessment")]
    EmptyCohort,
    /// Two members of a cohort assess the same system (compared as names). When the two
    /// spell it differently, both spellings are shown, with their differences escaped
    /// where they would print the same.
    #[error(
        "{} and {} both assess {}: a cohort takes one assessment per system",
        escaped(first),
        escaped(second),
        spellings(first_system, system)
    )]
    SystemTwice {
        /// The system, as the second member names it.
        system: String,
        /// The system, as the first member names it.
        first_system: String,
        /// The first member: its name (e.g. its file) when given, else its place and label.
        first: String,
        /// The second member, named the same way.
        second: String,
    },
    /// Partners' perspectives need at least one assessment.
    #[error("a perspectives set needs at least one assessment")]
    NoPartners,
    /// Two partners' assessments name different systems (compared as names).
    #[error("one system per perspectives set: {} answers for {}, but {} answers for {}", escaped(first), pair(first_system, other_system).0, escaped(other), pair(first_system, other_system).1)]
    MixedSystems {
        /// The first assessment of the set: its source, with its respondent when named.
        first: String,
        /// Its system.
        first_system: String,
        /// The first assessment of another system: its source and respondent.
        other: String,
        /// Its system.
        other_system: String,
    },
    /// Two partners' assessments have the same respondent (compared as names). When the
    /// two spell it differently, both spellings are shown.
    #[error(
        "respondent {} answers twice, in {} and {}: each partner answers once",
        spellings(respondent, second_respondent),
        escaped(first),
        escaped(second)
    )]
    RepeatedRespondent {
        /// The respondent, as the first of the two names it.
        respondent: String,
        /// The respondent, as the second names it.
        second_respondent: String,
        /// The source of the first.
        first: String,
        /// The source of the second.
        second: String,
    },
    /// A partner's label (its source, for an assessment that names no respondent) is not
    /// valid text for the consolidated assessment's respondent.
    #[error(transparent)]
    Label(Error),
    /// The partners' assessments given to a board report are of another system than its
    /// assessment.
    #[error(
        "the partners' assessments are of {}, not of {}, the system of the board report",
        quote(partners),
        quote(system)
    )]
    PartnersOfAnotherSystem {
        /// The system of the board report's assessment.
        system: String,
        /// The system the partners' assessments name.
        partners: String,
    },
    /// A plan reviewed against, or written with, an assessment of another system.
    #[error("the plan is for {}, but the assessment is of {}: a plan goes with an assessment of its own system", pair(plan, assessment).0, pair(plan, assessment).1)]
    PlanSystem {
        /// The plan's system.
        plan: String,
        /// The assessment's system.
        assessment: String,
    },
    /// Assessments of different editions, with no migration declared that brings them
    /// to one, given to be compared, put in one cohort or consolidated.
    #[error("cannot {action} assessments of {first} and {second}: they answer different editions, and no migration from one to the other is declared")]
    MixedEditions {
        /// What was asked: `compare`, `put in one cohort` or `consolidate`.
        action: &'static str,
        /// One edition, e.g. `mhics 2019`.
        first: String,
        /// Another, e.g. `lakeside-local 2026`.
        second: String,
    },
    /// A value of one edition given to an operation on another: a migration applied to
    /// an assessment or plan of another edition than its earlier one, or a plan reviewed
    /// against an assessment of another edition.
    #[error("this {what} answers {found}, expected {expected}")]
    NotOfEdition {
        /// What was given: `assessment` or `plan`.
        what: &'static str,
        /// The edition it answers, e.g. `mhics 2019`.
        found: String,
        /// The edition expected, e.g. `lakeside-local 2026`.
        expected: String,
    },
    /// No edition given as the editions a program knows.
    #[error("no edition given: a program knows at least one edition")]
    NoEditions,
    /// Two different matrices with one name (matrix ID and version) given as the
    /// editions a program knows: a file could not say which it answers.
    #[error("two different editions are named {name}: each edition a program knows needs its own matrix ID and version")]
    EditionTwice {
        /// The name both have, e.g. `lakeside-local 2026`.
        name: String,
    },
}
