//! The examples, run from outside as the command line they are: each example's binary
//! (built by `cargo test`, which builds the examples before it runs the tests) on the
//! shipped sample files. Every report they print is snapshot-tested, and bad input gets
//! a one-line error and the right exit status.
//!
//! The modules below stand for the examples: `board::run(args)` runs
//! `target/<profile>/examples/board` with `args` and gives its standard output, or a
//! [`Failure`](runner::Failure) with its one-line error (standard error, without the
//! `error: ` prefix) and exit status.

mod runner {
    use std::collections::HashMap;
    use std::path::{Path, PathBuf};
    use std::process::Command;
    use std::sync::{Mutex, OnceLock};
    use std::time::SystemTime;

    /// What a failed run of an example said: its message and exit status.
    #[derive(Debug)]
    pub struct Failure {
        pub message: String,
        pub status: u8,
    }

    /// The example's binary as this test's features build it. Cargo keeps a build of
    /// each example per set of features (`examples/NAME-HASH`) and copies the one it
    /// last compiled to `examples/NAME`, which may be of other features: so the builds
    /// are tried newest first, and the first built after every source file changed and
    /// with this test's features is taken (`cargo test` builds them before it runs the
    /// tests; `cargo test --test api` alone does not).
    fn binary(name: &str) -> PathBuf {
        static FOUND: OnceLock<Mutex<HashMap<String, PathBuf>>> = OnceLock::new();
        let found = FOUND.get_or_init(Mutex::default);
        let mut found = found.lock().unwrap_or_else(|e| e.into_inner());
        found
            .entry(name.to_owned())
            .or_insert_with(|| find_built(name))
            .clone()
    }

    fn find_built(name: &str) -> PathBuf {
        let exe = std::env::current_exe().expect("the test binary's path");
        let dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("the target directory")
            .join("examples");
        let changed = newest_source();
        let mut builds: Vec<(SystemTime, PathBuf)> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(|e| Some(e.ok()?.path()))
                    .filter(|p| {
                        let file = p.file_name().and_then(|f| f.to_str()).unwrap_or("");
                        file.strip_prefix(name)
                            .and_then(|rest| rest.strip_prefix('-'))
                            .is_some_and(|hash| !hash.contains('.'))
                    })
                    .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
                    .collect()
            })
            .unwrap_or_default();
        builds.sort_by_key(|(built, _)| std::cmp::Reverse(*built));
        builds
            .into_iter()
            .filter(|(built, _)| *built >= changed)
            .map(|(_, path)| path)
            .find(|path| with_xlsx(name, path).is_none_or(|x| x == cfg!(feature = "xlsx")))
            .unwrap_or_else(|| {
                panic!(
                    "no build of the example {name} from the sources as they are, {} feature \
                     `xlsx`: run `cargo test` with this test's features to build the examples",
                    if cfg!(feature = "xlsx") {
                        "with"
                    } else {
                        "without"
                    }
                )
            })
    }

    /// When the newest source file (of `src` and `examples`) changed.
    fn newest_source() -> SystemTime {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut stack = vec![root.join("src"), root.join("examples")];
        let mut newest = SystemTime::UNIX_EPOCH;
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                let entries = std::fs::read_dir(&path).expect("a readable folder");
                stack.extend(entries.map(|e| e.expect("an entry").path()));
            } else if path.extension().is_some_and(|e| e == "rs") {
                if let Ok(changed) = std::fs::metadata(&path).and_then(|m| m.modified()) {
                    newest = newest.max(changed);
                }
            }
        }
        newest
    }

    /// Whether `binary` (of example `name`) was built with feature `xlsx`: given a
    /// workbook where a JSON file is read, a build without it says it needs the feature.
    /// `None` for an example that reads no file.
    fn with_xlsx(name: &str, binary: &Path) -> Option<bool> {
        let zip = std::env::temp_dir().join(format!("mhics-probe-{}.xlsx", std::process::id()));
        std::fs::write(&zip, b"PK\x03\x04 not a real workbook").expect("a file to probe with");
        let zip = zip.to_string_lossy().into_owned();
        let args: Vec<&str> = match name {
            "evaluate" | "cohort" | "perspectives" | "board" | "local_edition" => vec![&zip],
            "compare" => vec![&zip, &zip],
            "plan" => vec!["review", &zip, &zip],
            _ => return None,
        };
        let output = Command::new(binary)
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("the example runs");
        let said = String::from_utf8_lossy(&output.stderr);
        Some(!said.contains("needs the crate's feature `xlsx`"))
    }

    /// Runs example `name` with `args`: its standard output and standard error lines, or
    /// its failure.
    pub fn run_with_stderr(name: &str, args: &[String]) -> Result<(String, Vec<String>), Failure> {
        let output = Command::new(binary(name))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("the example runs");
        let stderr = String::from_utf8(output.stderr).expect("UTF-8 on stderr");
        let status = output.status.code().expect("the example exits") as u8;
        if status == 0 {
            let stdout = String::from_utf8(output.stdout).expect("UTF-8 on stdout");
            Ok((stdout, stderr.lines().map(str::to_owned).collect()))
        } else {
            let message = stderr.trim_end_matches('\n');
            assert_eq!(message.lines().count(), 1, "one line: {message:?}");
            Err(Failure {
                message: message
                    .strip_prefix("error: ")
                    .unwrap_or(message)
                    .to_owned(),
                status,
            })
        }
    }

    /// Runs example `name` with `args`: its standard output, or its failure.
    pub fn run(name: &str, args: &[String]) -> Result<String, Failure> {
        run_with_stderr(name, args).map(|(text, _)| text)
    }
}

