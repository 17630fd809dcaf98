//! Workbooks to fill in (feature `xlsx`, Rust 1.88 or later): the matrix written as an
//! `.xlsx` workbook, blank or pre-filled from an assessment, and a filled workbook read
//! back into an [`Assessment`](crate::Assessment), exactly.
//!
//! For partners who work in spreadsheets. [`write()`] lays a workbook out as the contract
//! says:
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
//!   leave the `ID` cell blank.
//!
//! `Status` cells offer a drop-down of [`STATUS_LABELS`] (`Met`, `Partial`, `Not met`,
//! `Not applicable`; blank = not assessed) and are shaded by status on the reports'
//! purple scale, darker for more in place (never red, amber or green), with text of at
//! least 4.5:1 contrast. The `Date` cell takes a date (shown as `YYYY-MM-DD`, the form
//! the About sheet asks for). Each row is as tall as its text needs in Excel. Only `Status`, `Note` and the About cells to
//! fill in are editable (each sheet is protected, without a password); the header is
//! frozen, text wraps, and each sheet prints on landscape pages, one page wide, with the
//! header repeated.
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
//!   labels or the contract's status IDs (`met`, `partial`, `not_met`,
//!   `not_applicable`), ignoring case and surrounding spaces; a blank status is not
//!   assessed. Notes come back exactly as typed (an empty cell is no note).
//!
//! A workbook cannot tell an empty text from a blank cell: an empty note reads back as
//! no note, and a blank respondent as none. A spreadsheet program may change text as it
//! saves (LibreOffice stores a CR LF line break as LF); what the file holds is read
//! exactly. A workbook re-saved by LibreOffice Calc reads back as the same assessment.
//!
//! The reader reads the parts it needs straight from the archive (`zip` and
//! `quick-xml`): the workbook part and its relationships, the shared strings, the styles
//! (to tell date cells from numbers) and each sheet, each part once. It reserves nothing
//! from a count the file declares, holds a shared string once however many cells use
//! it, and refuses a sheet of more than [`MAX_CELLS`] cells, so a small file cannot make
//! it allocate a huge grid. The sheets named in [`SKIPPED_SHEETS`] (`Summary`, `Action
//! plan`) are left aside.
//!
//! What a spreadsheet program or a hostile file can hold is read exactly or refused,
//! naming the sheet and cell: a formula with no stored value
//! ([`WorkbookError::FormulaWithoutValue`]), merged cells over the `ID`, `Status` or
//! `Note` column ([`WorkbookError::Merged`]), a `Status` or `Note` in a row with no ID
//! ([`WorkbookError::WithoutId`]), two sheets of one name ignoring case
//! ([`WorkbookError::DuplicateSheet`], so two `About` sheets), a label of the About sheet
//! in two rows ([`WorkbookError::LabelTwice`]), two archive entries of one name
//! ([`WorkbookError::DuplicateEntry`]), two sheets sharing one part
//! ([`WorkbookError::SharedPart`]), a cell given twice or out of order
//! ([`WorkbookError::CellTwice`], [`WorkbookError::CellOutOfOrder`],
//! [`WorkbookError::RowOutOfOrder`]), a reference beyond `XFD1048576`
//! ([`WorkbookError::BeyondLimits`]), a date serial outside the years 1900 to 9999
//! ([`WorkbookError::InvalidDate`]) or a number that is not finite
//! ([`WorkbookError::NotANumber`]), a text longer than a cell holds
//! ([`WorkbookError::CellTooLong`]) and a control character
//! ([`WorkbookError::ControlCharacter`]). A number reads as a spreadsheet shows it, to
//! 15 significant digits in its shortest form (`0.3`); a date cell in a note as
//! `YYYY-MM-DD`.
//!
//! Every bad workbook is a [`WorkbookError`] naming the sheet and cell, e.g.
//! `'Domain 2'!F14: "Mett" is not a status (Met, Partial, Not met, Not applicable); did
//! you mean Met?`. Nothing panics on any input.
//!
//! ```
//! use mhics::{workbook, Assessment, Mhics2019, Status};
//!
//! let assessment = Assessment::builder("North Central London")
//!     .respondent("North Central London Mental Health Trust")
//!     .respond_with_note("1.1-D1", Status::Met, "Mental Health Board in place since 2020")
//!     .respond("1.1-D2", Status::Partial)
//!     .build()?;
//!
//! // Pre-filled (or blank, with `None`), as the bytes of an .xlsx file.
//! let bytes = workbook::write(Mhics2019, Some(&assessment))?;
//! // ... filled in with a spreadsheet program, then read back:
//! assert_eq!(workbook::read(Mhics2019, &bytes)?, assessment);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod read;
mod write;

