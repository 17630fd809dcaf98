//! The oracles: the plans guide read literally, slow and straight from its text, and
//! the checks that hold drafts, reviews and migrations to them.

use super::*;

// ---- The oracles: the guide read literally. ----

/// "A criterion is *in place* when it is `met` or `not_applicable`."
fn in_place(status: Option<Status>) -> bool {
    matches!(status, Some(Status::Met | Status::NotApplicable))
}

/// Progression, literally: a level is complete when met == applicable; attained is the
/// highest level up to which every level is complete; next the level after it.
fn next_level(a: &Assessment, subsection: &mhics::SubSection) -> Option<Level> {
    let mut attained = None;
    for level in Level::ALL {
        let criteria: Vec<_> = subsection.level(level).criteria().collect();
        let applicable = criteria
            .iter()
            .filter(|c| a.status(c.id()) != Some(Status::NotApplicable))
            .count();
        let met = criteria
            .iter()
            .filter(|c| a.status(c.id()) == Some(Status::Met))
            .count();
        if met == applicable {
            attained = Some(level);
        } else {
            break;
        }
    }
    match attained {
        None => Some(Level::Developing),
        Some(level) => level.next(),
    }
}

/// One gap: criterion, sub-section, level, theme name, and its theme's place.
#[derive(Debug, Clone, PartialEq)]
struct OracleGap {
    id: CriterionId,
    status: &'static str,
    group: (String, Level, usize),
    theme: &'static str,
}

/// "Gaps toward a target: for each sub-section, every applicable criterion not `met` in
/// the levels up to and including the target, in matrix order. The default target of
/// each sub-section is its own `next` level."
fn oracle_gaps(a: &Assessment, target: Target) -> Vec<OracleGap> {
    let mut out = Vec::new();
    for subsection in a.matrix().subsections() {
        let up_to = match target {
            Target::Next => next_level(a, subsection),
            Target::Level(level) => Some(level),
        };
        let Some(up_to) = up_to else { continue };
        for level in Level::ALL.into_iter().filter(|l| *l <= up_to) {
            for (t, theme) in subsection.level(level).themes().iter().enumerate() {
                for c in theme.criteria() {
                    let status = match a.status(c.id()) {
                        Some(Status::Met | Status::NotApplicable) => continue,
                        Some(Status::Partial) => "partial",
                        Some(Status::NotMet) => "not_met",
                        None => "not_assessed",
                    };
                    out.push(OracleGap {
                        id: c.id(),
                        status,
                        group: (subsection.id().to_string(), level, t),
                        theme: theme.name(),
                    });
                }
            }
        }
    }
    out
}

/// "A plan with one action per group of gaps toward the target that share a
/// sub-section, level and theme, in matrix order, numbered `A1`, `A2`, ...; title
/// `<sub-section> <Level>: <theme>`; the group's criteria in matrix order; status
/// `planned`; no owner, lead, due or note; `assessed` the assessment's date."
pub(super) fn check_draft(a: &Assessment, target: Target) {
    let plan = Plan::draft(a, target);
    let mut expected: Vec<(String, String, Vec<CriterionId>)> = Vec::new();
    let mut last = None;
    for gap in oracle_gaps(a, target) {
        if last.as_ref() != Some(&gap.group) {
            expected.push((
                format!("A{}", expected.len() + 1),
                format!("{} {}: {}", gap.group.0, gap.group.1.name(), gap.theme),
                Vec::new(),
            ));
            last = Some(gap.group.clone());
        }
        expected.last_mut().unwrap().2.push(gap.id);
    }
    let got: Vec<(String, String, Vec<CriterionId>)> = plan
        .actions()
        .iter()
        .map(|x| {
            (
                x.id().to_owned(),
                x.title().to_owned(),
                x.criteria().to_vec(),
            )
        })
        .collect();
    assert_eq!(got, expected);
    for x in plan.actions() {
        assert_eq!(x.status(), ActionStatus::Planned);
        assert_eq!(
            (x.owner(), x.lead(), x.due(), x.note()),
            (None, None, None, None)
        );
    }
    assert_eq!(plan.assessed(), a.date());
    assert_eq!(plan.system(), a.system());
    assert_eq!(plan.agreed(), None);
    assert_eq!(plan.edition(), a.edition());
    // A draft is a valid plan file (of the built-in edition: see `read_plan_in`; the
    // other editions' drafts are read back in an ignored test).
    if let Some(back) = read_plan_in(a.edition(), &plan.to_json()) {
        assert_eq!(back.unwrap(), plan);
    }
}

