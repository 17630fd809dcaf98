//! A workbook's Summary sheet: what the crate's evaluation says it should show, and what
//! a workbook's stored values show, as rows of text to compare cell for cell.

use calamine::Data;
use mhics::{evaluate, Assessment, Level};

/// What an attained level of none reads.
pub const NOT_YET: &str = "Not yet Developing";

/// The Summary's columns compared, by header: the contract's, then the counts the
/// formulas are worked out from.
pub const COLUMNS: [&str; 15] = [
    "ID",
    "Developing",
    "Maturing",
    "Thriving",
    "Attained",
    "Developing: met",
    "Developing: applicable",
    "Developing: all criteria",
    "Maturing: met",
    "Maturing: applicable",
    "Maturing: all criteria",
    "Thriving: met",
    "Thriving: applicable",
    "Thriving: all criteria",
    "Levels attained",
];

fn name(level: Option<Level>) -> String {
    level.map_or(NOT_YET, Level::name).to_owned()
}

fn rank(level: Option<Level>) -> String {
    Level::ALL
        .iter()
        .position(|l| Some(*l) == level)
        .map_or(0, |i| i + 1)
        .to_string()
}

/// The rows the Summary of a workbook holding `assessment` shows, in [`COLUMNS`]: a
/// domain's row, then its sub-sections', for each domain of its edition; then `Overall`.
pub fn expected(assessment: &Assessment) -> Vec<Vec<String>> {
    let evaluation = evaluate(assessment);
    let mut rows = Vec::new();
    let blank = || vec![String::new(); 9];
    for domain in evaluation.edition().matrix().domains() {
        let attained = evaluation.domain(domain.id()).expect("a domain").attained();
        let mut row = vec![format!("Domain {}", domain.id())];
        row.extend([String::new(), String::new(), String::new(), name(attained)]);
        row.extend(blank());
        row.push(rank(attained));
        rows.push(row);
        for subsection in domain.subsections() {
            let p = evaluation
                .subsection(subsection.id())
                .expect("a sub-section");
            let mut row = vec![subsection.id().to_string()];
            for level in Level::ALL {
                let c = p.coverage(level);
                row.push(format!("{} / {}", c.met, c.applicable));
            }
            row.push(name(p.attained()));
            for level in Level::ALL {
                let c = p.coverage(level);
                row.extend([c.met, c.applicable, c.total].map(|n| n.to_string()));
            }
            row.push(rank(p.attained()));
            rows.push(row);
        }
    }
    let mut row = vec!["Overall".to_owned()];
    row.extend([
        String::new(),
        String::new(),
        String::new(),
        name(evaluation.overall()),
    ]);
    row.extend(blank());
    row.push(rank(evaluation.overall()));
    rows.push(row);
    rows
}

/// A stored value as text: whole numbers without a decimal point.
pub fn text(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
        other => format!("{other:?}"),
    }
}

/// The rows a Summary sheet's stored values show, in [`COLUMNS`] (found by their header
/// in the first row holding `ID`): every row below the header with an ID.
pub fn shown(rows: &[Vec<Data>]) -> Vec<Vec<String>> {
    let header = rows
        .iter()
        .position(|r| r.iter().any(|c| text(c) == "ID"))
        .expect("a header row");
    let columns: Vec<usize> = COLUMNS
        .iter()
        .map(|h| {
            rows[header]
                .iter()
                .position(|c| text(c) == *h)
                .unwrap_or_else(|| panic!("no {h} header"))
        })
        .collect();
    rows[header + 1..]
        .iter()
        .filter(|r| r.first().is_some_and(|c| !text(c).is_empty()))
        .map(|r| {
            columns
                .iter()
                .map(|&c| r.get(c).map(text).unwrap_or_default())
                .collect()
        })
        .collect()
}
