//! The About sheet: the edition, the cells naming the system, respondent and date, and
//! how to fill the workbook in.

use rust_xlsxwriter::Worksheet;

use super::fit::height;
use super::styles::Formats;
use super::{date_validation, page_setup, protect, write_date};
use crate::assessment::{Assessment, Status};
use crate::model::Matrix;
use crate::workbook::error::WriteError;
use crate::workbook::{status_label, ABOUT_SHEET, PLAN_SHEET, STATUS_LABELS, SUMMARY_SHEET};

/// What the About sheet says of the date's form, under the `Date` cell.
pub(super) const DATE_FORM: &str =
    "Date: as YYYY-MM-DD, e.g. 2026-11-24 (a date typed in your spreadsheet's usual form is shown as YYYY-MM-DD too).";

/// The width of the About sheet's values and paragraphs.
const ABOUT_WIDTH: f64 = 100.0;

/// Writes the About sheet; returns the rows people type text in (the system and the
/// respondent), to be left to grow with their text.
pub(super) fn about(
    sheet: &mut Worksheet,
    matrix: &Matrix,
    assessment: Option<&Assessment>,
    with_plan: bool,
    f: &Formats,
) -> Result<Vec<u32>, WriteError> {
    sheet.set_name(ABOUT_SHEET)?;
    sheet.set_column_width(0, 18)?;
    sheet.set_column_width(1, ABOUT_WIDTH)?;
    page_setup(sheet);
    sheet.set_print_fit_to_pages(1, 1);
    protect(sheet);

    sheet.set_row_height(0, 26)?;
    sheet.write_string_with_format(0, 0, matrix.title(), &f.title)?;
    sheet.write_string_with_format(
        1,
        0,
        if with_plan {
            "Self-assessment workbook: fill in the yellow cells, here, on each domain sheet and on the Action plan sheet."
        } else {
            "Self-assessment workbook: fill in the yellow cells, here and on each domain sheet."
        },
        &f.subtitle,
    )?;

    let mut row = 3;
    sheet.write_string_with_format(row, 0, "Matrix", &f.label)?;
    sheet.write_string_with_format(row, 1, matrix.id(), &f.locked_value)?;
    row += 1;
    sheet.write_string_with_format(row, 0, "Version", &f.label)?;
    sheet.write_string_with_format(row, 1, matrix.version(), &f.locked_value)?;
    row += 1;
    let typed = vec![row, row + 1];
    sheet.write_string_with_format(row, 0, "System", &f.label)?;
    match assessment {
        Some(a) => {
            sheet.set_row_height(row, height(&[(a.system(), ABOUT_WIDTH)]))?;
            sheet.write_string_with_format(row, 1, a.system(), &f.fill_in)?
        }
        None => sheet.write_blank(row, 1, &f.fill_in)?,
    };
    row += 1;
    sheet.write_string_with_format(row, 0, "Respondent", &f.label)?;
    match assessment.and_then(Assessment::respondent) {
        Some(r) => {
            sheet.set_row_height(row, height(&[(r, ABOUT_WIDTH)]))?;
            sheet.write_string_with_format(row, 1, r, &f.fill_in)?
        }
        None => sheet.write_blank(row, 1, &f.fill_in)?,
    };
    row += 1;
    sheet.write_string_with_format(row, 0, "Date", &f.label)?;
    write_date(sheet, row, 1, assessment.and_then(Assessment::date), f)?;
    let dates = date_validation("The date of the assessment, as YYYY-MM-DD")?;
    sheet.add_data_validation(row, 1, row, 1, &dates)?;
    row += 1;
    sheet.write_string_with_format(row, 1, DATE_FORM, &f.subtitle)?;
    row += 2;

    let heading = |sheet: &mut Worksheet, row: &mut u32, text: &str| {
        let result = sheet.write_string_with_format(*row, 0, text, &f.heading);
        *row += 1;
        result.map(|_| ())
    };
    heading(sheet, &mut row, "How to fill in")?;
    let statuses = STATUS_LABELS.join(", ");
    let mut steps = vec![
        "Fill in System (the system assessed), Respondent (who answers: an organisation or role) and Date (YYYY-MM-DD) above.".to_owned(),
        "On each domain sheet, give every criterion a Status from the drop-down: ".to_owned() + &statuses + ". Leave it blank if not assessed yet.",
        "Use Note for the evidence behind a status, or what is still to do. Notes are kept exactly as typed.".to_owned(),
        "Only the yellow cells can be changed. Columns and rows can be resized; keep the ID column as it is.".to_owned(),
        "A sub-section attains a level when every applicable criterion of that level, and of the levels before it, is Met.".to_owned(),
        format!("The {SUMMARY_SHEET} sheet shows the result as you fill in: met / applicable criteria at each level of each sub-section, and the level each sub-section, each domain and the whole system has attained."),
    ];
    if with_plan {
        steps.push(format!("The {PLAN_SHEET} sheet holds the actions the system agrees on its gaps: for each, the criteria it addresses, who owns and leads it, when it is due and where it stands (Planned, In progress, Done or Dropped). Add an action in a blank row below the last."));
    }
    for (n, step) in steps.iter().enumerate() {
        sheet.write_string_with_format(row, 0, format!("{}.", n + 1), &f.label)?;
        sheet.write_string_with_format(row, 1, step, &f.text)?;
        sheet.set_row_height(row, height(&[(step, ABOUT_WIDTH)]))?;
        row += 1;
    }
    row += 1;

    heading(sheet, &mut row, "Statuses")?;
    let meanings = [
        (
            Status::Met,
            "In place. The only status that counts toward a level.",
        ),
        (
            Status::Partial,
            "Partly in place: work is under way. Not in place for progression.",
        ),
        (Status::NotMet, "Not in place."),
        (
            Status::NotApplicable,
            "Does not apply to this system: counts neither for nor against.",
        ),
    ];
    for (status, meaning) in meanings {
        sheet.write_string_with_format(row, 0, status_label(status), &f.label)?;
        sheet.write_string_with_format(row, 1, meaning, &f.text)?;
        sheet.set_row_height(row, height(&[(meaning, ABOUT_WIDTH)]))?;
        row += 1;
    }
    sheet.write_string_with_format(row, 0, "(blank)", &f.label)?;
    sheet.write_string_with_format(
        row,
        1,
        "Not assessed yet: not in place for progression.",
        &f.text,
    )?;
    row += 2;

    heading(sheet, &mut row, "Levels")?;
    for info in matrix.levels() {
        sheet.write_string_with_format(row, 0, info.name(), &f.label)?;
        sheet.write_string_with_format(row, 1, info.description(), &f.text)?;
        sheet.set_row_height(row, height(&[(info.description(), ABOUT_WIDTH)]))?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(
        row,
        1,
        "This is a self-assessment to support discussion across the system, not a performance-management or RAG rating.",
        &f.subtitle,
    )?;
    sheet.set_active(true);
    Ok(typed)
}
