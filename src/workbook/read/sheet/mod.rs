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
//!
//! Cell references and values are in `cell`; the XML of a sheet's part is read into a
//! grid by `parser`.

mod cell;
mod parser;

pub(crate) use cell::{parse_range, parse_reference, Merge, Value};

use std::borrow::Cow;

use super::package::strings::{SharedStrings, Strings};
use super::package::styles::Styles;
use super::package::Package;
use crate::date::Date;
use crate::error::{Cell, DateReason, Error, Kind};

/// The cells of one sheet that hold something, in row-major order, and its merged
/// ranges.
#[derive(Debug, Default)]
pub(crate) struct Grid {
    cells: Vec<((u32, u32), Value)>,
    pub(crate) merges: Vec<Merge>,
}

impl Package<'_> {
    /// Reads the sheet of index `index` (one of [`sheets`](Package::sheets)).
    pub(crate) fn grid(&mut self, index: usize) -> Result<Grid, Error> {
        let entry = self.sheets[index].clone();
        let unreadable = |reason: String| {
            Error::from(Kind::UnreadableSheet { reason })
                .at(crate::error::Place::Sheet(entry.name.clone()))
        };
        let xml = self
            .part(&entry.part)?
            .ok_or_else(|| unreadable(format!("no part {}", crate::name::quote(&entry.part))))?;
        Grid::parse(&entry.name, &xml, &self.strings)
    }
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
    pub(crate) fn text(&self, row: u32, column: u32) -> Result<Cow<'a, str>, Error> {
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
    pub(crate) fn serial(&self, row: u32, column: u32, serial: f64) -> Result<(Date, u32), Error> {
        let out_of_range = || {
            Error::from(Kind::InvalidDate {
                field: None,
                value: number_text(serial),
                reason: DateReason::OutOfRange,
            })
            .at(self.cell(row, column))
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
