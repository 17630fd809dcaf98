//! # mhics
//!
//! The London *Mental Health in the Integrated Care System Implementation Tool*
//! (Healthy London Partnership, 2019) as typed, compiled-in data, with a pure API to
//! evaluate a system's self-assessment: the level each part has attained, progress to the
//! next level, and the gap lists in between.
//!
//! The tool helps an Integrated Care System (ICS) see how well mental health is embedded
//! in it. It has 3 domains and 16 sub-sections; each sub-section describes three maturity
//! levels (Developing, Maturing, Thriving) with a headline and criteria grouped under
//! themes. This is a self-assessment to support discussion across a system, not a
//! performance-management, assurance or RAG rating tool: nothing here rates a system red,
//! amber or green.
//!
//! ```
//! use mhics::{evaluate, gaps, Assessment, Level, Status, Target, MATRIX};
//!
//! // Every word of the matrix is compiled in.
//! let criterion = MATRIX.criterion("1.1-D1".parse()?).expect("in the matrix");
//! assert!(criterion.text().starts_with("The importance of mental health"));
//!
//! // A self-assessment, built in code (or read with `Assessment::from_json`).
//! let mut builder = Assessment::builder("North Central London");
//! let subsection = MATRIX.subsection("1.1".parse()?).expect("in the matrix");
//! for c in subsection.level(Level::Developing).criteria() {
//!     builder = builder.respond(c.id().to_string(), Status::Met);
//! }
//! let assessment = builder.respond("1.1-M1", Status::Partial).build()?;
//!
//! let evaluation = evaluate(&assessment);
//! let s = evaluation.subsection("1.1".parse()?).expect("in the matrix");
//! assert_eq!(s.attained(), Some(Level::Developing));
//! assert_eq!(s.next(), Some(Level::Maturing));
//! // The other sub-sections have not attained Developing: not yet Developing overall.
//! assert_eq!(evaluation.overall(), None);
//!
//! // What stands between 1.1 and Maturing, in matrix order.
//! let first = gaps(&assessment, Target::Next)
//!     .find(|g| g.subsection() == s.id())
//!     .expect("1.1 has gaps toward Maturing");
//! assert_eq!(first.criterion.id().to_string(), "1.1-M1");
//! assert_eq!(first.status.as_str(), "partial");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Guides
//!
//! The rules and file formats, and how to use the crate, are set out in the
//! [`guide`] module:
//!
//! - [`guide::rules`]: identifiers, statuses, progression and gaps;
//! - [`guide::formats`]: the assessment file, the matrix export, the evaluation JSON and
//!   the CSV tables;
//! - [`guide::reports`]: reports for people, the HTML documents and the board report;
//! - [`guide::perspectives`]: several partners of one system;
//! - [`guide::plans`]: action plans, the plan file and the review;
//! - [`guide::workbooks`]: `.xlsx` workbooks to fill in (feature `xlsx`);
//! - [`guide::editions`]: editions of your own, and migrating answers between editions;
//! - [`guide::limits`]: limits, names and safety;
//! - [`guide::command_line`]: the examples that come with the crate.
//!
//! ## What is where
//!
//! | for | see |
//! | --- | --- |
//! | the matrix: domains, sub-sections, levels, themes, criteria | [`MATRIX`], [`Matrix`], [`Criterion`], [`CriterionId`], [`Level`] |
//! | a self-assessment, built in code or read from JSON | [`Assessment`], [`Status`] |
//! | progression and gaps | [`evaluate`], [`gaps()`], [`Target`] |
//! | one system over time | [`compare::compare`] |
//! | several systems: distributions, where they vary, peer learning | [`cohort::Cohort`] |
//! | several partners of one system | [`perspectives::Perspectives`] |
//! | action plans | [`plan::Plan`] |
//! | editions of your own, chosen at run time, and migration | [`matrix!`], [`Edition`], [`Editions`], [`migration!`] |
//! | Markdown, CSV, SVG and HTML reports, the board report | [`report`] |
//! | bounded reading of files | [`read`] |
//! | names compared, and text from input shown in errors | [`name`] |
//! | what is wrong with an input, and where | [`Error`] |
//!
//! ## Features
//!
//! | feature | default | what it adds |
//! | --- | --- | --- |
//! | `serde` | on | JSON in and out: the assessment and plan files, the matrix export, the evaluation, perspectives and review JSON |
//! | `html` | on | self-contained HTML reports and the board report ([`report::html`]) |
//! | `xlsx` | off | workbooks to fill in, written and read back ([`workbook`]); needs Rust 1.88, the crate without it Rust 1.82 |
//!
//! The crate builds for WebAssembly (`wasm32-unknown-unknown`) with its default
//! features, and with `xlsx` too: it never reads the clock, and reads files only where
//! asked to ([`read::read_file`]). There, reading a workbook works as anywhere, but the
//! workbook writer asks the system clock when it starts a file, which that target does
//! not have: a program that writes workbooks in a browser turns on the writer's own
//! `wasm` feature, which asks JavaScript instead (`rust_xlsxwriter = { version =
//! "0.102", features = ["wasm"] }` in its `Cargo.toml`).
//!
//! ## Performance
//!
//! A set of criteria takes one 64-bit word per sub-section and level, and an assessment
//! keeps one set per status, so the level attained is a few word operations per
//! sub-section. [`evaluate`] and [`gaps()`] allocate nothing, and nothing is computed at
//! start-up: every edition is `const` data. `BENCHMARKS.md` in the repository has the
//! figures.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// On docs.rs (every feature on), each item shows the feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod assessment;
pub mod cohort;
pub mod compare;
mod content;
mod date;
mod dsl;
mod edition;
mod editions;
pub mod error;
mod gaps;
/// Guides: the crate's rules, file formats and command line, in prose.
pub mod guide;
mod id;
#[cfg(feature = "serde")]
mod json;
mod layout;
mod level;
mod message;
pub mod migration;
mod model;
pub mod name;
mod parse;
pub mod perspectives;
pub mod plan;
mod progression;
pub mod read;
pub mod report;
mod text;
#[cfg(feature = "xlsx")]
pub mod workbook;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use assessment::{Assessment, AssessmentBuilder, Response, Status};
pub use content::{DOMAIN_1, DOMAIN_2, DOMAIN_3, MATRIX, MHICS_2019};
pub use date::Date;
#[doc(hidden)]
pub use dsl::__private;
pub use edition::Edition;
pub use editions::Editions;
pub use error::Error;
pub use gaps::{gaps, group, Gap, GapStatus, Gaps, LevelGaps, SubSectionGaps, Target, ThemeGaps};
pub use id::{CriterionId, DomainId, SubSectionId};
#[cfg(feature = "serde")]
pub use json::EvaluationReport;
pub use level::Level;
pub use model::{
    Criterion, Domain, HighLevelTheme, LevelContent, LevelInfo, Matrix, SubSection, Theme,
};
pub use progression::{
    evaluate, Coverage, DomainProgress, Domains, Evaluation, SubSectionProgress,
};
pub use read::{MAX_ASSESSMENT_BYTES, MAX_PLAN_BYTES, MAX_TEXT_CHARS};

