//! SVG pictures: heatmaps of sub-sections by level for one system and for a cohort, a
//! comparison of two assessments, an action plan's review, and (in `perspectives`)
//! where partners differ.
//!
//! Levels and shares are drawn apart, so that neither is read for the other: a level
//! (Not yet Developing to Thriving) is a solid cell on one purple scale, light to dark,
//! with the level's name in it; a share (of criteria met, of partners agreeing, of gaps
//! addressed) is an outlined box filled from the left in grey to the share, with
//! its figures in it. Every cell carries its figures or words as text, so each picture
//! reads in greyscale too; the ink of every text on a level's cell is chosen from the
//! shade so that its contrast is at least 4.5:1. This is a
//! self-assessment, not a performance-management, assurance or RAG rating tool: no red,
//! amber or green is ever used. Every picture is drawn for the width of an A4 page's
//! text, so that printed its smallest text is over 8 pt. Every picture opens with a
//! `<title>` and a `<desc>` that says its result in words, and names them with
//! `role="img"` and `aria-labelledby`, so it
//! can be placed inline in an HTML page (each with its own ID prefix).

mod colour;
mod compare;
mod heatmap;
mod perspectives;
mod picture;
mod plan;
mod text;

pub(in crate::report) use colour::level_value;
pub use compare::comparison_svg as comparison;
#[cfg(feature = "html")]
pub(crate) use compare::comparison_svg_with_id;
pub use heatmap::{assessment_heatmap_svg as assessment, cohort_heatmap_svg as cohort};
#[cfg(feature = "html")]
pub(crate) use heatmap::{assessment_heatmap_svg_with_id, cohort_heatmap_svg_with_id};
pub use perspectives::perspectives_svg as perspectives;
#[cfg(feature = "html")]
pub(crate) use perspectives::perspectives_svg_with_id;
pub(in crate::report) use picture::{Cell, Key, Picture, Row};
pub use plan::plan_review_svg as plan_review;
#[cfg(feature = "html")]
pub(crate) use plan::plan_review_svg_with_id;
#[cfg(feature = "html")]
pub(in crate::report) use plan::review_sentences;
pub(in crate::report) use plan::target_words;
#[cfg(feature = "html")]
pub(in crate::report) use plan::OUTCOME_ORDER;
