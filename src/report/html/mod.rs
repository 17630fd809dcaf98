//! Reports for people as HTML: one self-contained document per report (feature `html`,
//! on by default).
//!
//! - [`assessment`]: one self-assessment (the `evaluate` example's `--format html`);
//! - [`comparison`]: two assessments of one system (`compare`);
//! - [`cohort`]: several systems (`cohort`);
//! - [`perspectives`]: partners' perspectives on one system (`perspectives`);
//! - [`plan_review`]: an action plan reviewed against an assessment (`plan review`);
//! - [`Board`]: a board report bringing together what is given (`board`).
//!
//! Every document opens with its headline in words (overall and each domain: `Not yet
//! Developing`, `Developing`, …, and the sub-sections nearest their next level), then
//! its pictures, then the detail. It holds no script and requests nothing from outside
//! itself: styles are inline and pictures are inline SVG. It reads on screen and
//! prints on A4: print styles keep headings with what follows them, keep pictures,
//! conversations, short tables and rows whole, repeat the header of a long table on
//! every page, give tables the same column widths throughout and keep dates on one
//! line; no printed text, in pictures either, is under 8 pt.
//!
//! **Accessible** (WCAG 2.2 AA): the page names its language, has one `h1` and
//! headings in order; every table has header cells with their `scope`; every picture
//! has a title and a description that says its result (`role="img"`,
//! `aria-labelledby`); text has a contrast of at least 4.5:1, on shaded cells too;
//! nothing is told by colour alone (levels are named, shares drawn as bars with their
//! figures, changes marked ▲ ▼ and in words, attained cells framed and ticked).
//!
//! **Escaped by construction**: the documents are written with `maud` templates, which
//! escape every text they are given, so a system name, respondent or note holding
//! HTML, Markdown or script is shown as text. The pictures are written by
//! [`report`](crate::report)'s SVG functions, which escape text as XML.
//!
//! Each report is a page around *parts* (`section`s), each part written by one
//! function at a given heading level, so that a report can be a part of another: the
//! [`Board`] holds the parts of the other reports one level lower, or their summaries. A new report is a
//! module here with its parts and a page function, and the [`Board`] gains a builder
//! method and a part for it.

mod assessment;
mod board;
mod cohort;
mod comparison;
mod page;
mod perspectives;
mod plan;

pub use assessment::assessment;
pub use board::Board;
pub use cohort::cohort;
pub use comparison::comparison;
pub use page::{Report, STYLESHEET};
pub use perspectives::perspectives;
pub use plan::plan_review;
