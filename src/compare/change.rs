//! What changed between two assessments, one part at a time: each criterion's statuses
//! ([`Change`]), and the level each sub-section and domain attained before and after
//! ([`Movement`]).

use core::cmp::Ordering;

use crate::assessment::Status;
use crate::id::{DomainId, SubSectionId};
use crate::level::Level;
use crate::model::{Criterion, Theme};
use crate::progression::SubSectionProgress;

/// How one criterion changed between two assessments.
///
/// The string form (`Display`, `as_str`) is `newly_met`, `regressed`, `still_open`,
/// `still_met` or `not_applicable`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::Display, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum Change {
    /// Met now, not met before (partial, not met, not assessed or not applicable).
    NewlyMet,
    /// Met before, not in place now (partial, not met or not assessed).
    Regressed,
    /// Not in place either time (its status may still have moved, e.g. from `not_met`
    /// to `partial`: see [`CriterionChange::status_changed`]).
    StillOpen,
    /// Met both times.
    StillMet,
    /// Not applicable now: out of the count, whatever it was before.
    NotApplicable,
}

impl Change {
    /// Every kind of change, in the order reports list them.
    pub const ALL: [Change; 5] = [
        Change::NewlyMet,
        Change::Regressed,
        Change::StillOpen,
        Change::StillMet,
        Change::NotApplicable,
    ];

    /// The stable identifier, e.g. `newly_met`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The change from status `before` to status `after` (`None`: not assessed).
    pub fn between(before: Option<Status>, after: Option<Status>) -> Change {
        let was_met = before == Some(Status::Met);
        match after {
            Some(Status::NotApplicable) => Change::NotApplicable,
            Some(Status::Met) if was_met => Change::StillMet,
            Some(Status::Met) => Change::NewlyMet,
            _ if was_met => Change::Regressed,
            _ => Change::StillOpen,
        }
    }
}

/// One criterion's statuses in the two assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct CriterionChange {
    /// The criterion.
    pub criterion: &'static Criterion,
    /// The theme it stands under.
    pub theme: &'static Theme,
    /// Its status in the earlier assessment (`None`: not assessed).
    pub before: Option<Status>,
    /// Its status in the later assessment (`None`: not assessed).
    pub after: Option<Status>,
    /// What the change amounts to.
    pub change: Change,
}

impl CriterionChange {
    /// Whether the recorded status differs at all (a still-open criterion may have moved
    /// from `not_met` to `partial`).
    pub fn status_changed(&self) -> bool {
        self.before != self.after
    }
}

/// Which way a level moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Movement {
    /// A higher level attained than before.
    Up,
    /// The same level as before.
    Same,
    /// A lower level attained than before.
    Down,
}

impl Movement {
    fn of(before: Option<Level>, after: Option<Level>) -> Movement {
        match after.cmp(&before) {
            Ordering::Greater => Movement::Up,
            Ordering::Equal => Movement::Same,
            Ordering::Less => Movement::Down,
        }
    }
}

/// One sub-section before and after.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct SubSectionChange {
    /// Where it stood in the earlier assessment.
    pub before: SubSectionProgress,
    /// Where it stands in the later one.
    pub after: SubSectionProgress,
}

impl SubSectionChange {
    /// The sub-section.
    pub fn id(&self) -> SubSectionId {
        self.after.id()
    }

    /// Which way its attained level moved.
    pub fn movement(&self) -> Movement {
        Movement::of(self.before.attained(), self.after.attained())
    }
}

/// One domain before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct DomainChange {
    /// The domain.
    pub id: DomainId,
    /// The level it had attained before.
    pub before: Option<Level>,
    /// The level it has attained now.
    pub after: Option<Level>,
}

impl DomainChange {
    /// The domain (the same as the field `id`, named as on the other per-domain types).
    pub fn id(&self) -> DomainId {
        self.id
    }

    /// Which way its attained level moved.
    pub fn movement(&self) -> Movement {
        Movement::of(self.before, self.after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_between_statuses() {
        use Status::*;
        let cases = [
            (None, Some(Met), Change::NewlyMet),
            (Some(Partial), Some(Met), Change::NewlyMet),
            (Some(NotApplicable), Some(Met), Change::NewlyMet),
            (Some(Met), Some(Met), Change::StillMet),
            (Some(Met), Some(Partial), Change::Regressed),
            (Some(Met), None, Change::Regressed),
            (Some(Met), Some(NotApplicable), Change::NotApplicable),
            (None, Some(NotApplicable), Change::NotApplicable),
            (Some(NotMet), Some(Partial), Change::StillOpen),
            (None, None, Change::StillOpen),
            (Some(NotApplicable), Some(NotMet), Change::StillOpen),
        ];
        for (before, after, expected) in cases {
            assert_eq!(
                Change::between(before, after),
                expected,
                "{before:?} -> {after:?}"
            );
        }
    }

    #[test]
    fn movement_orders_none_lowest() {
        assert_eq!(Movement::of(None, Some(Level::Developing)), Movement::Up);
        assert_eq!(
            Movement::of(Some(Level::Maturing), Some(Level::Developing)),
            Movement::Down
        );
        assert_eq!(Movement::of(None, None), Movement::Same);
    }
}
