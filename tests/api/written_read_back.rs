//! Whatever the crate writes, it reads back within its limits: the largest assessment it
//! can hold, the consolidated assessment of many partners, and workbooks.
//!
//! Another kind of file the crate writes gets a test here the same way: build the largest
//! one the crate accepts, write it, and read it back with the limit the examples use (the
//! workbook with an action plan has one).

use mhics::perspectives::Perspectives;
use mhics::read::{assessment_bytes, MAX_TEXT_CHARS};
use mhics::{Assessment, Status, MATRIX, MAX_ASSESSMENT_BYTES};

/// A text of `MAX_TEXT_CHARS` code units, each taking three bytes in UTF-8.
fn longest() -> String {
    "中".repeat(MAX_TEXT_CHARS)
}

/// The largest assessment of the built-in edition: every text as long as may be.
fn largest() -> Assessment {
    let mut b = Assessment::builder(longest())
        .respondent(longest())
        .date("2026-11-24".parse().expect("a date"));
    for criterion in MATRIX.criteria() {
        b = b.respond_with_note(criterion.id().to_string(), Status::NotApplicable, longest());
    }
    b.build().expect("every text within the limit")
}

#[test]
fn the_largest_assessment_is_read_back() {
    let a = largest();
    let json = a.to_json();
    assert!(
        json.len() as u64 <= assessment_bytes(MATRIX.criterion_count()),
        "{}",
        json.len()
    );
    assert!(json.len() as u64 <= MAX_ASSESSMENT_BYTES);
    assert_eq!(Assessment::from_json(&json).expect("read back"), a);
    // One character more is refused, in code and in a file.
    let over = format!("{}x", longest());
    let err = Assessment::builder("S")
        .respond_with_note("1.1-D1", Status::Met, over.clone())
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the note on `1.1-D1` is 32768 characters long, more than the 32767 a text may hold"
    );
    assert!(Assessment::builder(over).build().is_err());
}

#[test]
fn the_consolidated_assessment_of_500_partners_is_read_back() {
    let note = "n".repeat(120);
    let partners: Vec<Assessment> = (0..500)
        .map(|i| {
            let mut b = Assessment::builder("Riverside").respondent(format!("Partner {i}"));
            for criterion in MATRIX.criteria() {
                b = b.respond_with_note(
                    criterion.id().to_string(),
                    Status::ALL[i % 4],
                    note.clone(),
                );
            }
            b.build().expect("valid")
        })
        .collect();
    let sources: Vec<String> = (0..500).map(|i| format!("{i}.json")).collect();
    let p = Perspectives::new(partners.iter().zip(&sources).map(|(a, s)| (a, s.as_str())))
        .expect("one system");
    let consolidated = p.consolidated();
    let json = consolidated.to_json();
    assert!(json.len() as u64 <= MAX_ASSESSMENT_BYTES, "{}", json.len());
    assert_eq!(
        &Assessment::from_json(&json).expect("read back"),
        consolidated
    );
    let merged = consolidated
        .note("1.1-D1".parse().unwrap())
        .expect("a note");
    assert!(merged.starts_with(&format!("Partner 0: {note}\nPartner 1: ")));
    assert!(
        merged.ends_with("more respondents: see the perspectives report)"),
        "{merged}"
    );
}

#[cfg(feature = "xlsx")]
#[test]
fn the_largest_workbook_is_read_back() {
    use mhics::workbook;
    let a = largest();
    let bytes = workbook::write(mhics::MHICS_2019, Some(&a)).expect("written");
    assert!(bytes.len() <= workbook::MAX_SIZE);
    assert_eq!(
        workbook::read(mhics::MHICS_2019, &bytes).expect("read back"),
        a
    );
}

/// The plan sheet with every text as long as may be: 20 actions, each addressing every
/// criterion.
#[cfg(feature = "xlsx")]
#[test]
fn the_largest_plan_workbook_is_read_back() {
    use mhics::plan::{Action, Plan};
    use mhics::workbook;
    let mut plan = Plan::new(longest()).expect("within the limit");
    for i in 0..20 {
        let criteria = MATRIX.criteria().map(|c| c.id());
        let mut id = longest();
        id.replace_range(..9, &format!("{i:03}"));
        let mut action = Action::new(id, longest(), criteria).expect("within the limit");
        action.set_owner(Some(longest())).expect("within the limit");
        action.set_lead(Some(longest())).expect("within the limit");
        action.set_note(Some(longest())).expect("within the limit");
        plan.push(action).expect("a new ID");
    }
    let bytes = workbook::write_with_plan(mhics::MHICS_2019, None, &plan).expect("written");
    assert!(bytes.len() <= workbook::MAX_SIZE);
    assert!(workbook::read_plan(mhics::MHICS_2019, &bytes).expect("read back") == plan);
}
