//! A criterion sheet: a header row with `ID`, `Status` and `Note`, then a row per
//! criterion answered.

use std::collections::HashMap;

use super::check_text;
use super::layout::{header, refuse_merges};
use super::sheet::Sheet;
use crate::assessment::{Response, Status};
use crate::error::{Cell, Error, Field, Kind};
use crate::id::CriterionId;
use crate::model::Matrix;
use crate::workbook::by_label;

/// The columns read, in the order of [`header`]'s names.
const COLUMNS: [&str; 3] = ["ID", "Status", "Note"];

/// The responses of a criterion sheet, in row order. `seen` holds the criteria read so
/// far in the workbook, with their cells, so that a criterion twice names both.
pub(super) fn read(
    matrix: &Matrix,
    sheet: &Sheet<'_>,
    seen: &mut HashMap<CriterionId, Cell>,
) -> Result<Vec<(CriterionId, Response)>, Error> {
    let missing = |header, row| {
        Error::from(Kind::MissingHeader { header, row })
            .at(crate::error::Place::Sheet(sheet.name.to_owned()))
    };
    let (header_row, found) = header(sheet, COLUMNS)?.ok_or_else(|| missing("ID", None))?;
    let id_column = found[0].ok_or_else(|| missing("ID", Some(header_row)))?;
    let status_column = found[1].ok_or_else(|| missing("Status", Some(header_row)))?;
    let note_column = found[2];
    let read_columns = [Some(id_column), Some(status_column), note_column];
    let is_read = |column: u32| read_columns.contains(&Some(column));

    // The rows below the header with something in a column read, in order.
    let mut rows: Vec<u32> = Vec::new();
    for (row, column, _) in sheet.grid.cells() {
        if row > header_row && is_read(column) && rows.last() != Some(&row) {
            rows.push(row);
        }
    }
    let mut columns = vec![(id_column, COLUMNS[0]), (status_column, COLUMNS[1])];
    columns.extend(note_column.map(|c| (c, COLUMNS[2])));
    refuse_merges(sheet, header_row, &columns, id_column)?;

    let mut out = Vec::new();
    for row in rows {
        let id_text = sheet.text(row, id_column)?;
        let status_text = sheet.text(row, status_column)?;
        let note = match note_column {
            Some(column) => Some((column, sheet.text(row, column)?)).filter(|(_, n)| !n.is_empty()),
            None => None,
        };
        let trimmed = id_text.trim();
        if trimmed.is_empty() {
            // A heading or blank row; a status or note there belongs to no criterion.
            if !status_text.trim().is_empty() {
                return Err(Error::from(Kind::WithoutId {
                    header: "Status",
                    action: false,
                })
                .at(sheet.cell(row, status_column)));
            }
            if let Some((column, _)) = note {
                return Err(Error::from(Kind::WithoutId {
                    header: "Note",
                    action: false,
                })
                .at(sheet.cell(row, column)));
            }
            continue;
        }
        let cell = sheet.cell(row, id_column);
        let id = trimmed
            .parse::<CriterionId>()
            .ok()
            .filter(|id| matrix.criterion(*id).is_some())
            .ok_or_else(|| {
                Error::from(Kind::UnknownCriterion {
                    id: id_text.clone().into_owned(),
                    action: None,
                    suggestion: matrix.nearest_criterion(trimmed),
                })
                .at(cell.clone())
            })?;
        if let Some(first) = seen.get(&id) {
            return Err(Error::from(Kind::DuplicateResponse {
                id,
                first: crate::error::Place::Cell(first.clone()),
            })
            .at(cell));
        }
        seen.insert(id, cell);
        if status_text.trim().is_empty() {
            if let Some((column, _)) = note {
                return Err(Error::from(Kind::NoteWithoutStatus { id }).at(sheet.cell(row, column)));
            }
            continue;
        }
        let status = status(sheet.cell(row, status_column), id, &status_text)?;
        let note = match note {
            Some((column, note)) => {
                check_text(sheet.cell(row, column), Field::Note(id), &note)?;
                Some(note.into_owned())
            }
            None => None,
        };
        out.push((id, Response { status, note }));
    }
    Ok(out)
}

/// A status label or ID, ignoring case and surrounding white space.
fn status(cell: Cell, id: CriterionId, value: &str) -> Result<Status, Error> {
    by_label(
        value,
        Status::ALL.map(|s| (s, crate::workbook::status_label(s), s.as_str())),
    )
    .map_err(|nearest| {
        Error::from(Kind::UnknownStatus {
            id,
            value: value.to_owned(),
            expected: Status::ALL.map(crate::workbook::status_label).to_vec(),
            suggestion: nearest,
        })
        .at(cell)
    })
}
