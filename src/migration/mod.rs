//! Migration between editions: carrying a system's answers from an earlier edition of
//! the matrix to a later one, with nothing lost.
//!
//! Criterion IDs are never renumbered, so an ID present in both editions carries its
//! answer across unchanged. A [`Migration`], declared with
//! [`migration!`](macro@crate::migration), states only what else happens to an earlier
//! edition's IDs:
//!
//! | rule | meaning |
//! | --- | --- |
//! | `"1.1-D3" => "1.1-D8"` | the criterion now lives under another ID: its answer (status and note) moves there |
//! | `"1.2-M1", "1.2-M2" => "1.2-M9"` | several criteria merged: the new one gets the least-in-place answer among them (not assessed < not_met < partial < met; not_applicable only when all are), notes kept, each prefixed with its old ID |
//! | `"2.1-T1" => ["2.1-T4", "2.1-T5"]` | one criterion split: the answer is copied to each, and every copy is listed for review |
//! | `retire "3.3-D2"` | the criterion is gone: its answer is not carried, and is listed |
//! | `review "1.4-M2"` | same ID, reworded: the answer carries across and is listed for review |
//!
//! The rules are checked when the crate compiles: every ID of the earlier edition that
//! the later one lacks is mapped or retired exactly once; every target exists in the
//! later edition (and not in the earlier one, where it keeps its own answer); an ID
//! present in both editions is named only by `review`; no ID is named twice. Each
//! mistake is a compile error naming the ID. The checks sort the IDs once and look each
//! up by binary search or by its slot, so they take n·log n steps, never pairwise.
//!
//! [`Migration::apply`] gives the migrated assessment and a [`MigrationReport`] that
//! accounts for every answer of the original exactly once, and lists the later
//! edition's criteria that have no answer yet.

pub(crate) mod check;
mod report;
mod rule;

#[doc(hidden)]
pub use check::{check, sorted_sources, sorted_targets, source_count, target_count};
pub use report::{Accounted, Migrated, MigrationCounts, MigrationReport, Outcome};
pub use rule::Rule;

use core::fmt;

use crate::assessment::{Assessment, Response, Status};
use crate::edition::Edition;
use crate::error::Conflict;
use crate::id::CriterionId;

/// How answers of one edition become answers of a later one: declared with
/// [`migration!`](macro@crate::migration), checked when the crate compiles.
#[derive(Clone, Copy)]
pub struct Migration {
    from: Edition,
    to: Edition,
    rules: &'static [Rule],
}

impl PartialEq for Migration {
    fn eq(&self, other: &Migration) -> bool {
        self.from == other.from && self.to == other.to && self.rules == other.rules
    }
}

impl Eq for Migration {}

impl fmt::Debug for Migration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Migration")
            .field("from", &format_args!("{}", self.from))
            .field("to", &format_args!("{}", self.to))
            .field("rules", &self.rules)
            .finish()
    }
}

impl Migration {
    #[doc(hidden)]
    pub const fn __new(from: Edition, to: Edition, rules: &'static [Rule]) -> Migration {
        Migration { from, to, rules }
    }

    /// The earlier edition, whose answers it migrates.
    pub const fn from(&self) -> Edition {
        self.from
    }

    /// The later edition, which it migrates them to.
    pub const fn to(&self) -> Edition {
        self.to
    }

