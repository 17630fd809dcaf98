//! One worksheet's cells, read from its part's XML: what any reader of a sheet needs
//! (the About sheet, the criterion sheets, or another kind of sheet), with every cell
//! reference checked against a sheet's limits and every cell in its place exactly once.
//!
//! A [`Grid`] holds the cells that hold something, in row order, with shared strings
//! kept as indices (a string used by a million cells is held once), and the merged
//! ranges. [`Sheet`] pairs a grid with the workbook's shared strings and styles, and
//! gives each cell as the spreadsheet shows it ([`Sheet::text`]) or as a date
//! ([`Sheet::date`]). Where a reader's rows and columns are (header rows, labels) is
//! found by `layout`.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::package::{ooxml_unescape, xml_error, SharedStrings, Strings, Styles};
use crate::date::Date;
use crate::workbook::error::{Cell, WorkbookError};
use crate::workbook::{excel_length, MAX_CELLS, MAX_CELL_CHARS};

/// The most rows a sheet has (Excel's limit): 1,048,576.
pub(crate) const MAX_ROWS: u32 = 1_048_576;
/// The most columns a sheet has (Excel's limit, up to `XFD`): 16,384.
pub(crate) const MAX_COLUMNS: u32 = 16_384;

/// A cell reference such as `F14` as (row, column), both from 0; `None` when it is not
/// one or lies beyond the sheet's limits (`XFD1048576`).
pub(crate) fn parse_reference(text: &str) -> Option<(u32, u32)> {
    let letters = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let (column, row) = text.split_at(letters);
    let column = column.bytes().fold(0u32, |n, b| {
        n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    if row.is_empty() || row.len() > 7 || !row.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let row: u32 = row.parse().ok()?;
    ((1..=MAX_ROWS).contains(&row) && (1..=MAX_COLUMNS).contains(&column))
        .then(|| (row - 1, column - 1))
}

/// A range such as `B5:G5` (or one cell, `B5`) as its top-left and bottom-right cells.
pub(crate) fn parse_range(text: &str) -> Option<((u32, u32), (u32, u32))> {
    let (a, b) = text.split_once(':').unwrap_or((text, text));
    let (a, b) = (parse_reference(a)?, parse_reference(b)?);
    Some(((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1))))
}

/// What a cell holds, as the file stores it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    /// An index into the shared strings.
    Shared(u32),
    /// Text held in the cell itself (an inline string, a formula's text result).
    Text(Box<str>),
    /// A number, with the index of its style (which says whether it is a date).
    Number { value: f64, style: u32 },
    /// `TRUE` or `FALSE`.
    Bool(bool),
    /// An error value such as `#N/A`.
    Error(Box<str>),
    /// A date stored as ISO 8601 text (cell type `d`).
    IsoDate(Box<str>),
}

/// A merged range: its top-left and bottom-right cells, (row, column) from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Merge {
    pub(crate) first: (u32, u32),
    pub(crate) last: (u32, u32),
}

impl Merge {}

/// The cells of one sheet that hold something, in row-major order, and its merged
/// ranges.
#[derive(Debug, Default)]
pub(crate) struct Grid {
    cells: Vec<((u32, u32), Value)>,
    pub(crate) merges: Vec<Merge>,
}

impl Grid {
    /// Each cell holding something, row by row: (row, column, value).
    pub(crate) fn cells(&self) -> impl Iterator<Item = (u32, u32, &Value)> {
        self.cells.iter().map(|((r, c), v)| (*r, *c, v))
    }

    /// The value at (row, column), if the cell holds anything.
    pub(crate) fn get(&self, row: u32, column: u32) -> Option<&Value> {
        self.cells
            .binary_search_by_key(&(row, column), |(at, _)| *at)
            .ok()
            .map(|i| &self.cells[i].1)
    }

