//! Particular cases of errors: every error names the action and field on one line,
//! another edition is named (before an unknown criterion, both ways), retired IDs are
//! unknown, and errors made in code say the same as errors read.

use super::*;
use mhics::error::{Conflict, Kind};

/// A plan file for the built-in edition with one action, `action` spliced in.
fn with_action(action: &str) -> String {
    format!(
        "{{\n  \"matrix\": \"mhics\",\n  \"version\": \"2019\",\n  \"system\": \"Riverside\",\n  \"actions\": [\n    {action}\n  ]\n}}"
    )
}

fn err(text: &str) -> String {
    let e = Plan::from_json(text).unwrap_err();
    let m = e.to_string();
    assert!(!m.contains('\n'), "one line: {m}");
    m
}

#[test]
fn every_error_names_the_action_and_field_on_one_line() {
    let ok = r#"{ "id": "A1", "title": "T", "criteria": ["1.1-D1"], "status": "planned" }"#;
    assert!(Plan::from_json(&with_action(ok)).is_ok());
    let cases: Vec<(String, &str)> = vec![
        (
            with_action(r#"{ "id": "A1", "title": "T", "criteria": ["1.1-D1"], "status": "planned", "priority": "high" }"#),
            "unknown field \"priority\" in action \"A1\" at line 6, column 87; expected one of: id, title, criteria, owner, lead, due, status, note",
        ),
        (
            with_action(r#"{ "id": "A1", "title": "T", "criteria": ["1.1-D99"], "status": "planned" }"#),
            "action \"A1\": unknown criterion ID \"1.1-D99\" in `criteria` at line 6, column 55; did you mean `1.1-D1`?",
        ),
        (
            with_action(r#"{ "criteria": ["1.1-D99"], "id": "A1", "title": "T", "status": "planned" }"#),
            "action 1: unknown criterion ID \"1.1-D99\" in `criteria` at line 6, column 29; did you mean `1.1-D1`?",
        ),
        (
            with_action(r#"{ "id": "A1", "title": "T", "criteria": ["1.1-D1", "1.1-D1"], "status": "planned" }"#),
            "action \"A1\" names criterion `1.1-D1` twice in `criteria` at line 6, column 64",
        ),
        (
            with_action(r#"{ "id": "A1", "title": "T", "criteria": [], "status": "planned" }"#),
            "the `criteria` of action \"A1\" is empty at line 6, column 46",
        ),
        (
            with_action(r#"{ "id": "A1", "title": " ", "criteria": ["1.1-D1"], "status": "planned" }"#),
            "the `title` of action \"A1\" is empty at line 6, column 30",
        ),
        (
            with_action(r#"{ "id": "", "title": "T", "criteria": ["1.1-D1"], "status": "planned" }"#),
            "the `id` of action 1 is empty at line 6, column 14",
        ),
        (
            with_action(r#"{ "id": "A1", "title": "T", "criteria": ["1.1-D1"], "owner": "", "status": "planned" }"#),
            "the `owner` of action \"A1\" is empty at line 6, column 67",
        ),
        (
            with_action(r#"{ "id": "A1", "title": "T", "criteria": ["1.1-D1"], "status": "finished" }"#),
            "unknown status \"finished\" for action \"A1\" at line 6, column 78; expected one of: planned, in_progress, done, dropped",
        ),
        (
            with_action(r#"{ "id": "A1", "title": "T", "criteria": ["1.1-D1"], "due": "2027-02-30", "status": "planned" }"#),
            "invalid date \"2027-02-30\" in the `due` of action \"A1\" at line 6, column 75: that month has no such day",
        ),
        (
            with_action(r#"{ "id": "A1", "title": "T", "criteria": ["1.1-D1"], "lead": "Head\u0007 of", "status": "planned" }"#),
            "the `lead` of action \"A1\" contains the control character U+0007 at line 6, column 79: only tab and line breaks are allowed",
        ),
        (
            with_action(r#"{ "id": "A\n1", "title": "T", "criteria": ["1.1-D1"], "note": "x\u001b[31m", "status": "planned" }"#),
            "the `note` of action \"A\\n1\" contains the control character U+001B at line 6, column 79: only tab and line breaks are allowed",
        ),
        (
            with_action(r#"{ "id": "A1", "title": "T", "criteria": ["1.1-D1"] }"#),
            "missing field `status` in action \"A1\" at line 6, column 56",
        ),
        (
            with_action(r#"{ "id": "A1", "title": "T", "title": "U", "criteria": ["1.1-D1"], "status": "planned" }"#),
            "field \"title\" appears twice in action \"A1\" at line 6, column 39",
        ),
        (
            with_action(&format!(
                "{ok},\n    {}",
                r#"{ "id": " a1 ", "title": "T", "criteria": ["1.1-D2"], "status": "done" }"#
            )),
            "action \" a1 \" (also spelt \"A1\") appears twice in the plan at line 7, column 18",
        ),
        (
            with_action(ok).replace("\"2019\"", "\"2026\""),
            "this plan answers mhics 2026, expected mhics 2019 at line 3, column 19",
        ),
        (
            with_action(ok).replace("\"mhics\"", "\"team-review\""),
            "this plan answers team-review 2019, expected mhics 2019 at line 3, column 19",
        ),
        (
            with_action(ok).replace("\"system\": \"Riverside\",", "\"system\": \"Riverside\",\n  \"agreed\": \"2026-13-01\","),
            "invalid date \"2026-13-01\" in the `agreed` of the plan at line 5, column 24: the month must be 01 to 12",
        ),
        (
            with_action(ok).replace("\"Riverside\"", "\"  \""),
            "the system name is empty at line 4, column 16",
        ),
        (
            with_action(ok).replace("\"actions\"", "\"steps\""),
            "unknown field \"steps\" in the plan at line 5, column 9; expected one of: matrix, version, system, assessed, agreed, actions",
        ),
        (
            "{ \"matrix\": \"mhics\", \"version\": \"2019\", \"system\": \"R\" }".to_owned(),
            "missing field `actions` in the plan at line 1, column 55",
        ),
    ];
    let mut wrong = Vec::new();
    for (text, expected) in cases {
        let got = err(&text);
        if got != expected {
            wrong.push(format!("{text}\n  got:      {got}\n  expected: {expected}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn another_edition_is_named_before_an_unknown_criterion() {
    // The criterion is read before the version; the edition is still what is reported.
    let text = r#"{ "matrix": "mhics", "system": "R", "actions": [ { "id": "A1", "title": "T", "criteria": ["9.9-D9"], "status": "planned" } ], "version": "2026" }"#;
    assert_eq!(
        err(text),
        "this plan answers mhics 2026, expected mhics 2019 at line 1, column 145"
    );
}

#[test]
fn a_plan_of_the_second_edition_read_as_the_first_names_both() {
    let plan = Plan::new_in(REVIEW_SECOND, "T").unwrap();
    let e = read_plan_in(REVIEW_FIRST, &plan.to_json())
        .expect("a reader of plans of the edition")
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "this plan answers team-review 2, expected team-review 1 at line 3, column 16"
    );
}

#[test]
fn a_plan_of_another_edition_is_neither_reviewed_nor_migrated_with_it() {
    let first = Assessment::builder("Lakeside team")
        .edition(REVIEW_FIRST)
        .build()
        .unwrap();
    let second = FIRST_TO_SECOND.apply(&first).unwrap().assessment;
    let plan = Plan::new_in(REVIEW_FIRST, "Lakeside team").unwrap();
    let e = plan.review(&second, None, Target::Next).unwrap_err();
    assert!(matches!(e, Conflict::NotOfEdition { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "this assessment answers team-review 2, expected team-review 1"
    );
    let migrated = plan.migrate(&FIRST_TO_SECOND).unwrap().plan;
    assert!(migrated.review(&second, None, Target::Next).is_ok());
    let e = migrated.migrate(&FIRST_TO_SECOND).unwrap_err();
    assert!(matches!(e, Conflict::NotOfEdition { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "this plan answers team-review 2, expected team-review 1"
    );
}

#[test]
fn a_retired_id_of_the_second_edition_in_a_plan_file_is_unknown_with_the_nearest_real_one() {
    let text = r#"{ "matrix": "team-review", "version": "2", "system": "T", "actions": [ { "id": "A1", "title": "T", "criteria": ["1.1-D3"], "status": "planned" } ] }"#;
    let e = read_plan_in(REVIEW_SECOND, text)
        .expect("a reader of plans of the edition")
        .unwrap_err();
    assert!(matches!(e.kind(), Kind::UnknownCriterion { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "action \"A1\": unknown criterion ID \"1.1-D3\" in `criteria` at line 1, column 121; did you mean `1.1-D1`?"
    );
}

#[test]
fn a_retired_id_of_the_second_edition_is_unknown_to_its_plans() {
    let mut plan = Plan::new_in(REVIEW_SECOND, "T").unwrap();
    let e = plan
        .push(Action::new("A1", "T", [id("1.1-M1")]).unwrap())
        .unwrap_err();
    assert!(matches!(e.kind(), Kind::UnknownCriterion { .. }), "{e:?}");
    plan.push(Action::new("A1", "T", [id("1.1-M3")]).unwrap())
        .unwrap();
    assert_eq!(plan.actions().len(), 1);
}

#[test]
fn errors_in_code_say_the_same() {
    let mut plan = Plan::new("Riverside").unwrap();
    plan.push(Action::new("A1", "T", [id("1.1-D1")]).unwrap())
        .unwrap();
    let e = plan
        .push(Action::new("a1", "T", [id("1.1-D2")]).unwrap())
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "action \"a1\" (also spelt \"A1\") appears twice in the plan"
    );
    let e = Action::new("A2", "T", [id("1.1-D1"), id("1.1-D1")]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "action \"A2\" names criterion `1.1-D1` twice in `criteria`"
    );
    let e = Action::new("A2", "T", []).unwrap_err();
    assert_eq!(e.to_string(), "the `criteria` of action \"A2\" is empty");
    let e = plan
        .push(Action::new("A2", "T", [id("1.1-D9")]).unwrap())
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "action \"A2\": unknown criterion ID \"1.1-D9\" in `criteria`; did you mean `1.1-D1`?"
    );
    let x = plan.action_mut(" a1 ").unwrap();
    assert_eq!(
        x.set_owner(Some("Trust\r".into())).unwrap_err().to_string(),
        "the `owner` of action \"A1\" contains the control character U+000D: only tab and line breaks are allowed"
    );
    assert!(x.owner().is_none());
    let other = Assessment::builder("Vale").build().unwrap();
    assert_eq!(
        plan.review(&other, None, Target::Next).unwrap_err().to_string(),
        "the plan is for \"Riverside\", but the assessment is of \"Vale\": a plan goes with an assessment of its own system"
    );
    let same = Assessment::builder(" RIVERSIDE").build().unwrap();
    assert!(plan.review(&same, None, Target::Next).is_ok());
    assert_eq!(
        Plan::from_json(&" ".repeat(17 * 1024 * 1024))
            .unwrap_err()
            .to_string(),
        "the input is larger than 16 MiB (16777216 bytes), the most a plan may hold"
    );
    assert!(plan.remove("A1").is_some());
    assert!(plan
        .push(Action::new("a1", "T", [id("1.1-D2")]).unwrap())
        .is_ok());
}
