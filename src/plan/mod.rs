//! Action plans ([`crate::guide::plans`]): what a system agrees to do about its
//! gaps, who owns each action and by when, and, at the next assessment, what the
//! actions achieved.
//!
//! - [`Plan`] and [`Action`]: the plan of one system for one edition, its actions in
//!   order; read and written as JSON exactly ([`Plan::from_json`], [`Plan::to_json`]).
//! - [`Plan::draft`]: a first plan from an assessment's gaps, one action per sub-section,
//!   level and theme.
//! - [`Plan::review`]: the plan against an assessment on a date: each action's
//!   [`ActionOutcome`], the gaps and the actions that address them, and the actions to
//!   complete ([`Review`]).
//! - [`Plan::migrate`]: the plan carried to a later edition by a
//!   [`Migration`](crate::migration::Migration), with a [`PlanMigrationReport`].
//!
//! Each action's criteria are held as a set in the edition's layout (one bit per
//! criterion, as evaluation uses), so that whether an action is achieved, and which gaps
//! are covered, are a few word operations.

pub(crate) mod action;
mod draft;
mod migrate;
pub(crate) mod review;

use std::collections::HashSet;

use crate::assessment::{resolve, Assessment};
use crate::date::Date;
use crate::edition::Edition;
use crate::error::{Conflict, Error, Field, Kind};
use crate::layout::Set;
use crate::model::Matrix;
use crate::name;
use crate::text;

pub use action::{Action, ActionStatus};
pub use migrate::{CriterionMove, MigratedPlan, PlanChange, PlanMigrationReport};
pub use review::{ActionOutcome, ActionReview, Review, ReviewCounts, ReviewGap, SubSectionCover};

/// An action's criteria as a set in the edition's layout, and the words that hold them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Placed {
    pub(crate) set: Set,
    /// The first word with a criterion, and one past the last.
    pub(crate) words: (u16, u16),
}

/// The action plan of one system for one edition of the matrix (by default the built-in
/// one, [`MHICS_2019`](crate::MHICS_2019)): the system, the dates of the assessment it
/// answers and of its agreement (both optional), and its actions in order.
///
/// Make one in code ([`Plan::new`], then [`Plan::push`]), draft one from an assessment
/// ([`Plan::draft`]) or read one ([`Plan::from_json`], feature `serde`). Like an
/// [`Assessment`], a plan knows its edition, and is only reviewed against an assessment
/// of that edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub(crate) edition: Edition,
    pub(crate) system: String,
    pub(crate) assessed: Option<Date>,
    pub(crate) agreed: Option<Date>,
    pub(crate) actions: Vec<Action>,
    pub(crate) placed: Vec<Placed>,
    /// The name key of every action ID.
    pub(crate) keys: HashSet<String>,
}

impl Plan {
    /// An empty plan of `system` for the built-in edition. Fails on an empty system
    /// name, or one with a control character other than tab and line breaks.
    pub fn new(system: impl Into<String>) -> Result<Plan, Error> {
        Plan::new_in(Edition::default(), system)
    }
}

impl Plan {
    /// An empty plan of `system` for `edition`.
    pub fn new_in(edition: Edition, system: impl Into<String>) -> Result<Plan, Error> {
        let system = system.into();
        if system.trim().is_empty() {
            return Err(Error::from(Kind::Empty {
                field: Field::System,
            }));
        }
        text::check(|| crate::error::Field::System, &system)?;
        Ok(Plan::unchecked(edition, system))
    }

    /// A plan of `system`, already checked.
    pub(crate) fn unchecked(edition: Edition, system: String) -> Plan {
        Plan {
            edition,
            system,
            assessed: None,
            agreed: None,
            actions: Vec::new(),
            placed: Vec::new(),
            keys: HashSet::new(),
        }
    }

    /// The edition the plan is for.
    pub fn edition(&self) -> Edition {
        self.edition
    }

