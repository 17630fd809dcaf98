//! Reading a filled workbook back into an assessment, or its action plan.
//!
//! The reader reads the parts it needs straight from the archive (`package`), each
//! sheet's cells into a sparse grid (`sheet`), finds header rows, labels and merged
//! ranges in it (`layout`), then reads the About sheet (`about`) and the criterion sheets
//! (`criteria`), or the Action plan sheet (`plan`). The first three know nothing of
//! assessments or plans: each kind of sheet is read with the same [`Sheet`], [`header`],
//! merged-cell checks and cell errors.

mod about;
mod criteria;
mod layout;
mod package;
mod plan;
mod sheet;

use std::collections::HashMap;

#[allow(unused_imports)]
pub(crate) use layout::{header, header_key};
pub(crate) use package::Package;
#[allow(unused_imports)]
pub(crate) use sheet::{number_text, parse_range, parse_reference, Grid, Merge, Sheet, Value};

use super::{ABOUT_SHEET, PLAN_SHEET, SUMMARY_SHEET};
use crate::assessment::Assessment;
use crate::date::Date;
use crate::edition::Edition;
use crate::error::{Cell, DateReason, Error, Field, Kind};
use crate::id::CriterionId;
use crate::plan::Plan;

/// Sheets [`read`] leaves aside, by name (ignoring case): the `Summary` sheet of
/// formulas over the `Status` cells and the `Action plan` sheet ([`read_plan`] reads
/// it); neither holds answers.
pub const SKIPPED_SHEETS: [&str; 2] = [SUMMARY_SHEET, PLAN_SHEET];

/// Reads a filled workbook (the bytes of an `.xlsx` file, at most
/// [`MAX_SIZE`](super::MAX_SIZE)) into an assessment of `edition`; a workbook of
/// another edition is refused, naming both.
///
/// What is read, and how, is described in the [module documentation](super). Every
/// problem is a [`Error`] naming the sheet and cell; no input panics.
///
/// ```
/// use mhics::{workbook, MHICS_2019, Status};
///
/// # let bytes = workbook::write(MHICS_2019, Some(&mhics::Assessment::builder("Riverside")
/// #     .respond("2.1-D3", Status::Partial).build()?))?;
/// // `bytes`: a workbook written by `workbook::write` and filled in.
/// let assessment = workbook::read(MHICS_2019, &bytes)?;
/// assert_eq!(assessment.system(), "Riverside");
/// assert_eq!(assessment.status("2.1-D3".parse()?), Some(Status::Partial));
///
/// let err = workbook::read(MHICS_2019, b"system,status\n").unwrap_err();
/// assert!(err.to_string().starts_with("not an .xlsx workbook"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read(edition: Edition, bytes: &[u8]) -> Result<Assessment, Error> {
    let matrix = edition.matrix();
    let mut package = Package::open(bytes)?;
    let about_index = find(&package, ABOUT_SHEET, |name| name == ABOUT_SHEET)?;
    let grid = package.grid(about_index)?;
    let about = about::read(matrix, &sheet(&package, about_index, &grid))?;

    let mut builder = Assessment::builder(about.system).edition(edition);
    if let Some(respondent) = about.respondent {
        builder = builder.respondent(respondent);
    }
    if let Some(date) = about.date {
        builder = builder.date(date);
    }
    let mut seen: HashMap<CriterionId, Cell> = HashMap::new();
    for index in 0..package.sheets.len() {
        let name = &package.sheets[index].name;
        if index == about_index || SKIPPED_SHEETS.iter().any(|s| s.eq_ignore_ascii_case(name)) {
            continue;
        }
        let grid = package.grid(index)?;
        if grid.is_empty() {
            continue;
        }
        for (id, response) in criteria::read(matrix, &sheet(&package, index, &grid), &mut seen)? {
            builder = builder.response(id.to_string(), response);
        }
    }
    builder.build()
}

