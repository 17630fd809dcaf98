//! The Action plan sheet (feature `xlsx`): a plan written into a workbook reads back
//! exactly, the sheet is laid out and locked as documented, and every bad cell is refused
//! in one line naming the sheet and cell.
#![cfg(all(feature = "xlsx", feature = "serde"))]

mod properties;
mod reading;
mod written;

use crate::fixtures::ooxml;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use mhics::plan::{Action, ActionStatus, Plan};
use mhics::workbook::{self, ACTION_STATUS_LABELS, PLAN_HEADERS, PLAN_LABELS, PLAN_SHEET};
use mhics::{Assessment, CriterionId, Date, Level, Status, Target, MATRIX, MHICS_2019};
use ooxml::{about, action, criteria, number, plan as plan_part, row, text, Book, Part};
use proptest::prelude::*;

fn data(name: &str) -> String {
    format!("{}/examples/data/{name}.json", env!("CARGO_MANIFEST_DIR"))
}

fn sample_plan() -> Plan {
    let text = std::fs::read_to_string(data("plans/riverside-plan-2025")).expect("the sample");
    Plan::from_json(&text).expect("a valid plan")
}

fn sample(name: &str) -> Assessment {
    let text = std::fs::read_to_string(data(name)).expect("a sample");
    Assessment::from_json(&text).expect("a valid sample")
}

/// The cells of the Action plan sheet, as calamine reads them.
fn plan_rows(bytes: &[u8]) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a workbook");
    let range = book.worksheet_range(PLAN_SHEET).expect("the plan sheet");
    assert_eq!(range.start(), Some((0, 0)));
    range.rows().map(<[Data]>::to_vec).collect()
}

/// What a cell shows: text as it is, a date cell as `YYYY-MM-DD`.
fn shown(data: &Data) -> String {
    match data {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        Data::DateTime(d) => civil(d.as_f64() as i64 - 25_569),
        other => format!("{other:?}"),
    }
}

/// The calendar date `days` after 1970-01-01, as `YYYY-MM-DD`.
fn civil(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A part of a written workbook, as text.
fn part(bytes: &[u8], name: &str) -> String {
    use std::io::Read as _;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("an archive");
    let mut text = String::new();
    archive
        .by_name(name)
        .expect("the part")
        .read_to_string(&mut text)
        .expect("text");
    text
}

/// A workbook of an About sheet and an Action plan sheet of `rows` (numbered from 5).
fn book(rows: &[String], after: &str) -> Book {
    Book::new(vec![
        about("Lakeside", "", &[]),
        plan_part("Riverside and Vale ICS", rows, after),
    ])
}

fn read(book: &Book) -> Result<Plan, mhics::Error> {
    workbook::read_plan(MHICS_2019, &book.bytes())
}

/// The error's message, checked to be one line.
fn refused(book: &Book) -> String {
    let err = read(book).expect_err("refused");
    let message = err.to_string();
    assert!(!message.contains(['\n', '\r']), "{message:?}");
    message
}

/// An action row of the crafted sheet, with a valid title, criteria and status unless
/// `change` gives a column (0 for `A`) another text.
fn row_with(r: u32, id: &str, change: &[(usize, &str)]) -> String {
    let mut cells = [id, "A title", "1.1-M1", "", "", "", "Planned", ""];
    for (column, value) in change {
        cells[*column] = value;
    }
    action(r, cells)
}
