//! The message of each [`Kind`], written once: with a place in a JSON text where the
//! reader stood, and as [`Kind`]'s `Display` without one.

use core::fmt;

use crate::name::{escaped, quote, spellings};

use super::kind::Kind;
use super::{Field, Place};

/// ` (first at X)`, or nothing when the first place is not known.
struct FirstAt<'a>(&'a Place);

impl fmt::Display for FirstAt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Place::Json(position) => write!(f, " (the first at {position})"),
            Place::Cell(cell) => write!(f, " (the first at {cell})"),
            _ => Ok(()),
        }
    }
}

/// `; did you mean X?` or nothing.
struct DidYouMean<T>(Option<T>);

impl<T: fmt::Display> fmt::Display for DidYouMean<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(s) => write!(f, "; did you mean `{s}`?"),
            None => Ok(()),
        }
    }
}

/// `{field} ` or `the cell ` when the field is not known.
struct Subject<'a>(&'a Option<Field>);

impl fmt::Display for Subject<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(field) => write!(f, "{}", escaped(&field.to_string())),
            None => f.write_str("the cell"),
        }
    }
}

impl Kind {
    /// Writes the message, with `at` (e.g. ` at line 3, column 9`, or nothing) where
    /// the reader stood.
    pub(super) fn write(&self, f: &mut fmt::Formatter<'_>, at: &dyn fmt::Display) -> fmt::Result {
        match self {
            Kind::Json { message } => write!(f, "malformed JSON{at}: {}", escaped(message)),
            Kind::TooLarge { what, limit } => write!(
                f,
                "the input is larger than {}, the most {what} may hold",
                crate::read::size(*limit)
            ),
            Kind::WrongKind {
                found,
                expected,
                hint,
            } => write!(f, "this is {found}, not {expected}{hint}"),
            Kind::WrongEdition {
                what,
                matrix,
                version,
                expected,
            } if matrix.is_empty() && version.is_empty() => {
                write!(f, "this {what} names no edition{at}, expected {expected}")
            }
            Kind::WrongEdition {
                what,
                matrix,
                version,
                expected,
            } => write!(
                f,
                "this {what} answers {} {}, expected {expected}{at}",
                escaped(matrix),
                escaped(version)
            ),
            Kind::UnknownField {
                field,
                context,
                expected,
            } => write!(
                f,
                "unknown field {} in {}{at}; expected one of: {expected}",
                quote(field),
                escaped(context)
            ),
            Kind::MissingField { field, context } => {
                write!(f, "missing field `{field}` in {}{at}", escaped(context))
            }
            Kind::DuplicateField { field, context } => write!(
                f,
                "field {} appears twice in {}{at}",
                quote(field),
                escaped(context)
            ),
            Kind::LoneSurrogate { escape } => write!(
                f,
                "a lone surrogate `{}`{at} is not valid text: a `\\uD800`–`\\uDFFF` escape must be one half of a pair",
                escaped(escape)
            ),
            Kind::MalformedId { value, expected } => {
                write!(f, "{} is not {expected}{at}", quote(value))
            }
            Kind::Unrecognised {
                what,
                value,
                expected,
            } => write!(
                f,
                "{} is not a {what}{at}; expected one of: {}",
                quote(value),
                expected.join(", ")
            ),
            Kind::InvalidDate {
                field,
                value,
                reason,
            } => match field {
                Some(field) if *field != Field::Date => {
                    write!(f, "invalid date {} in {field}{at}: {reason}", quote(value))
                }
                _ => write!(f, "invalid date {}{at}: {reason}", quote(value)),
            },
            Kind::Empty { field } => write!(f, "{field} is empty{at}"),
            Kind::ControlCharacter { field, character } => write!(
                f,
                "{} contains the control character U+{:04X}{at}: only tab and line breaks are allowed",
                Subject(field),
                u32::from(*character)
            ),
            Kind::TextTooLong { field, length } => write!(
                f,
                "{} is {length} characters long{at}, more than the {} a text may hold",
                Subject(field),
                crate::read::MAX_TEXT_CHARS
            ),
            Kind::UnknownCriterion {
                id,
                action,
                suggestion,
            } => match action {
                Some(action) => write!(
                    f,
                    "{action}: unknown criterion ID {} in `criteria`{at}{}",
                    quote(id),
                    DidYouMean(*suggestion)
                ),
                None => write!(
                    f,
                    "unknown criterion ID {}{at}{}",
                    quote(id),
                    DidYouMean(*suggestion)
                ),
            },
            Kind::DuplicateResponse { id, first } => write!(
                f,
                "criterion `{id}` has more than one response{at}{}",
                FirstAt(first)
            ),
            Kind::UnknownStatus {
                id,
                value,
                expected,
                suggestion,
            } => write!(
                f,
                "unknown status {} for criterion `{id}`{at}; expected one of: {}{}",
                quote(value),
                expected.join(", "),
                DidYouMean(*suggestion)
            ),
            Kind::NoteWithoutStatus { id } => write!(
                f,
                "a note on `{id}` is given without a status{at}; choose a status or clear the note"
            ),
            Kind::DuplicateAction {
                id,
                first_id,
                first,
            } => write!(
                f,
                "action {} appears twice in the plan{at}{}",
                spellings(id, first_id),
                FirstAt(first)
            ),
            Kind::DuplicateActionCriterion { action, id } => {
                write!(f, "{action} names criterion `{id}` twice in `criteria`{at}")
            }
            Kind::UnknownActionStatus {
                action,
                value,
                expected,
                suggestion,
            } => write!(
                f,
                "unknown status {} for {action}{at}; expected one of: {}{}",
                quote(value),
                expected.join(", "),
                DidYouMean(*suggestion)
            ),
            Kind::NotAWorkbook { reason } => {
                write!(f, "not an .xlsx workbook: {}", escaped(reason))
            }
            Kind::TooLargeUnzipped { size, limit } => write!(
                f,
                "the workbook unzips to {size} bytes, more than the {limit} bytes a workbook may hold"
            ),
            Kind::DuplicateEntry { name } => write!(
                f,
                "not an .xlsx workbook: two archive entries named {}",
                quote(name)
            ),
            Kind::DuplicateSheet { first, second } => write!(
                f,
                "two sheets named {} and {}: which one to read cannot be told",
                super::place::SheetName(first),
                super::place::SheetName(second)
            ),
            Kind::SharedPart {
                first,
                second,
                part,
            } => write!(
                f,
                "sheets {} and {} are one part ({}): no spreadsheet program writes that",
                super::place::SheetName(first),
                super::place::SheetName(second),
                quote(part)
            ),
            Kind::MissingSheet { sheet } => write!(f, "the workbook has no sheet named '{sheet}'"),
            Kind::UnreadableSheet { reason } => {
                write!(f, "cannot read the sheet: {}", escaped(reason))
            }
            Kind::TooManyCells { limit } => write!(
                f,
                "more than {limit} cells hold something; this is not a filled-in workbook"
            ),
            Kind::BeyondLimits { reference } => write!(
                f,
                "{} is beyond a sheet's limits (XFD1048576)",
                quote(reference)
            ),
            Kind::RowOutOfOrder { row, after } => write!(
                f,
                "row {} comes after row {}, out of order or twice",
                u64::from(*row) + 1,
                u64::from(*after) + 1
            ),
            Kind::MissingLabel { label } => write!(f, "no row labelled `{label}` in column A"),
            Kind::MissingHeader { header, row } => match row {
                Some(row) => write!(
                    f,
                    "no `{header}` column in the header row ({})",
                    u64::from(*row) + 1
                ),
                None => write!(f, "no `{header}` column"),
            },
            Kind::DuplicateHeader { header, first } => {
                write!(f, "a second `{header}` column (the first is {first})")
            }
            Kind::LabelTwice { label, first } => write!(
                f,
                "a second `{label}` row (the first is {first}); which one is meant cannot be told"
            ),
            Kind::CellTwice => f.write_str("the cell is given twice; which value to read cannot be told"),
            Kind::CellOutOfOrder { after } => write!(
                f,
                "the cell comes after {after}, out of order; no spreadsheet program writes that"
            ),
            Kind::FormulaWithoutValue => f.write_str("a formula with no stored value; open the workbook in a spreadsheet program and save it, or type the value"),
            Kind::NotANumber { value } => write!(f, "{} is not a number", quote(value)),
            Kind::Merged { last, header } => write!(
                f,
                "merged cells from here to {} over the `{header}` column; unmerge them so that each row has its own cell",
                last.reference()
            ),
            Kind::WithoutId { header, action } => {
                let (what, whose) = if *action {
                    ("action ID", "action's")
                } else {
                    ("ID", "criterion's")
                };
                write!(
                    f,
                    "a {header} in a row with no {what}; fill in the {whose} ID or clear the cell"
                )
            }
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, &"")
    }
}
