//! An edition laid out for evaluation. The tables here are computed from the edition's
//! matrix when the crate that declares it compiles (by [`matrix!`](crate::matrix)), and
//! held by each [`Edition`](crate::Edition) value beside its matrix.
//!
//! Every criterion has an *ordinal*, its position in matrix order, and a *slot*, its bit
//! in a set of criteria. A set takes three 64-bit words per sub-section, one per level
//! (word `3 s + l` for sub-section `s` and level `l`, both in matrix order), criterion `n`
//! of a level at bit `n − 1` of its word (an ID a later edition retired leaves its bit
//! empty). Slots therefore run in matrix order, a level numbers up to 64 criteria, and
//! everything evaluation needs is a few operations per word:
//! a level is complete when its word has no open criterion (applicable, not met), and
//! its counts are population counts of words.

use crate::id::{CriterionId, DomainId, SubSectionId};
use crate::model::{rank, Criterion, Matrix, Theme};

/// The most criteria one level of one sub-section can hold: the bits of a word.
pub const LEVEL_CAPACITY: usize = 64;

/// A set of an edition's criteria, one bit per slot (see the module docs).
pub(crate) type Set = Box<[u64]>;

/// One criterion with where it stands.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub(crate) criterion: &'static Criterion,
    pub(crate) theme: &'static Theme,
}

/// The tables of one edition's layout (built by [`matrix!`](crate::matrix); not part of
/// the API).
#[doc(hidden)]
#[derive(Debug)]
pub struct Layout {
    /// Every criterion in matrix order (by ordinal).
    entries: &'static [Entry],
    /// Per word, the ordinal of its first criterion; one more at the end.
    starts: &'static [u32],
    /// Per word, the slots that hold a criterion.
    valid: &'static [u64],
    /// The sub-section IDs in matrix order.
    subsections: &'static [SubSectionId],
    /// The index of each domain's first sub-section; one more at the end.
    domain_starts: &'static [u32],
    /// The domain IDs in order.
    domains: &'static [DomainId],
}

/// Calls `f(sub-section index, level index, level content)` in matrix order.
macro_rules! for_each_level {
    ($matrix:expr, |$s:ident, $l:ident, $content:ident| $body:block) => {{
        let domains = $matrix.domains();
        let (mut d, mut $s) = (0, 0);
        while d < domains.len() {
            let subsections = domains[d].subsections();
            let mut i = 0;
            while i < subsections.len() {
                let mut $l = 0;
                while $l < 3 {
                    let $content = &subsections[i].levels()[$l];
                    $body
                    $l += 1;
                }
                $s += 1;
                i += 1;
            }
            d += 1;
        }
    }};
}

impl Layout {
    #[doc(hidden)]
    pub const fn __new(
        entries: &'static [Entry],
        starts: &'static [u32],
        valid: &'static [u64],
        subsections: &'static [SubSectionId],
        domain_starts: &'static [u32],
        domains: &'static [DomainId],
    ) -> Layout {
        Layout {
            entries,
            starts,
            valid,
            subsections,
            domain_starts,
            domains,
        }
    }

    /// How many words a set takes: three per sub-section.
    pub(crate) const fn words(&self) -> usize {
        self.valid.len()
    }

    /// An empty set of the edition's criteria.
    pub(crate) fn empty_set(&self) -> Set {
        vec![0; self.valid.len()].into_boxed_slice()
    }

