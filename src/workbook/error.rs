//! What can go wrong writing a workbook ([`WriteError`]). Reading one gives the crate's
//! [`Error`](crate::Error), placed at its sheet and cell.

use crate::error::{Conflict, Field};
use crate::name::escaped;
use crate::workbook::MAX_CELL_CHARS;

/// Why a workbook could not be written by [`write`](super::write()) or
/// [`write_with_plan`](super::write_with_plan).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// The values given do not go together: an assessment or plan of another edition
    /// than the workbook's ([`Conflict::NotOfEdition`]), or a plan of another system than
    /// the assessment ([`Conflict::PlanSystem`]).
    #[error(transparent)]
    Conflict(#[from] Conflict),
    /// A text too long for a workbook cell ([`MAX_CELL_CHARS`]); nothing is cut.
    #[error("{} is {length} characters long; a workbook cell holds at most {limit}", escaped(&field.to_string()), limit = MAX_CELL_CHARS)]
    TooLong {
        /// The field.
        field: Field,
        /// Its length in UTF-16 code units, as a spreadsheet counts.
        length: usize,
    },
    /// The workbook would be larger than the reader takes ([`MAX_SIZE`](super::MAX_SIZE)).
    #[error("the workbook would be {size} bytes, more than the {limit} bytes a workbook may have")]
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// [`MAX_SIZE`](super::MAX_SIZE).
        limit: usize,
    },
    /// The workbook writer failed.
    #[error("cannot write the workbook: {}", escaped(reason))]
    Failed {
        /// What the writer reported.
        reason: String,
    },
}
