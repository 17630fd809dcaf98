//! Writing and reading workbooks (feature `xlsx`) of a fully answered built-in matrix,
//! and with the sample action plan on its `Action plan` sheet.
//!
//! `cargo bench --bench workbook --features xlsx`; see BENCHMARKS.md.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mhics::plan::Plan;
use mhics::{workbook, Assessment, Date, Level, Response, Status, MATRIX, MHICS_2019};

/// The sample plan (`examples/data/plans/riverside-plan-2025.json`), its system made the
/// benchmark assessment's.
fn sample_plan() -> Plan {
    let text = include_str!("../examples/data/plans/riverside-plan-2025.json")
        .replace("Riverside and Vale ICS", "Benchmark ICS");
    Plan::from_json(&text).expect("the sample plan")
}

/// Every criterion answered, a note on every third one.
fn complete_assessment() -> Assessment {
    let mut a = Assessment::new("Benchmark ICS").expect("a name");
    a.set_respondent(Some("Benchmark Mental Health Trust".into()))
        .expect("valid text");
    a.set_date(Some(Date::new(2026, 11, 24).expect("a date")));
    for (i, criterion) in MATRIX.criteria().enumerate() {
        let status = match (criterion.id().level(), i % 7) {
            (_, 0) => Status::NotApplicable,
            (Level::Developing, _) => Status::Met,
            (_, 1 | 2) => Status::Partial,
            (Level::Maturing, _) => Status::Met,
            _ => Status::NotMet,
        };
        let response = if i % 3 == 0 {
            Response::with_note(
                status,
                format!("Evidence for {}: minutes of the board.", criterion.id()),
            )
        } else {
            Response::new(status)
        };
        a.set(criterion.id(), response).expect("a real criterion");
    }
    a
}

fn benches(c: &mut Criterion) {
    let assessment = complete_assessment();
    assert_eq!(assessment.response_count(), MATRIX.criterion_count());
    let bytes = workbook::write(MHICS_2019, Some(&assessment)).expect("written");
    assert_eq!(
        workbook::read(MHICS_2019, &bytes).expect("read"),
        assessment
    );

    let mut group = c.benchmark_group("workbook");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("write", |b| {
        b.iter(|| workbook::write(MHICS_2019, Some(black_box(&assessment))).expect("written"))
    });
    group.bench_function("read", |b| {
        b.iter(|| workbook::read(MHICS_2019, black_box(&bytes)).expect("read"))
    });
    group.finish();

    let plan = sample_plan();
    let with_plan =
        workbook::write_with_plan(MHICS_2019, Some(&assessment), &plan).expect("written");
    assert_eq!(
        workbook::read_plan(MHICS_2019, &with_plan).expect("read"),
        plan
    );
    let mut group = c.benchmark_group("workbook with plan");
    group.throughput(Throughput::Bytes(with_plan.len() as u64));
    group.bench_function("write_with_plan", |b| {
        b.iter(|| {
            workbook::write_with_plan(MHICS_2019, Some(black_box(&assessment)), black_box(&plan))
                .expect("written")
        })
    });
    group.bench_function("read", |b| {
        b.iter(|| workbook::read(MHICS_2019, black_box(&with_plan)).expect("read"))
    });
    group.bench_function("read_plan", |b| {
        b.iter(|| workbook::read_plan(MHICS_2019, black_box(&with_plan)).expect("read"))
    });
    group.finish();
}

criterion_group!(workbook_benches, benches);
criterion_main!(workbook_benches);
