//! Progression: coverage per sub-section and level, the level attained and the next one.
//!
//! For one sub-section and one level, `total` counts the level's criteria, `applicable`
//! those not answered `not_applicable`, and `met` those answered `met`. The level is
//! *complete* when `met == applicable`. A sub-section has *attained* the highest level L
//! such that every level up to and including L is complete (progression is cumulative);
//! none when Developing is not complete. A domain's attainment is the lowest among its
//! sub-sections (none < developing < maturing < thriving), and the overall attainment the
//! lowest among the domains.

use crate::layout::{
    self, Bits, DOMAINS, DOMAIN_STARTS, SUBSECTIONS, SUBSECTION_IDS, TOTALS, VALID,
};
use crate::{Assessment, DomainId, Level, SubSectionId, MATRIX};

/// How much of one level of one sub-section is in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Coverage {
    /// Criteria answered `met`.
    pub met: u16,
    /// Criteria not answered `not_applicable`.
    pub applicable: u16,
    /// All criteria of the level.
    pub total: u16,
}

impl Coverage {
    /// Whether every applicable criterion is met (true when none is applicable).
    pub const fn is_complete(&self) -> bool {
        self.met == self.applicable
    }

    /// The share of applicable criteria met, from 0 to 1 (1 when none is applicable).
    pub fn ratio(&self) -> f64 {
        if self.applicable == 0 {
            1.0
        } else {
            f64::from(self.met) / f64::from(self.applicable)
        }
    }

    /// How many applicable criteria are not met.
    pub const fn remaining(&self) -> u16 {
        self.applicable - self.met
    }
}

/// Where one sub-section stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SubSectionProgress {
    id: SubSectionId,
    coverage: [Coverage; 3],
    attained: Option<Level>,
}

impl SubSectionProgress {
    /// The sub-section.
    pub const fn id(&self) -> SubSectionId {
        self.id
    }

    /// Coverage at every level, in order.
    pub const fn coverages(&self) -> &[Coverage; 3] {
        &self.coverage
    }

    /// Coverage at `level`.
    pub const fn coverage(&self, level: Level) -> Coverage {
        self.coverage[level.index()]
    }

    /// The highest level whose criteria, and those of every level below, are all in
    /// place; `None` when Developing is not complete.
    pub const fn attained(&self) -> Option<Level> {
        self.attained
    }

    /// The level after `attained` (`Developing` when none is attained; `None` at Thriving).
    pub const fn next(&self) -> Option<Level> {
        Level::after(self.attained)
    }

    /// Progress towards [`next`](Self::next): the share of its applicable criteria met.
    /// `None` at Thriving.
    pub fn progress_to_next(&self) -> Option<f64> {
        Some(self.coverage(self.next()?).ratio())
    }
}

/// Where one domain stands: the lowest attainment among its sub-sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DomainProgress {
    id: DomainId,
    attained: Option<Level>,
}

impl DomainProgress {
    /// The domain.
    pub const fn id(&self) -> DomainId {
        self.id
    }

    /// The lowest level attained among the domain's sub-sections.
    pub const fn attained(&self) -> Option<Level> {
        self.attained
    }
}

/// The evaluation of an assessment: progression of every sub-section and domain, and
/// overall. A plain value: computing it allocates nothing.
///
/// ```
/// use mhics::{evaluate, Assessment, Level, Status};
///
/// let assessment = Assessment::builder("Example ICS")
///     .respond("1.1-D1", Status::Met)
///     .build()?;
/// let evaluation = evaluate(&assessment);
/// let s = evaluation.subsection("1.1".parse()?).expect("1.1 is in the matrix");
/// assert_eq!(s.coverage(Level::Developing).met, 1);
/// assert_eq!(s.attained(), None);
/// assert_eq!(s.next(), Some(Level::Developing));
/// assert_eq!(evaluation.overall(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Evaluation {
    /// Per sub-section, the number of criteria met at each level (as lane counts).
    met: Bits,
    /// Per sub-section, the number of criteria not applicable at each level.
    not_applicable: Bits,
    /// Per sub-section, the rank of the attained level (see `BY_RANK`).
    ranks: [u8; SUBSECTIONS],
    domains: [DomainProgress; DOMAINS],
    overall: Option<Level>,
}

/// The attained level given coverage at each level, in order.
#[cfg(test)]
pub(crate) fn attained(coverage: &[Coverage; 3]) -> Option<Level> {
    let mut attained = None;
    for level in Level::ALL {
        if !coverage[level.index()].is_complete() {
            break;
        }
        attained = Some(level);
    }
    attained
}

/// Attained levels by rank: 0 none, 1 Developing, 2 Maturing, 3 Thriving.
const BY_RANK: [Option<Level>; 4] = [
    None,
    Some(Level::Developing),
    Some(Level::Maturing),
    Some(Level::Thriving),
];

/// The rank of the attained level of a sub-section whose open criteria (applicable, not
/// met) are `open`: the first lane with an open criterion is the first level not
/// complete.
#[inline]
fn rank_by_lanes(open: u64) -> u8 {
    layout::first_open_lane(open).min(3) as u8
}

