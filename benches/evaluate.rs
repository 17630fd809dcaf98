//! Compiled-in data and bit sets against the data-file approach (JSON parsed into owned
//! structs, responses in a `HashMap`), on the same complete assessment.
//!
//! `cargo bench --bench evaluate`; see BENCHMARKS.md.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, Criterion, Throughput};
use mhics::perspectives::Consolidation;
use mhics::{
    evaluate, gaps, Assessment, CriterionId, Edition, Level, Response, Status, MATRIX, MHICS_2019,
};

#[path = "../tests/api/fixtures/baseline.rs"]
mod baseline;
#[path = "baseline/consolidate.rs"]
mod baseline_consolidate;
#[path = "../tests/api/fixtures/large.rs"]
mod edition_2000;

/// A complete assessment (every criterion answered) of a system part-way along: most
/// Developing criteria met, Maturing mixed, Thriving mostly open, a few not applicable.
fn complete_assessment(edition: Edition) -> Assessment {
    let mut a = Assessment::builder("Benchmark ICS")
        .edition(edition)
        .build()
        .expect("a name");
    for (i, criterion) in edition.matrix().criteria().enumerate() {
        let roll = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58; // 0..64
        let status = match (criterion.id().level(), roll) {
            (_, 0..=2) => Status::NotApplicable,
            (Level::Developing, r) if r < 56 => Status::Met,
            (Level::Maturing, r) if r < 36 => Status::Met,
            (Level::Thriving, r) if r < 12 => Status::Met,
            (_, r) if r % 2 == 0 => Status::Partial,
            _ => Status::NotMet,
        };
        let response = if roll % 5 == 0 {
            Response::with_note(status, format!("Evidence for {}", criterion.id()))
        } else {
            Response::new(status)
        };
        a.set(criterion.id(), response).expect("a real criterion");
    }
    a
}

/// Checks that the crate and the baseline agree on an assessment's evaluation and gaps.
fn agree(assessment: &Assessment, model: &baseline::Model, file: &baseline::AssessmentFile) {
    let ours = evaluate(assessment);
    let theirs = baseline::evaluate(model, &file.responses);
    assert_eq!(ours.subsections().len(), theirs.subsections.len());
    for (o, t) in ours.subsections().zip(&theirs.subsections) {
        assert_eq!(o.id().to_string(), t.id);
        let attained = o.attained().map_or(0, |l| l.index() as u8 + 1);
        assert_eq!(attained, t.attained);
        for (oc, tc) in o.coverages().iter().zip(&t.coverage) {
            assert_eq!(
                (oc.met, oc.applicable, oc.total),
                (tc.met, tc.applicable, tc.total)
            );
        }
    }
    let our_gaps: Vec<String> = gaps(assessment, mhics::Target::Next)
        .map(|g| g.criterion.id().to_string())
        .collect();
    let their_gaps: Vec<&str> = baseline::gaps(model, &file.responses)
        .iter()
        .map(|g| g.id)
        .collect();
    assert_eq!(our_gaps, their_gaps);
    assert!(!our_gaps.is_empty());
}

