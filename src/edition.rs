//! Editions: a matrix declared with [`matrix!`](crate::matrix) together with a marker
//! type that names it in the type system.
//!
//! The tool "is intended to be iterative and expected to evolve": a later national
//! edition, or an Integrated Care System's local edition with a domain of its own. Every
//! matrix declared with `matrix!` and an `edition:` marker is an edition, and every part
//! of the API works for it: [`Assessment<E>`](crate::Assessment) (with the built-in
//! edition [`Mhics2019`](crate::Mhics2019) as the default type parameter, so code that
//! names no edition keeps meaning the built-in one), evaluation, gaps, comparison,
//! cohorts, the reports and the export.
//!
//! The marker carries the edition's content ([`Edition::MATRIX`]) and its bit layout,
//! both computed when the crate that declares it compiles. An assessment of one edition
//! is a different type from an assessment of another, so evaluating, comparing or
//! putting in a cohort answers of one edition against another edition's content is a
//! type error, not a run-time surprise:
//!
//! ```compile_fail
//! mhics::matrix! {
//!     pub const D: Domain = domain "1" {
//!         title: "T", partners: "P",
//!         overview: { developing: [], maturing: [], thriving: [] },
//!         subsections: [
//!             "1.1" {
//!                 title: "S",
//!                 developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a" } ] },
//!                 maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
//!                 thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
//!                 references: [],
//!             },
//!         ],
//!     };
//! }
//! mhics::matrix! {
//!     pub const LOCAL: Matrix = matrix "local" {
//!         edition: Local,
//!         title: "A local edition", version: "1",
//!         levels: {
//!             developing: { name: "Developing", description: "" },
//!             maturing: { name: "Maturing", description: "" },
//!             thriving: { name: "Thriving", description: "" },
//!         },
//!         high_level_themes: [],
//!         domains: [D],
//!     };
//! }
//! let local = mhics::Assessment::builder_in(Local, "Lakeside").build()?;
//! let built_in = mhics::Assessment::builder("Lakeside").build()?;
//! // error: expected `Assessment<Mhics2019>`, found `Assessment<Local>`
//! mhics::compare(&built_in, &local)?;
//! # Ok::<(), mhics::Error>(())
//! ```

use core::fmt::Debug;
use core::hash::Hash;

use crate::layout::Layout;
use crate::model::Matrix;

/// An edition of the matrix: a marker type declared by [`matrix!`](crate::matrix) (with
/// `edition: Name,`), naming the edition's content and its layout.
///
/// Implemented only by the macro; the items marked hidden are the layout that the
/// evaluation works on, and are not part of the API.
pub trait Edition:
    Copy + Default + Debug + PartialEq + Eq + PartialOrd + Ord + Hash + Send + Sync + 'static
{
    /// The edition's content.
    const MATRIX: &'static Matrix;

    /// A set of the edition's criteria, one bit each: three 64-bit words per
    /// sub-section, one per level.
    #[doc(hidden)]
    type Set: Copy
        + PartialEq
        + Eq
        + Hash
        + Debug
        + Send
        + Sync
        + 'static
        + AsRef<[u64]>
        + AsMut<[u64]>;

    /// The empty set.
    #[doc(hidden)]
    const EMPTY: Self::Set;

    /// The tables of the layout.
    #[doc(hidden)]
    const LAYOUT: &'static Layout;
}
