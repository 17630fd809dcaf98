//! The Summary sheet as a real spreadsheet program recalculates it (LibreOffice Calc)
//! equals the crate's evaluation of the workbook, cell for cell; and a workbook with an
//! action plan, saved again by LibreOffice (with an action added and a status changed
//! there), reads back as the same plan.
//!
//! Blank workbooks are filled at random through the `Status` cells in LibreOffice, with
//! the drop-down's labels (and now and then a status ID, other case or spaces, as a
//! person may type), recalculated and saved; the saved Summary must be the evaluation of
//! the workbook as the crate reads it back. Pre-filled workbooks (the samples and random
//! assessments) are recalculated the same way.
//!
//! Needs LibreOffice Calc and python3-uno, so `cargo test` leaves it out; `.ci/run`
//! runs it: `cargo test --features xlsx --test spreadsheet -- --ignored`.
//! `MHICS_SPREADSHEET_SEED` repeats a run (each run prints its seed),
//! `MHICS_SPREADSHEET_FILLS` sets how many blank workbooks are filled (default 12), and
//! `MHICS_PYTHON` names the Python that has `uno` (default `/usr/bin/python3`).
#![cfg(feature = "xlsx")]

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx};
use mhics::plan::{Action, ActionStatus, Plan};
use mhics::workbook::{self, ABOUT_SHEET, PLAN_SHEET, SUMMARY_SHEET};
use mhics::{Assessment, CriterionId, Status, Target, MATRIX, MHICS_2019};

#[path = "../api/fixtures/summary.rs"]
mod summary;

/// xorshift64*: enough randomness for fills, and repeatable from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in 0..1.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Random statuses that reach every attained level: each level of each sub-section is
/// met with a chance of 1, 0.9 or 0.5 per criterion; some criteria do not apply, some
/// are left blank.
fn statuses(rng: &mut Rng) -> Vec<(CriterionId, Status)> {
    let mut out = Vec::new();
    for subsection in MATRIX.subsections() {
        for level in subsection.levels() {
            let met = [1.0, 0.9, 0.5][rng.below(3)];
            for criterion in level.criteria() {
                let r = rng.unit();
                let status = if r < 0.08 {
                    Some(Status::NotApplicable)
                } else if r < met {
                    Some(Status::Met)
                } else {
                    [None, Some(Status::Partial), Some(Status::NotMet)][rng.below(3)]
                };
                if let Some(status) = status {
                    out.push((criterion.id(), status));
                }
            }
        }
    }
    out
}

/// What a person puts in a `Status` cell for `status`: mostly the drop-down's label,
/// now and then the status ID, the label in capitals, or the label with spaces around.
fn typed(status: Status, rng: &mut Rng) -> String {
    let label = workbook::status_label(status);
    match rng.below(20) {
        0 => status.as_str().to_owned(),
        1 => label.to_uppercase(),
        2 => format!(" {label} "),
        _ => label.to_owned(),
    }
}

/// Every sheet of a workbook as (name, rows of cells), as stored.
fn sheets(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a workbook");
    book.worksheets()
        .into_iter()
        .map(|(name, range)| {
            let (top, left) = range.start().unwrap_or((0, 0));
            let mut rows = vec![Vec::new(); top as usize];
            for row in range.rows() {
                let mut cells = vec![Data::Empty; left as usize];
                cells.extend_from_slice(row);
                rows.push(cells);
            }
            (name, rows)
        })
        .collect()
}