macro_rules! examples {
    ($($name:ident),*) => {$(
        mod $name {
            pub use super::runner::Failure;

            pub fn run(args: &[String]) -> Result<String, Failure> {
                super::runner::run(stringify!($name), args)
            }
        }
    )*};
}

examples!(board, compare, evaluate, plan);

#[cfg(feature = "xlsx")]
examples!(workbook);

mod cohort {
    pub use super::runner::Failure;

    pub fn run(args: &[String]) -> Result<String, Failure> {
        super::runner::run("cohort", args)
    }

    /// The run, with each line it wrote to stderr given to `note`.
    pub fn run_noting(args: &[String], note: &mut dyn FnMut(String)) -> Result<String, Failure> {
        let (text, lines) = super::runner::run_with_stderr("cohort", args)?;
        lines.into_iter().for_each(note);
        Ok(text)
    }
}

mod perspectives {
    pub use super::runner::Failure;

    pub fn run(args: &[String]) -> Result<String, Failure> {
        super::runner::run("perspectives", args)
    }

    /// The run's text and the notices it wrote to stderr.
    pub fn run_with_notices(args: &[String]) -> Result<(String, Vec<String>), Failure> {
        super::runner::run_with_stderr("perspectives", args)
    }
}

mod local_edition {
    pub fn run() -> Result<String, mhics::Error> {
        Ok(super::runner::run("local_edition", &[]).expect("the sample migrates"))
    }

    pub fn run_files(paths: &[String]) -> Result<String, super::runner::Failure> {
        super::runner::run("local_edition", paths)
    }
}

mod self_assessment {
    pub fn run() -> Result<String, mhics::Error> {
        Ok(super::runner::run("self_assessment", &[]).expect("the sample is read"))
    }
}

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
    assert!(m.starts_with("unknown level \"excellent\""), "{m}");

    let (m, status) = run(&[&data("eastgate-2026"), "--format", "pdf"]);
    assert_eq!(status, 2);
    assert!(m.starts_with("unknown format \"pdf\""), "{m}");

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
        m.ends_with("unknown criterion ID \"1.1-D8\" at line 6, column 12; did you mean `1.1-D1`?"),
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
        "cannot compare assessments of different systems: \"Riverside and Vale ICS\" and \"Northfield and Coast ICS\""
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
        "the plan is for \"Northfield and Coast ICS\", but the assessment is of \"Riverside and Vale ICS\": a plan is reviewed against an assessment of its own system"
    );
}

/// The fictional partner set, in the order of its README.
fn partners() -> Vec<String> {
    ["trust", "council", "primary-care", "vcse"]
        .iter()
        .map(|name| data(&format!("riverside-partners/{name}")))
        .collect()
}

