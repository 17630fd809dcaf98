//! mhics
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod assessment;
mod content;
mod date;
mod dsl;
mod error;
mod gaps;
mod id;
#[cfg(feature = "serde")]
mod json;
mod layout;
mod level;
mod model;
mod progression;
pub mod report;

pub use assessment::{nearest_criterion, Assessment, AssessmentBuilder, Response, Status};
pub use content::{DOMAIN_1, DOMAIN_2, DOMAIN_3, MATRIX};
pub use date::{Date, DateError};
#[doc(hidden)]
pub use dsl::__private;
pub use error::{Error, IdError, Position, Suggestion};
pub use gaps::{gaps, gaps_with, group, Gap, GapStatus, Gaps, LevelGaps, SubSectionGaps, Target, ThemeGaps};
pub use id::{CriterionId, DomainId, SubSectionId};
#[cfg(feature = "serde")]
pub use json::EvaluationReport;
pub use level::Level;
pub use model::{Criterion, Domain, HighLevelTheme, LevelContent, LevelInfo, Matrix, SubSection, Theme};
pub use progression::{evaluate, Coverage, DomainProgress, Evaluation, SubSectionProgress};
