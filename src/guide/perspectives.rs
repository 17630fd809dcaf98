//! Partners' perspectives: several partners of one system, side by side.
//!
//! An ICS asks each partner (the mental health trust, the local authority, primary care,
//! the voluntary sector, experts by experience) to answer the tool. Then they meet to
//! talk about where their views differ. The crate reads their assessments as one set
//! ([`Perspectives`](crate::perspectives::Perspectives)) and gives an agenda for that meeting.
//!
//! # The set
//!
//! Each partner's answers are an ordinary assessment file (see
//! [`formats`](super::formats)) that names its `respondent`. The files of one set:
//!
//! - answer the same edition;
//! - name the same `system`, compared as names (see [`limits`](super::limits));
//! - have distinct respondents, compared as names.
//!
//! A set that is empty, mixes systems or repeats a respondent is refused; the error
//! names the files or respondents at fault.
//! A file with no `respondent` is labelled by its file name; where two such files have
//! the same name, by as much of their paths as tells them apart (`north/a.json`,
//! `south/a.json`; [`file_labels`](crate::perspectives::file_labels)).
//!
//! # The rules, criterion by criterion
//!
//! Only the answers given count: a criterion a partner left out is no answer from them.
//!
//! **Consolidated status.**
//!
//! | answers | consolidated status |
//! | --- | --- |
//! | none | not assessed |
//! | all `not_applicable` | `not_applicable` |
//! | otherwise, setting `not_applicable` aside: all `met` | `met` |
//! | otherwise, setting `not_applicable` aside: all `not_met` | `not_met` |
//! | anything else | `partial` |
//!
//! **Spread.** Score each answer that is not `not_applicable`: `met` 2, `partial` 1,
//! `not_met` 0. The spread is the highest score less the lowest; it is 0 with fewer than
//! two such answers.
//!
//! **Applicability disputed.** At least one answer is `not_applicable` and at least one
//! is not.
//!
//! **Contested.** The spread is 1 or more, or applicability is disputed.
//!
//! # What the set gives
//!
//! - **The conversations**: the contested criteria, highest spread first, then in matrix
//!   order. Each has its consolidated status and every respondent's answer and note, in
//!   respondent order; a respondent who gave no answer shows `not_assessed` and no note.
//! - **The agreement** of each sub-section: among its criteria answered by two or more
//!   respondents, the share that are not contested. None when no criterion is answered
//!   by two or more.
//! - **Each respondent's own evaluation**, beside the consolidated one.
//! - **The consolidated assessment**: an ordinary assessment of the system, to evaluate,
//!   compare or put in a cohort like any other. Its statuses are the consolidated ones;
//!   its date is the latest of the dates given; each criterion's note holds every
//!   respondent's note, prefixed `<respondent>: `, one per line, in respondent order; its
//!   respondent is `Consolidated: ` followed by the respondents' labels, separated by
//!   `; `. A text of an assessment holds at most 32,767 characters (see
//!   [`limits`](super::limits)), so each of these texts keeps the parts that fit, in
//!   order, then a line saying how many more there are.
//!
//! # The perspectives JSON
//!
//! [`Perspectives::to_json`](crate::perspectives::Perspectives::to_json); the `perspectives` example's
//! default format.
//!
//! ```json
//! {
//!   "system": "Riverside and Vale ICS",
//!   "matrix": "mhics",
//!   "version": "2019",
//!   "respondents": ["Riverside and Vale Mental Health Trust", "Vale Borough Council"],
//!   "consolidated": { "overall": null, "domains": [], "subsections": [], "gaps": [] },
//!   "by_respondent": [
//!     { "respondent": "Riverside and Vale Mental Health Trust", "overall": "developing",
//!       "subsections": [ { "id": "1.1", "attained": "maturing" } ] }
//!   ],
//!   "subsections": [
//!     { "id": "1.1", "answered_by_two_or_more": 20, "contested": 5, "agreement": 0.75 }
//!   ],
//!   "conversations": [ {
//!     "id": "1.1-M1", "subsection": "1.1", "level": "maturing", "theme": "Collaboration",
//!     "spread": 2, "applicability_disputed": false, "consolidated": "partial",
//!     "answers": [
//!       { "respondent": "Riverside and Vale Mental Health Trust", "status": "met",
//!         "note": "Co-production charter adopted by the Partnership Board in May 2026." },
//!       { "respondent": "Vale Borough Council", "status": "not_met" }
//!     ]
//!   } ]
//! }
//! ```
//!
//! - `respondents` are the labels, in the order given.
//! - `consolidated` holds the fields of the evaluation (`overall`, `domains`,
//!   `subsections`, `gaps`; see [`formats`](super::formats)) for the consolidated
//!   assessment, with gaps toward each sub-section's next level.
//! - `by_respondent` gives each respondent's overall level and each sub-section's
//!   attained level.
//! - `agreement` is a number from 0 to 1, or `null`.
//! - `conversations` are in the order above; `note` is left out where there is none.
//!
//! # The agenda
//!
//! The Markdown report (`--format markdown`) opens with a table of the respondents, then
//! the agreement per sub-section and each partner's attained level beside the
//! consolidated one, then the conversations:
//!
//! ```text
//! | # | Respondent | Date | Answered | Overall |
//! |---|---|---|---|---|
//! | 1 | Riverside and Vale Mental Health Trust | 2026-10-01 | 266 | Developing |
//! | 2 | Vale Borough Council | 2026-10-08 | 266 | Not yet Developing |
//! | 3 | Riverside Primary Care Collaborative | 2026-10-06 | 236 | Not yet Developing |
//! | 4 | Riverside and Vale VCSE Alliance | 2026-10-14 | 251 | Not yet Developing |
//! | | **Consolidated** | 2026-10-14 | 266 | **Not yet Developing** |
//! ...
//! #### `1.1-M1` 1.1 Maturing · *Collaboration*
//!
//! > The principles and practice of co-production are embedded within ICS governance arrangements at system, place and neighbourhood levels.
//!
//! Consolidated: **partial**; spread 2.
//!
//! | Respondent | Answer | Note |
//! |---|---|---|
//! | Riverside and Vale Mental Health Trust | met | Co-production charter adopted by the Partnership Board in May 2026. |
//! | Vale Borough Council | met |  |
//! | Riverside Primary Care Collaborative | met |  |
//! | Riverside and Vale VCSE Alliance | not met | The charter is adopted; member groups have not yet seen it shape a decision. |
//! ```
//!
//! CSV gives a row per contested criterion and respondent, SVG a sub-section × partner
//! picture of attained levels and agreement, HTML the agenda as one document (see
//! [`reports`](super::reports)).
//!
//! Files of several editions can be brought to one edition first (see
//! [`editions`](super::editions)).
