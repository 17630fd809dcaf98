//! Errors: every way input can be wrong, each with what is wrong and where.

use crate::date::Date;
use crate::id::{CriterionId, IdError};
use crate::name::{escaped, pair, quote, spellings};

mod access;
mod field;
mod place;

pub use field::Field;
pub use place::{Position, Suggestion};

/// Everything that can be wrong with an assessment, read from JSON or built in code, or
/// with a set of assessments put together (a comparison or a cohort).
///
/// Each variant says exactly what is wrong; those found while reading JSON carry the
/// [`Position`] (line and column) where the reader stood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The text is not well-formed JSON, or a value has the wrong JSON type.
    #[error("malformed JSON{position}: {}", escaped(message))]
    Json {
        /// What the JSON reader reported.
        message: String,
        /// Where.
        position: Position,
    },
    /// A field that the format does not have.
    #[error(
        "unknown field {} in {}{position}; expected one of: {expected}",
        quote(field),
        escaped(context)
    )]
    UnknownField {
        /// The field found.
        field: String,
        /// Where it stood, e.g. "the assessment" or "the response for `1.1-D1`".
        context: String,
        /// The fields allowed there.
        expected: &'static str,
        /// Where.
        position: Position,
    },
    /// A required field is missing.
    #[error("missing field `{field}` in {}{position}", escaped(context))]
    MissingField {
        /// The field missing.
        field: &'static str,
        /// Where it should be.
        context: String,
        /// Where the reader noticed.
        position: Position,
    },
    /// The same field twice in one object.
    #[error(
        "field {} appears twice in {}{position}",
        quote(field),
        escaped(context)
    )]
    DuplicateField {
        /// The field repeated.
        field: String,
        /// Where.
        context: String,
        /// Where the second one stands.
        position: Position,
    },
    /// A response for a criterion the matrix does not have.
    #[error("unknown criterion ID {}{position}{suggestion}", quote(id))]
    UnknownCriterion {
        /// The ID given.
        id: String,
        /// The nearest real criterion ID.
        suggestion: Suggestion,
        /// Where.
        position: Position,
    },
    /// Two responses for the same criterion.
    #[error("criterion `{id}` has more than one response{position}")]
    DuplicateResponse {
        /// The criterion answered twice.
        id: CriterionId,
        /// Where the second response stands.
        position: Position,
    },
    /// A status other than `met`, `partial`, `not_met` or `not_applicable`.
    #[error("unknown status {} for criterion `{id}`{position}; expected one of: met, partial, not_met, not_applicable", quote(status))]
    UnknownStatus {
        /// The criterion.
        id: CriterionId,
        /// The status given.
        status: String,
        /// Where.
        position: Position,
    },
    /// A note given without a status (from a form: the status left blank): refused
    /// rather than dropped.
    #[error(
        "a note on `{id}` is given without a status{position}; choose a status or clear the note"
    )]
    NoteWithoutStatus {
        /// The criterion.
        id: CriterionId,
        /// Where.
        position: Position,
    },
    /// The file answers another matrix.
    #[error(
        "this assessment answers {} {}, expected {expected} {expected_version}{position}",
        escaped(found),
        escaped(found_version)
    )]
    WrongMatrix {
        /// The matrix named in the file.
        found: String,
        /// The version named in the file.
        found_version: String,
        /// The matrix of the edition being read.
        expected: &'static str,
        /// The version of the edition being read.
        expected_version: &'static str,
        /// Where.
        position: Position,
    },
    /// The file answers another edition of the matrix being read.
    #[error(
        "this assessment answers {matrix} {}, expected {matrix} {supported}{position}",
        escaped(found)
    )]
    UnsupportedEdition {
        /// The version named in the file.
        found: String,
        /// The matrix (the same in the file and the edition being read).
        matrix: &'static str,
        /// The version of the edition being read.
        supported: &'static str,
        /// Where.
        position: Position,
    },
    /// The file answers none of the editions a program knows (its
    /// [`Editions`](crate::Editions)).
    #[error(
        "this {what} answers {} {}, expected one of: {known}{position}",
        crate::name::quote(found),
        crate::name::quote(found_version)
    )]
    UnknownEdition {
        /// What the file is: `assessment` or `plan`.
        what: &'static str,
        /// The matrix named in the file.
        found: String,
        /// The version named in the file.
        found_version: String,
        /// Every edition known, e.g. `mhics 2019, lakeside-local 2026`.
        known: String,
        /// Where.
        position: Position,
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
    /// A file of another kind than was asked for: an `.xlsx` workbook given as JSON, or
    /// one of the crate's JSON formats given for another (an assessment for a plan, say).
    #[error("this is {found}, not {expected}{hint}")]
    WrongKind {
        /// What the file is, e.g. `an assessment`.
        found: &'static str,
        /// What was asked for, e.g. `an action plan`.
        expected: &'static str,
        /// How to read it, where there is a way, starting `; `.
        hint: &'static str,
    },
    /// Text that names none of the values it should: a status, a level, an action status
    /// or a target read with `FromStr` (which takes an identifier or a label, ignoring
    /// case).
    #[error("{} is not a {what}; expected one of: {}", quote(value), expected.join(", "))]
    Unrecognised {
        /// What was expected, e.g. `status`.
        what: &'static str,
        /// The text given.
        value: String,
        /// The identifiers expected, e.g. `met`, `partial`, `not_met`, `not_applicable`.
        expected: Vec<&'static str>,
    },
    /// A date that is not a real calendar date in the form `YYYY-MM-DD`.
    #[error("invalid date {}{position}: {reason}", quote(value))]
    InvalidDate {
        /// The date given.
        value: String,
        /// What is wrong with it.
        reason: &'static str,
        /// Where.
        position: Position,
    },
    /// The system name is empty or only white space.
    #[error("the system name is empty{position}")]
    EmptySystem {
        /// Where.
        position: Position,
    },
    /// A malformed ID or level given in code or on a command line.
    #[error(transparent)]
    Id(#[from] IdError),
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
    /// A JSON text longer than the most the reader takes
    /// ([`MAX_ASSESSMENT_BYTES`](crate::read::MAX_ASSESSMENT_BYTES) for assessments).
    #[error("the text is larger than {}, the most an assessment may hold", crate::read::size(*limit))]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// A control character in text taken from input: only tab and line feed (and
    /// carriage return before a line feed) are allowed.
    #[error("{} contains the control character {}{position}: only tab and line breaks are allowed", escaped(&field.to_string()), codepoint(*character))]
    ControlCharacter {
        /// The field, e.g. the system name or the note on `1.1-D1`.
        field: Field,
        /// The character found.
        character: char,
        /// Where.
        position: Position,
    },
    /// A text from input longer than [`MAX_TEXT_CHARS`](crate::read::MAX_TEXT_CHARS)
    /// (32 767 UTF-16 code units, what a spreadsheet cell holds); nothing is cut.
    #[error(
        "{} is {length} characters long{position}, more than the {} a text may hold",
        escaped(&field.to_string()),
        crate::read::MAX_TEXT_CHARS
    )]
    TextTooLong {
        /// The field, e.g. the note on `1.1-D1`.
        field: Field,
        /// Its length in UTF-16 code units.
        length: usize,
        /// Where.
        position: Position,
    },
    /// A `\u` escape of half a UTF-16 surrogate pair, with no other half.
    #[error("a lone surrogate `{}`{position} is not valid text: a `\\uD800`–`\\uDFFF` escape must be one half of a pair", escaped(escape))]
    LoneSurrogate {
        /// The escape, e.g. `\ud800`.
        escape: String,
        /// Where.
        position: Position,
    },
    /// Two members of a cohort assess the same system (compared as
    /// names: in NFC, case folded, trimmed, default-ignorable code points removed).
    /// When the two spell it differently, both spellings are shown, with their
    /// differences escaped where they would print the same.
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
    // ---- Action plans. ----
    /// The plan file is for another matrix or edition than the one being read.
    #[error(
        "this plan is for {} {}, expected {expected} {expected_version}{position}",
        quote(found),
        quote(found_version)
    )]
    PlanEdition {
        /// The matrix named in the file.
        found: String,
        /// The version named in the file.
        found_version: String,
        /// The matrix of the edition being read.
        expected: &'static str,
        /// The version of the edition being read.
        expected_version: &'static str,
        /// Where.
        position: Position,
    },
    /// A field of a plan or an action that must not be empty is empty or only white
    /// space: an action's `id`, `title`, `owner`, `lead` or `criteria`.
    #[error("{field} is empty{position}")]
    EmptyPlanField {
        /// The field, e.g. ``the `title` of action "A1"``.
        field: Field,
        /// Where.
        position: Position,
    },
    /// Two actions of one plan have the same ID (compared as names).
    #[error(
        "action {} appears twice in the plan{position}{}",
        quote(id),
        first_spelling(first, id)
    )]
    DuplicateAction {
        /// The second action's ID.
        id: String,
        /// The first action's ID (it may be spelt differently).
        first: String,
        /// Where the second stands.
        position: Position,
    },
    /// An action names an ID that is not a criterion of the plan's edition.
    #[error(
        "{action}: unknown criterion ID {} in `criteria`{position}{suggestion}",
        quote(id)
    )]
    UnknownActionCriterion {
        /// The action, as the message names it: `action "A1"`, or `action 2` (its place
        /// in `actions`, from 1) when its ID is not known.
        action: String,
        /// The ID given.
        id: String,
        /// The nearest real criterion ID of the edition.
        suggestion: Suggestion,
        /// Where.
        position: Position,
    },
    /// An action names the same criterion twice.
    #[error("{action} names criterion `{id}` twice in `criteria`{position}")]
    DuplicateActionCriterion {
        /// The action, named as in [`Error::UnknownActionCriterion`].
        action: String,
        /// The criterion named twice.
        id: CriterionId,
        /// Where the second stands.
        position: Position,
    },
    /// An action status other than `planned`, `in_progress`, `done` or `dropped`.
    #[error("unknown status {} for {action}{position}; expected one of: planned, in_progress, done, dropped", quote(status))]
    UnknownActionStatus {
        /// The action, named as in [`Error::UnknownActionCriterion`].
        action: String,
        /// The status given.
        status: String,
        /// Where.
        position: Position,
    },
    /// A date of a plan or an action that is not a real calendar date `YYYY-MM-DD`.
    #[error("invalid date {} in {field}{position}: {reason}", quote(value))]
    InvalidPlanDate {
        /// The field, e.g. ``the `agreed` of the plan`` or ``the `due` of action "A1"``.
        field: Field,
        /// The date given.
        value: String,
        /// What is wrong with it.
        reason: &'static str,
        /// Where.
        position: Position,
    },
    /// A plan reviewed against an assessment of another system (compared as names).
    #[error("the plan is for {}, but the assessment is of {}: a plan is reviewed against an assessment of its own system", quote(plan), quote(assessment))]
    PlanSystem {
        /// The plan's system.
        plan: String,
        /// The assessment's system.
        assessment: String,
    },
    /// A plan JSON text longer than [`MAX_PLAN_BYTES`](crate::read::MAX_PLAN_BYTES).
    #[error("the text is larger than {}, the most a plan may hold", crate::read::size(*limit))]
    PlanTooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The partners' assessments given to a board report are of another system than its
    /// assessment (names compared as [`compare`](crate::compare) does).
    #[error(
        "the partners' assessments are of {}, not of {}, the system of the board report",
        crate::name::quote(.partners),
        crate::name::quote(.system)
    )]
    PartnersOfAnotherSystem {
        /// The system of the board report's assessment.
        system: String,
        /// The system the partners' assessments name.
        partners: String,
    },
}

/// ` (first as "a1")` when the first spelling differs from the second, else nothing.
fn first_spelling(first: &str, second: &str) -> String {
    if first == second {
        String::new()
    } else {
        format!(" (first as {})", quote(first))
    }
}

/// `U+0000` and the like.
fn codepoint(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}
