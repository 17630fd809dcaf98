//! The compiled-in matrix laid out for evaluation. All tables here are computed from
//! [`MATRIX`] when the crate compiles.
//!
//! Every criterion has an *ordinal*, its position in matrix order, and a *slot*, its bit
//! in a set of criteria. A set takes one 64-bit word per sub-section, and each word three
//! 16-bit lanes, one per level: bits 0–15 Developing, 16–31 Maturing, 32–47 Thriving,
//! criterion `n` of a level at bit `n − 1` of its lane. Slots therefore run in matrix
//! order, and everything evaluation needs is a few operations per word: whether a
//! level is complete is whether a lane has an open bit, and the criteria counts of all
//! three levels come from one SWAR population count of the word.

use crate::{Criterion, CriterionId, Level, SubSectionId, Theme, MATRIX};

/// How many criteria the matrix has.
pub const CRITERIA: usize = MATRIX.criterion_count();
/// How many sub-sections the matrix has.
pub const SUBSECTIONS: usize = MATRIX.subsection_count();
/// How many domains the matrix has.
pub const DOMAINS: usize = MATRIX.domains().len();
/// How many 64-bit words a set of criteria takes: one per sub-section.
pub const WORDS: usize = SUBSECTIONS;
/// Bits per level lane.
pub const LANE: usize = 16;

/// A set of criteria, one bit per slot.
pub type Bits = [u64; WORDS];

/// One criterion with where it stands.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub criterion: &'static Criterion,
    pub theme: &'static Theme,
}

/// The lane of `level` in a word.
#[cfg(test)]
pub const fn lane(level: Level) -> u64 {
    lane_at(level.index())
}

/// Lane `index` (0 Developing, 1 Maturing, 2 Thriving) of a word.
pub const fn lane_at(index: usize) -> u64 {
    0xffff << (LANE * index)
}

/// The open criteria of one sub-section's word: applicable (`valid`, not answered not
/// applicable) and not met.
#[inline]
pub const fn open(valid: u64, met: u64, not_applicable: u64) -> u64 {
    valid & !(met | not_applicable)
}

/// The index of the first lane of `open` with an open criterion, which is the first
/// level not complete; 3 or more when every lane is complete.
#[inline]
pub const fn first_open_lane(open: u64) -> usize {
    open.trailing_zeros() as usize / LANE
}

/// The lanes of every level up to and including `level`.
pub const fn lanes_up_to(level: Level) -> u64 {
    u64::MAX >> (64 - LANE * (level.index() + 1))
}

/// Ordinal ranges: `RANGES[s][l]` is `start..end` of sub-section `s` (in matrix order)
/// at level `l`.
pub static RANGES: [[(u16, u16); 3]; SUBSECTIONS] = ranges();

/// The first sub-section index of each domain, and the total at the end.
pub static DOMAIN_STARTS: [u8; DOMAINS + 1] = domain_starts();

/// Every criterion in matrix order (by ordinal).
pub static ENTRIES: [Entry; CRITERIA] = entries();

/// The slot of every criterion, by ordinal.
pub static SLOTS: [u16; CRITERIA] = slots();

/// The sub-section IDs in matrix order.
pub static SUBSECTION_IDS: [SubSectionId; SUBSECTIONS] = subsection_ids();

/// The slots that hold a criterion.
pub static VALID: Bits = valid();

const _: () = {
    assert!(CRITERIA <= u16::MAX as usize && SUBSECTIONS <= u8::MAX as usize);
    let mut s = 0;
    while s < SUBSECTIONS {
        let mut l = 0;
        while l < 3 {
            let (start, end) = ranges()[s][l];
            assert!(
                (end - start) as usize <= LANE,
                "a level has more than 16 criteria: widen the lanes of the layout"
            );
            l += 1;
        }
        s += 1;
    }
};

