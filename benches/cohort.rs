//! The cohort report (the `cohort` example's Markdown: the cohort tables, then peer
//! learning for every system) at 10, 100, 1 000 and 10 000 systems, and its HTML
//! (`cohort_html`) at 10, 1 000 and 10 000, to show that their time and size grow
//! linearly with the cohort.
//!
//! `cargo bench --bench cohort`; see BENCHMARKS.md. With `MHICS_COHORT_FILES=DIR:N` set,
//! it instead writes the same N generated assessments as files into DIR (for timing the
//! example itself, e.g. with `/usr/bin/time -v`) and exits.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use mhics::cohort::Cohort;
use mhics::report::{self, markdown};
use mhics::{Assessment, Date, Level, Response, Status, Target, MATRIX};

/// System `i` of a generated cohort, deterministically: most Developing criteria met,
/// Maturing mixed, Thriving mostly open, a few not applicable, a note on a fifth of the
/// responses; dated within January 2026.
fn system(i: u64) -> Assessment {
    let mut a = Assessment::new(format!("Generated ICS {i:05}")).expect("a name");
    a.set_date(Some(
        Date::new(2026, 1, 1 + (i % 28) as u8).expect("a real date"),
    ));
    for (k, criterion) in MATRIX.criteria().enumerate() {
        let seed = (i << 16 | k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let roll = (seed ^ (seed >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9) >> 58; // 0..64
        let status = match (criterion.id().level(), roll) {
            (_, 0..=1) => Status::NotApplicable,
            (Level::Developing, r) if r < 58 => Status::Met,
            (Level::Maturing, r) if r < 38 => Status::Met,
            (Level::Thriving, r) if r < 14 => Status::Met,
            (_, r) if r % 2 == 0 => Status::Partial,
            _ => Status::NotMet,
        };
        let response = if roll % 5 == 0 {
            Response::with_note(
                status,
                format!("Evidence for {} at system {i}", criterion.id()),
            )
        } else {
            Response::new(status)
        };
        a.set(criterion.id(), response).expect("a real criterion");
    }
    a
}

/// What the `cohort` example prints by default.
fn cohort_report(assessments: &[Assessment]) -> String {
    let cohort = Cohort::new(assessments).expect("one assessment per system");
    let mut out = markdown::cohort(&cohort);
    out.push_str(&markdown::cohort_peer_learning(&cohort, Target::Next));
    out
}

const SIZES: [u64; 4] = [10, 100, 1_000, 10_000];

fn benches(c: &mut Criterion) {
    let all: Vec<Assessment> = (0..*SIZES.last().expect("sizes")).map(system).collect();
    let mut group = c.benchmark_group("cohort_report");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    for n in SIZES {
        let assessments = &all[..n as usize];
        let size = cohort_report(assessments).len();
        println!(
            "cohort_report/{n}: {size} bytes of Markdown, {:.0} bytes per system",
            size as f64 / n as f64
        );
        group.throughput(Throughput::Elements(n));
        group.measurement_time(Duration::from_secs(if n >= 10_000 { 30 } else { 5 }));
        group.bench_with_input(BenchmarkId::from_parameter(n), assessments, |b, a| {
            b.iter(|| black_box(cohort_report(black_box(a))).len())
        });
    }
    group.finish();
    let mut group = c.benchmark_group("cohort_html");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    for n in HTML_SIZES {
        let assessments = &all[..n as usize];
        let cohort = Cohort::new(assessments).expect("one assessment per system");
        let size = report::html::cohort(&cohort).document().len();
        println!(
            "cohort_html/{n}: {size} bytes of HTML, {:.0} bytes per system",
            size as f64 / n as f64
        );
        group.throughput(Throughput::Elements(n));
        group.measurement_time(Duration::from_secs(if n >= 10_000 { 20 } else { 5 }));
        group.bench_with_input(BenchmarkId::from_parameter(n), assessments, |b, a| {
            b.iter(|| {
                let cohort = Cohort::new(black_box(a)).expect("one assessment per system");
                black_box(report::html::cohort(&cohort).document()).len()
            })
        });
    }
    group.finish();
}

/// The cohort sizes of the HTML report.
const HTML_SIZES: [u64; 3] = [10, 1_000, 10_000];

fn write_files(spec: &str) {
    let (dir, n) = spec.rsplit_once(':').expect("MHICS_COHORT_FILES=DIR:N");
    let n: u64 = n.parse().expect("N is a number");
    std::fs::create_dir_all(dir).expect("the directory");
    for i in 0..n {
        let path = format!("{dir}/system-{i:05}.json");
        std::fs::write(&path, system(i).to_json()).expect("the file is written");
    }
    println!("wrote {n} assessments to {dir}");
}

fn main() {
    if let Ok(spec) = std::env::var("MHICS_COHORT_FILES") {
        write_files(&spec);
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
    c.final_summary();
}
