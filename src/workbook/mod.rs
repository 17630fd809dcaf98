//! Workbooks to fill in (feature `xlsx`, Rust 1.88 or later): the matrix written as an
//! `.xlsx` workbook, blank or pre-filled from an assessment (and with an action plan, if
//! given), and a filled workbook read back into an [`Assessment`](crate::Assessment)
//! and a [`Plan`](crate::plan::Plan), exactly.
//!
//! For partners who work in spreadsheets ([`crate::guide::workbooks`]). [`write()`] lays a
//! workbook out so:
//!
//! - a first sheet `About`: the edition's title; rows labelled in column A `Matrix`,
//!   `Version`, `System`, `Respondent` and `Date`, with their values in column B (the
//!   last three to fill in); how to fill the workbook in, what each status and each
//!   level means;
//! - a second sheet [`SUMMARY_SHEET`] (`Summary`): the result, in spreadsheet formulas
//!   over the `Status` cells of the domain sheets. A header row holds `ID`,
//!   `Sub-section`, `Developing`, `Maturing`, `Thriving` and `Attained`; then, for each
//!   domain, a row `Domain 1` (…) with the domain's attained level, and a row per
//!   sub-section (its ID) whose level cells read `met / applicable` (e.g. `7 / 9`: the
//!   criteria met out of those not `Not applicable`) and whose `Attained` names the
//!   highest level whose applicable criteria, and those of the levels before it, are all
//!   met, or `Not yet Developing`; last, a row `Overall`. A domain attains the lowest
//!   level among its sub-sections, and `Overall` the lowest among the domains. Beside
//!   the table (outside its print area) stand the counts it is worked out from: each
//!   level's met, applicable and all criteria, and the number of levels attained. Each
//!   formula is stored with the value [`evaluate`](crate::evaluate) gives for what the
//!   workbook holds, so a viewer that does not recalculate shows the right figures; a
//!   spreadsheet program that recalculates gets the same for any workbook filled
//!   through the drop-downs. The formulas use only functions Excel and LibreOffice both
//!   have (`SUMPRODUCT`, `LOWER`, `TRIM`, `ROWS`, `IF`, `MIN`, `CHOOSE`) and count a
//!   status by its label or status ID in any case, ignoring spaces around it, as
//!   [`read`] does ([`read`] also ignores other white space, such as a tab, which the
//!   formulas count as no status); the Summary prints on one landscape page;
//! - one sheet per domain (`Domain 1`, `Domain 2`, …): the domain's title, a header row
//!   ([`HEADERS`]: `ID`, `Sub-section`, `Level`, `Theme`, `Criterion`, `Status`, `Note`),
//!   then for each sub-section a heading row, for each level a heading row with the
//!   level's headline, and one row per criterion in matrix order. The criterion cell
//!   holds the criterion's text, its sub-points as `•` lines and any closing text; the
//!   theme cell holds the theme and any words that introduce its criteria. Heading rows
//!   leave the `ID` cell blank;
//! - with [`write_with_plan`], last, after the domain sheets (About and Summary keep the
//!   first two places, and the sheets follow the work: assess, then plan),
//!   a sheet [`PLAN_SHEET`] (`Action plan`): its title and what to fill in; rows labelled
//!   in column A ([`PLAN_LABELS`]) `System`, `Assessed` and `Agreed`, with the plan's
//!   values in column B (the dates as date cells shown `YYYY-MM-DD`); a header row
//!   ([`PLAN_HEADERS`]: `ID`, `Title`, `Criteria`, `Owner`, `Lead`, `Due`, `Status`,
//!   `Note`); one row per action in plan order; then 20 blank rows to add actions in. The
//!   `Criteria` cell holds the action's criterion IDs in its own order, separated by
//!   commas, as many to a line as fit (a line break between lines, so that no ID is
//!   broken at its hyphen); `Status` offers a drop-down of [`ACTION_STATUS_LABELS`]
//!   (`Planned`, `In progress`, `Done`, `Dropped`), unshaded; `Due` takes a date. The
//!   three values and every cell of the action rows and the blank rows below them are
//!   editable, the labels and header locked. The About sheet then says the plan sheet is
//!   there to fill in too.
//!
//! `Status` cells offer a drop-down of [`STATUS_LABELS`] (`Met`, `Partial`, `Not met`,
//! `Not applicable`; blank = not assessed) and are shaded by status on the reports'
//! purple scale, darker for more in place (never red, amber or green), with text of at
//! least 4.5:1 contrast. The `Date` cell takes a date (shown as `YYYY-MM-DD`, the form
//! the About sheet asks for). Each row is as tall as its text needs in Excel. Only
//! `Status`, `Note`, the About cells to fill in and the plan's cells to fill in are
//! editable (each sheet is protected, without a password); the header is frozen, text
//! wraps, and each sheet prints on A4 landscape pages, one page wide, with the header
//! repeated.
//!
//! [`read`] takes the workbook's bytes (at most [`MAX_SIZE`]) and the matrix to check
//! them against:
//!
//! - `About`: the `Matrix` and `Version` must name the matrix's edition; `System` must
//!   not be blank; `Respondent` is optional; `Date` is optional, a date cell or ISO text
//!   (`YYYY-MM-DD`).
//! - `Summary` is passed over: its formulas are the workbook's own.
//! - Every other sheet that holds anything is read as criterion rows: the header row is
//!   the first row with an `ID` cell, and the `ID`, `Status` and (optional) `Note`
//!   columns are found by their header, ignoring case and spaces, so moved or added
//!   columns do not matter. Rows with no ID and nothing in `Status` or `Note` are
//!   skipped. A status is one of the four
//!   labels or the status IDs (`met`, `partial`, `not_met`,
//!   `not_applicable`), ignoring case and surrounding spaces; a blank status is not
//!   assessed. Notes come back exactly as typed (an empty cell is no note).
//!
//! [`read_plan`] reads a workbook's plan as [`Plan::from_json`](crate::plan::Plan::from_json)
//! reads a plan file:
//!
//! - `About`: only `Matrix` and `Version` are read, and must name the edition (a blank
//!   workbook may carry a plan, so `System` may be blank there).
//! - `Action plan`, found ignoring case ([`Kind::MissingSheet`](crate::error::Kind::MissingSheet) when there is
//!   none): the header row is the first row holding both an `ID` and a `Title` cell, and
//!   the `ID`, `Title`, `Criteria` and `Status` columns (and `Owner`, `Lead`, `Due` and
//!   `Note`, when there) are found by their header, ignoring case and spaces. Above it,
//!   the rows labelled in column A `System` (not blank), `Assessed` and `Agreed`
//!   (optional; a date cell or ISO text), their values in column B.
//! - Each row below the header with something in a column read is an action, in order;
//!   a row holding nothing but white space is skipped, and something in a row with no ID
//!   is refused ([`Kind::WithoutId`](crate::error::Kind::WithoutId)). The ID, title, owner, lead and note
//!   come back exactly as the cells hold them (a blank owner or lead is none, an empty
//!   note none). Two IDs that are the same name are refused, naming both cells
//!   ([`Kind::DuplicateAction`](crate::error::Kind::DuplicateAction)). `Criteria`: IDs separated by commas,
//!   semicolons or white space (line breaks among it), each a criterion of the edition
//!   ([`Kind::UnknownCriterion`](crate::error::Kind::UnknownCriterion), with the nearest real one), none twice
//!   ([`Kind::DuplicateActionCriterion`](crate::error::Kind::DuplicateActionCriterion)). `Status`: a label or an action status ID
//!   (`planned`, `in_progress`, `done`, `dropped`), ignoring case and surrounding spaces
//!   ([`Kind::UnknownActionStatus`](crate::error::Kind::UnknownActionStatus), with the nearest label). `Due`: a date cell
//!   or ISO text. A blank title, criteria or status is
//!   [`Kind::Empty`](crate::error::Kind::Empty).
//!
//! A workbook cannot tell an empty text from a blank cell: an empty note reads back as
//! no note, and a blank respondent as none. A spreadsheet program may change text as it
//! saves (LibreOffice stores a CR LF line break as LF); what the file holds is read
//! exactly. A workbook re-saved by LibreOffice Calc reads back as the same assessment and
//! the same plan.
//!
//! The reader reads the parts it needs straight from the archive (`zip` and
//! `quick-xml`): the workbook part and its relationships, the shared strings, the styles
//! (to tell date cells from numbers) and each sheet, each part once. It reserves nothing
//! from a count the file declares, holds a shared string once however many cells use
//! it, and refuses a sheet of more than [`MAX_CELLS`] cells, so a small file cannot make
//! it allocate a huge grid. [`read`] leaves aside the sheets named in [`SKIPPED_SHEETS`]
//! (`Summary`, `Action plan`); [`read_plan`] reads only `About` and `Action plan`.
//!
//! What a spreadsheet program or a hostile file can hold is read exactly or refused,
//! naming the sheet and cell, on the plan sheet as on the domain sheets: a formula with
//! no stored value ([`Kind::FormulaWithoutValue`](crate::error::Kind::FormulaWithoutValue)), merged cells over the `ID`,
//! `Status` or `Note` column, or any column of the plan read, below the header
//! ([`Kind::Merged`](crate::error::Kind::Merged)), a `Status` or `Note` in a row with no ID
//! ([`Kind::WithoutId`](crate::error::Kind::WithoutId)), two sheets of one name ignoring case
//! ([`Kind::DuplicateSheet`](crate::error::Kind::DuplicateSheet), so two `About` sheets), a label of the About or
//! plan sheet in two rows ([`Kind::LabelTwice`](crate::error::Kind::LabelTwice)), two archive entries of one name
//! ([`Kind::DuplicateEntry`](crate::error::Kind::DuplicateEntry)), two sheets sharing one part
//! ([`Kind::SharedPart`](crate::error::Kind::SharedPart)), a cell given twice or out of order
//! ([`Kind::CellTwice`](crate::error::Kind::CellTwice), [`Kind::CellOutOfOrder`](crate::error::Kind::CellOutOfOrder),
//! [`Kind::RowOutOfOrder`](crate::error::Kind::RowOutOfOrder)), a reference beyond `XFD1048576`
//! ([`Kind::BeyondLimits`](crate::error::Kind::BeyondLimits)), a date serial outside the years 1900 to 9999
//! ([`Kind::InvalidDate`](crate::error::Kind::InvalidDate)) or a number that is not finite
//! ([`Kind::NotANumber`](crate::error::Kind::NotANumber)), a text longer than a cell holds
//! ([`Kind::TextTooLong`](crate::error::Kind::TextTooLong)) and a control character
//! ([`Kind::ControlCharacter`](crate::error::Kind::ControlCharacter)). A number reads as a spreadsheet shows it, to
//! 15 significant digits in its shortest form (`0.3`); a date cell in a note as
//! `YYYY-MM-DD`.
//!
//! Every bad workbook is an [`Error`](crate::Error) whose [place](crate::error::Place) names the sheet and cell, on one line, e.g.
//! ``'Domain 2'!F14: unknown status "Mett" for criterion `2.1-D1`; expected one of: Met,
//! Partial, Not met, Not applicable; did you mean `Met`?`` or ``'Action plan'!G9: unknown
//! status "Doing" for action "A1"; expected one of: Planned, In progress, Done, Dropped;
//! did you mean `Done`?``. Nothing panics on any input.
//!
//! ```
//! use mhics::{workbook, Assessment, MHICS_2019, Status};
//!
//! let assessment = Assessment::builder("North Central London")
//!     .respondent("North Central London Mental Health Trust")
//!     .respond_with_note("1.1-D1", Status::Met, "Mental Health Board in place since 2020")
//!     .respond("1.1-D2", Status::Partial)
//!     .build()?;
//!
//! // Pre-filled (or blank, with `None`), as the bytes of an .xlsx file.
//! let bytes = workbook::write(MHICS_2019, Some(&assessment))?;
//! // ... filled in with a spreadsheet program, then read back:
//! assert_eq!(workbook::read(MHICS_2019, &bytes)?, assessment);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
mod read;
mod write;

