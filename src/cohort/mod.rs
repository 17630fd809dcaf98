//! Cohorts: several systems side by side, one assessment each, and peer learning.
//!
//! A [`Cohort`] holds one assessment per system ([`Cohort::new`] refuses a second one;
//! [`Cohort::latest_of_each`] keeps the latest) and evaluates each once. Per sub-section it gives the
//! distribution of attained levels ([`Distribution`]); per criterion the share of
//! assessments that meet it ([`CriterionShare`]); and where the assessments vary most.
//! [`Cohort::peer_learning`] pairs each gap of one system with the other systems of the
//! cohort that have already met that criterion, so that they can share how.

mod builder;
pub(crate) mod peers;
mod shares;

pub use builder::CohortBuilder;
pub use peers::{Peer, PeerGap};
pub use shares::{CriterionShare, Distribution};

use crate::assessment::{Assessment, Status};
use crate::edition::Edition;
use crate::error::Conflict;
use crate::gaps::Target;
use crate::id::{CriterionId, SubSectionId};
use crate::progression::{evaluate, Evaluation};
use peers::{PeerIndex, PEERS_PER_GAP};

/// One assessment of a cohort, with its evaluation.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Member<'a> {
    /// The assessment.
    pub assessment: &'a Assessment,
    /// Its evaluation.
    pub evaluation: Evaluation<'a>,
}

impl Member<'_> {
    /// The member's label in reports: the system name, with the date when given.
    pub fn label(&self) -> String {
        match self.assessment.date() {
            Some(date) => format!("{} ({date})", self.assessment.system()),
            None => self.assessment.system().to_owned(),
        }
    }
}

/// Assessments of several systems, one per system: made with [`Cohort::new`],
/// [`Cohort::latest_of_each`] or [`Cohort::builder`]. (One system over time is a
/// [`compare`](crate::compare)ison.)
///
/// ```
/// use mhics::cohort::Cohort;
/// use mhics::{Assessment, Level, Status};
///
/// let a = Assessment::builder("North ICS").respond("1.1-D1", Status::Met).build()?;
/// let b = Assessment::builder("South ICS").respond("1.1-D1", Status::Partial).build()?;
/// let cohort = Cohort::new([&a, &b])?;
/// let share = cohort.criterion_share("1.1-D1".parse()?).expect("in the matrix");
/// assert_eq!((share.met, share.systems), (1, 2));
/// assert_eq!(share.share(), 0.5);
/// let d = cohort.distribution("1.1".parse()?).expect("in the matrix");
/// assert_eq!(d.count(None), 2); // neither has attained Developing in 1.1
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Cohort<'a> {
    members: Vec<Member<'a>>,
}

impl Cohort<'_> {
    /// The most peers [`peer_learning`](Self::peer_learning) names for one gap, in a
    /// cohort of any edition; the rest are counted.
    pub const PEERS_PER_GAP: usize = PEERS_PER_GAP;
}

impl<'a> Cohort<'a> {
    /// A cohort of `assessments`, kept in the order given. Fails with
    /// [`Conflict::EmptyCohort`] when there are none, with [`Conflict::MixedEditions`] when they
    /// answer different editions (see
    /// [`Editions::to_one_edition`](crate::Editions::to_one_edition)), and with
    /// [`Conflict::SystemTwice`] when
    /// two assess the same system (compared as [names](crate::name)) — the
    /// same assessment twice, or one system at two dates: see
    /// [`latest_of_each`](Self::latest_of_each).
    pub fn new(assessments: impl IntoIterator<Item = &'a Assessment>) -> Result<Self, Conflict> {
        Self::builder().members(assessments).build()
    }

    /// A cohort of the latest assessment of each system among `assessments` (by date,
    /// undated ones counting as earliest, and among equals the last given), systems in
    /// the order they first appear. Fails with [`Conflict::EmptyCohort`] when there are none.
    pub fn latest_of_each(
        assessments: impl IntoIterator<Item = &'a Assessment>,
    ) -> Result<Self, Conflict> {
        Self::builder()
            .members(assessments)
            .latest_of_each()
            .build()
    }

