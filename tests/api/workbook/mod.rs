//! Workbooks (feature `xlsx`): what is written, that reading gives back exactly what was
//! written, and that every bad workbook gets a clear error naming the sheet and cell.
#![cfg(feature = "xlsx")]

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use mhics::workbook::{self, WorkbookError, HEADERS, MAX_CELL_CHARS, MAX_SIZE, STATUS_LABELS};
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

#[test]
fn samples_come_back_exactly() -> Result<(), Box<dyn std::error::Error>> {
    for name in SAMPLES {
        let assessment = sample(name);
        let bytes = workbook::write(MHICS_2019, Some(&assessment))?;
        let back = workbook::read(MHICS_2019, &bytes)?;
        assert_eq!(back, assessment, "{name}");
        assert_eq!(back.to_json(), assessment.to_json(), "{name}");
    }
    Ok(())
}

#[test]
fn the_layout_is_the_documented_one() -> Result<(), Box<dyn std::error::Error>> {
    let assessment = sample("northfield-2026");
    let bytes = workbook::write(MHICS_2019, Some(&assessment))?;
    let sheets = sheets(&bytes);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["About", "Summary", "Domain 1", "Domain 2", "Domain 3"]
    );

    // About: the title, then the labelled rows with their values in column B.
    let about = &sheets[0].1;
    assert_eq!(text(&about[0][0]), MATRIX.title());
    let value = |label: &str| {
        let rows: Vec<_> = about.iter().filter(|r| text(&r[0]) == label).collect();
        assert_eq!(rows.len(), 1, "one {label} row");
        rows[0][1].clone()
    };
    assert_eq!(text(&value("Matrix")), "mhics");
    assert_eq!(text(&value("Version")), "2019");
    assert_eq!(text(&value("System")), assessment.system());
    match value("Date") {
        Data::DateTime(dt) => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            let date = assessment.date().expect("dated");
            assert_eq!((y, m, d), (date.year(), date.month(), date.day()));
        }
        other => panic!("the date is a date cell, not {other:?}"),
    }
    for label in STATUS_LABELS {
        assert!(
            about.iter().any(|r| text(&r[0]) == label),
            "{label} explained"
        );
    }

    // Domain sheets: the header, then one row per criterion in matrix order.
    let mut ids = Vec::new();
    for (name, rows) in &sheets[2..] {
        let header: Vec<String> = rows[1].iter().map(text).collect();
        assert_eq!(header, HEADERS, "{name}");
        for row in &rows[2..] {
            let id = text(&row[0]);
            if id.is_empty() {
                continue; // a heading row
            }
            let criterion = MATRIX.criterion(id.parse()?).expect("a real criterion");
            assert_eq!(text(&row[1]), criterion.id().subsection().to_string());
            assert_eq!(text(&row[2]), criterion.id().level().name());
            let (status, note) = (text(&row[5]), text(&row[6]));
            match assessment.response(criterion.id()) {
                Some(r) => {
                    assert_eq!(status, workbook::status_label(r.status));
                    assert_eq!(note, r.note.unwrap_or_default());
                }
                None => assert_eq!((status.as_str(), note.as_str()), ("", "")),
            }
            ids.push(criterion.id());
        }
    }
    let expected: Vec<_> = MATRIX.criteria().map(|c| c.id()).collect();
    assert_eq!(ids, expected);
    Ok(())
}

