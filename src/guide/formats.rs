//! The file formats: what the crate reads and writes.
//!
//! JSON (feature `serde`, on by default) and CSV are for programs; Markdown, SVG, HTML
//! and workbooks are for people.
//!
//! | format | read | written | described in |
//! | --- | --- | --- | --- |
//! | assessment file (JSON) | yes | yes | [below](#the-assessment-file) |
//! | matrix export (JSON) | no | yes | [below](#the-matrix-export) |
//! | evaluation (JSON) | no | yes | [below](#the-evaluation) |
//! | perspectives (JSON) | no | yes | [`perspectives`](super::perspectives) |
//! | plan file (JSON) | yes | yes | [`plans`](super::plans) |
//! | plan review (JSON) | no | yes | [`plans`](super::plans) |
//! | CSV tables | no | yes | [below](#csv) |
//! | Markdown, SVG, HTML | no | yes | [`reports`](super::reports) |
//! | `.xlsx` workbook (feature `xlsx`) | yes | yes | [`workbooks`](super::workbooks) |
//!
//! Every file is UTF-8. A leading byte order mark is accepted on reading and never
//! written. Dates are ISO 8601 calendar dates, `YYYY-MM-DD`. Levels, statuses and IDs are
//! written as their identifiers (see [`rules`](super::rules)). JSON is written
//! pretty-printed, in a fixed order, so that two runs on the same input give the same
//! bytes.
//!
//! # The assessment file
//!
//! One system's answers against one edition. Read by
//! [`Assessment::from_json`](crate::Assessment::from_json) and written by
//! [`Assessment::to_json`](crate::Assessment::to_json).
//!
//! ```json
//! {
//!   "matrix": "mhics",
//!   "version": "2019",
//!   "system": "North Central London",
//!   "respondent": "North Central London Mental Health Trust",
//!   "date": "2026-11-24",
//!   "responses": {
//!     "1.1-D1": { "status": "met", "note": "Mental Health Board in place since 2020" },
//!     "1.1-D2": { "status": "partial" }
//!   }
//! }
//! ```
//!
//! | field | required | what it holds |
//! | --- | --- | --- |
//! | `matrix` | yes | the edition's matrix ID, `mhics` for the built-in one |
//! | `version` | yes | the edition's version, `2019` for the built-in one |
//! | `system` | yes | the system assessed; not empty |
//! | `respondent` | no | who answered: an organisation or role (see [`perspectives`](super::perspectives)) |
//! | `date` | no | when, `YYYY-MM-DD` |
//! | `responses` | yes | criterion ID to `{ "status", "note" }`; `note` is optional; a criterion left out is not assessed |
//!
//! Bad input gets a one-line [`Error`](crate::Error) with its line and column (its
//! [`Place`](crate::error::Place)), never a panic; each rule is one
//! [`Kind`](crate::error::Kind), the same as for a workbook or a form:
//!
//! - malformed JSON; a missing, unknown or repeated field;
//! - an unknown criterion ID, named with the nearest real one (for `1.1-d1`: did you
//!   mean `1.1-D1`?);
//! - the same criterion twice in `responses`; an unknown status;
//! - another matrix or edition, naming both (see [`editions`](super::editions));
//! - an invalid date; an empty system name;
//! - text the crate does not keep: a control character, a lone surrogate escape, a text
//!   too long, a file too large (see [`limits`](super::limits)).
//!
//! Reading and writing back loses nothing: notes, dates and Unicode text come back
//! exactly. The crate writes responses in matrix order and leaves out `respondent`,
//! `date` and `note` when there are none.
//!
//! # The matrix export
//!
//! Every word of an edition, for other programs: [`Matrix::to_json`](crate::Matrix::to_json)
//! (`cargo run --example export -- json`).
//!
//! ```json
//! {
//!   "id": "mhics",
//!   "title": "Mental Health in the Integrated Care System Implementation Tool",
//!   "version": "2019",
//!   "levels": [ { "id": "developing", "name": "Developing", "description": "..." } ],
//!   "high_level_themes": [ { "name": "Population health", "statements": ["..."] } ],
//!   "domains": [ {
//!     "id": "1",
//!     "title": "System Leadership, Partnerships and Change Capability",
//!     "partners": "The system / all partners refers to the: ...",
//!     "overview": { "developing": ["..."], "maturing": ["..."], "thriving": ["..."] },
//!     "subsections": [ {
//!       "id": "1.1",
//!       "title": "Strong collaborative and inclusive system leadership and governance",
//!       "levels": {
//!         "developing": {
//!           "headline": "All system leaders signed up to working together ...",
//!           "themes": [ {
//!             "name": "Collaboration",
//!             "intro": "words that only introduce the criteria below",
//!             "criteria": [ { "id": "1.1-D1", "text": "...", "points": ["..."] } ]
//!           } ]
//!         },
//!         "maturing": { "headline": "...", "themes": [] },
//!         "thriving": { "headline": "...", "themes": [] }
//!       },
//!       "references": ["https://..."]
//!     } ]
//!   } ]
//! }
//! ```
//!
//! - `intro` and `points` are left out where empty.
//! - A level of a later edition lists the IDs it retired as `retired`, before `themes`;
//!   it is left out where there are none.
//! - Text is the published wording with white space normalised. The one criterion whose
//!   text goes on after its points (`1.2-M2`) has that text added to `text`, after a
//!   space; the typed model keeps it apart ([`Criterion::closing`](crate::Criterion::closing)).
//!
//! # The evaluation
//!
//! An assessment's progression and gaps: [`EvaluationReport`](crate::EvaluationReport)
//! (`cargo run --example evaluate -- FILE [--target LEVEL]`).
//!
//! ```json
//! {
//!   "system": "North Central London",
//!   "matrix": "mhics",
//!   "version": "2019",
//!   "target": "next",
//!   "overall": null,
//!   "domains": [ { "id": "1", "attained": "developing" } ],
//!   "subsections": [ {
//!     "id": "1.1",
//!     "attained": "developing",
//!     "next": "maturing",
//!     "coverage": {
//!       "developing": { "met": 7, "applicable": 7, "total": 7 },
//!       "maturing": { "met": 2, "applicable": 8, "total": 9 },
//!       "thriving": { "met": 0, "applicable": 4, "total": 4 }
//!     }
//!   } ],
//!   "gaps": [
//!     { "id": "1.1-M2", "subsection": "1.1", "level": "maturing", "theme": "Leadership", "status": "not_met" }
//!   ]
//! }
//! ```
//!
//! - `target` is what the gaps are toward: `"next"` (each sub-section's next level) or a
//!   level ID.
//! - `overall`, `attained` and `next` are a level ID or `null` (none attained; no next
//!   level after Thriving).
//! - `domains` and `subsections` hold every domain and sub-section, in matrix order.
//! - `coverage` gives `met`, `applicable` and `total` for each level, as
//!   [`rules`](super::rules) defines them.
//! - `gaps` are in matrix order; each `status` is `partial`, `not_met` or
//!   `not_assessed`.
//!
//! # CSV
//!
//! CSV tables follow RFC 4180: comma-separated, fields quoted where needed, CRLF line
//! ends, one header row. Levels and statuses are their identifiers; an empty cell is
//! none (no level attained, not assessed). A cell that a spreadsheet would run as a
//! formula gets a leading `'` (see [`limits`](super::limits)). The functions are in
//! [`report`](crate::report).
//!
//! | table | columns |
//! | --- | --- |
//! | progression of one assessment | `system, date, subsection, title, level, met, applicable, total, complete, attained, next` |
//! | gaps of one assessment | `id, subsection, level, theme, status, text, note` |
//! | comparison | `id, subsection, level, theme, before, after, change` |
//! | cohort by sub-section | `system, date, subsection, attained, developing_met, developing_applicable, maturing_met, maturing_applicable, thriving_met, thriving_applicable` |
//! | cohort by criterion | `id, subsection, level, theme, met, partial, not_met, not_applicable, not_assessed, systems, share_met, share_met_of_applicable` |
//! | peer learning | `id, subsection, level, theme, status, peer, peer_date, peer_note, more_peers` |
//! | perspectives | `id, subsection, level, theme, spread, applicability_disputed, consolidated, respondent, status, note` |
//! | plan review | `action, title, owner, lead, due, status, outcome, to_complete, criterion, criterion_status` |
