//! The editions a program knows, chosen at run time: [`Editions`].

use crate::assessment::Assessment;
use crate::edition::Edition;
use crate::error::Error;
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
    /// migrations. None at all is refused ([`Error::NoEditions`]), and so are two
    /// different matrices with one name (matrix ID and version,
    /// [`Error::EditionTwice`]): a file could not say which it answers.
    pub fn new(editions: impl IntoIterator<Item = Edition>) -> Result<Editions, Error> {
        let mut out: Vec<Edition> = Vec::new();
        for edition in editions {
            match out.iter().find(|e| **e == edition) {
                // The same name: one edition, unless its content differs (compared in
                // full: a `const` may be copied where it is used).
                Some(known) if known.matrix() != edition.matrix() => {
                    return Err(Error::EditionTwice {
                        name: edition.to_string(),
                    });
                }
                Some(_) => {}
                None => out.push(edition),
            }
        }
        if out.is_empty() {
            return Err(Error::NoEditions);
        }
        Ok(Editions {
            editions: out,
            migrations: Vec::new(),
        })
    }

    /// The same editions with `migration` too; its editions are added if not known yet.
    pub fn with_migration(mut self, migration: &'static Migration) -> Result<Editions, Error> {
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
    /// are. Fails with [`Error::MixedEditions`], naming two of the editions and `action`
    /// (e.g. `put in one cohort`), when no such edition exists.
    pub fn to_one_edition(
        &self,
        assessments: Vec<Assessment>,
        action: &'static str,
    ) -> Result<(Vec<Assessment>, Vec<MigrationReport>), Error> {
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
        Err(Error::MixedEditions {
            action,
            first: found[0].to_string(),
            second: found[1].to_string(),
        })
    }

    /// Reads an assessment of any edition known from JSON text, with the limits and rules
    /// of [`Assessment::from_json`]: the file's `matrix` and `version` choose the
    /// edition. A file of no edition known is [`Error::UnknownEdition`] (with one edition
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
    pub fn read_workbook(
        &self,
        bytes: &[u8],
    ) -> Result<Assessment, crate::workbook::WorkbookError> {
        use crate::workbook::WorkbookError;
        if let [only] = self.editions[..] {
            return crate::workbook::read(only, bytes);
        }
        let mut wrong = None;
        for edition in self.iter() {
            match crate::workbook::read(edition, bytes) {
                Err(WorkbookError::WrongEdition { cell, found, .. }) => {
                    // The error of an edition of the workbook's matrix names the cell
                    // that differs, its version: it is the one kept.
                    let same_matrix = found.starts_with(&format!("{} ", edition.id()));
                    if wrong.is_none() || same_matrix {
                        wrong = Some((cell, found));
                    }
                }
                result => return result,
            }
        }
        let (cell, found) = wrong.ok_or(WorkbookError::Empty)?;
        Err(WorkbookError::WrongEdition {
            cell,
            found,
            expected: format!("one of: {}", self.names()),
        })
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

    /// Reads a `what` (`assessment` or `plan`) with `read` as each edition in turn, until
    /// one is the file's; a file of none of them is [`Error::UnknownEdition`].
    #[cfg(feature = "serde")]
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
            match read(edition) {
                Err(Error::WrongMatrix {
                    found,
                    found_version,
                    position,
                    ..
                }) => wrong = Some((found, found_version, position)),
                Err(Error::UnsupportedEdition {
                    found,
                    matrix,
                    position,
                    ..
                }) => wrong = Some((matrix.to_owned(), found, position)),
                Err(Error::PlanEdition {
                    found,
                    found_version,
                    position,
                    ..
                }) => wrong = Some((found, found_version, position)),
                result => return result,
            }
        }
        let (found, found_version, position) =
            wrong.unwrap_or((String::new(), String::new(), crate::error::Position::NONE));
        Err(Error::UnknownEdition {
            what,
            found,
            found_version,
            known: self.names(),
            position,
        })
    }
}
