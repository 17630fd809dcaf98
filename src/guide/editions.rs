//! Editions: the built-in one, editions of your own, and migrating answers between them.
//!
//! The tool "is intended to be iterative and expected to evolve": a later national
//! edition may come, and an ICS may keep a local edition that adds its own domain or
//! criteria. The crate treats every one of them alike.
//!
//! # What an edition is
//!
//! A matrix declared with [`matrix!`](crate::matrix) and an `edition:` marker is an
//! *edition*, named by its `id` and `version`. The built-in one is
//! [`MATRIX`](crate::MATRIX), `mhics` `2019`. Every edition keeps the shape of the tool:
//! domains, numbered sub-sections, the three levels in order, themes, and criteria with
//! written-out IDs (see [`rules`](super::rules)).
//!
//! The whole API works for every edition, declared in this crate or in a crate that
//! depends on it: assessments (built in code, read and written as JSON), evaluation,
//! gaps, comparison, cohorts and peer learning, partners' perspectives, action plans,
//! the reports, the workbook and the matrix export.
//!
//! An assessment file names the edition it answers (`matrix`, `version`). Reading it as
//! another edition is an error naming both: `this assessment answers lakeside-local 2026,
//! expected mhics 2019`. Answers of one edition are never evaluated, compared or put in a
//! cohort with another edition's content.
//!
//! # An edition of your own
//!
//! ```
//! use mhics::{evaluate, Assessment, Level, Status};
//!
//! mhics::matrix! {
//!     pub const SCHOOLS: Domain = domain "1" {
//!         title: "Local priorities", partners: "Every Lakeside partner.",
//!         overview: { developing: [], maturing: [], thriving: [] },
//!         subsections: [ "1.1" {
//!             title: "Mental health support in schools",
//!             developing: { headline: "Schools know where to turn.",
//!                 themes: [ "Access" { "1.1-D1" => "Every school has a named mental health lead." } ] },
//!             maturing: { headline: "Support reaches every pupil.",
//!                 themes: [ "Reach" { "1.1-M1" => "Support teams cover every school." } ] },
//!             thriving: { headline: "Pupils shape the support.",
//!                 themes: [ "Co-production" { "1.1-T1" => "Pupils co-design the support." } ] },
//!             references: [],
//!         } ],
//!     };
//! }
//! mhics::matrix! {
//!     pub const LAKESIDE: Matrix = matrix "lakeside-local" {
//!         edition: LAKESIDE_2026,
//!         title: "Lakeside local edition", version: "2026",
//!         levels: {
//!             developing: { name: "Developing", description: "Starting." },
//!             maturing: { name: "Maturing", description: "Growing." },
//!             thriving: { name: "Thriving", description: "Grown." },
//!         },
//!         high_level_themes: [], domains: [SCHOOLS],
//!     };
//! }
//!
//! let assessment = Assessment::builder("Lakeside ICS")
//!     .edition(LAKESIDE_2026)
//!     .respond("1.1-D1", Status::Met)
//!     .build()?;
//! assert_eq!(evaluate(&assessment).overall(), Some(Level::Developing));
//! assert!(Assessment::from_json(&assessment.to_json()).is_err()); // not mhics 2019
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! `matrix!` compiles the content into `const` data and checks its structure while the
//! crate builds. A malformed matrix does not compile: a level missing or out of order is
//! a syntax error at that row; a misnumbered, repeated or misplaced criterion ID, an
//! empty level or theme, a level of more than 64 criteria, or a sub-section or domain
//! out of order stops the build with a message naming it. The built-in edition is
//! written this way too, in `src/content`; its wording is as published, with white space
//! normalised and the original's typos and punctuation kept.
//!
//! A level holds up to 64 criteria, and an edition any number of sub-sections.
//!
//! # Retired IDs
//!
//! Criterion IDs are never renumbered or reused. A later edition keeps every ID it
//! shares with the earlier one, declares those it no longer has as `retired: ["1.1-D3"]`
//! in their level, and numbers new ones after them. The matrix export lists a level's
//! retired IDs (see [`formats`](super::formats)).
//!
//! # Migrating answers
//!
//! An ID present in both editions carries its answer across unchanged. A migration,
//! declared with [`migration!`](macro@crate::migration), says only what else happens to the
//! earlier edition's IDs:
//!
//! | rule | meaning |
//! | --- | --- |
//! | `"1.1-D3" => "1.1-D8";` | moved: the answer (status and note) moves to the new ID |
//! | `"1.2-M1", "1.2-M2" => "1.2-M9";` | merged: the new criterion gets the least-in-place answer among them (not assessed < `not_met` < `partial` < `met`; `not_applicable` only when all are); every note is kept, each prefixed with its old ID |
//! | `"2.1-T1" => ["2.1-T4", "2.1-T5"];` | split: the answer is copied to each, and every copy is listed for review |
//! | `retire "3.3-D2";` | retired: the answer is not carried, and is listed |
//! | `review "1.4-M2";` | reworded, same ID: the answer carries across and is listed for review |
//!
//! A migration is checked when the crate compiles. Every ID of the earlier edition that
//! the later one lacks is mapped or retired exactly once; every target exists in the
//! later edition; an ID present in both editions is named only by `review`; no ID is
//! named twice. Each mistake is a compile error naming the ID.
//!
//! Applying a migration to an assessment gives the migrated assessment and a migration
//! report ([`MigrationReport`](crate::migration::MigrationReport)). The report accounts for every
//! answer of the original exactly once: carried, moved, merged, split, retired (with the
//! answer and note that were not carried), or for review. It also lists the later
//! edition's criteria that have no answer yet. Nothing is dropped without being listed.
//!
//! Comparing assessments of two editions migrates the earlier one first, and shows the
//! migration's counts beside the comparison. An action plan migrates with the same
//! migration (see [`plans`](super::plans)).
//!
//! # Editions chosen at run time
//!
//! An edition is a value ([`Edition`](crate::Edition)), and every assessment and plan
//! knows its own: one API serves every edition, and nothing in a program's code names
//! the edition of the files it reads. The built-in edition is the default wherever an
//! edition can be left out, as compiled-in data is the default elsewhere.
//!
//! A program that receives files of several editions (last year's national edition and
//! this year's, or the national one and a local one) names the editions it knows, and
//! the migrations between them, in an [`Editions`](crate::Editions) value. It reads a
//! file of any of them by its `matrix` and `version`
//! ([`Editions::read_json`](crate::Editions::read_json),
//! [`Editions::read_plan_json`](crate::Editions::read_plan_json)), then evaluates it,
//! lists its gaps and writes every report as for any other assessment.
//!
//! - A file of none of them is refused, naming what it answers and every edition known:
//!   `this assessment answers "hillside" "2026", expected one of: mhics 2019,
//!   lakeside-local 2026`.
//! - Comparisons, cohorts and perspectives take assessments of one edition, and refuse
//!   others when they are made: `cannot compare assessments of mhics 2019 and
//!   lakeside-local 2026: they answer different editions, and no migration from one to
//!   the other is declared`.
//!   [`Editions::to_one_edition`](crate::Editions::to_one_edition) first brings files of
//!   several editions to one with the declared migrations.
//!
//! Why a value and not a type parameter: a server learns a file's edition only when it
//! reads it, and a type parameter made every type and function come twice (once for the
//! built-in edition, once for any) and needed a second API for editions chosen at run
//! time. What the type gave, a check that two assessments answer the same edition, is now
//! a check made when they are put together; what stays checked when the crate compiles is
//! each edition itself (its structure, IDs and layout) and each migration.
//!
//! The `local_edition` example (see [`command_line`](super::command_line)) shows a local
//! edition, a migration into it, and a cohort of files of both editions.
