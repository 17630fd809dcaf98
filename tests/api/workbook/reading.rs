//! What is read from workbooks filled in by hand: columns by header in any order,
//! statuses in any case, the About sheet, a blank workbook, and awkward or long notes.

use super::*;
use mhics::error::Kind;

#[test]
fn columns_are_found_by_header_in_any_order_and_statuses_in_any_case() {
    let book = Book::new("Lakeside").sheet(
        "Mine",
        vec![
            vec![Text("My own notes, above the header")],
            vec![
                Text("Comment"),
                Text(" NOTE "),
                Text("id"),
                Text("Extra"),
                Text("s t a t u s"),
            ],
            vec![Blank, Blank, Blank, Blank, Blank],
            vec![
                Blank,
                Text("A note"),
                Text("1.1-D1"),
                Text("x"),
                Text("  met "),
            ],
            vec![Blank, Blank, Text(" 2.1-D2 "), Blank, Text("NOT_MET")],
            vec![Blank, Blank, Text("3.1-D1"), Blank, Text("not applicable")],
            vec![Blank, Blank, Text("1.1-M1"), Blank, Text("Partial")],
            vec![Blank, Blank, Text("1.1-M2"), Blank, Text("   ")],
            vec![
                Blank,
                Number(42.0),
                Text("1.1-M3"),
                Blank,
                Text("not_applicable"),
            ],
        ],
    );
    let a = book.read().expect("read");
    let status = |id: &str| a.status(id.parse().expect("an ID"));
    assert_eq!(status("1.1-D1"), Some(Status::Met));
    assert_eq!(a.note("1.1-D1".parse().expect("an ID")), Some("A note"));
    assert_eq!(status("2.1-D2"), Some(Status::NotMet));
    assert_eq!(status("3.1-D1"), Some(Status::NotApplicable));
    assert_eq!(status("1.1-M1"), Some(Status::Partial));
    assert_eq!(status("1.1-M2"), None);
    assert_eq!(a.note("1.1-M3".parse().expect("an ID")), Some("42"));
    assert_eq!(a.response_count(), 5);
}

#[test]
fn the_about_sheet_gives_system_respondent_and_date() {
    let base = || {
        Book::new("  Lakeside ICS ")
            .about("Respondent", Text("Lakeside Borough Council "))
            .sheet("Domain 1", vec![header()])
    };
    let a = base()
        .about("Date", Cell::Date(2026, 11, 24))
        .read()
        .expect("read");
    assert_eq!(a.system(), "  Lakeside ICS ");
    assert_eq!(a.respondent(), Some("Lakeside Borough Council "));
    assert_eq!(a.date(), Some(Date::new(2026, 11, 24).expect("a date")));
    let a = base()
        .about("Date", Text(" 2024-02-29 "))
        .read()
        .expect("read");
    assert_eq!(a.date(), Some(Date::new(2024, 2, 29).expect("a date")));
    let a = base().about("Respondent", Text("  ")).read().expect("read");
    assert_eq!((a.respondent(), a.date()), (None, None));

    assert_eq!(
        base().about("Date", Text("2023-02-29")).error(),
        "'About'!B7: invalid date \"2023-02-29\": that month has no such day"
    );
    assert_eq!(
        base().about("Date", Number(45000.0)).error(),
        "'About'!B7: invalid date \"45000\": a number, not a date cell or text; enter it as YYYY-MM-DD"
    );
    assert_eq!(
        Book::new(" ").error(),
        "'About'!B5: the system name is empty"
    );
}

#[test]
fn a_blank_workbook_asks_for_the_system_then_reads_as_no_responses(
) -> Result<(), Box<dyn std::error::Error>> {
    let bytes = workbook::write(MHICS_2019, None)?;
    let err = workbook::read(MHICS_2019, &bytes).expect_err("no system");
    assert!(matches!(err.kind(), Kind::Empty { .. }), "{err}");
    assert_eq!(err.to_string(), "'About'!B6: the system name is empty");
    let named = Assessment::new("Lakeside")?;
    let bytes = workbook::write(MHICS_2019, Some(&named))?;
    assert_eq!(workbook::read(MHICS_2019, &bytes)?, named);
    Ok(())
}

#[test]
fn awkward_notes_come_back_exactly() -> Result<(), Box<dyn std::error::Error>> {
    let longest = "é".repeat(MAX_CELL_CHARS);
    let notes = [
        "two\nlines\r\nand CR LF",
        "=SUM(A1:A2)",
        "'quoted",
        "  leading and trailing spaces  ",
        "tab\there",
        "Ünïcödé — “quotes” 🧠 emoji",
        "_x0041_ looks like an escape",
        "<xml> & ampersands </xml>",
        "zero\u{200b}width and \u{202e}bidi format characters",
        "+44 20 7946 0000",
        "2024-01-05",
        "TRUE",
        longest.as_str(),
    ];
    let mut a = Assessment::builder("Lakeside")
        .respondent(" A trust ")
        .date(Date::new(1899, 12, 31)?);
    for (criterion, note) in MATRIX.criteria().zip(notes) {
        a = a.respond_with_note(criterion.id().to_string(), Status::Partial, note);
    }
    let a = a.build()?;
    let back = workbook::read(MHICS_2019, &workbook::write(MHICS_2019, Some(&a))?)?;
    for (criterion, note) in MATRIX.criteria().zip(notes) {
        assert_eq!(back.note(criterion.id()), Some(note), "{}", criterion.id());
    }
    assert_eq!(back, a);
    Ok(())
}

#[test]
fn a_note_longer_than_a_cell_holds_is_refused_not_cut() -> Result<(), Box<dyn std::error::Error>> {
    // An assessment holds no text longer than a cell, so every assessment can be written.
    let mut a = Assessment::new("Lakeside")?;
    let err = a
        .set(
            "2.3-M4".parse()?,
            Response::with_note(Status::Met, "x".repeat(MAX_CELL_CHARS + 1)),
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the note on `2.3-M4` is 32768 characters long, more than the 32767 a text may hold"
    );
    // Excel counts UTF-16 units: an emoji takes two.
    assert!(a
        .set(
            "2.3-M4".parse()?,
            Response::with_note(Status::Met, "🧠".repeat(MAX_CELL_CHARS / 2 + 1)),
        )
        .is_err());
    a.set(
        "2.3-M4".parse()?,
        Response::with_note(Status::Met, "🧠".repeat(MAX_CELL_CHARS / 2)),
    )?;
    assert!(workbook::write(MHICS_2019, Some(&a)).is_ok());
    Ok(())
}