    /// The content of the edition.
    pub fn matrix(&self) -> &'static Matrix {
        self.edition.matrix()
    }

    /// The system whose plan this is.
    pub fn system(&self) -> &str {
        &self.system
    }

    /// The date of the assessment the plan answers, if given.
    pub fn assessed(&self) -> Option<Date> {
        self.assessed
    }

    /// Sets or clears the date of the assessment the plan answers.
    pub fn set_assessed(&mut self, date: Option<Date>) {
        self.assessed = date;
    }

    /// The date the plan was agreed, if given.
    pub fn agreed(&self) -> Option<Date> {
        self.agreed
    }

    /// Sets or clears the date the plan was agreed.
    pub fn set_agreed(&mut self, date: Option<Date>) {
        self.agreed = date;
    }

    /// The actions, in plan order.
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }

    /// The action with ID `id` (compared as names), if any.
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| name::same(&a.id, id))
    }

    /// The action with ID `id` (compared as names), to change its title, owner, lead,
    /// due date, status or note.
    pub fn action_mut(&mut self, id: &str) -> Option<&mut Action> {
        self.actions.iter_mut().find(|a| name::same(&a.id, id))
    }

    /// Every action, to change their titles, owners, leads, due dates, statuses or
    /// notes.
    pub fn actions_mut(&mut self) -> impl Iterator<Item = &mut Action> + '_ {
        self.actions.iter_mut()
    }

    /// Adds an action at the end. Fails, leaving the plan as it was, when an action of
    /// the plan has the same ID (compared as names), or when a criterion is not in the
    /// edition (the error names the nearest real one).
    pub fn push(&mut self, action: Action) -> Result<(), Error> {
        let key = name::key(&action.id);
        if self.keys.contains(&key) {
            let first = self
                .actions
                .iter()
                .find(|a| name::key(&a.id) == key)
                .map_or_else(String::new, |a| a.id.clone());
            return Err(Error::from(Kind::DuplicateAction {
                id: action.id.clone(),
                first_id: first,
                first: crate::error::Place::None,
            }));
        }
        let mut placed = Placed {
            set: self.edition.layout().empty_set(),
            words: (u16::MAX, 0),
        };
        for id in &action.criteria {
            let Some(slot) = self.edition.layout().slot(*id) else {
                return Err(Error::from(Kind::UnknownCriterion {
                    id: id.to_string(),
                    action: Some(action::label(&action.id)),
                    suggestion: self.edition.matrix().nearest_criterion(&id.to_string()),
                }));
            };
            place(&mut placed, slot);
        }
        self.keys.insert(key);
        self.actions.push(action);
        self.placed.push(placed);
        Ok(())
    }

    /// Takes out the action with ID `id` (compared as names) and returns it.
    pub fn remove(&mut self, id: &str) -> Option<Action> {
        let i = self.actions.iter().position(|a| name::same(&a.id, id))?;
        self.placed.remove(i);
        let action = self.actions.remove(i);
        self.keys.remove(&name::key(&action.id));
        Some(action)
    }

    /// Checks that `assessment` is of the plan's system (compared as names).
    pub(crate) fn check_system(&self, assessment: &Assessment) -> Result<(), Conflict> {
        // Equal text is the same name; only other text needs the name keys (which
        // allocate).
        if self.system == assessment.system() || name::same(&self.system, assessment.system()) {
            Ok(())
        } else {
            Err(Conflict::PlanSystem {
                plan: self.system.clone(),
                assessment: assessment.system().to_owned(),
            })
        }
    }
}

/// Adds `slot` to an action's set.
pub(crate) fn place(placed: &mut Placed, slot: usize) {
    let w = slot / 64;
    placed.set[w] |= 1 << (slot % 64);
    let w = w as u16;
    placed.words = (placed.words.0.min(w), placed.words.1.max(w + 1));
}

/// The slot of criterion `id` (as written) of edition `E` in an action, or the error
/// naming the action and the nearest real criterion.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
pub(crate) fn resolve_in_action(
    edition: Edition,
    action: &str,
    id: &str,
) -> Result<(crate::id::CriterionId, usize), Error> {
    resolve(edition, id).map_err(|_| {
        Error::from(Kind::UnknownCriterion {
            id: id.to_owned(),
            action: Some(action.to_owned()),
            suggestion: edition.matrix().nearest_criterion(id),
        })
    })
}
