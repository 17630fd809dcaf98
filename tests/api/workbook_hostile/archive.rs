//! The archive and its sheets: a well-formed book read exactly, declared counts that
//! reserve nothing, shared parts, repeated entries, a second About sheet or system row,
//! cells twice, out of order or beyond the sheet refused, and the Summary and Action plan
//! sheets left aside.

use super::*;
use mhics::error::Kind;

#[test]
fn a_well_formed_book_is_read_exactly() {
    let book = with_domain(
        &[
            row(
                2,
                &[
                    text("A2", "1.1-D1"),
                    text("B2", "Met"),
                    text("C2", "A note"),
                ],
            ),
            row(3, &[text("A3", "1.1-D2"), text("B3", "partial")]),
        ],
        "",
    );
    let a = read(&book).expect("read");
    assert_eq!(a.system(), "Lakeside");
    assert_eq!(a.status("1.1-D1".parse().unwrap()), Some(Status::Met));
    assert_eq!(a.note("1.1-D1".parse().unwrap()), Some("A note"));
    assert_eq!(a.response_count(), 2);
}

#[test]
fn declared_counts_reserve_nothing() {
    for count in [
        "18446744073709551615",
        "1000000000",
        "4000000000",
        "-1",
        "x",
    ] {
        let mut book = with_domain(&[row(2, &[text("A2", "1.1-D1"), shared("B2", 0)])], "");
        book.strings = Some(strings_xml(&["Met"], count));
        let a = read(&book).unwrap_or_else(|e| panic!("{count}: {e}"));
        assert_eq!(
            a.status("1.1-D1".parse().unwrap()),
            Some(Status::Met),
            "{count}"
        );
    }
}

#[test]
fn sheets_sharing_one_part_are_refused_naming_them() {
    let mut sheets = vec![about("Lakeside", "", &[]), criteria("Domain 1", &[], "")];
    for i in 2..200 {
        sheets.push(Part {
            name: format!("Copy {i}"),
            xml: String::new(),
        });
    }
    let mut book = Book::new(sheets);
    book.targets = Some((0..200).map(|i| i.min(1)).collect());
    let (err, message) = refused(&book);
    assert!(matches!(err.kind(), Kind::SharedPart { .. }), "{message}");
    assert_eq!(
        message,
        "sheets 'Domain 1' and 'Copy 2' are one part (\"xl/worksheets/sheet2.xml\"): no spreadsheet program writes that"
    );
}

#[test]
fn a_second_about_sheet_or_system_row_is_refused() {
    let book = Book::new(vec![
        about("Lakeside", "", &[]),
        about("Riverside", "", &[]),
    ]);
    let mut book = book;
    book.sheets[1].name = "about".into();
    assert_eq!(
        refused(&book).1,
        "two sheets named 'About' and 'about': which one to read cannot be told"
    );
    let book = Book::new(vec![about(
        "Lakeside",
        "",
        &[row(6, &[text("A6", "System"), text("B6", "Riverside")])],
    )]);
    assert_eq!(
        refused(&book).1,
        "'About'!A6: a second `System` row (the first is 'About'!A3); which one is meant cannot be told"
    );
}

#[test]
fn two_archive_entries_of_one_name_are_refused() {
    let mut book = with_domain(&[row(2, &[text("A2", "1.1-D1"), text("B2", "Met")])], "");
    book.extra = vec![("xl/worksheets/SHEET2.xml".into(), b"<worksheet/>".to_vec())];
    assert_eq!(
        refused(&book).1,
        "not an .xlsx workbook: two archive entries named \"xl/worksheets/SHEET2.xml\""
    );
    // The same name exactly: the second entry renamed in place.
    let mut book = with_domain(&[row(2, &[text("A2", "1.1-D1"), text("B2", "Met")])], "");
    book.extra = vec![("xl/worksheets/sheetX.xml".into(), b"<worksheet/>".to_vec())];
    let bytes = book.bytes();
    let from = b"xl/worksheets/sheetX.xml";
    let to = b"xl/worksheets/sheet2.xml";
    let mut renamed = bytes.clone();
    let mut i = 0;
    while i + from.len() <= renamed.len() {
        if &renamed[i..i + from.len()] == from {
            renamed[i..i + from.len()].copy_from_slice(to);
        }
        i += 1;
    }
    let err = workbook::read(MHICS_2019, &renamed).expect_err("refused");
    assert!(matches!(err.kind(), Kind::DuplicateEntry { .. }), "{err}");
}

#[test]
fn a_cell_twice_or_out_of_order_is_refused() {
    let book = with_domain(
        &[row(
            2,
            &[
                text("A2", "1.1-D1"),
                text("B2", "Met"),
                text("B2", "Not met"),
            ],
        )],
        "",
    );
    assert_eq!(
        refused(&book).1,
        "'Domain 1'!B2: the cell is given twice; which value to read cannot be told"
    );
    let book = with_domain(&[row(2, &[text("B2", "Met"), text("A2", "1.1-D1")])], "");
    assert!(matches!(
        refused(&book).0.kind(),
        Kind::CellOutOfOrder { .. }
    ));
    let book = with_domain(
        &[
            row(3, &[text("A3", "1.1-D1")]),
            row(2, &[text("A2", "1.1-D2")]),
        ],
        "",
    );
    assert!(matches!(
        refused(&book).0.kind(),
        Kind::RowOutOfOrder { .. }
    ));
}

#[test]
fn references_beyond_the_sheet_are_refused() {
    for reference in ["F4294967299", "XFE1", "A1048577", "A0"] {
        let book = with_domain(&[row(3, &[text("A3", "1.1-D1"), text("B3", "Met")])], "");
        let mut book = book;
        book.sheets[1].xml = book.sheets[1]
            .xml
            .replace(
                r#"<row r="3">"#,
                &format!(r#"<row r="3"><c r="{reference}"><v>1</v></c>"#),
            )
            .replace(r#"r="3">"#, r#">"#);
        let (err, message) = refused(&book);
        assert!(
            matches!(
                err.kind(),
                Kind::BeyondLimits { .. } | Kind::CellOutOfOrder { .. }
            ),
            "{reference}: {message}"
        );
    }
    let book = with_domain(
        &[
            row(2, &[text("A2", "1.1-D1"), text("B2", "Met")]),
            row(1_048_576, &[text("XFD1048576", "the last cell")]),
        ],
        "",
    );
    assert_eq!(read(&book).expect("read").response_count(), 1);
    let (_, message) = refused(&with_domain(&[row(2, &[text("F4294967299", "x")])], ""));
    assert_eq!(
        message,
        "'Domain 1': \"F4294967299\" is beyond a sheet's limits (XFD1048576)"
    );
}

#[test]
fn the_summary_and_action_plan_sheets_are_left_aside() {
    let odd = [row(2, &[text("A2", "not an ID"), text("B2", "Attained")])];
    let book = Book::new(vec![
        about("Lakeside", "", &[]),
        criteria("Summary", &odd, ""),
        criteria("Action plan", &odd, ""),
        criteria(
            "Domain 1",
            &[row(2, &[text("A2", "1.1-D1"), text("B2", "Met")])],
            "",
        ),
    ]);
    assert_eq!(read(&book).expect("read").response_count(), 1);
    // Any other sheet is read.
    let book = Book::new(vec![
        about("Lakeside", "", &[]),
        criteria("Notes", &odd, ""),
    ]);
    assert!(matches!(
        refused(&book).0.kind(),
        Kind::UnknownCriterion { .. }
    ));
}
