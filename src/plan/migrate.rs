//! Migrating a plan between editions with the migration of its assessment.

use crate::error::Conflict;
use crate::id::CriterionId;
use crate::migration::{Migration, Rule};

use super::action::Action;
use super::{place, Placed, Plan};

/// What happened to one criterion of an action when its plan migrated, other than being
/// carried unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanChange {
    /// The criterion now lives under another ID, which the action names instead.
    Moved {
        /// The later edition's ID.
        to: CriterionId,
    },
    /// The criterion merged with others into one, which the action names instead.
    Merged {
        /// The later edition's ID.
        into: CriterionId,
    },
    /// The criterion was split: the action names every criterion it was split into.
    Split {
        /// The later edition's IDs.
        into: &'static [CriterionId],
    },
    /// The criterion is gone: it left the action.
    Retired,
}

impl PlanChange {
    /// The stable identifier: `moved`, `merged`, `split` or `retired`.
    pub fn as_str(&self) -> &'static str {
        match self {
            PlanChange::Moved { .. } => "moved",
            PlanChange::Merged { .. } => "merged",
            PlanChange::Split { .. } => "split",
            PlanChange::Retired => "retired",
        }
    }
}

/// One criterion of one action that moved, merged, split or left the action.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CriterionMove {
    /// The action's ID.
    pub action: String,
    /// The earlier edition's criterion.
    pub id: CriterionId,
    /// What happened to it.
    pub change: PlanChange,
}

/// The account of a plan's migration: every criterion of every action that did not
/// simply carry across, in plan order and each action's own order, and every action
/// taken out because no criterion was left to it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PlanMigrationReport {
    /// The earlier edition: matrix ID and version.
    pub from: (&'static str, &'static str),
    /// The later edition: matrix ID and version.
    pub to: (&'static str, &'static str),
    /// The system whose plan it is.
    pub system: String,
    /// Every criterion moved, merged, split or retired, with its action.
    pub criteria: Vec<CriterionMove>,
    /// The actions taken out, as they were (under the earlier edition), in plan order.
    pub removed: Vec<Action>,
}

/// A plan migrated to a later edition, with the report of how.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MigratedPlan {
    /// The plan under the later edition.
    pub plan: Plan,
    /// What changed.
    pub report: PlanMigrationReport,
}

impl Plan {
    /// Migrates the plan to the later edition with `migration`, the same migration as its
    /// assessment: each action's criteria carried, moved, merged or split as the rules
    /// say (in the action's order, a criterion that two merged criteria became named
    /// once); a retired criterion leaves the action and is listed; an action left with
    /// no criterion is taken out of the plan and listed. Everything else (IDs, titles,
    /// owners, leads, dates, statuses, notes) is kept. A plan of another edition than the
    /// migration's earlier one is refused ([`Conflict::NotOfEdition`]).
    pub fn migrate(&self, migration: &Migration) -> Result<MigratedPlan, Conflict> {
        if self.edition != migration.from() {
            return Err(Conflict::NotOfEdition {
                what: "plan",
                found: self.edition.to_string(),
                expected: migration.from().to_string(),
            });
        }
        let (a, b) = (migration.from().layout(), migration.to().layout());
        let rules = migration.rules();
        let mut by_slot: Vec<Option<&Rule>> = vec![None; a.valid().len() * 64];
        for rule in rules {
            for id in rule.sources() {
                if let Some(slot) = a.slot(*id) {
                    by_slot[slot] = Some(rule);
                }
            }
        }
        let mut plan = Plan::unchecked(migration.to(), self.system.clone());
        plan.assessed = self.assessed;
        plan.agreed = self.agreed;
        let mut moves = Vec::new();
        let mut removed = Vec::new();
        for action in &self.actions {
            let mut criteria: Vec<CriterionId> = Vec::with_capacity(action.criteria.len());
            let mut add = |id: CriterionId| {
                // Every target of a migration is in the later edition (checked when it
                // compiles).
                if b.slot(id).is_some() && !criteria.contains(&id) {
                    criteria.push(id);
                }
            };
            for id in &action.criteria {
                let rule = a.slot(*id).and_then(|slot| by_slot[slot]);
                let change = match rule {
                    None | Some(Rule::Review { .. }) => {
                        if b.slot(*id).is_some() {
                            add(*id);
                            None
                        } else {
                            Some(PlanChange::Retired)
                        }
                    }
                    Some(Rule::Moved { to, .. }) => {
                        add(*to);
                        Some(PlanChange::Moved { to: *to })
                    }
                    Some(Rule::Merged { to, .. }) => {
                        add(*to);
                        Some(PlanChange::Merged { into: *to })
                    }
                    Some(Rule::Split { to, .. }) => {
                        to.iter().copied().for_each(&mut add);
                        Some(PlanChange::Split { into: to })
                    }
                    Some(Rule::Retired { .. }) => Some(PlanChange::Retired),
                };
                if let Some(change) = change {
                    moves.push(CriterionMove {
                        action: action.id.clone(),
                        id: *id,
                        change,
                    });
                }
            }
            let mut placed = Placed {
                set: b.empty_set(),
                words: (u16::MAX, 0),
            };
            for id in &criteria {
                if let Some(slot) = b.slot(*id) {
                    place(&mut placed, slot);
                }
            }
            if criteria.is_empty() {
                removed.push(action.clone());
                continue;
            }
            plan.keys.insert(crate::name::key(&action.id));
            plan.actions.push(Action {
                criteria,
                ..action.clone()
            });
            plan.placed.push(placed);
        }
        Ok(MigratedPlan {
            plan,
            report: PlanMigrationReport {
                from: (migration.from().id(), migration.from().version()),
                to: (migration.to().id(), migration.to().version()),
                system: self.system.clone(),
                criteria: moves,
                removed,
            },
        })
    }
}
