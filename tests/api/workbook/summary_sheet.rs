//! The Summary sheet: it stores the evaluation of what the workbook holds, as formulas
//! over the status cells in functions both spreadsheet programs have.

use super::*;

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