#[test]
fn perspectives_reports_on_the_partner_set_in_every_format() {
    for format in ["json", "markdown", "csv", "svg", "html", "assessment"] {
        let mut list = partners();
        list.extend(args(&["--format", format]));
        let (text, notices) = perspectives::run_with_notices(&list).expect("one system's partners");
        assert!(
            notices.is_empty(),
            "every sample names its respondent: {notices:?}"
        );
        insta::assert_snapshot!(format!("perspectives_riverside_{format}"), text);
    }
    // JSON is the default, and the consolidated assessment reads back as an assessment.
    let json = perspectives::run(&partners()).expect("one system's partners");
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["respondents"].as_array().map(Vec::len), Some(4));
    let mut list = partners();
    list.extend(args(&["--format", "assessment"]));
    let file = perspectives::run(&list).expect("one system's partners");
    let consolidated = mhics::Assessment::from_json(&file).expect("an assessment file");
    assert_eq!(consolidated.system(), "Riverside and Vale ICS");
    assert_eq!(consolidated.response_count(), 266);
}

#[test]
fn perspectives_labels_a_file_without_respondent_by_its_name_and_says_so() {
    let text = std::fs::read_to_string(data("riverside-partners/council")).expect("sample");
    let unnamed = text.replace("  \"respondent\": \"Vale Borough Council\",\n", "");
    assert_ne!(unnamed, text);
    let path = temp_file("council-unnamed.json", &unnamed);
    let mut list = partners();
    list[1] = path.to_string_lossy().into_owned();
    list.extend(args(&["--format", "csv"]));
    let result = perspectives::run_with_notices(&list);
    std::fs::remove_file(&path).ok();
    let (csv, notices) = result.expect("one system's partners");
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(
        notices,
        [format!(
            "note: {name} names no respondent; labelled by its file name"
        )]
    );
    assert!(csv.contains(&format!(",{name},not_met,")), "{csv}");
    assert!(!csv.contains("Vale Borough Council"));
}

#[test]
fn perspectives_notices_stay_on_one_line_and_tell_files_of_one_name_apart() {
    let text = std::fs::read_to_string(data("riverside-partners/council")).expect("sample");
    let unnamed = text.replace("  \"respondent\": \"Vale Borough Council\",\n", "");
    let dir = std::env::temp_dir().join(format!("mhics-examples-{}-names", std::process::id()));
    let (north, south) = (dir.join("north"), dir.join("south"));
    std::fs::create_dir_all(&north).expect("a folder");
    std::fs::create_dir_all(&south).expect("a folder");
    let forged = north.join("a\nerror: forged.json");
    let (first, second) = (south.join("a.json"), north.join("a.json"));
    for path in [&forged, &first, &second] {
        std::fs::write(path, &unnamed).expect("written");
    }
    let list: Vec<String> = [&forged, &first, &second]
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let result = perspectives::run_with_notices(&list);
    std::fs::remove_dir_all(&dir).ok();
    let (_, notices) = result.expect("one system's partners");
    assert_eq!(
        notices,
        [
            "note: a\\nerror: forged.json names no respondent; labelled by its file name",
            "note: south/a.json names no respondent; labelled by its file name",
            "note: north/a.json names no respondent; labelled by its file name",
        ]
    );
}

#[test]
fn perspectives_refuses_sets_that_do_not_belong_together_in_one_line() {
    let run = |list: &[String]| failure(perspectives::run(list), |f| (f.message.clone(), f.status));
    let (m, status) = run(&[]);
    assert_eq!(status, 2);
    assert!(
        m.starts_with("no assessment files given; usage: perspectives FILE..."),
        "{m}"
    );

    let (m, status) = run(&args(&["--format", "pdf", &data("riverside-2026")]));
    assert_eq!(status, 2);
    assert!(m.starts_with("unknown format \"pdf\""), "{m}");

    let mut mixed = partners();
    mixed.push(data("northfield-2026"));
    let (m, status) = run(&mixed);
    assert_eq!(status, 1);
    assert_eq!(
        m,
        "one system per perspectives set: trust.json (Riverside and Vale Mental Health Trust) answers for \"Riverside and Vale ICS\", but northfield-2026.json answers for \"Northfield and Coast ICS\""
    );

    let mut repeated = partners();
    repeated.push(repeated[1].clone());
    let (m, status) = run(&repeated);
    assert_eq!(status, 1);
    assert_eq!(
        m,
        "respondent \"Vale Borough Council\" answers twice, in council.json and council.json: each partner answers once"
    );

    let (m, status) = run(&args(&[
        &data("riverside-partners/trust"),
        "/nonexistent.json",
    ]));
    assert_eq!(status, 1);
    assert!(m.starts_with("cannot read /nonexistent.json"), "{m}");
}

