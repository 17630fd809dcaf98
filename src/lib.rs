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
//! for c in MATRIX.subsection("1.1".parse()?).expect("in the matrix").level(Level::Developing).criteria() {
//!     builder = builder.respond(c.id().to_string(), Status::Met);
//! }
//! let assessment = builder.respond("1.1-M1", Status::Partial).build()?;
//!
//! let evaluation = evaluate(&assessment);
//! let s = evaluation.subsection("1.1".parse()?).expect("in the matrix");
//! assert_eq!(s.attained(), Some(Level::Developing));
//! assert_eq!(s.next(), Some(Level::Maturing));
//! assert_eq!(evaluation.overall(), None); // other sub-sections have not attained Developing
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
//! ## Identifiers
//!
//! | thing | form | examples |
//! | --- | --- | --- |
//! | matrix | `mhics` | |
//! | domain | `1`, `2`, `3` | |
//! | sub-section | `<domain>.<n>` as numbered in the tool | `1.1` … `1.5`, `2.1` … `2.4`, `3.1` … `3.7` |
//! | level | `developing`, `maturing`, `thriving` (in that order) | |
//! | criterion | `<sub-section>-<D\|M\|T><n>`, n counting from 1 within that sub-section and level, in the tool's order | `1.1-D1`, `1.1-M9`, `3.2-T2` |
//!
//! Criterion IDs are written out in the matrix source, never computed at run time, and
//! never reused: a later edition of the matrix may add IDs or retire them, not renumber
//! them. [`CriterionId`], [`SubSectionId`], [`DomainId`] and [`Level`] read and write these
//! forms (`FromStr`, `Display`, serde).
//!
//! ## Statuses
//!
//! A response gives each criterion one of [`Status`]: `met`, `partial`, `not_met`,
//! `not_applicable`. A criterion with no response is *not assessed*. `met` is the only
//! status that counts as in place; `not_applicable` takes the criterion out of the count
//! (it counts neither for nor against); `partial`, `not_met` and not assessed are not in
//! place.
//!
//! ## Progression
//!
//! For one sub-section and one level ([`Coverage`]): `total` = criteria of that level;
//! `applicable` = total − not_applicable; `met` = criteria with status met. The level is
//! *complete* when `met == applicable` (so a level whose criteria are all not_applicable
//! is complete).
//!
//! For a sub-section ([`SubSectionProgress`]): `attained` is the highest level L such that
//! every level up to and including L is complete; none when Developing is not complete.
//! Progression is cumulative: meeting Thriving criteria does not lift a sub-section whose
//! Developing criteria are not all in place. `next` is the level after `attained`
//! (`developing` when none is attained; none at `thriving`).
//!
//! A domain's `attained` is the lowest `attained` among its sub-sections
//! (none < developing < maturing < thriving); the whole system's `overall` is the lowest
//! among the domains.
//!
//! Gaps toward a target ([`gaps`]): for each sub-section, every applicable criterion not
//! `met` in the levels up to and including the target, in matrix order (sub-section,
//! level, theme, criterion), each with its status (`partial`, `not_met` or
//! `not_assessed`) so that partial work stands out. The default target of each
//! sub-section is its own `next` level ([`Target::Next`]), so the default gap list is
//! exactly what stands between each sub-section and its next step; with
//! [`Target::Level`], every sub-section works toward that level (none for a sub-section
//! already there).
//!
//! ## JSON (feature `serde`, on by default)
//!
//! - **Assessment file**, read by [`Assessment::from_json`] and written by
//!   [`Assessment::to_json`]:
//!
//!   ```json
//!   {
//!     "matrix": "mhics",
//!     "version": "2019",
//!     "system": "North Central London",
//!     "date": "2026-11-24",
//!     "responses": {
//!       "1.1-D1": { "status": "met", "note": "Mental Health Board in place since 2020" },
//!       "1.1-D2": { "status": "partial" }
//!     }
//!   }
//!   ```
//!
//!   `matrix`, `version`, `system` and `responses` are required; `date` (ISO 8601,
//!   `YYYY-MM-DD`), `respondent` (who answered: an organisation or role, see *Partners'
//!   perspectives*) and each `note` are optional. Bad input gets a clear [`Error`] with
//!   line and column, never a panic: malformed JSON, an unknown or repeated field, a
//!   missing field, an unknown criterion ID (named, with the nearest real one suggested),
//!   the same ID twice in `responses`, an unknown status, another matrix, an edition the
//!   crate cannot read, an invalid date, or an empty system name. Reading and writing
//!   back loses nothing: notes, dates and Unicode text come back exactly.
//! - **Matrix export** ([`Matrix::to_json`]; `cargo run --example export -- json`): the
//!   matrix `id`, `title`, `version`, `levels` (`id`, `name`, `description`),
//!   `high_level_themes` (`name`, `statements`) and `domains` (`id`, `title`, `partners`,
//!   `overview` per level, `subsections` with `id`, `title`, `levels` per level —
//!   `headline` and `themes` with `name`, optional `intro` and `criteria` (`id`, `text`,
//!   optional `points`) — and `references`). Text is the published wording with
//!   whitespace normalised. The one criterion whose text continues after its points
//!   (`1.2-M2`) has that text appended to `text`; the typed model keeps it apart as
//!   [`Criterion::closing`].
//! - **Evaluation** ([`EvaluationReport`]; `cargo run --example evaluate -- FILE
//!   [--target LEVEL]`): `system`, `version`, `overall`, `domains` (`id`, `attained`),
//!   `subsections` (`id`, `attained`, `next`, `coverage` per level with `met`,
//!   `applicable`, `total`) and `gaps` (`id`, `subsection`, `level`, `theme`, `status`).
//!
//! ## Workbooks (feature `xlsx`, off by default)
//!
//! For partners who work in spreadsheets, [`workbook`] writes the matrix as an `.xlsx`
//! workbook to fill in, blank or pre-filled from an assessment, and reads a filled one
//! back into an [`Assessment`], exactly; a bad workbook gets an error naming the sheet and
//! cell. The feature needs Rust 1.88 or later (the minimum of `rust_xlsxwriter`, which it
//! uses); the crate without it needs Rust 1.82.
//!
//! ## The matrix DSL
//!
//! The content is written once with [`matrix!`], a declarative macro that compiles it
//! into `const` data and checks its structure while the crate builds: levels in order,
//! sub-sections and criteria numbered in order, every ID matching where it stands.
//! [`MATRIX`] is the result; [`Matrix`], [`Domain`], [`SubSection`], [`LevelContent`],
//! [`Theme`] and [`Criterion`] are its typed model.
//!
//! ## Progress over time and across systems
//!
//! - [`compare`] two assessments of the same system, earlier first: per criterion what
//!   changed ([`Change`]: newly met, regressed, still open, still met, not applicable),
//!   per sub-section and domain the level before and after, and a readable
//!   [`Summary`].
//! - A [`Cohort`] of several systems, one assessment each ([`Cohort::new`] refuses a
//!   second assessment of a system, names compared after trimming, ignoring case;
//!   [`Cohort::latest_of_each`] keeps the latest): per sub-section the
//!   [`Distribution`] of attained levels, per criterion the [`CriterionShare`] of
//!   assessments that meet it, where they vary most, and [`Cohort::peer_learning`]: each
//!   gap of one system with up to three other systems that have already met it (and how
//!   many more have), and their notes, so that they can share how.
//! - [`Perspectives`]: several partners of one system (the mental health trust, the
//!   local authority, primary care, the voluntary sector, experts by experience) each
//!   answer the tool; the consolidated assessment, the agreement per sub-section, and
//!   the conversations to have where their answers differ (see *Partners'
//!   perspectives* below).
//! - [`report`] turns all of these into Markdown, CSV for spreadsheets, and SVG heatmaps
//!   of sub-sections by level on a purple maturity scale (never red, amber or green).
//!
//! ## Editions
//!
//! A matrix declared with [`matrix!`] and an `edition:` marker is an *edition*, named by
//! its `id` and `version` (the built-in one is [`MATRIX`], `mhics` `2019`, with the
//! marker [`Mhics2019`]). Every part of the API works for every edition, declared in
//! this crate or in one that depends on it: [`Assessment<E>`](Assessment) (built in code
//! with [`Assessment::builder_in`], read with [`Assessment::from_json_in`]),
//! [`evaluate`], [`gaps`], [`compare`], [`Cohort`], the [`report`]s and the export. The
//! edition is a type parameter that defaults to the built-in one, so `Assessment` means
//! `Assessment<Mhics2019>` and code that names no edition is unchanged; answers of one
//! edition are never evaluated, compared or put in a cohort with another edition's
//! content (mixing them does not compile). An assessment file names its edition
//! (`matrix`, `version`); reading it as another is an error naming both, e.g.
//! `this assessment answers mhics 2019, expected lakeside-local 2026`.
//!
//! ```
//! use mhics::{evaluate, Assessment, Level, Status};
//!
//! mhics::matrix! {
//!     pub const LOCAL_DOMAIN: Domain = domain "1" {
//!         title: "Local priorities", partners: "Every partner.",
//!         overview: { developing: [], maturing: [], thriving: [] },
//!         subsections: [ "1.1" {
//!             title: "Schools",
//!             developing: { headline: "H", themes: [ "Access" { "1.1-D1" => "A lead in every school." } ] },
//!             maturing: { headline: "H", themes: [ "Reach" { "1.1-M1" => "Support in every school." } ] },
//!             thriving: { headline: "H", themes: [ "Voice" { "1.1-T1" => "Pupils co-design support." } ] },
//!             references: [],
//!         } ],
//!     };
//! }
//! mhics::matrix! {
//!     pub const LOCAL: Matrix = matrix "lakeside-local" {
//!         edition: Lakeside2026,
//!         title: "Lakeside local edition", version: "2026",
//!         levels: {
//!             developing: { name: "Developing", description: "" },
//!             maturing: { name: "Maturing", description: "" },
//!             thriving: { name: "Thriving", description: "" },
//!         },
//!         high_level_themes: [], domains: [LOCAL_DOMAIN],
//!     };
//! }
//!
//! let assessment = Assessment::builder_in(Lakeside2026, "Lakeside ICS")
//!     .respond("1.1-D1", Status::Met)
//!     .build()?;
//! assert_eq!(evaluate(&assessment).overall(), Some(Level::Developing));
//! let err = Assessment::from_json(&assessment.to_json()).unwrap_err();
//! assert_eq!(err.to_string(),
//!     "this assessment answers lakeside-local 2026, expected mhics 2019 at line 3, column 19");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! IDs are never renumbered or reused: a later edition declares the IDs it no longer has
//! as `retired` in their level. [`migration!`] declares how answers move from an
//! earlier edition to a later one (moved, merged, split, retired, for review; an ID in
//! both carries its answer unchanged), checked when the crate compiles;
//! [`Migration::apply`] gives the migrated assessment and a [`MigrationReport`]
//! accounting for every original answer exactly once, and [`compare_across`] compares
//! assessments of two editions, migrating the earlier first.
//! ## Partners' perspectives
//!
//! Several partners of one system each answer the tool, each assessment naming its
//! `respondent` (or labelled by its source, e.g. its file name, when it names none);
//! [`Perspectives::new`] refuses a set that is empty, mixes systems (compared after
//! trimming, ignoring case) or repeats a respondent ([`PerspectivesError`]). Per
//! criterion ([`Consolidation`], computed with word operations over the status sets):
//!
//! - **consolidated status**, from the answers given (a missing response is no answer):
//!   no answers → not assessed; all answers `not_applicable` → `not_applicable`;
//!   otherwise the `not_applicable` answers are set aside and the rest give `met` when
//!   all are met, `not_met` when all are not_met, else `partial`;
//! - **spread**: met = 2, partial = 1, not_met = 0 over the answers that are not
//!   `not_applicable`; spread = max − min (0 with fewer than two such answers);
//! - **applicability disputed**: at least one answer `not_applicable` and one not;
//! - **contested**: spread ≥ 1 or applicability disputed.
//!
//! The **conversations** are the contested criteria, by spread (highest first) then in
//! matrix order, each with its consolidated status and every respondent's answer and
//! note. The **agreement** of a sub-section is, among its criteria answered by two or
//! more respondents, the share not contested (none when no criterion is). The
//! consolidated assessment is an ordinary [`Assessment`] of the system: the latest date
//! given, every respondent's note prefixed `<respondent>: `, one per line, and
//! respondent `Consolidated: ` followed by the labels separated by `; `. Each such text
//! holds at most [`MAX_TEXT_CHARS`]: the notes (or labels) that fit, in respondent order,
//! then a line saying how many more there are, so that the consolidated assessment can
//! always be read back.
//! [`Perspectives::to_json`] writes the contract's JSON (`system`, `matrix`, `version`,
//! `respondents`, `consolidated`, `by_respondent`, `subsections`, `conversations`).
//!
//! ## Limits and safety
//!
//! - Input is bounded: files are read through [`read::read_bounded`] with a limit
//!   ([`MAX_ASSESSMENT_BYTES`], 32 MiB, for assessments), and [`Assessment::from_json`]
//!   refuses longer text ([`Error::TooLarge`]). A leading UTF-8 byte order mark is
//!   skipped; none is ever written.
//! - Text from input (system names, respondents, notes) is kept exactly or refused:
//!   control characters other than tab and line breaks are [`Error::ControlCharacter`],
//!   a lone surrogate escape is [`Error::LoneSurrogate`], a text longer than
//!   [`MAX_TEXT_CHARS`] (32 767 UTF-16 units, what a spreadsheet cell holds) is
//!   [`Error::TextTooLong`]; nothing is silently stripped or cut. So the largest
//!   assessment the crate can write is within the read limit
//!   ([`read::assessment_limit`]).
//! - Names (systems, respondents, owners) are compared as [`name`] says: NFC, full case
//!   folding, default-ignorable code points removed, trimmed. Every error shows text from
//!   input escaped ([`name::quote`]), so it is always one line.
//! - Reports cannot be subverted by that text: Markdown escapes it and keeps it on one
//!   line, CSV neutralises cells a spreadsheet would run as formulas with a leading `'`,
//!   SVG escapes it as XML. See [`report`].
//! - Every report grows linearly with its input.
//!
//! ## Performance
//!
//! A set of criteria takes three 64-bit words per sub-section, one per level (criterion
//! `n` of a level at bit `n − 1` of its word, so a level holds up to 64 criteria), and an
//! assessment keeps one set per status; the sizes are computed for each edition when it
//! compiles. A level is complete when its word has no open criterion (applicable, not
//! met), so the level attained is a few word operations per sub-section; the counts of
//! met and not applicable criteria are population counts of words; a gap list is a mask
//! per word. [`evaluate`] and [`gaps`] allocate nothing (gap lists are lazy iterators),
//! and nothing is computed at start-up: every edition and its layout are `const` data.
//! `BENCHMARKS.md` has the figures.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod assessment;
mod cohort;
mod cohort_builder;
mod compare;
mod content;
mod date;
mod dsl;
mod edition;
mod error;
mod gaps;
mod id;
#[cfg(feature = "serde")]
mod json;
mod layout;
mod level;
mod message;
mod migration;
mod model;
pub mod name;
mod peers;
mod perspectives;
mod progression;
pub mod read;
pub mod report;
mod text;
#[cfg(feature = "xlsx")]
pub mod workbook;