use core::fmt;

pub use read::{read, SKIPPED_SHEETS};
pub use write::write;

use crate::assessment::Status;
use crate::error::Error;
use crate::id::CriterionId;
use crate::name::{escaped, quote};

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

/// A cell of a workbook: its sheet, row and column (both from 0), shown as Excel
/// names it, e.g. `'Domain 2'!F14`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cell {
    /// The sheet's name.
    pub sheet: String,
    /// The row, from 0 (row 1 in a spreadsheet program is 0 here).
    pub row: u32,
    /// The column, from 0 (column A is 0).
    pub column: u32,
}

impl Cell {
    pub(crate) fn new(sheet: &str, row: u32, column: u32) -> Cell {
        Cell {
            sheet: sheet.to_owned(),
            row,
            column,
        }
    }
}

/// Writes a column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub(crate) fn column_name(column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = u64::from(column) + 1;
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

impl Cell {
    /// The cell's reference without its sheet, e.g. `F14`.
    pub fn reference(&self) -> String {
        format!("{}{}", column_name(self.column), u64::from(self.row) + 1)
    }
}

impl fmt::Display for Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}!{}", SheetName(&self.sheet), self.reference())
    }
}

/// A sheet name as a formula writes it: in single quotes, a quote inside doubled, and
/// (so that an error stays one line) control and invisible characters escaped.
pub(crate) struct SheetName<'a>(pub(crate) &'a str);

impl fmt::Display for SheetName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}'", escaped(&self.0.replace('\'', "''")))
    }
}

/// A suggestion for a "did you mean" hint, shown as `; did you mean X?` or nothing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DidYouMean(pub Option<String>);

impl fmt::Display for DidYouMean {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(s) => write!(f, "; did you mean {}?", escaped(s)),
            None => Ok(()),
        }
    }
}

