//! Where input was found wrong: a place in a JSON text ([`Position`]), a cell or sheet
//! of a workbook ([`Cell`]), or nowhere in particular (a value built in code).

use core::fmt;

use crate::name::escaped;

/// Where in a JSON text an error was found: line and column, both from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

impl Position {
    /// Line `line`, column `column`, both from 1.
    pub const fn new(line: usize, column: usize) -> Position {
        Position { line, column }
    }
}

impl fmt::Display for Position {
    /// Writes `line L, column C`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// A cell of a workbook: its sheet, row and column (both from 0), shown as a
/// spreadsheet program names it, e.g. `'Domain 2'!F14`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Cell {
    /// The sheet's name.
    pub sheet: String,
    /// The row, from 0 (row 1 in a spreadsheet program is 0 here).
    pub row: u32,
    /// The column, from 0 (column A is 0).
    pub column: u32,
}

impl Cell {
    /// The cell at `row` and `column` (both from 0) of the sheet `sheet`.
    pub fn new(sheet: &str, row: u32, column: u32) -> Cell {
        Cell {
            sheet: sheet.to_owned(),
            row,
            column,
        }
    }

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

/// A sheet name as a formula writes it: in single quotes, a quote inside doubled, and
/// (so that an error stays one line) control and invisible characters escaped.
pub(crate) struct SheetName<'a>(pub(crate) &'a str);

impl fmt::Display for SheetName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}'", escaped(&self.0.replace('\'', "''")))
    }
}

/// Where an error was found.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Place {
    /// Nowhere in particular: a value built in code, or a whole file.
    #[default]
    None,
    /// A place in a JSON text.
    Json(Position),
    /// A sheet of a workbook, as a whole.
    Sheet(String),
    /// A cell of a workbook.
    Cell(Cell),
}

impl Place {
    /// The line and column in a JSON text, if the error came from one.
    pub fn position(&self) -> Option<Position> {
        match self {
            Place::Json(position) => Some(*position),
            _ => None,
        }
    }

    /// The workbook cell, if the error is about one.
    pub fn cell(&self) -> Option<&Cell> {
        match self {
            Place::Cell(cell) => Some(cell),
            _ => None,
        }
    }

    /// The workbook sheet, if the error is about one or one of its cells.
    pub fn sheet(&self) -> Option<&str> {
        match self {
            Place::Sheet(sheet) => Some(sheet),
            Place::Cell(cell) => Some(&cell.sheet),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(Cell::new("Domain 2", 13, 5).to_string(), "'Domain 2'!F14");
        assert_eq!(Cell::new("O'Neil", 0, 26).to_string(), "'O''Neil'!AA1");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
        assert_eq!(column_name(u32::MAX).len(), 7);
    }
}
