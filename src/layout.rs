//! The compiled-in matrix laid out for evaluation: every criterion has an ordinal (its
//! position in matrix order), and each sub-section level is a contiguous run of ordinals.
//! All tables here are computed from [`MATRIX`] when the crate compiles.

use crate::{Criterion, CriterionId, Level, SubSectionId, Theme, MATRIX};

/// How many criteria the matrix has.
pub const CRITERIA: usize = MATRIX.criterion_count();
/// How many sub-sections the matrix has.
pub const SUBSECTIONS: usize = MATRIX.subsection_count();
/// How many domains the matrix has.
pub const DOMAINS: usize = MATRIX.domains().len();
/// How many 64-bit words a set of criteria takes.
pub const WORDS: usize = CRITERIA.div_ceil(64);

/// A set of criteria, one bit per ordinal.
pub type Bits = [u64; WORDS];

/// One criterion with where it stands.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub criterion: &'static Criterion,
    pub theme: &'static Theme,
}

/// Ordinal ranges: `RANGES[s][l]` is `start..end` of sub-section `s` (in matrix order)
/// at level `l`.
pub static RANGES: [[(u16, u16); 3]; SUBSECTIONS] = ranges();

/// The first sub-section index of each domain, and the total at the end.
pub static DOMAIN_STARTS: [u8; DOMAINS + 1] = domain_starts();

/// Every criterion in matrix order.
pub static ENTRIES: [Entry; CRITERIA] = entries();

/// The sub-section IDs in matrix order.
pub static SUBSECTION_IDS: [SubSectionId; SUBSECTIONS] = subsection_ids();

const _: () = assert!(CRITERIA <= u16::MAX as usize && SUBSECTIONS <= u8::MAX as usize);

const fn ranges() -> [[(u16, u16); 3]; SUBSECTIONS] {
    let mut out = [[(0u16, 0u16); 3]; SUBSECTIONS];
    let domains = MATRIX.domains();
    let (mut d, mut s, mut ordinal) = (0, 0, 0usize);
    while d < domains.len() {
        let subsections = domains[d].subsections();
        let mut i = 0;
        while i < subsections.len() {
            let mut l = 0;
            while l < 3 {
                let len = subsections[i].levels()[l].criterion_count();
                out[s][l] = (ordinal as u16, (ordinal + len) as u16);
                ordinal += len;
                l += 1;
            }
            s += 1;
            i += 1;
        }
        d += 1;
    }
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
    let domains = MATRIX.domains();
    let first_theme = &domains[0].subsections()[0].levels()[0].themes()[0];
    let mut out = [Entry {
        criterion: &first_theme.criteria()[0],
        theme: first_theme,
    }; CRITERIA];
    let (mut d, mut ordinal) = (0, 0);
    while d < domains.len() {
        let subsections = domains[d].subsections();
        let mut i = 0;
        while i < subsections.len() {
            let mut l = 0;
            while l < 3 {
                let themes = subsections[i].levels()[l].themes();
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
                l += 1;
            }
            i += 1;
        }
        d += 1;
    }
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

/// The ordinal of a criterion, if the matrix has it.
pub fn ordinal(id: CriterionId) -> Option<usize> {
    let (start, end) = RANGES[subsection_index(id.subsection())?][id.level().index()];
    let o = usize::from(start) + usize::from(id.number()) - 1;
    (o < usize::from(end)).then_some(o)
}

/// The ordinal range of sub-section index `s` at `level`.
pub fn range(s: usize, level: Level) -> core::ops::Range<usize> {
    let (start, end) = RANGES[s][level.index()];
    usize::from(start)..usize::from(end)
}

/// How many bits of `bits` are set within `range`.
#[inline]
pub fn count(bits: &Bits, range: core::ops::Range<usize>) -> u32 {
    if range.is_empty() {
        return 0;
    }
    let (first, last) = (range.start / 64, (range.end - 1) / 64);
    let low = u64::MAX << (range.start % 64);
    let high = u64::MAX >> (63 - (range.end - 1) % 64);
    if first == last {
        return (bits[first] & low & high).count_ones();
    }
    let mut n = (bits[first] & low).count_ones() + (bits[last] & high).count_ones();
    for word in &bits[first + 1..last] {
        n += word.count_ones();
    }
    n
}

/// Sets every bit of `range` in `bits`.
pub fn fill(bits: &mut Bits, range: core::ops::Range<usize>) {
    for o in range {
        bits[o / 64] |= 1 << (o % 64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_follow_matrix_order_and_round_trip() {
        for (o, criterion) in MATRIX.criteria().enumerate() {
            assert_eq!(ordinal(criterion.id()), Some(o));
            assert_eq!(ENTRIES[o].criterion.id(), criterion.id());
            let s = subsection_index(criterion.id().subsection()).unwrap();
            assert_eq!(SUBSECTION_IDS[s], criterion.id().subsection());
            assert!(range(s, criterion.id().level()).contains(&o));
        }
    }

    #[test]
    fn ids_outside_the_matrix_have_no_ordinal() {
        for s in ["9.1-D1", "1.9-D1", "1.1-D99", "3.7-T99", "4.1-D1"] {
            assert_eq!(ordinal(s.parse().unwrap()), None, "{s}");
        }
    }

    #[test]
    fn count_agrees_with_a_bit_by_bit_count() {
        let mut bits: Bits = [0; WORDS];
        for (i, word) in bits.iter_mut().enumerate() {
            *word = 0x9E37_79B9_7F4A_7C15u64.rotate_left(i as u32 * 7);
        }
        for start in 0..CRITERIA {
            for end in start..=CRITERIA.min(start + 140) {
                let slow = (start..end)
                    .filter(|o| bits[o / 64] >> (o % 64) & 1 == 1)
                    .count() as u32;
                assert_eq!(count(&bits, start..end), slow, "{start}..{end}");
            }
        }
    }
}
