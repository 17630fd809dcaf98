//! The `board` example: the board pack from all four inputs and from the assessment
//! alone, and its refusals of bad usage and of inputs of another system.

use super::*;

#[test]
fn board_reports_with_all_four_inputs_and_with_the_assessment_alone() {
    let mut list = args(&[
        &data("riverside-2026"),
        "--previous",
        &data("riverside-2025"),
        "--plan",
        &data("plans/riverside-plan-2025"),
        "--partners",
    ]);
    list.extend(partners());
    let all = board::run(&list).expect("one system's assessments and plan");
    insta::assert_snapshot!("board_riverside_all", all);
    let alone = board::run(&args(&[&data("riverside-2026")])).expect("an assessment");
    insta::assert_snapshot!("board_riverside_alone", alone);
    // The options may come in any order; `--partners` takes files up to the next option.
    let mut reordered = args(&["--partners"]);
    reordered.extend(partners());
    reordered.extend(args(&[
        "--previous",
        &data("riverside-2025"),
        &data("riverside-2026"),
        "--plan",
        &data("plans/riverside-plan-2025"),
    ]));
    assert_eq!(board::run(&reordered).expect("the same inputs"), all);
}

#[test]
fn board_refuses_bad_usage_and_inputs_of_another_system() {
    for (list, status, start) in [
        (args(&[]), 2, "no assessment file given"),
        (
            args(&["--partners"]),
            2,
            "--partners needs at least one file",
        ),
        (
            args(&["a.json", "--previous"]),
            2,
            "--previous needs a file",
        ),
        (args(&["a.json", "--plain"]), 2, "unknown option `--plain`"),
        (args(&["a.json", "--plan"]), 2, "--plan needs a file"),
        (
            args(&["a.json", "--plan", "p.json", "--plan", "q.json"]),
            2,
            "--plan given twice",
        ),
        (
            args(&[
                &data("riverside-2026"),
                "--previous",
                &data("northfield-2026"),
            ]),
            1,
            "cannot compare assessments of different systems",
        ),
        (
            args(&[
                &data("riverside-2026"),
                "--partners",
                &data("northfield-2026"),
            ]),
            1,
            "the partners' assessments are of \"Northfield and Coast ICS\"",
        ),
    ] {
        let failure = board::run(&list).expect_err("refused");
        assert_eq!(failure.status, status, "{}", failure.message);
        assert!(failure.message.starts_with(start), "{}", failure.message);
        assert!(!failure.message.contains('\n'), "one line");
    }
    // An assessment given as the plan, and a plan of another system.
    let failure = board::run(&args(&[
        &data("riverside-2026"),
        "--plan",
        &data("riverside-2025"),
    ]))
    .expect_err("not a plan");
    assert_eq!(failure.status, 1);
    assert!(
        failure.message.starts_with(&format!(
            "{}: this is an assessment, not an action plan",
            data("riverside-2025")
        )),
        "{}",
        failure.message
    );
    let northfield = plan::run(&args(&["draft", &data("northfield-2026")])).expect("a draft");
    let file = std::env::temp_dir().join(format!("mhics-board-plan-{}.json", std::process::id()));
    std::fs::write(&file, northfield).expect("a temporary file");
    let failure = board::run(&args(&[
        &data("riverside-2026"),
        "--plan",
        file.to_str().expect("a UTF-8 path"),
    ]))
    .expect_err("a plan of another system");
    let _ = std::fs::remove_file(&file);
    assert_eq!(failure.status, 1);
    assert_eq!(
        failure.message,
        "the plan is for \"Northfield and Coast ICS\", but the assessment is of \"Riverside and Vale ICS\": a plan goes with an assessment of its own system"
    );
}
