//! Building a cohort: one assessment per system, or the latest of each.

use std::collections::HashMap;

use crate::assessment::Assessment;
use crate::error::Conflict;
use crate::name::key as name_key;

/// Builds a [`Cohort`](crate::cohort::Cohort) from assessments, each optionally named (e.g. by its file) for
/// errors. A cohort holds one assessment per system (compared as [names](crate::name):
/// in NFC, case folded, trimmed, default-ignorable code points removed): the same assessment twice, or two assessments of one system, is
/// [`Conflict::SystemTwice`], naming both and the system, unless
/// [`latest_of_each`](CohortBuilder::latest_of_each) asks for the latest of each.
///
/// ```
/// use mhics::cohort::Cohort;
/// use mhics::{Assessment, Date, Error};
///
/// let old = Assessment::builder("North ICS").date("2025-10-01".parse::<Date>()?).build()?;
/// let new = Assessment::builder("north ics ").date("2026-10-01".parse::<Date>()?).build()?;
/// let err = Cohort::builder()
///     .named_member("north-2025.json", &old)
///     .named_member("north-2026.json", &new)
///     .build()
///     .unwrap_err();
/// assert_eq!(err.to_string(),
///     "north-2025.json and north-2026.json both assess \"North ICS\" (also spelt \"north ics \"): a cohort takes one assessment per system");
///
/// let cohort = Cohort::builder().member(&old).member(&new).latest_of_each().build()?;
/// assert_eq!(cohort.len(), 1);
/// assert_eq!(cohort.members()[0].assessment.date(), new.date());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct CohortBuilder<'a> {
    members: Vec<(Option<String>, &'a Assessment)>,
    latest: bool,
}

impl<'a> CohortBuilder<'a> {
    /// Adds an assessment; errors name it by its place and label, e.g.
    /// `assessment 2 (North ICS, 2026-10-01)`.
    pub fn member(mut self, assessment: &'a Assessment) -> Self {
        self.members.push((None, assessment));
        self
    }

    /// Adds an assessment named `name` for errors (e.g. the file it was read from).
    pub fn named_member(mut self, name: impl Into<String>, assessment: &'a Assessment) -> Self {
        self.members.push((Some(name.into()), assessment));
        self
    }

    /// Adds assessments, in order.
    pub fn members(mut self, assessments: impl IntoIterator<Item = &'a Assessment>) -> Self {
        self.members
            .extend(assessments.into_iter().map(|assessment| (None, assessment)));
        self
    }

    /// Keeps only the latest assessment of each system instead of refusing several: by
    /// date, undated ones counting as earliest, and among equals the last given. Systems
    /// stay in the order they first appear.
    pub fn latest_of_each(mut self) -> Self {
        self.latest = true;
        self
    }

    /// The assessments of distinct systems the cohort takes, in order (the latest of
    /// each when asked); fails with [`Conflict::SystemTwice`] (see above). The cohort is
    /// made of them by `build`, in the cohort module.
    pub(crate) fn distinct(self) -> Result<Vec<&'a Assessment>, Conflict> {
        let mut index: HashMap<String, usize> = HashMap::with_capacity(self.members.len());
        let mut kept: Vec<(usize, Option<String>, &'a Assessment)> = Vec::new();
        for (place, (name, assessment)) in self.members.into_iter().enumerate() {
            let key = name_key(assessment.system());
            match index.get(&key) {
                None => {
                    index.insert(key, kept.len());
                    kept.push((place, name, assessment));
                }
                Some(&k) if self.latest => {
                    if assessment.date() >= kept[k].2.date() {
                        kept[k] = (place, name, assessment);
                    }
                }
                Some(&k) => {
                    let (first_place, first_name, first) = &kept[k];
                    return Err(Conflict::SystemTwice {
                        system: assessment.system().to_owned(),
                        first_system: first.system().to_owned(),
                        first: describe(*first_place, first_name.as_deref(), first),
                        second: describe(place, name.as_deref(), assessment),
                    });
                }
            }
        }
        Ok(kept
            .into_iter()
            .map(|(_, _, assessment)| assessment)
            .collect())
    }
}

/// A member for errors: its name when given, else its place (from 1) and label.
fn describe(place: usize, name: Option<&str>, assessment: &Assessment) -> String {
    match (name, assessment.date()) {
        (Some(name), _) => name.to_owned(),
        (None, Some(date)) => format!("assessment {} ({}, {date})", place + 1, assessment.system()),
        (None, None) => format!("assessment {} ({})", place + 1, assessment.system()),
    }
}
