//! Particular cases of migration: criteria moved, merged, split and retired, and the
//! actions they empty taken out.

use super::*;

// ---- Particular cases. ----

#[test]
fn migration_moves_merges_splits_and_retires_criteria_and_takes_out_emptied_actions() {
    let mut plan = Plan::new_in(REVIEW_FIRST, "Lakeside team").unwrap();
    let push = |plan: &mut Plan, i: &str, ids: &[&str]| {
        plan.push(Action::new(i, "t", ids.iter().map(|s| id(s))).unwrap())
            .unwrap()
    };
    push(&mut plan, "A1", &["1.1-D3", "1.1-D1"]);
    push(&mut plan, "A2", &["1.1-M1", "1.1-M2", "1.1-T1"]);
    push(&mut plan, "A3", &["1.2-M1"]);
    push(&mut plan, "A4", &["1.2-D1", "1.2-M1"]);
    let migrated = plan.migrate(&FIRST_TO_SECOND).unwrap();
    let actions: Vec<(&str, Vec<String>)> = migrated
        .plan
        .actions()
        .iter()
        .map(|x| (x.id(), x.criteria().iter().map(|c| c.to_string()).collect()))
        .collect();
    assert_eq!(
        actions,
        [
            ("A1", vec!["1.1-D4".to_owned(), "1.1-D1".to_owned()]),
            (
                "A2",
                vec![
                    "1.1-M3".to_owned(),
                    "1.1-T2".to_owned(),
                    "1.1-T3".to_owned()
                ]
            ),
            ("A4", vec!["1.2-D1".to_owned()]),
        ]
    );
    let r = &migrated.report;
    static SPLIT: std::sync::OnceLock<[CriterionId; 2]> = std::sync::OnceLock::new();
    let split = SPLIT.get_or_init(|| [id("1.1-T2"), id("1.1-T3")]);
    assert_eq!(r.from, ("team-review", "1"));
    assert_eq!(r.to, ("team-review", "2"));
    let listed: Vec<(&str, String, PlanChange)> = r
        .criteria
        .iter()
        .map(|m| (m.action.as_str(), m.id.to_string(), m.change))
        .collect();
    assert_eq!(
        listed,
        [
            (
                "A1",
                "1.1-D3".to_owned(),
                PlanChange::Moved { to: id("1.1-D4") }
            ),
            (
                "A2",
                "1.1-M1".to_owned(),
                PlanChange::Merged { into: id("1.1-M3") }
            ),
            (
                "A2",
                "1.1-M2".to_owned(),
                PlanChange::Merged { into: id("1.1-M3") }
            ),
            ("A2", "1.1-T1".to_owned(), PlanChange::Split { into: split }),
            ("A3", "1.2-M1".to_owned(), PlanChange::Retired),
            ("A4", "1.2-M1".to_owned(), PlanChange::Retired),
        ]
    );
    assert_eq!(r.removed.len(), 1);
    assert_eq!(r.removed[0].id(), "A3");
}