#[test]
fn no_word_of_the_matrix_is_lost() -> Result<(), Box<dyn std::error::Error>> {
    let bytes = workbook::write(MHICS_2019, None)?;
    let sheets = sheets(&bytes);
    let all: Vec<String> = sheets
        .iter()
        .flat_map(|(_, rows)| rows.iter().flatten().map(text))
        .collect();
    let appears = |what: &str| {
        assert!(
            all.iter().any(|cell| cell.contains(what)),
            "not in the workbook: {what}"
        )
    };
    appears(MATRIX.title());
    for info in MATRIX.levels() {
        appears(info.name());
        appears(info.description());
    }
    for domain in MATRIX.domains() {
        let name = workbook::domain_sheet_name(domain.id());
        let (_, rows) = sheets.iter().find(|(n, _)| *n == name).expect("a sheet");
        appears(domain.title());
        for subsection in domain.subsections() {
            appears(subsection.title());
            for level in subsection.levels() {
                appears(level.headline());
                for theme in level.themes() {
                    for criterion in theme.criteria() {
                        let row = rows
                            .iter()
                            .find(|r| text(&r[0]) == criterion.id().to_string())
                            .expect("a row per criterion");
                        let (theme_cell, cell) = (text(&row[3]), text(&row[4]));
                        assert!(theme_cell.starts_with(theme.name()), "{}", criterion.id());
                        if let Some(intro) = theme.intro() {
                            assert!(theme_cell.contains(intro), "{}", criterion.id());
                        }
                        assert!(cell.starts_with(criterion.text()), "{}", criterion.id());
                        for point in criterion.points() {
                            assert!(cell.contains(&format!("\n• {point}")), "{}", criterion.id());
                        }
                        if let Some(closing) = criterion.closing() {
                            assert!(cell.ends_with(closing), "{}", criterion.id());
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

#[test]
fn only_status_note_and_the_about_cells_to_fill_in_are_unlocked(
) -> Result<(), Box<dyn std::error::Error>> {
    let bytes = workbook::write(MHICS_2019, Some(&sample("riverside-2026")))?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(&bytes[..]))?;
    let mut unlocked = Vec::new();
    for name in book.sheet_names() {
        let styles = book.worksheet_style(&name)?;
        for (row, column, style) in styles.cells() {
            if style.protection.as_ref().is_some_and(|p| !p.locked) {
                unlocked.push((name.clone(), row, column));
            }
        }
    }
    let sheets = sheets(&bytes);
    let mut expected = Vec::new();
    for (name, rows) in &sheets {
        for (row, cells) in (0u32..).zip(rows) {
            if name == "About" {
                if ["System", "Respondent", "Date"].contains(&text(&cells[0]).as_str()) {
                    expected.push((name.clone(), row, 1));
                }
            } else if name != "Summary" && row > 1 && !text(&cells[0]).is_empty() {
                expected.push((name.clone(), row, 5));
                expected.push((name.clone(), row, 6));
            }
        }
    }
    unlocked.sort();
    expected.sort();
    assert_eq!(unlocked, expected);
    Ok(())
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

    fn read(&self) -> Result<Assessment, WorkbookError> {
        workbook::read(MHICS_2019, &self.bytes())
    }

    fn error(&self) -> String {
        self.read().expect_err("refused").to_string()
    }
}

fn header() -> Vec<Cell> {
    vec![Text("ID"), Text("Status"), Text("Note")]
}

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
        "'About'!B7: \"2023-02-29\" is not a date (that month has no such day); enter it as YYYY-MM-DD"
    );
    assert_eq!(
        base().about("Date", Number(45000.0)).error(),
        "'About'!B7: \"45000\" is not a date (a number, not a date cell or text); enter it as YYYY-MM-DD"
    );
    assert_eq!(
        Book::new(" ").error(),
        "'About'!B5: the system name is empty; fill in the system assessed"
    );
}

#[test]
fn a_blank_workbook_asks_for_the_system_then_reads_as_no_responses(
) -> Result<(), Box<dyn std::error::Error>> {
    let bytes = workbook::write(MHICS_2019, None)?;
    let err = workbook::read(MHICS_2019, &bytes).expect_err("no system");
    assert!(matches!(err, WorkbookError::EmptySystem { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "'About'!B6: the system name is empty; fill in the system assessed"
    );
    let named = Assessment::new("Lakeside")?;
    let bytes = workbook::write(MHICS_2019, Some(&named))?;
    assert_eq!(workbook::read(MHICS_2019, &bytes)?, named);
    Ok(())
}

#[test]
fn bad_statuses_and_ids_name_the_cell_and_the_nearest() {
    let rows = |status: &'static str, id: &'static str| {
        Book::new("Lakeside").sheet(
            "Domain 2",
            [
                vec![vec![]; 12],
                vec![header_at(0)],
                vec![row_at(0, id, status)],
            ]
            .concat(),
        )
    };
    fn header_at(pad: usize) -> Vec<Cell> {
        [
            vec![Blank; pad],
            vec![
                Text("ID"),
                Blank,
                Blank,
                Blank,
                Blank,
                Text("Status"),
                Text("Note"),
            ],
        ]
        .concat()
    }
    fn row_at(pad: usize, id: &'static str, status: &'static str) -> Vec<Cell> {
        [
            vec![Blank; pad],
            vec![Text(id), Blank, Blank, Blank, Blank, Text(status)],
        ]
        .concat()
    }
    assert_eq!(
        rows("Mett", "2.1-D1").error(),
        "'Domain 2'!F14: \"Mett\" is not a status (Met, Partial, Not met, Not applicable); did you mean Met?"
    );
    assert_eq!(
        rows("notmet", "2.1-D1").error(),
        "'Domain 2'!F14: \"notmet\" is not a status (Met, Partial, Not met, Not applicable); did you mean Not met?"
    );
    assert_eq!(
        rows("yes, mostly", "2.1-D1").error(),
        "'Domain 2'!F14: \"yes, mostly\" is not a status (Met, Partial, Not met, Not applicable)"
    );
    assert_eq!(
        rows("Met", "2.1-D99").error(),
        "'Domain 2'!A14: \"2.1-D99\" is not a criterion of mhics 2019; did you mean 2.1-D1?"
    );
    assert_eq!(
        rows("Met", "2.1-d3").error(),
        "'Domain 2'!A14: \"2.1-d3\" is not a criterion of mhics 2019; did you mean 2.1-D3?"
    );
}

#[test]
fn the_same_id_twice_names_both_cells() {
    let book = Book::new("Lakeside")
        .sheet(
            "Domain 1",
            vec![header(), vec![Text("1.1-D1"), Text("Met")]],
        )
        .sheet(
            "Domain 2",
            vec![
                header(),
                vec![Text("2.1-D1"), Text("Met")],
                vec![Text("1.1-D1"), Blank],
            ],
        );
    assert_eq!(
        book.error(),
        "'Domain 2'!A3: 1.1-D1 appears twice, here and at 'Domain 1'!A2"
    );
}

#[test]
fn missing_headers_sheets_and_labels_are_named() {
    let sheet = |rows| Book::new("Lakeside").sheet("Domain 1", rows).error();
    assert_eq!(
        sheet(vec![
            vec![Text("Criterion"), Text("Status")],
            vec![Text("1.1-D1"), Text("Met")]
        ]),
        "'Domain 1': no `ID` column"
    );
    assert_eq!(
        sheet(vec![vec![Blank, Text("ID"), Text("State")]]),
        "'Domain 1': no `Status` column in the header row (1)"
    );
    assert_eq!(
        sheet(vec![vec![Text("ID"), Text("Status"), Text("status")]]),
        "'Domain 1'!C1: a second `Status` column (the first is 'Domain 1'!B1)"
    );
    assert_eq!(
        sheet(vec![
            header(),
            vec![Text("1.1-D1"), Blank, Text("evidence")]
        ]),
        "'Domain 1'!C2: a note on 1.1-D1, which has no status; choose a status or clear the note"
    );

    let mut no_about = Book::new("Lakeside");
    no_about.sheets[0].0 = "Cover".into();
    assert_eq!(no_about.error(), "the workbook has no sheet named 'About'");
    let mut no_system = Book::new("Lakeside");
    no_system.sheets[0].1.remove(4);
    assert_eq!(
        no_system.error(),
        "'About': no row labelled `System` in column A"
    );
}

mhics::matrix! {
    const LAKE: Domain = domain "1" {
        title: "Lakeside leadership",
        partners: "P",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [
        "1.1" {
            title: "Local leadership",
            developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a", "1.1-D2" => "b" } ] },
            maturing: { headline: "H", themes: [ "A" intro "Partners:" { "1.1-M1" => "a" ["x", "y"] } ] },
            thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
            references: [],
        },
        ],
    };
}

mhics::matrix! {
    const LAKESIDE: Matrix = matrix "lakeside" {
        edition: LAKESIDE_2026,
        title: "Lakeside local edition",
        version: "2026",
        levels: {
            developing: { name: "Developing", description: "d" },
            maturing: { name: "Maturing", description: "m" },
            thriving: { name: "Thriving", description: "t" },
        },
        high_level_themes: [],
        domains: [LAKE],
    };
}

#[test]
fn another_edition_is_named_both_ways() -> Result<(), Box<dyn std::error::Error>> {
    let ours = workbook::write(MHICS_2019, Some(&sample("riverside-2026")))?;
    assert_eq!(
        workbook::read(LAKESIDE_2026, &ours)
            .expect_err("another edition")
            .to_string(),
        "'About'!B4: answers mhics 2019, expected lakeside 2026"
    );
    let theirs = workbook::write(LAKESIDE_2026, None)?;
    let sheets = sheets(&theirs);
    assert_eq!(sheets.len(), 3); // About, Summary, Domain 1
    assert_eq!(
        workbook::read(MHICS_2019, &theirs)
            .expect_err("another edition")
            .to_string(),
        "'About'!B4: answers lakeside 2026, expected mhics 2019"
    );
    // Editions known at run time read a workbook of either, as the one it names.
    let editions = Editions::new([MHICS_2019, LAKESIDE_2026])?;
    let lakeside = Assessment::builder("Lakeside")
        .edition(LAKESIDE_2026)
        .respond_with_note("1.1-M1", Status::Met, "in place")
        .build()?;
    let read = editions.read_workbook(&workbook::write(LAKESIDE_2026, Some(&lakeside))?)?;
    assert_eq!(read.edition(), LAKESIDE_2026);
    assert_eq!(read, lakeside);
    let read = editions.read_workbook(&ours)?;
    assert_eq!(read.edition(), MHICS_2019);
    assert_eq!(read, sample("riverside-2026"));
    assert_eq!(
        Editions::new([LAKESIDE_2026])?
            .read_workbook(&ours)
            .expect_err("another edition")
            .to_string(),
        "'About'!B4: answers mhics 2019, expected lakeside 2026"
    );
    let blank = Book::new("Lakeside")
        .about("Matrix", Blank)
        .about("Version", Blank);
    assert_eq!(
        blank.error(),
        "'About'!B3: answers no edition (Matrix and Version are blank), expected mhics 2019"
    );
    let version = Book::new("Lakeside").about("Version", Number(2026.0));
    assert_eq!(
        version.error(),
        "'About'!B4: answers mhics 2026, expected mhics 2019"
    );
    // (The cell named is that of the last edition tried; only the text is checked.)
    let unknown = editions
        .read_workbook(&version.bytes())
        .expect_err("no edition known")
        .to_string();
    assert!(
        unknown.ends_with(": answers mhics 2026, expected one of: mhics 2019, lakeside 2026"),
        "{unknown}"
    );
    Ok(())
}

#[test]
fn files_that_are_not_workbooks_are_refused() -> Result<(), Box<dyn std::error::Error>> {
    let not = |bytes: &[u8]| workbook::read(MHICS_2019, bytes).expect_err("refused");
    assert_eq!(not(b""), WorkbookError::Empty);
    assert!(matches!(
        not(b"ID,Status\n1.1-D1,Met\n"),
        WorkbookError::NotAWorkbook { .. }
    ));
    assert!(matches!(
        not(&sample("riverside-2026").to_json().into_bytes()),
        WorkbookError::NotAWorkbook { .. }
    ));
    let too_large = vec![0u8; MAX_SIZE + 1];
    assert_eq!(
        not(&too_large).to_string(),
        format!(
            "the file is {} bytes, more than the {MAX_SIZE} bytes a workbook may have",
            MAX_SIZE + 1
        )
    );
    // A zip archive that is not a workbook.
    let mut zip = Workbook::new();
    zip.add_worksheet();
    let mut bytes = zip.save_to_buffer()?;
    let at = bytes
        .windows(8)
        .position(|w| w == b"workbook")
        .expect("named");
    bytes[at..at + 8].copy_from_slice(b"wurkbook");
    assert!(matches!(
        not(&bytes),
        WorkbookError::NotAWorkbook { .. }
            | WorkbookError::UnreadableSheet { .. }
            | WorkbookError::MissingSheet { .. }
    ));
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_assessment_comes_back_exactly(a in assessment()) {
        let bytes = workbook::write(MHICS_2019, Some(&a)).expect("written");
        prop_assert_eq!(workbook::read(MHICS_2019, &bytes).expect("read"), a);
    }
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

#[test]
fn the_summary_stores_the_evaluation_of_what_the_workbook_holds(
) -> Result<(), Box<dyn std::error::Error>> {
    for name in SAMPLES {
        let assessment = sample(name);
        let bytes = workbook::write(MHICS_2019, Some(&assessment))?;
        assert_eq!(
            stored_summary(&bytes),
            summary::expected(&assessment),
            "{name}"
        );
    }
    // Blank: every level 0 met, nothing attained.
    let blank = workbook::write(MHICS_2019, None)?;
    let rows = stored_summary(&blank);
    let empty = Assessment::new("Blank")?;
    assert_eq!(rows, summary::expected(&empty));
    assert_eq!(
        rows.len(),
        MATRIX.subsections().count() + MATRIX.domains().len() + 1
    );
    let overall = rows.last().expect("an Overall row");
    assert_eq!(
        (overall[0].as_str(), overall[4].as_str()),
        ("Overall", "Not yet Developing")
    );
    let first = MATRIX.subsections().next().expect("a sub-section");
    let zeros: Vec<String> = first
        .levels()
        .iter()
        .map(|l| format!("0 / {}", l.criteria().count()))
        .collect();
    assert_eq!(rows[1][0], first.id().to_string());
    assert_eq!(rows[1][1..4], zeros[..]);
    Ok(())
}

#[test]
fn the_summary_is_formulas_over_the_status_cells_in_functions_both_programs_have(
) -> Result<(), Box<dyn std::error::Error>> {
    let bytes = workbook::write(MHICS_2019, Some(&sample("northfield-2026")))?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(&bytes[..]))?;
    let formulas = book.worksheet_formula(workbook::SUMMARY_SHEET)?;
    let (top, _) = formulas.start().expect("formulas");
    let mut functions = std::collections::BTreeSet::new();
    let mut count = 0;
    for formula in formulas.used_cells().map(|(_, _, f)| f) {
        count += 1;
        let bytes = formula.as_bytes();
        for (i, _) in formula.match_indices('(') {
            let start = bytes[..i]
                .iter()
                .rposition(|b| !b.is_ascii_uppercase())
                .map_or(0, |p| p + 1);
            if start < i {
                functions.insert(&formula[start..i]);
            }
        }
    }
    // Per sub-section: three levels' texts, nine counts, the levels attained and the
    // level's name; per domain and overall, the levels attained and the name.
    let subsections = MATRIX.subsections().count();
    assert_eq!(count, 14 * subsections + 2 * (MATRIX.domains().len() + 1));
    assert!(top >= 3, "formulas start below the header");
    let allowed = ["CHOOSE", "IF", "LOWER", "MIN", "ROWS", "SUMPRODUCT", "TRIM"];
    assert!(
        functions.iter().all(|f| allowed.contains(f)),
        "{functions:?}"
    );
    // The 1.1 Developing count reads the Status cells of its criteria on Domain 1.
    let sheets = sheets(&bytes);
    let (_, domain1) = &sheets[2];
    let rows: Vec<usize> = (0..domain1.len())
        .filter(|&r| text(&domain1[r][0]).starts_with("1.1-D"))
        .collect();
    let range = format!(
        "'Domain 1'!$F${}:$F${}",
        rows[0] + 1,
        rows[rows.len() - 1] + 1
    );
    assert!(
        formulas.used_cells().any(|(_, _, f)| f.contains(&range)),
        "no formula over {range}"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn any_assessment_is_summarised_as_evaluated(a in assessment()) {
        let bytes = workbook::write(MHICS_2019, Some(&a)).expect("written");
        prop_assert_eq!(stored_summary(&bytes), summary::expected(&a));
    }
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases()))]

    /// Damaged files give an answer or an error, never a panic.
    #[test]
    fn corrupted_workbooks_never_panic(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in prop::option::weighted(0.3, any::<prop::sample::Index>()),
    ) {
        let mut bytes = real();
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] ^= byte | 1;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len()));
        }
        let _ = workbook::read(MHICS_2019, &bytes);
    }
}

