//! Hostile workbooks (feature `xlsx`), written part by part: each is read exactly or
//! refused in one line naming the sheet and cell, never guessed.
#![cfg(feature = "xlsx")]

mod archive;
mod cells;

use crate::fixtures::ooxml;

use mhics::workbook::{self};
use mhics::{Assessment, Status, MHICS_2019};
use ooxml::{about, criteria, number, row, shared, strings_xml, text, Book, Part};

fn read(book: &Book) -> Result<Assessment, mhics::Error> {
    workbook::read(MHICS_2019, &book.bytes())
}

/// The error, checked to be one line.
fn refused(book: &Book) -> (mhics::Error, String) {
    let err = read(book).expect_err("refused");
    let message = err.to_string();
    assert!(!message.contains(['\n', '\r']), "{message:?}");
    (err, message)
}

fn with_domain(rows: &[String], after: &str) -> Book {
    Book::new(vec![
        about("Lakeside", "", &[]),
        criteria("Domain 1", rows, after),
    ])
}
