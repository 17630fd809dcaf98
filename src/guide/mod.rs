//! Guides: the crate's rules and file formats, and how to use it, in prose.
//!
//! This module holds no items. Each guide is a page of documentation:
//!
//! | guide | what it covers |
//! | --- | --- |
//! | [`rules`](crate::guide::rules) | identifiers, statuses, progression and gaps: what an assessment means |
//! | [`formats`](crate::guide::formats) | the files and outputs: the assessment file, the matrix export, the evaluation JSON, CSV, Markdown, SVG and HTML |
//! | [`reports`](crate::guide::reports) | reports for people: plain words, the HTML documents and the board report |
//! | [`perspectives`](crate::guide::perspectives) | several partners of one system: consolidated answers, agreement, the conversations to have, and their JSON |
//! | [`plans`](crate::guide::plans) | action plans: the plan file, drafting, reviewing against a later assessment, the review JSON |
//! | [`workbooks`](crate::guide::workbooks) | `.xlsx` workbooks to fill in: the sheets, the cells, what is read back and what is refused |
//! | [`editions`](crate::guide::editions) | editions of the tool, an edition of your own, migrating answers between editions, editions chosen at run time |
//! | [`limits`](crate::guide::limits) | limits, names and safety: what input is accepted, how names are compared, why reports cannot be subverted |
//! | [`command_line`](crate::guide::command_line) | the examples that come with the crate, their options and exit statuses |
//!
//! The rules in these guides are what programs that read or write the crate's files can
//! rely on. Tests check the code against them.

pub mod command_line;
pub mod editions;
pub mod formats;
pub mod limits;
pub mod perspectives;
pub mod plans;
pub mod reports;
pub mod rules;
pub mod workbooks;