pub use error::WriteError;
pub use read::{read, read_plan, SKIPPED_SHEETS};
pub use write::{write, write_with_plan};

use crate::assessment::Status;

/// The largest workbook [`read`] accepts: 16 MiB. A filled workbook of the whole matrix
/// is well under 100 KiB; anything far larger is refused before it is opened.
pub const MAX_SIZE: usize = 16 * 1024 * 1024;

/// The most a workbook may unzip to, in bytes (128 MiB): a full workbook of the built-in
/// edition unzips to well under a megabyte, so this leaves room for any real edition
/// while refusing an archive built to expand without bound. The archive's declared sizes
/// are checked before anything is unzipped, and the unzipping stops at them.
pub const MAX_UNZIPPED: u64 = 128 * 1024 * 1024;

/// The most cells holding anything that [`read`] accepts in one sheet: 1,000,000. A
/// filled domain sheet holds about a thousand.
pub const MAX_CELLS: usize = 1_000_000;

/// The most characters (UTF-16 code units, as Excel counts them) a workbook cell holds:
/// 32,767. [`write()`] refuses a longer note or name rather than cut it.
pub const MAX_CELL_CHARS: usize = crate::read::MAX_TEXT_CHARS;

/// The name of the first sheet.
pub const ABOUT_SHEET: &str = "About";

