//! Progression: coverage per sub-section and level, the level attained and the next one.
//!
//! For one sub-section and one level, `total` counts the level's criteria, `applicable`
//! those not answered `not_applicable`, and `met` those answered `met`. The level is
//! *complete* when `met == applicable`. A sub-section has *attained* the highest level L
//! such that every level up to and including L is complete (progression is cumulative);
//! none when Developing is not complete. A domain's attainment is the lowest among its
//! sub-sections (none < developing < maturing < thriving), and the overall attainment the
//! lowest among the domains.

use crate::layout::{self, DOMAINS, DOMAIN_STARTS, SUBSECTIONS, SUBSECTION_IDS};
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
    subsections: [SubSectionProgress; SUBSECTIONS],
    domains: [DomainProgress; DOMAINS],
    overall: Option<Level>,
}

/// The attained level given coverage at each level, in order.
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

/// Evaluates an assessment against the crate's matrix. Pure: no I/O, no allocation.
pub fn evaluate(assessment: &Assessment) -> Evaluation {
    let met = assessment.statuses.met();
    let not_applicable = assessment.statuses.not_applicable();
    let mut subsections = [SubSectionProgress {
        id: SUBSECTION_IDS[0],
        coverage: [Coverage::default(); 3],
        attained: None,
    }; SUBSECTIONS];
    for (s, progress) in subsections.iter_mut().enumerate() {
        progress.id = SUBSECTION_IDS[s];
        for level in Level::ALL {
            let range = layout::range(s, level);
            let total = range.len() as u16;
            progress.coverage[level.index()] = Coverage {
                met: layout::count(met, range.clone()) as u16,
                applicable: total - layout::count(not_applicable, range) as u16,
                total,
            };
        }
        progress.attained = attained(&progress.coverage);
    }
    let mut domains = [DomainProgress {
        id: DomainId::new(1),
        attained: None,
    }; DOMAINS];
    for (d, progress) in domains.iter_mut().enumerate() {
        let parts = &subsections[usize::from(DOMAIN_STARTS[d])..usize::from(DOMAIN_STARTS[d + 1])];
        *progress = DomainProgress {
            id: MATRIX.domains()[d].id(),
            attained: lowest(parts.iter().map(|s| s.attained)),
        };
    }
    Evaluation {
        subsections,
        domains,
        overall: lowest(domains.iter().map(|d| d.attained)),
    }
}

/// The lowest of some attainments (none is lowest of all).
fn lowest(mut levels: impl Iterator<Item = Option<Level>>) -> Option<Level> {
    let first = levels.next()?;
    levels.fold(first, |low, level| low.min(level))
}

impl Evaluation {
    /// Every sub-section, in matrix order.
    pub fn subsections(&self) -> &[SubSectionProgress] {
        &self.subsections
    }

    /// One sub-section, if the matrix has it.
    pub fn subsection(&self, id: SubSectionId) -> Option<&SubSectionProgress> {
        Some(&self.subsections[layout::subsection_index(id)?])
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
        self.subsections
            .iter()
            .filter(|s| s.attained >= Some(level))
            .count()
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
    fn lowest_treats_none_as_lowest() {
        assert_eq!(lowest([Some(Level::Thriving), None].into_iter()), None);
        assert_eq!(
            lowest([Some(Level::Thriving), Some(Level::Developing)].into_iter()),
            Some(Level::Developing)
        );
        assert_eq!(lowest(core::iter::empty()), None);
    }
}
