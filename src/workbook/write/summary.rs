//! The Summary sheet: the result of the workbook as it is filled in, in spreadsheet
//! formulas over the domain sheets' `Status` cells, each stored with the value the
//! crate's evaluation gives.
//!
//! For each sub-section, `H`..`P` count each level's criteria: met, applicable (not
//! `Not applicable`) and all; `C`..`E` show them as `met / applicable`; `Q` counts the
//! levels attained (0 to 3: every applicable criterion of the level and of the levels
//! before it met), and `F` names the level (`Not yet Developing` for none). A domain's
//! `Q` is the lowest of its sub-sections', and `Overall`'s the lowest of the domains'.
//! Statuses are counted by label or status ID, in any case, ignoring surrounding spaces
//! ([`holds`]); only `SUMPRODUCT`, `LOWER`, `TRIM`, `ROWS`, `IF`, `MIN` and `CHOOSE`
//! are used, which Excel and LibreOffice both have.

use rust_xlsxwriter::{Formula, Worksheet};

use super::domain::{DomainRows, STATUS_COLUMN};
use super::fit::height;
use super::styles::{holds, Formats};
use super::{page_setup, protect};
use crate::assessment::Status;
use crate::error::{column_name, SheetName};
use crate::level::Level;
use crate::model::Matrix;
use crate::progression::{Coverage, Evaluation};
use crate::workbook::error::WriteError;
use crate::workbook::SUMMARY_SHEET;

/// What an attained level of none reads.
pub(super) const NOT_YET: &str = "Not yet Developing";

/// The header row (row 4; rows 1 to 3 hold the title and what the sheet shows).
const HEADER_ROW: u32 = 3;
/// The columns of the table, with their widths.
const COLUMNS: [(&str, f64); 6] = [
    ("ID", 10.0),
    ("Sub-section", 66.0),
    ("Developing", 12.0),
    ("Maturing", 12.0),
    ("Thriving", 12.0),
    ("Attained", 19.0),
];
const ATTAINED: u16 = 5;
/// The first of the counts the table is worked out from (after a narrow gap).
const COUNTS: u16 = 7;
/// The count of levels attained, after the nine counts.
const RANK: u16 = COUNTS + 9;
/// The widths of the counts' columns.
const COUNT_WIDTH: f64 = 11.5;

/// What the sheet says it shows, under its title.
const ABOUT: &str = "Worked out from the Status cells of the domain sheets, as they are filled in. Developing, Maturing and Thriving: the criteria Met out of those applicable (all but Not applicable). Attained: the highest level whose applicable criteria, and those of the levels before it, are all Met. A domain attains the lowest level among its sub-sections, and the whole system (Overall) the lowest among the domains.";

/// A cell's name in a formula on this sheet, e.g. `H5` (`row` from 0).
fn at(column: u16, row: u32) -> String {
    format!("{}{}", column_name(u32::from(column)), row + 1)
}

/// The level named for a count of levels attained, as a formula and as a value.
fn attained_name(rank_cell: &str) -> String {
    let names: Vec<String> = core::iter::once(NOT_YET)
        .chain(Level::ALL.map(Level::name))
        .map(|n| format!("\"{n}\""))
        .collect();
    format!("=CHOOSE({rank_cell}+1,{})", names.join(","))
}

fn name(level: Option<Level>) -> &'static str {
    level.map_or(NOT_YET, Level::name)
}

fn rank(level: Option<Level>) -> usize {
    level.map_or(0, |l| l.index() + 1)
}

