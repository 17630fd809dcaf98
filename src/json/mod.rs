//! JSON in and out, in the formats of [`crate::guide::formats`] (feature `serde`), a
//! module per format: the assessment file (read and written), the matrix export and the
//! evaluation.

pub(crate) mod assessment;
mod evaluation;
mod export;
mod perspectives;
pub(crate) mod plan;
mod read;
mod review;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::level::Level;

pub use evaluation::EvaluationReport;

/// A value per level, written as `{"developing": ..., "maturing": ..., "thriving": ...}`.
pub(crate) struct PerLevel<T>(pub(crate) [T; 3]);

impl<T: Serialize> Serialize for PerLevel<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        for level in Level::ALL {
            map.serialize_entry(level.as_str(), &self.0[level.index()])?;
        }
        map.end()
    }
}
