//! Workbooks in the examples (feature `xlsx`): read wherever assessment files are read,
//! with the same output as the JSON they were written from, and plans that travel in
//! workbooks.

use super::*;

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
        format!("{bad}: 'Action plan'!G8: unknown status \"Plannd\" for action \"A1\"; expected one of: Planned, In progress, Done, Dropped; did you mean `Planned`?")
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
    assert!(m.starts_with("the plan is for \"Riverside and Vale ICS\", but the assessment is of \"Northfield and Coast ICS\""), "{m}");
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
