//! Errors: what is wrong with input and where ([`Error`]), and why values given to an
//! operation cannot be put together ([`Conflict`]).
//!
//! # Why this shape
//!
//! Input reaches the crate three ways: a JSON text (a file, a request body), a workbook,
//! and values built in code (a form's fields). The rules are the same each way, so each
//! rule is one [`Kind`], its message written once, and the three ways differ only in the
//! [`Place`] an error carries: a line and column of the JSON text, a sheet and cell of
//! the workbook, or none for a value built in code. The field (the system name, the note
//! on `1.1-D1`, the `due` of an action) is part of what is wrong, so it is in the kind and
//! the same from every source. A program that maps an error back to its input asks the
//! error, whatever its source:
//!
//! - [`Error::kind`]: which rule, to match on;
//! - [`Error::field`] and [`Error::criterion`]: which field, which criterion (as the input
//!   wrote it);
//! - [`Error::place`], [`Error::position`], [`Error::cell`]: where in the text or workbook.
//!
//! So [`Error`] is one type with accessors, as `http` and `jiff` have one error type,
//! rather than an error per reader: a request that reads a form, a plan and a workbook
//! meets one type, and a form that is read whole
//! ([`AssessmentBuilder::build_all`](crate::AssessmentBuilder::build_all)) gives a list of
//! them. It is boxed, so that a `Result` stays two words wide.
//!
//! Putting well-formed values together is another matter: two assessments of different
//! systems compared, a cohort with none, partners' assessments of two editions. Nothing
//! in any one input is wrong, and there is no field or place to point to, so these are a
//! separate, small [`Conflict`], returned by the operations (comparison, cohort,
//! perspectives, board report, plan review, migration, editions) and never by a reader.
//!
//! ```
//! use mhics::error::{Field, Kind};
//! use mhics::{Assessment, Status};
//!
//! let errors = Assessment::builder("Riverside")
//!     .answer("1.1-D9", "met", "")
//!     .answer("1.1-D2", "maybe", "We are not sure")
//!     .build_all()
//!     .unwrap_err();
//! assert_eq!(errors.len(), 2);
//! assert!(matches!(errors[0].kind(), Kind::UnknownCriterion { .. }));
//! assert_eq!(errors[0].criterion().as_deref(), Some("1.1-D9"));
//! assert_eq!(errors[1].field(), Some(Field::Status("1.1-D2".parse()?)));
//! assert_eq!(errors[1].position(), None);
//!
//! let err = Assessment::from_json("{\"system\": \"\"}").unwrap_err();
//! assert_eq!(err.field(), Some(Field::System));
//! assert_eq!(err.position().map(|p| p.line), Some(1));
//! # Ok::<(), mhics::Error>(())
//! ```

use core::fmt;

mod conflict;
mod field;
mod kind;
mod message;
mod place;

pub use conflict::Conflict;
pub use field::Field;
pub use kind::{DateReason, Kind};
pub use place::{Cell, Place, Position};

#[cfg(feature = "xlsx")]
pub(crate) use place::column_name;
pub(crate) use place::SheetName;

/// What is wrong with input, and where: a JSON text, a workbook or a value built in
/// code. See the [module documentation](self) for why it has this shape.
///
/// `Display` writes one line: for a JSON text with its line and column (`unknown
/// criterion ID "1.1-D9" at line 4, column 7; did you mean ...`), for a workbook
/// starting with its sheet or cell (`'Domain 1'!F9: unknown status "Mte" ...`). Text
/// from input in a message is quoted and escaped, so it cannot break the line.
#[derive(Clone, PartialEq, Eq)]
pub struct Error(Box<Inner>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Inner {
    kind: Kind,
    place: Place,
}

impl Error {
    /// An error of `kind`, found nowhere in particular.
    pub(crate) fn new(kind: Kind) -> Error {
        Error(Box::new(Inner {
            kind,
            place: Place::None,
        }))
    }

    /// What is wrong: the rule the input breaks.
    pub fn kind(&self) -> &Kind {
        &self.0.kind
    }

    /// Where it was found.
    pub fn place(&self) -> &Place {
        &self.0.place
    }

    /// The line and column in the JSON text, if the error came from one.
    pub fn position(&self) -> Option<Position> {
        self.0.place.position()
    }

    /// The workbook cell, if the error is about one.
    pub fn cell(&self) -> Option<&Cell> {
        self.0.place.cell()
    }

    /// The field of an assessment or plan the error is about, if it is about one: e.g.
    /// [`Field::Note`] for a note with a control character, [`Field::Status`] for an
    /// unknown status or a criterion answered twice, [`Field::System`] for an empty
    /// system name.
    pub fn field(&self) -> Option<Field> {
        match &self.0.kind {
            Kind::ControlCharacter { field, .. }
            | Kind::TextTooLong { field, .. }
            | Kind::InvalidDate { field, .. } => field.clone(),
            Kind::Empty { field } => Some(field.clone()),
            Kind::UnknownStatus { id, .. } | Kind::DuplicateResponse { id, .. } => {
                Some(Field::Status(*id))
            }
            Kind::NoteWithoutStatus { id } => Some(Field::Note(*id)),
            Kind::UnknownActionStatus { action, .. } => Some(Field::Action {
                action: action.clone(),
                field: "status",
            }),
            Kind::UnknownCriterion {
                action: Some(action),
                ..
            }
            | Kind::DuplicateActionCriterion { action, .. } => Some(Field::Action {
                action: action.clone(),
                field: "criteria",
            }),
            Kind::DuplicateAction { id, .. } => Some(Field::Action {
                action: crate::plan::action::label(id),
                field: "id",
            }),
            _ => None,
        }
    }

    /// The criterion the error is about, as the input wrote it (an unknown ID as given,
    /// e.g. `1.1-d3`), if it is about one.
    pub fn criterion(&self) -> Option<String> {
        match &self.0.kind {
            Kind::UnknownCriterion { id, .. } => Some(id.clone()),
            Kind::DuplicateActionCriterion { id, .. } => Some(id.to_string()),
            _ => self.field()?.criterion().map(|id| id.to_string()),
        }
    }

    /// The same error, found at `place`: for a program that reads input of its own
    /// and reports it with the crate's errors. An error is made from its [`Kind`] with
    /// `Error::from(kind)`.
    pub fn at(mut self, place: impl Into<Place>) -> Error {
        self.0.place = place.into();
        self
    }
}

impl From<Kind> for Error {
    fn from(kind: Kind) -> Error {
        Error::new(kind)
    }
}

impl From<Position> for Place {
    fn from(position: Position) -> Place {
        Place::Json(position)
    }
}

impl From<Cell> for Place {
    fn from(cell: Cell) -> Place {
        Place::Cell(cell)
    }
}

/// ` at line L, column C`, or nothing.
struct At(Option<Position>);

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(position) => write!(f, " at {position}"),
            None => Ok(()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0.place {
            Place::Cell(cell) => write!(f, "{cell}: ")?,
            Place::Sheet(sheet) => write!(f, "{}: ", SheetName(sheet))?,
            Place::None | Place::Json(_) => {}
        }
        self.0.kind.write(f, &At(self.position()))
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.0.kind)
            .field("place", &self.0.place)
            .finish()
    }
}

impl std::error::Error for Error {}