    /// The slots that hold a criterion, per word.
    #[inline]
    pub(crate) const fn valid(&self) -> &'static [u64] {
        self.valid
    }

    /// How many sub-sections the edition has.
    #[inline]
    pub(crate) const fn subsection_count(&self) -> usize {
        self.subsections.len()
    }

    /// The sub-section IDs in matrix order.
    #[inline]
    pub(crate) const fn subsection_ids(&self) -> &'static [SubSectionId] {
        self.subsections
    }

    /// The domain IDs in order.
    #[inline]
    pub(crate) const fn domain_ids(&self) -> &'static [DomainId] {
        self.domains
    }

    /// The sub-section indexes of domain `d` (by index).
    #[inline]
    pub(crate) fn domain_range(&self, d: usize) -> core::ops::Range<usize> {
        self.domain_starts[d] as usize..self.domain_starts[d + 1] as usize
    }

    /// How many criteria word `w` holds.
    #[inline]
    pub(crate) fn total(&self, w: usize) -> u16 {
        (self.starts[w + 1] - self.starts[w]) as u16
    }

    /// The index (in matrix order) of a sub-section, if the edition has it.
    pub(crate) const fn subsection_index(&self, id: SubSectionId) -> Option<usize> {
        let d = id.domain().number() as usize;
        if d == 0 || d > self.domains.len() || id.number() == 0 {
            return None;
        }
        let (start, end) = (
            self.domain_starts[d - 1] as usize,
            self.domain_starts[d] as usize,
        );
        // The DSL numbers sub-sections `<domain>.1, .2, ...` in order.
        let s = start + id.number() as usize - 1;
        if s < end && self.subsections[s].const_eq(id) {
            Some(s)
        } else {
            None
        }
    }

    /// The slot of a criterion, if the edition has it.
    pub(crate) const fn slot(&self, id: CriterionId) -> Option<usize> {
        let Some(s) = self.subsection_index(id.subsection()) else {
            return None;
        };
        let w = 3 * s + id.level().index();
        let n = id.number() as usize;
        if n >= 1 && n <= 64 && self.valid[w] & 1 << (n - 1) != 0 {
            Some(w * 64 + n - 1)
        } else {
            None
        }
    }

    /// The criterion in `slot` (which must hold one).
    #[inline]
    pub(crate) fn entry(&self, slot: usize) -> &'static Entry {
        let (w, bit) = (slot / 64, slot % 64);
        // Retired IDs leave gaps: the criteria before this one are the valid bits below it.
        let before = rank(self.valid[w], bit as u8 + 1).unwrap_or(0);
        &self.entries[self.starts[w] as usize + before]
    }

    /// Every criterion in matrix order.
    #[cfg(test)]
    pub(crate) const fn entries(&self) -> &'static [Entry] {
        self.entries
    }

    /// How many criteria the edition has.
    pub(crate) const fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// The ID of criterion `ordinal` (in matrix order).
    pub(crate) const fn entry_id(&self, ordinal: usize) -> CriterionId {
        self.entries[ordinal].criterion.id()
    }

    /// Every slot that holds a criterion, in matrix order.
    pub(crate) fn slots(&self) -> impl Iterator<Item = usize> + Clone + '_ {
        self.valid
            .iter()
            .enumerate()
            .flat_map(|(w, word)| ones(*word).map(move |bit| w * 64 + bit))
    }
}

/// The set bits of `word`, lowest first.
#[inline]
pub(crate) fn ones(mut word: u64) -> impl Iterator<Item = usize> + Clone {
    core::iter::from_fn(move || {
        if word == 0 {
            return None;
        }
        let bit = word.trailing_zeros() as usize;
        word &= word - 1;
        Some(bit)
    })
}

/// The open criteria of one word: applicable (`valid`, not answered not applicable) and
/// not met.
#[inline]
pub(crate) const fn open(valid: u64, met: u64, not_applicable: u64) -> u64 {
    valid & !(met | not_applicable)
}

/// Whether bit `slot` of a set is on.
#[inline]
pub(crate) fn has(set: &[u64], slot: usize) -> bool {
    set[slot / 64] & 1 << (slot % 64) != 0
}

// ---- Building the tables when an edition compiles (called by `matrix!`). ----

/// How many words a set of `matrix`'s criteria takes.
pub const fn words(matrix: &Matrix) -> usize {
    3 * matrix.subsection_count()
}

/// Every criterion of `matrix` in matrix order, with its theme (`N` criteria).
pub const fn entries<const N: usize>(matrix: &Matrix) -> [Entry; N] {
    let first_theme = &matrix.domains()[0].subsections()[0].levels()[0].themes()[0];
    let mut out = [Entry {
        criterion: &first_theme.criteria()[0],
        theme: first_theme,
    }; N];
    let mut ordinal = 0;
    for_each_level!(matrix, |_s, _l, content| {
        let themes = content.themes();
        let mut t = 0;
        while t < themes.len() {
            let criteria = themes[t].criteria();
            let mut c = 0;
            while c < criteria.len() {
                out[ordinal] = Entry {
                    criterion: &criteria[c],
                    theme: &themes[t],
                };
                ordinal += 1;
                c += 1;
            }
            t += 1;
        }
    });
    out
}

