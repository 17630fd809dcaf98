//! The usual way to review an action plan, for comparison: actions with their criteria
//! as ID strings, the assessment's responses in a `HashMap` keyed by criterion ID, the
//! gap list of the baseline (`super::gaps`), and the plan review rules computed
//! over them with std collections, as a competent engineer would write it.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet};

use crate::baseline::{gaps, Model, Response, Status};

/// One action of a plan as a data file holds it.
#[derive(Debug, Clone)]
pub struct PlanAction {
    pub id: String,
    pub title: String,
    pub criteria: Vec<String>,
    pub owner: Option<String>,
    /// `YYYY-MM-DD`, which orders as dates do.
    pub due: Option<String>,
    /// `planned`, `in_progress`, `done` or `dropped`.
    pub status: String,
}

/// The review's figures: each action's outcome, the counts, each sub-section's gaps and
/// how many are covered, the actions to complete, and (with `lists`) the actions that
/// address each gap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanReview<'a> {
    pub outcomes: Vec<(&'a str, &'static str)>,
    pub counts: HashMap<&'static str, usize>,
    pub subsections: Vec<(&'a str, usize, usize)>,
    pub to_complete: Vec<&'a str>,
    pub gap_actions: Vec<(&'a str, Vec<&'a str>)>,
}

/// Reviews `plan` against `responses` on `on`, with the gaps toward each sub-section's
/// next level; with `lists`, also the actions that address each gap.
pub fn review<'a>(
    model: &'a Model,
    responses: &HashMap<String, Response>,
    plan: &'a [PlanAction],
    on: Option<&str>,
    lists: bool,
) -> PlanReview<'a> {
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    let mut outcomes = Vec::with_capacity(plan.len());
    let mut covered: HashSet<&str> = HashSet::new();
    let mut by_criterion: HashMap<&str, Vec<&str>> = HashMap::new();
    for action in plan {
        let in_place = action.criteria.iter().all(|c| {
            matches!(
                responses.get(c).map(|r| r.status),
                Some(Status::Met | Status::NotApplicable)
            )
        });
        let outcome = if in_place {
            "achieved"
        } else if action.status == "dropped" {
            "dropped"
        } else if action.status == "done" {
            "done_not_achieved"
        } else if matches!((&action.due, on), (Some(due), Some(on)) if due.as_str() < on) {
            "overdue"
        } else {
            "open"
        };
        *counts.entry(outcome).or_insert(0) += 1;
        outcomes.push((action.id.as_str(), outcome));
        if action.status != "dropped" {
            for c in &action.criteria {
                covered.insert(c.as_str());
                if lists {
                    by_criterion.entry(c.as_str()).or_default().push(&action.id);
                }
            }
        }
    }
    let gap_list = gaps(model, responses);
    let mut per_subsection: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut uncovered = 0;
    let mut gap_actions = Vec::new();
    for gap in &gap_list {
        let entry = per_subsection.entry(gap.subsection).or_insert((0, 0));
        entry.0 += 1;
        if covered.contains(gap.id) {
            entry.1 += 1;
        } else {
            uncovered += 1;
        }
        if lists {
            gap_actions.push((
                gap.id,
                by_criterion.get(gap.id).cloned().unwrap_or_default(),
            ));
        }
    }
    counts.insert("uncovered_gaps", uncovered);
    let subsections = model
        .domains
        .iter()
        .flat_map(|d| &d.subsections)
        .map(|s| {
            let (g, c) = per_subsection.get(s.id.as_str()).copied().unwrap_or((0, 0));
            (s.id.as_str(), g, c)
        })
        .collect();
    let to_complete = plan
        .iter()
        .filter(|a| {
            (a.status == "planned" || a.status == "in_progress")
                && (a.owner.is_none() || a.due.is_none())
        })
        .map(|a| a.id.as_str())
        .collect();
    PlanReview {
        outcomes,
        counts,
        subsections,
        to_complete,
        gap_actions,
    }
}
