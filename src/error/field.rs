//! The field of an assessment or plan an error is about.

use core::fmt;

use crate::id::CriterionId;

/// The field of an assessment or plan that an error is about, for a program that maps
/// errors back to where the input came from (a form field, a cell, a JSON key).
/// Shown in messages as people say it, e.g. ``the note on `1.1-D1` ``.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// The system name.
    System,
    /// Who answered.
    Respondent,
    /// The date of the assessment.
    Date,
    /// A response's status, of a criterion.
    Status(CriterionId),
    /// A response's note, on a criterion.
    Note(CriterionId),
    /// Another text a program takes from people and keeps beside the crate's values (a
    /// partner's name, say), named as it is in messages: `Other("partner's name")` shows
    /// as `the partner's name`.
    Other(&'static str),
    /// A field of the plan itself: `assessed` or `agreed`.
    Plan(&'static str),
    /// A field of an action (`id`, `title`, `criteria`, `owner`, `lead`, `due`,
    /// `status`, `note`), with the action as messages name it, e.g. `action "A1"`.
    Action {
        /// The action, e.g. `action "A1"` (or `an action` before its ID is known).
        action: String,
        /// The field.
        field: &'static str,
    },
}

impl Field {
    /// The criterion the field belongs to, if any.
    pub fn criterion(&self) -> Option<CriterionId> {
        match self {
            Field::Status(id) | Field::Note(id) => Some(*id),
            _ => None,
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::System => f.write_str("the system name"),
            Field::Respondent => f.write_str("the respondent"),
            Field::Date => f.write_str("the date"),
            Field::Status(id) => write!(f, "the status of `{id}`"),
            Field::Note(id) => write!(f, "the note on `{id}`"),
            Field::Other(name) => write!(f, "the {name}"),
            Field::Plan(field) => write!(f, "the `{field}` of the plan"),
            Field::Action { action, field } => write!(f, "the `{field}` of {action}"),
        }
    }
}
