//! Reading a filled workbook back into an assessment.

use std::collections::{BTreeMap, HashMap};
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::{
    edit_distance, edition, Cell, DidYouMean, WorkbookError, ABOUT_SHEET, MAX_CELLS, MAX_SIZE,
    MAX_UNZIPPED, STATUS_LABELS, SUMMARY_SHEET,
};
use crate::assessment::{Assessment, Response, Status};
use crate::date::Date;
use crate::edition::Edition;
use crate::id::CriterionId;
use crate::model::Matrix;

/// Reads a filled workbook (the bytes of an `.xlsx` file, at most
/// [`MAX_SIZE`](super::MAX_SIZE)) into an assessment of `edition`; a workbook of
/// another edition is refused, naming both.
///
/// What is read, and how, is described in the [module documentation](super). Every
/// problem is a [`WorkbookError`] naming the sheet and cell; no input panics.
///
/// ```
/// use mhics::{workbook, Mhics2019, Status};
///
/// # let bytes = workbook::write(Mhics2019, Some(&mhics::Assessment::builder("Riverside")
/// #     .respond("2.1-D3", Status::Partial).build()?))?;
/// // `bytes`: a workbook written by `workbook::write` and filled in.
/// let assessment = workbook::read(Mhics2019, &bytes)?;
/// assert_eq!(assessment.system(), "Riverside");
/// assert_eq!(assessment.status("2.1-D3".parse()?), Some(Status::Partial));
///
/// let err = workbook::read(Mhics2019, b"system,status\n").unwrap_err();
/// assert!(err.to_string().starts_with("not an .xlsx workbook"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read<E: Edition>(edition: E, bytes: &[u8]) -> Result<Assessment<E>, WorkbookError> {
    let matrix = E::MATRIX;
    if bytes.is_empty() {
        return Err(WorkbookError::Empty);
    }
    if bytes.len() > MAX_SIZE {
        return Err(WorkbookError::TooLarge {
            size: bytes.len(),
            limit: MAX_SIZE,
        });
    }
    // The unzipped size is bounded before calamine unzips anything: the archive reader
    // refuses to read past the sizes the archive declares, so checking them bounds it.
    // (The central directory gives every entry's size, also for entries written with a
    // data descriptor, as workbook writers do.)
    let not_a_workbook = |e: zip::result::ZipError| WorkbookError::NotAWorkbook {
        reason: e.to_string(),
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(not_a_workbook)?;
    let mut unzipped: u128 = 0;
    for i in 0..archive.len() {
        unzipped += u128::from(archive.by_index_raw(i).map_err(not_a_workbook)?.size());
    }
    if unzipped > u128::from(MAX_UNZIPPED) {
        return Err(WorkbookError::TooLargeUnzipped {
            size: unzipped,
            limit: MAX_UNZIPPED,
        });
    }
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| WorkbookError::NotAWorkbook {
            reason: e.to_string(),
        })?;
    let names = workbook.sheet_names();
    if !names.iter().any(|n| n == ABOUT_SHEET) {
        return Err(WorkbookError::MissingSheet { sheet: ABOUT_SHEET });
    }
    let about = sheet(&mut workbook, ABOUT_SHEET)?;
    let header = about_fields(matrix, &about)?;

    let mut builder = Assessment::builder_in(edition, header.system);
    if let Some(respondent) = header.respondent {
        builder = builder.respondent(respondent);
    }
    if let Some(date) = header.date {
        builder = builder.date(date);
    }
    let mut seen: HashMap<CriterionId, Cell> = HashMap::new();
    for name in names
        .iter()
        .filter(|n| *n != ABOUT_SHEET && *n != SUMMARY_SHEET)
    {
        let range = sheet(&mut workbook, name)?;
        if range.is_empty() {
            continue;
        }
        for (id, response) in criterion_rows(matrix, name, &range, &mut seen)? {
            builder = builder.response(id.to_string(), response);
        }
    }
    Ok(builder.build()?)
}

/// The cells of a sheet that hold anything, by (row, column) from 0.
///
/// Cells are streamed into a sparse map rather than a dense range: a few cells far
/// apart (say `A1` and `XFD1048576`) must not make the reader allocate the rectangle
/// between them.
type Sheet = BTreeMap<(u32, u32), Data>;

