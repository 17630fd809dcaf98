//! Identifiers, statuses and progression: what an assessment means.
//!
//! These rules hold for the built-in edition and for every other edition (see
//! [`editions`](super::editions)). Every output of the crate follows them: the
//! evaluation, the gap lists, the reports, the workbook's Summary sheet.
//!
//! This is a self-assessment to support discussion across a system. It is not a
//! performance management, assurance or RAG rating tool: no output rates a system red,
//! amber or green.
//!
//! # Identifiers
//!
//! | thing | form | examples |
//! | --- | --- | --- |
//! | matrix | `mhics` for the built-in edition | |
//! | domain | `1`, `2`, `3` | |
//! | sub-section | `<domain>.<n>`, numbered as in the tool | `1.1` … `1.5`, `2.1` … `2.4`, `3.1` … `3.7` |
//! | level | `developing`, `maturing`, `thriving`, in that order | |
//! | criterion | `<sub-section>-<D\|M\|T><n>`, `n` counting from 1 within that sub-section and level, in the tool's order | `1.1-D1`, `1.1-M9`, `3.2-T2` |
//!
//! Numbers count from 1 and have no leading zeros. The built-in edition has 3 domains,
//! 16 sub-sections and 266 criteria.
//!
//! Criterion IDs are written out in the matrix source, never worked out at run time.
//! They are never renumbered and never reused: a later edition may add IDs or retire
//! them, and a retired ID leaves a gap in the numbering.
//!
//! IDs order as the matrix does (domain, sub-section, level, then number), not as strings
//! do: `1.1-D2` comes before `1.1-D10`. [`CriterionId`](crate::CriterionId),
//! [`SubSectionId`](crate::SubSectionId), [`DomainId`](crate::DomainId) and
//! [`Level`](crate::Level) read and write these forms (`FromStr`, `Display`, and serde
//! with feature `serde`).
//!
//! # Statuses
//!
//! A response gives a criterion one of four statuses ([`Status`](crate::Status)):
//!
//! | status | counts as |
//! | --- | --- |
//! | `met` | in place: the only status that is |
//! | `partial` | not in place |
//! | `not_met` | not in place |
//! | `not_applicable` | out of the count: neither for nor against |
//!
//! A criterion with no response is *not assessed*, and is not in place either. A
//! response may carry a free-text note.
//!
//! # Progression
//!
//! For one sub-section and one level ([`Coverage`](crate::Coverage)):
//!
//! - `total` is the number of criteria of that level;
//! - `applicable` is `total` less those answered `not_applicable`;
//! - `met` is the number answered `met`.
//!
//! The level is *complete* when `met` equals `applicable`. So a level whose criteria are
//! all `not_applicable` is complete.
//!
//! For a sub-section ([`SubSectionProgress`](crate::SubSectionProgress)):
//!
//! - *attained* is the highest level L such that every level up to and including L is
//!   complete. It is none when Developing is not complete. Progression is cumulative:
//!   meeting Thriving criteria does not lift a sub-section whose Developing criteria are
//!   not all in place.
//! - *next* is the level after the one attained: `developing` when none is attained,
//!   none at `thriving`.
//! - *progress to next* is the share of the next level's applicable criteria that are
//!   met.
//!
//! A domain attains the lowest level among its sub-sections, and the whole system
//! (*overall*) the lowest among the domains, with none below `developing`. In JSON none
//! is `null`; in reports for people it reads "Not yet Developing" (see
//! [`reports`](super::reports)).
//!
//! [`evaluate`](crate::evaluate) applies these rules to an assessment.
//!
//! # Gaps
//!
//! A *gap* is an applicable criterion that is not `met`. Toward a target level, a
//! sub-section's gaps are its gaps in every level up to and including the target. Each
//! gap carries its status (`partial`, `not_met` or `not_assessed`), so that partial work
//! stands out.
//!
//! The target ([`Target`](crate::Target)) is either:
//!
//! - each sub-section's own next level (the default): the gap list is then exactly what
//!   stands between each sub-section and its next step, and a sub-section at Thriving has
//!   none;
//! - one level for every sub-section: a sub-section already there has none.
//!
//! Gaps come in matrix order: sub-section, level, theme, criterion.
//! [`gaps`](crate::gaps()) lists them; [`group`](crate::group()) groups them by
//! sub-section, level and theme.
//!
//! # Over time and across systems
//!
//! **Comparison** of two assessments of one system, the earlier first
//! ([`Comparison`](crate::compare::Comparison)). Both must name the same system (compared as
//! names, see [`limits`](super::limits)), and the later may not be dated before the
//! earlier. Each criterion has one change ([`Change`](crate::compare::Change)):
//!
//! | change | meaning |
//! | --- | --- |
//! | `newly_met` | met now, not met before |
//! | `regressed` | met before, not in place now |
//! | `still_open` | not in place either time (its status may still have moved, e.g. from `not_met` to `partial`) |
//! | `still_met` | met both times |
//! | `not_applicable` | not applicable now, whatever it was before |
//!
//! Each sub-section and domain has its level before and after. Assessments of two
//! editions are compared by migrating the earlier one first (see
//! [`editions`](super::editions)).
//!
//! **Cohort** of several systems ([`Cohort`](crate::cohort::Cohort)): one assessment per
//! system, compared as names. A second assessment of a system is refused, unless the
//! latest of each is asked for. Per sub-section it gives the distribution of attained
//! levels and their *variation* (the standard deviation of the levels' positions); per
//! criterion the share of assessments that meet it; and where the systems vary most.
//!
//! **Peer learning** pairs each gap of one system with the other systems of the cohort
//! that have already met that criterion, and their notes, so that they can share how. It
//! names at most three peers per gap, with a count of the rest.
