//! Errors that quote input, from code, files and workbooks: each stays on one line,
//! whatever the input holds.

use super::*;

/// Text with line breaks and other control characters, in every field of every error
/// that quotes input.
fn hostile() -> impl Strategy<Value = String> {
    "([\n\r\u{85}\u{2028}\u{2029}\u{0}\u{1b}\u{200b}\u{202e}a-z\"'`\\\\]|\nerror: forged){0,12}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Every error that shows text from input displays as one line.
    #[test]
    fn every_error_quoting_input_is_one_line(a in hostile(), b in hostile(), c in hostile()) {
        use mhics::perspectives::PerspectivesError;
        use mhics::{Error, Field, IdError, Position, ReadError, Suggestion};
        let position = Position { line: 3, column: 4 };
        let id: mhics::CriterionId = "1.1-D1".parse().expect("an ID");
        let id_error = "x".parse::<mhics::CriterionId>().unwrap_err();
        // How the plan reader names an action in its errors: its ID, quoted.
        let action = format!("action {}", mhics::name::quote(&c));
        let mut errors: Vec<Box<dyn std::error::Error>> = vec![
            Box::new(Error::Json { message: a.clone(), position }),
            Box::new(Error::UnknownField { field: a.clone(), context: b.clone(), expected: "x", position }),
            Box::new(Error::MissingField { field: "system", context: a.clone(), position }),
            Box::new(Error::DuplicateField { field: a.clone(), context: b.clone(), position }),
            Box::new(Error::UnknownCriterion { id: a.clone(), suggestion: Suggestion(None), position }),
            Box::new(Error::UnknownStatus { id, status: a.clone(), position }),
            Box::new(Error::WrongMatrix { found: a.clone(), found_version: b.clone(), expected: "mhics", expected_version: "2019", position }),
            Box::new(Error::UnsupportedEdition { found: a.clone(), matrix: "mhics", supported: "2019", position }),
            Box::new(Error::InvalidDate { value: a.clone(), reason: "x", position }),
            Box::new(Error::DifferentSystems { before: a.clone(), after: b.clone() }),
            Box::new(Error::ControlCharacter { field: Field::Action { action: action.clone(), field: "note" }, character: '\n', position }),
            Box::new(Error::LoneSurrogate { escape: a.clone(), position }),
            Box::new(Error::SystemTwice { system: a.clone(), first_system: b.clone(), first: c.clone(), second: a.clone() }),
            Box::new(ReadError::TooLarge { name: a.clone(), limit: 16 }),
            Box::new(ReadError::Io { name: a.clone(), source: std::io::Error::other("x") }),
            Box::new(PerspectivesError::MixedSystems { first: a.clone(), first_system: b.clone(), other: c.clone(), other_system: a.clone() }),
            Box::new(PerspectivesError::RepeatedRespondent { respondent: a.clone(), second_respondent: b.clone(), first: c.clone(), second: a.clone() }),
            Box::new(id_error),
            // Editions chosen at run time, action plans and the board report.
            Box::new(Error::UnknownEdition { what: "assessment", found: a.clone(), found_version: b.clone(), known: "mhics 2019".into(), position }),
            Box::new(Error::PlanEdition { found: a.clone(), found_version: b.clone(), expected: "mhics", expected_version: "2019", position }),
            Box::new(Error::DuplicateAction { id: a.clone(), first: b.clone(), position }),
            Box::new(Error::UnknownActionCriterion { action: action.clone(), id: b.clone(), suggestion: Suggestion(None), position }),
            Box::new(Error::DuplicateActionCriterion { action: action.clone(), id, position }),
            Box::new(Error::UnknownActionStatus { action: action.clone(), status: b.clone(), position }),
            Box::new(Error::InvalidPlanDate { field: Field::Action { action: action.clone(), field: "due" }, value: b.clone(), reason: "x", position }),
            Box::new(Error::EmptyPlanField { field: Field::Action { action: action.clone(), field: "title" }, position }),
            Box::new(Error::PlanSystem { plan: a.clone(), assessment: b.clone() }),
            Box::new(Error::PartnersOfAnotherSystem { system: a.clone(), partners: b.clone() }),
        ];
        if let Err(e) = a.parse::<mhics::CriterionId>() {
            errors.push(Box::new(e));
        }
        if let Err(e) = a.parse::<Level>() {
            errors.push(Box::new(e));
        }
        // Every named value is read by one rule, whose error quotes the text.
        if let Err(e) = a.parse::<Status>() {
            errors.push(Box::new(e));
        }
        if let Err(e) = a.parse::<mhics::plan::ActionStatus>() {
            errors.push(Box::new(e));
        }
        if let Err(e) = a.parse::<Target>() {
            errors.push(Box::new(e));
        }
        let _: Option<IdError> = None;
        errors.extend(workbook_errors(&a, &b));
        for error in errors {
            let shown = error.to_string();
            prop_assert!(!shown.contains(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']), "{:?}", shown);
            prop_assert!(!shown.chars().any(char::is_control), "{:?}", shown);
        }
    }
}

#[cfg(feature = "xlsx")]
fn workbook_errors(a: &str, b: &str) -> Vec<Box<dyn std::error::Error>> {
    use mhics::workbook::{Cell, DidYouMean, WorkbookError};
    let cell = Cell {
        sheet: a.to_owned(),
        row: 1,
        column: 2,
    };
    let other = Cell {
        sheet: b.to_owned(),
        row: 3,
        column: 4,
    };
    let id: mhics::CriterionId = "1.1-D1".parse().expect("an ID");
    vec![
        Box::new(WorkbookError::NotAWorkbook {
            reason: a.to_owned(),
        }),
        Box::new(WorkbookError::UnreadableSheet {
            sheet: a.to_owned(),
            reason: b.to_owned(),
        }),
        Box::new(WorkbookError::TooManyCells {
            sheet: a.to_owned(),
            limit: 1,
        }),
        Box::new(WorkbookError::WrongEdition {
            cell: cell.clone(),
            found: b.to_owned(),
            expected: "x".into(),
        }),
        Box::new(WorkbookError::EmptySystem { cell: cell.clone() }),
        Box::new(WorkbookError::InvalidDate {
            cell: cell.clone(),
            value: a.to_owned(),
            reason: b.to_owned(),
        }),
        Box::new(WorkbookError::MissingHeader {
            sheet: a.to_owned(),
            header: "ID",
            row: Some(1),
        }),
        Box::new(WorkbookError::DuplicateHeader {
            header: "ID",
            first: cell.clone(),
            second: other.clone(),
        }),
        Box::new(WorkbookError::UnknownCriterion {
            cell: cell.clone(),
            id: a.to_owned(),
            edition: "x".into(),
            suggestion: DidYouMean(Some(b.to_owned())),
        }),
        Box::new(WorkbookError::DuplicateId {
            id,
            first: cell.clone(),
            second: other.clone(),
        }),
        Box::new(WorkbookError::UnknownStatus {
            cell: cell.clone(),
            value: a.to_owned(),
            suggestion: DidYouMean(Some(b.to_owned())),
        }),
        Box::new(WorkbookError::NoteWithoutStatus {
            cell: cell.clone(),
            id,
        }),
        Box::new(WorkbookError::TooLong {
            what: a.to_owned(),
            length: 1,
        }),
        Box::new(WorkbookError::Write {
            reason: a.to_owned(),
        }),
        Box::new(WorkbookError::DuplicateEntry { name: a.to_owned() }),
        Box::new(WorkbookError::DuplicateSheet {
            first: a.to_owned(),
            second: b.to_owned(),
        }),
        Box::new(WorkbookError::SharedPart {
            first: a.to_owned(),
            second: b.to_owned(),
            part: a.to_owned(),
        }),
        Box::new(WorkbookError::BeyondLimits {
            sheet: a.to_owned(),
            reference: b.to_owned(),
        }),
        Box::new(WorkbookError::CellTwice { cell: cell.clone() }),
        Box::new(WorkbookError::CellOutOfOrder {
            cell: cell.clone(),
            after: other.clone(),
        }),
        Box::new(WorkbookError::RowOutOfOrder {
            sheet: a.to_owned(),
            row: 1,
            after: 2,
        }),
        Box::new(WorkbookError::FormulaWithoutValue { cell: cell.clone() }),
        Box::new(WorkbookError::NotANumber {
            cell: cell.clone(),
            value: a.to_owned(),
        }),
        Box::new(WorkbookError::CellTooLong {
            cell: cell.clone(),
            length: 1,
        }),
        Box::new(WorkbookError::ControlCharacter {
            cell: cell.clone(),
            character: '\n',
        }),
        Box::new(WorkbookError::Merged {
            first: cell.clone(),
            last: other.clone(),
            header: "ID",
        }),
        Box::new(WorkbookError::WithoutId {
            cell: cell.clone(),
            header: "Note",
        }),
        Box::new(WorkbookError::PlanSystem {
            plan: a.to_owned(),
            assessment: b.to_owned(),
        }),
        Box::new(WorkbookError::ActionWithoutId {
            cell: cell.clone(),
            header: "Title",
        }),
        Box::new(WorkbookError::DuplicateAction {
            id: a.to_owned(),
            first_id: b.to_owned(),
            first: cell.clone(),
            second: other.clone(),
        }),
        Box::new(WorkbookError::CriterionTwice {
            cell: cell.clone(),
            id,
            action: a.to_owned(),
        }),
        Box::new(WorkbookError::EmptyActionField {
            cell: cell.clone(),
            field: "title",
            action: a.to_owned(),
        }),
        Box::new(WorkbookError::UnknownActionStatus {
            cell: cell.clone(),
            value: a.to_owned(),
            suggestion: DidYouMean(Some(b.to_owned())),
        }),
        Box::new(WorkbookError::LabelTwice {
            label: "System",
            first: cell,
            second: other,
        }),
    ]
}

#[cfg(not(feature = "xlsx"))]
fn workbook_errors(_: &str, _: &str) -> Vec<Box<dyn std::error::Error>> {
    Vec::new()
}
