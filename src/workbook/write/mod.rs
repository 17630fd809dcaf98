//! Writing a workbook to fill in: the About sheet, the Summary sheet, one sheet per
//! domain and, with a plan, the Action plan sheet, each written by its own module.
//!
//! A sheet writer takes a [`Worksheet`] made here, the shared [`Formats`] and what it
//! shows, and returns what later sheets need of it (the domain sheets say where their
//! `Status` cells are, for the Summary's formulas). [`write()`] writes the sheets in the
//! order their contents need, then puts them in the workbook in the order it shows them.

mod about;
mod domain;
mod fit;
mod plan;
mod styles;
mod summary;

use rust_xlsxwriter::{
    DataValidation, DataValidationRule, DocProperties, ExcelDateTime, ProtectionOptions, Workbook,
    Worksheet, XlsxError,
};

use super::error::WriteError;
use super::{excel_length, MAX_CELL_CHARS, STATUS_LABELS};
use crate::assessment::Assessment;
use crate::date::Date;
use crate::edition::Edition;
use crate::error::{Conflict, Field};
use crate::plan::Plan;
use crate::progression::evaluate;
use styles::Formats;

impl From<XlsxError> for WriteError {
    fn from(error: XlsxError) -> WriteError {
        WriteError::Failed {
            reason: error.to_string(),
        }
    }
}

/// A4, in the paper sizes Excel numbers.
const A4: u8 = 9;

/// Writes an edition's matrix as a workbook to fill in, blank or pre-filled from `assessment`
/// (its system, respondent, date, statuses and notes), and returns the bytes of the
/// `.xlsx` file. The layout is described in the [module documentation](super); the
/// Summary's formulas are stored with the values of the assessment's evaluation (of no
/// responses, for a blank workbook).
///
/// Fails, rather than cut anything, when a note or name is longer than a cell holds
/// ([`MAX_CELL_CHARS`](super::MAX_CELL_CHARS)). The assessment answers the same edition:
/// its type says so.
///
/// ```
/// use mhics::{workbook, MHICS_2019};
///
/// let blank = workbook::write(MHICS_2019, None)?;
/// assert!(blank.starts_with(b"PK")); // an .xlsx file is a zip archive
/// // Writing it to a file is the caller's choice: std::fs::write("blank.xlsx", &blank)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write(edition: Edition, assessment: Option<&Assessment>) -> Result<Vec<u8>, WriteError> {
    if let Some(assessment) = assessment {
        of_edition(edition, "assessment", assessment.edition())?;
    }
    workbook(edition, assessment, None)
}

/// Refuses a value of another edition than the workbook's.
fn of_edition(edition: Edition, what: &'static str, found: Edition) -> Result<(), WriteError> {
    if found == edition {
        Ok(())
    } else {
        Err(WriteError::Conflict(Conflict::NotOfEdition {
            what,
            found: found.to_string(),
            expected: edition.to_string(),
        }))
    }
}

/// Writes a workbook as [`write()`] does, with an `Action plan` sheet after the domain
/// sheets holding `plan`: its system, the dates it was assessed and agreed, and a row per
/// action in plan order (ID, title, criteria, owner, lead, due date, status, note), with
/// blank rows below to add actions in. The layout is described in the
/// [module documentation](super); [`read_plan`](super::read_plan) reads the plan back
/// exactly.
///
/// Fails when `assessment` is of another system than the plan (compared as names):
/// [`Conflict::PlanSystem`]. Every text of a plan fits in a cell (a plan holds no
/// text longer than [`MAX_CELL_CHARS`](super::MAX_CELL_CHARS)).
///
/// ```
/// use mhics::plan::Plan;
/// use mhics::{workbook, Assessment, MHICS_2019, Status, Target};
///
/// let assessment = Assessment::builder("Riverside and Vale ICS")
///     .respond("1.1-D1", Status::Partial)
///     .build()?;
/// let plan = Plan::draft(&assessment, Target::Next);
/// let bytes = workbook::write_with_plan(MHICS_2019, Some(&assessment), &plan)?;
/// assert_eq!(workbook::read(MHICS_2019, &bytes)?, assessment);
/// assert_eq!(workbook::read_plan(MHICS_2019, &bytes)?, plan);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_with_plan(
    edition: Edition,
    assessment: Option<&Assessment>,
    plan: &Plan,
) -> Result<Vec<u8>, WriteError> {
    of_edition(edition, "plan", plan.edition())?;
    if let Some(assessment) = assessment {
        of_edition(edition, "assessment", assessment.edition())?;
        plan.check_system(assessment)?;
    }
    workbook(edition, assessment, Some(plan))
}

