//! A domain sheet: a row per criterion under sub-section and level headings, with the
//! `Status` and `Note` cells to fill in.

use rust_xlsxwriter::{DataValidation, Worksheet};

use super::fit::{height, lines};
use super::styles::{shade_statuses, Formats};
use super::table_sheet;
use crate::assessment::Assessment;
use crate::level::Level;
use crate::model::Domain;
use crate::workbook::error::WriteError;
use crate::workbook::{domain_sheet_name, status_label, HEADERS};

/// Column widths of a domain sheet (in characters of the default font), in the order
/// of [`HEADERS`].
const WIDTHS: [f64; 7] = [8.5, 11.0, 11.0, 20.0, 62.0, 14.0, 46.0];
/// The `Status` column.
pub(super) const STATUS_COLUMN: u16 = 5;
const NOTE_COLUMN: u16 = 6;
const LAST_COLUMN: u16 = 6;
/// The header row of a domain sheet (row 2; row 1 holds the domain's title).
const HEADER_ROW: u32 = 1;

/// Where a domain sheet holds each level's `Status` cells, for the Summary's formulas.
pub(super) struct DomainRows {
    /// The sheet's name.
    pub(super) sheet: String,
    /// For each sub-section of the domain in order, for each level in order, the first
    /// and last rows (from 0) of its criteria, which stand together; `None` for a level
    /// without criteria.
    pub(super) levels: Vec<[Option<(u32, u32)>; 3]>,
}

/// Writes a domain's sheet and says where its `Status` cells are.
pub(super) fn domain_sheet(
    sheet: &mut Worksheet,
    domain: &Domain,
    assessment: Option<&Assessment>,
    f: &Formats,
    validation: &DataValidation,
) -> Result<DomainRows, WriteError> {
    let name = domain_sheet_name(domain.id());
    table_sheet(sheet, &name, &WIDTHS, HEADER_ROW)?;

    let merged_width: f64 = WIDTHS[1..].iter().sum();
    let title = format!("Domain {}: {}", domain.id(), domain.title());
    sheet.set_row_height(0, 24)?;
    sheet.merge_range(0, 0, 0, LAST_COLUMN, &title, &f.title)?;
    sheet.set_row_height(HEADER_ROW, 20)?;
    for (column, header) in (0u16..).zip(HEADERS) {
        sheet.write_string_with_format(HEADER_ROW, column, header, &f.header)?;
    }

    let mut row = HEADER_ROW + 1;
    let first_row = row;
    let mut levels = Vec::new();
    for subsection in domain.subsections() {
        let text = format!("{} {}", subsection.id(), subsection.title());
        sheet.write_blank(row, 0, &f.subsection)?;
        sheet.merge_range(row, 1, row, LAST_COLUMN, &text, &f.subsection)?;
        // 12-point bold: 18 points a line.
        let heading_lines = lines(&text, merged_width, 12.0, true);
        sheet.set_row_height(row, 18.0 * f64::from(heading_lines) + 4.0)?;
        row += 1;
        let mut rows = [None; 3];
        for content in subsection.levels() {
            let level: Level = content.level();
            let text = format!("{}: {}", level.name(), content.headline());
            sheet.write_blank(row, 0, &f.level)?;
            // The level's name stands out in bold; the headline follows in italics.
            sheet.merge_range(row, 1, row, LAST_COLUMN, "", &f.level)?;
            let name = format!("{}: ", level.name());
            let parts = [
                (&f.level_name, name.as_str()),
                (&f.level_text, content.headline()),
            ];
            sheet.write_rich_string_with_format(row, 1, &parts, &f.level)?;
            sheet.set_row_height(row, height(&[(&text, merged_width)]))?;
            row += 1;
            let first = row;
            for theme in content.themes() {
                let theme_text = match theme.intro() {
                    Some(intro) => format!("{}\n{}", theme.name(), intro),
                    None => theme.name().to_owned(),
                };
                for criterion in theme.criteria() {
                    let mut text = String::from(criterion.text());
                    for point in criterion.points() {
                        text.push_str("\n• ");
                        text.push_str(point);
                    }
                    if let Some(closing) = criterion.closing() {
                        text.push('\n');
                        text.push_str(closing);
                    }
                    let id = criterion.id();
                    sheet.write_string_with_format(row, 0, id.to_string(), &f.cell)?;
                    sheet.write_string_with_format(
                        row,
                        1,
                        subsection.id().to_string(),
                        &f.cell_center,
                    )?;
                    sheet.write_string_with_format(row, 2, level.name(), &f.cell)?;
                    sheet.write_string_with_format(row, 3, &theme_text, &f.cell)?;
                    sheet.write_string_with_format(row, 4, &text, &f.cell)?;
                    let response = assessment.and_then(|a| a.response(id));
                    let note = response.as_ref().and_then(|r| r.note.as_deref());
                    let cells = [
                        (theme_text.as_str(), WIDTHS[3]),
                        (text.as_str(), WIDTHS[4]),
                        (note.unwrap_or(""), WIDTHS[6]),
                    ];
                    sheet.set_row_height(row, height(&cells))?;
                    match &response {
                        Some(r) => sheet.write_string_with_format(
                            row,
                            STATUS_COLUMN,
                            status_label(r.status),
                            &f.status,
                        )?,
                        None => sheet.write_blank(row, STATUS_COLUMN, &f.status)?,
                    };
                    match note {
                        Some(note) if !note.is_empty() => {
                            sheet.write_string_with_format(row, NOTE_COLUMN, note, &f.note)?
                        }
                        _ => sheet.write_blank(row, NOTE_COLUMN, &f.note)?,
                    };
                    row += 1;
                }
            }
            rows[level.index()] = (row > first).then(|| (first, row - 1));
        }
        levels.push(rows);
    }
    if row > first_row {
        sheet.add_data_validation(first_row, STATUS_COLUMN, row - 1, STATUS_COLUMN, validation)?;
        shade_statuses(sheet, first_row, row - 1, STATUS_COLUMN)?;
    }
    Ok(DomainRows {
        sheet: name,
        levels,
    })
}