/// Reads the action plan of a workbook written by
/// [`write_with_plan`](super::write_with_plan) (the bytes of an `.xlsx` file, at most
/// [`MAX_SIZE`](super::MAX_SIZE)), as [`Plan::from_json`] reads a plan file: the
/// About sheet's `Matrix` and `Version` must name `edition` (the rest of the About sheet
/// and the domain sheets are not read), and the `Action plan` sheet (found ignoring
/// case) gives the plan, exactly.
///
/// What is read, and how, is described in the [module documentation](super). Every
/// problem is an [`Error`] naming the sheet and cell, e.g. ``'Action plan'!C9: action
/// "A1": unknown criterion ID "1.1-M01" in `criteria`; did you mean `1.1-M1`?``; a workbook with
/// no `Action plan` sheet is [`Kind::MissingSheet`]. No input panics.
///
/// ```
/// use mhics::plan::{Action, Plan};
/// use mhics::{workbook, MHICS_2019};
///
/// let mut plan = Plan::new("Riverside and Vale ICS")?;
/// plan.push(Action::new("A1", "Co-production charter", ["1.1-M1".parse()?])?)?;
/// let bytes = workbook::write_with_plan(MHICS_2019, None, &plan)?;
/// assert_eq!(workbook::read_plan(MHICS_2019, &bytes)?, plan);
///
/// let without = workbook::write(MHICS_2019, None)?;
/// let err = workbook::read_plan(MHICS_2019, &without).unwrap_err();
/// assert_eq!(err.to_string(), "the workbook has no sheet named 'Action plan'");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_plan(edition: Edition, bytes: &[u8]) -> Result<Plan, Error> {
    let mut package = Package::open(bytes)?;
    let about_index = find(&package, ABOUT_SHEET, |name| name == ABOUT_SHEET)?;
    let grid = package.grid(about_index)?;
    about::check_edition(edition.matrix(), &sheet(&package, about_index, &grid))?;
    let plan_index = find(&package, PLAN_SHEET, |name| {
        name.eq_ignore_ascii_case(PLAN_SHEET)
    })?;
    let grid = package.grid(plan_index)?;
    plan::read(edition, &sheet(&package, plan_index, &grid))
}

/// The index of the sheet whose name `matches`, or the error naming `sheet`. (Two
/// sheets of one name ignoring case are refused as the workbook opens.)
fn find(
    package: &Package<'_>,
    sheet: &'static str,
    matches: impl Fn(&str) -> bool,
) -> Result<usize, Error> {
    package
        .sheets
        .iter()
        .position(|s| matches(&s.name))
        .ok_or(Error::from(Kind::MissingSheet { sheet }))
}

/// The sheet at `index` of `package`, with its cells.
fn sheet<'a>(package: &'a Package<'_>, index: usize, grid: &'a Grid) -> Sheet<'a> {
    Sheet {
        name: &package.sheets[index].name,
        grid,
        strings: &package.strings,
        styles: &package.styles,
    }
}

/// Checks text read from a cell for what an assessment may hold: no control character
/// but tab and line breaks. Errors name the cell.
fn check_text(cell: Cell, field: Field, text: &str) -> Result<(), Error> {
    field.check(text).map_err(|e| e.at(cell))
}

/// A date (About's `Date`; the plan's `Assessed`, `Agreed` and `Due`): a date cell (a
/// whole day from 1900 to 9999) or ISO text, or blank.
fn date(sheet: &Sheet<'_>, row: u32, column: u32, field: Field) -> Result<Option<Date>, Error> {
    let cell = sheet.cell(row, column);
    let invalid = |value: String, reason: DateReason| {
        Error::from(Kind::InvalidDate {
            field: Some(field.clone()),
            value,
            reason,
        })
        .at(cell.clone())
    };
    match sheet.value(row, column) {
        None => Ok(None),
        Some(Value::Number { value, style }) if sheet.styles.is_date(*style) => {
            let (date, seconds) = sheet.serial(row, column, *value)?;
            if seconds != 0 {
                return Err(invalid(
                    sheet.text(row, column)?.into_owned(),
                    DateReason::WithTime,
                ));
            }
            Ok(Some(date))
        }
        Some(Value::Number { .. } | Value::Bool(_) | Value::Error(_)) => Err(invalid(
            sheet.text(row, column)?.into_owned(),
            DateReason::NotADate,
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
            Date::read(day, Some(field.clone()))
                .map(Some)
                .map_err(|e| e.at(cell.clone()))
        }
    }
}
