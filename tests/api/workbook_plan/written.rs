//! What is written: the sample plan, its assessment and drafted plans come back
//! exactly, and the sheet is laid out and locked as documented.

use super::*;

#[test]
fn the_sample_plan_and_its_assessment_come_back_exactly() -> Result<(), Box<dyn std::error::Error>>
{
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
fn drafted_plans_come_back_exactly() -> Result<(), Box<dyn std::error::Error>> {
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