/// The name of the second sheet, the result in formulas; [`read`] passes over it.
pub const SUMMARY_SHEET: &str = "Summary";

/// The header row of each domain sheet, in column order.
pub const HEADERS: [&str; 7] = [
    "ID",
    "Sub-section",
    "Level",
    "Theme",
    "Criterion",
    "Status",
    "Note",
];

/// The name of the sheet of an action plan: written by [`write_with_plan`] after the
/// domain sheets, read by [`read_plan`], and left aside by [`read`].
pub const PLAN_SHEET: &str = "Action plan";

/// The labels in column A of the Action plan sheet's rows above its header, in order;
/// their values stand in column B.
pub const PLAN_LABELS: [&str; 3] = ["System", "Assessed", "Agreed"];

/// The header row of the Action plan sheet, in column order.
pub const PLAN_HEADERS: [&str; 8] = [
    "ID", "Title", "Criteria", "Owner", "Lead", "Due", "Status", "Note",
];

/// The labels of the action `Status` drop-down, in the order of
/// [`ActionStatus::ALL`](crate::plan::ActionStatus::ALL): each status's
/// [`name`](crate::plan::ActionStatus::name).
pub const ACTION_STATUS_LABELS: [&str; 4] = ["Planned", "In progress", "Done", "Dropped"];

