//! What every report promises whatever the data: maturity colours only (never red,
//! amber or green), no RAG wording, and CSV that spreadsheets read back cell for cell.

use mhics::cohort::Cohort;
use mhics::compare::compare;
use mhics::{evaluate, report, Assessment, Status, Target, MATRIX};

use crate::fixtures::csv;
use csv::read_csv;

fn sample(name: &str) -> Assessment {
    let path = format!("{}/examples/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
    Assessment::from_json(&std::fs::read_to_string(path).expect("a sample file"))
        .expect("a valid sample")
}

fn samples() -> Vec<Assessment> {
    [
        "riverside-2025",
        "riverside-2026",
        "northfield-2026",
        "eastgate-2026",
    ]
    .map(sample)
    .into()
}

/// Every report the crate writes, on the samples and on the extremes (nothing
/// answered, everything met).
fn all_reports() -> Vec<(String, String)> {
    let mut extremes = vec![Assessment::new("Nothing answered").unwrap()];
    let mut all_met = Assessment::builder("Everything met");
    for c in MATRIX.criteria() {
        all_met = all_met.respond(c.id().to_string(), Status::Met);
    }
    extremes.push(all_met.build().unwrap());
    let mut assessments = samples();
    assessments.extend(extremes);
    let mut out = Vec::new();
    for a in &assessments {
        let e = evaluate(a);
        let name = a.system().to_owned();
        for target in [Target::Next, Target::Level(mhics::Level::Thriving)] {
            out.push((
                format!("{name} markdown"),
                report::markdown::assessment(&e, target),
            ));
            out.push((format!("{name} gaps csv"), report::csv::gaps(a, target)));
        }
        out.push((
            format!("{name} progression csv"),
            report::csv::progression(&e),
        ));
        out.push((format!("{name} svg"), report::svg::assessment(&e)));
    }
    let cohort = Cohort::latest_of_each(&assessments).unwrap();
    out.push(("cohort markdown".into(), report::markdown::cohort(&cohort)));
    out.push(("cohort svg".into(), report::svg::cohort(&cohort)));
    out.push((
        "cohort csv".into(),
        report::csv::cohort_subsections(&cohort),
    ));
    out.push((
        "cohort criteria csv".into(),
        report::csv::cohort_criteria(&cohort),
    ));
    for a in &assessments {
        let learning = cohort.peer_learning(a, Target::Next);
        out.push((
            "peers markdown".into(),
            report::markdown::peer_learning(a, &learning),
        ));
        out.push(("peers csv".into(), report::csv::peer_learning(&learning)));
    }
    let (before, after) = (&assessments[0], &assessments[1]);
    let comparison = compare(before, after).unwrap();
    out.push((
        "comparison markdown".into(),
        report::markdown::comparison(&comparison),
    ));
    out.push((
        "comparison csv".into(),
        report::csv::comparison(&comparison),
    ));
    out.push((
        "comparison svg".into(),
        report::svg::comparison(&comparison),
    ));
    out
}

/// Hue (degrees), saturation and lightness of `#rrggbb`.
fn hsl(hex: &str) -> (f64, f64, f64) {
    let channel = |i: usize| f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
    let (r, g, b) = (channel(1), channel(3), channel(5));
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    let l = (max + min) / 2.0;
    if max == min {
        return (0.0, 0.0, l);
    }
    let d = max - min;
    let s = d / (1.0 - (2.0 * l - 1.0).abs());
    let h = if max == r {
        60.0 * (((g - b) / d).rem_euclid(6.0))
    } else if max == g {
        60.0 * ((b - r) / d + 2.0)
    } else {
        60.0 * ((r - g) / d + 4.0)
    };
    (h, s, l)
}

#[test]
fn heatmaps_use_maturity_colours_never_red_amber_or_green() {
    let mut seen = 0;
    for (name, text) in all_reports().iter().filter(|(n, _)| n.ends_with("svg")) {
        assert!(text.starts_with("<svg "), "{name}");
        assert!(text.trim_end().ends_with("</svg>"), "{name}");
        for (i, _) in text.match_indices('#') {
            let hex = &text[i..(i + 7).min(text.len())];
            if hex.len() < 7 || !hex[1..].chars().all(|c| c.is_ascii_hexdigit()) {
                continue;
            }
            seen += 1;
            let (h, s, l) = hsl(hex);
            // Greys, white and near-black are neutral; any other colour is blue-violet.
            let neutral = s < 0.12 || !(0.08..=0.97).contains(&l);
            assert!(
                neutral || (230.0..=290.0).contains(&h),
                "{name}: {hex} (hue {h:.0}, saturation {s:.2}) is not a maturity colour"
            );
        }
        for word in ["red", "green", "amber", "orange", "yellow"] {
            assert!(
                !text.contains(&format!("\"{word}\"")),
                "{name}: named colour {word}"
            );
        }
    }
    assert!(seen > 100, "the test saw the colours ({seen})");
}

/// Pictures are drawn for the width of an A4 page's text (186 mm, 700 units at 96 to
/// the inch), so that printed at that width a unit is about 0.75 pt: text of 11 units
/// or more prints at 8 pt or more.
#[test]
fn pictures_are_drawn_for_a4_with_text_that_prints_at_8_pt_or_more() {
    let mut seen = 0;
    for (name, text) in all_reports().iter().filter(|(n, _)| n.ends_with("svg")) {
        assert!(
            text.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="700" "#),
            "{name}"
        );
        for size in text.split(r#"font-size=""#).skip(1) {
            let size: f64 = size
                .split('"')
                .next()
                .and_then(|s| s.parse().ok())
                .expect("a size");
            assert!(
                size * 0.75 >= 8.0,
                "{name}: text of {size} units prints under 8 pt"
            );
            seen += 1;
        }
    }
    assert!(seen > 20, "the test saw the sizes ({seen})");
}

#[test]
fn no_report_rates_a_system_red_amber_or_green() {
    for (name, text) in all_reports() {
        let words = text
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase);
        for word in words {
            assert!(
                !["red", "amber", "green", "rag"].contains(&word.as_str()),
                "{name} says {word:?}"
            );
        }
    }
}

