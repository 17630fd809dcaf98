//! Action plans: what a system agrees to do about its gaps, and what it achieved.
//!
//! The tool is meant to be used as a platform for local action. After the assessment
//! and the conversation between partners, the system agrees what it will do about its
//! gaps, who owns each action and by when. At the next assessment it sees what the
//! actions achieved. A [`Plan`](crate::plan::Plan) holds that agreement for one system and one
//! edition.
//!
//! # The cycle
//!
//! 1. **Draft** a first plan from an assessment's gaps.
//! 2. **Fill it in** with owners, leads and due dates: in the JSON file, in code, or on
//!    the `Action plan` sheet of a workbook (see [`workbooks`](super::workbooks)).
//! 3. **Review** it against a later assessment of the same system.
//! 4. If the system moves to a later edition, **migrate** the plan with its assessment.
//!
//! ```
//! use mhics::plan::{ActionOutcome, Plan};
//! use mhics::{Assessment, Level, Response, Status, Target, MATRIX};
//!
//! // Every Developing criterion is met, so each sub-section works toward Maturing.
//! let mut builder = Assessment::builder("Riverside and Vale ICS").date("2025-10-02".parse()?);
//! for c in MATRIX.criteria().filter(|c| c.id().level() == Level::Developing) {
//!     builder = builder.respond(c.id().to_string(), Status::Met);
//! }
//! let assessment = builder.build()?;
//!
//! // One action per sub-section, level and theme with gaps; then who owns it, by when.
//! let mut plan = Plan::draft(&assessment, Target::Next);
//! assert_eq!(plan.actions()[0].title(), "1.1 Maturing: Collaboration");
//! let first = plan.action_mut("A1").expect("the first action");
//! first.set_owner(Some("Riverside and Vale VCSE Alliance".into()))?;
//! first.set_due(Some("2026-03-31".parse()?));
//!
//! // A year later, the first action's criteria are in place.
//! let mut later = assessment.clone();
//! later.set_date(Some("2026-10-01".parse()?));
//! for id in plan.actions()[0].criteria() {
//!     later.set(*id, Response::new(Status::Met))?;
//! }
//! let review = plan.review(&later, None, Target::Next)?;
//! assert_eq!(review.outcomes()[0], ActionOutcome::Achieved);
//! assert_eq!(review.counts().uncovered_gaps, 0); // the draft covers every gap
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The plan file
//!
//! Read by [`Plan::from_json`](crate::plan::Plan::from_json) and written by
//! [`Plan::to_json`](crate::plan::Plan::to_json); a plan is read and written back exactly,
//! like an assessment.
//!
//! ```json
//! {
//!   "matrix": "mhics",
//!   "version": "2019",
//!   "system": "Riverside and Vale ICS",
//!   "assessed": "2026-10-14",
//!   "agreed": "2026-11-02",
//!   "actions": [ {
//!     "id": "A1",
//!     "title": "Co-production charter tested with VCSE member groups",
//!     "criteria": ["1.1-M1", "1.1-D2"],
//!     "owner": "Riverside and Vale VCSE Alliance",
//!     "lead": "Head of Engagement",
//!     "due": "2027-03-31",
//!     "status": "in_progress",
//!     "note": "Two member-group sessions booked."
//!   } ]
//! }
//! ```
//!
//! | field | required | what it holds |
//! | --- | --- | --- |
//! | `matrix`, `version` | yes | the edition, as in an assessment file |
//! | `system` | yes | the system; not empty |
//! | `assessed` | no | the date of the assessment the plan answers |
//! | `agreed` | no | the date the partners agreed the plan |
//! | `actions` | yes | the actions, in order |
//!
//! An action ([`Action`](crate::plan::Action)):
//!
//! | field | required | what it holds |
//! | --- | --- | --- |
//! | `id` | yes | not empty; unique within the plan, compared as names |
//! | `title` | yes | not empty |
//! | `criteria` | yes | one or more criteria of the edition, none twice; several actions may address one criterion |
//! | `status` | yes | `planned`, `in_progress`, `done` or `dropped` |
//! | `owner` | no | the partner who owns it; not empty; a name |
//! | `lead` | no | who leads it, e.g. a role; not empty |
//! | `due` | no | a date |
//! | `note` | no | free text |
//!
//! A bad file gets a one-line error with its line and column, naming the action and the
//! field: malformed JSON, an unknown, repeated or missing field, another matrix or
//! edition, an empty field, an action ID used twice, an unknown criterion (with the
//! nearest real one), a criterion twice in one action, an unknown status, an invalid
//! date, and the text rules and size limit of [`limits`](super::limits).
//!
//! # Drafting
//!
//! [`Plan::draft`](crate::plan::Plan::draft) turns an assessment's gaps toward a target
//! (default: each sub-section's next level) into a plan:
//!
//! - one action per group of gaps that share a sub-section, level and theme, in matrix
//!   order, numbered `A1`, `A2`, ...;
//! - titled `<sub-section> <Level>: <theme>`, e.g. `1.1 Maturing: Leadership`;
//! - the group's criteria in matrix order, status `planned`, no owner, lead, due date or
//!   note;
//! - `assessed` is the assessment's date; `system` and edition are the assessment's.
//!
//! # Reviewing
//!
//! [`Plan::review`](crate::plan::Plan::review) reads a plan beside an assessment of the same
//! system and edition: the one it was drawn from, or a later one. A plan and an
//! assessment of different systems or editions are refused, naming both.
//!
//! The review date is the one given, else the assessment's date, else none. A criterion
//! is *in place* when it is `met` or `not_applicable`.
//!
//! Each action's outcome ([`ActionOutcome`](crate::plan::ActionOutcome)) is the first of these
//! that holds:
//!
//! | outcome | when |
//! | --- | --- |
//! | `achieved` | every criterion it addresses is in place, whatever its status |
//! | `dropped` | its status is `dropped` |
//! | `done_not_achieved` | its status is `done`, with a criterion not in place: the conversation to have |
//! | `overdue` | it is due before the review date |
//! | `open` | otherwise |
//!
//! The review also gives:
//!
//! - the **gaps** toward the target (as in [`rules`](super::rules)), each with the
//!   actions that address it, leaving dropped actions out; a gap with none is
//!   *uncovered*;
//! - for each sub-section, its gaps and how many are covered;
//! - the actions **to complete**: `planned` or `in_progress`, with no owner or no due
//!   date.
//!
//! The Markdown report is an agenda for the review meeting. It opens with the counts:
//!
//! ```text
//! - 6 of 13 actions achieved: every criterion they address is in place
//! - 1 action done but not achieved: reported done, with a criterion not yet in place
//! - 2 actions overdue: due before the review date, not achieved
//! - 3 actions open: planned or under way, not yet due
//! - 1 action dropped: no longer pursued
//! - 42 of 48 gaps toward the target uncovered: addressed by no action (dropped actions left out)
//! - 2 actions to complete: planned or in progress with no owner or no due date
//! ```
//!
//! Then the actions done but not achieved and the overdue ones (the conversations to
//! have), the others, the uncovered gaps by sub-section, and the actions to complete.
//! CSV, SVG and HTML are described in [`formats`](super::formats) and
//! [`reports`](super::reports).
//!
//! # The review JSON
//!
//! [`Review::to_json`](crate::plan::Review::to_json):
//!
//! ```json
//! {
//!   "system": "Riverside and Vale ICS", "matrix": "mhics", "version": "2019",
//!   "assessment_date": "2026-10-01", "on": "2026-10-01",
//!   "actions": [ { "id": "A4", "title": "Shared care record open to all partners",
//!                  "owner": "Riverside and Vale Mental Health Trust", "due": "2026-09-30",
//!                  "status": "in_progress", "outcome": "overdue",
//!                  "criteria": [ { "id": "1.4-M1", "status": "not_met" } ] } ],
//!   "gaps": [ { "id": "1.1-T1", "subsection": "1.1", "level": "thriving",
//!               "status": "partial", "actions": [] } ],
//!   "subsections": [ { "id": "1.1", "gaps": 3, "covered": 0 } ],
//!   "counts": { "achieved": 6, "dropped": 1, "done_not_achieved": 1, "overdue": 2,
//!               "open": 3, "uncovered_gaps": 42 },
//!   "to_complete": ["A8", "A13"]
//! }
//! ```
//!
//! - `on` is the review date; `assessment_date` the assessment's.
//! - `actions` are in plan order, each with its criteria in its own order and the
//!   assessment's status of each (`met`, `partial`, `not_met`, `not_applicable` or
//!   `not_assessed`).
//! - `gaps` are in matrix order; `subsections` hold every sub-section, in matrix order.
//! - `on`, `due` and `owner` are `null` when absent.
//!
//! # Migrating a plan
//!
//! [`Plan::migrate`](crate::plan::Plan::migrate) carries a plan to a later edition with the
//! same migration as its assessment (see [`editions`](super::editions)). Each action's
//! criteria are carried, moved, merged or split as the rules say. A retired criterion
//! leaves its action and is listed; an action left with no criterion is taken out of the
//! plan and listed. Nothing is dropped without being listed
//! ([`PlanMigrationReport`](crate::plan::PlanMigrationReport)).
