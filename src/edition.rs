//! Editions: a matrix declared with [`matrix!`](crate::matrix) together with the layout
//! its answers are evaluated on, as a value chosen at run time.
//!
//! The tool "is intended to be iterative and expected to evolve": a later national
//! edition, or an Integrated Care System's local edition with a domain of its own. Every
//! matrix declared with `matrix!` and an `edition:` name is an [`Edition`], a small
//! `Copy` value, and every part of the API takes its edition from the values it is given:
//! an [`Assessment`](crate::Assessment) knows its edition, and evaluation, gaps,
//! comparison, cohorts, perspectives, plans, the reports and the export follow it. The
//! built-in edition, [`MHICS_2019`](crate::MHICS_2019), is the default wherever an
//! edition can be left out ([`Edition::default`]).
//!
//! # Why a value and not a type
//!
//! A program that reads files (a web service, a reporting job) learns a file's edition
//! when it reads it, so the edition is a value: one API serves every edition, and the
//! editions a program knows are a value too ([`Editions`](crate::Editions)). Putting
//! answers of two editions side by side (comparing, consolidating, a cohort, a plan
//! reviewed against an assessment) is checked when it is done, and refused with an error
//! that names both editions, unless a [`Migration`](crate::migration::Migration) brings
//! one to the other. What stays checked when the crate that declares an edition
//! compiles is the edition itself: its structure, its IDs and the size of its layout.
//!
//! Nothing is computed at start-up: the content and the layout of every edition are
//! `const` data, and an `Edition` is two references to them.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};

use crate::error::{Error, Kind};
use crate::layout::Layout;
use crate::model::Matrix;

/// An edition of the matrix: its content ([`Edition::matrix`]) and the layout its
/// answers are evaluated on. Declared by [`matrix!`](crate::matrix) with `edition: NAME`;
/// the built-in one is [`MHICS_2019`](crate::MHICS_2019), also [`Edition::default`].
///
/// Two editions are equal when their matrix `id` and `version` are; an edition shows as
/// its name, e.g. `mhics 2019`.
///
/// ```
/// use mhics::{Edition, MHICS_2019};
///
/// let edition = Edition::default();
/// assert_eq!(edition, MHICS_2019);
/// assert_eq!(edition.to_string(), "mhics 2019");
/// assert_eq!(edition.matrix().domains().len(), 3);
/// ```
#[derive(Clone, Copy)]
pub struct Edition {
    matrix: &'static Matrix,
    layout: &'static Layout,
}

impl Edition {
    /// Checks that a file's `matrix` and `version` name this edition: else an error of
    /// kind [`Kind::WrongEdition`] saying what the file (`what`: `assessment`, `plan`,
    /// `workbook`) answers.
    #[cfg_attr(not(any(feature = "serde", feature = "xlsx")), allow(dead_code))]
    pub(crate) fn check_named(
        &self,
        what: &'static str,
        matrix: &str,
        version: &str,
    ) -> Result<(), Error> {
        if self.is(matrix, version) {
            Ok(())
        } else {
            Err(Error::from(Kind::WrongEdition {
                what,
                matrix: matrix.to_owned(),
                version: version.to_owned(),
                expected: self.to_string(),
            }))
        }
    }

    /// An edition of `matrix` with its `layout` (used by [`matrix!`](crate::matrix); not
    /// part of the API).
    #[doc(hidden)]
    pub const fn __new(matrix: &'static Matrix, layout: &'static Layout) -> Edition {
        Edition { matrix, layout }
    }

    /// The edition's content.
    #[inline]
    pub const fn matrix(self) -> &'static Matrix {
        self.matrix
    }

    /// The layout its answers are evaluated on.
    #[inline]
    pub(crate) const fn layout(self) -> &'static Layout {
        self.layout
    }

    /// The layout (used by [`migration!`](macro@crate::migration); not part of the API).
    #[doc(hidden)]
    pub const fn __layout(self) -> &'static Layout {
        self.layout
    }

    /// The matrix ID, e.g. `mhics`.
    pub const fn id(self) -> &'static str {
        self.matrix.id()
    }

    /// The version, e.g. `2019`.
    pub const fn version(self) -> &'static str {
        self.matrix.version()
    }

    /// The criterion of this edition that `text` names (its ID as written, e.g. from a
    /// form), or [`Kind::UnknownCriterion`] with the
    /// nearest real one.
    ///
    /// ```
    /// use mhics::MHICS_2019;
    ///
    /// assert_eq!(MHICS_2019.criterion("1.1-D1")?.to_string(), "1.1-D1");
    /// let err = MHICS_2019.criterion("1.1-d1").unwrap_err();
    /// assert_eq!(err.to_string(), "unknown criterion ID \"1.1-d1\"; did you mean `1.1-D1`?");
    /// # Ok::<(), mhics::Error>(())
    /// ```
    pub fn criterion(self, text: &str) -> Result<crate::id::CriterionId, crate::error::Error> {
        text.parse::<crate::id::CriterionId>()
            .ok()
            .filter(|id| self.layout.slot(*id).is_some())
            .ok_or_else(|| {
                Error::from(Kind::UnknownCriterion {
                    id: text.to_owned(),
                    action: None,
                    suggestion: self.matrix.nearest_criterion(text),
                })
            })
    }

    /// Whether `id` and `version` name this edition.
    pub fn is(self, id: &str, version: &str) -> bool {
        self.id() == id && self.version() == version
    }
}

impl Default for Edition {
    /// The built-in edition, [`MHICS_2019`](crate::MHICS_2019).
    fn default() -> Edition {
        crate::content::MHICS_2019
    }
}

impl PartialEq for Edition {
    fn eq(&self, other: &Edition) -> bool {
        core::ptr::eq(self.matrix, other.matrix) || self.is(other.id(), other.version())
    }
}

impl Eq for Edition {}

impl Hash for Edition {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.id().hash(state);
        self.version().hash(state);
    }
}

impl PartialOrd for Edition {
    fn partial_cmp(&self, other: &Edition) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Edition {
    /// By matrix ID, then version.
    fn cmp(&self, other: &Edition) -> Ordering {
        (self.id(), self.version()).cmp(&(other.id(), other.version()))
    }
}

impl fmt::Debug for Edition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Edition({} {})", self.id(), self.version())
    }
}

impl fmt::Display for Edition {
    /// The edition's name in messages: matrix ID and version, e.g. `mhics 2019`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.id(), self.version())
    }
}
