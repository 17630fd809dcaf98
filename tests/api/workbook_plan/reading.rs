//! Sheets as a person may fill them in, read; and bad cells, each refused in one line
//! naming the sheet and cell: the plan's own rows and headers, hostile cells, another
//! edition or no plan; the domain sheets' reader leaves the plan sheet aside.

use super::*;

// ---- Bad cells, each refused in one line naming the sheet and cell. ----

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
            r#"'Action plan'!C5: action "A1": unknown criterion ID "1.1-M01" in `criteria`; did you mean `1.1-M1`?"#,
        ),
        (
            vec![row_with(5, "A1", &[(2, "1.1-M1; 1.1-D2;\n1.1-M1")])],
            r#"'Action plan'!C5: action "A1" names criterion `1.1-M1` twice in `criteria`"#,
        ),
        (
            vec![row_with(5, "A1", &[]), row_with(6, "A2", &[]), row_with(7, " a1", &[])],
            r#"'Action plan'!A7: action " a1" (also spelt "A1") appears twice in the plan (the first at 'Action plan'!A5)"#,
        ),
        (
            vec![row_with(5, "A1", &[]), row_with(6, "A1", &[])],
            r#"'Action plan'!A6: action "A1" appears twice in the plan (the first at 'Action plan'!A5)"#,
        ),
        (
            vec![row_with(5, "A1", &[(5, "2026-02-30")])],
            r#"'Action plan'!F5: invalid date "2026-02-30" in the `due` of action "A1": that month has no such day"#,
        ),
        (
            vec![row(5, &[
                text("A5", "A1"),
                text("B5", "T"),
                text("C5", "1.1-M1"),
                number("F5", "46112", 0),
                text("G5", "Done"),
            ])],
            r#"'Action plan'!F5: invalid date "46112" in the `due` of action "A1": a number, not a date cell or text; enter it as YYYY-MM-DD"#,
        ),
        (
            vec![row_with(5, "A1", &[(6, "Doing")])],
            r#"'Action plan'!G5: unknown status "Doing" for action "A1"; expected one of: Planned, In progress, Done, Dropped; did you mean `Done`?"#,
        ),
        (
            vec![row_with(5, "A1", &[(6, "Met")])],
            r#"'Action plan'!G5: unknown status "Met" for action "A1"; expected one of: Planned, In progress, Done, Dropped"#,
        ),
        (
            vec![row_with(5, "A1", &[(1, " ")])],
            r#"'Action plan'!B5: the `title` of action "A1" is empty"#,
        ),
        (
            vec![row_with(5, "A1", &[(2, " ,; \n")])],
            r#"'Action plan'!C5: the `criteria` of action "A1" is empty"#,
        ),
        (
            vec![row_with(5, "A1", &[(6, "")])],
            r#"'Action plan'!G5: the `status` of action "A1" is empty"#,
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
            r#"'Action plan'!H5: the `note` of action "A1" contains the control character U+0007: only tab and line breaks are allowed"#,
        ),
        (
            vec![row_with(5, "A\n1", &[]), row_with(6, "a\n1", &[])],
            r#"'Action plan'!A6: action "a\n1" (also spelt "A\n1") appears twice in the plan (the first at 'Action plan'!A5)"#,
        ),
    ];
    let wrong: Vec<(String, &str)> = cases
        .iter()
        .map(|(rows, expected)| (refused(&book(rows, "")), *expected))
        .filter(|(got, expected)| got != expected)
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
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
            r#"'Action plan'!B2: invalid date "soon" in the `assessed` of the plan: expected a date of the form YYYY-MM-DD"#,
        ),
        (
            vec![system.clone(), row(2, &[text("A2", "Agreed"), number("B2", "0.5", 1)]), header(3, &all)],
            r#"'Action plan'!B2: invalid date "0.5": a date serial outside the years 1900 to 9999"#,
        ),
        (
            vec![row(1, &[text("A1", "System"), text("B1", " \t")]), header(2, &all)],
            "'Action plan'!B1: the system name is empty",
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
            "'Action plan'!H5: merged cells from here to H6 over the `Note` column; unmerge them so that each row has its own cell",
        ),
        (
            vec![row_with(5, "A1", &[])],
            r#"<mergeCells count="1"><mergeCell ref="B5:C5"/></mergeCells>"#,
            "'Action plan'!B5: merged cells from here to C5 over the `Criteria` column; unmerge them so that each row has its own cell",
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
fn the_workbook_must_be_of_the_edition_and_hold_a_plan() -> Result<(), Box<dyn std::error::Error>> {
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
        "'About'!B2: this workbook answers mhics 2026, expected mhics 2019"
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
        r#"the plan is for "Riverside and Vale ICS", but the assessment is of "Northfield and Coast ICS": a plan goes with an assessment of its own system"#
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
