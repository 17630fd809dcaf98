//! The Action plan sheet: the plan's system and dates, then a row per action with its
//! ID, title, criteria, owner, lead, due date, status and note, and blank rows below to
//! add actions in; every one of those cells is to fill in.

use rust_xlsxwriter::{DataValidation, Format, Worksheet};

use super::fit::{height, lines};
use super::styles::Formats;
use super::{date_validation, table_sheet, write_date};
use crate::id::CriterionId;
use crate::plan::Plan;
use crate::workbook::error::WriteError;
use crate::workbook::{ACTION_STATUS_LABELS, PLAN_HEADERS, PLAN_LABELS, PLAN_SHEET};

/// Column widths (in characters of the default font), in the order of [`PLAN_HEADERS`].
/// The `ID` column is as wide as its longest label, `Assessed`, needs.
const WIDTHS: [f64; 8] = [10.0, 36.0, 19.0, 24.0, 20.0, 11.5, 13.0, 44.0];
const DUE_COLUMN: u16 = 5;
const STATUS_COLUMN: u16 = 6;
const LAST_COLUMN: u16 = 7;
/// The first of the `System`, `Assessed` and `Agreed` rows (row 3).
const FIRST_LABEL_ROW: u32 = 2;
/// The header row (row 7; a narrow blank row stands between it and the labels).
const HEADER_ROW: u32 = FIRST_LABEL_ROW + 4;
/// The blank rows written to fill in below the last action.
pub(super) const SPARE_ROWS: u32 = 20;

/// What the sheet says under its title.
const ABOUT: &str = "What the system agrees to do about its gaps: one row per action. Fill in the yellow cells, and add an action in a blank row below the last. Criteria: the IDs of the criteria the action addresses (as on the domain sheets), separated by commas. Status: Planned, In progress, Done or Dropped. Owner: the organisation that owns the action; Lead: the person or role who leads it. Dates as YYYY-MM-DD.";

/// What each labelled row asks for, beside its value.
const LABEL_HINTS: [&str; 3] = [
    "The system whose plan this is.",
    "The date of the assessment the plan answers (YYYY-MM-DD; may be left blank).",
    "The date the partners agreed the plan (YYYY-MM-DD; may be left blank).",
];