/// The review, literally, compared with the crate's.
pub(super) fn check_review(plan: &Plan, a: &Assessment, on: Option<Date>, target: Target) {
    let review = plan.review(a, on, target).expect("one system");
    // "The review date `on` is `--on`, else the assessment's date, else none."
    let on = on.or(a.date());
    assert_eq!(review.on(), on);
    // "Each action's outcome, the first that holds."
    let outcome = |x: &Action| {
        if x.criteria().iter().all(|c| in_place(a.status(*c))) {
            ActionOutcome::Achieved
        } else if x.status() == ActionStatus::Dropped {
            ActionOutcome::Dropped
        } else if x.status() == ActionStatus::Done {
            ActionOutcome::DoneNotAchieved
        } else if matches!((x.due(), on), (Some(due), Some(on)) if due < on) {
            ActionOutcome::Overdue
        } else {
            ActionOutcome::Open
        }
    };
    let expected: Vec<ActionOutcome> = plan.actions().iter().map(outcome).collect();
    assert_eq!(review.outcomes(), expected.as_slice());
    for (r, x) in review.actions().zip(plan.actions()) {
        let statuses: Vec<_> = x.criteria().iter().map(|c| (*c, a.status(*c))).collect();
        assert_eq!(r.criteria().collect::<Vec<_>>(), statuses);
    }
    // "Gaps toward the target, each with the actions that address it, leaving out
    // dropped actions; a gap with none is uncovered."
    let gaps = oracle_gaps(a, target);
    let addressing = |id: CriterionId| -> Vec<String> {
        plan.actions()
            .iter()
            .filter(|x| x.status() != ActionStatus::Dropped && x.criteria().contains(&id))
            .map(|x| x.id().to_owned())
            .collect()
    };
    let expected: Vec<(CriterionId, &str, Vec<String>)> = gaps
        .iter()
        .map(|g| (g.id, g.status, addressing(g.id)))
        .collect();
    let got: Vec<(CriterionId, &str, Vec<String>)> = review
        .gaps()
        .map(|g| {
            (
                g.gap.criterion.id(),
                g.gap.status.as_str(),
                g.actions().map(|x| x.id().to_owned()).collect(),
            )
        })
        .collect();
    assert_eq!(got, expected);
    let uncovered: Vec<CriterionId> = expected
        .iter()
        .filter(|g| g.2.is_empty())
        .map(|g| g.0)
        .collect();
    assert_eq!(
        review
            .uncovered()
            .map(|g| g.criterion.id())
            .collect::<Vec<_>>(),
        uncovered
    );
    // "Per sub-section: its gaps and how many are covered", every sub-section.
    let per: Vec<(String, usize, usize)> = a
        .matrix()
        .subsections()
        .map(|s| {
            let here: Vec<_> = expected
                .iter()
                .filter(|g| g.0.subsection() == s.id())
                .collect();
            let covered = here.iter().filter(|g| !g.2.is_empty()).count();
            (s.id().to_string(), here.len(), covered)
        })
        .collect();
    let got: Vec<(String, usize, usize)> = review
        .subsections()
        .map(|s| (s.id.to_string(), s.gaps, s.covered))
        .collect();
    assert_eq!(got, per);
    let counts = review.counts();
    for o in ActionOutcome::ALL {
        let n = plan.actions().iter().filter(|x| outcome(x) == o).count();
        assert_eq!(counts.of(o), n, "{o}");
    }
    assert_eq!(counts.uncovered_gaps, uncovered.len());
    // "To complete: actions that are `planned` or `in_progress` with no owner or no due
    // date."
    let to_complete: Vec<&str> = plan
        .actions()
        .iter()
        .filter(|x| matches!(x.status(), ActionStatus::Planned | ActionStatus::InProgress))
        .filter(|x| x.owner().is_none() || x.due().is_none())
        .map(|x| x.id())
        .collect();
    assert_eq!(
        review.to_complete().map(|x| x.id()).collect::<Vec<_>>(),
        to_complete
    );
    // The JSON holds the same, with `on`, `due` and `owner` null when absent.
    let json: serde_json::Value = serde_json::from_str(&review.to_json()).unwrap();
    assert_eq!(json["on"], serde_json::json!(on.map(|d| d.to_string())));
    assert_eq!(json["counts"]["uncovered_gaps"], uncovered.len());
    assert_eq!(json["subsections"].as_array().unwrap().len(), per.len());
    for (j, x) in json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .zip(plan.actions())
    {
        assert_eq!(j["owner"], serde_json::json!(x.owner()));
        assert_eq!(j["due"], serde_json::json!(x.due().map(|d| d.to_string())));
        assert_eq!(j["outcome"], outcome(x).as_str());
    }
    for (j, g) in json["gaps"].as_array().unwrap().iter().zip(&expected) {
        assert_eq!(j["id"], g.0.to_string());
        assert_eq!(j["actions"], serde_json::json!(g.2));
    }
}

