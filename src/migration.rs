//! Migration between editions: carrying a system's answers from an earlier edition of
//! the matrix to a later one, with nothing lost.
//!
//! Criterion IDs are never renumbered, so an ID present in both editions carries its
//! answer across unchanged. A [`Migration`], declared with
//! [`migration!`](crate::migration), states only what else happens to an earlier
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

use core::fmt;

use crate::assessment::{Assessment, Response, Status};
use crate::edition::Edition;
use crate::error::Error;
use crate::id::CriterionId;
use crate::layout::Layout;
use crate::message::Message;

/// One rule of a [`Migration`].
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

/// How answers of one edition become answers of a later one: declared with
/// [`migration!`](crate::migration), checked when the crate compiles.
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

/// What became of one answer of the original assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Carried across unchanged: the ID is in both editions.
    Carried,
    /// Carried across unchanged, and listed for review: the criterion was reworded.
    Review,
    /// Moved to another ID.
    Moved {
        /// Where the answer now stands.
        to: CriterionId,
    },
    /// Merged with others into one criterion.
    Merged {
        /// The criterion they merged into.
        into: CriterionId,
        /// Whether the merged criterion has an answer. It has none when one of the
        /// merged criteria was not assessed (not assessed is the least in place); then
        /// this answer, note and all, is kept only here, in the report.
        carried: bool,
    },
    /// Copied to each criterion it was split into, every copy for review.
    Split {
        /// The criteria it was split into.
        into: &'static [CriterionId],
    },
    /// Not carried: the criterion is gone. The answer and note are kept here.
    Retired,
}

impl Outcome {
    /// The stable identifier: `carried`, `review`, `moved`, `merged`, `split` or
    /// `retired`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::Carried => "carried",
            Outcome::Review => "review",
            Outcome::Moved { .. } => "moved",
            Outcome::Merged { .. } => "merged",
            Outcome::Split { .. } => "split",
            Outcome::Retired => "retired",
        }
    }

    /// Whether the answer now stands in the migrated assessment.
    pub fn is_carried(&self) -> bool {
        !matches!(
            self,
            Outcome::Retired | Outcome::Merged { carried: false, .. }
        )
    }

    /// Whether someone should look at the answer again under the later edition: the
    /// criterion was reworded, split or merged, or is gone.
    pub fn needs_review(&self) -> bool {
        !matches!(self, Outcome::Carried | Outcome::Moved { .. })
    }
}

/// One answer of the original assessment and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accounted {
    /// The earlier edition's criterion.
    pub id: CriterionId,
    /// The original answer: status and note.
    pub response: Response,
    /// What became of it.
    pub outcome: Outcome,
}

/// How many answers met each [`Outcome`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MigrationCounts {
    /// Carried unchanged.
    pub carried: usize,
    /// Carried and listed for review.
    pub review: usize,
    /// Moved to another ID.
    pub moved: usize,
    /// Merged into another criterion.
    pub merged: usize,
    /// Split into several criteria.
    pub split: usize,
    /// Not carried: retired.
    pub retired: usize,
    /// Criteria of the later edition with no answer after migrating.
    pub unanswered: usize,
}

impl fmt::Display for MigrationCounts {
    /// A one-line summary, e.g. `250 carried, 2 for review, 1 moved, 2 merged, 1 split,
    /// 1 retired; 20 criteria of the later edition unanswered`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} carried, {} for review, {} moved, {} merged, {} split, {} retired; \
             {} criteria of the later edition unanswered",
            self.carried,
            self.review,
            self.moved,
            self.merged,
            self.split,
            self.retired,
            self.unanswered
        )
    }
}

/// The account of one migration: every answer of the original exactly once, in the
/// earlier edition's matrix order, and the later edition's criteria with no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationReport {
    /// The earlier edition: matrix ID and version.
    pub from: (&'static str, &'static str),
    /// The later edition: matrix ID and version.
    pub to: (&'static str, &'static str),
    /// The system assessed.
    pub system: String,
    /// Every answer of the original, with what became of it.
    pub answers: Vec<Accounted>,
    /// The later edition's criteria with no answer after migrating, in matrix order.
    pub unanswered: Vec<CriterionId>,
}

impl MigrationReport {
    /// How many answers met each outcome.
    pub fn counts(&self) -> MigrationCounts {
        let mut counts = MigrationCounts {
            unanswered: self.unanswered.len(),
            ..MigrationCounts::default()
        };
        for a in &self.answers {
            *match a.outcome {
                Outcome::Carried => &mut counts.carried,
                Outcome::Review => &mut counts.review,
                Outcome::Moved { .. } => &mut counts.moved,
                Outcome::Merged { .. } => &mut counts.merged,
                Outcome::Split { .. } => &mut counts.split,
                Outcome::Retired => &mut counts.retired,
            } += 1;
        }
        counts
    }