fn sheet(workbook: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Sheet, WorkbookError> {
    let unreadable = |e: calamine::XlsxError| WorkbookError::UnreadableSheet {
        sheet: name.to_owned(),
        reason: e.to_string(),
    };
    let mut reader = workbook.worksheet_cells_reader(name).map_err(unreadable)?;
    let mut cells = Sheet::new();
    while let Some(cell) = reader.next_cell().map_err(unreadable)? {
        let (row, column) = cell.get_position();
        let data = Data::from(cell.get_value().clone());
        if data == Data::Empty {
            continue;
        }
        if cells.len() >= MAX_CELLS {
            return Err(WorkbookError::TooManyCells {
                sheet: name.to_owned(),
                limit: MAX_CELLS,
            });
        }
        cells.insert((row, column), data);
    }
    Ok(cells)
}

/// A header or label, compared ignoring case and white space.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// What a cell holds, as text: strings exactly; numbers as a spreadsheet shows them
/// in the General format; dates as `YYYY-MM-DD`.
fn text(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(x) => x.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(dt) => {
            let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
            if (hh, mm, ss) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02}")
            }
        }
        Data::Error(e) => e.to_string(),
    }
}

/// Each cell of a sheet, row by row, with its row and column.
fn cells(sheet: &Sheet) -> impl Iterator<Item = (u32, u32, &Data)> {
    sheet
        .iter()
        .map(|(&(row, column), data)| (row, column, data))
}

/// The value of a cell; empty when the sheet has nothing there.
fn get(sheet: &Sheet, row: u32, column: u32) -> &Data {
    sheet.get(&(row, column)).unwrap_or(&Data::Empty)
}

struct Header {
    system: String,
    respondent: Option<String>,
    date: Option<Date>,
}

fn about_fields(matrix: &Matrix, range: &Sheet) -> Result<Header, WorkbookError> {
    const LABELS: [&str; 5] = ["Matrix", "Version", "System", "Respondent", "Date"];
    // The first row labelled with each label; its value is in column B.
    let mut found: [Option<u32>; 5] = [None; 5];
    for (row, column, data) in cells(range) {
        if column != 0 {
            continue;
        }
        let label = key(&text(data));
        if let Some(i) = LABELS.iter().position(|l| key(l) == label) {
            found[i].get_or_insert(row);
        }
    }
    let value = |i: usize| -> Result<(Cell, Data), WorkbookError> {
        let row = found[i].ok_or(WorkbookError::MissingLabel {
            sheet: ABOUT_SHEET,
            label: LABELS[i],
        })?;
        let data = get(range, row, 1).clone();
        Ok((Cell::new(ABOUT_SHEET, row, 1), data))
    };

    let (matrix_cell, matrix_id) = value(0)?;
    let (version_cell, version) = value(1)?;
    let (matrix_id, version) = (text(&matrix_id), text(&version));
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
    let system = text(&system);
    if system.trim().is_empty() {
        return Err(WorkbookError::EmptySystem { cell: system_cell });
    }
    let respondent = match found[3] {
        Some(_) => {
            let respondent = text(&value(3)?.1);
            (!respondent.trim().is_empty()).then_some(respondent)
        }
        None => None,
    };
    let date = match found[4] {
        Some(_) => {
            let (cell, data) = value(4)?;
            date(cell, &data)?
        }
        None => None,
    };
    Ok(Header {
        system,
        respondent,
        date,
    })
}

fn date(cell: Cell, data: &Data) -> Result<Option<Date>, WorkbookError> {
    let invalid = |value: String, reason: String| WorkbookError::InvalidDate {
        cell: cell.clone(),
        value,
        reason,
    };
    match data {
        Data::Empty => Ok(None),
        Data::String(s) if s.trim().is_empty() => Ok(None),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, hh, mm, ss, ms) = dt.to_ymd_hms_milli();
            if (hh, mm, ss, ms) != (0, 0, 0, 0) {
                return Err(invalid(text(data), "a date without a time".to_owned()));
            }
            Date::new(y, m, d)
                .map(Some)
                .map_err(|e| invalid(text(data), e.to_string()))
        }
        Data::String(s) | Data::DateTimeIso(s) => {
            // ISO text; a spreadsheet may add a midnight time to a date.
            let trimmed = s.trim();
            let day = trimmed
                .strip_suffix("T00:00:00")
                .or_else(|| trimmed.strip_suffix(" 00:00:00"))
                .unwrap_or(trimmed);
            day.parse::<Date>()
                .map(Some)
                .map_err(|e| invalid(s.clone(), e.to_string()))
        }
        other => Err(invalid(
            text(other),
            "a number, not a date cell or text".to_owned(),
        )),
    }
}