/// Per word, the ordinal of its first criterion, and the count at the end (`W + 1`).
pub const fn starts<const W1: usize>(matrix: &Matrix) -> [u32; W1] {
    let mut out = [0u32; W1];
    let mut w = 0;
    for_each_level!(matrix, |_s, _l, content| {
        out[w + 1] = out[w] + content.criterion_count() as u32;
        w += 1;
    });
    out
}

/// Per word, the slots that hold a criterion (`W` words): the numbers each level gives
/// its criteria ([`LevelContent::numbers`](crate::model::LevelContent)).
pub const fn valid<const W: usize>(matrix: &Matrix) -> [u64; W] {
    let mut out = [0u64; W];
    let mut w = 0;
    for_each_level!(matrix, |_s, _l, content| {
        out[w] = content.numbers();
        w += 1;
    });
    out
}

/// The sub-section IDs in matrix order (`S` sub-sections).
pub const fn subsection_ids<const S: usize>(matrix: &Matrix) -> [SubSectionId; S] {
    let domains = matrix.domains();
    let mut out = [domains[0].subsections()[0].id(); S];
    let (mut d, mut s) = (0, 0);
    while d < domains.len() {
        let subsections = domains[d].subsections();
        let mut i = 0;
        while i < subsections.len() {
            out[s] = subsections[i].id();
            s += 1;
            i += 1;
        }
        d += 1;
    }
    out
}

/// The index of each domain's first sub-section, and the count at the end (`D + 1`).
pub const fn domain_starts<const D1: usize>(matrix: &Matrix) -> [u32; D1] {
    let mut out = [0u32; D1];
    let domains = matrix.domains();
    let mut d = 0;
    while d < domains.len() {
        out[d + 1] = out[d] + domains[d].subsections().len() as u32;
        d += 1;
    }
    out
}

/// The domain IDs in order (`D` domains).
pub const fn domain_ids<const D: usize>(matrix: &Matrix) -> [DomainId; D] {
    let domains = matrix.domains();
    let mut out = [domains[0].id(); D];
    let mut d = 0;
    while d < D {
        out[d] = domains[d].id();
        d += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::content::{MATRIX, MHICS_2019};
    use crate::level::Level;

    #[test]
    fn slots_follow_matrix_order_and_round_trip() {
        let layout = MHICS_2019.layout();
        let mut previous = None;
        let slots: Vec<usize> = layout.slots().collect();
        assert_eq!(slots.len(), MATRIX.criterion_count());
        for (o, criterion) in MATRIX.criteria().enumerate() {
            let id = criterion.id();
            let slot = layout.slot(id).expect("a slot");
            assert_eq!(slots[o], slot);
            assert_eq!(layout.entries()[o].criterion.id(), id);
            assert_eq!(layout.entry(slot).criterion.id(), id);
            assert!(previous < Some(slot), "{id} is out of order");
            previous = Some(slot);
            let s = layout.subsection_index(id.subsection()).unwrap();
            assert_eq!(layout.subsection_ids()[s], id.subsection());
            assert_eq!(slot / 64, 3 * s + id.level().index());
            assert!(super::has(layout.valid(), slot));
        }
        let valid: u32 = layout.valid().iter().map(|w| w.count_ones()).sum();
        assert_eq!(valid as usize, MATRIX.criterion_count());
        assert_eq!(layout.words(), 3 * MATRIX.subsection_count());
    }

    #[test]
    fn ids_outside_the_matrix_have_no_slot() {
        for s in ["9.1-D1", "1.9-D1", "1.1-D99", "1.1-D8", "3.7-T99", "4.1-D1"] {
            assert_eq!(MHICS_2019.layout().slot(s.parse().unwrap()), None, "{s}");
        }
    }

    #[test]
    fn totals_match_the_matrix() {
        for (s, subsection) in MATRIX.subsections().enumerate() {
            for level in Level::ALL {
                let n = subsection.level(level).criterion_count();
                let w = 3 * s + level.index();
                assert_eq!(usize::from(MHICS_2019.layout().total(w)), n);
                assert_eq!(MHICS_2019.layout().valid()[w].count_ones() as usize, n);
            }
        }
    }
}
