//! What reading a hostile workbook costs in memory (feature `xlsx`), measured with a
//! global allocator that tracks the peak of bytes each thread holds (so that each test
//! measures only itself).
#![cfg(feature = "xlsx")]

use crate::fixtures::ooxml;
use mhics::error::Kind;

use mhics::workbook::{self};
use mhics::MHICS_2019;
use ooxml::{about, criteria, row, shared, strings_xml, text, Book};

use crate::fixtures::alloc::peak_during;

const MIB: usize = 1024 * 1024;

#[test]
fn a_shared_string_used_by_a_million_cells_is_held_once() {
    let long = "x".repeat(1000);
    let mut rows = Vec::with_capacity(1000);
    for r in 2..1000u32 {
        let cells: Vec<String> = (0..999u32)
            .map(|c| {
                let mut column = String::new();
                let mut n = c + 4;
                loop {
                    column.insert(0, char::from(b'A' + (n % 26) as u8));
                    if n < 26 {
                        break;
                    }
                    n = n / 26 - 1;
                }
                shared(&format!("{column}{r}"), 0)
            })
            .collect();
        rows.push(row(r, &cells));
    }
    let mut book = Book::new(vec![
        about("Lakeside", "", &[]),
        criteria("Domain 1", &rows, ""),
    ]);
    book.strings = Some(strings_xml(&[&long], "1"));
    let bytes = book.bytes();
    drop(book);
    drop(rows);
    let (result, peak) = peak_during(|| workbook::read(MHICS_2019, &bytes));
    assert_eq!(result.expect("read").response_count(), 0);
    // The sheet's XML (about 30 MiB unzipped) and a cell table; never a copy per cell.
    assert!(peak < 120 * MIB, "{} MiB", peak / MIB);
}

#[test]
fn a_note_far_longer_than_a_cell_is_refused_without_holding_copies() {
    let size = 40 * MIB;
    let note = "n".repeat(size);
    let mut book = Book::new(vec![
        about("Lakeside", "", &[]),
        criteria(
            "Domain 1",
            &[row(
                2,
                &[text("A2", "1.1-D1"), text("B2", "Met"), shared("C2", 0)],
            )],
            "",
        ),
    ]);
    book.strings = Some(strings_xml(&[&note], "1"));
    drop(note);
    let bytes = book.bytes();
    drop(book);
    let (result, peak) = peak_during(|| workbook::read(MHICS_2019, &bytes));
    assert!(
        matches!(result.as_ref().map_err(mhics::Error::kind), Err(Kind::TextTooLong { length, .. }) if *length == size),
        "{result:?}"
    );
    // The part unzipped, once; the string itself is not kept past what a cell holds.
    assert!(peak < size + 8 * MIB, "{} MiB", peak / MIB);
}
