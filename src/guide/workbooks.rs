//! Workbooks: the matrix as an `.xlsx` file to fill in, and read back.
//!
//! For partners who work in spreadsheets, feature `xlsx` (off by default) writes the
//! matrix as a workbook to fill in, blank or pre-filled from an assessment, and reads a
//! filled one back into an assessment, exactly. A workbook can carry an action plan too.
//! The feature needs Rust 1.88 or later (the minimum of `rust_xlsxwriter`, which writes
//! the files); the crate without it needs Rust 1.82. The module is
//! [`workbook`](crate::workbook); its documentation gives every detail.
//!
//! # The sheets
//!
//! | sheet | what it holds | to fill in |
//! | --- | --- | --- |
//! | `About` | the tool's title; rows labelled in column A `Matrix`, `Version`, `System`, `Respondent`, `Date`, their values in column B; how to fill the workbook in; what each status and level means | `System`, `Respondent`, `Date` |
//! | `Summary` | the result, in spreadsheet formulas (below) | nothing |
//! | `Domain 1`, `Domain 2`, ... | a header row, then a row per criterion in matrix order, under sub-section and level heading rows | `Status`, `Note` |
//! | `Action plan` (only with a plan, last) | the plan's `System`, `Assessed` and `Agreed`; a row per action; 20 blank rows to add actions in | every cell of the actions and the blank rows, and the three values |
//!
//! A domain sheet's header holds `ID`, `Sub-section`, `Level`, `Theme`, `Criterion`,
//! `Status` and `Note`. `Status` offers a drop-down of `Met`, `Partial`, `Not met` and
//! `Not applicable`; blank is not assessed. `Status` cells are shaded by status on the
//! reports' purple scale, never red, amber or green.
//!
//! The plan sheet's header holds `ID`, `Title`, `Criteria` (criterion IDs separated by
//! commas), `Owner`, `Lead`, `Due`, `Status` (a drop-down of `Planned`, `In progress`,
//! `Done` and `Dropped`) and `Note`.
//!
//! Only the cells to fill in can be changed; each sheet is protected, without a
//! password. The header is frozen, text wraps, and each sheet prints on A4 landscape
//! pages, one page wide, with the header repeated.
//!
//! # The Summary sheet
//!
//! The Summary shows the result as the workbook is filled in. For each sub-section it
//! gives the criteria met out of those applicable at each level (`7 / 9`) and the level
//! attained (`Not yet Developing` for none); then each domain's level and the `Overall`
//! level, by the rules of [`rules`](super::rules). The counts they come from stand
//! beside them. It prints on one landscape page.
//!
//! Each formula is stored with the value the crate's evaluation gives, so a viewer that
//! does not recalculate shows the right figures too. For a workbook filled through the
//! drop-downs, what Excel or LibreOffice recalculates is the crate's evaluation, cell for
//! cell; the repository tests this in LibreOffice on random fills. The formulas count a
//! status by its label or ID in any case, ignoring spaces around it, as the reader does.
//!
//! # What is read back
//!
//! Reading an assessment:
//!
//! - `About`: `Matrix` and `Version` must name the edition; `System` must not be blank;
//!   `Respondent` and `Date` (a date cell or `YYYY-MM-DD` text) are optional.
//! - `Summary` and `Action plan` are passed over.
//! - Every other sheet that holds anything is read as criterion rows. The `ID`, `Status`
//!   and `Note` columns are found by their header, ignoring case and spaces, so moved or
//!   added columns do not matter. Rows with no ID and nothing in `Status` or `Note`
//!   (heading rows, blank rows) are skipped.
//! - A status is one of the four labels or a status ID (`met`, `partial`, `not_met`,
//!   `not_applicable`), in any case, ignoring spaces around it.
//! - Notes come back exactly as the cells hold them.
//!
//! Reading a plan reads `About` (`Matrix` and `Version` only) and `Action plan`: columns
//! by their header; each row with something in it is an action, in order; criteria
//! separated by commas, semicolons or white space; statuses by label or ID. The plan
//! comes back exactly, as from its JSON file, with the plan's own rules (see
//! [`plans`](super::plans)).
//!
//! A workbook cannot tell an empty text from a blank cell: an empty note reads back as no
//! note. A workbook re-saved by LibreOffice Calc reads back as the same assessment and
//! the same plan. A number in a cell the reader keeps as text (a note, a name) reads as a
//! spreadsheet shows it in General format (`0.3`).
//!
//! # What is refused
//!
//! A bad workbook is refused with a one-line error naming the sheet and cell. It is the
//! crate's one input error, [`Error`](crate::Error): the same [`Kind`](crate::error::Kind)
//! as the same mistake in a JSON file or a form, with a cell as its
//! [`Place`](crate::error::Place) instead of a line and column:
//!
//! ```text
//! 'Domain 2'!F14: unknown status "Mett" for criterion `2.1-D1`; expected one of: Met, Partial, Not met, Not applicable; did you mean `Met`?
//! 'Action plan'!C9: action "A1": unknown criterion ID "1.1-M01" in `criteria`; did you mean `1.1-M1`?
//! ```
//!
//! - an unknown criterion (with the nearest real one) or status (with the nearest
//!   label); the same criterion or action ID twice, naming both cells;
//! - a missing `ID` or `Status` header; another edition; a file that is not a workbook;
//! - a `Status` or `Note` in a row with no ID, or anything in a plan row with no ID;
//! - a formula with no stored value; merged cells over a column read;
//! - two sheets of one name (ignoring case), two rows of one About label, two archive
//!   entries of one name, two sheets sharing one part;
//! - a cell given twice or out of order, a reference beyond `XFD1048576`;
//! - a date serial outside the years 1900 to 9999, a number that is not finite, a text
//!   longer than a cell holds, a control character.
//!
//! Nothing is guessed and nothing panics. The reader reads only the parts it needs,
//! straight from the archive, and reserves nothing from a count the file declares. The
//! limits on a workbook's size are in [`limits`](super::limits).
//!
//! # Writing
//!
//! Every assessment can be written: no text of an assessment is longer than a cell
//! holds (32,767 characters), so nothing is ever cut. A workbook is written only if it
//! can be read back. An assessment of another system than the plan is refused.
