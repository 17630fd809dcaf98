//! What is written: samples come back exactly, the sheets are laid out as documented,
//! no word of the matrix is lost, and only the cells to fill in are unlocked.

use super::*;

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
