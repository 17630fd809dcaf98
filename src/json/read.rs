//! The one reader every JSON file format is read with: size limit, byte order mark,
//! workbooks and other JSON formats recognised, typed errors placed at their line and
//! column, lone surrogates named, and the edition a file names checked before anything
//! its body says about criteria.
//!
//! A format gives a *seed* (serde's stateful deserializer) that reads the whole file and
//! records in the [`Context`] the typed [`Error`] behind any failure, and a *header
//! seed* that reads only `matrix` and `version`: when the body is refused before the
//! header was seen (a criterion of another edition, say), the header is read again so
//! that a file of another edition says so first.

use core::cell::RefCell;
use core::fmt;
use std::borrow::Cow;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::Deserializer;

use crate::error::{Error, Kind, Place, Position};

/// Reads `bytes` as `kind` (e.g. `an assessment`): at most `limit` bytes (else
/// `too_large`), a leading byte order mark skipped, a workbook refused; then `seed`
/// (which records its errors in `contexts.0`), and on failure `header` (recording in
/// `contexts.1`) when `before_header` says the error may come from the body.
#[allow(clippy::too_many_arguments)]
pub(crate) fn read<T, S, H>(
    bytes: &[u8],
    kind: &'static str,
    limit: u64,
    too_large: impl FnOnce(u64) -> Error,
    contexts: (&Context, &Context),
    seed: S,
    header: H,
    before_header: impl FnOnce(&Error) -> bool,
) -> Result<T, Error>
where
    S: for<'de> DeserializeSeed<'de, Value = T>,
    H: for<'de> DeserializeSeed<'de, Value = ()>,
{
    if bytes.len() as u64 > limit {
        return Err(too_large(limit));
    }
    let bytes = bytes
        .strip_prefix(crate::text::BOM.as_bytes())
        .unwrap_or(bytes);
    not_a_workbook(bytes, kind)?;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let result = seed
        .deserialize(&mut de)
        .and_then(|value| de.end().map(|()| value));
    let error = match result {
        Ok(value) => return Ok(value),
        Err(error) => finish(error, contexts.0),
    };
    if before_header(&error) {
        let mut again = serde_json::Deserializer::from_slice(bytes);
        if let Err(failure) = header.deserialize(&mut again) {
            if let Some(typed) = contexts.1.error.borrow_mut().take() {
                return Err(typed.at(place(&failure)));
            }
        }
    }
    Err(recognise(surrogate(error, bytes), bytes, kind))
}

/// Reads only a file's `matrix` and `version`, ignoring everything else, and `check`s
/// them: the header seed of every format (`expecting` says what the file should be).
pub(crate) struct HeaderSeed<'c, F> {
    pub(crate) context: &'c Context,
    pub(crate) check: F,
    pub(crate) expecting: &'static str,
}

impl<'de, F: Fn(&str, &str) -> Result<(), Error>> DeserializeSeed<'de> for HeaderSeed<'_, F> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, F: Fn(&str, &str) -> Result<(), Error>> Visitor<'de> for HeaderSeed<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut header = Header::default();
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                field @ ("matrix" | "version") => {
                    let value = map.next_value::<Cow<'de, str>>()?;
                    header.record::<A::Error>(self.context, field, &value, &self.check)?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// What the reader has learnt of a file's header: the edition it names.
#[derive(Default, Clone)]
pub(crate) struct Header {
    pub(crate) matrix: Option<String>,
    pub(crate) version: Option<String>,
}

impl Header {
    /// Records `matrix` or `version`; once both are known, `check`s them.
    pub(crate) fn record<E: de::Error>(
        &mut self,
        context: &Context,
        field: &str,
        value: &str,
        check: impl FnOnce(&str, &str) -> Result<(), Error>,
    ) -> Result<(), E> {
        let slot = if field == "matrix" {
            &mut self.matrix
        } else {
            &mut self.version
        };
        *slot = Some(value.to_owned());
        match (&self.matrix, &self.version) {
            (Some(matrix), Some(version)) => check(matrix, version).map_err(|e| context.fail(e)),
            _ => Ok(()),
        }
    }
}

/// Where the reader records the typed error behind a failure, so that it can be
/// returned with the position serde_json reports.
#[derive(Default)]
pub(crate) struct Context {
    pub(crate) error: RefCell<Option<Error>>,
}

impl Context {
    pub(crate) fn fail<E: de::Error>(&self, error: Error) -> E {
        let message = error.to_string();
        *self.error.borrow_mut() = Some(error);
        E::custom(message)
    }
}

/// Where serde_json stood when it failed. It reports line 0 for an error with no place,
/// and column 0 for one before the first character of a line.
fn place(error: &serde_json::Error) -> Place {
    match error.line() {
        0 => Place::None,
        line => Place::Json(Position::new(line, error.column().max(1))),
    }
}

/// Turns a serde_json failure into the typed error, placed where the reader stood.
fn finish(error: serde_json::Error, context: &Context) -> Error {
    let position = place(&error);
    if let Some(typed) = context.error.borrow_mut().take() {
        return typed.at(position);
    }
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = text.strip_suffix(&suffix).unwrap_or(&text).to_owned();
    Error::from(Kind::Json { message }).at(position)
}

/// serde_json reports a lone surrogate as a bad hex escape; says what it is, where the
/// escape stands, when one stands at or before where the reader stopped.
fn surrogate(error: Error, bytes: &[u8]) -> Error {
    match (error.kind(), error.position()) {
        (Kind::Json { message }, Some(position)) if message.contains("escape") => {
            match crate::text::lone_surrogate(bytes) {
                Some((escape, at)) if (at.line, at.column) <= (position.line, position.column) => {
                    Error::from(Kind::LoneSurrogate { escape }).at(at)
                }
                _ => error,
            }
        }
        _ => error,
    }
}

pub(crate) fn repeated<E: de::Error>(
    context: &Context,
    seen: bool,
    field: &str,
    within: &str,
) -> Result<(), E> {
    if seen {
        Err(context.fail(Error::from(Kind::DuplicateField {
            field: field.to_owned(),
            context: within.to_owned(),
        })))
    } else {
        Ok(())
    }
}

pub(crate) fn missing<E: de::Error>(context: &Context, field: &'static str, within: String) -> E {
    context.fail(Error::from(Kind::MissingField {
        field,
        context: within,
    }))
}

/// The first bytes of a zip archive, which an `.xlsx` workbook is.
const ZIP: &[u8] = b"PK\x03\x04";

/// Refuses, before it is read as JSON, a file that is an `.xlsx` workbook (known by its
/// content, whatever its name), saying how to read one.
pub(crate) fn not_a_workbook(bytes: &[u8], expected: &'static str) -> Result<(), Error> {
    if bytes.starts_with(ZIP) {
        Err(Error::from(Kind::WrongKind {
            found: "an .xlsx workbook",
            expected,
            hint: if cfg!(feature = "xlsx") {
                "; read it with the workbook reader (mhics::workbook)"
            } else {
                "; reading workbooks needs the crate's feature `xlsx`"
            },
        }))
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
fn recognise(error: Error, bytes: &[u8], expected: &'static str) -> Error {
    let top_level = matches!(
        error.kind(),
        Kind::UnknownField { context, .. } | Kind::MissingField { context, .. }
            if context == "the assessment" || context == "the plan"
    );
    match kind(bytes) {
        Some(found) if top_level && found != expected => Error::from(Kind::WrongKind {
            found,
            expected,
            hint: "",
        }),
        _ => error,
    }
}
