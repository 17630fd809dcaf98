//! Compiled-in data and bit sets against the data-file approach (JSON parsed into owned
//! structs, responses in a `HashMap`), on the same complete assessment.
//!
//! `cargo bench --bench evaluate`; see BENCHMARKS.md.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mhics::{evaluate, gaps, Assessment, CriterionId, Level, Response, Status, Target, MATRIX};

mod baseline;

/// A complete assessment (every criterion answered) of a system part-way along: most
/// Developing criteria met, Maturing mixed, Thriving mostly open, a few not applicable.
fn complete_assessment() -> Assessment {
    let mut a = Assessment::new("Benchmark ICS").expect("a name");
    for (i, criterion) in MATRIX.criteria().enumerate() {
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

fn benches(c: &mut Criterion) {
    let assessment = complete_assessment();
    let assessment_json = assessment.to_json();
    let export_json = MATRIX.to_json();
    let loaded = baseline::load(&export_json);
    let file: baseline::AssessmentFile =
        serde_json::from_str(&assessment_json).expect("the baseline reads the file");
    assert_eq!(assessment.response_count(), MATRIX.criterion_count());

    // Both sides must agree before either is timed.
    let ours = evaluate(&assessment);
    let theirs = baseline::evaluate(&loaded.model, &file.responses);
    for (o, t) in ours.subsections().iter().zip(&theirs.subsections) {
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
    let our_gaps: Vec<String> = gaps(&assessment, Target::Next)
        .map(|g| g.criterion.id().to_string())
        .collect();
    let their_gaps: Vec<&str> = baseline::gaps(&loaded.model, &file.responses)
        .iter()
        .map(|g| g.id)
        .collect();
    assert_eq!(our_gaps, their_gaps);
    assert!(!our_gaps.is_empty());

    let mut group = c.benchmark_group("evaluate");
    group.bench_function("mhics", |b| b.iter(|| evaluate(black_box(&assessment))));
    group.bench_function("baseline_json_hashmap", |b| {
        b.iter(|| baseline::evaluate(black_box(&loaded.model), black_box(&file.responses)))
    });
    group.finish();

    let mut group = c.benchmark_group("gaps");
    group.bench_function("mhics", |b| {
        b.iter(|| gaps(black_box(&assessment), Target::Next).collect::<Vec<_>>())
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

criterion_group!(evaluate_benches, benches);
criterion_main!(evaluate_benches);
