//! What can be wrong with a workbook read or written ([`WorkbookError`]), and how its
//! errors name a sheet and cell ([`Cell`], e.g. `'Domain 2'!F14`).

use core::fmt;

use crate::error::Error;
use crate::id::CriterionId;
use crate::name::{escaped, quote};
use crate::workbook::MAX_CELL_CHARS;

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

/// Everything that can be wrong with a workbook read by [`read`](super::read()) or
/// [`read_plan`](super::read_plan), or with writing one ([`write`](super::write()),
/// [`write_with_plan`](super::write_with_plan)). Errors about the contents name the
/// sheet and cell.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WorkbookError {
    /// The file is empty.
    #[error("the file is empty, not a workbook")]
    Empty,
    /// The file is larger than [`MAX_SIZE`](super::MAX_SIZE).
    #[error("the file is {size} bytes, more than the {limit} bytes a workbook may have")]
    TooLarge {
        /// The file's size in bytes.
        size: usize,
        /// [`MAX_SIZE`](super::MAX_SIZE).
        limit: usize,
    },
    /// The workbook would unzip to more than [`MAX_UNZIPPED`](super::MAX_UNZIPPED) bytes.
    #[error(
        "the workbook unzips to {size} bytes, more than the {limit} bytes a workbook may hold"
    )]
    TooLargeUnzipped {
        /// The size it declares, in bytes.
        size: u128,
        /// [`MAX_UNZIPPED`](super::MAX_UNZIPPED).
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
    /// A sheet holds more than [`MAX_CELLS`](super::MAX_CELLS) cells.
    #[error(
        "{}: more than {limit} cells hold something; this is not a filled-in workbook",
        SheetName(sheet)
    )]
    TooManyCells {
        /// The sheet's name.
        sheet: String,
        /// [`MAX_CELLS`](super::MAX_CELLS).
        limit: usize,
    },
    /// The About (or Action plan) sheet has no row labelled `label` in column A.
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
        /// The `System` value cell (of the About or the Action plan sheet).
        cell: Cell,
    },
    /// A date (About's `Date`, the plan's `Assessed`, `Agreed` or an action's `Due`) is
    /// neither a date cell nor ISO text.
    #[error(
        "{cell}: {} is not a date ({}); enter it as YYYY-MM-DD",
        quote(value),
        escaped(reason)
    )]
    InvalidDate {
        /// The date cell.
        cell: Cell,
        /// What the cell holds.
        value: String,
        /// Why it is not a date.
        reason: String,
    },
    /// A criterion sheet has no `ID` or no `Status` column, or the Action plan sheet no
    /// `ID`, `Title`, `Criteria` or `Status` column.
    #[error("{}: no `{header}` column{where_}", SheetName(sheet), where_ = match row { Some(r) => format!(" in the header row ({})", u64::from(*r) + 1), None => String::new() })]
    MissingHeader {
        /// The sheet's name.
        sheet: String,
        /// The header missing, e.g. `ID` or `Status`.
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
    /// A merged range over a column read (`ID`, `Status` or `Note` of a criterion sheet,
    /// any column of the Action plan sheet): the cells it hides would be read as blank
    /// though the sheet shows them filled.
    #[error("{first}:{}: merged cells over the `{header}` column; unmerge them so that each row has its own cell", last.reference())]
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
    /// A label of the About (or Action plan) sheet in two rows.
    #[error("{second}: a second `{label}` row (the first is {first}); which one is meant cannot be told")]
    LabelTwice {
        /// The label, e.g. `System`.
        label: &'static str,
        /// The first label cell.
        first: Cell,
        /// The second.
        second: Cell,
    },
    /// A plan written with an assessment of another system (names compared as names).
    #[error(
        "{}: a workbook holds the plan of the system it assesses",
        systems(plan, assessment)
    )]
    PlanSystem {
        /// The plan's system.
        plan: String,
        /// The assessment's system.
        assessment: String,
    },
    /// Something in an action's row of the Action plan sheet, but no action ID.
    #[error(
        "{cell}: a {header} in a row with no action ID; fill in the action's ID or clear the cell"
    )]
    ActionWithoutId {
        /// The first cell of the row holding something.
        cell: Cell,
        /// Its column's header, e.g. `Title`.
        header: &'static str,
    },
    /// Two actions of the Action plan sheet with one ID (compared as names).
    #[error(
        "{second}: action {} appears twice, here and at {first}",
        crate::name::spellings(id, first_id)
    )]
    DuplicateAction {
        /// The second action's ID.
        id: String,
        /// The first's, as it is spelt there.
        first_id: String,
        /// The first action's `ID` cell.
        first: Cell,
        /// The second's.
        second: Cell,
    },
    /// An action names one criterion twice.
    #[error("{cell}: {id} appears twice in action {}", quote(action))]
    CriterionTwice {
        /// The `Criteria` cell.
        cell: Cell,
        /// The criterion.
        id: CriterionId,
        /// The action's ID.
        action: String,
    },
    /// An action's `Title`, `Criteria` or `Status` cell is blank.
    #[error("{cell}: action {} has no {field}", quote(action))]
    EmptyActionField {
        /// The blank cell.
        cell: Cell,
        /// `title`, `criteria` or `status`.
        field: &'static str,
        /// The action's ID.
        action: String,
    },
    /// An action status that is not one of the labels or status IDs.
    #[error(
        "{cell}: {} is not an action status (Planned, In progress, Done, Dropped){suggestion}",
        quote(value)
    )]
    UnknownActionStatus {
        /// The `Status` cell.
        cell: Cell,
        /// What it holds.
        value: String,
        /// The nearest status label.
        suggestion: DidYouMean,
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

/// `the plan is for "A" but the assessment is of "B"`, the names told apart.
fn systems(plan: &str, assessment: &str) -> String {
    let (plan, assessment) = crate::name::pair(plan, assessment);
    format!("the plan is for {plan} but the assessment is of {assessment}")
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
}
