//! What a cell may hold: text longer than a cell holds, formulas, merged cells, a status
//! or note with no ID, dates outside the years a spreadsheet has, numbers as the sheet
//! shows them, control characters, and text that stays on one line in errors.

use super::*;
use mhics::error::Kind;

#[test]
fn a_text_longer_than_a_cell_holds_is_refused_naming_the_cell() {
    let long = "x".repeat(workbook::MAX_CELL_CHARS + 1);
    let mut book = with_domain(
        &[row(
            2,
            &[text("A2", "1.1-D1"), text("B2", "Met"), shared("C2", 0)],
        )],
        "",
    );
    book.strings = Some(strings_xml(&[&long], "1"));
    let (_, message) = refused(&book);
    assert_eq!(
        message,
        "'Domain 1'!C2: the cell is 32768 characters long, more than the 32767 a text may hold"
    );
    // Inline text too.
    let book = with_domain(
        &[row(
            2,
            &[text("A2", "1.1-D1"), text("B2", "Met"), text("C2", &long)],
        )],
        "",
    );
    assert!(refused(&book)
        .1
        .starts_with("'Domain 1'!C2: the cell is 32768 characters long"));
    // The longest a cell holds is read.
    let longest = "é".repeat(workbook::MAX_CELL_CHARS);
    let book = with_domain(
        &[row(
            2,
            &[
                text("A2", "1.1-D1"),
                text("B2", "Met"),
                text("C2", &longest),
            ],
        )],
        "",
    );
    assert_eq!(
        read(&book).unwrap().note("1.1-D1".parse().unwrap()),
        Some(longest.as_str())
    );
}

#[test]
fn a_formula_with_no_stored_value_is_refused_and_one_with_a_value_read() {
    let book = with_domain(
        &[row(
            2,
            &[
                text("A2", "1.1-D1"),
                r#"<c r="B2" t="str"><f>"Met"</f></c>"#.to_owned(),
            ],
        )],
        "",
    );
    assert_eq!(
        refused(&book).1,
        "'Domain 1'!B2: a formula with no stored value; open the workbook in a spreadsheet program and save it, or type the value"
    );
    let book = with_domain(
        &[row(
            2,
            &[
                text("A2", "1.1-D1"),
                r#"<c r="B2" t="str"><f>"Met"</f><v>Met</v></c>"#.to_owned(),
                r#"<c r="C2"><f>1/4</f><v>0.25</v></c>"#.to_owned(),
            ],
        )],
        "",
    );
    let a = read(&book).expect("read");
    assert_eq!(a.status("1.1-D1".parse().unwrap()), Some(Status::Met));
    assert_eq!(a.note("1.1-D1".parse().unwrap()), Some("0.25"));
}

#[test]
fn merged_cells_over_the_columns_read_are_refused() {
    let rows = [
        row(2, &[text("A2", "1.1-D1"), text("B2", "Met")]),
        row(3, &[text("A3", "1.1-D2")]),
        row(4, &[text("A4", "1.1-D3")]),
    ];
    let book = with_domain(
        &rows,
        r#"<mergeCells count="1"><mergeCell ref="B2:B4"/></mergeCells>"#,
    );
    assert_eq!(
        refused(&book).1,
        "'Domain 1'!B2: merged cells from here to B4 over the `Status` column; unmerge them so that each row has its own cell"
    );
    // A heading row merged across the columns, as the written workbook has, is fine.
    let rows = [
        row(2, &[text("B2", "1.1 A sub-section heading")]),
        row(3, &[text("A3", "1.1-D1"), text("B3", "Met")]),
    ];
    let book = with_domain(
        &rows,
        r#"<mergeCells count="1"><mergeCell ref="B2:F2"/></mergeCells>"#,
    );
    assert!(matches!(refused(&book).0.kind(), Kind::WithoutId { .. }));
    let rows = [
        row(2, &[text("A2", "")]),
        row(3, &[text("A3", "1.1-D1"), text("B3", "Met")]),
    ];
    let book = with_domain(
        &rows,
        r#"<mergeCells count="1"><mergeCell ref="D2:F2"/></mergeCells>"#,
    );
    assert_eq!(read(&book).expect("read").response_count(), 1);
    // A merge within a criterion's row that hides its Status.
    let rows = [row(2, &[text("A2", "1.1-D1"), text("B2", "Met")])];
    let book = with_domain(
        &rows,
        r#"<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>"#,
    );
    assert!(matches!(
        refused(&book).0.kind(),
        Kind::Merged {
            header: "Status",
            ..
        }
    ));
}