    /// A builder, to name members for errors (e.g. by file) or keep the latest of each.
    pub fn builder() -> CohortBuilder<'a> {
        CohortBuilder::default()
    }

    /// A cohort of assessments of distinct systems, in the order given.
    pub(crate) fn of_distinct(
        assessments: impl IntoIterator<Item = &'a Assessment>,
    ) -> Result<Self, Conflict> {
        let members: Vec<Member<'a>> = assessments
            .into_iter()
            .map(|assessment| Member {
                assessment,
                evaluation: evaluate(assessment),
            })
            .collect();
        let first = members
            .first()
            .ok_or(Conflict::EmptyCohort)?
            .assessment
            .edition();
        if let Some(other) = members.iter().find(|m| m.assessment.edition() != first) {
            return Err(Conflict::MixedEditions {
                action: "put in one cohort",
                first: first.to_string(),
                second: other.assessment.edition().to_string(),
            });
        }
        Ok(Cohort { members })
    }

    /// The edition every member answers.
    pub fn edition(&self) -> Edition {
        self.members[0].assessment.edition()
    }

    /// The members, in the order given.
    pub fn members(&self) -> &[Member<'a>] {
        &self.members
    }

    /// How many assessments the cohort has.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Always false: a cohort has at least one member.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The distribution of attained levels in one sub-section, if the matrix has it.
    pub fn distribution(&self, id: SubSectionId) -> Option<Distribution> {
        let mut d = Distribution::default();
        for m in &self.members {
            d.add(m.evaluation.subsection(id)?.attained());
        }
        Some(d)
    }

    /// Every sub-section with its distribution, in matrix order.
    pub fn distributions(&self) -> Vec<(SubSectionId, Distribution)> {
        let mut out: Vec<(SubSectionId, Distribution)> = self
            .edition()
            .layout()
            .subsection_ids()
            .iter()
            .map(|id| (*id, Distribution::default()))
            .collect();
        for m in &self.members {
            for (slot, progress) in out.iter_mut().zip(m.evaluation.subsections()) {
                slot.1.add(progress.attained());
            }
        }
        out
    }

    /// The distribution of overall attainment.
    pub fn overall_distribution(&self) -> Distribution {
        let mut d = Distribution::default();
        for m in &self.members {
            d.add(m.evaluation.overall());
        }
        d
    }

    fn share_at(&self, slot: usize) -> CriterionShare {
        let entry = self.edition().layout().entry(slot);
        let mut share = CriterionShare {
            criterion: entry.criterion,
            theme: entry.theme,
            met: 0,
            partial: 0,
            not_met: 0,
            not_applicable: 0,
            not_assessed: 0,
            systems: self.members.len(),
        };
        for m in &self.members {
            match m.assessment.statuses.get(slot) {
                Some(Status::Met) => share.met += 1,
                Some(Status::Partial) => share.partial += 1,
                Some(Status::NotMet) => share.not_met += 1,
                Some(Status::NotApplicable) => share.not_applicable += 1,
                None => share.not_assessed += 1,
            }
        }
        share
    }

    /// How the members answered one criterion, if the matrix has it.
    pub fn criterion_share(&self, id: CriterionId) -> Option<CriterionShare> {
        Some(self.share_at(self.edition().layout().slot(id)?))
    }

    /// Every criterion with how the members answered it, in matrix order.
    pub fn criterion_shares(&self) -> impl Iterator<Item = CriterionShare> + '_ {
        self.edition()
            .layout()
            .slots()
            .map(|slot| self.share_at(slot))
    }

    /// The `n` sub-sections whose attained levels are most spread out
    /// ([`Distribution::spread`]), most first; ties in matrix order. Sub-sections where
    /// every member stands at the same level are left out.
    pub fn most_varied_subsections(&self, n: usize) -> Vec<(SubSectionId, Distribution)> {
        let mut all: Vec<_> = self
            .distributions()
            .into_iter()
            .filter(|(_, d)| d.spread() > 0.0)
            .collect();
        all.sort_by(|a, b| b.1.spread().total_cmp(&a.1.spread()));
        all.truncate(n);
        all
    }

    /// The `n` criteria on which the members differ most ([`CriterionShare::variation`]),
    /// most first; ties in matrix order. Criteria on which all agree are left out.
    pub fn most_varied_criteria(&self, n: usize) -> Vec<CriterionShare> {
        let mut all: Vec<_> = self
            .criterion_shares()
            .filter(|s| s.variation() > 0.0)
            .collect();
        all.sort_by(|a, b| b.variation().total_cmp(&a.variation()));
        all.truncate(n);
        all
    }

    /// Peer learning for `assessment` (a member of the cohort or not): each of its gaps
    /// toward `target`, in matrix order, with the first
    /// [`PEERS_PER_GAP`](Self::PEERS_PER_GAP) other systems of the cohort (in cohort
    /// order) that have met the criterion, and how many more have. Takes time linear in
    /// the cohort; for every member, [`peer_learning_for_each`](Self::peer_learning_for_each)
    /// does it all in linear time too.
    ///
    /// ```
    /// use mhics::cohort::Cohort;
    /// use mhics::{Assessment, Status, Target};
    ///
    /// let north = Assessment::builder("North ICS")
    ///     .respond_with_note("1.1-D2", Status::Met, "Service user panel in every borough")
    ///     .build()?;
    /// let south = Assessment::builder("South ICS").respond("1.1-D2", Status::Partial).build()?;
    /// let cohort = Cohort::new([&north, &south])?;
    /// let learning = cohort.peer_learning(&south, Target::Next);
    /// let d2 = learning.iter().find(|p| p.gap.criterion.id().to_string() == "1.1-D2").expect("a gap");
    /// assert_eq!(d2.peers[0].system, "North ICS");
    /// assert_eq!(d2.peers[0].note, Some("Service user panel in every borough"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn peer_learning(&self, assessment: &Assessment, target: Target) -> Vec<PeerGap<'a>> {
        PeerIndex::new(self.members.iter().map(|m| m.assessment)).learning(assessment, target)
    }

    /// [`peer_learning`](Self::peer_learning) for every member, in cohort order, in time
    /// linear in the cohort (the cohort is indexed once).
    pub fn peer_learning_for_each<'c>(
        &'c self,
        target: Target,
    ) -> impl Iterator<Item = (&'c Member<'a>, Vec<PeerGap<'a>>)> + 'c {
        let index = PeerIndex::new(self.members.iter().map(|m| m.assessment));
        self.members
            .iter()
            .map(move |member| (member, index.learning(member.assessment, target)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    #[test]
    fn an_empty_cohort_is_refused() {
        assert_eq!(Cohort::new([]).unwrap_err(), Conflict::EmptyCohort);
    }

    #[test]
    fn ids_outside_the_matrix_have_no_distribution_or_share(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let a = Assessment::builder("North").build()?;
        let cohort = Cohort::new([&a])?;
        assert_eq!(cohort.distribution("9.9".parse()?), None);
        assert_eq!(cohort.criterion_share("1.1-D99".parse()?), None);
        assert_eq!(cohort.distribution("1.1".parse()?).map(|d| d.none), Some(1));
        Ok(())
    }

    #[test]
    fn peers_are_other_systems_at_their_latest_assessment_when_asked_for(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let d = |s: &str| s.parse::<Date>().expect("a date");
        let old = Assessment::builder("North")
            .date(d("2025-01-01"))
            .respond("1.1-D1", Status::Met)
            .build()?;
        let new = Assessment::builder("North")
            .date(d("2026-01-01"))
            .respond("1.1-D1", Status::NotMet)
            .respond("1.1-D2", Status::Met)
            .build()?;
        let me = Assessment::builder("South").build()?;
        let cohort = Cohort::latest_of_each([&new, &old, &me])?;
        assert_eq!(cohort.len(), 2);
        let learning = cohort.peer_learning(&me, Target::Next);
        let peers_of = |id: &str| -> Vec<Option<Date>> {
            learning
                .iter()
                .find(|p| p.gap.criterion.id().to_string() == id)
                .map(|p| p.peers.iter().map(|peer| peer.date).collect())
                .unwrap_or_default()
        };
        assert_eq!(peers_of("1.1-D1"), []);
        assert_eq!(peers_of("1.1-D2"), [Some(d("2026-01-01"))]);
        // A system is never its own peer.
        assert!(cohort
            .peer_learning(&new, Target::Next)
            .iter()
            .all(|p| p.peers.is_empty()));
        Ok(())
    }
}

#[cfg(test)]
mod one_system_once {
    use super::*;

    #[test]
    fn a_second_assessment_of_a_system_is_refused_naming_both(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let a = Assessment::builder("North ICS").build()?;
        let b = Assessment::builder(" north ics")
            .date("2026-01-02".parse().expect("a date"))
            .build()?;
        let c = Assessment::builder("South ICS").build()?;
        assert_eq!(
            Cohort::new([&a, &c, &b]).unwrap_err(),
            Conflict::SystemTwice {
                system: " north ics".into(),
                first_system: "North ICS".into(),
                first: "assessment 1 (North ICS)".into(),
                second: "assessment 3 ( north ics, 2026-01-02)".into(),
            }
        );
        assert!(matches!(
            Cohort::new([&a, &a]),
            Err(Conflict::SystemTwice { .. })
        ));
        let cohort = Cohort::latest_of_each([&b, &c, &a])?;
        let kept: Vec<_> = cohort
            .members()
            .iter()
            .map(|m| m.assessment.system())
            .collect();
        assert_eq!(kept, [" north ics", "South ICS"]);
        // Among equals, the last given.
        let again = a.clone();
        let cohort = Cohort::latest_of_each([&a, &c, &again])?;
        assert!(core::ptr::eq(cohort.members()[0].assessment, &again));
        assert_eq!(cohort.len(), 2);
        assert_eq!(
            Cohort::builder().build().unwrap_err(),
            Conflict::EmptyCohort
        );
        Ok(())
    }

    #[test]
    fn peer_learning_names_a_few_peers_and_counts_the_rest(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let me = Assessment::builder("Me").build()?;
        let others: Vec<Assessment> = (0..7)
            .map(|i| {
                Assessment::builder(format!("Peer {i}"))
                    .respond("1.1-D1", if i == 2 { Status::Partial } else { Status::Met })
                    .build()
            })
            .collect::<Result<_, _>>()?;
        let cohort = Cohort::new(std::iter::once(&me).chain(&others))?;
        let learning = cohort.peer_learning(&me, Target::Next);
        let d1 = &learning[0];
        assert_eq!(d1.gap.criterion.id().to_string(), "1.1-D1");
        let names: Vec<_> = d1.peers.iter().map(|p| p.system).collect();
        assert_eq!(names, ["Peer 0", "Peer 1", "Peer 3"]);
        assert_eq!(d1.more, 3);
        // The same for each member, at once.
        for (member, each) in cohort.peer_learning_for_each(Target::Next) {
            assert_eq!(each, cohort.peer_learning(member.assessment, Target::Next));
            assert!(each.iter().all(|p| p
                .peers
                .iter()
                .all(|q| q.system != member.assessment.system())));
        }
        let (_, peer0) = cohort
            .peer_learning_for_each(Target::Next)
            .nth(1)
            .expect("a member");
        assert!(peer0
            .iter()
            .all(|p| p.gap.criterion.id().to_string() != "1.1-D1"));
        Ok(())
    }
}

impl<'a> CohortBuilder<'a> {
    /// The cohort; fails with [`Conflict::SystemTwice`] (see [`CohortBuilder`]), or
    /// [`Conflict::EmptyCohort`] when no assessment was added.
    pub fn build(self) -> Result<Cohort<'a>, Conflict> {
        Cohort::of_distinct(self.distinct()?)
    }
}
