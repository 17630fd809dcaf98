//! Reviewing a plan against an assessment on a date: each action's outcome, the gaps
//! and the actions that address them, and the actions to complete.
//!
//! Every action's criteria are a set in the edition's layout ([`Placed`]); the review
//! works word by word: an action is achieved when its set has no criterion outside the
//! assessment's in-place set (met or not applicable), the covered criteria are the union
//! of the sets of the actions not dropped, and the uncovered gaps are the gap set less
//! the covered set. Building a review allocates only its output: one outcome per
//! action, and the gap and covered sets (a word per sub-section and level each);
//! everything else is read from the sets on demand.

use strum::{Display, IntoStaticStr};

use crate::assessment::{Assessment, Status};
use crate::date::Date;
use crate::error::Conflict;
use crate::gaps::{gap_at, gap_set, Gap, Target};
use crate::id::{CriterionId, SubSectionId};
use crate::layout::Set;
use crate::layout::{self, ones};

use super::action::{Action, ActionStatus};
use super::{Placed, Plan};

/// What an action achieved, as a review finds it: the first of these that holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Display, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ActionOutcome {
    /// Every one of its criteria is in place (met or not applicable), whatever its
    /// status.
    Achieved,
    /// Its status is dropped.
    Dropped,
    /// Its status is done, but a criterion is not in place: the conversation to have.
    DoneNotAchieved,
    /// Its due date is before the review date.
    Overdue,
    /// None of the above.
    Open,
}

impl ActionOutcome {
    /// Every outcome, in the order they are tried.
    pub const ALL: [ActionOutcome; 5] = [
        ActionOutcome::Achieved,
        ActionOutcome::Dropped,
        ActionOutcome::DoneNotAchieved,
        ActionOutcome::Overdue,
        ActionOutcome::Open,
    ];

    /// The stable identifier, e.g. `done_not_achieved`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The outcome in words for people, e.g. `Done, not achieved`.
    pub fn name(self) -> &'static str {
        match self {
            ActionOutcome::Achieved => "Achieved",
            ActionOutcome::Dropped => "Dropped",
            ActionOutcome::DoneNotAchieved => "Done, not achieved",
            ActionOutcome::Overdue => "Overdue",
            ActionOutcome::Open => "Open",
        }
    }
}

/// How many actions had each outcome, and how many gaps no action covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct ReviewCounts {
    /// Actions achieved.
    pub achieved: usize,
    /// Actions dropped.
    pub dropped: usize,
    /// Actions done whose criteria are not all in place.
    pub done_not_achieved: usize,
    /// Actions overdue.
    pub overdue: usize,
    /// Actions open.
    pub open: usize,
    /// Gaps toward the target that no action (other than a dropped one) addresses.
    pub uncovered_gaps: usize,
}

impl ReviewCounts {
    /// How many actions had `outcome`.
    pub fn of(&self, outcome: ActionOutcome) -> usize {
        match outcome {
            ActionOutcome::Achieved => self.achieved,
            ActionOutcome::Dropped => self.dropped,
            ActionOutcome::DoneNotAchieved => self.done_not_achieved,
            ActionOutcome::Overdue => self.overdue,
            ActionOutcome::Open => self.open,
        }
    }
}

/// A plan reviewed against an assessment of the same system and edition (see
/// [`Plan::review`]).
///
/// Like an [`Evaluation`](crate::Evaluation), a review is a view of the plan and the
/// assessment it borrows: it allocates only its outcomes and two sets, and reading it
/// allocates nothing, so it is made again when needed rather than kept. What a
/// program keeps is owned: its [`counts`](Review::counts), its JSON
/// ([`to_json`](Review::to_json)), a report, or a [`Board`](crate::report::html::Board)
/// holding it.
#[derive(Debug, Clone)]
pub struct Review<'a> {
    plan: &'a Plan,
    assessment: &'a Assessment,
    on: Option<Date>,
    target: Target,
    outcomes: Vec<ActionOutcome>,
    gaps: Set,
    covered: Set,
    counts: ReviewCounts,
}

