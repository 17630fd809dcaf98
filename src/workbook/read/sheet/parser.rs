//! Reading a worksheet part's XML into a [`Grid`]: each cell in its place exactly once,
//! in order and within the sheet's limits, a formula with its stored value, a text that
//! fits in a cell, and no more than [`MAX_CELLS`] cells that hold something.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::super::package::strings::{SharedStrings, Strings};
use super::super::package::xml::{attribute, ooxml_unescape, resolve_reference, xml_error};
use super::cell::{parse_range, parse_reference, Merge, Value, MAX_COLUMNS, MAX_ROWS};
use super::Grid;
use crate::error::{Cell, Error, Kind as ErrorKind};
use crate::workbook::{excel_length, MAX_CELLS, MAX_CELL_CHARS};

impl Grid {
    /// Reads a worksheet part. Every cell reference must lie within the sheet's limits,
    /// each cell come once and in order, a formula carry its stored value, and a text
    /// fit in a cell; at most [`MAX_CELLS`] cells may hold something.
    pub(crate) fn parse(sheet: &str, xml: &str, strings: &SharedStrings) -> Result<Grid, Error> {
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

    fn unreadable(&self, reason: impl std::fmt::Display) -> Error {
        Error::from(ErrorKind::UnreadableSheet {
            reason: reason.to_string(),
        })
        .at(crate::error::Place::Sheet(self.sheet.to_owned()))
    }

    fn at(&self, (row, column): (u32, u32)) -> Cell {
        Cell::new(self.sheet, row, column)
    }

    fn run(mut self, xml: &str) -> Result<Grid, Error> {
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
                    let c = resolve_reference(&r).map_err(|e| self.unreadable(e))?;
                    self.text.push(c);
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(self.grid)
    }

    fn attribute(&self, e: &BytesStart<'_>, name: &str) -> Result<Option<String>, Error> {
        attribute(e, name).map_err(|e| self.unreadable(e))
    }

    fn start(&mut self, e: &BytesStart<'_>, empty: bool) -> Result<(), Error> {
        match e.local_name().as_ref() {
            "row" => {
                let row = match self.attribute(e, "r")? {
                    Some(r) => match r.parse::<u32>() {
                        Ok(n) if (1..=MAX_ROWS).contains(&n) => n - 1,
                        _ => {
                            return Err(Error::from(ErrorKind::BeyondLimits {
                                reference: format!("row {r}"),
                            })
                            .at(crate::error::Place::Sheet(self.sheet.to_owned())))
                        }
                    },
                    None => self.last_row.map_or(0, |r| r + 1),
                };
                if let Some(last) = self.last_row {
                    if row <= last {
                        return Err(Error::from(ErrorKind::RowOutOfOrder { row, after: last })
                            .at(crate::error::Place::Sheet(self.sheet.to_owned())));
                    }
                }
                if row >= MAX_ROWS {
                    return Err(Error::from(ErrorKind::BeyondLimits {
                        reference: format!("row {}", u64::from(row) + 1),
                    })
                    .at(crate::error::Place::Sheet(self.sheet.to_owned())));
                }
                self.last_row = Some(row);
                self.row = (!empty).then_some(row);
            }
            "c" => {
                let at = match self.attribute(e, "r")? {
                    Some(r) => {
                        let at = parse_reference(&r).ok_or_else(|| {
                            Error::from(ErrorKind::BeyondLimits {
                                reference: r.clone(),
                            })
                            .at(crate::error::Place::Sheet(self.sheet.to_owned()))
                        })?;
                        if let Some(row) = self.row {
                            if at.0 != row {
                                return Err(Error::from(ErrorKind::CellOutOfOrder {
                                    after: Cell::new(self.sheet, row, 0),
                                })
                                .at(self.at(at)));
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
                            return Err(Error::from(ErrorKind::BeyondLimits {
                                reference: format!("column {}", u64::from(column) + 1),
                            })
                            .at(crate::error::Place::Sheet(self.sheet.to_owned())));
                        }
                        (row, column)
                    }
                };
                if let Some(last) = self.last {
                    if at == last {
                        return Err(Error::from(ErrorKind::CellTwice).at(self.at(at)));
                    }
                    if at < last {
                        return Err(Error::from(ErrorKind::CellOutOfOrder {
                            after: self.at(last),
                        })
                        .at(self.at(at)));
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
                    let (first, last) = parse_range(&r).ok_or_else(|| {
                        Error::from(ErrorKind::BeyondLimits {
                            reference: r.clone(),
                        })
                        .at(crate::error::Place::Sheet(self.sheet.to_owned()))
                    })?;
                    self.grid.merges.push(Merge { first, last });
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, name: &str) -> Result<(), Error> {
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
                        return Err(Error::from(ErrorKind::TooManyCells { limit: MAX_CELLS })
                            .at(crate::error::Place::Sheet(self.sheet.to_owned())));
                    }
                    self.grid.cells.push((cell.at, value));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The value of a cell read, `None` when it holds nothing.
    fn value(&self, cell: &Pending, text: String) -> Result<Option<Value>, Error> {
        if !cell.has_value {
            return if cell.formula {
                Err(Error::from(ErrorKind::FormulaWithoutValue).at(self.at(cell.at)))
            } else {
                Ok(None)
            };
        }
        let fits = |text: &str| -> Result<(), Error> {
            let length = excel_length(text);
            if length > MAX_CELL_CHARS {
                return Err(Error::from(ErrorKind::TextTooLong {
                    field: None,
                    length,
                })
                .at(self.at(cell.at)));
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
                        return Err(Error::from(ErrorKind::TextTooLong {
                            field: None,
                            length,
                        })
                        .at(self.at(cell.at)))
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
                    .ok_or_else(|| {
                        Error::from(ErrorKind::NotANumber {
                            value: text.clone(),
                        })
                        .at(self.at(cell.at))
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
