//! The checks [`migration!`](macro@crate::migration) runs when the crate compiles: every ID
//! of the earlier edition the later one lacks mapped or retired exactly once, every
//! target in the later edition only, nothing named twice. The IDs are sorted once
//! (heapsort, in `const` code) and looked up by binary search or by their slot, so the
//! checks take n·log n steps. Each problem is a [`Message`] naming its ID.

use crate::id::CriterionId;
use crate::layout::Layout;
use crate::message::Message;

use super::rule::Rule;

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