/// "Each action's criteria are carried, moved, merged or split as the rules say; a
/// retired criterion leaves the action and is listed; an action left with no criterion
/// is taken out of the plan and listed. Nothing is dropped without being listed."
pub(super) fn check_migration(plan: &Plan) {
    let migrated = plan
        .migrate(&FIRST_TO_SECOND)
        .expect("a plan of the first edition");
    assert_eq!(migrated.plan.edition(), REVIEW_SECOND);
    let rules = FIRST_TO_SECOND.rules();
    let mut kept = Vec::new();
    let mut listed = Vec::new();
    let mut removed = Vec::new();
    for x in plan.actions() {
        let mut criteria: Vec<CriterionId> = Vec::new();
        for id in x.criteria() {
            let rule = rules.iter().find(|r| r.sources().contains(id));
            let (targets, change): (Vec<CriterionId>, Option<&str>) = match rule {
                None | Some(Rule::Review { .. }) => (vec![*id], None),
                Some(Rule::Moved { to, .. }) => (vec![*to], Some("moved")),
                Some(Rule::Merged { to, .. }) => (vec![*to], Some("merged")),
                Some(Rule::Split { to, .. }) => (to.to_vec(), Some("split")),
                Some(Rule::Retired { .. }) => (vec![], Some("retired")),
            };
            for t in targets {
                if !criteria.contains(&t) {
                    criteria.push(t);
                }
            }
            if let Some(change) = change {
                listed.push((x.id().to_owned(), *id, change));
            }
        }
        if criteria.is_empty() {
            removed.push(x.clone());
        } else {
            kept.push((x.id().to_owned(), criteria));
        }
    }
    let got: Vec<(String, Vec<CriterionId>)> = migrated
        .plan
        .actions()
        .iter()
        .map(|x| (x.id().to_owned(), x.criteria().to_vec()))
        .collect();
    assert_eq!(got, kept);
    let got: Vec<(String, CriterionId, &str)> = migrated
        .report
        .criteria
        .iter()
        .map(|m| (m.action.clone(), m.id, m.change.as_str()))
        .collect();
    assert_eq!(got, listed);
    assert_eq!(migrated.report.removed, removed);
    // Everything else of a kept action is kept.
    for x in migrated.plan.actions() {
        let before = plan.action(x.id()).unwrap();
        assert_eq!(
            (
                x.title(),
                x.owner(),
                x.lead(),
                x.due(),
                x.status(),
                x.note()
            ),
            (
                before.title(),
                before.owner(),
                before.lead(),
                before.due(),
                before.status(),
                before.note()
            )
        );
    }
    // Every criterion of the migrated plan is one of the later edition: a plan of the
    // later edition takes every action. (Reading the plan's file back, as
    // `Plan::from_json_in` did, is in the ignored test
    // `plans_of_another_edition_read_back_exactly`.)
    let mut again = Plan::new_in(REVIEW_SECOND, migrated.plan.system()).unwrap();
    again.set_assessed(migrated.plan.assessed());
    again.set_agreed(migrated.plan.agreed());
    for x in migrated.plan.actions() {
        again
            .push(x.clone())
            .expect("criteria of the later edition");
    }
    assert_eq!(again, migrated.plan);
}
