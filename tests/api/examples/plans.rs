//! The `plan` example: a plan drafted from a sample and the sample plan reviewed in every
//! format, read and written back exactly, bad input refused in one line, and a draft
//! written to a file.

use super::*;

#[test]
fn plan_drafts_from_the_2025_sample_and_reviews_the_sample_plan_in_every_format() {
    let draft = plan::run(&args(&["draft", &data("riverside-2025")])).expect("a valid sample");
    let drafted = mhics::plan::Plan::from_json(&draft).expect("the draft reads back");
    assert_eq!(drafted.system(), "Riverside and Vale ICS");
    insta::assert_snapshot!("plan_draft_riverside-2025", draft);
    for format in ["json", "markdown", "csv", "html", "svg"] {
        let text = plan::run(&args(&[
            "review",
            &data("plans/riverside-plan-2025"),
            &data("riverside-2026"),
            "--format",
            format,
        ]))
        .expect("a plan and an assessment of one system");
        insta::assert_snapshot!(format!("plan_review_riverside_{format}"), text);
    }
    // The review date defaults to the assessment's; `--on` moves it.
    let later = plan::run(&args(&[
        "review",
        &data("plans/riverside-plan-2025"),
        &data("riverside-2026"),
        "--on",
        "2027-04-01",
    ]))
    .expect("valid");
    assert!(later.contains("\"on\": \"2027-04-01\""), "{later}");
    assert!(later.contains("\"overdue\": 4"), "{later}");
}

#[test]
fn the_sample_plan_reads_and_writes_back_exactly() {
    let text = std::fs::read_to_string(data("plans/riverside-plan-2025")).expect("the sample");
    let plan = mhics::plan::Plan::from_json(&text).expect("a valid plan");
    assert_eq!(format!("{}\n", plan.to_json()), text);
}

#[test]
fn plan_refuses_bad_input_in_one_line() {
    let run = |list: &[&str]| failure(plan::run(&args(list)), |f| (f.message.clone(), f.status));
    let (m, status) = run(&[]);
    assert_eq!(status, 2);
    assert!(m.starts_with("no command given; usage: plan draft"), "{m}");
    let (m, status) = run(&["review", &data("plans/riverside-plan-2025")]);
    assert_eq!(status, 2);
    assert!(
        m.starts_with("review takes a plan file and an assessment file"),
        "{m}"
    );
    let (m, status) = run(&["draft", &data("riverside-2025"), "--format", "csv"]);
    assert_eq!(status, 2);
    assert!(m.starts_with("unknown format `csv`"), "{m}");
    let (m, status) = run(&["draft", &data("riverside-2025"), "--on", "2026-01-01"]);
    assert_eq!(status, 2);
    assert!(m.starts_with("unknown option `--on`"), "{m}");
    let (m, status) = run(&[
        "review",
        &data("plans/riverside-plan-2025"),
        &data("riverside-2026"),
        "--out",
        "x",
    ]);
    assert_eq!(status, 2);
    assert!(m.starts_with("unknown option `--out`"), "{m}");
    // A workbook needs a file to go to.
    let (m, status) = run(&["draft", &data("riverside-2025"), "--format", "xlsx"]);
    assert_eq!(status, 2);
    assert!(m.starts_with("--format xlsx needs "), "{m}");
    #[cfg(not(feature = "xlsx"))]
    {
        let out = std::env::temp_dir().join("mhics-examples-never-written.xlsx");
        // Left by a run of a build with the feature, if any.
        let _ = std::fs::remove_file(&out);
        let list = [
            "draft",
            &data("riverside-2025"),
            "--format",
            "xlsx",
            "--out",
        ];
        let (m, status) = run(&[&list[..], &[out.to_str().expect("UTF-8")]].concat());
        assert_eq!(status, 2);
        assert!(
            m.starts_with("--format xlsx needs the feature `xlsx`"),
            "{m}"
        );
        assert!(!out.exists());
    }
    let (m, status) = run(&[
        "review",
        &data("plans/riverside-plan-2025"),
        &data("riverside-2026"),
        "--on",
        "2026-02-30",
    ]);
    assert_eq!(status, 2);
    assert!(
        m.starts_with("--on `2026-02-30` is not a date: that month has no such day"),
        "{m}"
    );
    let (m, status) = run(&[
        "review",
        &data("plans/riverside-plan-2025"),
        &data("northfield-2026"),
    ]);
    assert_eq!(status, 1);
    assert_eq!(
        m,
        "the plan is for \"Riverside and Vale ICS\", but the assessment is of \"Northfield and Coast ICS\": a plan goes with an assessment of its own system"
    );
    // An assessment given where the plan should be.
    let (m, status) = run(&["review", &data("riverside-2026"), &data("riverside-2026")]);
    assert_eq!(status, 1);
    assert!(
        m.ends_with("riverside-2026.json: this is an assessment, not an action plan"),
        "{m}"
    );
    assert!(!m.contains('\n'));
}

#[test]
fn plan_draft_writes_json_to_a_file_with_out() {
    let out =
        std::env::temp_dir().join(format!("mhics-examples-{}-draft.json", std::process::id()));
    let out = out.to_string_lossy().into_owned();
    let printed =
        plan::run(&args(&["draft", &data("riverside-2025"), "--out", &out])).expect("written");
    assert_eq!(printed, "");
    let stdout = plan::run(&args(&["draft", &data("riverside-2025")])).expect("drafted");
    assert_eq!(std::fs::read_to_string(&out).expect("the file"), stdout);
    let _ = std::fs::remove_file(out);
}
