//! Files of several systems or partners, of any editions of a set, brought together: a
//! comparison over time, a cohort, a perspectives set. Files of different editions are
//! first brought to one edition by the migrations the set declares, or refused.

use super::visit::{same_edition, MapAll, VisitAll};
use super::{edition_name, Editions};
use crate::assessment::Assessment;
use crate::cohort::Cohort;
use crate::compare::{compare, Comparison};
use crate::edition::Edition;
use crate::error::Error;
use crate::gaps::Target;
use crate::level::Level;
use crate::migration::MigrationReport;
use crate::model::Matrix;
use crate::perspectives::{Perspectives, PerspectivesError};
use crate::report;

/// Brings `items` to one edition: unchanged when they are all of one; else to the
/// edition (the last declared first) that every other file's edition has a migration
/// to, migrating those; else [`Error::MixedEditions`] naming the first two editions.
fn to_one_edition<K: Editions>(
    items: Vec<K>,
    action: &'static str,
) -> Result<(Vec<K>, Vec<MigrationReport>), Error> {
    let mut editions: Vec<&'static Matrix> = Vec::new();
    for item in &items {
        let m = item.matrix();
        if !editions.iter().any(|e| same_edition(e, m)) {
            editions.push(m);
        }
    }
    if editions.len() <= 1 {
        return Ok((items, Vec::new()));
    }
    'target: for &to in K::MATRICES.iter().rev() {
        if !editions.iter().any(|e| same_edition(e, to)) {
            continue;
        }
        let mut out = Vec::with_capacity(items.len());
        let mut reports = Vec::new();
        for item in &items {
            if same_edition(item.matrix(), to) {
                out.push(item.clone());
            } else if let Some((migrated, report)) = item.__migrate(to) {
                out.push(migrated);
                reports.push(report);
            } else {
                continue 'target;
            }
        }
        return Ok((out, reports));
    }
    Err(Error::MixedEditions {
        action,
        first: edition_name(editions[0]),
        second: edition_name(editions[1]),
    })
}

/// Runs `$body` on the assessments `$all` (all of one edition, as made sure when the
/// value was made): `$a` is the `&[&Assessment<E>]`, the arguments are moved in.
macro_rules! on_all {
    ($all:expr, ($($arg:ident: $ty:ty),*), |$a:ident| -> $out:ty $body:block) => {{
        struct Run<'r> {
            $($arg: $ty,)*
            _borrow: core::marker::PhantomData<&'r ()>,
        }
        impl<'a> VisitAll<'a> for Run<'_> {
            type Output = $out;
            #[allow(unused_variables)]
            fn visit<E: Edition>(self, $a: &[&'a Assessment<E>]) -> $out {
                let Run { $($arg,)* .. } = self;
                $body
            }
        }
        let all: Vec<&K> = $all;
        K::__visit_all(&all, Run { $($arg,)* _borrow: core::marker::PhantomData })
    }};
}

/// Compares an earlier and a later assessment of one system, of any editions of a set:
/// when their editions differ, the earlier is migrated to the later's edition first with
/// a migration the set declares, as [`compare_across`](crate::compare_across) does.
/// Fails as [`compare`] does, and with [`Error::MixedEditions`] when the set declares no
/// migration from the earlier's edition to the later's.
pub fn compare_known<K: Editions>(before: &K, after: &K) -> Result<KnownComparison<K>, Error> {
    let migrated = if same_edition(before.matrix(), after.matrix()) {
        None
    } else {
        let migrated = before
            .__migrate(after.matrix())
            .ok_or_else(|| Error::MixedEditions {
                action: "compare",
                first: edition_name(before.matrix()),
                second: edition_name(after.matrix()),
            })?;
        Some(migrated)
    };
    let out = KnownComparison {
        before: before.clone(),
        migrated,
        after: after.clone(),
    };
    let checked = on_all!(vec![out.earlier(), &out.after], (), |a| -> Result<
        (),
        Error,
    > {
        compare(a[0], a[1]).map(|_| ())
    });
    checked.unwrap_or(Ok(()))?;
    Ok(out)
}

/// Two assessments of one system compared, of any editions of a set (the earlier
/// migrated to the later's edition when they differ): made by [`compare_known`].
#[derive(Debug, Clone, PartialEq)]
pub struct KnownComparison<K: Editions> {
    before: K,
    migrated: Option<(K, MigrationReport)>,
    after: K,
}