pub use assessment::{nearest_criterion, Assessment, AssessmentBuilder, Response, Status};
pub use cohort::{Cohort, CriterionShare, Distribution, Member, Peer, PeerGap};
pub use cohort_builder::CohortBuilder;
pub use compare::{
    compare, compare_across, Change, Comparison, CriterionChange, CrossComparison, DomainChange,
    Movement, SubSectionChange, Summary,
};
pub use edition::Edition;
/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use content::{Mhics2019, DOMAIN_1, DOMAIN_2, DOMAIN_3, MATRIX};
pub use date::{Date, DateError};
#[doc(hidden)]
pub use dsl::__private;
pub use error::{Error, Position, Suggestion};
pub use gaps::{gaps, group, Gap, GapStatus, Gaps, LevelGaps, SubSectionGaps, Target, ThemeGaps};
pub use id::{CriterionId, DomainId, IdError, SubSectionId};
#[cfg(feature = "serde")]
pub use json::EvaluationReport;
pub use level::Level;
pub use migration::{
    Accounted, Migrated, Migration, MigrationCounts, MigrationReport, Outcome, Rule,
};
pub use model::{
    Criterion, Domain, HighLevelTheme, LevelContent, LevelInfo, Matrix, SubSection, Theme,
};
pub use perspectives::{
    file_labels, Agreement, Answer, Consolidation, Conversation, Perspectives, PerspectivesError,
    Respondent,
};
pub use progression::{
    evaluate, Coverage, DomainProgress, Domains, Evaluation, SubSectionProgress,
};
pub use read::{ReadError, MAX_ASSESSMENT_BYTES, MAX_TEXT_CHARS};
