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
use crate::workbook::error::{Cell, WorkbookError};

/// The cells of one sheet that hold something, in row-major order, and its merged
/// ranges.
#[derive(Debug, Default)]
pub(crate) struct Grid {
    cells: Vec<((u32, u32), Value)>,
    pub(crate) merges: Vec<Merge>,
}

impl Package<'_> {
    /// Reads the sheet of index `index` (one of [`sheets`](Package::sheets)).
    pub(crate) fn grid(&mut self, index: usize) -> Result<Grid, WorkbookError> {
        let entry = self.sheets[index].clone();
        let unreadable = |reason: String| WorkbookError::UnreadableSheet {
            sheet: entry.name.clone(),
            reason,
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

/// A number as a spreadsheet shows it: to the 15 significant digits a spreadsheet keeps,
/// in the shortest text that reads back as that number (`0.3` for the `0.1 + 0.2` that a
/// file stores as `0.30000000000000004`; `5`; `-1.25`).
pub(crate) fn number_text(value: f64) -> String {
    let shown: f64 = format!("{value:.14e}").parse().unwrap_or(value);
    if shown == 0.0 {
        return "0".to_owned();
    }
    shown.to_string()
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
    fn numbers_show_in_their_shortest_form() {
        assert_eq!(number_text(0.3), "0.3");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(123_456_789.123_456_78), "123456789.123457");
        assert_eq!(number_text(5.0), "5");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(1.25e-7), "0.000000125");
    }

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(-25_569 + 61), (1900, 3, 1));
        assert_eq!(civil(2_932_896), (9999, 12, 31));
        assert_eq!(civil(-719_162), (1, 1, 1));
    }
}
