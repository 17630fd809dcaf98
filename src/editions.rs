//! The editions a program knows, chosen at run time: [`Editions`].

use crate::assessment::Assessment;
use crate::edition::Edition;
use crate::error::Conflict;
#[cfg(any(feature = "serde", feature = "xlsx"))]
use crate::error::{Error, Kind};
use crate::migration::{Migrated, Migration, MigrationReport};

/// The editions a program reads, and the migrations between them: a value built at run
/// time. [`Editions::default`] knows the built-in edition alone, and is what
/// [`Assessment::from_json`] and the other readers without an `Editions` use.
///
/// A file names the edition it answers (`matrix` and `version`); reading it with an
/// `Editions` gives an assessment of that edition, or an error naming every edition
/// known. Assessments of different editions are brought to one
/// ([`to_one_edition`](Editions::to_one_edition)) by the migrations declared here, before
/// they are compared, put in one cohort or consolidated.
///
/// ```
/// use mhics::{Editions, MHICS_2019};
///
/// let editions = Editions::default();
/// assert_eq!(editions.find("mhics", "2019"), Some(MHICS_2019));
/// assert_eq!(editions.names(), "mhics 2019");
/// # #[cfg(feature = "serde")] {
/// let text = r#"{"matrix": "mhics", "version": "2031", "system": "X", "responses": {}}"#;
/// let err = editions.read_json(text).unwrap_err();
/// assert_eq!(err.to_string(), "this assessment answers mhics 2031, expected mhics 2019 at line 1, column 37");
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editions {
    editions: Vec<Edition>,
    migrations: Vec<&'static Migration>,
}

impl Default for Editions {
    /// The built-in edition alone, with no migrations.
    fn default() -> Editions {
        Editions {
            editions: vec![Edition::default()],
            migrations: Vec::new(),
        }
    }
}

impl Editions {
    /// The editions given, in order (an edition given twice is kept once), with no
    /// migrations. None at all is refused ([`Conflict::NoEditions`]), and so are two
    /// different matrices with one name (matrix ID and version,
    /// [`Conflict::EditionTwice`]): a file could not say which it answers.
    pub fn new(editions: impl IntoIterator<Item = Edition>) -> Result<Editions, Conflict> {
        let mut out: Vec<Edition> = Vec::new();
        for edition in editions {
            match out.iter().find(|e| **e == edition) {
                // The same name: one edition, unless its content differs (compared in
                // full: a `const` may be copied where it is used).
                Some(known) if known.matrix() != edition.matrix() => {
                    return Err(Conflict::EditionTwice {
                        name: edition.to_string(),
                    });
                }
                Some(_) => {}
                None => out.push(edition),
            }
        }
        if out.is_empty() {
            return Err(Conflict::NoEditions);
        }
        Ok(Editions {
            editions: out,
            migrations: Vec::new(),
        })
    }

    /// The same editions with `migration` too; its editions are added if not known yet.
    pub fn with_migration(mut self, migration: &'static Migration) -> Result<Editions, Conflict> {
        let mut all = self.editions.clone();
        all.extend([migration.from(), migration.to()]);
        self.editions = Editions::new(all)?.editions;
        self.migrations.push(migration);
        Ok(self)
    }