/// Writes the workbook: About, Summary, the domain sheets and, with a plan, the Action
/// plan sheet.
fn workbook(
    edition: Edition,
    assessment: Option<&Assessment>,
    plan: Option<&Plan>,
) -> Result<Vec<u8>, WriteError> {
    let matrix = edition.matrix();
    if let Some(assessment) = assessment {
        check(assessment)?;
    }
    let blank = Assessment::blank(edition);
    let evaluation = evaluate(assessment.unwrap_or(&blank));
    let formats = Formats::new();

    let mut about_sheet = Worksheet::new();
    let about_rows = about::about(
        &mut about_sheet,
        matrix,
        assessment,
        plan.is_some(),
        &formats,
    )?;
    let validation = DataValidation::new()
        .allow_list_strings(&STATUS_LABELS)?
        .set_input_title("Status")?
        .set_input_message("Met, Partial, Not met or Not applicable; blank = not assessed")?
        .set_error_title("Not a status")?
        .set_error_message("Choose Met, Partial, Not met or Not applicable (or leave blank).")?;
    let mut domain_sheets = Vec::with_capacity(matrix.domains().len());
    let mut domain_rows = Vec::with_capacity(matrix.domains().len());
    for domain in matrix.domains() {
        let mut sheet = Worksheet::new();
        let rows = domain::domain_sheet(&mut sheet, domain, assessment, &formats, &validation)?;
        domain_sheets.push(sheet);
        domain_rows.push(rows);
    }
    let mut summary_sheet = Worksheet::new();
    summary::summary(
        &mut summary_sheet,
        matrix,
        &domain_rows,
        &evaluation,
        &formats,
    )?;

    let mut workbook = Workbook::new();
    // The same inputs write the same bytes: the file's creation date is the
    // assessment's (or the plan's) date, not the time of writing; 2000-01-01 when there
    // is none a spreadsheet can hold (from 1900).
    let created = assessment
        .and_then(Assessment::date)
        .or_else(|| plan.and_then(|p| p.agreed().or(p.assessed())))
        .filter(|d| d.year() >= 1900)
        .map_or((2000, 1, 1), |d| (d.year(), d.month(), d.day()));
    let created = ExcelDateTime::from_ymd(created.0, created.1, created.2)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    workbook.push_worksheet(about_sheet);
    workbook.push_worksheet(summary_sheet);
    for sheet in domain_sheets {
        workbook.push_worksheet(sheet);
    }
    // The rows people type in, by sheet (About 0, Summary 1, the domains from 2): they
    // start at the height their text needs and grow with what is typed.
    let mut growing: Vec<(usize, Vec<u32>)> = vec![(0, about_rows)];
    growing.extend(domain_rows.iter().enumerate().map(|(i, rows)| {
        let criteria = rows
            .levels
            .iter()
            .flatten()
            .flatten()
            .flat_map(|&(first, last)| first..=last)
            .collect();
        (2 + i, criteria)
    }));
    if let Some(plan) = plan {
        let mut sheet = Worksheet::new();
        let rows = plan::plan_sheet(&mut sheet, plan, &formats)?;
        workbook.push_worksheet(sheet);
        growing.push((2 + domain_rows.len(), rows));
    }
    let bytes = fit::rows_that_grow(&workbook.save_to_buffer()?, &growing)?;
    // What is written must read back: a workbook over the reader's limit is refused.
    if bytes.len() > super::MAX_SIZE {
        return Err(WriteError::TooLarge {
            size: bytes.len(),
            limit: super::MAX_SIZE,
        });
    }
    Ok(bytes)
}

/// Refuses an assessment the workbook cannot hold exactly.
fn check(assessment: &Assessment) -> Result<(), WriteError> {
    let long = |field: Field, text: &str| {
        let length = excel_length(text);
        if length > MAX_CELL_CHARS {
            Err(WriteError::TooLong { field, length })
        } else {
            Ok(())
        }
    };
    long(Field::System, assessment.system())?;
    if let Some(respondent) = assessment.respondent() {
        long(Field::Respondent, respondent)?;
    }
    for (id, _, note) in assessment.responses() {
        if let Some(note) = note {
            long(Field::Note(id), note)?;
        }
    }
    Ok(())
}

/// Protection without a password: only unlocked cells can be changed, but columns and
/// rows can still be resized.
pub(super) fn protect(sheet: &mut Worksheet) {
    let options = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    };
    sheet.protect_with_options(&options);
}

/// Sets up a sheet of rows under a header row (a domain sheet, the action plan): its
/// name and column widths, the page setup, the header repeated on every printed page
/// and frozen on screen, and protection.
pub(super) fn table_sheet(
    sheet: &mut Worksheet,
    name: &str,
    widths: &[f64],
    header_row: u32,
) -> Result<(), WriteError> {
    sheet.set_name(name)?;
    for (column, width) in (0u16..).zip(widths) {
        sheet.set_column_width(column, *width)?;
    }
    page_setup(sheet);
    sheet.set_repeat_rows(header_row, header_row)?;
    sheet.set_freeze_panes(header_row + 1, 0)?;
    protect(sheet);
    Ok(())
}

/// Page setup shared by all sheets: A4 landscape, one page wide, page numbers.
pub(super) fn page_setup(sheet: &mut Worksheet) {
    sheet
        .set_landscape()
        .set_paper_size(A4)
        .set_print_fit_to_pages(1, 0)
        .set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3)
        .set_header("&L&\"-,Bold\"&A&R&F")
        .set_footer("&CPage &P of &N");
}

/// A date to fill in: a date cell shown as `YYYY-MM-DD`; before 1900, which Excel has no
/// date for, ISO text (which reads back the same); blank for none.
fn write_date(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    date: Option<Date>,
    f: &Formats,
) -> Result<(), WriteError> {
    match date {
        Some(date) => match ExcelDateTime::from_ymd(date.year(), date.month(), date.day()) {
            Ok(excel) if date.year() >= 1900 => {
                sheet.write_datetime_with_format(row, column, &excel, &f.fill_in_date)?
            }
            _ => sheet.write_string_with_format(row, column, date.to_string(), &f.fill_in)?,
        },
        None => sheet.write_blank(row, column, &f.fill_in_date)?,
    };
    Ok(())
}

/// The check on a date cell to fill in: a day from 1900 to 9999; `message` says what
/// the date is.
fn date_validation(message: &str) -> Result<DataValidation, WriteError> {
    let first = ExcelDateTime::from_ymd(1900, 1, 1)?;
    let last = ExcelDateTime::from_ymd(9999, 12, 31)?;
    Ok(DataValidation::new()
        .allow_date(DataValidationRule::Between(first, last))
        .set_input_title("Date")?
        .set_input_message(message)?
        .set_error_message("Enter a date as YYYY-MM-DD, e.g. 2026-11-24.")?)
}
