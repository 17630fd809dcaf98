//! The About sheet: the edition, the system, the respondent and the date.

use super::layout::labels;
use super::sheet::Sheet;
use super::{check_text, date};
use crate::date::Date;
use crate::model::Matrix;
use crate::workbook::error::{Cell, WorkbookError};
use crate::workbook::{edition, ABOUT_SHEET};

/// What the About sheet says.
pub(super) struct About {
    pub(super) system: String,
    pub(super) respondent: Option<String>,
    pub(super) date: Option<Date>,
}

const LABELS: [&str; 5] = ["Matrix", "Version", "System", "Respondent", "Date"];

pub(super) fn read(matrix: &Matrix, sheet: &Sheet<'_>) -> Result<About, WorkbookError> {
    let found = check_edition(matrix, sheet)?;
    let value = |i: usize| value(sheet, &found, i);
    let (system_cell, system) = value(2)?;
    if system.trim().is_empty() {
        return Err(WorkbookError::EmptySystem { cell: system_cell });
    }
    check_text(system_cell, &system)?;
    let respondent = match found[3] {
        Some(_) => {
            let (cell, respondent) = value(3)?;
            check_text(cell, &respondent)?;
            (!respondent.trim().is_empty()).then_some(respondent)
        }
        None => None,
    };
    let date = match found[4] {
        Some(row) => date(sheet, row, 1)?,
        None => None,
    };
    Ok(About {
        system,
        respondent,
        date,
    })
}

/// The value cell of label `i` and its text; a missing label is an error.
fn value(
    sheet: &Sheet<'_>,
    found: &[Option<u32>; 5],
    i: usize,
) -> Result<(Cell, String), WorkbookError> {
    let row = found[i].ok_or(WorkbookError::MissingLabel {
        sheet: ABOUT_SHEET,
        label: LABELS[i],
    })?;
    let text = sheet.text(row, 1)?.into_owned();
    Ok((sheet.cell(row, 1), text))
}

/// Checks that the About sheet's `Matrix` and `Version` name `matrix`'s edition, and
/// returns the row of each label (a label in two rows is refused).
pub(super) fn check_edition(
    matrix: &Matrix,
    sheet: &Sheet<'_>,
) -> Result<[Option<u32>; 5], WorkbookError> {
    let found = labels(sheet, LABELS, None)?;
    let value = |i: usize| value(sheet, &found, i);
    let (matrix_cell, matrix_id) = value(0)?;
    let (version_cell, version) = value(1)?;
    let (matrix_id, version) = (matrix_id.trim(), version.trim());
    if matrix_id != matrix.id() || version != matrix.version() {
        let cell = if matrix_id != matrix.id() {
            matrix_cell
        } else {
            version_cell
        };
        return Err(WorkbookError::WrongEdition {
            cell,
            found: match format!("{matrix_id} {version}").trim() {
                "" => "no edition (Matrix and Version are blank)".to_owned(),
                named => named.to_owned(),
            },
            expected: edition(matrix),
        });
    }
    Ok(found)
}