impl<K: Editions> KnownComparison<K> {
    /// The earlier assessment, as given.
    pub fn before(&self) -> &K {
        &self.before
    }

    /// The later assessment.
    pub fn after(&self) -> &K {
        &self.after
    }

    /// The earlier assessment as compared: migrated to the later's edition when the two
    /// differ, else as given.
    pub fn earlier(&self) -> &K {
        self.migrated.as_ref().map_or(&self.before, |(m, _)| m)
    }

    /// What became of every answer of the earlier assessment, when it was migrated.
    pub fn migration(&self) -> Option<&MigrationReport> {
        self.migrated.as_ref().map(|(_, report)| report)
    }

    /// The overall level attained before and after.
    pub fn overall(&self) -> (Option<Level>, Option<Level>) {
        (self.earlier().overall(), self.after.overall())
    }

    /// The readable summary ([`Summary`](crate::Summary)).
    pub fn summary(&self) -> String {
        on_all!(vec![self.earlier(), &self.after], (), |a| -> String {
            Comparison::of(a[0], a[1]).summary().to_string()
        })
        .unwrap_or_default()
    }

    /// [`report::comparison_markdown`], with the migration's counts first when the
    /// earlier assessment was migrated (as [`report::comparison_across_markdown`]).
    pub fn markdown(&self) -> String {
        let out = on_all!(vec![self.earlier(), &self.after], (), |a| -> String {
            report::comparison_markdown(&Comparison::of(a[0], a[1]))
        })
        .unwrap_or_default();
        match self.migration() {
            Some(migration) => report::markdown::with_migration_note(out, migration),
            None => out,
        }
    }

    /// [`report::comparison_csv`]: a row per criterion whose answer changed.
    pub fn csv(&self) -> String {
        on_all!(vec![self.earlier(), &self.after], (), |a| -> String {
            report::comparison_csv(&Comparison::of(a[0], a[1]))
        })
        .unwrap_or_default()
    }
}

/// Builds a [`KnownCohort`]: the assessments of several systems, of any editions of a
/// set, named for errors as [`CohortBuilder`](crate::CohortBuilder) names them.
#[derive(Debug, Clone)]
#[must_use]
pub struct KnownCohortBuilder<K: Editions> {
    members: Vec<(Option<String>, K)>,
    latest: bool,
}

impl<K: Editions> Default for KnownCohortBuilder<K> {
    fn default() -> Self {
        KnownCohortBuilder {
            members: Vec::new(),
            latest: false,
        }
    }
}

impl<K: Editions> KnownCohortBuilder<K> {
    /// Adds an assessment.
    pub fn member(mut self, assessment: K) -> Self {
        self.members.push((None, assessment));
        self
    }

    /// Adds an assessment named `name` for errors (e.g. the file it was read from).
    pub fn named_member(mut self, name: impl Into<String>, assessment: K) -> Self {
        self.members.push((Some(name.into()), assessment));
        self
    }

    /// Adds assessments, in order.
    pub fn members(mut self, assessments: impl IntoIterator<Item = K>) -> Self {
        self.members
            .extend(assessments.into_iter().map(|assessment| (None, assessment)));
        self
    }

    /// Keeps only the latest assessment of each system, as
    /// [`CohortBuilder::latest_of_each`](crate::CohortBuilder::latest_of_each).
    pub fn latest_of_each(mut self) -> Self {
        self.latest = true;
        self
    }