/// The columns of a criterion sheet, found by their header.
struct Columns {
    header_row: u32,
    id: u32,
    status: u32,
    note: Option<u32>,
}

fn columns(sheet: &str, range: &Sheet) -> Result<Columns, WorkbookError> {
    let header_row = cells(range)
        .find(|(_, _, data)| matches!(data, Data::String(s) if key(s) == "id"))
        .map(|(row, _, _)| row)
        .ok_or_else(|| WorkbookError::MissingHeader {
            sheet: sheet.to_owned(),
            header: "ID",
            row: None,
        })?;
    let mut found: [Option<u32>; 3] = [None; 3];
    const NAMES: [&str; 3] = ["ID", "Status", "Note"];
    for (row, column, data) in cells(range) {
        if row != header_row {
            continue;
        }
        let Data::String(s) = data else { continue };
        let Some(i) = NAMES.iter().position(|n| key(n) == key(s)) else {
            continue;
        };
        if let Some(first) = found[i] {
            return Err(WorkbookError::DuplicateHeader {
                header: NAMES[i],
                first: Cell::new(sheet, header_row, first),
                second: Cell::new(sheet, header_row, column),
            });
        }
        found[i] = Some(column);
    }
    let missing = |header| WorkbookError::MissingHeader {
        sheet: sheet.to_owned(),
        header,
        row: Some(header_row),
    };
    Ok(Columns {
        header_row,
        id: found[0].ok_or_else(|| missing("ID"))?,
        status: found[1].ok_or_else(|| missing("Status"))?,
        note: found[2],
    })
}

/// A status label or ID, ignoring case and surrounding white space.
fn status(cell: Cell, value: &str) -> Result<Status, WorkbookError> {
    let wanted = value.trim().to_lowercase();
    for status in Status::ALL {
        if wanted == super::status_label(status).to_lowercase() || wanted == status.as_str() {
            return Ok(status);
        }
    }
    let nearest = STATUS_LABELS
        .iter()
        .map(|label| (edit_distance(&wanted, &label.to_lowercase()), *label))
        .min_by_key(|(d, _)| *d)
        .filter(|(d, _)| *d <= 3)
        .map(|(_, label)| label.to_owned());
    Err(WorkbookError::UnknownStatus {
        cell,
        value: value.to_owned(),
        suggestion: DidYouMean(nearest),
    })
}

fn criterion_rows(
    matrix: &Matrix,
    sheet: &str,
    range: &Sheet,
    seen: &mut HashMap<CriterionId, Cell>,
) -> Result<Vec<(CriterionId, Response)>, WorkbookError> {
    let columns = columns(sheet, range)?;
    let get = |row: u32, column: u32| get(range, row, column);
    // The rows below the header with something in the ID column, in order.
    let rows: Vec<u32> = cells(range)
        .filter(|&(row, column, _)| row > columns.header_row && column == columns.id)
        .map(|(row, _, _)| row)
        .collect();
    let mut out = Vec::new();
    for row in rows {
        let id_text = text(get(row, columns.id));
        let trimmed = id_text.trim();
        if trimmed.is_empty() {
            continue;
        }
        let cell = Cell::new(sheet, row, columns.id);
        let id = trimmed
            .parse::<CriterionId>()
            .ok()
            .filter(|id| matrix.criterion(*id).is_some())
            .ok_or_else(|| WorkbookError::UnknownCriterion {
                cell: cell.clone(),
                id: id_text.clone(),
                edition: edition(matrix),
                suggestion: DidYouMean(matrix.nearest_criterion(trimmed).map(|id| id.to_string())),
            })?;
        if let Some(first) = seen.get(&id) {
            return Err(WorkbookError::DuplicateId {
                id,
                first: first.clone(),
                second: cell,
            });
        }
        seen.insert(id, cell);
        let status_text = text(get(row, columns.status));
        let note = columns
            .note
            .map(|column| (column, text(get(row, column))))
            .filter(|(_, note)| !note.is_empty());
        if status_text.trim().is_empty() {
            if let Some((column, _)) = note {
                return Err(WorkbookError::NoteWithoutStatus {
                    cell: Cell::new(sheet, row, column),
                    id,
                });
            }
            continue;
        }
        let status = status(Cell::new(sheet, row, columns.status), &status_text)?;
        out.push((
            id,
            Response {
                status,
                note: note.map(|(_, note)| note),
            },
        ));
    }
    Ok(out)
}