    /// Every edition known, in the order given.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Edition> + '_ {
        self.editions.iter().copied()
    }

    /// The edition of matrix `id` and `version`, if known.
    pub fn find(&self, id: &str, version: &str) -> Option<Edition> {
        self.iter().find(|e| e.is(id, version))
    }

    /// The edition known by its name as it shows (`Display`), e.g. `mhics 2019`: a
    /// stable key for a form's choice of edition.
    pub fn find_name(&self, name: &str) -> Option<Edition> {
        self.iter().find(|e| e.to_string() == name)
    }

    /// Whether `edition` is known.
    pub fn contains(&self, edition: Edition) -> bool {
        self.editions.contains(&edition)
    }

    /// Every edition known, for messages: `mhics 2019, lakeside-local 2026`.
    pub fn names(&self) -> String {
        let names: Vec<String> = self.iter().map(|e| e.to_string()).collect();
        names.join(", ")
    }

    /// The migrations known.
    pub fn migrations(&self) -> impl ExactSizeIterator<Item = &'static Migration> + '_ {
        self.migrations.iter().copied()
    }

    /// The migration from `from` to `to`, if one is known.
    pub fn migration(&self, from: Edition, to: Edition) -> Option<&'static Migration> {
        self.migrations().find(|m| m.from() == from && m.to() == to)
    }

    /// `assessment` migrated to `to` by a known migration: `None` when it answers `to`
    /// already or no migration leads there.
    pub fn migrate(&self, assessment: &Assessment, to: Edition) -> Option<Migrated> {
        let migration = self.migration(assessment.edition(), to)?;
        migration.apply(assessment).ok()
    }

    /// Brings `assessments` to one edition: the latest edition among them (in the order
    /// known) that every other one migrates to, each migrated where needed, with the
    /// reports of those migrations. Assessments all of one edition come back as they
    /// are. Fails with [`Conflict::MixedEditions`], naming two of the editions and `action`
    /// (e.g. `put in one cohort`), when no such edition exists.
    pub fn to_one_edition(
        &self,
        assessments: Vec<Assessment>,
        action: &'static str,
    ) -> Result<(Vec<Assessment>, Vec<MigrationReport>), Conflict> {
        let mut found: Vec<Edition> = Vec::new();
        for assessment in &assessments {
            if !found.contains(&assessment.edition()) {
                found.push(assessment.edition());
            }
        }
        if found.len() <= 1 {
            return Ok((assessments, Vec::new()));
        }
        'target: for to in self.editions.iter().rev().copied() {
            if !found.contains(&to) {
                continue;
            }
            let mut out = Vec::with_capacity(assessments.len());
            let mut reports = Vec::new();
            for assessment in &assessments {
                if assessment.edition() == to {
                    out.push(assessment.clone());
                } else if let Some(migrated) = self.migrate(assessment, to) {
                    out.push(migrated.assessment);
                    reports.push(migrated.report);
                } else {
                    continue 'target;
                }
            }
            return Ok((out, reports));
        }
        Err(Conflict::MixedEditions {
            action,
            first: found[0].to_string(),
            second: found[1].to_string(),
        })
    }

    /// Reads an assessment of any edition known from JSON text, with the limits and rules
    /// of [`Assessment::from_json`]: the file's `matrix` and `version` choose the
    /// edition. A file of no edition known is [`Kind::WrongEdition`] (with one edition
    /// known, the error names both, as [`Assessment::from_json`] does).
    #[cfg(feature = "serde")]
    pub fn read_json(&self, text: &str) -> Result<Assessment, Error> {
        self.read_any("assessment", |edition| {
            crate::json::assessment::read_str(edition, text)
        })
    }

    /// Reads an assessment of any edition known from JSON bytes (which must be UTF-8), as
    /// [`read_json`](Editions::read_json) does.
    #[cfg(feature = "serde")]
    pub fn read_json_slice(&self, bytes: &[u8]) -> Result<Assessment, Error> {
        self.read_any("assessment", |edition| {
            crate::json::assessment::read_slice(edition, bytes)
        })
    }

    /// Reads a filled workbook of any edition known (feature `xlsx`): the About sheet's
    /// edition chooses it.
    #[cfg(feature = "xlsx")]
    pub fn read_workbook(&self, bytes: &[u8]) -> Result<Assessment, Error> {
        self.read_any("workbook", |edition| crate::workbook::read(edition, bytes))
    }

    /// Reads an action plan of any edition known from JSON text, with the limits and
    /// rules of [`Plan::from_json`](crate::plan::Plan::from_json): the file's `matrix`
    /// and `version` choose the edition.
    #[cfg(feature = "serde")]
    pub fn read_plan_json(&self, text: &str) -> Result<crate::plan::Plan, Error> {
        self.read_plan_json_slice(text.as_bytes())
    }

    /// Reads an action plan of any edition known from JSON bytes (which must be UTF-8),
    /// as [`read_plan_json`](Editions::read_plan_json) does.
    #[cfg(feature = "serde")]
    pub fn read_plan_json_slice(&self, bytes: &[u8]) -> Result<crate::plan::Plan, Error> {
        self.read_any("plan", |edition| {
            crate::json::plan::read_slice(edition, bytes)
        })
    }

    /// Reads a `what` (`assessment`, `plan` or `workbook`) with `read` as each edition
    /// in turn, until one is the file's; a file of none of them is
    /// [`Kind::WrongEdition`], naming every edition known.
    #[cfg(any(feature = "serde", feature = "xlsx"))]
    fn read_any<T>(
        &self,
        what: &'static str,
        read: impl Fn(Edition) -> Result<T, Error>,
    ) -> Result<T, Error> {
        if let [only] = self.editions[..] {
            return read(only);
        }
        let mut wrong = None;
        for edition in self.iter() {
            let error = match read(edition) {
                Err(error) => error,
                result => return result,
            };
            let Kind::WrongEdition {
                matrix, version, ..
            } = error.kind()
            else {
                return Err(error);
            };
            // The error of an edition of the file's own matrix names where the version
            // differs: it is the one kept.
            if wrong.is_none() || matrix == edition.id() {
                wrong = Some((matrix.clone(), version.clone(), error.place().clone()));
            }
        }
        let (matrix, version, place) = wrong.unwrap_or_default();
        Err(Error::from(Kind::WrongEdition {
            what,
            matrix,
            version,
            expected: format!("one of: {}", self.names()),
        })
        .at(place))
    }
}
