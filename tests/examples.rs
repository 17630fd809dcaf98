//! The examples, run on the shipped sample files: every report they print is
//! snapshot-tested, and bad input gets a one-line error and the right exit status.
//!
//! Each example is compiled here as a module, with the `common` module it includes, just
//! as its own binary is built.
#![allow(clippy::duplicate_mod)]

#[path = "../examples/cohort.rs"]
mod cohort;
#[path = "../examples/compare.rs"]
mod compare;
#[path = "../examples/evaluate.rs"]
mod evaluate;
#[path = "../examples/self_assessment.rs"]
mod self_assessment;
#[cfg(feature = "xlsx")]
#[path = "../examples/workbook.rs"]
mod workbook;

use std::path::PathBuf;

fn data(name: &str) -> String {
    format!("{}/examples/data/{name}.json", env!("CARGO_MANIFEST_DIR"))
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

const SAMPLES: [&str; 4] = [
    "riverside-2025",
    "riverside-2026",
    "northfield-2026",
    "eastgate-2026",
];

#[test]
fn self_assessment_reports_on_the_embedded_sample() -> Result<(), mhics::Error> {
    insta::assert_snapshot!("self_assessment", self_assessment::run()?);
    Ok(())
}

#[test]
fn evaluate_prints_the_contract_json_for_every_sample() {
    for sample in SAMPLES {
        let json = evaluate::run(&args(&[&data(sample)])).expect("a valid sample");
        insta::assert_snapshot!(format!("evaluate_{sample}"), json);
    }
    let json = evaluate::run(&args(&[&data("riverside-2026"), "--target", "maturing"]))
        .expect("a valid sample");
    insta::assert_snapshot!("evaluate_riverside-2026_target_maturing", json);
}

#[test]
fn evaluate_prints_markdown_csv_and_svg() {
    for format in ["markdown", "csv", "svg"] {
        let text = evaluate::run(&args(&[&data("northfield-2026"), "--format", format]))
            .expect("a valid sample");
        insta::assert_snapshot!(format!("evaluate_northfield-2026_{format}"), text);
    }
}

#[test]
fn compare_reports_progress_between_the_riverside_samples() {
    for format in ["markdown", "csv"] {
        let text = compare::run(&args(&[
            &data("riverside-2025"),
            &data("riverside-2026"),
            "--format",
            format,
        ]))
        .expect("two assessments of one system");
        insta::assert_snapshot!(format!("compare_riverside_{format}"), text);
    }
}

#[test]
fn cohort_reports_on_the_2026_samples() {
    let files = [
        data("eastgate-2026"),
        data("northfield-2026"),
        data("riverside-2026"),
    ];
    for format in ["markdown", "csv", "svg"] {
        let mut list = args(&["--format", format]);
        list.extend(files.iter().cloned());
        let text = cohort::run(&list).expect("valid samples");
        insta::assert_snapshot!(format!("cohort_2026_{format}"), text);
    }
}

#[test]
fn a_cohort_over_time_uses_each_system_latest_assessment_for_peer_learning() {
    let list: Vec<String> = SAMPLES.iter().map(|s| data(s)).collect();
    let text = cohort::run(&list).expect("valid samples");
    assert!(text.starts_with("# Cohort of 4 self-assessments"));
    // Riverside appears twice but gets one peer-learning section, for 2026.
    assert_eq!(
        text.matches("## Peer learning for Riverside and Vale ICS")
            .count(),
        1
    );
    let riverside = &text[text.find("## Peer learning for Riverside").unwrap()..];
    let riverside = &riverside[..riverside[3..]
        .find("## Peer")
        .map_or(riverside.len(), |i| i + 3)];
    assert!(!riverside.contains("**Riverside and Vale ICS**"));
    insta::assert_snapshot!("cohort_over_time_markdown", text);
}

/// Runs `run` and returns the failure's message and exit status.
fn failure<F: std::fmt::Debug>(
    result: Result<String, F>,
    message: impl Fn(&F) -> (String, u8),
) -> (String, u8) {
    match result {
        Ok(text) => panic!("expected a failure, got {} bytes of output", text.len()),
        Err(f) => {
            let (m, status) = message(&f);
            assert!(!m.contains('\n'), "one line: {m:?}");
            (m, status)
        }
    }
}

fn temp_file(name: &str, contents: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("mhics-examples-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).expect("a temporary file");
    path
}

#[test]
fn evaluate_refuses_bad_input_in_one_line() {
    let run = |list: &[&str]| {
        failure(evaluate::run(&args(list)), |f| {
            (f.message.clone(), f.status)
        })
    };

    let (m, status) = run(&[]);
    assert_eq!(status, 2);
    assert!(
        m.starts_with("no assessment file given; usage: evaluate FILE"),
        "{m}"
    );

    let (m, status) = run(&[&data("eastgate-2026"), "--target", "excellent"]);
    assert_eq!(status, 2);
    assert!(m.starts_with("unknown level `excellent`"), "{m}");

    let (m, status) = run(&[&data("eastgate-2026"), "--format", "pdf"]);
    assert_eq!(status, 2);
    assert!(m.starts_with("unknown format `pdf`"), "{m}");

    let (m, status) = run(&["/nonexistent/assessment.json"]);
    assert_eq!(status, 1);
    assert!(
        m.starts_with("cannot read /nonexistent/assessment.json: "),
        "{m}"
    );

    let bad = temp_file(
        "bad.json",
        "{\n  \"matrix\": \"mhics\",\n  \"version\": \"2019\",\n  \"system\": \"S\",\n  \"responses\": {\n    \"1.1-D8\": { \"status\": \"met\" }\n  }\n}\n",
    );
    let (m, status) = run(&[bad.to_str().unwrap()]);
    std::fs::remove_file(&bad).ok();
    assert_eq!(status, 1);
    assert!(
        m.ends_with("unknown criterion ID `1.1-D8` at line 6, column 12; did you mean `1.1-D1`?"),
        "{m}"
    );
}

#[test]
fn compare_refuses_other_systems_and_the_wrong_order() {
    let run = |list: &[&str]| failure(compare::run(&args(list)), |f| (f.message.clone(), f.status));
    let (m, status) = run(&[&data("riverside-2026"), &data("northfield-2026")]);
    assert_eq!(status, 1);
    assert_eq!(
        m,
        "cannot compare assessments of different systems: `Riverside and Vale ICS` and `Northfield and Coast ICS`"
    );
    let (m, status) = run(&[&data("riverside-2026"), &data("riverside-2025")]);
    assert_eq!(status, 1);
    assert_eq!(
        m,
        "the later assessment is dated 2025-10-02, before the earlier one (2026-10-01); give the earlier assessment first"
    );
    let (m, status) = run(&[&data("riverside-2026")]);
    assert_eq!(status, 2);
    assert!(m.starts_with("expected two assessment files, got 1"), "{m}");
}

#[test]
fn cohort_refuses_no_files_and_bad_ones() {
    let run = |list: &[&str]| failure(cohort::run(&args(list)), |f| (f.message.clone(), f.status));
    let (m, status) = run(&[]);
    assert_eq!(status, 2);
    assert!(m.starts_with("no assessment files given"), "{m}");
    let (m, status) = run(&[&data("riverside-2026"), "/nonexistent.json"]);
    assert_eq!(status, 1);
    assert!(m.starts_with("cannot read /nonexistent.json"), "{m}");
}

/// The examples read workbooks wherever they read assessment files, and give the same
/// output as for the JSON they were written from.
#[cfg(feature = "xlsx")]
#[test]
fn examples_read_workbooks_as_they_read_json() {
    let xlsx = |sample: &str| {
        let path = std::env::temp_dir().join(format!(
            "mhics-examples-{}-{sample}.xlsx",
            std::process::id()
        ));
        let out = path.to_string_lossy().into_owned();
        let printed =
            workbook::run(&args(&["blank", &out, "--from", &data(sample)])).expect("written");
        assert_eq!(printed, "");
        out
    };
    let (before, after) = (xlsx("riverside-2025"), xlsx("riverside-2026"));
    let json = |file: &str| workbook::run(&args(&["read", file])).expect("read");
    assert_eq!(
        json(&after),
        std::fs::read_to_string(data("riverside-2026")).expect("a sample")
    );
    assert_eq!(
        evaluate::run(&args(&[&after, "--format", "markdown"])).expect("evaluated"),
        evaluate::run(&args(&[&data("riverside-2026"), "--format", "markdown"]))
            .expect("evaluated")
    );
    assert_eq!(
        compare::run(&args(&[&before, &after])).expect("compared"),
        compare::run(&args(&[&data("riverside-2025"), &data("riverside-2026")])).expect("compared")
    );
    assert_eq!(
        cohort::run(&args(&[&after, &data("northfield-2026")])).expect("a cohort"),
        cohort::run(&args(&[&data("riverside-2026"), &data("northfield-2026")])).expect("a cohort")
    );

    // Bad input: one line naming the file, status 1; bad usage: status 2.
    let not_a_workbook = temp_file("not-a-workbook.xlsx", "ID,Status\n");
    let not_a_workbook = not_a_workbook.to_string_lossy().into_owned();
    let (m, status) = failure(workbook::run(&args(&["read", &not_a_workbook])), |f| {
        (f.message.clone(), f.status)
    });
    assert_eq!(status, 1);
    assert!(
        m.starts_with(&format!("{not_a_workbook}: not an .xlsx workbook")),
        "{m}"
    );
    let (m, status) = failure(evaluate::run(&args(&[&not_a_workbook])), |f| {
        (f.message.clone(), f.status)
    });
    assert_eq!(status, 1);
    assert!(m.contains("not an .xlsx workbook"), "{m}");
    for usage in [
        &["blank"][..],
        &["read"],
        &["write", "x.xlsx"],
        &["blank", "x.xlsx", "--from"],
    ] {
        let (m, status) = failure(workbook::run(&args(usage)), |f| {
            (f.message.clone(), f.status)
        });
        assert_eq!(status, 2, "{usage:?}");
        assert!(m.contains("usage: workbook"), "{m}");
    }
    for file in [before, after, not_a_workbook] {
        let _ = std::fs::remove_file(file);
    }
}
