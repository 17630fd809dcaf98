//! The About sheet: the edition, the system, the respondent and the date.

use super::check_text;
use super::sheet::{header_key, Sheet, Value};
use crate::date::Date;
use crate::model::Matrix;
use crate::workbook::{edition, Cell, WorkbookError, ABOUT_SHEET};

/// What the About sheet says.
pub(super) struct About {
    pub(super) system: String,
    pub(super) respondent: Option<String>,
    pub(super) date: Option<Date>,
}

const LABELS: [&str; 5] = ["Matrix", "Version", "System", "Respondent", "Date"];

pub(super) fn read(matrix: &Matrix, sheet: &Sheet<'_>) -> Result<About, WorkbookError> {
    // The row labelled with each label in column A; its value is in column B. A label
    // in two rows is refused: which one is meant cannot be told.
    let mut found: [Option<u32>; 5] = [None; 5];
    for (row, column, _) in sheet.grid.cells() {
        if column != 0 {
            continue;
        }
        let label = header_key(&sheet.text(row, column)?);
        if let Some(i) = LABELS.iter().position(|l| header_key(l) == label) {
            if let Some(first) = found[i] {
                return Err(WorkbookError::LabelTwice {
                    label: LABELS[i],
                    first: sheet.cell(first, 0),
                    second: sheet.cell(row, 0),
                });
            }
            found[i] = Some(row);
        }
    }
    let value = |i: usize| -> Result<(Cell, String), WorkbookError> {
        let row = found[i].ok_or(WorkbookError::MissingLabel {
            sheet: ABOUT_SHEET,
            label: LABELS[i],
        })?;
        let text = sheet.text(row, 1)?.into_owned();
        Ok((sheet.cell(row, 1), text))
    };

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

/// The Date cell: a date cell (a whole day from 1900 to 9999) or ISO text, or blank.
fn date(sheet: &Sheet<'_>, row: u32, column: u32) -> Result<Option<Date>, WorkbookError> {
    let cell = sheet.cell(row, column);
    let invalid = |value: String, reason: String| WorkbookError::InvalidDate {
        cell: cell.clone(),
        value,
        reason,
    };
    match sheet.value(row, column) {
        None => Ok(None),
        Some(Value::Number { value, style }) if sheet.styles.is_date(*style) => {
            let (date, seconds) = sheet.serial(row, column, *value)?;
            if seconds != 0 {
                return Err(invalid(
                    sheet.text(row, column)?.into_owned(),
                    "a date without a time".to_owned(),
                ));
            }
            Ok(Some(date))
        }
        Some(Value::Number { .. } | Value::Bool(_) | Value::Error(_)) => Err(invalid(
            sheet.text(row, column)?.into_owned(),
            "a number, not a date cell or text".to_owned(),
        )),
        Some(Value::Shared(_) | Value::Text(_) | Value::IsoDate(_)) => {
            let text = sheet.text(row, column)?;
            let trimmed = text.trim();
            if trimmed.is_empty() {
                return Ok(None);
            }
            // ISO text; a spreadsheet may add a midnight time to a date.
            let day = trimmed
                .strip_suffix("T00:00:00")
                .or_else(|| trimmed.strip_suffix(" 00:00:00"))
                .unwrap_or(trimmed);
            day.parse::<Date>()
                .map(Some)
                .map_err(|e| invalid(text.clone().into_owned(), e.to_string()))
        }
    }
}