    /// The answers that met an outcome other than plain carrying or moving: for review.
    pub fn for_review(&self) -> impl Iterator<Item = &Accounted> + '_ {
        self.answers.iter().filter(|a| a.outcome.needs_review())
    }
}

/// An assessment migrated to edition `B`, with the report of how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migrated {
    /// The answers under the later edition.
    pub assessment: Assessment,
    /// What became of every original answer.
    pub report: MigrationReport,
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
    /// one is refused ([`Error::NotOfEdition`]).
    pub fn apply(&self, assessment: &Assessment) -> Result<Migrated, Error> {
        if assessment.edition() != self.from {
            return Err(Error::NotOfEdition {
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

// ---- The checks `migration!` runs when the crate compiles. ----

/// A sort key of a criterion ID that follows matrix order.
const fn key(id: CriterionId) -> u32 {
    (id.domain().number() as u32) << 24
        | (id.subsection().number() as u32) << 16
        | (id.level() as u32) << 8
        | id.number() as u32
}

/// How many IDs of the earlier edition the rules name.
#[doc(hidden)]
pub const fn source_count(rules: &[Rule]) -> usize {
    let (mut n, mut r) = (0, 0);
    while r < rules.len() {
        n += rules[r].sources().len();
        r += 1;
    }
    n
}

/// How many IDs of the later edition the rules name as targets.
#[doc(hidden)]
pub const fn target_count(rules: &[Rule]) -> usize {
    let (mut n, mut r) = (0, 0);
    while r < rules.len() {
        n += rules[r].targets().len();
        r += 1;
    }
    n
}

/// Sorts `keys` in place (heapsort: n·log n steps, no recursion).
const fn sort<const N: usize>(mut keys: [u32; N]) -> [u32; N] {
    const fn sift(keys: &mut [u32], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && keys[child] < keys[child + 1] {
                child += 1;
            }
            if keys[root] >= keys[child] {
                return;
            }
            let t = keys[root];
            keys[root] = keys[child];
            keys[child] = t;
            root = child;
        }
    }
    let mut start = N / 2;
    while start > 0 {
        start -= 1;
        sift(&mut keys, start, N);
    }
    let mut end = N;
    while end > 1 {
        end -= 1;
        let t = keys[0];
        keys[0] = keys[end];
        keys[end] = t;
        sift(&mut keys, 0, end);
    }
    keys
}

/// Whether sorted `keys` holds `key`.
const fn contains(keys: &[u32], key: u32) -> bool {
    let (mut lo, mut hi) = (0, keys.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if keys[mid] == key {
            return true;
        } else if keys[mid] < key {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    false
}

/// The keys of the sources (or the targets) of `rules`, sorted (`N` of them).
const fn sorted_keys<const N: usize>(rules: &[Rule], sources: bool) -> [u32; N] {
    let mut out = [0u32; N];
    let (mut n, mut r) = (0, 0);
    while r < rules.len() {
        let ids = if sources {
            rules[r].sources()
        } else {
            rules[r].targets()
        };
        let mut i = 0;
        while i < ids.len() {
            out[n] = key(ids[i]);
            n += 1;
            i += 1;
        }
        r += 1;
    }
    sort(out)
}

/// The earlier edition's IDs named by the rules, sorted (`N` of them).
#[doc(hidden)]
pub const fn sorted_sources<const N: usize>(rules: &[Rule]) -> [u32; N] {
    sorted_keys(rules, true)
}

/// The later edition's IDs named as targets, sorted (`N` of them).
#[doc(hidden)]
pub const fn sorted_targets<const N: usize>(rules: &[Rule]) -> [u32; N] {
    sorted_keys(rules, false)
}

/// What is wrong with a migration, and the ID it concerns.
#[derive(Clone, Copy)]
enum Problem {
    NamedTwice,
    TargetNamedTwice,
    NotInEarlier,
    InBoth,
    ReviewGone,
    TargetMissing,
    TargetInEarlier,
    Unmapped,
}

impl Problem {
    const fn text(self) -> (&'static str, &'static str) {
        match self {
            Problem::NamedTwice => ("migration: `", "` is named twice"),
            Problem::TargetNamedTwice => (
                "migration: `",
                "` is the target of two rules (each later criterion takes its answer from one rule)",
            ),
            Problem::NotInEarlier => (
                "migration: `",
                "` is not a criterion of the earlier edition",
            ),
            Problem::InBoth => (
                "migration: `",
                "` is in both editions, so it carries its answer across: only `review` may name it",
            ),
            Problem::ReviewGone => (
                "migration: `",
                "` is not in the later edition: retire it or map it to a later criterion instead of `review`",
            ),
            Problem::TargetMissing => (
                "migration: target `",
                "` is not a criterion of the later edition",
            ),
            Problem::TargetInEarlier => (
                "migration: target `",
                "` is also in the earlier edition, where it carries its own answer",
            ),
            Problem::Unmapped => (
                "migration: `",
                "` of the earlier edition is not in the later one: map it (moved, merged or split) or retire it",
            ),
        }
    }
}

/// The message about `problem` with the ID of `key`.
const fn about(problem: Problem, key: u32) -> Message {
    let (before, after) = problem.text();
    Message::NONE
        .push_str(before)
        .push_id(id_of(key))
        .push_str(after)
}

/// A criterion ID back from its key.
const fn id_of(key: u32) -> CriterionId {
    let level = match (key >> 8) & 0xff {
        0 => crate::level::Level::Developing,
        1 => crate::level::Level::Maturing,
        _ => crate::level::Level::Thriving,
    };
    CriterionId::new(
        crate::id::SubSectionId::new(
            crate::id::DomainId::new((key >> 24) as u8),
            (key >> 16) as u8,
        ),
        level,
        key as u8,
    )
}

const fn has(layout: &Layout, key: u32) -> bool {
    layout.slot(id_of(key)).is_some()
}

/// Checks a migration from `earlier` to `later` whose rules name the sorted `sources`
/// and `targets`: the first problem found, naming its ID, or no message.
#[doc(hidden)]
pub const fn check(
    earlier: &Layout,
    later: &Layout,
    rules: &[Rule],
    sources: &[u32],
    targets: &[u32],
) -> Message {
    // No ID named twice, as a source or as a target (sorted: adjacent).
    let mut i = 1;
    while i < sources.len() {
        if sources[i] == sources[i - 1] {
            return about(Problem::NamedTwice, sources[i]);
        }
        i += 1;
    }
    let mut i = 1;
    while i < targets.len() {
        if targets[i] == targets[i - 1] {
            return about(Problem::TargetNamedTwice, targets[i]);
        }
        i += 1;
    }
    // Every source is of the earlier edition; only `review` names an ID of both, and it
    // names only those.
    let mut r = 0;
    while r < rules.len() {
        let review = matches!(rules[r], Rule::Review { .. });
        let ids = rules[r].sources();
        let mut i = 0;
        while i < ids.len() {
            let k = key(ids[i]);
            if !has(earlier, k) {
                return about(Problem::NotInEarlier, k);
            }
            let in_later = has(later, k);
            if review && !in_later {
                return about(Problem::ReviewGone, k);
            }
            if !review && in_later {
                return about(Problem::InBoth, k);
            }
            i += 1;
        }
        r += 1;
    }
    // Every target is of the later edition only.
    let mut i = 0;
    while i < targets.len() {
        if !has(later, targets[i]) {
            return about(Problem::TargetMissing, targets[i]);
        }
        if has(earlier, targets[i]) {
            return about(Problem::TargetInEarlier, targets[i]);
        }
        i += 1;
    }
    // Every ID of the earlier edition that the later lacks is named.
    let mut e = 0;
    while e < earlier.entry_count() {
        let k = key(earlier.entry_id(e));
        if !has(later, k) && !contains(sources, k) {
            return about(Problem::Unmapped, k);
        }
        e += 1;
    }
    Message::NONE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heapsort_sorts_and_search_finds() {
        let sorted = sort([5u32, 3, 9, 1, 1, 7, 0, 12, 4]);
        assert_eq!(sorted, [0, 1, 1, 3, 4, 5, 7, 9, 12]);
        assert!(contains(&sorted, 7) && contains(&sorted, 0) && contains(&sorted, 12));
        assert!(!contains(&sorted, 2) && !contains(&sorted, 13));
        assert_eq!(sort::<0>([]), [0u32; 0]);
    }

    #[test]
    fn messages_name_the_id() {
        let id: CriterionId = "12.3-M45".parse().unwrap();
        assert_eq!(id_of(key(id)), id);
        let m = about(Problem::NamedTwice, key(id));
        assert_eq!(m.as_str(), "migration: `12.3-M45` is named twice");
        let id: CriterionId = "1.100-T7".parse().unwrap();
        assert!(about(Problem::Unmapped, key(id))
            .as_str()
            .starts_with("migration: `1.100-T7` of the earlier edition"));
    }
}
