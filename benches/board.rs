//! The board report for the samples (`board examples/data/riverside-2026.json --previous
//! examples/data/riverside-2025.json --partners examples/data/riverside-partners/*.json
//! --plan examples/data/plans/riverside-plan-2025.json`): evaluating, comparing,
//! consolidating the partners, reviewing the plan and writing the HTML, from files
//! already read; and the plan review's own HTML. `cargo bench --bench board`; see
//! BENCHMARKS.md.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use mhics::perspectives::Perspectives;
use mhics::plan::Plan;
use mhics::report::html::{self, Board};
use mhics::{Assessment, Target};

fn sample(path: &str) -> Assessment {
    let text = std::fs::read_to_string(format!(
        "{}/examples/data/{path}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("a sample file");
    Assessment::from_json(&text).expect("a valid sample")
}

fn benches(c: &mut Criterion) {
    let now = sample("riverside-2026");
    let earlier = sample("riverside-2025");
    let partners: Vec<Assessment> = ["trust", "council", "primary-care", "vcse"]
        .iter()
        .map(|p| sample(&format!("riverside-partners/{p}")))
        .collect();
    let plan = Plan::from_json(
        &std::fs::read_to_string(format!(
            "{}/examples/data/plans/riverside-plan-2025.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("the sample plan"),
    )
    .expect("a valid plan");
    c.bench_function("board/all_four_inputs", |b| {
        b.iter(|| {
            let perspectives =
                Perspectives::new(black_box(&partners).iter().map(|a| (a, "partner")))
                    .expect("one system");
            let board = Board::new(black_box(&now))
                .previous(black_box(&earlier))
                .expect("the same system, in order")
                .partners(&perspectives)
                .expect("the same system")
                .plan(black_box(&plan))
                .expect("the same system");
            black_box(board.report().document()).len()
        })
    });
    c.bench_function("board/plan_review_html", |b| {
        b.iter(|| {
            let review = black_box(&plan)
                .review(black_box(&now), None, Target::Next)
                .expect("the same system");
            black_box(html::plan_review(&review).document()).len()
        })
    });
    c.bench_function("board/assessment_only", |b| {
        b.iter(|| black_box(Board::new(black_box(&now)).report().document()).len())
    });
}

criterion_group!(board, benches);
criterion_main!(board);