/// Evaluates an assessment against the crate's matrix. Pure: no I/O, no allocation.
pub fn evaluate(assessment: &Assessment) -> Evaluation {
    let met = assessment.statuses.met();
    let not_applicable = assessment.statuses.not_applicable();
    let mut ranks = [0u8; SUBSECTIONS];
    for (((rank, valid), m), n) in ranks.iter_mut().zip(&VALID).zip(met).zip(not_applicable) {
        *rank = rank_by_lanes(layout::open(*valid, *m, *n));
    }
    let mut domains = [DomainProgress {
        id: DomainId::new(1),
        attained: None,
    }; DOMAINS];
    let mut overall = 3;
    for (d, progress) in domains.iter_mut().enumerate() {
        let parts = &ranks[usize::from(DOMAIN_STARTS[d])..usize::from(DOMAIN_STARTS[d + 1])];
        let lowest = parts.iter().fold(3, |low, rank| low.min(*rank));
        overall = overall.min(lowest);
        *progress = DomainProgress {
            id: MATRIX.domains()[d].id(),
            attained: BY_RANK[usize::from(lowest)],
        };
    }
    Evaluation {
        met: layout::counts(met),
        not_applicable: layout::counts(not_applicable),
        ranks,
        domains,
        overall: BY_RANK[usize::from(overall)],
    }
}

impl Evaluation {
    /// Sub-section `s` (in matrix order).
    fn progress(&self, s: usize) -> SubSectionProgress {
        SubSectionProgress {
            id: SUBSECTION_IDS[s],
            coverage: Level::ALL.map(|level| {
                let total = layout::lane_value(TOTALS[s], level);
                Coverage {
                    met: layout::lane_value(self.met[s], level),
                    applicable: total - layout::lane_value(self.not_applicable[s], level),
                    total,
                }
            }),
            attained: BY_RANK[usize::from(self.ranks[s])],
        }
    }

    /// Every sub-section, in matrix order.
    pub fn subsections(&self) -> impl ExactSizeIterator<Item = SubSectionProgress> + Clone + '_ {
        (0..SUBSECTIONS).map(|s| self.progress(s))
    }

    /// One sub-section, if the matrix has it.
    pub fn subsection(&self, id: SubSectionId) -> Option<SubSectionProgress> {
        Some(self.progress(layout::subsection_index(id)?))
    }

    /// Every domain, in order.
    pub fn domains(&self) -> &[DomainProgress] {
        &self.domains
    }

    /// One domain, if the matrix has it.
    pub fn domain(&self, id: DomainId) -> Option<&DomainProgress> {
        self.domains.get(usize::from(id.number()).checked_sub(1)?)
    }

    /// The lowest level attained among the domains.
    pub const fn overall(&self) -> Option<Level> {
        self.overall
    }

    /// How many sub-sections have attained at least `level`.
    pub fn attaining(&self, level: Level) -> usize {
        let rank = level.index() as u8 + 1;
        self.ranks.iter().filter(|r| **r >= rank).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cov(met: u16, applicable: u16, total: u16) -> Coverage {
        Coverage {
            met,
            applicable,
            total,
        }
    }

    #[test]
    fn attainment_is_cumulative() {
        assert_eq!(attained(&[cov(1, 2, 2), cov(3, 3, 3), cov(1, 1, 1)]), None);
        assert_eq!(
            attained(&[cov(2, 2, 2), cov(2, 3, 3), cov(1, 1, 1)]),
            Some(Level::Developing)
        );
        assert_eq!(
            attained(&[cov(2, 2, 2), cov(3, 3, 3), cov(0, 1, 1)]),
            Some(Level::Maturing)
        );
        assert_eq!(
            attained(&[cov(2, 2, 2), cov(3, 3, 3), cov(1, 1, 1)]),
            Some(Level::Thriving)
        );
    }

    #[test]
    fn a_level_with_nothing_applicable_is_complete() {
        assert!(cov(0, 0, 4).is_complete());
        assert_eq!(cov(0, 0, 4).ratio(), 1.0);
        assert_eq!(
            attained(&[cov(0, 0, 2), cov(0, 0, 3), cov(0, 1, 1)]),
            Some(Level::Maturing)
        );
    }

    #[test]
    fn attainment_by_lanes_agrees_with_attainment_by_coverage() {
        let attained_by_lanes = |open| BY_RANK[usize::from(rank_by_lanes(open))];
        for open in 0..512u64 {
            // Spread 9 bits over the three lanes: bits 0-2 of each lane.
            let word = (open & 7) | (open >> 3 & 7) << 16 | (open >> 6 & 7) << 32;
            let coverage = Level::ALL.map(|level| {
                let open = (word & layout::lane(level)).count_ones() as u16;
                cov(3 - open, 3, 3)
            });
            assert_eq!(attained_by_lanes(word), attained(&coverage), "{word:#x}");
        }
    }
}
