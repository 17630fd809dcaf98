//! Reading and writing assessment files: every bad input gets its own clear error.

use mhics::error::Kind;
use mhics::error::Position;
use mhics::{Assessment, Date, Error, Status, MATRIX};

fn file(responses: &str) -> String {
    format!(
        "{{\n  \"matrix\": \"mhics\",\n  \"version\": \"{}\",\n  \"system\": \"North Central London\",\n  \"date\": \"2026-11-24\",\n  \"responses\": {responses}\n}}",
        MATRIX.version()
    )
}

fn err(text: &str) -> Error {
    Assessment::from_json(text).expect_err("the input is bad")
}

#[test]
fn reads_the_documented_example() -> Result<(), Box<dyn std::error::Error>> {
    let a = Assessment::from_json(&file(
        r#"{
    "1.1-D1": { "status": "met", "note": "Mental Health Board in place since 2020" },
    "1.1-D2": { "status": "partial" }
  }"#,
    ))?;
    assert_eq!(a.system(), "North Central London");
    assert_eq!(a.date(), Some(Date::new(2026, 11, 24)?));
    assert_eq!(a.status("1.1-D1".parse()?), Some(Status::Met));
    assert_eq!(
        a.note("1.1-D1".parse()?),
        Some("Mental Health Board in place since 2020")
    );
    assert_eq!(a.status("1.1-D2".parse()?), Some(Status::Partial));
    assert_eq!(a.note("1.1-D2".parse()?), None);
    assert_eq!(a.response_count(), 2);
    Ok(())
}

#[test]
fn date_and_notes_are_optional_and_may_be_null() -> Result<(), Error> {
    let text = format!(
        r#"{{"matrix":"mhics","version":"{}","system":"S","date":null,"responses":{{"1.1-D1":{{"status":"not_applicable","note":null}}}}}}"#,
        MATRIX.version()
    );
    let a = Assessment::from_json(&text)?;
    assert_eq!(a.date(), None);
    assert_eq!(a.response_count(), 1);
    let text = format!(
        r#"{{"matrix":"mhics","version":"{}","system":"S","responses":{{}}}}"#,
        MATRIX.version()
    );
    assert_eq!(Assessment::from_json(&text)?.response_count(), 0);
    Ok(())
}

#[test]
fn writes_back_exactly_what_it_read() -> Result<(), Error> {
    let a = Assessment::from_json(&file(
        r#"{
    "1.1-D2": { "status": "partial", "note": "Ünïcödé — “quotes”, emoji 🧠, tabs\tand\nnew lines" },
    "1.1-D1": { "status": "met", "note": "" },
    "1.2-D1": { "status": "not_met" },
    "1.3-D1": { "status": "not_applicable" }
  }"#,
    ))?;
    let written = a.to_json();
    let b = Assessment::from_json(&written)?;
    assert_eq!(a, b);
    assert_eq!(b.to_json(), written);
    // Responses are written in matrix order, whatever the order read.
    assert!(written.find("1.1-D1").unwrap() < written.find("1.1-D2").unwrap());
    Ok(())
}

#[test]
fn malformed_json_gives_line_and_column() {
    let e = err("{\n  \"matrix\": \"mhics\",\n  \"version\": \n}");
    assert!(matches!(e.kind(), Kind::Json { .. }), "{e:?}");
    assert_eq!(e.position(), Some(Position::new(4, 1)));
    assert!(e
        .to_string()
        .starts_with("malformed JSON at line 4, column 1: "));
    assert!(matches!(err("").kind(), Kind::Json { .. }));
    // A value of the wrong type at the very start is placed at column 1, not 0, and
    // the reader's own position suffix is not repeated.
    let e = err("[]");
    assert_eq!(e.position(), Some(Position::new(1, 1)));
    assert_eq!(
        e.to_string(),
        "malformed JSON at line 1, column 1: invalid type: sequence, expected an assessment object"
    );
    assert!(matches!(
        err("{} trailing").kind(),
        Kind::Json { .. } | Kind::MissingField { .. }
    ));
    let e = Assessment::from_json_slice(b"{\"matrix\": \"\xff\"}").unwrap_err();
    assert!(matches!(e.kind(), Kind::Json { .. }), "{e:?}");
}

