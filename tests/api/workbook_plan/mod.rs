//! The Action plan sheet (feature `xlsx`): a plan written into a workbook reads back
//! exactly, the sheet is laid out and locked as documented, and every bad cell is refused
//! in one line naming the sheet and cell.
#![cfg(all(feature = "xlsx", feature = "serde"))]

use crate::fixtures::ooxml;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use mhics::plan::{Action, ActionStatus, Plan};
use mhics::workbook::{
    self, WorkbookError, ACTION_STATUS_LABELS, PLAN_HEADERS, PLAN_LABELS, PLAN_SHEET,
};
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

#[test]
fn the_sample_plan_and_its_assessment_come_back_exactly() -> Result<(), WorkbookError> {
    let plan = sample_plan();
    let assessment = sample("riverside-2025");
    let bytes = workbook::write_with_plan(MHICS_2019, Some(&assessment), &plan)?;
    assert_eq!(workbook::read_plan(MHICS_2019, &bytes)?, plan);
    assert_eq!(
        workbook::read_plan(MHICS_2019, &bytes)?.to_json(),
        plan.to_json()
    );
    // The domain-sheet reader leaves the plan aside.
    assert_eq!(workbook::read(MHICS_2019, &bytes)?, assessment);
    // Without an assessment: a blank workbook with the plan.
    let blank = workbook::write_with_plan(MHICS_2019, None, &plan)?;
    assert_eq!(workbook::read_plan(MHICS_2019, &blank)?, plan);
    Ok(())
}

#[test]
fn drafted_plans_come_back_exactly() -> Result<(), WorkbookError> {
    for name in ["riverside-2025", "riverside-2026", "northfield-2026"] {
        let assessment = sample(name);
        for target in [Target::Next, Target::Level(Level::Thriving)] {
            let plan = Plan::draft(&assessment, target);
            assert!(!plan.actions().is_empty(), "{name}");
            let bytes = workbook::write_with_plan(MHICS_2019, Some(&assessment), &plan)?;
            assert_eq!(workbook::read_plan(MHICS_2019, &bytes)?, plan, "{name}");
            assert_eq!(workbook::read(MHICS_2019, &bytes)?, assessment, "{name}");
        }
    }
    // A plan of no actions too.
    let empty = Plan::new("Riverside and Vale ICS").expect("a name");
    let bytes = workbook::write_with_plan(MHICS_2019, None, &empty)?;
    assert_eq!(workbook::read_plan(MHICS_2019, &bytes)?, empty);
    Ok(())
}

