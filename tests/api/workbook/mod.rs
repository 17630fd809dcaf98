//! Workbooks (feature `xlsx`): what is written, that reading gives back exactly what was
//! written, and that every bad workbook gets a clear error naming the sheet and cell.
#![cfg(feature = "xlsx")]

mod layout;
mod properties;
mod reading;
mod refusals;
mod summary_sheet;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use mhics::workbook::{self, HEADERS, MAX_CELL_CHARS, MAX_SIZE, STATUS_LABELS};
use mhics::{Assessment, Date, Editions, Response, Status, MATRIX, MHICS_2019};
use proptest::prelude::*;
use rust_xlsxwriter::{ExcelDateTime, Workbook};

use crate::fixtures::summary;

fn sample(name: &str) -> Assessment {
    let path = format!("{}/examples/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("a sample file");
    Assessment::from_json(&text).expect("a valid sample")
}

const SAMPLES: [&str; 4] = [
    "riverside-2025",
    "riverside-2026",
    "northfield-2026",
    "eastgate-2026",
];

/// Every sheet of a workbook as (name, rows of cells).
fn sheets(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a workbook");
    book.worksheets()
        .into_iter()
        .map(|(name, range)| {
            let (top, left) = range.start().unwrap_or((0, 0));
            assert_eq!((top, left), (0, 0), "{name} starts at A1");
            (name, range.rows().map(<[Data]>::to_vec).collect())
        })
        .collect()
}

fn text(data: &Data) -> String {
    match data {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

/// A workbook written cell by cell, as a person or another program might leave it.
struct Book {
    sheets: Vec<(String, Vec<Vec<Cell>>)>,
}

#[derive(Clone)]
enum Cell {
    Text(&'static str),
    Number(f64),
    Date(u16, u8, u8),
    Blank,
}
use Cell::{Blank, Number, Text};

impl Book {
    /// The About sheet of the built-in matrix, and no domain sheet.
    fn new(system: &'static str) -> Book {
        Book {
            sheets: vec![(
                "About".into(),
                vec![
                    vec![Text("A title")],
                    vec![],
                    vec![Text("Matrix"), Text("mhics")],
                    vec![Text("Version"), Text("2019")],
                    vec![Text("System"), Text(system)],
                    vec![Text("Respondent"), Blank],
                    vec![Text("Date"), Blank],
                ],
            )],
        }
    }

    fn about(mut self, label: &'static str, value: Cell) -> Book {
        let rows = &mut self.sheets[0].1;
        match rows
            .iter_mut()
            .find(|r| matches!(r.first(), Some(Text(l)) if *l == label))
        {
            Some(row) => row[1] = value,
            None => rows.push(vec![Text(label), value]),
        }
        self
    }

    fn sheet(mut self, name: &str, rows: Vec<Vec<Cell>>) -> Book {
        self.sheets.push((name.to_owned(), rows));
        self
    }

    fn bytes(&self) -> Vec<u8> {
        let mut book = Workbook::new();
        for (name, rows) in &self.sheets {
            let sheet = book.add_worksheet();
            sheet.set_name(name).expect("a sheet name");
            for (r, row) in (0u32..).zip(rows) {
                for (c, cell) in (0u16..).zip(row) {
                    match cell {
                        Text(s) => sheet.write_string(r, c, *s).map(|_| ()),
                        Number(x) => sheet.write_number(r, c, *x).map(|_| ()),
                        Cell::Date(y, m, d) => {
                            let format =
                                rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
                            let date = ExcelDateTime::from_ymd(*y, *m, *d).expect("a date");
                            sheet
                                .write_datetime_with_format(r, c, &date, &format)
                                .map(|_| ())
                        }
                        Blank => Ok(()),
                    }
                    .expect("written");
                }
            }
        }
        book.save_to_buffer().expect("saved")
    }

    fn read(&self) -> Result<Assessment, mhics::Error> {
        workbook::read(MHICS_2019, &self.bytes())
    }

    fn error(&self) -> String {
        self.read().expect_err("refused").to_string()
    }
}

fn header() -> Vec<Cell> {
    vec![Text("ID"), Text("Status"), Text("Note")]
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

/// Notes: any non-empty text, often with the awkward parts.
fn note() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[=+@'-]?[ \\t\\n\\r]{0,3}\\PC{0,40}[ \\t\\n\\r]{0,3}",
        "(_x[0-9A-F]{4}_|&|<|\\n|\\u{1F9E0}|é| ){1,20}",
    ]
    .prop_filter("a workbook cell cannot hold an empty note", |s| {
        !s.is_empty()
    })
    .prop_filter("an assessment refuses control characters in notes", |s| {
        let mut probe = Assessment::new("probe").expect("a system");
        probe
            .set(
                "1.1-D1".parse().expect("an ID"),
                Response::with_note(Status::Met, s.as_str()),
            )
            .is_ok()
    })
}

fn assessment() -> impl Strategy<Value = Assessment> {
    let responses = prop::collection::vec(
        prop::option::weighted(0.6, (status(), prop::option::weighted(0.3, note()))),
        MATRIX.criterion_count(),
    );
    let date = prop::option::of(
        (1u16..=9999, 1u8..=12, 1u8..=31)
            .prop_filter_map("a real date", |(y, m, d)| Date::new(y, m, d).ok()),
    );
    (
        "\\PC*[^\\s\\pC]\\PC*",
        prop::option::of("\\PC*[^\\s\\pC]\\PC*"),
        date,
        responses,
    )
        .prop_map(|(system, respondent, date, responses)| {
            let mut a = Assessment::new(system).expect("not blank");
            a.set_respondent(respondent).expect("no control characters");
            a.set_date(date);
            for (criterion, response) in MATRIX.criteria().zip(responses) {
                if let Some((status, note)) = response {
                    a.set(criterion.id(), Response { status, note })
                        .expect("a real criterion");
                }
            }
            a
        })
}

/// The Summary sheet's stored values, as a viewer that does not recalculate shows them.
fn stored_summary(bytes: &[u8]) -> Vec<Vec<String>> {
    let sheets = sheets(bytes);
    let (_, rows) = sheets
        .iter()
        .find(|(name, _)| name == workbook::SUMMARY_SHEET)
        .expect("a Summary sheet");
    summary::shown(rows)
}

/// A real workbook, to corrupt.
fn real() -> Vec<u8> {
    workbook::write(MHICS_2019, Some(&sample("eastgate-2026"))).expect("written")
}

/// How many corrupted workbooks to try: 96, or `MHICS_FUZZ_CASES` for a longer run.
fn fuzz_cases() -> u32 {
    std::env::var("MHICS_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(96)
}
