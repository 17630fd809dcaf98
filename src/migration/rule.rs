//! The rules a [`Migration`](super::Migration) is declared with: what happens to each
//! ID of the earlier edition that does not simply carry its answer across.

use crate::id::CriterionId;

/// One rule of a [`Migration`](super::Migration).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The criterion now lives under another ID: its answer moves there.
    Moved {
        /// The earlier edition's ID.
        from: CriterionId,
        /// The later edition's ID.
        to: CriterionId,
    },
    /// Several criteria merged into one, which gets the least-in-place answer among
    /// them; their notes are kept, each prefixed with its old ID.
    Merged {
        /// The earlier edition's IDs, two or more.
        from: &'static [CriterionId],
        /// The later edition's ID.
        to: CriterionId,
    },
    /// One criterion split into several: the answer is copied to each, for review.
    Split {
        /// The earlier edition's ID.
        from: CriterionId,
        /// The later edition's IDs.
        to: &'static [CriterionId],
    },
    /// The criterion is gone: its answer is not carried, and is listed in the report.
    Retired {
        /// The earlier edition's ID.
        id: CriterionId,
    },
    /// The same ID, reworded: the answer carries across and is listed for review.
    Review {
        /// The ID, in both editions.
        id: CriterionId,
    },
}

impl Rule {
    /// The earlier edition's IDs the rule names.
    pub const fn sources(&self) -> &[CriterionId] {
        match self {
            Rule::Moved { from, .. } | Rule::Split { from, .. } => core::slice::from_ref(from),
            Rule::Merged { from, .. } => from,
            Rule::Retired { id } | Rule::Review { id } => core::slice::from_ref(id),
        }
    }

    /// The later edition's IDs the rule gives answers to, other than its own ID (none
    /// for `retire` and `review`).
    pub const fn targets(&self) -> &[CriterionId] {
        match self {
            Rule::Moved { to, .. } | Rule::Merged { to, .. } => core::slice::from_ref(to),
            Rule::Split { to, .. } => to,
            Rule::Retired { .. } | Rule::Review { .. } => &[],
        }
    }
}