/// The labels of the `Status` drop-down, in the order of [`Status::ALL`].
pub const STATUS_LABELS: [&str; 4] = ["Met", "Partial", "Not met", "Not applicable"];

/// The label a workbook shows for a status, e.g. `Not met`.
pub fn status_label(status: Status) -> &'static str {
    STATUS_LABELS[status as usize]
}

/// The name of the sheet for the domain with this ID, e.g. `Domain 2`.
pub fn domain_sheet_name(domain: crate::id::DomainId) -> String {
    format!("Domain {domain}")
}

/// Levenshtein distance over chars, for the "did you mean" hints.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    crate::model::edit_distance(&a, b, &mut Vec::with_capacity(a.len() + 1))
}

/// The status among `statuses` that `value` names by its label or ID, ignoring case and
/// surrounding white space; otherwise, as the error, the nearest label (within three
/// edits), if any.
pub(crate) fn by_label<T: Copy, const N: usize>(
    value: &str,
    statuses: [(T, &'static str, &'static str); N],
) -> Result<T, Option<&'static str>> {
    let wanted = value.trim().to_lowercase();
    for (status, label, id) in statuses {
        if wanted == label.to_lowercase() || wanted == id {
            return Ok(status);
        }
    }
    Err(statuses
        .iter()
        .map(|(_, label, _)| (edit_distance(&wanted, &label.to_lowercase()), *label))
        .min_by_key(|(d, _)| *d)
        .filter(|(d, _)| *d <= 3)
        .map(|(_, label)| label))
}

/// Length as Excel counts it: UTF-16 code units.
pub(crate) fn excel_length(text: &str) -> usize {
    text.encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_labels_follow_the_statuses() {
        for status in Status::ALL {
            let label = status_label(status);
            assert_eq!(
                label.to_lowercase().replace(' ', "_"),
                status.as_str(),
                "{label}"
            );
        }
    }

    #[test]
    fn action_status_labels_are_the_statuses_names() {
        for (status, label) in crate::plan::ActionStatus::ALL
            .into_iter()
            .zip(ACTION_STATUS_LABELS)
        {
            assert_eq!(status.name(), label);
        }
    }
}