#[test]
fn every_truncation_of_a_workbook_is_refused_cleanly() {
    let bytes = real();
    for len in (0..bytes.len()).step_by(997) {
        assert!(
            workbook::read(MHICS_2019, &bytes[..len]).is_err(),
            "{len} bytes"
        );
    }
}

#[test]
fn cells_far_apart_are_read_without_filling_the_space_between() {
    let mut rows = vec![Vec::new(); 1_048_576];
    rows[0] = header();
    rows[1] = vec![Text("1.1-D1"), Text("Met")];
    rows[1_048_575] = [vec![Blank; 16_383], vec![Text("the last cell")]].concat();
    let a = Book::new("Lakeside")
        .sheet("Domain 1", rows)
        .read()
        .expect("read");
    assert_eq!(a.response_count(), 1);
}

/// An archive that would unzip to more than a workbook may hold is refused before any
/// of it is unzipped.
#[test]
fn an_archive_that_unzips_beyond_the_limit_is_refused() -> Result<(), Box<dyn std::error::Error>> {
    use std::io::Write as _;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    writer.start_file("xl/worksheets/sheet1.xml", options)?;
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..=(workbook::MAX_UNZIPPED >> 20) {
        writer.write_all(&zeros)?;
    }
    let bytes = writer.finish()?.into_inner();
    assert!(bytes.len() < MAX_SIZE, "{} bytes", bytes.len());
    let err = workbook::read(MHICS_2019, &bytes).expect_err("refused");
    assert!(
        matches!(err, WorkbookError::TooLargeUnzipped { size, .. } if size > u128::from(workbook::MAX_UNZIPPED)),
        "{err}"
    );
    Ok(())
}