/// Calls `f(sub-section index, level index, level content)` in matrix order.
macro_rules! for_each_level {
    (|$s:ident, $l:ident, $content:ident| $body:block) => {{
        let domains = MATRIX.domains();
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

const fn ranges() -> [[(u16, u16); 3]; SUBSECTIONS] {
    let mut out = [[(0u16, 0u16); 3]; SUBSECTIONS];
    let mut ordinal = 0usize;
    for_each_level!(|s, l, content| {
        let len = content.criterion_count();
        out[s][l] = (ordinal as u16, (ordinal + len) as u16);
        ordinal += len;
    });
    out
}

const fn slots() -> [u16; CRITERIA] {
    let mut out = [0u16; CRITERIA];
    let mut ordinal = 0usize;
    for_each_level!(|s, l, content| {
        let mut n = 0;
        while n < content.criterion_count() {
            out[ordinal] = (s * 64 + l * LANE + n) as u16;
            ordinal += 1;
            n += 1;
        }
    });
    out
}

const fn valid() -> Bits {
    let mut out = [0u64; WORDS];
    for_each_level!(|s, l, content| {
        let n = content.criterion_count();
        if n > 0 {
            out[s] |= (u64::MAX >> (64 - n)) << (l * LANE);
        }
    });
    out
}

const fn domain_starts() -> [u8; DOMAINS + 1] {
    let mut out = [0u8; DOMAINS + 1];
    let domains = MATRIX.domains();
    let mut d = 0;
    while d < domains.len() {
        out[d + 1] = out[d] + domains[d].subsections().len() as u8;
        d += 1;
    }
    out
}

const fn subsection_ids() -> [SubSectionId; SUBSECTIONS] {
    let first = MATRIX.domains()[0].subsections()[0].id();
    let mut out = [first; SUBSECTIONS];
    let domains = MATRIX.domains();
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

const fn entries() -> [Entry; CRITERIA] {
    let first_theme = &MATRIX.domains()[0].subsections()[0].levels()[0].themes()[0];
    let mut out = [Entry {
        criterion: &first_theme.criteria()[0],
        theme: first_theme,
    }; CRITERIA];
    let mut ordinal = 0;
    for_each_level!(|_s, _l, content| {
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

/// The index (in matrix order) of a sub-section, if the matrix has it.
pub fn subsection_index(id: SubSectionId) -> Option<usize> {
    let d = usize::from(id.domain().number()).checked_sub(1)?;
    if d >= DOMAINS {
        return None;
    }
    let (start, end) = (
        usize::from(DOMAIN_STARTS[d]),
        usize::from(DOMAIN_STARTS[d + 1]),
    );
    let s = start + usize::from(id.number()) - 1;
    (s < end).then_some(s)
}

/// The slot of a criterion, if the matrix has it.
pub fn slot(id: CriterionId) -> Option<usize> {
    let s = subsection_index(id.subsection())?;
    let level = id.level().index();
    let (start, end) = RANGES[s][level];
    let n = usize::from(id.number());
    (n <= usize::from(end - start)).then_some(s * 64 + level * LANE + n - 1)
}

/// The criterion in `slot` (which must hold one).
pub fn entry(slot: usize) -> &'static Entry {
    let (s, lane, n) = (slot / 64, slot % 64 / LANE, slot % LANE);
    &ENTRIES[usize::from(RANGES[s][lane].0) + n]
}

/// The criteria counts of the three lanes of `word`, each in its own lane.
#[inline]
pub const fn lane_counts(word: u64) -> u64 {
    let x = word - ((word >> 1) & 0x5555_5555_5555_5555);
    let x = (x & 0x3333_3333_3333_3333) + ((x >> 2) & 0x3333_3333_3333_3333);
    let x = (x + (x >> 4)) & 0x0f0f_0f0f_0f0f_0f0f;
    (x + (x >> 8)) & 0x00ff_00ff_00ff_00ff
}

/// The value in `level`'s lane of a word of lane counts.
#[inline]
pub const fn lane_value(counts: u64, level: Level) -> u16 {
    (counts >> (LANE * level.index())) as u16
}

/// The lane counts of every word of `bits`.
#[inline]
pub fn counts(bits: &Bits) -> Bits {
    let mut out = [0; WORDS];
    for (o, word) in out.iter_mut().zip(bits) {
        *o = lane_counts(*word);
    }
    out
}

/// The criteria counts per level of every sub-section (as lane counts).
pub static TOTALS: Bits = {
    let mut out = [0; WORDS];
    let mut s = 0;
    while s < WORDS {
        out[s] = lane_counts(VALID[s]);
        s += 1;
    }
    out
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_follow_matrix_order_and_round_trip() {
        let mut previous = None;
        for (o, criterion) in MATRIX.criteria().enumerate() {
            let id = criterion.id();
            let slot = slot(id).expect("a slot");
            assert_eq!(usize::from(SLOTS[o]), slot);
            assert_eq!(ENTRIES[o].criterion.id(), id);
            assert_eq!(entry(slot).criterion.id(), id);
            assert!(previous < Some(slot), "{id} is out of order");
            previous = Some(slot);
            let s = subsection_index(id.subsection()).unwrap();
            assert_eq!(SUBSECTION_IDS[s], id.subsection());
            assert_eq!(slot / 64, s);
            assert_ne!(VALID[slot / 64] & 1 << (slot % 64), 0);
            assert_ne!(lane(id.level()) & 1 << (slot % 64), 0);
        }
        let valid: u32 = VALID.iter().map(|w| w.count_ones()).sum();
        assert_eq!(valid as usize, CRITERIA);
    }

    #[test]
    fn ids_outside_the_matrix_have_no_slot() {
        for s in ["9.1-D1", "1.9-D1", "1.1-D99", "1.1-D8", "3.7-T99", "4.1-D1"] {
            assert_eq!(slot(s.parse().unwrap()), None, "{s}");
        }
    }

    #[test]
    fn lane_counts_agree_with_a_bit_by_bit_count() {
        for i in 0..2000u64 {
            let word =
                i.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(i as u32) & 0xffff_ffff_ffff;
            let counts = lane_counts(word);
            for level in Level::ALL {
                let slow = (word & lane(level)).count_ones() as u16;
                assert_eq!(lane_value(counts, level), slow, "{word:#x} {level}");
            }
        }
        assert_eq!(lane_counts(0xffff_ffff_ffff), 0x0010_0010_0010);
    }

    #[test]
    fn totals_and_lanes_match_the_matrix() {
        for (s, subsection) in MATRIX.subsections().enumerate() {
            for level in Level::ALL {
                let n = subsection.level(level).criterion_count();
                assert_eq!(usize::from(lane_value(TOTALS[s], level)), n);
            }
        }
        assert_eq!(lanes_up_to(Level::Developing), 0xffff);
        assert_eq!(lanes_up_to(Level::Maturing), 0xffff_ffff);
        assert_eq!(lanes_up_to(Level::Thriving), 0xffff_ffff_ffff);
        assert_eq!(lane(Level::Maturing), 0xffff_0000);
    }
}