    /// The cohort: the assessments brought to one edition (see [`KnownCohort`]), then
    /// checked as [`CohortBuilder::build`](crate::CohortBuilder::build) checks them.
    pub fn build(self) -> Result<KnownCohort<K>, Error> {
        let (names, members): (Vec<Option<String>>, Vec<K>) = self.members.into_iter().unzip();
        let (members, migrations) = to_one_edition(members, "put in one cohort")?;
        // The members the cohort keeps (the latest of each, when asked), by place.
        let latest = self.latest;
        let kept = on_all!(members.iter().collect(), (names: Vec<Option<String>>, latest: bool), |a| -> Result<Vec<usize>, Error> {
            let mut builder = Cohort::builder();
            for (assessment, name) in a.iter().zip(names) {
                builder = match name {
                    Some(name) => builder.named_member(name, assessment),
                    None => builder.member(assessment),
                };
            }
            if latest {
                builder = builder.latest_of_each();
            }
            let cohort = builder.build()?;
            Ok(cohort
                .members()
                .iter()
                .filter_map(|m| a.iter().position(|x| core::ptr::eq(*x, m.assessment)))
                .collect())
        })
        .unwrap_or(Err(Error::EmptyCohort))?;
        let mut members: Vec<Option<K>> = members.into_iter().map(Some).collect();
        let members = kept.into_iter().filter_map(|i| members[i].take()).collect();
        Ok(KnownCohort {
            members,
            migrations,
        })
    }
}

/// Assessments of several systems, one per system, of any editions of a set: made with
/// [`KnownCohort::new`] or [`KnownCohort::builder`]. Assessments of different editions
/// are brought to one first: to the edition (the last declared in the set first) that
/// the set declares a migration to from every other edition among them; when there is
/// none, the cohort is refused ([`Error::MixedEditions`]). Each report is what the
/// typed [`Cohort`] gives.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownCohort<K: Editions> {
    members: Vec<K>,
    migrations: Vec<MigrationReport>,
}

impl<K: Editions> KnownCohort<K> {
    /// A cohort of `assessments`, as [`Cohort::new`].
    pub fn new(assessments: impl IntoIterator<Item = K>) -> Result<Self, Error> {
        Self::builder().members(assessments).build()
    }

    /// A builder, to name members for errors or keep the latest of each.
    pub fn builder() -> KnownCohortBuilder<K> {
        KnownCohortBuilder::default()
    }

    /// The members, in cohort order, all of one edition (migrated where they were not).
    pub fn members(&self) -> &[K] {
        &self.members
    }

    /// How many members the cohort has.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether the cohort has no members (never: a cohort needs one).
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The edition of every member.
    pub fn matrix(&self) -> Option<&'static Matrix> {
        self.members.first().map(Editions::matrix)
    }

    /// What became of every answer of each assessment migrated to the cohort's edition,
    /// in the order given (none when all were of one edition).
    pub fn migrations(&self) -> &[MigrationReport] {
        &self.migrations
    }

    /// [`report::cohort_markdown`].
    pub fn markdown(&self) -> String {
        on_all!(self.members.iter().collect(), (), |a| -> String {
            Cohort::of_distinct(a.iter().copied())
                .map_or_else(|_| String::new(), |c| report::cohort_markdown(&c))
        })
        .unwrap_or_default()
    }

    /// [`report::cohort_subsections_csv`].
    pub fn subsections_csv(&self) -> String {
        on_all!(self.members.iter().collect(), (), |a| -> String {
            Cohort::of_distinct(a.iter().copied())
                .map_or_else(|_| String::new(), |c| report::cohort_subsections_csv(&c))
        })
        .unwrap_or_default()
    }

    /// [`report::cohort_criteria_csv`].
    pub fn criteria_csv(&self) -> String {
        on_all!(self.members.iter().collect(), (), |a| -> String {
            Cohort::of_distinct(a.iter().copied())
                .map_or_else(|_| String::new(), |c| report::cohort_criteria_csv(&c))
        })
        .unwrap_or_default()
    }

    /// [`report::cohort_heatmap_svg`].
    pub fn heatmap_svg(&self) -> String {
        on_all!(self.members.iter().collect(), (), |a| -> String {
            Cohort::of_distinct(a.iter().copied())
                .map_or_else(|_| String::new(), |c| report::cohort_heatmap_svg(&c))
        })
        .unwrap_or_default()
    }

    /// [`report::cohort_peer_learning_markdown`]: every member's peer learning toward
    /// `target`, each criterion's text once.
    pub fn peer_learning_markdown(&self, target: Target) -> String {
        on_all!(self.members.iter().collect(), (target: Target), |a| -> String {
            Cohort::of_distinct(a.iter().copied())
                .map_or_else(|_| String::new(), |c| report::cohort_peer_learning_markdown(&c, target))
        })
        .unwrap_or_default()
    }
}

