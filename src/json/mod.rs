//! JSON in and out, in the formats of [`crate::guide::formats`] (feature `serde`), a
//! module per format: the assessment file (read and written), the matrix export and the
//! evaluation.

pub(crate) mod assessment;
mod evaluation;
mod export;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::level::Level;

pub use evaluation::EvaluationReport;

use crate::error::Error;

/// The first bytes of a zip archive, which an `.xlsx` workbook is.
const ZIP: &[u8] = b"PK\x03\x04";

/// Refuses, before it is read as JSON, a file that is an `.xlsx` workbook (known by its
/// content, whatever its name), saying how to read one.
pub(crate) fn not_a_workbook(bytes: &[u8], expected: &'static str) -> Result<(), Error> {
    if bytes.starts_with(ZIP) {
        Err(Error::WrongKind {
            found: "an .xlsx workbook",
            expected,
            hint: if cfg!(feature = "xlsx") {
                "; read it with the workbook reader (mhics::workbook)"
            } else {
                "; reading workbooks needs the crate's feature `xlsx`"
            },
        })
    } else {
        Ok(())
    }
}

/// What a JSON file of the crate's formats is, told by its top-level fields: `an
/// assessment`, `an action plan`, `a plan review`, `a perspectives report`, `an
/// evaluation` or `a matrix export`.
fn kind(bytes: &[u8]) -> Option<&'static str> {
    let value: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(bytes).ok()?;
    let has = |key: &str| value.contains_key(key);
    Some(if has("counts") && has("to_complete") {
        "a plan review"
    } else if has("respondents") && has("consolidated") {
        "a perspectives report"
    } else if has("overall") && has("subsections") {
        "an evaluation"
    } else if has("high_level_themes") {
        "a matrix export"
    } else if has("responses") {
        "an assessment"
    } else if has("actions") {
        "an action plan"
    } else {
        return None;
    })
}

/// `error`, found reading `bytes` as `expected` (e.g. `an assessment`), or, when the
/// error is about the top-level fields and the file is one of the crate's other JSON
/// formats, an error saying what it is.
pub(crate) fn recognise(error: Error, bytes: &[u8], expected: &'static str) -> Error {
    let top_level = matches!(
        &error,
        Error::UnknownField { context, .. } | Error::MissingField { context, .. }
            if context == "the assessment" || context == "the plan"
    );
    match kind(bytes) {
        Some(found) if top_level && found != expected => Error::WrongKind {
            found,
            expected,
            hint: "",
        },
        _ => error,
    }
}

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
