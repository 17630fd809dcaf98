//! What the examples print on the shipped samples: the self-assessment, the local
//! edition, evaluations, comparisons and cohorts, each report snapshot-tested.

use super::*;

#[test]
fn self_assessment_reports_on_the_embedded_sample() -> Result<(), mhics::Error> {
    insta::assert_snapshot!("self_assessment", self_assessment::run()?);
    Ok(())
}

#[test]
fn local_edition_migrates_the_sample_and_evaluates_it_under_the_local_edition(
) -> Result<(), mhics::Error> {
    let text = local_edition::run()?;
    assert!(text.starts_with("> Lakeside and its local edition are fictional"));
    insta::assert_snapshot!("local_edition", text);
    Ok(())
}

#[test]
fn local_edition_reads_a_file_of_each_of_its_editions_into_one_cohort() {
    let files = args(&[&data("riverside-2026"), &data("lakeside/lakeside-2026")]);
    let text = match local_edition::run_files(&files) {
        Ok(text) => text,
        Err(_) => panic!("both files are of editions the example knows"),
    };
    assert!(text.contains("riverside-2026.json: Riverside and Vale ICS, mhics 2019,"));
    assert!(text.contains("lakeside-2026.json: Lakeside ICS, lakeside-local 2026,"));
    assert!(text.contains(
        "Riverside and Vale ICS was migrated from mhics 2019 to lakeside-local 2026: 266 carried"
    ));
    assert!(text.contains("# Cohort of 2 self-assessments"));
    assert!(text.contains("4.1 Mental health support in schools"));
}

#[test]
fn evaluate_prints_the_evaluation_json_for_every_sample() {
    for sample in SAMPLES {
        let json = evaluate::run(&args(&[&data(sample)])).expect("a valid sample");
        insta::assert_snapshot!(format!("evaluate_{sample}"), json);
    }
    let json = evaluate::run(&args(&[&data("riverside-2026"), "--target", "maturing"]))
        .expect("a valid sample");
    insta::assert_snapshot!("evaluate_riverside-2026_target_maturing", json);
}

#[test]
fn evaluate_prints_markdown_csv_svg_and_html() {
    for format in ["markdown", "csv", "svg", "html"] {
        let text = evaluate::run(&args(&[&data("northfield-2026"), "--format", format]))
            .expect("a valid sample");
        insta::assert_snapshot!(format!("evaluate_northfield-2026_{format}"), text);
    }
}

#[test]
fn compare_reports_progress_between_the_riverside_samples() {
    for format in ["markdown", "csv", "svg", "html"] {
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
    for format in ["markdown", "csv", "svg", "html"] {
        let mut list = args(&["--format", format]);
        list.extend(files.iter().cloned());
        let mut text = cohort::run(&list).expect("valid samples");
        if format == "csv" {
            // One table per run: the snapshot holds both, each from its own run.
            let mut criteria = args(&["--format", "csv", "--table", "criteria"]);
            criteria.extend(files.iter().cloned());
            let second = cohort::run(&criteria).expect("valid samples");
            assert!(!text.contains("\r\n\r\n") && !second.contains("\r\n\r\n"));
            text = format!("{text}\r\n{second}");
        }
        insta::assert_snapshot!(format!("cohort_2026_{format}"), text);
    }
}

#[test]
fn cohort_latest_names_each_assessment_it_leaves_out() {
    let mut list: Vec<String> = SAMPLES.iter().map(|s| data(s)).collect();
    list.push("--latest".into());
    let mut notes = Vec::new();
    cohort::run_noting(&list, &mut |n| notes.push(n)).expect("valid samples");
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains("riverside-2025.json"), "{notes:?}");
    assert!(notes[0].contains("2025-10-02"), "{notes:?}");
    // Without --latest nothing is left out, so nothing is said.
    let mut notes = Vec::new();
    cohort::run_noting(&args(&[&data("riverside-2026")]), &mut |n| notes.push(n))
        .expect("a valid sample");
    assert!(notes.is_empty());
    let (m, status) = match cohort::run(&args(&["--table", "criteria", &data("riverside-2026")])) {
        Err(f) => (f.message, f.status),
        Ok(_) => panic!("--table without csv was accepted"),
    };
    assert_eq!(status, 2);
    assert!(m.contains("--table goes with --format csv"), "{m}");
}

#[test]
fn a_cohort_over_time_uses_each_system_latest_assessment_for_peer_learning() {
    let mut list: Vec<String> = SAMPLES.iter().map(|s| data(s)).collect();
    list.push("--latest".into());
    let text = cohort::run(&list).expect("valid samples");
    assert!(text.starts_with("# Cohort of 3 self-assessments"));
    assert!(text.contains("1. Riverside and Vale ICS (2026-10-01) — overall"));
    assert!(!text.contains("2025-10-02"));
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

#[test]
fn cohort_refuses_one_system_twice_naming_both_files_unless_asked_for_the_latest() {
    let run = |list: &[&str]| failure(cohort::run(&args(list)), |f| (f.message.clone(), f.status));
    let (r25, r26, east) = (
        data("riverside-2025"),
        data("riverside-2026"),
        data("eastgate-2026"),
    );
    let (m, status) = run(&[&r26, &east, &r25]);
    assert_eq!(status, 1);
    assert_eq!(
        m,
        format!("{r26} and {r25} both assess \"Riverside and Vale ICS\": a cohort takes one assessment per system (--latest keeps the latest of each)")
    );
    let (m, status) = run(&[&east, &east]);
    assert_eq!(status, 1);
    assert!(
        m.starts_with(&format!("{east} and {east} both assess \"Eastgate ICS\"")),
        "{m}"
    );
    let once = cohort::run(&args(&["--format", "csv", &east])).unwrap();
    let twice = cohort::run(&args(&["--format", "csv", "--latest", &east, &east])).unwrap();
    assert_eq!(once, twice, "counted once");
    let text = cohort::run(&args(&["--latest", &r26, &east, &r25])).unwrap();
    assert!(
        text.starts_with(
            "# Cohort of 2 self-assessments\n\n1. Riverside and Vale ICS (2026-10-01)"
        ),
        "{text}"
    );
}
