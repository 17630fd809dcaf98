//! Editions chosen at run time: the [`Editions`] trait that [`editions!`](crate::editions)
//! implements for a program's set of editions, and the types that bring files of
//! several editions together.

mod together;
pub(crate) mod visit;

pub use together::{
    compare_known, KnownCohort, KnownCohortBuilder, KnownComparison, KnownPerspectives,
};

use core::fmt;

use crate::assessment::Assessment;
use crate::date::Date;
use crate::edition::Edition;
#[cfg(feature = "serde")]
use crate::error::Error;
use crate::gaps::{gaps, Gap, Target};
use crate::level::Level;
use crate::migration::MigrationReport;
use crate::model::Matrix;
use crate::progression::{evaluate, DomainProgress, SubSectionProgress};
use crate::report;
use visit::{Read, Visit, VisitAll};

/// Runs `$body` on the assessment `known` holds, whatever its edition: `$a` is the
/// `&Assessment<E>`, the arguments are moved in, and the output is owned.
macro_rules! on_assessment {
    ($known:expr, ($($arg:ident: $ty:ty),*), |$a:ident| -> $out:ty $body:block) => {{
        struct Run {
            $($arg: $ty,)*
        }
        impl<'a> Visit<'a> for Run {
            type Output = $out;
            #[allow(unused_variables)]
            fn visit<E: Edition>(self, $a: &'a Assessment<E>) -> $out {
                let Run { $($arg,)* } = self;
                $body
            }
        }
        $known.__visit(Run { $($arg,)* })
    }};
}

/// The name of an edition in messages: its matrix ID and version, e.g. `mhics 2019`.
pub(crate) fn edition_name(matrix: &Matrix) -> String {
    format!("{} {}", matrix.id(), matrix.version())
}

/// Every edition of `K`, for messages: `mhics 2019, lakeside-local 2026`.
#[cfg(any(feature = "serde", feature = "xlsx"))]
fn known_names<K: Editions>() -> String {
    let names: Vec<String> = K::MATRICES.iter().map(|m| edition_name(m)).collect();
    names.join(", ")
}

