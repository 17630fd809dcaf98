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
//!   [--target LEVEL]`): `system`, `matrix`, `version`, `target` (what the gaps are
//!   toward: `"next"`, each sub-section's next level, or a level ID), `overall`,
//!   `domains` (`id`, `attained`), `subsections` (`id`, `attained`, `next`, `coverage`
//!   per level with `met`, `applicable`, `total`) and `gaps` (`id`, `subsection`,
//!   `level`, `theme`, `status`).
//!
//! ## Workbooks (feature `xlsx`, off by default)
//!
//! For partners who work in spreadsheets, [`workbook`] writes the matrix as an `.xlsx`
//! workbook to fill in, blank or pre-filled from an assessment, and reads a filled one
//! back into an [`Assessment`], exactly; a bad workbook gets an error naming the sheet and
//! cell. A workbook can carry an action plan on an `Action plan` sheet to fill in
//! (`workbook::write_with_plan`), read back into a [`Plan`] exactly
//! (`workbook::read_plan`). The feature needs Rust 1.88 or later (the minimum of `rust_xlsxwriter`, which it
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
//! - [`report`] turns all of these into Markdown, CSV for spreadsheets, SVG pictures on a
//!   purple maturity scale (never red, amber or green) and, with feature `html` (on by
//!   default), self-contained HTML documents for people and a board report
//!   ([`report::html`]), where no attained level reads "Not yet Developing".
//!
//! ## Editions
//!
//! A matrix declared with [`matrix!`] and an `edition:` marker is an *edition*, named by
//! its `id` and `version` (the built-in one is [`MATRIX`], `mhics` `2019`, with the
//! marker [`Mhics2019`]). Every part of the API works for every edition, declared in
//! this crate or in one that depends on it: [`Assessment`](Assessment) (built in code
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
//!
//! A program that reads files of several editions names the set it knows with
//! [`editions!`] (and the migrations between them it knows): the set is an enum with a
//! variant per edition, and the [`Editions`] trait reads a file of any of them by its
//! `matrix` and `version` ([`Error::UnknownEdition`] for a file of none of them, naming
//! every edition known), evaluates it, lists its gaps and writes every report and JSON
//! output without naming the edition type; [`compare_known`], [`KnownCohort`] and
//! [`KnownPerspectives`] bring files of several editions to one with the declared
//! migrations, or refuse them ([`Error::MixedEditions`]). See the
//! [`Editions`] documentation for a runnable example.
//!
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
//! ## Action plans
//!
//! After the assessment and the conversation between partners, a system agrees what it
//! will do about its gaps, who owns each action and by when, and at the next assessment
//! sees what the actions achieved (the contract's *Action plans*). A [`Plan`] of one
//! system for one edition holds [`Action`]s, each with an ID unique within the plan (as
//! a name), a title, one or more criteria (none twice), an [`ActionStatus`] (`planned`,
//! `in_progress`, `done`, `dropped`) and optionally an owner, a lead, a due date and a
//! note; [`Plan::from_json`] and [`Plan::to_json`] read and write the plan file exactly,
//! refusing bad input with a one-line error naming the action and field.
//!
//! - [`Plan::draft`]: one action per group of gaps toward the target that share a
//!   sub-section, level and theme, in matrix order, numbered `A1`, `A2`, ..., titled
//!   `<sub-section> <Level>: <theme>`, status `planned`.
//! - [`Plan::review`] against an assessment of the same system on a date (the one
//!   given, else the assessment's): a criterion is in place when it is met or not
//!   applicable, and each action's [`ActionOutcome`] is the first that holds:
//!   `achieved` (every criterion in place, whatever its status), `dropped`,
//!   `done_not_achieved` (done, a criterion not in place), `overdue` (due before the
//!   review date), else `open`. The gaps toward the target with the actions (not
//!   dropped) that address them, the uncovered ones, each sub-section's gaps and how
//!   many are covered, and the actions to complete (planned or in progress with no
//!   owner or no due date). [`Review::to_json`] writes the contract's JSON;
//!   [`report::plan_review_markdown`] an agenda for the review meeting and
//!   [`report::plan_review_csv`] a row per action and criterion.
//! - [`Plan::migrate`] with the [`Migration`] of its assessment: criteria carried,
//!   moved, merged or split; a retired one leaves its action, and an action left with
//!   none is taken out, both listed in the [`PlanMigrationReport`].
//!
//! Each action's criteria are a set in the edition's layout, so a review is a few word
//! operations per action and allocates only its output.
//!
//! The plan cycle: assess, draft, fill in owners and dates, review a year later.
//!
//! ```
//! use mhics::{ActionOutcome, ActionStatus, Assessment, Level, Plan, Response, Status, Target, MATRIX};
//!
//! // 2025: the assessment. Every Developing criterion is met, so each sub-section works
//! // toward Maturing.
//! let mut builder = Assessment::builder("Riverside and Vale ICS").date("2025-10-02".parse()?);
//! for c in MATRIX.criteria().filter(|c| c.id().level() == Level::Developing) {
//!     builder = builder.respond(c.id().to_string(), Status::Met);
//! }
//! let assessment = builder.build()?;
//!
//! // A first plan: one action per sub-section, level and theme with gaps.
//! let mut plan = Plan::draft(&assessment, Target::Next);
//! assert_eq!(plan.actions()[0].title(), "1.1 Maturing: Collaboration");
//!
//! // The partners agree who owns each action and by when.
//! plan.set_agreed(Some("2025-11-12".parse()?));
//! let first = plan.action_mut("A1").expect("the first action");
//! first.set_owner(Some("Riverside and Vale VCSE Alliance".into()))?;
//! first.set_lead(Some("Head of Engagement".into()))?;
//! first.set_due(Some("2026-03-31".parse()?));
//! first.set_status(ActionStatus::Done);
//! let second = plan.action_mut("A2").expect("a second action");
//! second.set_owner(Some("Riverside and Vale Mental Health Trust".into()))?;
//! second.set_due(Some("2026-06-30".parse()?));
//! second.set_status(ActionStatus::InProgress);
//! // The plan is a file to share: read and written back exactly.
//! assert_eq!(Plan::from_json(&plan.to_json())?, plan);
//!
//! // 2026: a year later, the first action's criteria are in place.
//! let mut later = assessment.clone();
//! later.set_date(Some("2026-10-01".parse()?));
//! for id in plan.actions()[0].criteria() {
//!     later.set(*id, Response::new(Status::Met))?;
//! }
//! let review = plan.review(&later, None, Target::Next)?;
//! assert_eq!(review.on().map(|d| d.to_string()).as_deref(), Some("2026-10-01"));
//! assert_eq!(review.outcomes()[0], ActionOutcome::Achieved);
//! assert_eq!(review.outcomes()[1], ActionOutcome::Overdue); // due in June, not achieved
//! assert_eq!(review.counts().uncovered_gaps, 0); // the draft covers every gap
//! // Every other action still needs an owner and a due date.
//! assert_eq!(review.to_complete().count(), plan.actions().len() - 2);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
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
//!   SVG escapes it as XML, and HTML is written with templates that escape every text.
//!   See [`report`].
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
mod error;
mod gaps;
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
pub use date::{Date, DateError};
#[doc(hidden)]
pub use dsl::__private;
pub use edition::Edition;
pub use editions::Editions;
pub use error::{Error, Field, Position, Suggestion};
pub use gaps::{gaps, group, Gap, GapStatus, Gaps, LevelGaps, SubSectionGaps, Target, ThemeGaps};
pub use id::{CriterionId, DomainId, IdError, SubSectionId};
#[cfg(feature = "serde")]
pub use json::EvaluationReport;
pub use level::Level;
pub use model::{
    Criterion, Domain, HighLevelTheme, LevelContent, LevelInfo, Matrix, SubSection, Theme,
};
pub use progression::{
    evaluate, Coverage, DomainProgress, Domains, Evaluation, SubSectionProgress,
};
pub use read::{ReadError, MAX_ASSESSMENT_BYTES, MAX_PLAN_BYTES, MAX_TEXT_CHARS};

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
    owned::<Field>();
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
    owned::<workbook::WorkbookError>();
    shared::<Evaluation<'static>>();
    shared::<Gaps<'static>>();
    shared::<compare::Comparison<'static>>();
    shared::<cohort::Cohort<'static>>();
    shared::<perspectives::Perspectives<'static>>();
    shared::<plan::Review<'static>>();
    #[cfg(feature = "html")]
    shared::<report::html::Board<'static>>();
};
