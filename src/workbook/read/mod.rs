//! Reading a filled workbook back into an assessment.
//!
//! The reader reads the parts it needs straight from the archive (`package`), each
//! sheet's cells into a sparse grid (`sheet`), then the About sheet (`about`) and the
//! criterion sheets (`criteria`). The first two know nothing of assessments: a reader of
//! another kind of sheet uses the same [`Sheet`], [`header`] and cell errors.

mod about;
mod criteria;
mod package;
mod sheet;

use std::collections::HashMap;

pub(crate) use package::Package;
#[allow(unused_imports)]
pub(crate) use sheet::{
    header, header_key, number_text, parse_range, parse_reference, Grid, Merge, Sheet, Value,
};

use super::{WorkbookError, ABOUT_SHEET};
use crate::assessment::Assessment;
use crate::edition::Edition;
use crate::id::CriterionId;
use crate::workbook::Cell;

/// Sheets the reader leaves aside, by name (ignoring case): the `Summary` sheet of
/// formulas over the `Status` cells and the `Action plan` sheet; neither holds answers.
pub const SKIPPED_SHEETS: [&str; 2] = [crate::workbook::SUMMARY_SHEET, "Action plan"];

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
    let mut package = Package::open(bytes)?;
    let about_index = package
        .sheets
        .iter()
        .position(|s| s.name == ABOUT_SHEET)
        .ok_or(WorkbookError::MissingSheet { sheet: ABOUT_SHEET })?;
    let grid = package.grid(about_index)?;
    let about = about::read(matrix, &sheet(&package, about_index, &grid))?;

    let mut builder = Assessment::builder_in(edition, about.system);
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
    Ok(builder.build()?)
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
fn check_text(cell: Cell, text: &str) -> Result<(), WorkbookError> {
    crate::text::check(String::new, text).map_err(|e| match e {
        crate::error::Error::ControlCharacter { character, .. } => {
            WorkbookError::ControlCharacter { cell, character }
        }
        other => WorkbookError::Refused(other),
    })
}
