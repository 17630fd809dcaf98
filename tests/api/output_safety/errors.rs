//! Errors that quote input, from code, files and workbooks: each stays on one line,
//! whatever the input holds, wherever it was found.

use super::*;

use mhics::error::{Cell, Conflict, DateReason, Error, Field, Kind, Place, Position};
use mhics::read::ReadError;

/// Text with line breaks and other control characters, in every field of every error
/// that quotes input.
fn hostile() -> impl Strategy<Value = String> {
    "([\n\r\u{85}\u{2028}\u{2029}\u{0}\u{1b}\u{200b}\u{202e}a-z\"'`\\\\]|\nerror: forged){0,12}"
}

/// Every kind of input error that quotes text, with `a`, `b` and `c` in its text fields.
fn kinds(a: &str, b: &str, c: &str) -> Vec<Kind> {
    let id: mhics::CriterionId = "1.1-D1".parse().expect("an ID");
    // How the plan reader names an action in its errors: its ID, quoted.
    let action = format!("action {}", mhics::name::quote(c));
    let cell = Cell::new(a, 1, 2);
    let (a, b) = (a.to_owned(), b.to_owned());
    vec![
        Kind::Json { message: a.clone() },
        Kind::UnknownField {
            field: a.clone(),
            context: b.clone(),
            expected: "x",
        },
        Kind::MissingField {
            field: "system",
            context: a.clone(),
        },
        Kind::DuplicateField {
            field: a.clone(),
            context: b.clone(),
        },
        Kind::LoneSurrogate { escape: a.clone() },
        Kind::MalformedId {
            value: a.clone(),
            expected: "x",
        },
        Kind::Unrecognised {
            what: "status",
            value: a.clone(),
            expected: vec!["met"],
        },
        Kind::WrongEdition {
            what: "assessment",
            matrix: a.clone(),
            version: b.clone(),
            expected: "mhics 2019".into(),
        },
        Kind::InvalidDate {
            field: Some(Field::Action {
                action: action.clone(),
                field: "due",
            }),
            value: a.clone(),
            reason: DateReason::Form,
        },
        Kind::Empty {
            field: Field::Action {
                action: action.clone(),
                field: "title",
            },
        },
        Kind::ControlCharacter {
            field: Some(Field::Action {
                action: action.clone(),
                field: "note",
            }),
            character: '\n',
        },
        Kind::TextTooLong {
            field: Some(Field::Action {
                action: action.clone(),
                field: "note",
            }),
            length: 40_000,
        },
        Kind::UnknownCriterion {
            id: a.clone(),
            action: Some(action.clone()),
            suggestion: None,
        },
        Kind::DuplicateResponse {
            id,
            first: Place::Cell(cell.clone()),
        },
        Kind::UnknownStatus {
            id,
            value: a.clone(),
            expected: vec!["met"],
            suggestion: None,
        },
        Kind::NoteWithoutStatus { id },
        Kind::DuplicateAction {
            id: a.clone(),
            first_id: b.clone(),
            first: Place::Cell(cell.clone()),
        },
        Kind::DuplicateActionCriterion {
            action: action.clone(),
            id,
        },
        Kind::UnknownActionStatus {
            action,
            value: b.clone(),
            expected: vec!["planned"],
            suggestion: None,
        },
        Kind::NotAWorkbook { reason: a.clone() },
        Kind::DuplicateEntry { name: a.clone() },
        Kind::DuplicateSheet {
            first: a.clone(),
            second: b.clone(),
        },
        Kind::SharedPart {
            first: a.clone(),
            second: b.clone(),
            part: a.clone(),
        },
        Kind::UnreadableSheet { reason: a.clone() },
        Kind::BeyondLimits {
            reference: a.clone(),
        },
        Kind::DuplicateHeader {
            header: "ID",
            first: cell.clone(),
        },
        Kind::LabelTwice {
            label: "System",
            first: cell.clone(),
        },
        Kind::CellOutOfOrder {
            after: cell.clone(),
        },
        Kind::NotANumber { value: a },
        Kind::Merged {
            last: cell,
            header: "ID",
        },
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Every error that shows text from input displays as one line, in a JSON text, in
    /// a workbook's cell or sheet, or from code.
    #[test]
    fn every_error_quoting_input_is_one_line(a in hostile(), b in hostile(), c in hostile()) {
        let places = [
            Place::None,
            Place::Json(Position::new(3, 4)),
            Place::Cell(Cell::new(&b, 3, 4)),
            Place::Sheet(c.clone()),
        ];
        let mut errors: Vec<Box<dyn std::error::Error>> = Vec::new();
        for kind in kinds(&a, &b, &c) {
            for place in &places {
                errors.push(Box::new(Error::from(kind.clone()).at(place.clone())));
            }
        }
        errors.extend([
            Box::new(Conflict::DifferentSystems { before: a.clone(), after: b.clone() }) as Box<dyn std::error::Error>,
            Box::new(Conflict::SystemTwice { system: a.clone(), first_system: b.clone(), first: c.clone(), second: a.clone() }),
            Box::new(Conflict::MixedSystems { first: a.clone(), first_system: b.clone(), other: c.clone(), other_system: a.clone() }),
            Box::new(Conflict::RepeatedRespondent { respondent: a.clone(), second_respondent: b.clone(), first: c.clone(), second: a.clone() }),
            Box::new(Conflict::PlanSystem { plan: a.clone(), assessment: b.clone() }),
            Box::new(Conflict::PartnersOfAnotherSystem { system: a.clone(), partners: b.clone() }),
            Box::new(ReadError::TooLarge { name: a.clone(), limit: 16 }),
            Box::new(ReadError::Io { name: a.clone(), source: std::io::Error::other("x") }),
        ]);
        if let Err(e) = a.parse::<mhics::CriterionId>() {
            errors.push(Box::new(e));
        }
        if let Err(e) = a.parse::<Date>() {
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
        for error in errors {
            let shown = error.to_string();
            prop_assert!(!shown.contains(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']), "{:?}", shown);
            prop_assert!(!shown.chars().any(char::is_control), "{:?}", shown);
        }
    }
}
