//! Bad input and a hostile environment: each example refuses in one line with the right
//! exit status (bad files, the wrong order, endless or huge files, a full disk), reads a
//! file with a byte order mark, and ends quietly on a closed pipe.

use super::*;

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
