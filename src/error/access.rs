//! What an [`Error`] is about and where: its field, its criterion, its place in a JSON
//! text.

use super::{Error, Field, Position};

/// Matches the errors that can come from a JSON text, binding their position field.
macro_rules! with_position {
    ($error:expr, $position:ident => $found:expr, _ => $other:expr) => {
        match $error {
            Error::Json { $position, .. }
            | Error::UnknownField { $position, .. }
            | Error::MissingField { $position, .. }
            | Error::DuplicateField { $position, .. }
            | Error::UnknownCriterion { $position, .. }
            | Error::DuplicateResponse { $position, .. }
            | Error::UnknownStatus { $position, .. }
            | Error::NoteWithoutStatus { $position, .. }
            | Error::WrongMatrix { $position, .. }
            | Error::UnsupportedEdition { $position, .. }
            | Error::UnknownEdition { $position, .. }
            | Error::InvalidDate { $position, .. }
            | Error::EmptySystem { $position }
            | Error::ControlCharacter { $position, .. }
            | Error::TextTooLong { $position, .. }
            | Error::LoneSurrogate { $position, .. }
            | Error::PlanEdition { $position, .. }
            | Error::EmptyPlanField { $position, .. }
            | Error::DuplicateAction { $position, .. }
            | Error::UnknownActionCriterion { $position, .. }
            | Error::DuplicateActionCriterion { $position, .. }
            | Error::UnknownActionStatus { $position, .. }
            | Error::InvalidPlanDate { $position, .. } => $found,
            Error::Id(_)
            | Error::DifferentSystems { .. }
            | Error::DatesOutOfOrder { .. }
            | Error::EmptyCohort
            | Error::MixedEditions { .. }
            | Error::NotOfEdition { .. }
            | Error::EditionTwice { .. }
            | Error::NoEditions
            | Error::Unrecognised { .. }
            | Error::WrongKind { .. }
            | Error::TooLarge { .. }
            | Error::SystemTwice { .. }
            | Error::PlanSystem { .. }
            | Error::PlanTooLarge { .. }
            | Error::PartnersOfAnotherSystem { .. } => $other,
        }
    };
}

impl Error {
    /// The field of an assessment or plan the error is about, if it is about one: e.g.
    /// [`Field::Note`] for a note with a control character, [`Field::Status`] for an
    /// unknown status or a criterion answered twice, [`Field::System`] for an empty
    /// system name.
    pub fn field(&self) -> Option<Field> {
        match self {
            Error::ControlCharacter { field, .. }
            | Error::TextTooLong { field, .. }
            | Error::EmptyPlanField { field, .. }
            | Error::InvalidPlanDate { field, .. } => Some(field.clone()),
            Error::EmptySystem { .. } => Some(Field::System),
            Error::InvalidDate { .. } => Some(Field::Date),
            Error::UnknownStatus { id, .. } | Error::DuplicateResponse { id, .. } => {
                Some(Field::Status(*id))
            }
            Error::NoteWithoutStatus { id, .. } => Some(Field::Note(*id)),
            _ => None,
        }
    }

    /// The criterion the error is about, as the input wrote it (an unknown ID as given,
    /// e.g. `1.1-d3`), if it is about one.
    pub fn criterion(&self) -> Option<String> {
        match self {
            Error::UnknownCriterion { id, .. } | Error::UnknownActionCriterion { id, .. } => {
                Some(id.clone())
            }
            Error::DuplicateActionCriterion { id, .. } => Some(id.to_string()),
            _ => self.field()?.criterion().map(|id| id.to_string()),
        }
    }

    /// Where in the JSON text the error was found, if it came from one.
    pub fn position(&self) -> Position {
        with_position!(self, position => *position, _ => Position::NONE)
    }

    /// The same error, placed at `at` (for errors found while reading JSON).
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn at(mut self, at: Position) -> Error {
        with_position!(&mut self, position => *position = at, _ => {});
        self
    }
}