/// Where each criterion's `Status` cell is: (sheet, row, column), from 0.
fn status_cells(bytes: &[u8]) -> Vec<(CriterionId, String, u32, u32)> {
    let mut out = Vec::new();
    for (name, rows) in sheets(bytes) {
        if name == ABOUT_SHEET || name == SUMMARY_SHEET {
            continue;
        }
        let text = |d: &Data| summary::text(d);
        let header = rows
            .iter()
            .position(|r| r.iter().any(|c| text(c) == "ID"))
            .expect("a header");
        let column = |h: &str| rows[header].iter().position(|c| text(c) == h).expect(h);
        let (id, status) = (column("ID"), column("Status"));
        for (r, row) in rows.iter().enumerate().skip(header + 1) {
            if let Some(Ok(criterion)) = row.get(id).map(|c| text(c).parse::<CriterionId>()) {
                out.push((criterion, name.clone(), r as u32, status as u32));
            }
        }
    }
    out
}

struct Job {
    name: String,
    input: PathBuf,
    output: PathBuf,
    fill: Vec<(String, u32, u32, String)>,
    /// The assessment the workbook holds once filled.
    holds: Assessment,
}

fn python() -> String {
    std::env::var("MHICS_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".to_owned())
}

fn recalculate(dir: &Path, jobs: &[Job]) {
    let list: Vec<serde_json::Value> = jobs
        .iter()
        .map(|job| {
            serde_json::json!({
                "in": job.input,
                "out": job.output,
                "fill": job.fill.iter().map(|(s, r, c, t)| serde_json::json!([s, r, c, t])).collect::<Vec<_>>(),
            })
        })
        .collect();
    let path = dir.join("jobs.json");
    std::fs::write(&path, serde_json::to_vec(&list).expect("JSON")).expect("jobs written");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spreadsheet/recalculate.py");
    let output = Command::new(python())
        .arg(script)
        .arg(&path)
        .output()
        .expect("Python runs (MHICS_PYTHON)");
    assert!(
        output.status.success(),
        "LibreOffice recalculation failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
#[ignore = "needs LibreOffice Calc and python3-uno; .ci/run runs it"]
fn libreoffice_recalculates_the_summary_as_the_crate_evaluates() {
    let seed = std::env::var("MHICS_SPREADSHEET_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        });
    let fills: usize = std::env::var("MHICS_SPREADSHEET_FILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(12);
    eprintln!("MHICS_SPREADSHEET_SEED={seed}");
    let mut rng = Rng(seed);
    let dir = std::env::temp_dir().join(format!("mhics-spreadsheet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");

    let blank = workbook::write(MHICS_2019, None).expect("written");
    let cells = status_cells(&blank);
    assert_eq!(cells.len(), MATRIX.criterion_count());
    let blank_path = dir.join("blank.xlsx");
    std::fs::write(&blank_path, &blank).expect("written");

    let mut jobs = Vec::new();
    for n in 0..fills {
        let statuses = statuses(&mut rng);
        let mut holds = Assessment::builder("Filled in LibreOffice");
        let mut fill = vec![(
            ABOUT_SHEET.to_owned(),
            5,
            1,
            "Filled in LibreOffice".to_owned(),
        )];
        for (id, status) in &statuses {
            let (_, sheet, row, column) = cells.iter().find(|c| c.0 == *id).expect("a cell");
            fill.push((sheet.clone(), *row, *column, typed(*status, &mut rng)));
            holds = holds.respond(id.to_string(), *status);
        }
        jobs.push(Job {
            name: format!("blank filled #{n}"),
            input: blank_path.clone(),
            output: dir.join(format!("filled-{n}.xlsx")),
            fill,
            holds: holds.build().expect("an assessment"),
        });
    }
    let samples = [
        "riverside-2025",
        "riverside-2026",
        "northfield-2026",
        "eastgate-2026",
    ];
    let mut prefilled: Vec<(String, Assessment)> = samples
        .iter()
        .map(|name| {
            let path = format!("{}/examples/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).expect("a sample");
            (
                name.to_string(),
                Assessment::from_json(&text).expect("valid"),
            )
        })
        .collect();
    for n in 0..4 {
        let mut a = Assessment::builder("Pre-filled");
        for (id, status) in statuses(&mut rng) {
            a = a.respond(id.to_string(), status);
        }
        prefilled.push((
            format!("pre-filled #{n}"),
            a.build().expect("an assessment"),
        ));
    }
    for (name, assessment) in prefilled {
        let input = dir.join(format!("{name}.xlsx").replace([' ', '#'], "-"));
        let bytes = workbook::write(MHICS_2019, Some(&assessment)).expect("written");
        std::fs::write(&input, bytes).expect("written");
        jobs.push(Job {
            output: input.with_extension("recalculated.xlsx"),
            input,
            name,
            fill: Vec::new(),
            holds: assessment,
        });
    }

    recalculate(&dir, &jobs);

    for job in &jobs {
        let bytes = std::fs::read(&job.output).expect("saved by LibreOffice");
        let read = workbook::read(MHICS_2019, &bytes)
            .unwrap_or_else(|e| panic!("{}: the saved workbook reads back: {e}", job.name));
        let statuses = |a: &Assessment| a.responses().map(|(id, s, _)| (id, s)).collect::<Vec<_>>();
        assert_eq!(
            statuses(&read),
            statuses(&job.holds),
            "{}: what was filled in",
            job.name
        );
        let (_, rows) = sheets(&bytes)
            .into_iter()
            .find(|(name, _)| name == SUMMARY_SHEET)
            .expect("a Summary");
        let shown = summary::shown(&rows);
        let expected = summary::expected(&read);
        for (row, (got, want)) in shown.iter().zip(&expected).enumerate() {
            assert_eq!(
                got,
                want,
                "{} (seed {seed}): Summary row {}",
                job.name,
                row + 1
            );
        }
        assert_eq!(shown.len(), expected.len(), "{}: Summary rows", job.name);
    }
    // A fill reaches more than one attained level, or the comparison shows little.
    let attained: std::collections::BTreeSet<String> = jobs
        .iter()
        .flat_map(|job| {
            summary::expected(&job.holds)
                .into_iter()
                .map(|r| r[4].clone())
        })
        .collect();
    assert!(attained.len() >= 3, "{attained:?}");
    std::fs::remove_dir_all(&dir).ok();
}

/// Runs a program, failing the test with its error output when it fails.
fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    assert!(
        output.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
#[ignore = "needs LibreOffice Calc and poppler-utils; .ci/run runs it"]
fn the_summary_prints_on_one_landscape_page() {
    let dir = std::env::temp_dir().join(format!("mhics-print-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    let path = format!(
        "{}/examples/data/northfield-2026.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).expect("a sample");
    let assessment = Assessment::from_json(&text).expect("valid");
    let xlsx = dir.join("northfield.xlsx");
    std::fs::write(
        &xlsx,
        workbook::write(MHICS_2019, Some(&assessment)).expect("written"),
    )
    .expect("written");
    let profile = format!("-env:UserInstallation=file://{}/profile", dir.display());
    let outdir = dir.display().to_string();
    let soffice = std::env::var("MHICS_SOFFICE").unwrap_or_else(|_| "soffice".to_owned());
    run(
        &soffice,
        &[
            "--headless",
            &profile,
            "--convert-to",
            "pdf",
            "--outdir",
            &outdir,
            &xlsx.display().to_string(),
        ],
    );
    let pdf = dir.join("northfield.pdf").display().to_string();
    assert_landscape(&pdf);
    let text = run("pdftotext", &["-layout", &pdf, "-"]);
    let pages: Vec<&str> = text.split('\u{c}').collect();
    assert!(pages[0].contains("How to fill in"), "page 1 is About");
    assert!(pages[1].contains("Summary: "), "page 2 is the Summary");
    assert!(
        pages[1].contains("Overall"),
        "the whole Summary is on page 2"
    );
    for subsection in MATRIX.subsections() {
        let title = subsection.title();
        assert!(pages[1].contains(title), "{title} on the Summary's page");
    }
    assert!(pages[2].contains("Domain 1: "), "page 3 is Domain 1");
    std::fs::remove_dir_all(&dir).ok();
}

/// A plan with the awkward text a person may type: markup, line breaks, OOXML's own
/// escapes, emoji, a formula-like title, spaces around a name, a date before 1900.
fn awkward_plan() -> Plan {
    let mut plan = Plan::new(" Riverside & Vale <ICS> ").expect("a name");
    plan.set_assessed(mhics::Date::new(1899, 12, 31).ok());
    let texts = [
        (
            "=A1+1".to_owned(),
            "<b>bold</b> & _x000D_ \u{1F9E0}\nsecond line".to_owned(),
        ),
        (
            "Caf\u{e9} e\u{301}".to_owned(),
            "*starred* | piped\n\n  indented".to_owned(),
        ),
        (
            "@handle".to_owned(),
            "a long note ".repeat(300).trim_end().to_owned(),
        ),
    ];
    let criteria: Vec<CriterionId> = MATRIX.criteria().map(|c| c.id()).collect();
    for (i, (title, note)) in texts.into_iter().enumerate() {
        let ids = criteria[i * 7..i * 7 + 1 + i * 3].iter().rev().copied();
        let mut action = Action::new(format!(" B{i} "), title, ids).expect("valid");
        action
            .set_owner(Some(format!("  Owner {i}  ")))
            .expect("valid");
        action
            .set_lead(Some("Lead\nand deputy".into()))
            .expect("valid");
        action.set_due(mhics::Date::new(2027, 1 + i as u8, 15).ok());
        action.set_status(ActionStatus::ALL[i + 1]);
        action.set_note(Some(note)).expect("valid");
        plan.push(action).expect("a new ID");
    }
    plan
}

#[test]
#[ignore = "needs LibreOffice Calc and python3-uno; .ci/run runs it"]
fn a_plan_saved_by_libreoffice_reads_back_the_same() {
    let dir = std::env::temp_dir().join(format!("mhics-plan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    let sample = |path: &str| {
        let path = format!("{}/examples/data/{path}.json", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).expect("a sample")
    };
    let assessment = Assessment::from_json(&sample("riverside-2025")).expect("valid");
    let sample_plan = Plan::from_json(&sample("plans/riverside-plan-2025")).expect("valid");
    let plans = [
        ("sample", sample_plan),
        ("drafted", Plan::draft(&assessment, Target::Next)),
        ("awkward", awkward_plan()),
    ];
    // Each workbook saved untouched, and filled in: the first action done, an action
    // added in the first blank row (its date typed as text), as a person would.
    let mut jobs = Vec::new();
    let mut expected = Vec::new();
    for (name, plan) in plans {
        let with = (plan.system() == assessment.system()).then_some(&assessment);
        let bytes = workbook::write_with_plan(MHICS_2019, with, &plan).expect("written");
        let input = dir.join(format!("{name}.xlsx"));
        std::fs::write(&input, &bytes).expect("written");
        let (_, rows) = sheets(&bytes)
            .into_iter()
            .find(|(n, _)| n == PLAN_SHEET)
            .expect("the plan sheet");
        let header = rows
            .iter()
            .position(|r| r.first().is_some_and(|c| summary::text(c) == "ID"))
            .expect("a header") as u32;
        let first = header + 1;
        let added = first + plan.actions().len() as u32;
        let typed = [
            (first, 6, "done"),
            (added, 0, "Z9"),
            (added, 1, "Added in LibreOffice"),
            (added, 2, "3.7-T1,\n3.7-T2"),
            (added, 5, "2027-01-31"),
            (added, 6, "In progress"),
        ];
        let mut filled = plan.clone();
        if let Some(a) = filled.actions_mut().next() {
            a.set_status(ActionStatus::Done);
        }
        let both = ["3.7-T1".parse().unwrap(), "3.7-T2".parse().unwrap()];
        let mut extra = Action::new("Z9", "Added in LibreOffice", both).expect("valid");
        extra.set_due(mhics::Date::new(2027, 1, 31).ok());
        extra.set_status(ActionStatus::InProgress);
        filled.push(extra).expect("a new ID");
        let holds = with
            .cloned()
            .unwrap_or_else(|| Assessment::new("(no assessment)").expect("a name"));
        for (suffix, fill, plan) in [
            ("saved", &typed[..0], plan.clone()),
            ("filled", &typed[..], filled),
        ] {
            jobs.push(Job {
                name: format!("{name} {suffix}"),
                input: input.clone(),
                output: dir.join(format!("{name}-{suffix}.xlsx")),
                fill: fill
                    .iter()
                    .map(|(r, c, t)| (PLAN_SHEET.to_owned(), *r, *c, (*t).to_owned()))
                    .collect(),
                holds: holds.clone(),
            });
            expected.push((plan, with.is_some()));
        }
    }
    recalculate(&dir, &jobs);
    for (job, (plan, with_assessment)) in jobs.iter().zip(&expected) {
        let bytes = std::fs::read(&job.output).expect("saved by LibreOffice");
        let read = workbook::read_plan(MHICS_2019, &bytes)
            .unwrap_or_else(|e| panic!("{}: the saved plan reads back: {e}", job.name));
        for (a, b) in read.actions().iter().zip(plan.actions()) {
            assert_eq!(a, b, "{}", job.name);
        }
        assert_eq!(&read, plan, "{}", job.name);
        if *with_assessment {
            let assessment = workbook::read(MHICS_2019, &bytes).expect("the assessment reads");
            assert_eq!(assessment, job.holds, "{}", job.name);
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
#[ignore = "needs LibreOffice Calc and poppler-utils; .ci/run runs it"]
fn the_plan_prints_on_landscape_pages_one_page_wide() {
    let dir = std::env::temp_dir().join(format!("mhics-plan-print-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    let path = format!(
        "{}/examples/data/plans/riverside-plan-2025.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let plan = Plan::from_json(&std::fs::read_to_string(path).expect("a sample")).expect("valid");
    let xlsx = dir.join("plan.xlsx");
    let bytes = workbook::write_with_plan(MHICS_2019, None, &plan).expect("written");
    std::fs::write(&xlsx, bytes).expect("written");
    let profile = format!("-env:UserInstallation=file://{}/profile", dir.display());
    let soffice = std::env::var("MHICS_SOFFICE").unwrap_or_else(|_| "soffice".to_owned());
    let outdir = dir.display().to_string();
    let input = xlsx.display().to_string();
    let args = [
        "--headless",
        &profile,
        "--convert-to",
        "pdf",
        "--outdir",
        &outdir,
        &input,
    ];
    run(&soffice, &args);
    let pdf = dir.join("plan.pdf").display().to_string();
    let text = run("pdftotext", &["-layout", &pdf, "-"]);
    let pages: Vec<&str> = text.split('\u{c}').collect();
    let page = pages
        .iter()
        .find(|p| p.contains("What the system agrees to do about its gaps"))
        .expect("a page of the plan");
    // One page wide: every column's header, and every action's ID, title's first word
    // and status, on the plan's first page.
    for header in workbook::PLAN_HEADERS {
        assert!(page.contains(header), "{header} on the page");
    }
    for action in plan.actions() {
        let first = action.title().split(' ').next().unwrap_or_default();
        let line = page
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{} ", action.id())))
            .unwrap_or_else(|| panic!("{} on the page", action.id()));
        assert!(line.contains(first), "{line}");
        assert!(line.contains(action.status().name()), "{line}");
    }
    assert_landscape(&pdf);
    std::fs::remove_dir_all(&dir).ok();
}

/// Asserts that the pages of the PDF at `pdf` are landscape (wider than tall).
fn assert_landscape(pdf: &str) {
    let info = run("pdfinfo", &[pdf]);
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .expect("a page size");
    let numbers: Vec<f64> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(numbers[0] > numbers[1], "landscape pages: {size}");
}