#[test]
fn a_status_or_note_with_no_id_is_refused_naming_the_cell() {
    let book = with_domain(&[row(2, &[text("B2", "Met")])], "");
    assert_eq!(
        refused(&book).1,
        "'Domain 1'!B2: a Status in a row with no ID; fill in the criterion's ID or clear the cell"
    );
    let book = with_domain(&[row(2, &[text("C2", "A note")])], "");
    assert!(refused(&book)
        .1
        .starts_with("'Domain 1'!C2: a Note in a row with no ID"));
}

#[test]
fn date_serials_outside_the_years_a_spreadsheet_has_are_refused() {
    for serial in ["1e10", "-100", "0", "60", "2958466"] {
        let book = Book::new(vec![about("Lakeside", &number("B5", serial, 1), &[])]);
        let (err, message) = refused(&book);
        assert!(
            matches!(err.kind(), Kind::InvalidDate { .. }),
            "{serial}: {message}"
        );
        assert!(message.starts_with("'About'!B5: "), "{message}");
    }
    for serial in ["NaN", "inf"] {
        let book = Book::new(vec![about("Lakeside", &number("B5", serial, 1), &[])]);
        assert_eq!(
            refused(&book).1,
            format!("'About'!B5: \"{serial}\" is not a number")
        );
    }
    for (serial, date) in [
        ("1", "1900-01-01"),
        ("59", "1900-02-28"),
        ("61", "1900-03-01"),
        ("46350", "2026-11-24"),
        ("2958465", "9999-12-31"),
    ] {
        let book = Book::new(vec![about("Lakeside", &number("B5", serial, 1), &[])]);
        assert_eq!(
            read(&book).expect("read").date().unwrap().to_string(),
            date,
            "{serial}"
        );
    }
}

#[test]
fn numbers_read_as_the_sheet_shows_them() {
    let book = with_domain(
        &[
            row(
                2,
                &[
                    text("A2", "1.1-D1"),
                    text("B2", "Met"),
                    number("C2", "0.30000000000000004", 0),
                ],
            ),
            row(
                3,
                &[
                    text("A3", "1.1-D2"),
                    text("B3", "Met"),
                    number("C3", "42", 0),
                ],
            ),
            row(
                4,
                &[
                    text("A4", "1.1-D3"),
                    text("B4", "Met"),
                    number("C4", "46350", 1),
                ],
            ),
            row(
                5,
                &[
                    text("A5", "1.1-D4"),
                    text("B5", "Met"),
                    number("C5", "1E+21", 0),
                ],
            ),
            row(
                6,
                &[
                    text("A6", "1.1-D5"),
                    text("B6", "Met"),
                    number("C6", "1E-7", 0),
                ],
            ),
        ],
        "",
    );
    let a = read(&book).expect("read");
    assert_eq!(a.note("1.1-D1".parse().unwrap()), Some("0.3"));
    assert_eq!(a.note("1.1-D2".parse().unwrap()), Some("42"));
    assert_eq!(a.note("1.1-D3".parse().unwrap()), Some("2026-11-24"));
    // As General format shows them: scientific where the size needs it.
    assert_eq!(a.note("1.1-D4".parse().unwrap()), Some("1E+21"));
    assert_eq!(a.note("1.1-D5".parse().unwrap()), Some("1E-07"));
}

#[test]
fn a_control_character_is_refused_naming_the_cell() {
    let book = with_domain(
        &[row(
            2,
            &[
                text("A2", "1.1-D1"),
                text("B2", "Met"),
                text("C2", "bell_x0007_"),
            ],
        )],
        "",
    );
    assert_eq!(
        refused(&book).1,
        "'Domain 1'!C2: the note on `1.1-D1` contains the control character U+0007: only tab and line breaks are allowed"
    );
    let book = Book::new(vec![about("Lake_x001B_side", "", &[])]);
    assert_eq!(
        refused(&book).1,
        "'About'!B3: the system name contains the control character U+001B: only tab and line breaks are allowed"
    );
}

#[test]
fn text_from_the_workbook_stays_on_one_line_in_errors() {
    let book = with_domain(
        &[row(
            2,
            &[text("A2", "1.1-D1"), text("B2", "Met\nerror: forged")],
        )],
        "",
    );
    let (_, message) = refused(&book);
    assert!(
        message.starts_with(
            r#"'Domain 1'!B2: unknown status "Met\nerror: forged" for criterion `1.1-D1`"#
        ),
        "{message}"
    );
    let mut book = with_domain(&[row(2, &[text("A2", "1.1-D9")])], "");
    book.sheets[1].name = "Domain\n1".into();
    let (_, message) = refused(&book);
    assert!(message.starts_with(r"'Domain\n1'!A2: "), "{message}");
}
