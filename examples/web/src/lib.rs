//! The self-assessment service an ICS runs on one machine: the reference embedding of
//! the [`mhics`] crate, using only its public API.
//!
//! A lead opens a round for a system and an assessment date and adds partners; each
//! partner answers through a secret link, sub-section by sub-section, every answer saved
//! as it is given (or fills in the workbook and uploads it); the lead sees the answers
//! consolidated and the conversations to have, agrees the assessment, drafts and edits
//! the action plan, and downloads every report. Next year's round carries this one
//! forward. See `examples/web/README.md`.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod app;
pub mod lead;
pub mod partner;
pub mod plan;
pub mod round;
pub mod sample;
pub mod secret;
pub mod store;
pub mod together;
pub mod views;