#[cfg(unix)]
#[test]
fn an_endless_or_huge_file_is_refused_naming_it_and_the_limit() {
    let (m, status) = failure(evaluate::run(&args(&["/dev/zero"])), |f| {
        (f.message.clone(), f.status)
    });
    assert_eq!(status, 1);
    assert_eq!(
        m,
        "/dev/zero is larger than 32 MiB (33554432 bytes), the most that may be read"
    );
}

#[test]
fn a_file_with_a_byte_order_mark_is_read() {
    let text = std::fs::read_to_string(data("eastgate-2026")).unwrap();
    let bom = temp_file("bom.json", &format!("\u{feff}{text}"));
    let with_bom = evaluate::run(&args(&[bom.to_str().unwrap()]));
    std::fs::remove_file(&bom).ok();
    assert_eq!(
        with_bom.expect("read despite the mark"),
        evaluate::run(&args(&[&data("eastgate-2026")])).unwrap()
    );
}

/// The example binary `name`, built by the cargo running the tests (the examples of a
/// `cargo test --test examples` run are not built otherwise).
#[cfg(unix)]
fn binary(name: &str) -> PathBuf {
    let status = std::process::Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--example", name])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "cargo build --example {name}");
    let exe = std::env::current_exe().expect("the test binary");
    // target/<profile>/deps/examples-… → target/<profile>/examples/<name>
    exe.parent()
        .and_then(|deps| deps.parent())
        .expect("a target directory")
        .join("examples")
        .join(name)
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_a_one_line_error_and_a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};

    let evaluate = binary("evaluate");
    let sample = data("northfield-2026");

    // stdout on a full device: one line on stderr, status 1.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = Command::new(&evaluate)
        .args([sample.as_str(), "--format", "markdown"])
        .stdout(full)
        .output()
        .expect("the example runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(
        stderr,
        "error: cannot write the output: No space left on device (os error 28)\n"
    );

    // A reader that takes one byte and closes the pipe: no message, status 0. The
    // output is larger than a pipe holds, so the example does meet the closed pipe.
    let export = binary("export");
    let whole = Command::new(&export)
        .arg("markdown")
        .output()
        .expect("runs");
    assert!(whole.status.success());
    // (more than the 64 KiB a Linux pipe holds)
    assert!(whole.stdout.len() > 64 << 10, "{}", whole.stdout.len());
    let mut child = Command::new(&export)
        .arg("markdown")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example runs");
    let mut stdout = child.stdout.take().expect("a pipe");
    let mut first = [0u8; 1];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let out = child.wait_with_output().expect("the example ends");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "quiet on a closed pipe"
    );
    assert_eq!(out.status.code(), Some(0));
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
        "the plan is for \"Riverside and Vale ICS\", but the assessment is of \"Northfield and Coast ICS\": a plan is reviewed against an assessment of its own system"
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

/// Rewrites one part of a workbook (an .xlsx file), replacing `from` with `to` in it.
#[cfg(feature = "xlsx")]
fn rewrite_part(path: &str, part: &str, from: &str, to: &str) {
    use std::io::{Read, Write};
    let bytes = std::fs::read(path).expect("the workbook");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("an archive");
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("an entry");
        let name = entry.name().expect("a name").to_string();
        let mut contents = Vec::new();
        entry.read_to_end(&mut contents).expect("read");
        if name == part {
            let text = String::from_utf8(contents).expect("XML");
            assert!(text.contains(from), "{part} holds {from}");
            contents = text.replace(from, to).into_bytes();
        }
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .expect("an entry");
        writer.write_all(&contents).expect("written");
    }
    let bytes = writer.finish().expect("finished").into_inner();
    std::fs::write(path, bytes).expect("rewritten");
}

