//! What reading a hostile workbook costs in memory (feature `xlsx`), measured with a
//! global allocator that tracks the peak of bytes held. The tests of this file run one
//! at a time, so that each measures only itself.
#![cfg(feature = "xlsx")]

#[path = "support/ooxml.rs"]
mod ooxml;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use mhics::workbook::{self, WorkbookError};
use mhics::MHICS_2019;
use ooxml::{about, criteria, row, shared, strings_xml, text, Book};

struct Peak;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged, only counting bytes.
unsafe impl GlobalAlloc for Peak {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let held = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(held, Ordering::Relaxed);
        // SAFETY: the caller upholds `alloc`'s contract, which we pass on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let more = new_size - layout.size();
            let held = HELD.fetch_add(more, Ordering::Relaxed) + more;
            PEAK.fetch_max(held, Ordering::Relaxed);
        } else {
            HELD.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        // SAFETY: the caller upholds `realloc`'s contract, which we pass on.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Peak = Peak;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The most bytes held at once while `f` runs, beyond what was held before.
fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = HELD.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let out = f();
    (out, PEAK.load(Ordering::Relaxed) - before)
}

const MIB: usize = 1024 * 1024;

#[test]
fn a_shared_string_used_by_a_million_cells_is_held_once() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
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
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
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
        matches!(result, Err(WorkbookError::CellTooLong { length, .. }) if length == size),
        "{result:?}"
    );
    // The part unzipped, once; the string itself is not kept past what a cell holds.
    assert!(peak < size + 8 * MIB, "{} MiB", peak / MIB);
}