/// Every owned value of the API can be kept by a server and shared between its threads:
/// `Send + Sync + 'static`, checked when the crate compiles. (The views that borrow an
/// assessment, such as [`Evaluation`] and the comparisons, are `Send + Sync`.)
const _: () = {
    const fn owned<T: Send + Sync + 'static>() {}
    const fn shared<T: Send + Sync>() {}
    owned::<Assessment>();
    owned::<AssessmentBuilder>();
    owned::<Edition>();
    owned::<Editions>();
    owned::<Error>();
    owned::<error::Field>();
    owned::<error::Conflict>();
    owned::<Matrix>();
    owned::<Date>();
    owned::<CriterionId>();
    owned::<Status>();
    owned::<Level>();
    owned::<Target>();
    owned::<plan::Plan>();
    owned::<plan::Action>();
    owned::<migration::Migration>();
    owned::<migration::MigrationReport>();
    owned::<perspectives::Consolidation>();
    #[cfg(feature = "html")]
    owned::<report::html::Report>();
    #[cfg(feature = "xlsx")]
    owned::<workbook::WriteError>();
    shared::<Evaluation<'static>>();
    shared::<Gaps<'static>>();
    shared::<compare::Comparison<'static>>();
    shared::<cohort::Cohort<'static>>();
    shared::<perspectives::Perspectives<'static>>();
    shared::<plan::Review<'static>>();
    #[cfg(feature = "html")]
    owned::<report::html::Board>();
};