impl Plan {
    /// Reviews the plan against `assessment` (of the same system, compared as names:
    /// the assessment it was drawn from, or a later one) on the date `on` (`None`: the
    /// assessment's date, else no date), with the gaps toward `target`.
    ///
    /// A criterion is *in place* when it is met or not applicable. Each action's
    /// [`ActionOutcome`] is the first that holds: achieved (every one of its criteria in
    /// place, whatever its status); dropped (status dropped); done, not achieved (status
    /// done, a criterion not in place); overdue (a due date before `on`); else open.
    /// Each gap toward the target is addressed by the actions that name it, leaving out
    /// dropped actions; a gap with none is uncovered. The actions to complete are those
    /// planned or in progress with no owner or no due date.
    ///
    /// Fails with [`Conflict::PlanSystem`] when the assessment is of another system, and
    /// with [`Conflict::NotOfEdition`] when it answers another edition (migrate the plan
    /// with the assessment's migration first: [`Plan::migrate`]).
    ///
    /// The review allocates only its output, the list of outcomes and its gap and
    /// covered sets (and, when the plan and the assessment spell the system
    /// differently, the name keys that compare them); its gaps, the actions that address each, the cover of each sub-section and
    /// the actions to complete are read from the sets on demand, without allocating.
    pub fn review<'a>(
        &'a self,
        assessment: &'a Assessment,
        on: Option<Date>,
        target: Target,
    ) -> Result<Review<'a>, Conflict> {
        self.check_system(assessment)?;
        if self.edition != assessment.edition() {
            return Err(Conflict::NotOfEdition {
                what: "assessment",
                found: assessment.edition().to_string(),
                expected: self.edition.to_string(),
            });
        }
        let on = on.or(assessment.date());
        let met = assessment.statuses.met();
        let not_applicable = assessment.statuses.not_applicable();
        let mut covered = assessment.layout().empty_set();
        let mut counts = ReviewCounts::default();
        let mut outcomes = Vec::with_capacity(self.actions.len());
        for (action, placed) in self.actions.iter().zip(&self.placed) {
            let (first, end) = (usize::from(placed.words.0), usize::from(placed.words.1));
            let set = &placed.set.as_ref()[first..end];
            let mut open = 0;
            for (w, bits) in (first..end).zip(set) {
                open |= bits & !(met[w] | not_applicable[w]);
            }
            if action.status != ActionStatus::Dropped {
                for (c, bits) in covered.as_mut()[first..end].iter_mut().zip(set) {
                    *c |= bits;
                }
            }
            let outcome = if open == 0 {
                ActionOutcome::Achieved
            } else {
                match action.status {
                    ActionStatus::Dropped => ActionOutcome::Dropped,
                    ActionStatus::Done => ActionOutcome::DoneNotAchieved,
                    _ if matches!((action.due, on), (Some(due), Some(on)) if due < on) => {
                        ActionOutcome::Overdue
                    }
                    _ => ActionOutcome::Open,
                }
            };
            *match outcome {
                ActionOutcome::Achieved => &mut counts.achieved,
                ActionOutcome::Dropped => &mut counts.dropped,
                ActionOutcome::DoneNotAchieved => &mut counts.done_not_achieved,
                ActionOutcome::Overdue => &mut counts.overdue,
                ActionOutcome::Open => &mut counts.open,
            } += 1;
            outcomes.push(outcome);
        }
        let gaps = gap_set(assessment, target);
        counts.uncovered_gaps = gaps
            .as_ref()
            .iter()
            .zip(covered.as_ref())
            .map(|(g, c)| (g & !c).count_ones() as usize)
            .sum();
        Ok(Review {
            plan: self,
            assessment,
            on,
            target,
            outcomes,
            gaps,
            covered,
            counts,
        })
    }
}

/// One action as the review finds it.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ActionReview<'a> {
    /// The action.
    pub action: &'a Action,
    /// What it achieved.
    pub outcome: ActionOutcome,
    assessment: &'a Assessment,
}

impl<'a> ActionReview<'a> {
    /// The action's criteria in its own order, each with the assessment's status
    /// (`None`: not assessed).
    pub fn criteria(&self) -> impl Iterator<Item = (CriterionId, Option<Status>)> + Clone + 'a {
        let assessment = self.assessment;
        self.action
            .criteria
            .iter()
            .map(move |id| (*id, assessment.status(*id)))
    }

    /// Whether the action is among those to complete: planned or in progress, with no
    /// owner or no due date.
    pub fn to_complete(&self) -> bool {
        to_complete(self.action)
    }
}

fn to_complete(action: &Action) -> bool {
    matches!(
        action.status,
        ActionStatus::Planned | ActionStatus::InProgress
    ) && (action.owner.is_none() || action.due.is_none())
}

/// One gap toward the review's target, with the actions that address it.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ReviewGap<'a> {
    /// The gap.
    pub gap: Gap,
    slot: usize,
    plan: &'a Plan,
}