/// Several partners' assessments of one system, of any editions of a set, read as a
/// [`Perspectives`] set: made by [`KnownPerspectives::new`]. Assessments of different
/// editions are brought to one first, as for a [`KnownCohort`]; when no declared
/// migration does, the set is refused.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownPerspectives<K: Editions> {
    partners: Vec<(K, String)>,
    migrations: Vec<MigrationReport>,
}

impl<K: Editions> KnownPerspectives<K> {
    /// Reads `partners` (each assessment with its source, e.g. its file name) as one
    /// system's perspectives, in the order given; fails as [`Perspectives::new`] does,
    /// and with [`PerspectivesError::Editions`] for files of editions that no declared
    /// migration brings to one.
    pub fn new(partners: impl IntoIterator<Item = (K, String)>) -> Result<Self, PerspectivesError> {
        let (members, sources): (Vec<K>, Vec<String>) = partners.into_iter().unzip();
        let (members, migrations) =
            to_one_edition(members, "consolidate").map_err(PerspectivesError::Editions)?;
        let out = KnownPerspectives {
            partners: members.into_iter().zip(sources).collect(),
            migrations,
        };
        out.consolidated()?;
        Ok(out)
    }

    /// The partners' assessments with their sources, in the order given, all of one
    /// edition (migrated where they were not).
    pub fn partners(&self) -> &[(K, String)] {
        &self.partners
    }

    /// The edition of every partner's assessment.
    pub fn matrix(&self) -> Option<&'static Matrix> {
        self.partners.first().map(|(k, _)| k.matrix())
    }

    /// What became of every answer of each assessment migrated to the set's edition.
    pub fn migrations(&self) -> &[MigrationReport] {
        &self.migrations
    }

    fn all(&self) -> (Vec<&K>, Vec<String>) {
        self.partners.iter().map(|(k, s)| (k, s.clone())).unzip()
    }

    /// The consolidated assessment ([`Perspectives::consolidated`]), of the set's
    /// edition.
    pub fn consolidated(&self) -> Result<K, PerspectivesError> {
        struct Consolidate(Vec<String>);
        impl<'a> MapAll<'a> for Consolidate {
            type Error = PerspectivesError;
            fn map<E: Edition>(
                self,
                a: &[&'a Assessment<E>],
            ) -> Result<Assessment<E>, PerspectivesError> {
                let p =
                    Perspectives::new(a.iter().copied().zip(self.0.iter().map(String::as_str)))?;
                Ok(p.consolidated().clone())
            }
        }
        let (all, sources) = self.all();
        K::__map_all(&all, Consolidate(sources)).unwrap_or(Err(PerspectivesError::Empty))
    }

    /// [`report::perspectives_markdown`]: the agenda for the partners' meeting.
    pub fn markdown(&self) -> String {
        let (all, sources) = self.all();
        on_all!(all, (sources: Vec<String>), |a| -> String {
            Perspectives::new(a.iter().copied().zip(sources.iter().map(String::as_str)))
                .map_or_else(|_| String::new(), |p| report::perspectives_markdown(&p))
        })
        .unwrap_or_default()
    }

    /// [`report::perspectives_csv`].
    pub fn csv(&self) -> String {
        let (all, sources) = self.all();
        on_all!(all, (sources: Vec<String>), |a| -> String {
            Perspectives::new(a.iter().copied().zip(sources.iter().map(String::as_str)))
                .map_or_else(|_| String::new(), |p| report::perspectives_csv(&p))
        })
        .unwrap_or_default()
    }

    /// [`report::perspectives_svg`].
    pub fn svg(&self) -> String {
        let (all, sources) = self.all();
        on_all!(all, (sources: Vec<String>), |a| -> String {
            Perspectives::new(a.iter().copied().zip(sources.iter().map(String::as_str)))
                .map_or_else(|_| String::new(), |p| report::perspectives_svg(&p))
        })
        .unwrap_or_default()
    }

    /// The perspectives JSON ([`Perspectives::to_json`]).
    #[cfg(feature = "serde")]
    pub fn to_json(&self) -> String {
        let (all, sources) = self.all();
        on_all!(all, (sources: Vec<String>), |a| -> String {
            Perspectives::new(a.iter().copied().zip(sources.iter().map(String::as_str)))
                .map_or_else(|_| String::new(), |p| p.to_json())
        })
        .unwrap_or_default()
    }
}
