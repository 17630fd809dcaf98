//! The About sheet: the edition, the system, the respondent and the date.

use super::layout::labels;
use super::sheet::Sheet;
use super::{check_text, date};
use crate::date::Date;
use crate::error::{Cell, Error, Field, Kind};
use crate::model::Matrix;
use crate::workbook::ABOUT_SHEET;

/// What the About sheet says.
pub(super) struct About {
    pub(super) system: String,
    pub(super) respondent: Option<String>,
    pub(super) date: Option<Date>,
}

const LABELS: [&str; 5] = ["Matrix", "Version", "System", "Respondent", "Date"];

pub(super) fn read(matrix: &Matrix, sheet: &Sheet<'_>) -> Result<About, Error> {
    let found = check_edition(matrix, sheet)?;
    let value = |i: usize| value(sheet, &found, i);
    let (system_cell, system) = value(2)?;
    check_text(system_cell, Field::System, &system)?;
    let respondent = match found[3] {
        Some(_) => {
            let (cell, respondent) = value(3)?;
            check_text(cell, Field::Respondent, &respondent)?;
            (!respondent.trim().is_empty()).then_some(respondent)
        }
        None => None,
    };
    let date = match found[4] {
        Some(row) => date(sheet, row, 1, Field::Date)?,
        None => None,
    };
    Ok(About {
        system,
        respondent,
        date,
    })
}

/// The value cell of label `i` and its text; a missing label is an error.
fn value(sheet: &Sheet<'_>, found: &[Option<u32>; 5], i: usize) -> Result<(Cell, String), Error> {
    let row = found[i].ok_or(
        Error::from(Kind::MissingLabel { label: LABELS[i] })
            .at(crate::error::Place::Sheet(ABOUT_SHEET.to_owned())),
    )?;
    let text = sheet.text(row, 1)?.into_owned();
    Ok((sheet.cell(row, 1), text))
}

/// Checks that the About sheet's `Matrix` and `Version` name `matrix`'s edition, and
/// returns the row of each label (a label in two rows is refused).
pub(super) fn check_edition(matrix: &Matrix, sheet: &Sheet<'_>) -> Result<[Option<u32>; 5], Error> {
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
        return Err(Error::from(Kind::WrongEdition {
            what: "workbook",
            matrix: matrix_id.to_owned(),
            version: version.to_owned(),
            expected: format!("{} {}", matrix.id(), matrix.version()),
        })
        .at(cell));
    }
    Ok(found)
}