fn large(c: &mut Criterion) {
    use edition_2000::LARGE;
    let assessment = complete_assessment(LARGE);
    assert!(LARGE.matrix().criterion_count() > 1900);
    let loaded = baseline::load(&LARGE.matrix().to_json());
    let file: baseline::AssessmentFile =
        serde_json::from_str(&assessment.to_json()).expect("the baseline reads the file");
    agree(&assessment, &loaded.model, &file);
    let mut group = c.benchmark_group("evaluate_large");
    group.bench_function("edition_2000", |b| {
        b.iter(|| evaluate(black_box(&assessment)))
    });
    group.bench_function("baseline_json_hashmap", |b| {
        b.iter(|| baseline::evaluate(black_box(&loaded.model), black_box(&file.responses)))
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let assessment = complete_assessment(MHICS_2019);
    let assessment_json = assessment.to_json();
    let export_json = MATRIX.to_json();
    let loaded = baseline::load(&export_json);
    let file: baseline::AssessmentFile =
        serde_json::from_str(&assessment_json).expect("the baseline reads the file");
    assert_eq!(assessment.response_count(), MATRIX.criterion_count());

    // Both sides must agree before either is timed.
    agree(&assessment, &loaded.model, &file);

    let mut group = c.benchmark_group("evaluate");
    group.bench_function("mhics", |b| b.iter(|| evaluate(black_box(&assessment))));
    group.bench_function("baseline_json_hashmap", |b| {
        b.iter(|| baseline::evaluate(black_box(&loaded.model), black_box(&file.responses)))
    });
    group.finish();

    let mut group = c.benchmark_group("gaps");
    group.bench_function("mhics", |b| {
        b.iter(|| gaps(black_box(&assessment), mhics::Target::Next).collect::<Vec<_>>())
    });
    group.bench_function("baseline_json_hashmap", |b| {
        b.iter(|| baseline::gaps(black_box(&loaded.model), black_box(&file.responses)))
    });
    group.finish();

    let mut group = c.benchmark_group("load");
    group.bench_function("mhics_static", |b| {
        b.iter(|| {
            let id: CriterionId = black_box("3.2-M9").parse().expect("well formed");
            MATRIX.criterion(id).map(|c| c.text().len())
        })
    });
    group.bench_function("baseline_json_parse", |b| {
        b.iter(|| {
            let loaded = baseline::load(black_box(&export_json));
            loaded.criterion("3.2-M9").map(|c| c.text.len())
        })
    });
    group.finish();

    let mut group = c.benchmark_group("parse_assessment");
    group.throughput(Throughput::Bytes(assessment_json.len() as u64));
    group.bench_function("mhics", |b| {
        b.iter(|| Assessment::from_json(black_box(&assessment_json)).expect("valid"))
    });
    group.finish();

    // One core, one million evaluations of distinct assessments (cycled from 64 variants).
    let variants: Vec<Assessment> = (0..64)
        .map(|v| {
            let mut a = assessment.clone();
            for criterion in MATRIX.criteria().skip(v * 4).take(v) {
                a.set(criterion.id(), Response::new(Status::Met))
                    .expect("real");
            }
            a
        })
        .collect();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    group.throughput(Throughput::Elements(1_000_000));
    group.bench_function("mhics_1m", |b| {
        b.iter(|| {
            let mut thriving = 0usize;
            for i in 0..1_000_000 {
                let e = evaluate(black_box(&variants[i % variants.len()]));
                thriving += e.attaining(Level::Thriving);
            }
            thriving
        })
    });
    group.finish();
}

/// Ten partners' answers to the same system: the complete assessment with each partner
/// moving some answers (a tenth left unanswered, some not applicable, some a step
/// either way), so that they disagree on many criteria.
fn partners(base: &Assessment) -> Vec<Assessment> {
    (0..10u64)
        .map(|p| {
            let mut a = base.clone();
            a.set_respondent(Some(format!("Partner {p}")))
                .expect("valid text");
            for (i, criterion) in MATRIX.criteria().enumerate() {
                let roll = (i as u64 ^ p << 9).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 59; // 0..32
                let id = criterion.id();
                match roll {
                    0..=2 => {
                        a.clear(id);
                    }
                    3 => {
                        a.set(id, Response::new(Status::NotApplicable))
                            .expect("real");
                    }
                    4..=6 => {
                        a.set(id, Response::new(Status::Partial)).expect("real");
                    }
                    7..=8 => {
                        a.set(id, Response::new(Status::NotMet)).expect("real");
                    }
                    9..=10 => {
                        a.set(id, Response::new(Status::Met)).expect("real");
                    }
                    _ => {}
                }
            }
            a
        })
        .collect()
}

fn consolidate_benches(c: &mut Criterion) {
    let partners = partners(&complete_assessment(MHICS_2019));
    let refs: Vec<&Assessment> = partners.iter().collect();
    let ids: Vec<String> = MATRIX.criteria().map(|c| c.id().to_string()).collect();
    let maps: Vec<HashMap<String, baseline_consolidate::Status>> = partners
        .iter()
        .map(|a| {
            a.responses()
                .map(|(id, status, _)| {
                    let status = match status {
                        Status::Met => baseline_consolidate::Status::Met,
                        Status::Partial => baseline_consolidate::Status::Partial,
                        Status::NotMet => baseline_consolidate::Status::NotMet,
                        Status::NotApplicable => baseline_consolidate::Status::NotApplicable,
                    };
                    (id.to_string(), status)
                })
                .collect()
        })
        .collect();

    // Both sides must agree before either is timed.
    let ours = Consolidation::of(refs.iter().copied()).expect("one edition");
    let theirs = baseline_consolidate::consolidate(&ids, &maps);
    let mut contested = 0;
    for criterion in MATRIX.criteria() {
        let id = criterion.id();
        let t = theirs[id.to_string().as_str()];
        let status = ours.status(id).map(|s| s as usize);
        assert_eq!(status, t.status.map(|s| s as usize), "{id}");
        assert_eq!(ours.spread(id), t.spread, "{id}");
        assert_eq!(
            ours.applicability_disputed(id),
            t.applicability_disputed,
            "{id}"
        );
        contested += usize::from(t.spread > 0 || t.applicability_disputed);
    }
    assert_eq!(ours.contested_count(), contested);
    assert!(
        contested > 100,
        "the partners disagree on {contested} criteria"
    );

    let mut group = c.benchmark_group("consolidate");
    group.bench_function("mhics", |b| {
        b.iter(|| Consolidation::of(black_box(&refs).iter().copied()).expect("one edition"))
    });
    group.bench_function("baseline_hashmap", |b| {
        b.iter(|| baseline_consolidate::consolidate(black_box(&ids), black_box(&maps)))
    });
    group.finish();
}

criterion_group!(evaluate_benches, benches, large, consolidate_benches);

/// The targets, checked against this run's estimates once every benchmark has run.
const TARGETS: [Target; 7] = [
    Target::Ratio("evaluate/mhics", "evaluate/baseline_json_hashmap", 100.0),
    Target::Ratio(
        "evaluate_large/edition_2000",
        "evaluate_large/baseline_json_hashmap",
        50.0,
    ),
    Target::Under("evaluate/mhics", 200.0),
    Target::Ratio("gaps/mhics", "gaps/baseline_json_hashmap", 20.0),
    Target::Ratio("load/mhics_static", "load/baseline_json_parse", 100.0),
    Target::Under("batch/mhics_1m", 1e9),
    Target::Ratio("consolidate/mhics", "consolidate/baseline_hashmap", 50.0),
];

enum Target {
    /// `.0` at least `.2` times faster than `.1`.
    Ratio(&'static str, &'static str, f64),
    /// `.0` under `.1` nanoseconds.
    Under(&'static str, f64),
}

/// The time per iteration in nanoseconds that criterion recorded for `id` during this
/// run.
fn estimate(id: &str, since: std::time::SystemTime) -> Option<f64> {
    let dir = std::env::var_os("CARGO_TARGET_DIR").unwrap_or_else(|| "target".into());
    let path = std::path::Path::new(&dir)
        .join("criterion")
        .join(id)
        .join("new/estimates.json");
    if std::fs::metadata(&path).ok()?.modified().ok()? < since {
        return None; // left from an earlier run
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    // The estimate criterion prints as "time": the slope of the linear fit where it
    // sampled linearly, the mean otherwise.
    json["slope"]["point_estimate"]
        .as_f64()
        .or_else(|| json["mean"]["point_estimate"].as_f64())
}

fn human(ns: f64) -> String {
    match ns {
        ns if ns >= 1e6 => format!("{:.2} ms", ns / 1e6),
        ns if ns >= 1e3 => format!("{:.2} µs", ns / 1e3),
        ns => format!("{ns:.1} ns"),
    }
}

fn main() {
    let start = std::time::SystemTime::now();
    evaluate_benches();
    Criterion::default().configure_from_args().final_summary();
    println!("\ntargets (this run's estimates):");
    for target in TARGETS {
        let line = match target {
            Target::Ratio(ours, theirs, at_least) => {
                match (estimate(ours, start), estimate(theirs, start)) {
                    (Some(a), Some(b)) => format!(
                        "{} {ours} {} vs {theirs} {}: {:.0}x faster (target: at least {at_least:.0}x)",
                        if b / a >= at_least { "met" } else { "MISSED" },
                        human(a),
                        human(b),
                        b / a
                    ),
                    _ => format!("not run: {ours} vs {theirs}"),
                }
            }
            Target::Under(id, limit) => match estimate(id, start) {
                Some(a) => format!(
                    "{} {id} {} (target: under {})",
                    if a < limit { "met" } else { "MISSED" },
                    human(a),
                    human(limit)
                ),
                None => format!("not run: {id}"),
            },
        };
        println!("  {line}");
    }
}
