//! Evaluation and gap lists allocate nothing per assessment, proven with a counting
//! global allocator.

use mhics::{evaluate, gaps, Assessment, Level, Response, Status, Target, MATRIX};

use crate::fixtures::large as edition_2000;

use crate::fixtures::alloc::allocations_during;

#[test]
fn evaluating_and_listing_gaps_allocate_nothing() {
    let mut assessment = Assessment::new("No allocation ICS").unwrap();
    for (i, criterion) in MATRIX.criteria().enumerate() {
        let status = Status::ALL[i % 4];
        assessment
            .set(criterion.id(), Response::with_note(status, "a note"))
            .unwrap();
    }
    // The counter works: building a Vec is seen.
    let (_, n) = allocations_during(|| vec![1u8; 16]);
    assert!(n >= 1);

    let ((evaluation, gap_count, by_target, checksum), n) = allocations_during(|| {
        let evaluation = evaluate(&assessment);
        let gap_count = gaps(&assessment, Target::Next).count();
        let by_target = gaps(&assessment, Target::Level(Level::Thriving))
            .map(|g| g.criterion.text().len() + g.theme.name().len())
            .sum::<usize>();
        let checksum: u32 = evaluation
            .subsections()
            .map(|s| u32::from(s.coverage(Level::Maturing).met))
            .sum();
        (evaluation, gap_count, by_target, checksum)
    });
    assert_eq!(n, 0, "evaluation and gap lists allocated {n} times");
    assert!(gap_count > 0 && by_target > 0 && checksum > 0);
    assert_eq!(evaluation, evaluate(&assessment));
}

/// The same holds for another edition: a generated one of about 2 000 criteria, with
/// levels of 64 (the most a level holds).
#[test]
fn another_edition_evaluates_without_allocating() {
    use edition_2000::LARGE;
    let mut assessment = Assessment::builder("No allocation ICS")
        .edition(LARGE)
        .build()
        .unwrap();
    for (i, criterion) in LARGE.matrix().criteria().enumerate() {
        let status = if i % 5 == 0 {
            Status::Partial
        } else {
            Status::Met
        };
        assessment
            .set(criterion.id(), Response::new(status))
            .unwrap();
    }
    assert!(LARGE
        .matrix()
        .subsections()
        .any(|s| s.levels().iter().any(|l| l.criterion_count() == 64)));
    let ((evaluation, gap_count, met), n) = allocations_during(|| {
        let evaluation = evaluate(&assessment);
        let gap_count = gaps(&assessment, Target::Level(Level::Thriving)).count();
        let met: usize = evaluation
            .subsections()
            .map(|s| usize::from(s.coverage(Level::Thriving).met))
            .sum();
        (evaluation, gap_count, met)
    });
    assert_eq!(n, 0, "evaluation and gap lists allocated {n} times");
    assert_eq!(evaluation.subsections().len(), 40);
    assert!(gap_count > 0 && met > 0);
    assert_eq!(gap_count, LARGE.matrix().criteria().step_by(5).count());
}

#[test]
fn consolidating_partners_answers_allocates_only_its_own_sets() {
    let partners: Vec<Assessment> = (0..10)
        .map(|p| {
            let mut a = Assessment::new("No allocation ICS").unwrap();
            for (i, criterion) in MATRIX.criteria().enumerate() {
                if (i + p) % 5 != 0 {
                    let status = Status::ALL[(i * 7 + p) % 4];
                    a.set(criterion.id(), Response::new(status)).unwrap();
                }
            }
            a
        })
        .collect();
    let refs: Vec<&Assessment> = partners.iter().collect();
    let (consolidation, n) =
        allocations_during(|| mhics::perspectives::Consolidation::of(refs.iter().copied()));
    let consolidation = consolidation.expect("one edition");
    // Its eight sets, one per plane, whatever the number of partners.
    assert_eq!(n, 8, "consolidation allocated {n} times");
    assert_eq!(consolidation.respondents(), 10);
    assert!(consolidation.contested_count() > 0);
}

/// Reviewing a plan allocates only its output: the list of outcomes, one per action,
/// and its gap and covered sets. The gaps, the actions addressing each, the sub-sections' cover and the
/// actions to complete are read from the sets without allocating.
#[test]
fn reviewing_a_plan_allocates_only_its_output() {
    use mhics::plan::{Action, ActionStatus, Plan};
    let mut assessment = Assessment::new("No allocation ICS").unwrap();
    for (i, criterion) in MATRIX.criteria().enumerate() {
        assessment
            .set(criterion.id(), Response::new(Status::ALL[i % 4]))
            .unwrap();
    }
    let ids: Vec<_> = MATRIX.criteria().map(|c| c.id()).collect();
    let mut plan = Plan::new("No allocation ICS").unwrap();
    for k in 0..200 {
        let criteria = (0..1 + k % 3).map(|j| ids[(k * 13 + j * 5) % ids.len()]);
        let mut action = Action::new(format!("A{k}"), "An action", criteria).unwrap();
        action.set_status(ActionStatus::ALL[k % 4]);
        if k % 3 == 0 {
            action.set_owner(Some("A partner".into())).unwrap();
        }
        plan.push(action).unwrap();
    }
    let (review, n) = allocations_during(|| plan.review(&assessment, None, Target::Next).unwrap());
    assert_eq!(
        n, 3,
        "reviewing allocated {n} times: the outcomes and two sets only"
    );
    let (checksum, n) = allocations_during(|| {
        let addressed: usize = review.gaps().map(|g| g.actions().count()).sum();
        let covered: usize = review.subsections().map(|s| s.covered).sum();
        let criteria: usize = review.actions().map(|a| a.criteria().count()).sum();
        let to_complete = review.to_complete().count();
        let uncovered = review.uncovered().count();
        (addressed, covered, criteria, to_complete, uncovered)
    });
    assert_eq!(n, 0, "reading the review allocated {n} times");
    assert!(checksum.0 > 0 && checksum.1 > 0 && checksum.2 >= 200 && checksum.3 > 0);
    assert_eq!(checksum.4, review.counts().uncovered_gaps);
}