/// `plan draft --format xlsx` and `workbook blank --plan` write workbooks holding plans,
/// which `plan review` reads as it reads plan files.
#[cfg(feature = "xlsx")]
#[test]
fn plans_travel_in_workbooks() {
    let temp = |name: &str| {
        let path =
            std::env::temp_dir().join(format!("mhics-examples-{}-{name}", std::process::id()));
        path.to_string_lossy().into_owned()
    };
    let review = |plan: &str, assessment: &str| {
        plan::run(&args(&["review", plan, assessment, "--format", "markdown"])).expect("reviewed")
    };
    // A drafted plan in the workbook of its assessment, reviewed against itself.
    let drafted = temp("drafted.xlsx");
    let printed = plan::run(&args(&[
        "draft",
        &data("riverside-2025"),
        "--format",
        "xlsx",
        "--out",
        &drafted,
    ]))
    .expect("written");
    assert_eq!(printed, "");
    let draft_json = temp("drafted.json");
    plan::run(&args(&[
        "draft",
        &data("riverside-2025"),
        "--out",
        &draft_json,
    ]))
    .expect("written");
    assert_eq!(
        review(&drafted, &drafted),
        review(&draft_json, &data("riverside-2025"))
    );
    assert_eq!(
        review(&drafted, &data("riverside-2026")),
        review(&draft_json, &data("riverside-2026"))
    );

    // The sample plan in a blank workbook, and in one pre-filled from its assessment.
    let sample = data("plans/riverside-plan-2025");
    for from in [None, Some(data("riverside-2025"))] {
        let out = temp("with-plan.xlsx");
        let mut list = vec!["blank", &out, "--plan", &sample];
        if let Some(from) = &from {
            list.extend(["--from", from.as_str()]);
        }
        assert_eq!(workbook::run(&args(&list)).expect("written"), "");
        assert_eq!(
            review(&out, &data("riverside-2026")),
            review(&sample, &data("riverside-2026"))
        );
        // And its plan, read from the workbook, into another.
        let again = temp("again.xlsx");
        workbook::run(&args(&["blank", &again, "--plan", &out])).expect("written");
        assert_eq!(
            review(&again, &data("riverside-2026")),
            review(&sample, &data("riverside-2026"))
        );
        let _ = std::fs::remove_file(again);
    }

    // Bad input: one line naming the file and cell, status 1; bad usage: status 2.
    let bad = temp("bad-plan.xlsx");
    std::fs::copy(&drafted, &bad).expect("copied");
    rewrite_part(
        &bad,
        "xl/sharedStrings.xml",
        "<t>Planned</t>",
        "<t>Plannd</t>",
    );
    let (m, status) = failure(
        plan::run(&args(&["review", &bad, &data("riverside-2026")])),
        |f| (f.message.clone(), f.status),
    );
    assert_eq!(status, 1);
    assert_eq!(
        m,
        format!("{bad}: 'Action plan'!G8: \"Plannd\" is not an action status (Planned, In progress, Done, Dropped); did you mean Planned?")
    );
    let (m, status) = failure(
        workbook::run(&args(&[
            "blank",
            &temp("x.xlsx"),
            "--from",
            &data("northfield-2026"),
            "--plan",
            &sample,
        ])),
        |f| (f.message.clone(), f.status),
    );
    assert_eq!(status, 1);
    assert!(m.starts_with("the plan is for \"Riverside and Vale ICS\" but the assessment is of \"Northfield and Coast ICS\""), "{m}");
    // A workbook with no plan, given as the plan.
    let no_plan = temp("no-plan.xlsx");
    workbook::run(&args(&["blank", &no_plan])).expect("written");
    let (m, status) = failure(
        plan::run(&args(&["review", &no_plan, &data("riverside-2026")])),
        |f| (f.message.clone(), f.status),
    );
    assert_eq!(status, 1);
    assert_eq!(
        m,
        format!("{no_plan}: the workbook has no sheet named 'Action plan'")
    );
    for usage in [
        &["blank", "x.xlsx", "--plan"][..],
        &["blank", "x.xlsx", "--plan", "a.json", "--plan", "b.json"],
        &["blank", "x.xlsx", "--from", "a.json", "--from", "b.json"],
    ] {
        let (m, status) = failure(workbook::run(&args(usage)), |f| {
            (f.message.clone(), f.status)
        });
        assert_eq!(status, 2, "{usage:?}");
        assert!(m.contains("usage: workbook"), "{m}");
    }
    for file in [drafted, draft_json, bad, no_plan, temp("with-plan.xlsx")] {
        let _ = std::fs::remove_file(file);
    }
}