#[test]
fn the_sheet_is_laid_out_as_documented() -> Result<(), Box<dyn std::error::Error>> {
    let plan = sample_plan();
    let bytes = workbook::write_with_plan(MHICS_2019, Some(&sample("riverside-2025")), &plan)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(&bytes[..]))?;
    assert_eq!(
        book.sheet_names(),
        ["About", "Summary", "Domain 1", "Domain 2", "Domain 3", PLAN_SHEET]
    );
    let rows = plan_rows(&bytes);
    let column = |row: &[Data], i: usize| row.get(i).map(shown).unwrap_or_default();
    assert_eq!(column(&rows[0], 0), PLAN_SHEET);
    let labelled: Vec<(String, String)> = rows
        .iter()
        .filter(|r| PLAN_LABELS.contains(&column(r, 0).as_str()))
        .map(|r| (column(r, 0), column(r, 1)))
        .collect();
    let pairs = |list: [(&str, &str); 3]| list.map(|(a, b)| (a.to_owned(), b.to_owned()));
    assert_eq!(
        labelled,
        pairs([
            ("System", "Riverside and Vale ICS"),
            ("Assessed", "2025-10-02"),
            ("Agreed", "2025-11-12"),
        ])
    );
    let header = rows
        .iter()
        .position(|r| column(r, 0) == "ID")
        .expect("a header row");
    let headers: Vec<String> = rows[header].iter().map(shown).collect();
    assert_eq!(headers, PLAN_HEADERS);
    for (action, row) in plan.actions().iter().zip(&rows[header + 1..]) {
        assert_eq!(column(row, 0), action.id());
        assert_eq!(column(row, 1), action.title());
        // The criteria in the action's order, whole IDs on each line.
        let cell = column(row, 2);
        let ids: Vec<String> = action.criteria().iter().map(|c| c.to_string()).collect();
        let read: Vec<&str> = cell
            .split([',', ' ', '\n'])
            .filter(|s| !s.is_empty())
            .collect();
        assert_eq!(read, ids, "{cell:?}");
        assert!(
            cell.lines().all(|l| l
                .split(", ")
                .all(|id| id.trim_end_matches(',').parse::<CriterionId>().is_ok())),
            "{cell:?}"
        );
        assert_eq!(column(row, 3), action.owner().unwrap_or(""));
        assert_eq!(column(row, 4), action.lead().unwrap_or(""));
        let due = action.due().map(|d| d.to_string()).unwrap_or_default();
        assert_eq!(column(row, 5), due, "a due date is a date cell");
        assert_eq!(column(row, 6), action.status().name());
        assert!(ACTION_STATUS_LABELS.contains(&column(row, 6).as_str()));
        assert_eq!(column(row, 7), action.note().unwrap_or(""));
    }

    // Editable: the three values, every cell of the action rows and of the blank rows
    // below them; nothing else.
    let styles = book.worksheet_style(PLAN_SHEET)?;
    let mut unlocked: Vec<(u32, u32)> = styles
        .cells()
        .filter(|(_, _, s)| s.protection.as_ref().is_some_and(|p| !p.locked))
        .map(|(r, c, _)| (r, c))
        .collect();
    unlocked.sort();
    let header = header as u32;
    let last = header + plan.actions().len() as u32 + 20;
    let mut expected: Vec<(u32, u32)> = (header - 4..header - 1).map(|r| (r, 1)).collect();
    for r in header + 1..=last {
        expected.extend((0..8).map(|c| (r, c)));
    }
    assert_eq!(unlocked, expected);

    // The sheet is protected, its header frozen and repeated on each printed page, which
    // is landscape A4 and one page wide; Status has a drop-down of the four statuses,
    // Due takes dates.
    let xml = part(&bytes, "xl/worksheets/sheet6.xml");
    assert!(xml.contains("<sheetProtection sheet=\"1\""), "protected");
    assert!(
        xml.contains(&format!(
            r#"<pane ySplit="{}" topLeftCell="A{}" activePane="bottomLeft" state="frozen"/>"#,
            header + 1,
            header + 2
        )),
        "frozen"
    );
    assert!(xml.contains(r#"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape""#));
    assert!(xml.contains(r#"<pageSetUpPr fitToPage="1"/>"#));
    let (first, last) = (header + 2, last + 1);
    assert!(
        xml.contains(&format!(
            r#"sqref="G{first}:G{last}"><formula1>"Planned,In progress,Done,Dropped"</formula1>"#
        )),
        "the drop-down"
    );
    assert!(
        xml.contains(r#"type="date""#) && xml.contains(&format!(r#"sqref="F{first}:F{last}""#)),
        "due dates"
    );
    let workbook_xml = part(&bytes, "xl/workbook.xml");
    assert!(
        workbook_xml.contains(&format!(
            r#"<definedName name="_xlnm.Print_Titles" localSheetId="5">'Action plan'!${0}:${0}</definedName>"#,
            header + 1
        )),
        "the header repeated: {workbook_xml}"
    );
    Ok(())
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

// ---- Bad cells, each refused in one line naming the sheet and cell. ----

/// A workbook of an About sheet and an Action plan sheet of `rows` (numbered from 5).
fn book(rows: &[String], after: &str) -> Book {
    Book::new(vec![
        about("Lakeside", "", &[]),
        plan_part("Riverside and Vale ICS", rows, after),
    ])
}

fn read(book: &Book) -> Result<Plan, WorkbookError> {
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

#[test]
fn a_crafted_sheet_is_read_as_a_person_may_fill_it_in() {
    let plan = read(&book(
        &[
            row_with(
                5,
                "A1",
                &[(2, "1.1-M1;1.1-D2\n1.1-M3 , 3.2-T2"), (6, " in_progress ")],
            ),
            // A blank row, and one holding only white space, are skipped.
            row(6, &[]),
            action(7, ["", " ", "", "", "\t", "", "", ""]),
            row_with(
                8,
                "A2",
                &[(6, "DONE"), (3, " Trust "), (7, "Line one\nline two")],
            ),
            row_with(9, "A3", &[(6, "dropped")]),
            // A due date as a date cell, or as ISO text.
            row(
                10,
                &[
                    text("A10", "A4"),
                    text("B10", "Dated"),
                    text("C10", "1.2-D1"),
                    number("F10", "46112", 1),
                    text("G10", "Planned"),
                ],
            ),
            row_with(11, "A5", &[(5, " 2026-03-31 ")]),
        ],
        "",
    ))
    .expect("read");
    assert_eq!(plan.system(), "Riverside and Vale ICS");
    let ids: Vec<&str> = plan.actions().iter().map(Action::id).collect();
    assert_eq!(ids, ["A1", "A2", "A3", "A4", "A5"]);
    let a1 = &plan.actions()[0];
    let criteria: Vec<String> = a1.criteria().iter().map(|c| c.to_string()).collect();
    assert_eq!(criteria, ["1.1-M1", "1.1-D2", "1.1-M3", "3.2-T2"]);
    assert_eq!(a1.status(), ActionStatus::InProgress);
    let a2 = &plan.actions()[1];
    assert_eq!(a2.status(), ActionStatus::Done);
    assert_eq!(a2.owner(), Some(" Trust "));
    assert_eq!(a2.note(), Some("Line one\nline two"));
    assert_eq!(plan.actions()[2].status(), ActionStatus::Dropped);
    let due = Date::new(2026, 3, 31).ok();
    assert_eq!(plan.actions()[3].due(), due);
    assert_eq!(plan.actions()[4].due(), due);
    // A system that reads `ID` is not taken for the header.
    let odd = Book::new(vec![
        about("Lakeside", "", &[]),
        plan_part("ID", &[row_with(5, "A1", &[])], ""),
    ]);
    assert_eq!(read(&odd).expect("read").system(), "ID");
}

#[test]
fn bad_cells_are_refused_naming_the_sheet_and_cell() {
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![row_with(5, "A1", &[(2, "1.1-M1, 1.1-M01")])],
            r#"'Action plan'!C5: "1.1-M01" is not a criterion of mhics 2019; did you mean 1.1-M1?"#,
        ),
        (
            vec![row_with(5, "A1", &[(2, "1.1-M1; 1.1-D2;\n1.1-M1")])],
            r#"'Action plan'!C5: 1.1-M1 appears twice in action "A1""#,
        ),
        (
            vec![row_with(5, "A1", &[]), row_with(6, "A2", &[]), row_with(7, " a1", &[])],
            r#"'Action plan'!A7: action " a1" (also spelt "A1") appears twice, here and at 'Action plan'!A5"#,
        ),
        (
            vec![row_with(5, "A1", &[]), row_with(6, "A1", &[])],
            r#"'Action plan'!A6: action "A1" appears twice, here and at 'Action plan'!A5"#,
        ),
        (
            vec![row_with(5, "A1", &[(5, "2026-02-30")])],
            r#"'Action plan'!F5: "2026-02-30" is not a date (that month has no such day); enter it as YYYY-MM-DD"#,
        ),
        (
            vec![row(5, &[
                text("A5", "A1"),
                text("B5", "T"),
                text("C5", "1.1-M1"),
                number("F5", "46112", 0),
                text("G5", "Done"),
            ])],
            r#"'Action plan'!F5: "46112" is not a date (a number, not a date cell or text); enter it as YYYY-MM-DD"#,
        ),
        (
            vec![row_with(5, "A1", &[(6, "Doing")])],
            r#"'Action plan'!G5: "Doing" is not an action status (Planned, In progress, Done, Dropped); did you mean Done?"#,
        ),
        (
            vec![row_with(5, "A1", &[(6, "Met")])],
            r#"'Action plan'!G5: "Met" is not an action status (Planned, In progress, Done, Dropped)"#,
        ),
        (
            vec![row_with(5, "A1", &[(1, " ")])],
            r#"'Action plan'!B5: action "A1" has no title"#,
        ),
        (
            vec![row_with(5, "A1", &[(2, " ,; \n")])],
            r#"'Action plan'!C5: action "A1" has no criteria"#,
        ),
        (
            vec![row_with(5, "A1", &[(6, "")])],
            r#"'Action plan'!G5: action "A1" has no status"#,
        ),
        (
            vec![row_with(5, "", &[(3, "Vale Borough Council")])],
            "'Action plan'!B5: a Title in a row with no action ID; fill in the action's ID or clear the cell",
        ),
        (
            vec![action(5, ["", "", "", "", "", "", "", "Only a note"])],
            "'Action plan'!H5: a Note in a row with no action ID; fill in the action's ID or clear the cell",
        ),
        (
            vec![row_with(5, "A1", &[(7, "bell \u{7}")])],
            "'Action plan'!H5: the control character U+0007; only tab and line breaks are allowed",
        ),
        (
            vec![row_with(5, "A\n1", &[]), row_with(6, "a\n1", &[])],
            r#"'Action plan'!A6: action "a\n1" (also spelt "A\n1") appears twice, here and at 'Action plan'!A5"#,
        ),
    ];
    for (rows, expected) in cases {
        assert_eq!(refused(&book(&rows, "")), expected);
    }
}

#[test]
fn the_plans_own_rows_and_headers_are_checked() {
    let sheet = |rows: Vec<String>| {
        Book::new(vec![
            about("Lakeside", "", &[]),
            Part {
                name: PLAN_SHEET.into(),
                xml: ooxml::sheet_xml(&rows, ""),
            },
        ])
    };
    let header = |r: u32, names: &[&str]| {
        let cells: Vec<String> = names
            .iter()
            .zip('A'..)
            .map(|(h, c)| text(&format!("{c}{r}"), h))
            .collect();
        row(r, &cells)
    };
    let all = [
        "ID", "Title", "Criteria", "Owner", "Lead", "Due", "Status", "Note",
    ];
    let system = row(1, &[text("A1", "System"), text("B1", "Riverside")]);
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![system.clone(), row(2, &[text("A2", "Assessed"), text("B2", "soon")]), header(3, &all)],
            r#"'Action plan'!B2: "soon" is not a date (expected a date of the form YYYY-MM-DD); enter it as YYYY-MM-DD"#,
        ),
        (
            vec![system.clone(), row(2, &[text("A2", "Agreed"), number("B2", "0.5", 1)]), header(3, &all)],
            r#"'Action plan'!B2: "0.5" is not a date (a date serial outside the years 1900 to 9999); enter it as YYYY-MM-DD"#,
        ),
        (
            vec![row(1, &[text("A1", "System"), text("B1", " \t")]), header(2, &all)],
            "'Action plan'!B1: the system name is empty; fill in the system assessed",
        ),
        (
            vec![header(2, &all)],
            "'Action plan': no row labelled `System` in column A",
        ),
        (
            vec![system.clone(), row(2, &[text("A2", " system ")]), header(3, &all)],
            "'Action plan'!A2: a second `System` row (the first is 'Action plan'!A1); which one is meant cannot be told",
        ),
        (
            vec![system.clone(), header(2, &["ID", "Title", "Criteria", "Note"])],
            "'Action plan': no `Status` column in the header row (2)",
        ),
        (
            vec![system.clone(), header(2, &["ID", "Criteria", "Status"])],
            "'Action plan': no `Title` column in the header row (2)",
        ),
        (
            vec![system.clone()],
            "'Action plan': no `ID` column",
        ),
        (
            vec![system.clone(), header(2, &["ID", "Title", "Criteria", "Status", "title"])],
            "'Action plan'!E2: a second `Title` column (the first is 'Action plan'!B2)",
        ),
    ];
    for (rows, expected) in cases {
        assert_eq!(refused(&sheet(rows)), expected);
    }
}

#[test]
fn hostile_cells_are_refused_as_on_the_domain_sheets() {
    let cases: Vec<(Vec<String>, &str, &str)> = vec![
        (
            vec![row(5, &[text("A5", "A1"), r#"<c r="B5"><f>A5&amp;"x"</f></c>"#.to_owned(), text("C5", "1.1-M1"), text("G5", "Planned")])],
            "",
            "'Action plan'!B5: a formula with no stored value; open the workbook in a spreadsheet program and save it, or type the value",
        ),
        (
            vec![row_with(5, "A1", &[]), row_with(6, "A2", &[])],
            r#"<mergeCells count="1"><mergeCell ref="H5:H6"/></mergeCells>"#,
            "'Action plan'!H5:H6: merged cells over the `Note` column; unmerge them so that each row has its own cell",
        ),
        (
            vec![row_with(5, "A1", &[])],
            r#"<mergeCells count="1"><mergeCell ref="B5:C5"/></mergeCells>"#,
            "'Action plan'!B5:C5: merged cells over the `Criteria` column; unmerge them so that each row has its own cell",
        ),
        (
            vec![row_with(5, "A1", &[]), row(5, &[])],
            "",
            "'Action plan': row 5 comes after row 5, out of order or twice",
        ),
        (
            vec![row(5, &[text("A5", "A1"), text("A5", "A2")])],
            "",
            "'Action plan'!A5: the cell is given twice; which value to read cannot be told",
        ),
    ];
    for (rows, after, expected) in cases {
        assert_eq!(refused(&book(&rows, after)), expected);
    }
    // A merged title above the header is not in the way.
    let titled = book(
        &[row_with(5, "A1", &[])],
        r#"<mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells>"#,
    );
    assert!(read(&titled).is_ok());
}

#[test]
fn the_workbook_must_be_of_the_edition_and_hold_a_plan() -> Result<(), WorkbookError> {
    let blank = workbook::write(MHICS_2019, None)?;
    let err = workbook::read_plan(MHICS_2019, &blank).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the workbook has no sheet named 'Action plan'"
    );
    let mut other = about("Lakeside", "", &[]);
    other.xml = other.xml.replace(">2019<", ">2026<");
    let book = Book::new(vec![other, plan_part("Riverside", &[], "")]);
    assert_eq!(
        refused(&book),
        "'About'!B2: answers mhics 2026, expected mhics 2019"
    );
    // The sheet is found ignoring case.
    let mut lower = plan_part("Riverside", &[row_with(5, "A1", &[])], "");
    lower.name = "action PLAN".into();
    let book = Book::new(vec![about("Lakeside", "", &[]), lower]);
    assert_eq!(read(&book)?.actions().len(), 1);
    // An assessment and a plan of different systems do not make one workbook.
    let plan = Plan::new("Riverside and Vale ICS").expect("a name");
    let assessment = Assessment::builder("Northfield and Coast ICS")
        .build()
        .expect("valid");
    let err = workbook::write_with_plan(MHICS_2019, Some(&assessment), &plan).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"the plan is for "Riverside and Vale ICS" but the assessment is of "Northfield and Coast ICS": a workbook holds the plan of the system it assesses"#
    );
    Ok(())
}

#[test]
fn the_domain_sheet_reader_leaves_the_plan_sheet_aside() {
    // However bad the plan sheet, the assessment reads.
    let book = Book::new(vec![
        about("Lakeside", "", &[]),
        criteria(
            "Domain 1",
            &[row(2, &[text("A2", "1.1-D1"), text("B2", "Met")])],
            "",
        ),
        plan_part(
            "Riverside",
            &[row_with(5, "A1", &[(2, "9.9-X9"), (6, "Soon")])],
            "",
        ),
    ]);
    let assessment = workbook::read(MHICS_2019, &book.bytes()).expect("read");
    assert_eq!(
        assessment.status("1.1-D1".parse().unwrap()),
        Some(Status::Met)
    );
    assert_eq!(assessment.response_count(), 1);
    assert!(read(&book).is_err());
}

// ---- Any plan comes back exactly. ----

/// Text for people, often with the awkward parts: markup, line breaks (CR LF too),
/// OOXML's own escapes, emoji, spaces around it, long paragraphs.
fn awkward() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[=+@'-]?[ \\t\\n]{0,3}\\PC{0,40}(\\r\\n)?[ \\t\\n]{0,3}\\PC{0,10}",
        "(_x[0-9A-F]{4}_|&amp;|<b>|</i>|\\*|\\||\\n|\\u{1F9E0}|é|e\\u{301}| ){1,20}",
        "[a-z ,.\\n]{1000,4000}",
    ]
    .prop_filter("text a plan holds", |s| {
        Action::new("A", "T", ["1.1-D1".parse().unwrap()])
            .and_then(|mut a| a.set_note(Some(s.clone())))
            .is_ok()
    })
}

/// Non-blank text (a title, owner or lead).
fn filled() -> impl Strategy<Value = String> {
    awkward().prop_filter("not blank", |s| !s.trim().is_empty())
}

fn date() -> impl Strategy<Value = Date> {
    (1u16..=9999, 1u8..=12, 1u8..=31)
        .prop_filter_map("a real date", |(y, m, d)| Date::new(y, m, d).ok())
}

type Drafted = (
    String,
    String,
    Vec<usize>,
    Option<String>,
    Option<String>,
    Option<Date>,
    ActionStatus,
    Option<String>,
);

fn action_parts() -> impl Strategy<Value = Drafted> {
    let count = MATRIX.criterion_count();
    (
        filled(),
        filled(),
        prop::collection::vec(0..count, 1..8),
        prop::option::of(filled()),
        prop::option::of(filled()),
        prop::option::of(date()),
        prop::sample::select(ActionStatus::ALL.to_vec()),
        prop::option::of(
            awkward().prop_filter("a cell cannot hold an empty note", |s| !s.is_empty()),
        ),
    )
}

fn any_plan() -> impl Strategy<Value = Plan> {
    (
        filled(),
        prop::option::of(date()),
        prop::option::of(date()),
        prop::collection::vec(action_parts(), 0..40),
    )
        .prop_map(|(system, assessed, agreed, actions)| {
            let criteria: Vec<CriterionId> = MATRIX.criteria().map(|c| c.id()).collect();
            let mut plan = Plan::new(system).expect("not blank");
            plan.set_assessed(assessed);
            plan.set_agreed(agreed);
            for (id, title, picks, owner, lead, due, status, note) in actions {
                let mut ids: Vec<CriterionId> = picks.iter().map(|i| criteria[*i]).collect();
                let mut seen = Vec::new();
                ids.retain(|id| {
                    let new = !seen.contains(id);
                    seen.push(*id);
                    new
                });
                let mut action = Action::new(id, title, ids).expect("a valid action");
                action.set_owner(owner).expect("valid");
                action.set_lead(lead).expect("valid");
                action.set_due(due);
                action.set_status(status);
                action.set_note(note).expect("valid");
                // An ID the plan already has (as a name) is left out.
                let _ = plan.push(action);
            }
            plan
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_plan_comes_back_exactly(plan in any_plan()) {
        let bytes = workbook::write_with_plan(MHICS_2019, None, &plan).expect("written");
        prop_assert_eq!(workbook::read_plan(MHICS_2019, &bytes).expect("read"), plan);
    }
}

#[test]
fn a_plan_of_many_actions_and_every_status_comes_back_exactly() -> Result<(), WorkbookError> {
    let mut plan = Plan::new("Riverside and Vale ICS").expect("a name");
    plan.set_assessed(Date::new(1899, 12, 31).ok());
    plan.set_agreed(Date::new(9999, 12, 31).ok());
    let criteria: Vec<CriterionId> = MATRIX.criteria().map(|c| c.id()).collect();
    for (i, chunk) in criteria.chunks(3).enumerate() {
        let mut action = Action::new(
            format!("A{}", i + 1),
            format!("Action {i}"),
            chunk.iter().rev().copied(),
        )
        .expect("valid");
        action.set_status(ActionStatus::ALL[i % 4]);
        action.set_due(Date::new(1 + (i as u16) * 97, 1 + (i % 12) as u8, 28).ok());
        action
            .set_note((i > 0).then(|| "n".repeat(i * 100)))
            .expect("valid");
        plan.push(action).expect("a new ID");
    }
    let bytes = workbook::write_with_plan(MHICS_2019, None, &plan)?;
    same(&workbook::read_plan(MHICS_2019, &bytes)?, &plan);
    Ok(())
}

/// Asserts that two plans are equal, showing the first action that differs.
fn same(read: &Plan, written: &Plan) {
    assert_eq!(
        (read.system(), read.assessed(), read.agreed()),
        (written.system(), written.assessed(), written.agreed())
    );
    for (a, b) in read.actions().iter().zip(written.actions()) {
        assert_eq!(a, b);
    }
    assert_eq!(read.actions().len(), written.actions().len());
    assert_eq!(read, written);
}

// ---- Whatever a sheet holds, an answer or a one-line error, never a panic. ----

/// What a person or program may put in a plan's cell: a few real values, near misses and
/// any text at all.
fn cell_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        prop::sample::select(vec![
            "A1",
            "a1 ",
            "A2",
            "1.1-M1",
            "1.1-M01",
            "1.1-M1, 1.1-M1",
            "3.7-T1;3.7-T2",
            "Planned",
            "in_progress",
            "DONE",
            "Doing",
            "2026-03-31",
            "2026-02-30",
            " ",
        ])
        .prop_map(str::to_owned),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_cells_give_a_plan_or_a_one_line_error(
        rows in prop::collection::vec(prop::array::uniform8(cell_text()), 0..12),
        merge in prop::option::weighted(0.2, (5u32..18, 0u8..8, 0u32..3, 0u8..3)),
    ) {
        let rows: Vec<String> = (5u32..)
            .zip(&rows)
            .map(|(r, cells)| action(r, cells.each_ref().map(String::as_str)))
            .collect();
        let after = merge.map_or(String::new(), |(r, c, down, right)| {
            let column = |c: u8| char::from(b'A' + c.min(7));
            format!(
                r#"<mergeCells count="1"><mergeCell ref="{}{}:{}{}"/></mergeCells>"#,
                column(c), r, column(c + right), r + down
            )
        });
        match read(&book(&rows, &after)) {
            Ok(plan) => {
                // What was read is a plan like any other: it comes back exactly.
                let bytes = workbook::write_with_plan(MHICS_2019, None, &plan).expect("written");
                prop_assert_eq!(workbook::read_plan(MHICS_2019, &bytes).expect("read"), plan);
            }
            Err(err) => {
                let message = err.to_string();
                prop_assert!(!message.contains(['\n', '\r']), "{:?}", message);
            }
        }
    }

    /// Damaged files give an answer or an error, never a panic.
    #[test]
    fn corrupted_plan_workbooks_never_panic(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in prop::option::weighted(0.3, any::<prop::sample::Index>()),
    ) {
        let mut bytes = workbook::write_with_plan(MHICS_2019, None, &sample_plan()).expect("written");
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] ^= byte | 1;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len()));
        }
        let _ = workbook::read_plan(MHICS_2019, &bytes);
    }
}