    /// Whether no cell holds anything.
    pub(crate) fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// Reads a worksheet part. Every cell reference must lie within the sheet's limits,
    /// each cell come once and in order, a formula carry its stored value, and a text
    /// fit in a cell; at most [`MAX_CELLS`] cells may hold something.
    pub(crate) fn parse(
        sheet: &str,
        xml: &str,
        strings: &SharedStrings,
    ) -> Result<Grid, WorkbookError> {
        Parser::new(sheet, strings).run(xml)
    }
}

/// The state of reading one sheet's XML.
struct Parser<'a> {
    sheet: &'a str,
    strings: &'a SharedStrings,
    grid: Grid,
    /// The row being read (from 0), and the last cell read.
    row: Option<u32>,
    last_row: Option<u32>,
    last: Option<(u32, u32)>,
    cell: Option<Pending>,
    /// Depth inside `<v>` or an inline string's `<t>`, and inside phonetic runs.
    in_value: bool,
    in_phonetic: u32,
    text: String,
}

/// A cell being read.
struct Pending {
    at: (u32, u32),
    kind: Kind,
    style: u32,
    formula: bool,
    has_value: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Number,
    Shared,
    Str,
    Inline,
    Bool,
    Error,
    Date,
}

impl<'a> Parser<'a> {
    fn new(sheet: &'a str, strings: &'a SharedStrings) -> Parser<'a> {
        Parser {
            sheet,
            strings,
            grid: Grid::default(),
            row: None,
            last_row: None,
            last: None,
            cell: None,
            in_value: false,
            in_phonetic: 0,
            text: String::new(),
        }
    }

    fn unreadable(&self, reason: impl std::fmt::Display) -> WorkbookError {
        WorkbookError::UnreadableSheet {
            sheet: self.sheet.to_owned(),
            reason: reason.to_string(),
        }
    }

    fn at(&self, (row, column): (u32, u32)) -> Cell {
        Cell::new(self.sheet, row, column)
    }

    fn run(mut self, xml: &str) -> Result<Grid, WorkbookError> {
        let mut reader = Reader::from_str(xml);
        loop {
            let event = reader
                .read_event()
                .map_err(|e| self.unreadable(xml_error(&e)))?;
            match event {
                Event::Start(e) => self.start(&e, false)?,
                Event::Empty(e) => self.start(&e, true)?,
                Event::End(e) => self.end(e.local_name().as_ref())?,
                Event::Text(t) if self.in_value && self.in_phonetic == 0 => {
                    self.text.push_str(&t.xml10_content());
                }
                Event::CData(t) if self.in_value && self.in_phonetic == 0 => {
                    self.text.push_str(&t.into_inner());
                }
                Event::GeneralRef(r) if self.in_value && self.in_phonetic == 0 => {
                    let c =
                        super::package::resolve_reference(&r).map_err(|e| self.unreadable(e))?;
                    self.text.push(c);
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(self.grid)
    }

    fn attribute(&self, e: &BytesStart<'_>, name: &str) -> Result<Option<String>, WorkbookError> {
        super::package::attribute(e, name).map_err(|e| self.unreadable(e))
    }

    fn start(&mut self, e: &BytesStart<'_>, empty: bool) -> Result<(), WorkbookError> {
        match e.local_name().as_ref() {
            "row" => {
                let row = match self.attribute(e, "r")? {
                    Some(r) => match r.parse::<u32>() {
                        Ok(n) if (1..=MAX_ROWS).contains(&n) => n - 1,
                        _ => {
                            return Err(WorkbookError::BeyondLimits {
                                sheet: self.sheet.to_owned(),
                                reference: format!("row {r}"),
                            })
                        }
                    },
                    None => self.last_row.map_or(0, |r| r + 1),
                };
                if let Some(last) = self.last_row {
                    if row <= last {
                        return Err(WorkbookError::RowOutOfOrder {
                            sheet: self.sheet.to_owned(),
                            row,
                            after: last,
                        });
                    }
                }
                if row >= MAX_ROWS {
                    return Err(WorkbookError::BeyondLimits {
                        sheet: self.sheet.to_owned(),
                        reference: format!("row {}", u64::from(row) + 1),
                    });
                }
                self.last_row = Some(row);
                self.row = (!empty).then_some(row);
            }
            "c" => {
                let at = match self.attribute(e, "r")? {
                    Some(r) => {
                        let at =
                            parse_reference(&r).ok_or_else(|| WorkbookError::BeyondLimits {
                                sheet: self.sheet.to_owned(),
                                reference: r.clone(),
                            })?;
                        if let Some(row) = self.row {
                            if at.0 != row {
                                return Err(WorkbookError::CellOutOfOrder {
                                    cell: self.at(at),
                                    after: Cell::new(self.sheet, row, 0),
                                });
                            }
                        }
                        at
                    }
                    None => {
                        let row = self.row.or(self.last_row).unwrap_or(0);
                        let column = match self.last {
                            Some((r, c)) if r == row => c + 1,
                            _ => 0,
                        };
                        if column >= MAX_COLUMNS {
                            return Err(WorkbookError::BeyondLimits {
                                sheet: self.sheet.to_owned(),
                                reference: format!("column {}", u64::from(column) + 1),
                            });
                        }
                        (row, column)
                    }
                };
                if let Some(last) = self.last {
                    if at == last {
                        return Err(WorkbookError::CellTwice { cell: self.at(at) });
                    }
                    if at < last {
                        return Err(WorkbookError::CellOutOfOrder {
                            cell: self.at(at),
                            after: self.at(last),
                        });
                    }
                }
                self.last = Some(at);
                let kind = match self.attribute(e, "t")?.as_deref() {
                    None | Some("n") => Kind::Number,
                    Some("s") => Kind::Shared,
                    Some("str") => Kind::Str,
                    Some("inlineStr") => Kind::Inline,
                    Some("b") => Kind::Bool,
                    Some("e") => Kind::Error,
                    Some("d") => Kind::Date,
                    Some(other) => {
                        return Err(self.unreadable(format!(
                            "{}: unknown cell type {}",
                            self.at(at),
                            crate::name::quote(other)
                        )))
                    }
                };
                let style = match self.attribute(e, "s")? {
                    Some(s) => s.parse().map_err(|_| {
                        self.unreadable(format!(
                            "{}: style {} is not a number",
                            self.at(at),
                            crate::name::quote(&s)
                        ))
                    })?,
                    None => 0,
                };
                if !empty {
                    self.cell = Some(Pending {
                        at,
                        kind,
                        style,
                        formula: false,
                        has_value: false,
                    });
                }
            }
            "f" if self.cell.is_some() => {
                if let Some(cell) = &mut self.cell {
                    cell.formula = true;
                }
            }
            "v" | "t" if self.cell.is_some() => {
                if let Some(cell) = &mut self.cell {
                    cell.has_value = true;
                }
                self.in_value = !empty;
            }
            "rPh" if self.cell.is_some() && !empty => self.in_phonetic += 1,
            "mergeCell" => {
                if let Some(r) = self.attribute(e, "ref")? {
                    let (first, last) =
                        parse_range(&r).ok_or_else(|| WorkbookError::BeyondLimits {
                            sheet: self.sheet.to_owned(),
                            reference: r.clone(),
                        })?;
                    self.grid.merges.push(Merge { first, last });
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, name: &str) -> Result<(), WorkbookError> {
        match name {
            "v" | "t" => self.in_value = false,
            "rPh" => self.in_phonetic = self.in_phonetic.saturating_sub(1),
            "row" => self.row = None,
            "c" => {
                let Some(cell) = self.cell.take() else {
                    return Ok(());
                };
                let text = core::mem::take(&mut self.text);
                if let Some(value) = self.value(&cell, text)? {
                    if self.grid.cells.len() >= MAX_CELLS {
                        return Err(WorkbookError::TooManyCells {
                            sheet: self.sheet.to_owned(),
                            limit: MAX_CELLS,
                        });
                    }
                    self.grid.cells.push((cell.at, value));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The value of a cell read, `None` when it holds nothing.
    fn value(&self, cell: &Pending, text: String) -> Result<Option<Value>, WorkbookError> {
        if !cell.has_value {
            return if cell.formula {
                Err(WorkbookError::FormulaWithoutValue {
                    cell: self.at(cell.at),
                })
            } else {
                Ok(None)
            };
        }
        let fits = |text: &str| -> Result<(), WorkbookError> {
            let length = excel_length(text);
            if length > MAX_CELL_CHARS {
                return Err(WorkbookError::CellTooLong {
                    cell: self.at(cell.at),
                    length,
                });
            }
            Ok(())
        };
        let value = match cell.kind {
            Kind::Shared => {
                let index: u32 = text.trim().parse().map_err(|_| {
                    self.unreadable(format!(
                        "{}: {} is not a shared string",
                        self.at(cell.at),
                        crate::name::quote(&text)
                    ))
                })?;
                match self.strings.get(index) {
                    Some(Strings::Text(_)) => Value::Shared(index),
                    Some(Strings::TooLong(length)) => {
                        return Err(WorkbookError::CellTooLong {
                            cell: self.at(cell.at),
                            length,
                        })
                    }
                    None => {
                        return Err(self.unreadable(format!(
                            "{}: shared string {index} does not exist (the workbook has {})",
                            self.at(cell.at),
                            self.strings.len()
                        )))
                    }
                }
            }
            Kind::Str | Kind::Inline => {
                let text = ooxml_unescape(&text);
                fits(&text)?;
                Value::Text(text.into())
            }
            Kind::Number => {
                let trimmed = text.trim();
                let value: f64 = trimmed
                    .parse()
                    .ok()
                    .filter(|x: &f64| x.is_finite())
                    .ok_or_else(|| WorkbookError::NotANumber {
                        cell: self.at(cell.at),
                        value: text.clone(),
                    })?;
                Value::Number {
                    value,
                    style: cell.style,
                }
            }
            Kind::Bool => match text.trim() {
                "1" | "true" => Value::Bool(true),
                "0" | "false" => Value::Bool(false),
                _ => {
                    return Err(self.unreadable(format!(
                        "{}: {} is not TRUE or FALSE",
                        self.at(cell.at),
                        crate::name::quote(&text)
                    )))
                }
            },
            Kind::Error => Value::Error(text.into()),
            Kind::Date => Value::IsoDate(text.into()),
        };
        if matches!(&value, Value::Text(t) | Value::Error(t) | Value::IsoDate(t) if t.is_empty()) {
            return Ok(None);
        }
        Ok(Some(value))
    }
}

/// A sheet with what is needed to show its cells: the workbook's shared strings and
/// styles.
pub(crate) struct Sheet<'a> {
    /// The sheet's name.
    pub(crate) name: &'a str,
    /// Its cells.
    pub(crate) grid: &'a Grid,
    pub(crate) strings: &'a SharedStrings,
    pub(crate) styles: &'a Styles,
}

impl<'a> Sheet<'a> {
    /// The cell at (row, column), for errors.
    pub(crate) fn cell(&self, row: u32, column: u32) -> Cell {
        Cell::new(self.name, row, column)
    }

    /// What the cell shows, as text: strings exactly; numbers in their shortest form that
    /// reads back as the same number (`0.3`), as a spreadsheet's General format shows
    /// them; date cells as `YYYY-MM-DD` (with the time when there is one); `TRUE` and
    /// `FALSE`; error values as written (`#N/A`). Empty when the cell holds nothing.
    pub(crate) fn text(&self, row: u32, column: u32) -> Result<Cow<'a, str>, WorkbookError> {
        let Some(value) = self.grid.get(row, column) else {
            return Ok(Cow::Borrowed(""));
        };
        Ok(match value {
            Value::Shared(i) => match self.strings.get(*i) {
                Some(Strings::Text(s)) => Cow::Borrowed(s),
                _ => Cow::Borrowed(""),
            },
            Value::Text(s) | Value::Error(s) | Value::IsoDate(s) => Cow::Borrowed(&**s),
            Value::Bool(b) => Cow::Borrowed(if *b { "TRUE" } else { "FALSE" }),
            Value::Number { value, style } if self.styles.is_date(*style) => {
                let (date, seconds) = self.serial(row, column, *value)?;
                if seconds == 0 {
                    Cow::Owned(date.to_string())
                } else {
                    Cow::Owned(format!(
                        "{date} {:02}:{:02}:{:02}",
                        seconds / 3600,
                        seconds / 60 % 60,
                        seconds % 60
                    ))
                }
            }
            Value::Number { value, .. } => Cow::Owned(number_text(*value)),
        })
    }

    /// The value of a cell, if it holds anything.
    pub(crate) fn value(&self, row: u32, column: u32) -> Option<&'a Value> {
        self.grid.get(row, column)
    }

    /// A date serial as a calendar date and the seconds after midnight, refusing what
    /// lies outside 1900 (1904 in that date system) to 9999.
    pub(crate) fn serial(
        &self,
        row: u32,
        column: u32,
        serial: f64,
    ) -> Result<(Date, u32), WorkbookError> {
        let out_of_range = || WorkbookError::InvalidDate {
            cell: self.cell(row, column),
            value: number_text(serial),
            reason: "a date serial outside the years 1900 to 9999".to_owned(),
        };
        let days = serial.floor();
        let seconds = ((serial - days) * 86_400.0).round();
        let (days, seconds) = if seconds >= 86_400.0 {
            (days + 1.0, 0.0)
        } else {
            (days, seconds)
        };
        // Days from 1970-01-01 to the serial's day.
        let unix = if self.styles.date1904 {
            (days >= 0.0).then_some(days - 24_107.0)
        } else if days >= 61.0 {
            Some(days - 25_569.0)
        } else if (1.0..60.0).contains(&days) {
            // Excel counts 1900 as a leap year: serials before 1 March 1900 are one off.
            Some(days - 25_568.0)
        } else {
            None
        };
        let unix = unix
            .filter(|d| *d <= 2_932_896.0)
            .ok_or_else(out_of_range)?;
        let (y, m, d) = civil(unix as i64);
        let date = u16::try_from(y)
            .ok()
            .and_then(|y| Date::new(y, m, d).ok())
            .ok_or_else(out_of_range)?;
        Ok((date, seconds as u32))
    }
}

/// The most characters a number takes in a spreadsheet's General format, its sign
/// apart.
const GENERAL_WIDTH: usize = 11;

/// A number as a spreadsheet's General format shows it: at most 11 characters (the
/// sign apart), rounded to fit, trailing zeros dropped; in scientific notation when
/// the number is 10^11 or more or under 10^-4 in size, or does not fit otherwise
/// (`0.3` for the `0.1 + 0.2` that a file stores as `0.30000000000000004`; `5`;
/// `-1.25`; `123456789.1`; `1E+21`; `1E-07`; `1.23457E+11`).
pub(crate) fn number_text(value: f64) -> String {
    if value == 0.0 || !value.is_finite() {
        return "0".to_owned();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let size = value.abs();
    let exponent = size.log10().floor();
    if (-4.0..11.0).contains(&exponent) {
        let whole = if exponent < 0.0 {
            1
        } else {
            exponent as usize + 1
        };
        let decimals = GENERAL_WIDTH.saturating_sub(whole + 1);
        let text = trim_zeros(format!("{size:.decimals$}"));
        if text.len() <= GENERAL_WIDTH && text != "0" {
            return format!("{sign}{text}");
        }
    }
    for decimals in (0..=5).rev() {
        let text = format!("{size:.decimals$e}");
        let (mantissa, power) = text.split_once('e').unwrap_or((&text, "0"));
        let power: i32 = power.parse().unwrap_or(0);
        let shown = format!(
            "{}E{}{:02}",
            trim_zeros(mantissa.to_owned()),
            if power < 0 { '-' } else { '+' },
            power.unsigned_abs()
        );
        if shown.len() <= GENERAL_WIDTH || decimals == 0 {
            return format!("{sign}{shown}");
        }
    }
    unreachable!("the loop returns at 0 decimals")
}

/// `text`, a decimal number, without the zeros that end its fraction (and without the
/// point when nothing is left after it).
fn trim_zeros(mut text: String) -> String {
    if text.contains('.') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    text
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_within_the_sheets_limits() {
        assert_eq!(parse_reference("A1"), Some((0, 0)));
        assert_eq!(parse_reference("F14"), Some((13, 5)));
        assert_eq!(parse_reference("XFD1048576"), Some((1_048_575, 16_383)));
        for beyond in [
            "XFE1",
            "A1048577",
            "F4294967299",
            "A0",
            "1A",
            "A",
            "AAAA1",
            "A1x",
            "",
        ] {
            assert_eq!(parse_reference(beyond), None, "{beyond}");
        }
        assert_eq!(parse_range("G5:B5"), Some(((4, 1), (4, 6))));
    }

    #[test]
    fn numbers_show_as_general_format_shows_them() {
        assert_eq!(number_text(0.3), "0.3");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(123_456_789.123_456_78), "123456789.1");
        assert_eq!(number_text(5.0), "5");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(-1.25), "-1.25");
        assert_eq!(number_text(1e21), "1E+21");
        assert_eq!(number_text(1e-7), "1E-07");
        assert_eq!(number_text(1.25e-7), "1.25E-07");
        assert_eq!(number_text(0.0001), "0.0001");
        assert_eq!(number_text(0.000_123_456_789), "0.000123457");
        assert_eq!(number_text(99_999_999_999.0), "99999999999");
        assert_eq!(number_text(99_999_999_999.7), "1E+11");
        assert_eq!(number_text(123_456_789_012.0), "1.23457E+11");
        assert_eq!(number_text(-1e300), "-1E+300");
        assert_eq!(number_text(1.234_567e-300), "1.2346E-300");
        assert_eq!(number_text(f64::MIN_POSITIVE), "2.2251E-308");
    }

    proptest::proptest! {
        /// Every finite number shows in at most 11 characters (its sign apart), and
        /// the text reads back as a number within the rounding of its last digit.
        #[test]
        fn every_number_shows_in_general_format(value in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO) {
            let text = number_text(value);
            let unsigned = text.strip_prefix('-').unwrap_or(&text);
            proptest::prop_assert!(unsigned.len() <= GENERAL_WIDTH, "{value:e}: {text}");
            proptest::prop_assert!(!text.contains("e"), "{value:e}: {text}");
            let back: f64 = text.replace('E', "e").parse().expect("a number");
            if text.contains('E') {
                // At least four significant digits kept in scientific notation.
                proptest::prop_assert!((back - value).abs() <= value.abs() * 1e-3, "{value:e}: {text}");
            } else {
                // Decimal: off by no more than half the last decimal shown.
                let decimals = unsigned.split_once('.').map_or(0, |(_, f)| f.len());
                let half = 0.5 * 10f64.powi(-(decimals as i32));
                proptest::prop_assert!((back - value).abs() <= half * 1.000_001 + value.abs() * 1e-15, "{value:e}: {text}");
            }
        }
    }

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(-25_569 + 61), (1900, 3, 1));
        assert_eq!(civil(2_932_896), (9999, 12, 31));
        assert_eq!(civil(-719_162), (1, 1, 1));
    }
}