/// Writes the Summary sheet for `domains` (where each domain sheet holds its `Status`
/// cells), with the values of `evaluation`, the evaluation of what the workbook holds.
pub(super) fn summary(
    sheet: &mut Worksheet,
    matrix: &Matrix,
    domains: &[DomainRows],
    evaluation: &Evaluation,
    f: &Formats,
) -> Result<(), WriteError> {
    sheet.set_name(SUMMARY_SHEET)?;
    for (column, (_, width)) in (0u16..).zip(COLUMNS) {
        sheet.set_column_width(column, width)?;
    }
    sheet.set_column_width(COUNTS - 1, 2)?;
    for column in COUNTS..=RANK {
        sheet.set_column_width(column, COUNT_WIDTH)?;
    }
    page_setup(sheet);
    sheet.set_print_fit_to_pages(1, 1);
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    protect(sheet);

    let table_width: f64 = COLUMNS.iter().map(|(_, w)| w).sum();
    sheet.set_row_height(0, 26)?;
    sheet.merge_range(
        0,
        0,
        0,
        ATTAINED,
        &format!("Summary: {}", matrix.title()),
        &f.title,
    )?;
    sheet.merge_range(1, 0, 1, ATTAINED, ABOUT, &f.text)?;
    sheet.set_row_height(1, height(&[(ABOUT, table_width)]))?;
    sheet.write_string_with_format(
        2,
        COUNTS,
        "The counts the Summary is worked out from",
        &f.heading,
    )?;

    for (column, (header, _)) in (0u16..).zip(COLUMNS) {
        sheet.write_string_with_format(HEADER_ROW, column, header, &f.header)?;
    }
    let mut column = COUNTS;
    for level in Level::ALL {
        for what in ["met", "applicable", "all criteria"] {
            let header = format!("{}: {what}", level.name());
            sheet.write_string_with_format(HEADER_ROW, column, &header, &f.count_header)?;
            column += 1;
        }
    }
    sheet.write_string_with_format(HEADER_ROW, RANK, "Levels attained", &f.count_header)?;
    sheet.set_row_height(HEADER_ROW, 33)?;

    let mut progress = evaluation.subsections();
    let mut row = HEADER_ROW + 1;
    let mut domain_ranks = Vec::new();
    for ((domain, rows), attained) in matrix
        .domains()
        .iter()
        .zip(domains)
        .zip(evaluation.domains())
    {
        let attained = attained.attained();
        let domain_row = row;
        domain_ranks.push(at(RANK, domain_row));
        sheet.write_string_with_format(row, 0, format!("Domain {}", domain.id()), &f.domain_row)?;
        sheet.write_string_with_format(row, 1, domain.title(), &f.domain_row)?;
        for column in 2..ATTAINED {
            sheet.write_blank(row, column, &f.domain_row)?;
        }
        row += 1;
        for (subsection, levels) in domain.subsections().iter().zip(&rows.levels) {
            let Some(p) = progress.next() else { break };
            debug_assert_eq!(p.id(), subsection.id());
            sheet.write_string_with_format(row, 0, subsection.id().to_string(), &f.cell)?;
            sheet.write_string_with_format(row, 1, subsection.title(), &f.cell)?;
            sheet.set_row_height(row, height(&[(subsection.title(), COLUMNS[1].1)]))?;
            for level in Level::ALL {
                let coverage = p.coverage(level);
                let first = COUNTS + 3 * level.index() as u16;
                counts(
                    sheet,
                    row,
                    first,
                    &rows.sheet,
                    levels[level.index()],
                    coverage,
                    f,
                )?;
                let formula = format!("={}&\" / \"&{}", at(first, row), at(first + 1, row));
                let value = format!("{} / {}", coverage.met, coverage.applicable);
                let formula = Formula::new(formula).set_result(value);
                sheet.write_formula_with_format(
                    row,
                    2 + level.index() as u16,
                    formula,
                    &f.figure,
                )?;
            }
            let [d, m, t] = [0u16, 3, 6].map(|o| (at(COUNTS + o, row), at(COUNTS + o + 1, row)));
            let formula = format!(
                "=IF({}<{},0,IF({}<{},1,IF({}<{},2,3)))",
                d.0, d.1, m.0, m.1, t.0, t.1
            );
            let formula = Formula::new(formula).set_result(rank(p.attained()).to_string());
            sheet.write_formula_with_format(row, RANK, formula, &f.count)?;
            let formula =
                Formula::new(attained_name(&at(RANK, row))).set_result(name(p.attained()));
            sheet.write_formula_with_format(row, ATTAINED, formula, &f.cell)?;
            row += 1;
        }
        let lowest = if row > domain_row + 1 {
            format!("=MIN({}:{})", at(RANK, domain_row + 1), at(RANK, row - 1))
        } else {
            // A domain without sub-sections: what evaluation gives it.
            format!("={}", rank(attained))
        };
        let formula = Formula::new(lowest).set_result(rank(attained).to_string());
        sheet.write_formula_with_format(domain_row, RANK, formula, &f.count)?;
        let formula = Formula::new(attained_name(&at(RANK, domain_row))).set_result(name(attained));
        sheet.write_formula_with_format(domain_row, ATTAINED, formula, &f.domain_row)?;
    }

    let overall = evaluation.overall();
    sheet.write_string_with_format(row, 0, "Overall", &f.domain_row)?;
    sheet.write_string_with_format(row, 1, "The whole system", &f.domain_row)?;
    for column in 2..ATTAINED {
        sheet.write_blank(row, column, &f.domain_row)?;
    }
    let lowest = if domain_ranks.is_empty() {
        format!("={}", rank(overall))
    } else {
        format!("=MIN({})", domain_ranks.join(","))
    };
    let formula = Formula::new(lowest).set_result(rank(overall).to_string());
    sheet.write_formula_with_format(row, RANK, formula, &f.count)?;
    let formula = Formula::new(attained_name(&at(RANK, row))).set_result(name(overall));
    sheet.write_formula_with_format(row, ATTAINED, formula, &f.domain_row)?;
    sheet.set_print_area(0, 0, row, ATTAINED)?;
    Ok(())
}

/// Writes one level's counts of one sub-section (met, applicable, all criteria) in the
/// three columns from `first`, over the `Status` cells of `rows` on `domain_sheet`.
fn counts(
    sheet: &mut Worksheet,
    row: u32,
    first: u16,
    domain_sheet: &str,
    rows: Option<(u32, u32)>,
    coverage: Coverage,
    f: &Formats,
) -> Result<(), WriteError> {
    let values = [coverage.met, coverage.applicable, coverage.total];
    let Some((top, bottom)) = rows else {
        // A level without criteria: nothing to count.
        for (column, value) in (first..).zip(values) {
            sheet.write_number_with_format(row, column, f64::from(value), &f.count)?;
        }
        return Ok(());
    };
    let status = column_name(u32::from(STATUS_COLUMN));
    let range = format!(
        "{}!${status}${}:${status}${}",
        SheetName(domain_sheet),
        top + 1,
        bottom + 1
    );
    let formulas = [
        format!("=SUMPRODUCT({})", holds(&range, Status::Met)),
        format!(
            "={}-SUMPRODUCT({})",
            at(first + 2, row),
            holds(&range, Status::NotApplicable)
        ),
        format!("=ROWS({range})"),
    ];
    for ((column, formula), value) in (first..).zip(formulas).zip(values) {
        let formula = Formula::new(formula).set_result(value.to_string());
        sheet.write_formula_with_format(row, column, formula, &f.count)?;
    }
    Ok(())
}