/// Writes the Action plan sheet for `plan`; returns the rows people type in (the
/// actions' and the blank ones below), to be left to grow with their text.
pub(super) fn plan_sheet(
    sheet: &mut Worksheet,
    plan: &Plan,
    f: &Formats,
) -> Result<Vec<u32>, WriteError> {
    table_sheet(sheet, PLAN_SHEET, &WIDTHS, HEADER_ROW)?;

    sheet.set_row_height(0, 24)?;
    sheet.merge_range(0, 0, 0, LAST_COLUMN, PLAN_SHEET, &f.title)?;
    let width: f64 = WIDTHS.iter().sum();
    sheet.merge_range(1, 0, 1, LAST_COLUMN, ABOUT, &f.about_text)?;
    sheet.set_row_height(1, height(&[(ABOUT, width)]))?;

    let dates = date_validation("The date, as YYYY-MM-DD")?;
    for (i, (label, hint)) in PLAN_LABELS.iter().zip(LABEL_HINTS).enumerate() {
        let row = FIRST_LABEL_ROW + i as u32;
        sheet.write_string_with_format(row, 0, *label, &f.label)?;
        sheet.write_string_with_format(row, 2, hint, &f.hint)?;
        match i {
            0 => {
                sheet.write_string_with_format(row, 1, plan.system(), &f.fill_in)?;
                sheet.set_row_height(row, height(&[(plan.system(), WIDTHS[1])]))?;
            }
            _ => {
                let date = if i == 1 {
                    plan.assessed()
                } else {
                    plan.agreed()
                };
                write_date(sheet, row, 1, date, f)?;
                sheet.add_data_validation(row, 1, row, 1, &dates)?;
            }
        }
    }
    sheet.set_row_height(HEADER_ROW - 1, 8)?;
    sheet.set_row_height(HEADER_ROW, 20)?;
    for (column, header) in (0u16..).zip(PLAN_HEADERS) {
        sheet.write_string_with_format(HEADER_ROW, column, header, &f.header)?;
    }

    let first = HEADER_ROW + 1;
    let mut row = first;
    for action in plan.actions() {
        let criteria = criteria_text(action.criteria());
        let cells: [(&str, &Format); 5] = [
            (action.id(), &f.fill_in),
            (action.title(), &f.fill_in),
            (&criteria, &f.fill_in),
            (action.owner().unwrap_or(""), &f.fill_in),
            (action.lead().unwrap_or(""), &f.fill_in),
        ];
        for (column, (text, format)) in (0u16..).zip(cells) {
            text_cell(sheet, row, column, text, format)?;
        }
        write_date(sheet, row, DUE_COLUMN, action.due(), f)?;
        sheet.write_string_with_format(row, STATUS_COLUMN, action.status().name(), &f.fill_in)?;
        let note = action.note().unwrap_or("");
        text_cell(sheet, row, LAST_COLUMN, note, &f.note)?;
        let fit = [
            (action.id(), WIDTHS[0]),
            (action.title(), WIDTHS[1]),
            (criteria.as_str(), WIDTHS[2]),
            (action.owner().unwrap_or(""), WIDTHS[3]),
            (action.lead().unwrap_or(""), WIDTHS[4]),
            (note, WIDTHS[7]),
        ];
        sheet.set_row_height(row, height(&fit))?;
        row += 1;
    }
    // Blank rows to add actions in.
    for _ in 0..SPARE_ROWS {
        for column in 0..=LAST_COLUMN {
            let format = match column {
                DUE_COLUMN => &f.fill_in_date,
                LAST_COLUMN => &f.note,
                _ => &f.fill_in,
            };
            sheet.write_blank(row, column, format)?;
        }
        row += 1;
    }
    let last = row - 1;
    let statuses = DataValidation::new()
        .allow_list_strings(&ACTION_STATUS_LABELS)?
        .set_input_title("Status")?
        .set_input_message("Planned, In progress, Done or Dropped")?
        .set_error_title("Not an action status")?
        .set_error_message("Choose Planned, In progress, Done or Dropped.")?;
    sheet.add_data_validation(first, STATUS_COLUMN, last, STATUS_COLUMN, &statuses)?;
    let due = date_validation("The date the action is due, as YYYY-MM-DD")?;
    sheet.add_data_validation(first, DUE_COLUMN, last, DUE_COLUMN, &due)?;
    // The rows people type in: every action's, and the blank ones below.
    Ok((first..=last).collect())
}

/// A text cell, or a blank one (with the same format) for an empty text: a workbook
/// cannot tell them apart.
fn text_cell(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    text: &str,
    format: &Format,
) -> Result<(), WriteError> {
    if text.is_empty() {
        sheet.write_blank(row, column, format)?;
    } else {
        sheet.write_string_with_format(row, column, text, format)?;
    }
    Ok(())
}

/// An action's criteria as its `Criteria` cell holds them: separated by commas, as many
/// to a line as fit in the column, and a line break between lines, so that no ID is
/// broken at its hyphen where the cell wraps.
fn criteria_text(criteria: &[CriterionId]) -> String {
    let (mut text, mut line) = (String::new(), String::new());
    for (i, id) in criteria.iter().enumerate() {
        let mut piece = id.to_string();
        if i + 1 < criteria.len() {
            piece.push(',');
        }
        if line.is_empty() {
            line = piece;
            continue;
        }
        let candidate = format!("{line} {piece}");
        if lines(&candidate, WIDTHS[2], 11.0, false) > 1 {
            text.push_str(&line);
            text.push('\n');
            line = piece;
        } else {
            line = candidate;
        }
    }
    text.push_str(&line);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criteria_are_written_as_many_to_a_line_as_fit() {
        let ids = |list: &[&str]| -> Vec<CriterionId> {
            list.iter().map(|s| s.parse().expect("an ID")).collect()
        };
        assert_eq!(criteria_text(&ids(&["1.1-M1"])), "1.1-M1");
        assert_eq!(
            criteria_text(&ids(&["1.1-M2", "1.1-M5", "1.1-M6", "1.1-M7", "1.1-M9"])),
            "1.1-M2, 1.1-M5,\n1.1-M6, 1.1-M7,\n1.1-M9"
        );
        assert_eq!(
            criteria_text(&ids(&["2.3-M10", "2.3-M11", "2.3-M13"])),
            "2.3-M10, 2.3-M11,\n2.3-M13"
        );
    }
}