#[test]
fn a_response_must_be_an_object() {
    let e = err(&file(r#"{ "1.1-D1": "met" }"#));
    assert!(matches!(e.kind(), Kind::Json { .. }), "{e:?}");
    assert!(
        e.to_string().contains("a response object for `1.1-D1`"),
        "{e}"
    );
}

#[test]
fn unknown_fields_are_refused_and_named() {
    let text = file("{}").replace("\"date\"", "\"when\"");
    let e = err(&text);
    assert!(
        matches!(e.kind(), Kind::UnknownField { field, .. } if field == "when"),
        "{e:?}"
    );
    assert_eq!(e.position().unwrap().line, 5);
    assert_eq!(
        e.to_string(),
        "unknown field \"when\" in the assessment at line 5, column 8; expected one of: matrix, version, system, respondent, date, responses"
    );
    let e = err(&file(
        r#"{ "1.1-D1": { "status": "met", "evidence": "x" } }"#,
    ));
    assert!(
        matches!(e.kind(), Kind::UnknownField { field, context, .. } if field == "evidence" && context == "the response for `1.1-D1`"),
        "{e:?}"
    );
}

#[test]
fn missing_required_fields_are_named() {
    for field in ["matrix", "version", "system", "responses"] {
        let mut value: serde_json::Value = serde_json::from_str(&file("{}")).unwrap();
        value.as_object_mut().unwrap().remove(field);
        let e = err(&value.to_string());
        assert!(
            matches!(e.kind(), Kind::MissingField { field: f, .. } if *f == field),
            "{field}: {e:?}"
        );
    }
    let e = err(&file(r#"{ "1.1-D1": { "note": "no status" } }"#));
    assert!(
        matches!(
            e.kind(),
            Kind::MissingField {
                field: "status",
                ..
            }
        ),
        "{e:?}"
    );
}

#[test]
fn unknown_criterion_ids_are_named_with_the_nearest_real_one() {
    let e = err(&file(
        r#"{ "1.1-D1": { "status": "met" }, "1.1-d2": { "status": "met" } }"#,
    ));
    match e.kind() {
        Kind::UnknownCriterion { id, suggestion, .. } => {
            assert_eq!(id, "1.1-d2");
            assert_eq!(suggestion.map(|s| s.to_string()).as_deref(), Some("1.1-D2"));
        }
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().ends_with("did you mean `1.1-D2`?"), "{e}");
    assert_eq!(e.position().unwrap().line, 6);
    for id in ["9.9-D1", "1.1-D0", "", "criterion", "4.1-D1", "1.1-T99"] {
        let e = err(&file(&format!(r#"{{ "{id}": {{ "status": "met" }} }}"#)));
        assert!(
            matches!(e.kind(), Kind::UnknownCriterion { id: i, suggestion, .. } if i == id && suggestion.is_some()),
            "{id}: {e:?}"
        );
    }
}

#[test]
fn the_same_criterion_twice_is_refused_not_overwritten() {
    let e = err(&file(
        r#"{
    "1.1-D1": { "status": "met" },
    "1.1-D1": { "status": "not_met" }
  }"#,
    ));
    assert!(
        matches!(e.kind(), Kind::DuplicateResponse { id, .. } if id.to_string() == "1.1-D1"),
        "{e:?}"
    );
    assert_eq!(e.position().unwrap().line, 8);
    assert_eq!(
        e.to_string(),
        "criterion `1.1-D1` has more than one response at line 8, column 12"
    );
}

#[test]
fn repeated_fields_are_refused() {
    let text = file("{}").replace(
        "\"system\": \"North Central London\",",
        "\"system\": \"A\", \"system\": \"B\",",
    );
    assert!(matches!(err(&text).kind(), Kind::DuplicateField { field, .. } if field == "system"));
    let e = err(&file(
        r#"{ "1.1-D1": { "status": "met", "status": "partial" } }"#,
    ));
    assert!(matches!(e.kind(), Kind::DuplicateField { field, .. } if field == "status"));
}

fn refused_as_unknown(status: &str) {
    let e = err(&file(&format!(
        r#"{{ "1.1-D1": {{ "status": "{status}" }} }}"#
    )));
    assert!(
        matches!(e.kind(), Kind::UnknownStatus { value: s, .. } if s == status),
        "{status}: {e:?}"
    );
    assert!(e
        .to_string()
        .contains("expected one of: met, partial, not_met, not_applicable"));
}

#[test]
fn unknown_statuses_are_named() {
    for status in ["done", "", "green"] {
        refused_as_unknown(status);
    }
    let e = err(&file(r#"{ "1.1-D1": { "status": 1 } }"#));
    assert!(matches!(e.kind(), Kind::Json { .. }), "{e:?}");
}

/// The file holds statuses as their identifiers, spelt exactly: another case or the
/// label people read is refused like any unknown status.
#[test]
fn statuses_in_another_case_or_as_labels_are_refused() {
    for status in ["MET", "not met"] {
        refused_as_unknown(status);
    }
}

#[test]
fn another_matrix_or_edition_is_refused() {
    let e = err(&file("{}").replace("\"mhics\"", "\"samm\""));
    assert!(
        matches!(e.kind(), Kind::WrongEdition { matrix, .. } if matrix == "samm"),
        "{e:?}"
    );
    // Both `matrix` and `version` are read before the edition is checked: the error
    // stands where the second of them is.
    assert_eq!(e.position().unwrap().line, 3);
    assert!(
        e.to_string().starts_with(&format!(
            "this assessment answers samm {}, expected mhics {}",
            MATRIX.version(),
            MATRIX.version()
        )),
        "{e}"
    );
    let text = file("{}").replace(
        &format!("\"version\": \"{}\"", MATRIX.version()),
        "\"version\": \"2031\"",
    );
    let e = err(&text);
    assert!(
        matches!(e.kind(), Kind::WrongEdition { version, .. } if version == "2031"),
        "{e:?}"
    );
    assert!(
        e.to_string().starts_with(&format!(
            "this assessment answers mhics 2031, expected mhics {}",
            MATRIX.version()
        )),
        "{e}"
    );
}

#[test]
fn another_matrix_is_named_even_when_it_comes_after_the_responses() {
    let text = r#"{ "responses": { "SAMM-G1": { "status": "met" } }, "matrix": "samm", "version": "2", "system": "S" }"#;
    let e = err(text);
    assert!(
        matches!(e.kind(), Kind::WrongEdition { matrix, .. } if matrix == "samm"),
        "{e:?}"
    );
    let text = format!(
        r#"{{ "responses": {{ "1.1-D1": {{ "status": "met" }} }}, "matrix": "mhics", "version": "{}", "system": "S" }}"#,
        MATRIX.version()
    );
    assert!(Assessment::from_json(&text).is_ok());
}

#[test]
fn invalid_dates_are_refused() {
    for (date, reason) in [
        ("2026-02-30", "that month has no such day"),
        ("2026-13-01", "the month must be 01 to 12"),
        ("24/11/2026", "expected a date of the form YYYY-MM-DD"),
        (
            "2026-11-24T09:00:00Z",
            "expected a date of the form YYYY-MM-DD",
        ),
    ] {
        let e = err(&file("{}").replace("2026-11-24", date));
        assert!(
            matches!(e.kind(), Kind::InvalidDate { value, reason: r, .. } if value == date && r.to_string() == reason),
            "{date}: {e:?}"
        );
    }
}

#[test]
fn an_empty_system_name_is_refused() {
    let e = err(&file("{}").replace("North Central London", "  "));
    assert!(matches!(e.kind(), Kind::Empty { .. }), "{e:?}");
}

#[test]
fn serde_deserialize_gives_the_same_verdicts() {
    let good = file(r#"{ "1.1-D1": { "status": "met" } }"#);
    let a: Assessment = serde_json::from_str(&good).unwrap();
    assert_eq!(a, Assessment::from_json(&good).unwrap());
    let bad = file(r#"{ "1.1-D1": { "status": "met" }, "1.1-D1": { "status": "met" } }"#);
    let e = serde_json::from_str::<Assessment>(&bad).unwrap_err();
    assert!(e.to_string().contains("more than one response"), "{e}");
}

#[test]
fn respondent_is_read_written_back_and_optional() -> Result<(), Error> {
    let text = r#"{"matrix": "mhics", "version": "2019", "system": "Riverside",
        "respondent": "Riverside Borough Council", "responses": {"1.1-D1": {"status": "met"}}}"#;
    let assessment = Assessment::from_json(text)?;
    assert_eq!(assessment.respondent(), Some("Riverside Borough Council"));
    let written = assessment.to_json();
    assert!(written.contains(r#""respondent": "Riverside Borough Council""#));
    assert_eq!(Assessment::from_json(&written)?, assessment);
    let built = Assessment::builder("Riverside")
        .respondent("Riverside Borough Council")
        .respond("1.1-D1", Status::Met)
        .build()?;
    assert_eq!(built, assessment);
    let without =
        Assessment::from_json(&text.replace(r#""respondent": "Riverside Borough Council","#, ""))?;
    assert_eq!(without.respondent(), None);
    assert!(!without.to_json().contains("respondent"));
    Ok(())
}
