//! Progression: coverage per sub-section and level, the level attained and the next one.
//!
//! For one sub-section and one level, `total` counts the level's criteria, `applicable`
//! those not answered `not_applicable`, and `met` those answered `met`. The level is
//! *complete* when `met == applicable`. A sub-section has *attained* the highest level L
//! such that every level up to and including L is complete (progression is cumulative);
//! none when Developing is not complete. A domain's attainment is the lowest among its
//! sub-sections (none < developing < maturing < thriving), and the overall attainment the
//! lowest among the domains.

use crate::assessment::Assessment;
use crate::edition::Edition;
use crate::id::{DomainId, SubSectionId};
use crate::layout;
use crate::level::Level;

/// How much of one level of one sub-section is in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
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
/// overall. A view of the assessment it evaluates ([`Evaluation::assessment`]), so that
/// it can never be shown beside another assessment's answers: computing it allocates
/// nothing, and computing it again costs a few word operations per sub-section.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evaluation<'a> {
    /// The assessment evaluated.
    assessment: &'a Assessment,
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

/// The rank of the attained level of a sub-section whose words (one per level) are
/// `valid`, `met` and `not_applicable`: the number of complete levels before the first
/// with an open criterion (applicable, not met).
#[inline]
fn rank_of(valid: &[u64], met: &[u64], not_applicable: &[u64]) -> u8 {
    let complete = |l: usize| layout::open(valid[l], met[l], not_applicable[l]) == 0;
    let (d, m, t) = (complete(0), complete(1), complete(2));
    u8::from(d) * (1 + u8::from(m) * (1 + u8::from(t)))
}

/// The rank of sub-section `s`.
#[inline]
fn rank(valid: &[u64], met: &[u64], not_applicable: &[u64], s: usize) -> u8 {
    let w = 3 * s..3 * s + 3;
    rank_of(&valid[w.clone()], &met[w.clone()], &not_applicable[w])
}

/// Evaluates an assessment against its edition's content. Pure: no I/O, no allocation.
///
/// The overall level needs no per-sub-section work: it is at least a level when no
/// sub-section has an open criterion (applicable, not met) at that level or below, so it
/// comes from the OR of every sub-section's open criteria, level by level.
pub fn evaluate(assessment: &Assessment) -> Evaluation<'_> {
    let met = assessment.statuses.met();
    let not_applicable = assessment.statuses.not_applicable();
    let mut open = [0u64; 3];
    for ((v, m), n) in assessment
        .layout()
        .valid()
        .chunks_exact(3)
        .zip(met.chunks_exact(3))
        .zip(not_applicable.chunks_exact(3))
    {
        for l in 0..3 {
            open[l] |= layout::open(v[l], m[l], n[l]);
        }
    }
    let overall = match open {
        [0, 0, 0] => 3,
        [0, 0, _] => 2,
        [0, _, _] => 1,
        _ => 0,
    };
    Evaluation {
        assessment,
        overall: BY_RANK[overall],
    }
}

impl<'a> Evaluation<'a> {
    /// The assessment evaluated.
    pub fn assessment(&self) -> &'a Assessment {
        self.assessment
    }

    /// The edition it was evaluated against (the assessment's).
    pub fn edition(&self) -> Edition {
        self.assessment.edition()
    }

    /// The rank of sub-section `s`'s attained level.
    fn rank(&self, s: usize) -> u8 {
        let statuses = &self.assessment.statuses;
        rank(
            self.assessment.layout().valid(),
            statuses.met(),
            statuses.not_applicable(),
            s,
        )
    }

    /// Sub-section `s` (in matrix order).
    fn progress(&self, s: usize) -> SubSectionProgress {
        let layout = self.assessment.layout();
        let statuses = &self.assessment.statuses;
        let (met, not_applicable) = (statuses.met(), statuses.not_applicable());
        SubSectionProgress {
            id: layout.subsection_ids()[s],
            coverage: Level::ALL.map(|level| {
                let w = 3 * s + level.index();
                let total = layout.total(w);
                Coverage {
                    met: met[w].count_ones() as u16,
                    applicable: total - not_applicable[w].count_ones() as u16,
                    total,
                }
            }),
            attained: BY_RANK[usize::from(self.rank(s))],
        }
    }

    /// Every sub-section, in matrix order.
    pub fn subsections(&self) -> impl ExactSizeIterator<Item = SubSectionProgress> + Clone + '_ {
        (0..self.assessment.layout().subsection_count()).map(|s| self.progress(s))
    }

    /// One sub-section, if the edition has it.
    pub fn subsection(&self, id: SubSectionId) -> Option<SubSectionProgress> {
        Some(self.progress(self.assessment.layout().subsection_index(id)?))
    }

    /// Domain `d` (by index).
    fn domain_at(&self, d: usize) -> DomainProgress {
        let lowest = self
            .assessment
            .layout()
            .domain_range(d)
            .map(|s| self.rank(s))
            .min()
            .unwrap_or(3);
        DomainProgress {
            id: self.assessment.layout().domain_ids()[d],
            attained: BY_RANK[usize::from(lowest)],
        }
    }

    /// Every domain, in order.
    pub fn domains(&self) -> Domains<'a> {
        Domains {
            evaluation: *self,
            range: 0..self.assessment.layout().domain_ids().len(),
        }
    }

    /// One domain, if the edition has it.
    pub fn domain(&self, id: DomainId) -> Option<DomainProgress> {
        let d = usize::from(id.number()).checked_sub(1)?;
        (d < self.assessment.layout().domain_ids().len()).then(|| self.domain_at(d))
    }

    /// The lowest level attained among the domains.
    pub const fn overall(&self) -> Option<Level> {
        self.overall
    }

    /// How many sub-sections have attained at least `level`.
    pub fn attaining(&self, level: Level) -> usize {
        let rank = level.index() as u8 + 1;
        (0..self.assessment.layout().subsection_count())
            .filter(|s| self.rank(*s) >= rank)
            .count()
    }
}

/// The domains of an [`Evaluation`], in order: an iterator of [`DomainProgress`].
#[derive(Debug, Clone)]
pub struct Domains<'a> {
    evaluation: Evaluation<'a>,
    range: core::ops::Range<usize>,
}

impl<'a> Domains<'a> {
    /// The same iterator (so that code written for a slice of domains reads the same).
    pub fn iter(&self) -> Domains<'a> {
        self.clone()
    }
}

impl Iterator for Domains<'_> {
    type Item = DomainProgress;

    fn next(&mut self) -> Option<DomainProgress> {
        let d = self.range.next()?;
        Some(self.evaluation.domain_at(d))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }
}

impl ExactSizeIterator for Domains<'_> {}
impl core::iter::FusedIterator for Domains<'_> {}

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
    fn attainment_by_words_agrees_with_attainment_by_coverage() {
        let valid = [0b111u64; 3];
        for open in 0..512u64 {
            // 3 criteria per level: bits 0-2 of each word are open or not.
            let met = [!open & 7, !open >> 3 & 7, !open >> 6 & 7];
            let coverage = [0, 1, 2].map(|l| cov(met[l].count_ones() as u16, 3, 3));
            let by_words = BY_RANK[usize::from(rank(&valid, &met, &[0; 3], 0))];
            assert_eq!(by_words, attained(&coverage), "{open:#b}");
        }
    }
}
