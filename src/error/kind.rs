//! What is wrong with input: one [`Kind`] per rule, each message written once for
//! JSON, workbooks and values built in code.

use core::fmt;

use crate::id::CriterionId;

use super::{Cell, Field, Place};

/// What is wrong with input: one kind per rule the crate checks, the same whether the
/// input came from a JSON text, a workbook or a value built in code. Where it was found
/// is the error's [`Place`].
///
/// `Display` writes the message without its place, e.g. ``unknown criterion ID
/// "1.1-d9"; did you mean `1.1-D9`?``; [`Error`](super::Error) writes it with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    // ---- The text as a whole. ----
    /// The text is not well-formed JSON, or a value has the wrong JSON type.
    Json {
        /// What the JSON reader reported.
        message: String,
    },
    /// Input larger than the most the reader takes: the whole text of an assessment
    /// ([`MAX_ASSESSMENT_BYTES`](crate::read::MAX_ASSESSMENT_BYTES)) or a plan
    /// ([`MAX_PLAN_BYTES`](crate::read::MAX_PLAN_BYTES)), or a workbook file.
    TooLarge {
        /// What it should be: `an assessment`, `a plan` or `a workbook`.
        what: &'static str,
        /// The limit, in bytes.
        limit: u64,
    },
    /// A file of another kind than was asked for: an `.xlsx` workbook given as JSON, or
    /// one of the crate's JSON formats given for another (an assessment for a plan, say).
    WrongKind {
        /// What the file is, e.g. `an assessment`.
        found: &'static str,
        /// What was asked for, e.g. `an action plan`.
        expected: &'static str,
        /// How to read it, where there is a way, starting `; `.
        hint: &'static str,
    },
    /// The input answers another matrix or edition than the one (or those) it is read
    /// against.
    WrongEdition {
        /// What names the edition: `assessment`, `plan` or `workbook`.
        what: &'static str,
        /// The matrix ID the input names.
        matrix: String,
        /// The version the input names.
        version: String,
        /// The edition expected, e.g. `mhics 2019`, or `one of: mhics 2019, lakeside 2026`.
        expected: String,
    },
    // ---- Fields of the JSON formats. ----
    /// A field that the format does not have.
    UnknownField {
        /// The field found.
        field: String,
        /// Where it stood, e.g. `the assessment` or ``the response for `1.1-D1` ``.
        context: String,
        /// The fields allowed there.
        expected: &'static str,
    },
    /// A required field is missing.
    MissingField {
        /// The field missing.
        field: &'static str,
        /// Where it should be.
        context: String,
    },
    /// The same field twice in one object.
    DuplicateField {
        /// The field repeated.
        field: String,
        /// Where.
        context: String,
    },
    /// A `\u` escape of half a UTF-16 surrogate pair, with no other half.
    LoneSurrogate {
        /// The escape, e.g. `\ud800`.
        escape: String,
    },
    // ---- Values. ----
    /// Text that is not a well-formed ID (or level) of the kind asked for.
    MalformedId {
        /// The text given.
        value: String,
        /// What was expected, e.g. ``a criterion ID such as `1.1-D1` ``.
        expected: &'static str,
    },
    /// Text that names none of the values it should: a status, a level, an action status
    /// or a target read with `FromStr` (which takes an identifier or a label, ignoring
    /// case).
    Unrecognised {
        /// What was expected, e.g. `status`.
        what: &'static str,
        /// The text given.
        value: String,
        /// The identifiers expected, e.g. `met`, `partial`, `not_met`, `not_applicable`.
        expected: Vec<&'static str>,
    },
    /// A date that is not a real calendar date in the form `YYYY-MM-DD`.
    InvalidDate {
        /// The field: the assessment's date, a plan's `assessed` or `agreed`, an
        /// action's `due`; none for a date parsed on its own.
        field: Option<Field>,
        /// The date given.
        value: String,
        /// What is wrong with it.
        reason: DateReason,
    },
    /// A field that must not be empty is empty or only white space: the system name, or
    /// an action's `id`, `title`, `owner`, `lead`, `criteria` or `status`.
    Empty {
        /// The field.
        field: Field,
    },
    /// A control character in text taken from input: only tab and line feed (and
    /// carriage return before a line feed) are allowed.
    ControlCharacter {
        /// The field, e.g. the note on `1.1-D1`; none for a workbook cell read as
        /// another value.
        field: Option<Field>,
        /// The character found.
        character: char,
    },
    /// A text from input longer than [`MAX_TEXT_CHARS`](crate::read::MAX_TEXT_CHARS)
    /// (32 767 UTF-16 code units, what a spreadsheet cell holds); nothing is cut.
    TextTooLong {
        /// The field; none for a workbook cell that is not one.
        field: Option<Field>,
        /// Its length in UTF-16 code units.
        length: usize,
    },
    // ---- Criteria and responses. ----
    /// An ID that is not a criterion of the edition: a response's, or one of an
    /// action's `criteria`.
    UnknownCriterion {
        /// The ID given.
        id: String,
        /// The action naming it (e.g. `action "A1"`), for an action's criteria.
        action: Option<String>,
        /// The nearest real criterion ID.
        suggestion: Option<CriterionId>,
    },
    /// Two responses for the same criterion.
    DuplicateResponse {
        /// The criterion answered twice.
        id: CriterionId,
        /// Where the first response stands, when known.
        first: Place,
    },
    /// A status other than the four.
    UnknownStatus {
        /// The criterion.
        id: CriterionId,
        /// The status given.
        value: String,
        /// The statuses taken there: the identifiers in JSON and code, the labels in a
        /// workbook.
        expected: Vec<&'static str>,
        /// The nearest label, in a workbook.
        suggestion: Option<&'static str>,
    },
    /// A note given without a status (from a form or a workbook: the status left blank):
    /// refused rather than dropped.
    NoteWithoutStatus {
        /// The criterion.
        id: CriterionId,
    },
    // ---- Action plans. ----
    /// Two actions of one plan have the same ID (compared as names).
    DuplicateAction {
        /// The second action's ID.
        id: String,
        /// The first action's ID (it may be spelt differently).
        first_id: String,
        /// Where the first stands, when known.
        first: Place,
    },
    /// An action names the same criterion twice.
    DuplicateActionCriterion {
        /// The action, e.g. `action "A1"`.
        action: String,
        /// The criterion named twice.
        id: CriterionId,
    },
    /// An action status other than the four.
    UnknownActionStatus {
        /// The action, e.g. `action "A1"`.
        action: String,
        /// The status given.
        value: String,
        /// The statuses taken there: the identifiers in JSON and code, the labels in a
        /// workbook.
        expected: Vec<&'static str>,
        /// The nearest label, in a workbook.
        suggestion: Option<&'static str>,
    },
    // ---- Workbooks: the file. ----
    /// The file is not an `.xlsx` workbook, or is damaged.
    NotAWorkbook {
        /// What the reader found.
        reason: String,
    },
    /// The workbook would unzip to more than [`MAX_UNZIPPED`](crate::workbook::MAX_UNZIPPED)
    /// bytes.
    TooLargeUnzipped {
        /// The size it declares, in bytes.
        size: u128,
        /// The limit, in bytes.
        limit: u64,
    },
    /// Two archive entries of the same name (part names ignore case).
    DuplicateEntry {
        /// The entry's name.
        name: String,
    },
    /// Two sheets of the same name (ignoring case, as spreadsheet programs do).
    DuplicateSheet {
        /// The first sheet's name.
        first: String,
        /// The second's.
        second: String,
    },
    /// Two sheets that point at one part of the archive: no spreadsheet program writes
    /// that.
    SharedPart {
        /// The first sheet's name.
        first: String,
        /// The second's.
        second: String,
        /// The part both point at.
        part: String,
    },
    /// A sheet the workbook must have is missing.
    MissingSheet {
        /// The sheet's name.
        sheet: &'static str,
    },
    // ---- Workbooks: a sheet (the place names it). ----
    /// A sheet could not be read.
    UnreadableSheet {
        /// What the reader reported.
        reason: String,
    },
    /// A sheet holds more than [`MAX_CELLS`](crate::workbook::MAX_CELLS) cells.
    TooManyCells {
        /// The limit.
        limit: usize,
    },
    /// A cell reference, row or column beyond a sheet's limits (`XFD1048576`).
    BeyondLimits {
        /// The reference, e.g. `F4294967299` or `row 0`.
        reference: String,
    },
    /// A row given after a later one, or twice.
    RowOutOfOrder {
        /// The row, from 0.
        row: u32,
        /// The row read before it, from 0.
        after: u32,
    },
    /// The About (or Action plan) sheet has no row labelled `label` in column A.
    MissingLabel {
        /// The label missing, e.g. `System`.
        label: &'static str,
    },
    /// A criterion sheet has no `ID` or `Status` column, or the Action plan sheet no
    /// `ID`, `Title`, `Criteria` or `Status` column.
    MissingHeader {
        /// The header missing.
        header: &'static str,
        /// The header row (from 0), when one was found.
        row: Option<u32>,
    },
    // ---- Workbooks: a cell (the place names it). ----
    /// The same header twice in the header row.
    DuplicateHeader {
        /// The header repeated.
        header: &'static str,
        /// The first cell with it.
        first: Cell,
    },
    /// A label of the About (or Action plan) sheet in two rows.
    LabelTwice {
        /// The label, e.g. `System`.
        label: &'static str,
        /// The first label cell.
        first: Cell,
    },
    /// A cell given twice in a sheet.
    CellTwice,
    /// A cell given after one that comes later in the sheet (or outside its row).
    CellOutOfOrder {
        /// The cell (or row) read before it.
        after: Cell,
    },
    /// A formula cell with no stored value: what it shows cannot be known without
    /// calculating it.
    FormulaWithoutValue,
    /// A number cell that holds no finite number.
    NotANumber {
        /// What it holds.
        value: String,
    },
    /// A merged range over a column read: the cells it hides would be read as blank
    /// though the sheet shows them filled. The place is its top-left cell.
    Merged {
        /// Its bottom-right cell.
        last: Cell,
        /// The column's header.
        header: &'static str,
    },
    /// A `Status` or `Note` in a row with no criterion ID, or something in an action's
    /// row with no action ID.
    WithoutId {
        /// The column's header, e.g. `Status`.
        header: &'static str,
        /// Whether the row is an action's (of the Action plan sheet).
        action: bool,
    },
}

/// Why a text is not a [`Date`](crate::Date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateReason {
    /// Not of the form `YYYY-MM-DD`.
    Form,
    /// The month is not 01 to 12.
    Month,
    /// The day does not exist in that month.
    Day,
    /// Year 0000.
    Year,
    /// A workbook cell that holds a number, not a date cell or text.
    NotADate,
    /// A workbook date cell outside the years 1900 to 9999.
    OutOfRange,
    /// A workbook date cell with a time of day.
    WithTime,
}

impl fmt::Display for DateReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateReason::Form => "expected a date of the form YYYY-MM-DD",
            DateReason::Month => "the month must be 01 to 12",
            DateReason::Day => "that month has no such day",
            DateReason::Year => "the year must be 0001 to 9999",
            DateReason::NotADate => "a number, not a date cell or text; enter it as YYYY-MM-DD",
            DateReason::OutOfRange => "a date serial outside the years 1900 to 9999",
            DateReason::WithTime => "a date with a time of day; enter the date alone",
        })
    }
}