#[test]
fn csv_reads_back_cell_for_cell() {
    let mut a = sample("northfield-2026");
    // A note that needs quoting every way.
    a.set(
        "2.3-D1".parse().unwrap(),
        mhics::Response::with_note(Status::Partial, "Line one, with \"quotes\"\nline two"),
    )
    .unwrap();
    let e = evaluate(&a);
    let rows = read_csv(&report::csv::gaps(
        &a,
        Target::Level(mhics::Level::Thriving),
    ));
    assert_eq!(
        rows[0],
        [
            "id",
            "subsection",
            "level",
            "theme",
            "status",
            "text",
            "note"
        ]
    );
    let gaps: Vec<_> = mhics::gaps(&a, Target::Level(mhics::Level::Thriving)).collect();
    assert_eq!(rows.len(), gaps.len() + 1);
    for (row, gap) in rows[1..].iter().zip(&gaps) {
        let id = gap.criterion.id();
        assert_eq!(row.len(), 7);
        assert_eq!(row[0], id.to_string());
        assert_eq!(row[3], gap.theme.name());
        assert_eq!(row[4], gap.status.as_str());
        assert_eq!(row[5], gap.criterion.full_text());
        assert_eq!(row[6], a.note(id).unwrap_or(""));
    }
    assert!(rows
        .iter()
        .any(|r| r[6] == "Line one, with \"quotes\"\nline two"));

    let rows = read_csv(&report::csv::progression(&e));
    assert_eq!(rows.len(), 1 + 3 * MATRIX.subsection_count());
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));

    let pair = [a.clone(), sample("eastgate-2026")];
    let cohort = Cohort::new(&pair).unwrap();
    let rows = read_csv(&report::csv::cohort_criteria(&cohort));
    assert_eq!(rows.len(), 1 + MATRIX.criterion_count());
    for (row, share) in rows[1..].iter().zip(cohort.criterion_shares()) {
        assert_eq!(row[0], share.criterion.id().to_string());
        assert_eq!(row[4], share.met.to_string());
        assert_eq!(row[9], "2");
    }
}

#[test]
fn the_comparison_summary_reads_as_a_sentence_per_fact() {
    let (before, after) = (sample("riverside-2025"), sample("riverside-2026"));
    let c = compare(&before, &after).unwrap();
    let text = c.summary().to_string();
    assert!(
        text.starts_with("Riverside and Vale ICS, 2025-10-02 to 2026-10-01: "),
        "{text}"
    );
    assert!(
        text.contains(" 1 sub-section moved down: 2.3 Developing to Not yet Developing."),
        "{text}"
    );
    assert!(
        text.ends_with(" Overall attainment unchanged: Not yet Developing."),
        "{text}"
    );
    let itself = compare(&after, &after).unwrap().summary().to_string();
    assert!(
        itself.contains(": 0 criteria newly met, 0 regressed,"),
        "{itself}"
    );
    assert!(
        itself.contains(" No sub-section moved up. No sub-section moved down."),
        "{itself}"
    );
}