/// A set of editions a program knows, declared with [`editions!`](crate::editions): an
/// enum with one variant per edition, each holding an [`Assessment`] of it. The methods
/// read a file of any edition of the set and give, for whichever edition it holds, what
/// the typed API gives.
///
/// Editions chosen at run time: a program names the editions it knows with
/// [`editions!`](crate::editions), then reads a file of any of them by the file's
/// `matrix` and `version`, and evaluates, lists gaps and writes every report and the
/// JSON outputs without naming the edition's type.
///
/// The set is an enum with one variant per edition, each holding an
/// [`Assessment`] of that edition, so a program can also `match` to reach the typed
/// assessment. Its operations are the methods of the [`Editions`] trait (bring it into
/// scope with `use mhics::Editions;`); files of several systems or partners are brought
/// together by [`compare_known`], [`KnownCohort`] and [`KnownPerspectives`], which
/// refuse files of different editions unless a migration the set declares brings them
/// to one ([`Error::MixedEditions`](crate::Error::MixedEditions)).
///
/// Each operation runs the edition's own code, chosen by a `match` on the variant: no
/// trait object, and nothing slower than calling the typed API directly.
///
/// ```
/// use mhics::{Assessment, Editions, Level, Mhics2019, Status, Target};
///
/// # mhics::matrix! {
/// #     pub const LOCAL_DOMAIN: Domain = domain "1" {
/// #         title: "Local priorities", partners: "Every partner.",
/// #         overview: { developing: [], maturing: [], thriving: [] },
/// #         subsections: [ "1.1" {
/// #             title: "Schools",
/// #             developing: { headline: "H", themes: [ "Access" { "1.1-D1" => "A lead in every school." } ] },
/// #             maturing: { headline: "H", themes: [ "Reach" { "1.1-M1" => "Support in every school." } ] },
/// #             thriving: { headline: "H", themes: [ "Voice" { "1.1-T1" => "Pupils co-design support." } ] },
/// #             references: [],
/// #         } ],
/// #     };
/// # }
/// # mhics::matrix! {
/// #     pub const LOCAL: Matrix = matrix "lakeside-local" {
/// #         edition: Lakeside2026,
/// #         title: "Lakeside local edition", version: "2026",
/// #         levels: {
/// #             developing: { name: "Developing", description: "" },
/// #             maturing: { name: "Maturing", description: "" },
/// #             thriving: { name: "Thriving", description: "" },
/// #         },
/// #         high_level_themes: [], domains: [LOCAL_DOMAIN],
/// #     };
/// # }
/// // `Lakeside2026` is an edition declared with `matrix!` (as in the crate docs).
/// mhics::editions! {
///     /// Every edition this program reads.
///     pub enum Known { Mhics2019, Lakeside2026 }
/// }
///
/// let local = Assessment::builder_in(Lakeside2026, "Lakeside ICS")
///     .respond("1.1-D1", Status::Met)
///     .build()?
///     .to_json();
/// let national = Assessment::builder("Lakeside ICS").build()?.to_json();
///
/// // Each file is read as the edition it names.
/// let known = Known::from_json(&local)?;
/// assert_eq!(known.matrix().id(), "lakeside-local");
/// assert_eq!(known.overall(), Some(Level::Developing));
/// assert_eq!(known.gaps(Target::Next).len(), 1); // 1.1-M1, toward Maturing
/// assert!(known.assessment_markdown(Target::Next).contains("Support in every school."));
/// assert!(matches!(Known::from_json(&national)?, Known::Mhics2019(_)));
///
/// // A file of an edition the program does not know is refused, naming every one known.
/// let other = local.replace("lakeside-local", "hillside");
/// assert_eq!(Known::from_json(&other).unwrap_err().to_string(),
///     "this assessment answers \"hillside\" \"2026\", expected one of: mhics 2019, \
///      lakeside-local 2026 at line 3, column 19");
///
/// // Two editions with no migration between them are not compared.
/// let err = mhics::compare_known(&Known::from_json(&national)?, &known).unwrap_err();
/// assert_eq!(err.to_string(),
///     "cannot compare assessments of mhics 2019 and lakeside-local 2026: they answer \
///      different editions, and no migration from one to the other is declared");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// A set names the migrations it knows after its editions (see
/// [`editions!`](crate::editions)); a comparison, cohort or perspectives set of files of
/// two editions then migrates the files of one to the other first, as
/// [`compare_across`](crate::compare_across) does.
///
///
/// Implemented only by the macro; the hidden items are how the methods reach the
/// edition a value holds, and are not part of the API.
pub trait Editions: Sized + Clone + fmt::Debug + PartialEq + Send + Sync + 'static {
    /// The content of every edition of the set, in the order declared.
    const MATRICES: &'static [&'static Matrix];

    #[doc(hidden)]
    fn __visit<'a, V: Visit<'a>>(&'a self, visit: V) -> V::Output;

    #[doc(hidden)]
    fn __read<R: Read>(index: usize, read: R) -> Option<Result<Self, R::Error>>;

    #[doc(hidden)]
    fn __visit_all<'a, V: VisitAll<'a>>(all: &[&'a Self], visit: V) -> Option<V::Output>;

    #[doc(hidden)]
    fn __map_all<'a, M: visit::MapAll<'a>>(
        all: &[&'a Self],
        map: M,
    ) -> Option<Result<Self, M::Error>>;

    #[doc(hidden)]
    fn __migrate(&self, to: &Matrix) -> Option<(Self, MigrationReport)>;

    /// Reads an assessment file (JSON, [`crate::guide::formats`]) of any edition of the
    /// set, by its `matrix` and `version`, with the limit and rules of
    /// [`Assessment::from_json`]. A file of none of them is [`Error::UnknownEdition`](crate::Error::UnknownEdition),
    /// naming what it answers and every edition known.
    #[cfg(feature = "serde")]
    fn from_json(text: &str) -> Result<Self, Error> {
        struct Json<'t>(&'t str);
        impl Read for Json<'_> {
            type Error = Error;
            fn read<E: Edition>(self) -> Result<Assessment<E>, Error> {
                Assessment::from_json_in(E::default(), self.0)
            }
        }
        from_any::<Self, _>(|| Json(text))
    }

    /// Reads an assessment file from JSON bytes (which must be UTF-8), as
    /// [`from_json`](Self::from_json) does.
    #[cfg(feature = "serde")]
    fn from_json_slice(bytes: &[u8]) -> Result<Self, Error> {
        struct Json<'t>(&'t [u8]);
        impl Read for Json<'_> {
            type Error = Error;
            fn read<E: Edition>(self) -> Result<Assessment<E>, Error> {
                Assessment::from_json_slice_in(E::default(), self.0)
            }
        }
        from_any::<Self, _>(|| Json(bytes))
    }

    /// Reads a filled workbook (feature `xlsx`) of any edition of the set, by the
    /// `Matrix` and `Version` of its `About` sheet, as
    /// [`workbook::read`](crate::workbook::read()) does. A workbook of none of them is
    /// [`WorkbookError::WrongEdition`](crate::workbook::WorkbookError::WrongEdition),
    /// naming what it answers and every edition known.
    #[cfg(feature = "xlsx")]
    fn from_workbook(bytes: &[u8]) -> Result<Self, crate::workbook::WorkbookError> {
        use crate::workbook::WorkbookError;
        struct Workbook<'b>(&'b [u8]);
        impl Read for Workbook<'_> {
            type Error = WorkbookError;
            fn read<E: Edition>(self) -> Result<Assessment<E>, WorkbookError> {
                crate::workbook::read(E::default(), self.0)
            }
        }
        let mut wrong = None;
        for index in 0..Self::MATRICES.len() {
            match Self::__read(index, Workbook(bytes)) {
                Some(Err(WorkbookError::WrongEdition { cell, found, .. })) => {
                    wrong = Some((cell, found));
                }
                Some(result) => return result,
                None => break,
            }
        }
        let (cell, found) = wrong.ok_or(WorkbookError::Empty)?;
        Err(WorkbookError::WrongEdition {
            cell,
            found,
            expected: format!("one of: {}", known_names::<Self>()),
        })
    }

    /// The content of the edition this assessment answers.
    fn matrix(&self) -> &'static Matrix {
        on_assessment!(self, (), |a| -> &'static Matrix { a.matrix() })
    }

    /// The system assessed.
    fn system(&self) -> &str {
        struct System;
        impl<'a> Visit<'a> for System {
            type Output = &'a str;
            fn visit<E: Edition>(self, a: &'a Assessment<E>) -> &'a str {
                a.system()
            }
        }
        self.__visit(System)
    }

    /// Who answered, if the assessment says.
    fn respondent(&self) -> Option<&str> {
        struct Respondent;
        impl<'a> Visit<'a> for Respondent {
            type Output = Option<&'a str>;
            fn visit<E: Edition>(self, a: &'a Assessment<E>) -> Option<&'a str> {
                a.respondent()
            }
        }
        self.__visit(Respondent)
    }

    /// The date of the assessment, if given.
    fn date(&self) -> Option<Date> {
        on_assessment!(self, (), |a| -> Option<Date> { a.date() })
    }

    /// How many criteria are answered.
    fn response_count(&self) -> usize {
        on_assessment!(self, (), |a| -> usize { a.response_count() })
    }

    /// The assessment as JSON in the assessment file format (it names its edition), as
    /// [`Assessment::to_json`] writes it.
    #[cfg(feature = "serde")]
    fn to_json(&self) -> String {
        on_assessment!(self, (), |a| -> String { a.to_json() })
    }

    /// The assessment as a pre-filled workbook of its edition (feature `xlsx`), as
    /// [`workbook::write`](crate::workbook::write()) writes it.
    #[cfg(feature = "xlsx")]
    fn to_workbook(&self) -> Result<Vec<u8>, crate::workbook::WorkbookError> {
        on_assessment!(self, (), |a| -> Result<
            Vec<u8>,
            crate::workbook::WorkbookError,
        > {
            crate::workbook::write(E::default(), Some(a))
        })
    }

    /// The lowest level attained among the domains ([`Evaluation::overall`](crate::Evaluation::overall)).
    fn overall(&self) -> Option<Level> {
        on_assessment!(self, (), |a| -> Option<Level> { evaluate(a).overall() })
    }

    /// Every sub-section's progress, in matrix order ([`Evaluation::subsections`](crate::Evaluation::subsections)).
    fn subsections(&self) -> Vec<SubSectionProgress> {
        on_assessment!(self, (), |a| -> Vec<SubSectionProgress> {
            evaluate(a).subsections().collect()
        })
    }

    /// Every domain's progress, in order ([`Evaluation::domains`](crate::Evaluation::domains)).
    fn domains(&self) -> Vec<DomainProgress> {
        on_assessment!(self, (), |a| -> Vec<DomainProgress> {
            evaluate(a).domains().collect()
        })
    }

    /// The gaps toward `target`, in matrix order ([`gaps`](crate::gaps())).
    fn gaps(&self, target: Target) -> Vec<Gap> {
        on_assessment!(self, (target: Target), |a| -> Vec<Gap> {
            gaps(a, target).collect()
        })
    }

    /// [`report::assessment_markdown`]: attainment, progression and the gaps toward
    /// `target`.
    fn assessment_markdown(&self, target: Target) -> String {
        on_assessment!(self, (target: Target), |a| -> String {
            report::assessment_markdown(a, &evaluate(a), target)
        })
    }

    /// [`report::progression_table`]: the Markdown table of met / applicable criteria.
    fn progression_table(&self) -> String {
        on_assessment!(self, (), |a| -> String {
            report::progression_table(&evaluate(a))
        })
    }

    /// [`report::progression_csv`]: a row per sub-section and level.
    fn progression_csv(&self) -> String {
        on_assessment!(self, (), |a| -> String {
            report::progression_csv(a, &evaluate(a))
        })
    }

    /// [`report::gaps_csv`]: a row per gap toward `target`.
    fn gaps_csv(&self, target: Target) -> String {
        on_assessment!(self, (target: Target), |a| -> String {
            report::gaps_csv(a, target)
        })
    }

    /// [`report::assessment_heatmap_svg`]: the sub-section × level heatmap.
    fn heatmap_svg(&self) -> String {
        on_assessment!(self, (), |a| -> String {
            report::assessment_heatmap_svg(a, &evaluate(a))
        })
    }

    /// The evaluation JSON ([`EvaluationReport`](crate::EvaluationReport)),
    /// with the gaps toward `target`.
    #[cfg(feature = "serde")]
    fn evaluation_json(&self, target: Target) -> String {
        on_assessment!(self, (target: Target), |a| -> String {
            crate::json::EvaluationReport::new(a, target).to_json()
        })
    }

    /// The assessment migrated to the edition `to` with a migration the set declares,
    /// and what became of every answer; `None` when the set declares none from this
    /// assessment's edition to `to`.
    fn migrated_to(&self, to: &Matrix) -> Option<(Self, MigrationReport)> {
        self.__migrate(to)
    }
}

/// Reads with each edition of `K` in turn until one is the file's: an error other than
/// "another edition" is the file's own (it answers that edition, or is not an assessment
/// at all).
#[cfg(feature = "serde")]
fn from_any<K: Editions, R: Read<Error = Error>>(read: impl Fn() -> R) -> Result<K, Error> {
    let mut wrong = None;
    for index in 0..K::MATRICES.len() {
        match K::__read(index, read()) {
            Some(Err(Error::WrongMatrix {
                found,
                found_version,
                position,
                ..
            })) => wrong = Some((found, found_version, position)),
            Some(Err(Error::UnsupportedEdition {
                found,
                matrix,
                position,
                ..
            })) => wrong = Some((matrix.to_owned(), found, position)),
            Some(result) => return result,
            None => break,
        }
    }
    let (found, found_version, position) =
        wrong.unwrap_or((String::new(), String::new(), crate::error::Position::NONE));
    Err(Error::UnknownEdition {
        found,
        found_version,
        known: known_names::<K>(),
        position,
    })
}