/// Everything that can be wrong with a workbook read by [`read`], or with writing one
/// ([`write()`]). Errors about the contents name the sheet and cell.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WorkbookError {
    /// The file is empty.
    #[error("the file is empty, not a workbook")]
    Empty,
    /// The file is larger than [`MAX_SIZE`].
    #[error("the file is {size} bytes, more than the {limit} bytes a workbook may have")]
    TooLarge {
        /// The file's size in bytes.
        size: usize,
        /// [`MAX_SIZE`].
        limit: usize,
    },
    /// The workbook would unzip to more than [`MAX_UNZIPPED`] bytes.
    #[error(
        "the workbook unzips to {size} bytes, more than the {limit} bytes a workbook may hold"
    )]
    TooLargeUnzipped {
        /// The size it declares, in bytes.
        size: u128,
        /// [`MAX_UNZIPPED`].
        limit: u64,
    },
    /// The file is not an `.xlsx` workbook, or is damaged.
    #[error("not an .xlsx workbook: {}", escaped(reason))]
    NotAWorkbook {
        /// What the reader reported.
        reason: String,
    },
    /// A sheet the workbook must have is missing.
    #[error("the workbook has no sheet named '{sheet}'")]
    MissingSheet {
        /// The sheet's name.
        sheet: &'static str,
    },
    /// A sheet could not be read.
    #[error("{}: cannot read the sheet: {}", SheetName(sheet), escaped(reason))]
    UnreadableSheet {
        /// The sheet's name.
        sheet: String,
        /// What the reader reported.
        reason: String,
    },
    /// A sheet holds more than [`MAX_CELLS`] cells.
    #[error(
        "{}: more than {limit} cells hold something; this is not a filled-in workbook",
        SheetName(sheet)
    )]
    TooManyCells {
        /// The sheet's name.
        sheet: String,
        /// [`MAX_CELLS`].
        limit: usize,
    },
    /// The About sheet has no row labelled `label` in column A.
    #[error("'{sheet}': no row labelled `{label}` in column A")]
    MissingLabel {
        /// The sheet's name.
        sheet: &'static str,
        /// The label missing, e.g. `System`.
        label: &'static str,
    },
    /// The workbook answers another edition than the one it is read against.
    #[error("{cell}: answers {}, expected {expected}", escaped(found))]
    WrongEdition {
        /// The `Matrix` (or `Version`) value cell.
        cell: Cell,
        /// The edition the workbook names, e.g. `mhics 2019`.
        found: String,
        /// The edition it is read against, e.g. `lakeside 2026`.
        expected: String,
    },
    /// The system name is blank.
    #[error("{cell}: the system name is empty; fill in the system assessed")]
    EmptySystem {
        /// The `System` value cell.
        cell: Cell,
    },
    /// The date is neither a date cell nor ISO text.
    #[error(
        "{cell}: {} is not a date ({}); enter it as YYYY-MM-DD",
        quote(value),
        escaped(reason)
    )]
    InvalidDate {
        /// The `Date` value cell.
        cell: Cell,
        /// What the cell holds.
        value: String,
        /// Why it is not a date.
        reason: String,
    },
    /// A criterion sheet has no `ID` or no `Status` column.
    #[error("{}: no `{header}` column{where_}", SheetName(sheet), where_ = match row { Some(r) => format!(" in the header row ({})", u64::from(*r) + 1), None => String::new() })]
    MissingHeader {
        /// The sheet's name.
        sheet: String,
        /// The header missing: `ID` or `Status`.
        header: &'static str,
        /// The header row (from 0), when one was found.
        row: Option<u32>,
    },
    /// The same header twice in the header row.
    #[error("{second}: a second `{header}` column (the first is {first})")]
    DuplicateHeader {
        /// The header repeated.
        header: &'static str,
        /// The first cell with it.
        first: Cell,
        /// The second cell with it.
        second: Cell,
    },
    /// An ID that is not a criterion of the matrix.
    #[error("{cell}: {} is not a criterion of {edition}{suggestion}", quote(id))]
    UnknownCriterion {
        /// The `ID` cell.
        cell: Cell,
        /// What it holds.
        id: String,
        /// The edition, e.g. `mhics 2019`.
        edition: String,
        /// The nearest real criterion ID.
        suggestion: DidYouMean,
    },
    /// The same criterion in two rows.
    #[error("{second}: {id} appears twice, here and at {first}")]
    DuplicateId {
        /// The criterion.
        id: CriterionId,
        /// Where it first appears.
        first: Cell,
        /// Where it appears again.
        second: Cell,
    },
    /// A status that is not one of the labels or status IDs.
    #[error(
        "{cell}: {} is not a status (Met, Partial, Not met, Not applicable){suggestion}",
        quote(value)
    )]
    UnknownStatus {
        /// The `Status` cell.
        cell: Cell,
        /// What it holds.
        value: String,
        /// The nearest status label.
        suggestion: DidYouMean,
    },
    /// A note on a criterion with no status: an assessment cannot hold it.
    #[error("{cell}: a note on {id}, which has no status; choose a status or clear the note")]
    NoteWithoutStatus {
        /// The `Note` cell.
        cell: Cell,
        /// The criterion.
        id: CriterionId,
    },
    /// A text too long for a workbook cell (see [`MAX_CELL_CHARS`]); nothing is cut.
    #[error("{} is {length} characters long; a workbook cell holds at most {limit}", escaped(what), limit = MAX_CELL_CHARS)]
    TooLong {
        /// What, e.g. "the note on 1.1-D1".
        what: String,
        /// Its length in UTF-16 code units, as Excel counts.
        length: usize,
    },
    /// Two archive entries of the same name (part names ignore case).
    #[error("not an .xlsx workbook: two archive entries named {}", quote(name))]
    DuplicateEntry {
        /// The entry's name.
        name: String,
    },
    /// Two sheets of the same name (ignoring case, as spreadsheet programs do).
    #[error(
        "two sheets named {} and {}: which one to read cannot be told",
        SheetName(first),
        SheetName(second)
    )]
    DuplicateSheet {
        /// The first sheet's name.
        first: String,
        /// The second's.
        second: String,
    },
    /// Two sheets that point at one part of the archive: no spreadsheet program writes that.
    #[error(
        "sheets {} and {} are one part ({}): no spreadsheet program writes that",
        SheetName(first),
        SheetName(second),
        quote(part)
    )]
    SharedPart {
        /// The first sheet's name.
        first: String,
        /// The second's.
        second: String,
        /// The part both point at.
        part: String,
    },
    /// A cell reference, row or column beyond a sheet's limits (`XFD1048576`).
    #[error(
        "{}: {} is beyond a sheet's limits (XFD1048576)",
        SheetName(sheet),
        quote(reference)
    )]
    BeyondLimits {
        /// The sheet's name.
        sheet: String,
        /// The reference, e.g. `F4294967299` or `row 0`.
        reference: String,
    },
    /// A cell given twice in a sheet.
    #[error("{cell}: the cell is given twice; which value to read cannot be told")]
    CellTwice {
        /// The cell.
        cell: Cell,
    },
    /// A cell given after one that comes later in the sheet (or outside its row).
    #[error(
        "{cell}: the cell comes after {after}, out of order; no spreadsheet program writes that"
    )]
    CellOutOfOrder {
        /// The cell.
        cell: Cell,
        /// The cell (or row) read before it.
        after: Cell,
    },
    /// A row given after a later one, or twice.
    #[error("{}: row {} comes after row {}, out of order or twice", SheetName(sheet), u64::from(*row) + 1, u64::from(*after) + 1)]
    RowOutOfOrder {
        /// The sheet's name.
        sheet: String,
        /// The row, from 0.
        row: u32,
        /// The row read before it, from 0.
        after: u32,
    },
    /// A formula cell with no stored value: what it shows cannot be known without
    /// calculating it.
    #[error("{cell}: a formula with no stored value; open the workbook in a spreadsheet program and save it, or type the value")]
    FormulaWithoutValue {
        /// The cell.
        cell: Cell,
    },
    /// A number cell that holds no finite number.
    #[error("{cell}: {} is not a number", quote(value))]
    NotANumber {
        /// The cell.
        cell: Cell,
        /// What it holds.
        value: String,
    },
    /// A cell holding more characters than a spreadsheet cell can ([`MAX_CELL_CHARS`]).
    #[error("{cell}: {length} characters, more than the {limit} a spreadsheet cell holds", limit = MAX_CELL_CHARS)]
    CellTooLong {
        /// The cell.
        cell: Cell,
        /// Its length in UTF-16 code units, as Excel counts.
        length: usize,
    },
    /// A control character (other than tab and line breaks) in a system name,
    /// respondent or note.
    #[error("{cell}: the control character U+{:04X}; only tab and line breaks are allowed", u32::from(*character))]
    ControlCharacter {
        /// The cell.
        cell: Cell,
        /// The character.
        character: char,
    },
    /// A merged range over the `ID`, `Status` or `Note` column: the cells it hides
    /// would be read as blank though the sheet shows them filled.
    #[error("{first}:{}: merged cells over the `{header}` column; unmerge them so that each criterion has its own cell", last.reference())]
    Merged {
        /// The range's top-left cell, e.g. `'Domain 1'!F5`.
        first: Cell,
        /// Its bottom-right cell (of the same sheet), e.g. `F7`.
        last: Cell,
        /// The column's header.
        header: &'static str,
    },
    /// A `Status` or `Note` in a row with no ID: it belongs to no criterion.
    #[error(
        "{cell}: a {header} in a row with no ID; fill in the criterion's ID or clear the cell"
    )]
    WithoutId {
        /// The cell.
        cell: Cell,
        /// `Status` or `Note`.
        header: &'static str,
    },
    /// A label of the About sheet in two rows.
    #[error("{second}: a second `{label}` row (the first is {first}); which one is meant cannot be told")]
    LabelTwice {
        /// The label, e.g. `System`.
        label: &'static str,
        /// The first label cell.
        first: Cell,
        /// The second.
        second: Cell,
    },
    /// The assessment built from the workbook was refused.
    #[error(transparent)]
    Refused(#[from] Error),
    /// The workbook could not be written.
    #[error("cannot write the workbook: {}", escaped(reason))]
    Write {
        /// What the writer reported.
        reason: String,
    },
}

/// The edition of a matrix as errors name it, e.g. `mhics 2019`.
pub(crate) fn edition(matrix: &crate::model::Matrix) -> String {
    format!("{} {}", matrix.id(), matrix.version())
}

/// Levenshtein distance over chars, for the "did you mean" hints.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    crate::model::edit_distance(&a, b, &mut Vec::with_capacity(a.len() + 1))
}

/// Length as Excel counts it: UTF-16 code units.
pub(crate) fn excel_length(text: &str) -> usize {
    text.encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_excel_names_them() {
        assert_eq!(Cell::new("Domain 2", 13, 5).to_string(), "'Domain 2'!F14");
        assert_eq!(Cell::new("O'Neil", 0, 26).to_string(), "'O''Neil'!AA1");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
        assert_eq!(column_name(u32::MAX).len(), 7);
    }

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
}
