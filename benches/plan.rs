//! Reviewing an action plan: a 200-action plan against a complete assessment (all 266
//! criteria answered), by the crate and by a `HashMap` baseline
//! (`benches/baseline/plan.rs`). Both sides are checked to agree before anything is
//! timed.
//!
//! - `plan_review/*`: each action's outcome, the counts (with the uncovered gaps), each
//!   sub-section's gaps and how many are covered, and the actions to complete.
//! - `plan_review_lists/*`: the same, and the actions that address each gap.
//!
//! `cargo bench --bench plan`; see BENCHMARKS.md.

use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;

use mhics::plan::{Action, ActionStatus, Plan};
use mhics::{Assessment, Date, Level, Response, Status, Target, MATRIX};

#[path = "../tests/api/fixtures/baseline.rs"]
mod baseline;
#[path = "baseline/plan.rs"]
mod baseline_plan;

/// A complete assessment: most Developing criteria met, Maturing mixed, Thriving mostly
/// open, a few not applicable.
fn assessment() -> Assessment {
    let mut a = Assessment::new("Generated ICS").expect("a name");
    a.set_date(Some(Date::new(2027, 10, 1).expect("a date")));
    for (k, criterion) in MATRIX.criteria().enumerate() {
        let seed = (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let roll = (seed ^ (seed >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9) >> 58;
        let status = match (criterion.id().level(), roll) {
            (_, 0..=1) => Status::NotApplicable,
            (Level::Developing, r) if r < 50 => Status::Met,
            (Level::Maturing, r) if r < 30 => Status::Met,
            (Level::Thriving, r) if r < 14 => Status::Met,
            (_, r) if r % 2 == 0 => Status::Partial,
            _ => Status::NotMet,
        };
        a.set(criterion.id(), Response::new(status))
            .expect("a criterion");
    }
    a
}

/// 200 actions of one to four criteria each, spread over the matrix; every status, due
/// dates either side of the review date, some with no owner.
fn plan() -> Plan {
    let ids: Vec<_> = MATRIX.criteria().map(|c| c.id()).collect();
    let mut plan = Plan::new("Generated ICS").expect("a name");
    for k in 0..200usize {
        let start = (k * 37) % ids.len();
        let criteria = (0..1 + k % 4).map(|j| ids[(start + j * 3) % ids.len()]);
        let mut action =
            Action::new(format!("A{}", k + 1), format!("Action {k}"), criteria).expect("valid");
        action.set_status(ActionStatus::ALL[k % 4]);
        if k % 7 != 0 {
            action
                .set_owner(Some(format!("Partner {}", k % 5)))
                .expect("a name");
        }
        if k % 5 != 0 {
            action.set_due(Some(
                Date::new(2027, 1 + (k % 12) as u8, 1).expect("a date"),
            ));
        }
        plan.push(action).expect("a new action");
    }
    plan
}

fn baseline_actions(plan: &Plan) -> Vec<baseline_plan::PlanAction> {
    plan.actions()
        .iter()
        .map(|a| baseline_plan::PlanAction {
            id: a.id().to_owned(),
            title: a.title().to_owned(),
            criteria: a.criteria().iter().map(|c| c.to_string()).collect(),
            owner: a.owner().map(str::to_owned),
            due: a.due().map(|d| d.to_string()),
            status: a.status().as_str().to_owned(),
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let assessment = assessment();
    let plan = plan();
    let loaded = baseline::load(&MATRIX.to_json());
    let file: baseline::AssessmentFile =
        serde_json::from_str(&assessment.to_json()).expect("the assessment parses");
    let actions = baseline_actions(&plan);
    let on = Some("2027-10-01");

    // Both sides agree before anything is timed.
    let ours = plan
        .review(&assessment, None, Target::Next)
        .expect("one system");
    let theirs = baseline_plan::review(&loaded.model, &file.responses, &actions, on, true);
    let outcomes: Vec<_> = ours
        .actions()
        .map(|a| (a.action.id(), a.outcome.as_str()))
        .collect();
    assert_eq!(outcomes, theirs.outcomes);
    let subsections: Vec<_> = ours
        .subsections()
        .map(|s| (s.id.to_string(), s.gaps, s.covered))
        .collect();
    let their_subsections: Vec<_> = theirs
        .subsections
        .iter()
        .map(|(id, g, c)| (id.to_string(), *g, *c))
        .collect();
    assert_eq!(subsections, their_subsections);
    assert_eq!(
        ours.counts().uncovered_gaps,
        theirs.counts["uncovered_gaps"]
    );
    let to_complete: Vec<_> = ours.to_complete().map(|a| a.id()).collect();
    assert_eq!(to_complete, theirs.to_complete);
    let lists: Vec<(String, Vec<&str>)> = ours
        .gaps()
        .map(|g| {
            (
                g.gap.criterion.id().to_string(),
                g.actions().map(|a| a.id()).collect(),
            )
        })
        .collect();
    let their_lists: Vec<(String, Vec<&str>)> = theirs
        .gap_actions
        .iter()
        .map(|(id, a)| (id.to_string(), a.clone()))
        .collect();
    assert_eq!(lists, their_lists);
    println!(
        "plan_review: {} actions, {} gaps, {} uncovered",
        plan.actions().len(),
        lists.len(),
        ours.counts().uncovered_gaps
    );

    let mut group = c.benchmark_group("plan_review");
    group.warm_up_time(Duration::from_secs(1));
    group.bench_function("mhics", |b| {
        b.iter(|| {
            let review = black_box(&plan)
                .review(black_box(&assessment), None, Target::Next)
                .expect("one system");
            let covered: usize = review.subsections().map(|s| s.gaps + s.covered).sum();
            (review.counts(), covered, review.to_complete().count())
        })
    });
    group.bench_function("baseline_hashmap", |b| {
        b.iter(|| {
            baseline_plan::review(
                &loaded.model,
                black_box(&file.responses),
                black_box(&actions),
                on,
                false,
            )
        })
    });
    group.finish();

    let mut group = c.benchmark_group("plan_review_lists");
    group.warm_up_time(Duration::from_secs(1));
    group.bench_function("mhics", |b| {
        b.iter(|| {
            let review = black_box(&plan)
                .review(black_box(&assessment), None, Target::Next)
                .expect("one system");
            let covered: usize = review.subsections().map(|s| s.gaps + s.covered).sum();
            let lists: Vec<(mhics::Gap, Vec<&Action>)> = review
                .gaps()
                .map(|g| (g.gap, g.actions().collect()))
                .collect();
            (
                review.counts(),
                covered,
                review.to_complete().count(),
                lists,
            )
        })
    });
    group.bench_function("baseline_hashmap", |b| {
        b.iter(|| {
            baseline_plan::review(
                &loaded.model,
                black_box(&file.responses),
                black_box(&actions),
                on,
                true,
            )
        })
    });
    group.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
    c.final_summary();
}