impl<'a> ReviewGap<'a> {
    /// The actions that address the gap, in plan order, leaving out dropped actions.
    pub fn actions(&self) -> impl Iterator<Item = &'a Action> + Clone + 'a {
        let slot = self.slot;
        covering(self.plan, slot)
    }

    /// Whether any action (other than a dropped one) addresses the gap.
    pub fn is_covered(&self) -> bool {
        self.actions().next().is_some()
    }
}

fn covering(plan: &Plan, slot: usize) -> impl Iterator<Item = &Action> + Clone + '_ {
    plan.actions
        .iter()
        .zip(&plan.placed)
        .filter(move |(a, p): &(&Action, &Placed)| {
            a.status != ActionStatus::Dropped && layout::has(p.set.as_ref(), slot)
        })
        .map(|(a, _)| a)
}

/// The gaps of one sub-section and how many are covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SubSectionCover {
    /// The sub-section.
    pub id: SubSectionId,
    /// Its gaps toward the target.
    pub gaps: usize,
    /// How many of them an action (other than a dropped one) addresses.
    pub covered: usize,
}

impl<'a> Review<'a> {
    /// The plan reviewed.
    pub fn plan(&self) -> &'a Plan {
        self.plan
    }

    /// The assessment it was reviewed against.
    pub fn assessment(&self) -> &'a Assessment {
        self.assessment
    }

    /// The system.
    pub fn system(&self) -> &'a str {
        self.plan.system()
    }

    /// The review date: the one given, else the assessment's date, else none.
    pub fn on(&self) -> Option<Date> {
        self.on
    }

    /// The target of the gaps.
    pub fn target(&self) -> Target {
        self.target
    }

    /// How many actions had each outcome, and how many gaps are uncovered.
    pub fn counts(&self) -> ReviewCounts {
        self.counts
    }

    /// The outcome of each action, in plan order.
    pub fn outcomes(&self) -> &[ActionOutcome] {
        &self.outcomes
    }

    /// Every action with its outcome, in plan order.
    pub fn actions(&self) -> impl Iterator<Item = ActionReview<'a>> + Clone + '_ {
        let assessment = self.assessment;
        self.plan
            .actions
            .iter()
            .zip(&self.outcomes)
            .map(move |(action, outcome)| ActionReview {
                action,
                outcome: *outcome,
                assessment,
            })
    }

    /// Every gap toward the target, in matrix order, with the actions that address it.
    pub fn gaps(&self) -> impl Iterator<Item = ReviewGap<'a>> + Clone + '_ {
        self.slots(&self.gaps).map(|slot| self.gap(slot))
    }

    /// The gaps that no action (other than a dropped one) addresses, in matrix order.
    pub fn uncovered(&self) -> impl Iterator<Item = Gap> + Clone + '_ {
        self.gaps
            .as_ref()
            .iter()
            .zip(self.covered.as_ref())
            .enumerate()
            .flat_map(|(w, (g, c))| ones(g & !c).map(move |bit| w * 64 + bit))
            .map(|slot| gap_at(self.assessment, slot))
    }

    /// Every sub-section in matrix order, with its gaps and how many are covered.
    pub fn subsections(&self) -> impl Iterator<Item = SubSectionCover> + Clone + '_ {
        let (gaps, covered) = (self.gaps.as_ref(), self.covered.as_ref());
        self.assessment
            .layout()
            .subsection_ids()
            .iter()
            .enumerate()
            .map(move |(s, id)| {
                let words = 3 * s..3 * s + 3;
                let (g, c) = (&gaps[words.clone()], &covered[words]);
                SubSectionCover {
                    id: *id,
                    gaps: g.iter().map(|w| w.count_ones() as usize).sum(),
                    covered: g
                        .iter()
                        .zip(c)
                        .map(|(g, c)| (g & c).count_ones() as usize)
                        .sum(),
                }
            })
    }

    /// The actions to complete: planned or in progress, with no owner or no due date,
    /// in plan order.
    pub fn to_complete(&self) -> impl Iterator<Item = &'a Action> + Clone + 'a {
        self.plan.actions.iter().filter(|a| to_complete(a))
    }

    fn gap(&self, slot: usize) -> ReviewGap<'a> {
        ReviewGap {
            gap: gap_at(self.assessment, slot),
            slot,
            plan: self.plan,
        }
    }

    fn slots<'s>(&self, set: &'s [u64]) -> impl Iterator<Item = usize> + Clone + 's {
        set.as_ref()
            .iter()
            .enumerate()
            .flat_map(|(w, bits)| ones(*bits).map(move |bit| w * 64 + bit))
    }
}