    /// The rules, as declared.
    pub const fn rules(&self) -> &'static [Rule] {
        self.rules
    }

    /// Migrates `assessment` to the later edition: the same system, respondent and date,
    /// each answer carried, moved, merged, split or retired by the rules (carried
    /// unchanged when its ID is in both editions and no rule names it), and the report of
    /// what became of every answer. An assessment of another edition than the earlier
    /// one is refused ([`Conflict::NotOfEdition`]).
    pub fn apply(&self, assessment: &Assessment) -> Result<Migrated, Conflict> {
        if assessment.edition() != self.from {
            return Err(Conflict::NotOfEdition {
                what: "assessment",
                found: assessment.edition().to_string(),
                expected: self.from.to_string(),
            });
        }
        let (a, b) = (self.from.layout(), self.to.layout());
        let mut out = Assessment::blank(self.to);
        out.rename(assessment.system().to_owned());
        out.put_respondent(assessment.respondent().map(str::to_owned));
        out.set_date(assessment.date());
        let mut answers = Vec::with_capacity(assessment.response_count());
        let rules = self.rules_by_slot();
        // Whether each merge rule's criterion has an answer, once worked out.
        let mut merged = std::collections::HashMap::new();
        for (id, status, note) in assessment.responses() {
            let response = Response {
                status,
                note: note.map(str::to_owned),
            };
            let rule = a
                .slot(id)
                .and_then(|slot| rules[slot])
                .map(|r| (r, &self.rules[r]));
            let outcome = match rule {
                None => {
                    if let Some(slot) = b.slot(id) {
                        out.set_slot(slot, status, response.note.clone());
                    }
                    Outcome::Carried
                }
                Some((_, Rule::Review { id })) => {
                    if let Some(slot) = b.slot(*id) {
                        out.set_slot(slot, status, response.note.clone());
                    }
                    Outcome::Review
                }
                Some((_, Rule::Moved { to, .. })) => {
                    if let Some(slot) = b.slot(*to) {
                        out.set_slot(slot, status, response.note.clone());
                    }
                    Outcome::Moved { to: *to }
                }
                Some((_, Rule::Split { to, .. })) => {
                    for target in *to {
                        if let Some(slot) = b.slot(*target) {
                            out.set_slot(slot, status, response.note.clone());
                        }
                    }
                    Outcome::Split { into: to }
                }
                Some((r, Rule::Merged { from, to })) => {
                    let carried = *merged.entry(r).or_insert_with(|| {
                        let response = merge(assessment, from);
                        if let (Some(slot), Some(response)) = (b.slot(*to), &response) {
                            out.set_slot(slot, response.status, response.note.clone());
                        }
                        response.is_some()
                    });
                    Outcome::Merged { into: *to, carried }
                }
                Some((_, Rule::Retired { .. })) => Outcome::Retired,
            };
            answers.push(Accounted {
                id,
                response,
                outcome,
            });
        }
        let unanswered = b
            .slots()
            .filter(|slot| !out.has_slot(*slot))
            .map(|slot| b.entry(slot).criterion.id())
            .collect();
        Ok(Migrated {
            report: MigrationReport {
                from: (self.from.id(), self.from.version()),
                to: (self.to.id(), self.to.version()),
                system: assessment.system().to_owned(),
                answers,
                unanswered,
            },
            assessment: out,
        })
    }

    /// The rule that names each slot of the earlier edition, if any, by index: one pass
    /// over the rules.
    fn rules_by_slot(&self) -> Vec<Option<usize>> {
        let a = self.from.layout();
        let mut out = vec![None; a.valid().len() * 64];
        for (r, rule) in self.rules.iter().enumerate() {
            for id in rule.sources() {
                if let Some(slot) = a.slot(*id) {
                    out[slot] = Some(r);
                }
            }
        }
        out
    }
}

/// The least-in-place answer among `from` (not assessed < not_met < partial < met;
/// not_applicable only when all are), with the notes of all, each prefixed with its old
/// ID; `None` when the least is not assessed.
fn merge(assessment: &Assessment, from: &[CriterionId]) -> Option<Response> {
    let rank = |status: Option<Status>| match status {
        None => 0,
        Some(Status::NotMet) => 1,
        Some(Status::Partial) => 2,
        Some(Status::Met) => 3,
        Some(Status::NotApplicable) => 4,
    };
    let least = from
        .iter()
        .map(|id| assessment.status(*id))
        .min_by_key(|status| rank(*status))??;
    let notes: Vec<String> = from
        .iter()
        .filter_map(|id| Some(format!("{id}: {}", assessment.note(*id)?)))
        .collect();
    Some(Response {
        status: least,
        note: (!notes.is_empty()).then(|| notes.join("\n")),
    })
}
