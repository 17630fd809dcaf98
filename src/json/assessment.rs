//! The assessment file, read and written ([`crate::guide::formats`]).
//!
//! Reading refuses, with a typed [`Error`] carrying line and column, everything the
//! format does not allow: malformed JSON, unknown or repeated fields, missing required
//! fields, unknown criterion IDs (naming the nearest real one of the edition read),
//! the same criterion twice, unknown statuses, another matrix or edition (naming both),
//! invalid dates, empty system names, control characters in text, lone surrogates and
//! text over [`MAX_ASSESSMENT_BYTES`](crate::MAX_ASSESSMENT_BYTES). Nothing is silently
//! dropped, stripped or overwritten.

use core::cell::RefCell;
use core::fmt;
use std::borrow::Cow;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::assessment::{resolve, Assessment, Status};
use crate::date::Date;
use crate::edition::Edition;
use crate::error::{Error, Position};
use crate::id::CriterionId;

const ASSESSMENT_FIELDS: &str = "matrix, version, system, respondent, date, responses";
const RESPONSE_FIELDS: &str = "status, note";

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

/// Turns a serde_json failure into the typed error, placed where the reader stood.
pub(crate) fn finish(error: serde_json::Error, context: &Context) -> Error {
    let position = Position {
        line: error.line(),
        // serde_json reports column 0 for an error before the first character of a line.
        column: if error.line() == 0 {
            0
        } else {
            error.column().max(1)
        },
    };
    if let Some(typed) = context.error.borrow_mut().take() {
        return typed.at(position);
    }
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = text.strip_suffix(&suffix).unwrap_or(&text).to_owned();
    Error::Json { message, position }
}

impl Assessment {
    /// Reads an assessment of the built-in edition from JSON text in the assessment file
    /// format of [`crate::guide::formats`] ([`Editions::read_json`](crate::Editions::read_json)
    /// reads any edition a program knows).
    ///
    /// ```
    /// use mhics::{Assessment, Error, Status};
    ///
    /// let text = r#"{
    ///   "matrix": "mhics", "version": "2019", "system": "North Central London",
    ///   "date": "2026-11-24",
    ///   "responses": { "1.1-D1": { "status": "met", "note": "Board in place since 2020" } }
    /// }"#;
    /// let assessment = Assessment::from_json(text)?;
    /// assert_eq!(assessment.status("1.1-D1".parse()?), Some(Status::Met));
    ///
    /// let err = Assessment::from_json(&text.replace("1.1-D1", "1.1-d1")).unwrap_err();
    /// assert!(matches!(err, Error::UnknownCriterion { .. }));
    /// assert_eq!(err.to_string(),
    ///     "unknown criterion ID \"1.1-d1\" at line 4, column 25; did you mean `1.1-D1`?");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// Text longer than [`MAX_ASSESSMENT_BYTES`](crate::MAX_ASSESSMENT_BYTES) (32 MiB) is
    /// refused with [`Error::TooLarge`] before it is parsed. A leading byte order mark
    /// (U+FEFF, written by some Windows tools) is skipped; [`to_json`](Self::to_json)
    /// never writes one. The system name, respondent and notes may hold any text but
    /// control characters other than tab and line breaks ([`Error::ControlCharacter`]);
    /// a `\u` escape of half a surrogate pair is refused with [`Error::LoneSurrogate`].
    pub fn from_json(text: &str) -> Result<Assessment, Error> {
        read_str(Edition::default(), text)
    }

    /// Reads an assessment of the built-in edition from JSON bytes (which must be
    /// UTF-8), with the same limit and rules as [`from_json`](Self::from_json).
    pub fn from_json_slice(bytes: &[u8]) -> Result<Assessment, Error> {
        read_slice(Edition::default(), bytes)
    }
}

/// Reads an assessment of `edition` from JSON text, with the limit and rules of
/// [`Assessment::from_json`]. The file's `matrix` and `version` must name the edition;
/// otherwise the error names both, e.g. `this assessment answers mhics 2019, expected
/// lakeside-local 2026`.
pub(crate) fn read_str(edition: Edition, text: &str) -> Result<Assessment, Error> {
    too_large(edition, text.len())?;
    let text = text.strip_prefix(crate::text::BOM).unwrap_or(text);
    super::not_a_workbook(text.as_bytes(), "an assessment")?;
    Assessment::read(edition, serde_json::Deserializer::from_str(text), || {
        serde_json::Deserializer::from_str(text)
    })
    .map_err(|error| surrogate(error, text.as_bytes()))
    .map_err(|error| super::recognise(error, text.as_bytes(), "an assessment"))
}

/// Reads an assessment of `edition` from JSON bytes (which must be UTF-8), as
/// [`read_str`] does.
pub(crate) fn read_slice(edition: Edition, bytes: &[u8]) -> Result<Assessment, Error> {
    too_large(edition, bytes.len())?;
    let bytes = bytes
        .strip_prefix(crate::text::BOM.as_bytes())
        .unwrap_or(bytes);
    super::not_a_workbook(bytes, "an assessment")?;
    Assessment::read(edition, serde_json::Deserializer::from_slice(bytes), || {
        serde_json::Deserializer::from_slice(bytes)
    })
    .map_err(|error| surrogate(error, bytes))
    .map_err(|error| super::recognise(error, bytes, "an assessment"))
}

impl Assessment {
    fn read<'de, R, F>(
        edition: Edition,
        mut de: serde_json::Deserializer<R>,
        again: F,
    ) -> Result<Assessment, Error>
    where
        R: serde_json::de::Read<'de>,
        F: FnOnce() -> serde_json::Deserializer<R>,
    {
        let context = Context::default();
        let result = AssessmentSeed {
            context: &context,
            header: Header::default(),
            edition,
        }
        .deserialize(&mut de)
        .and_then(|assessment| de.end().map(|()| assessment));
        match result {
            Ok(assessment) => Ok(assessment),
            Err(error) => {
                let error = finish(error, &context);
                // A response may be refused before the reader has seen `matrix` and
                // `version`; a file for another matrix or edition says so first.
                if is_about_responses(&error) {
                    let context = Context::default();
                    if let Err(header) = HeaderSeed(&context, edition).deserialize(&mut again()) {
                        if let Some(typed) = context.error.borrow_mut().take() {
                            let position = Position {
                                line: header.line(),
                                column: header.column(),
                            };
                            return Err(typed.at(position));
                        }
                    }
                }
                Err(error)
            }
        }
    }

    /// Writes the assessment as pretty-printed JSON in the assessment file format
    /// ([`crate::guide::formats`]), responses in matrix order. Reading it back gives an
    /// identical assessment.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an assessment always serializes")
    }

    /// The same JSON on one line, without white space between values: for storing or
    /// sending rather than reading. It reads back as [`to_json`](Self::to_json)'s does.
    pub fn to_json_compact(&self) -> String {
        serde_json::to_string(self).expect("an assessment always serializes")
    }
}

/// Refuses a text longer than the read limit for the edition's assessments
/// ([`assessment_limit`](crate::read::assessment_limit): [`MAX_ASSESSMENT_BYTES`](crate::MAX_ASSESSMENT_BYTES)
/// for the built-in edition).
fn too_large(edition: Edition, len: usize) -> Result<(), Error> {
    let limit = crate::read::assessment_limit(edition.matrix().criterion_count());
    if len as u64 > limit {
        Err(Error::TooLarge { limit })
    } else {
        Ok(())
    }
}

/// serde_json reports a lone surrogate as a bad hex escape; says what it is, where the
/// escape stands, when one stands at or before where the reader stopped.
pub(crate) fn surrogate(error: Error, bytes: &[u8]) -> Error {
    match &error {
        Error::Json { message, position } if message.contains("escape") => {
            match crate::text::lone_surrogate(bytes) {
                Some((escape, at)) if (at.line, at.column) <= (position.line, position.column) => {
                    Error::LoneSurrogate {
                        escape,
                        position: at,
                    }
                }
                _ => error,
            }
        }
        _ => error,
    }
}

fn is_about_responses(error: &Error) -> bool {
    matches!(
        error,
        Error::UnknownCriterion { .. }
            | Error::DuplicateResponse { .. }
            | Error::UnknownStatus { .. }
    )
}

/// What the reader has learnt of the header so far: the edition the file names.
#[derive(Default, Clone)]
struct Header {
    matrix: Option<String>,
    version: Option<String>,
}

impl Header {
    /// Records `matrix` or `version`; once both are known, checks that they name the
    /// edition `Ed`.
    fn record<E: de::Error>(
        &mut self,
        edition: Edition,
        context: &Context,
        field: &str,
        value: &str,
    ) -> Result<(), E> {
        let slot = if field == "matrix" {
            &mut self.matrix
        } else {
            &mut self.version
        };
        *slot = Some(value.to_owned());
        match (&self.matrix, &self.version) {
            (Some(matrix), Some(version)) => check_edition::<E>(edition, context, matrix, version),
            _ => Ok(()),
        }
    }
}

struct AssessmentSeed<'c> {
    context: &'c Context,
    header: Header,
    edition: Edition,
}

impl<'de> DeserializeSeed<'de> for AssessmentSeed<'_> {
    type Value = Assessment;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Assessment, D::Error> {
        deserializer.deserialize_map(self)
    }
}

/// Checks that a file's `matrix` and `version` name the edition `Ed`.
fn check_edition<E: de::Error>(
    edition: Edition,
    context: &Context,
    matrix: &str,
    version: &str,
) -> Result<(), E> {
    let expected = edition.matrix();
    if matrix != expected.id() {
        Err(context.fail(Error::WrongMatrix {
            found: matrix.to_owned(),
            found_version: version.to_owned(),
            expected: expected.id(),
            expected_version: expected.version(),
            position: Position::NONE,
        }))
    } else if version != expected.version() {
        Err(context.fail(Error::UnsupportedEdition {
            found: version.to_owned(),
            matrix: expected.id(),
            supported: expected.version(),
            position: Position::NONE,
        }))
    } else {
        Ok(())
    }
}

pub(crate) fn repeated<E: de::Error>(
    context: &Context,
    seen: bool,
    field: &str,
    within: &str,
) -> Result<(), E> {
    if seen {
        Err(context.fail(Error::DuplicateField {
            field: field.to_owned(),
            context: within.to_owned(),
            position: Position::NONE,
        }))
    } else {
        Ok(())
    }
}

pub(crate) fn missing<E: de::Error>(context: &Context, field: &'static str, within: String) -> E {
    context.fail(Error::MissingField {
        field,
        context: within,
        position: Position::NONE,
    })
}

impl<'de> Visitor<'de> for AssessmentSeed<'_> {
    type Value = Assessment;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an assessment object")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Assessment, A::Error> {
        let context = self.context;
        let within = "the assessment";
        let mut system: Option<String> = None;
        let mut respondent: Option<Option<String>> = None;
        let mut date: Option<Option<Date>> = None;
        let mut responses: Option<Assessment> = None;
        let mut scratch = Assessment::blank(self.edition);
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                "matrix" => {
                    repeated(context, self.header.matrix.is_some(), &key, within)?;
                    let value = map.next_value::<Cow<'de, str>>()?;
                    self.header
                        .record::<A::Error>(self.edition, context, "matrix", &value)?;
                }
                "version" => {
                    repeated(context, self.header.version.is_some(), &key, within)?;
                    let value = map.next_value::<Cow<'de, str>>()?;
                    self.header
                        .record::<A::Error>(self.edition, context, "version", &value)?;
                }
                "system" => {
                    repeated(context, system.is_some(), &key, within)?;
                    let name = map.next_value::<String>()?;
                    if name.trim().is_empty() {
                        return Err(context.fail(Error::EmptySystem {
                            position: Position::NONE,
                        }));
                    }
                    crate::text::check(|| crate::error::Field::System, &name)
                        .map_err(|e| context.fail::<A::Error>(e))?;
                    system = Some(name);
                }
                "respondent" => {
                    repeated(context, respondent.is_some(), &key, within)?;
                    let value = map.next_value::<Option<String>>()?;
                    if let Some(text) = &value {
                        crate::text::check(|| crate::error::Field::Respondent, text)
                            .map_err(|e| context.fail::<A::Error>(e))?;
                    }
                    respondent = Some(value);
                }
                "date" => {
                    repeated(context, date.is_some(), &key, within)?;
                    let value = map.next_value::<Option<Cow<'de, str>>>()?;
                    date = Some(match value {
                        None => None,
                        Some(text) => Some(text.parse::<Date>().map_err(|reason| {
                            context.fail::<A::Error>(Error::InvalidDate {
                                value: text.clone().into_owned(),
                                reason: reason.reason(),
                                position: Position::NONE,
                            })
                        })?),
                    });
                }
                "responses" => {
                    repeated(context, responses.is_some(), &key, within)?;
                    map.next_value_seed(ResponsesSeed {
                        context,
                        into: &mut scratch,
                    })?;
                    responses = Some(core::mem::replace(
                        &mut scratch,
                        Assessment::blank(self.edition),
                    ));
                }
                other => {
                    return Err(context.fail(Error::UnknownField {
                        field: other.to_owned(),
                        context: within.to_owned(),
                        expected: ASSESSMENT_FIELDS,
                        position: Position::NONE,
                    }))
                }
            }
        }
        if self.header.matrix.is_none() {
            return Err(missing(context, "matrix", within.to_owned()));
        }
        if self.header.version.is_none() {
            return Err(missing(context, "version", within.to_owned()));
        }
        let system = system.ok_or_else(|| missing(context, "system", within.to_owned()))?;
        let mut assessment =
            responses.ok_or_else(|| missing(context, "responses", within.to_owned()))?;
        assessment.rename(system);
        assessment
            .set_respondent(respondent.flatten())
            .map_err(|e| context.fail::<A::Error>(e))?;
        assessment.set_date(date.flatten());
        Ok(assessment)
    }
}

/// Reads only `matrix` and `version`, ignoring everything else.
struct HeaderSeed<'c>(&'c Context, Edition);

impl<'de> DeserializeSeed<'de> for HeaderSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for HeaderSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an assessment object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut header = Header::default();
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                field @ ("matrix" | "version") => {
                    let value = map.next_value::<Cow<'de, str>>()?;
                    header.record::<A::Error>(self.1, self.0, field, &value)?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

struct ResponsesSeed<'c, 'a> {
    context: &'c Context,
    into: &'a mut Assessment,
}

impl<'de> DeserializeSeed<'de> for ResponsesSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ResponsesSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of responses keyed by criterion ID")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let context = self.context;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            let (id, slot) =
                resolve(self.into.edition(), &key).map_err(|e| context.fail::<A::Error>(e))?;
            if self.into.has_slot(slot) {
                return Err(context.fail(Error::DuplicateResponse {
                    id,
                    position: Position::NONE,
                }));
            }
            let (status, note) = map.next_value_seed(ResponseSeed { context, id })?;
            self.into.set_slot(slot, status, note);
        }
        Ok(())
    }
}

struct ResponseSeed<'c> {
    context: &'c Context,
    id: CriterionId,
}

impl<'de> DeserializeSeed<'de> for ResponseSeed<'_> {
    type Value = (Status, Option<String>);

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ResponseSeed<'_> {
    type Value = (Status, Option<String>);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a response object for `{}`", self.id)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let context = self.context;
        let within = format!("the response for `{}`", self.id);
        let mut status: Option<Status> = None;
        let mut note: Option<Option<String>> = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                "status" => {
                    repeated(context, status.is_some(), &key, &within)?;
                    let text = map.next_value::<Cow<'de, str>>()?;
                    let parsed = text.parse::<Status>().map_err(|_| {
                        context.fail::<A::Error>(Error::UnknownStatus {
                            id: self.id,
                            status: text.clone().into_owned(),
                            position: Position::NONE,
                        })
                    })?;
                    status = Some(parsed);
                }
                "note" => {
                    repeated(context, note.is_some(), &key, &within)?;
                    let value = map.next_value::<Option<String>>()?;
                    if let Some(text) = &value {
                        crate::text::check(|| crate::text::note_field(self.id), text)
                            .map_err(|e| context.fail::<A::Error>(e))?;
                    }
                    note = Some(value);
                }
                other => {
                    return Err(context.fail(Error::UnknownField {
                        field: other.to_owned(),
                        context: within,
                        expected: RESPONSE_FIELDS,
                        position: Position::NONE,
                    }))
                }
            }
        }
        let status = status.ok_or_else(|| missing(context, "status", within))?;
        Ok((status, note.flatten()))
    }
}

impl<'de> Deserialize<'de> for Assessment {
    /// Reads the contract's assessment format from any serde data format; errors are
    /// the messages of [`Error`]. For JSON, [`Assessment::from_json`] also gives the
    /// typed error with its position.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Assessment, D::Error> {
        AssessmentSeed {
            context: &Context::default(),
            header: Header::default(),
            edition: Edition::default(),
        }
        .deserialize(deserializer)
    }
}

impl Serialize for Assessment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Responses<'a>(&'a Assessment);
        struct One<'a>(Status, Option<&'a str>);

        impl Serialize for Responses<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(self.0.response_count()))?;
                for (id, status, note) in self.0.responses() {
                    map.serialize_entry(&id, &One(status, note))?;
                }
                map.end()
            }
        }

        impl Serialize for One<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Response", 2)?;
                s.serialize_field("status", &self.0)?;
                match self.1 {
                    Some(note) => s.serialize_field("note", note)?,
                    None => s.skip_field("note")?,
                }
                s.end()
            }
        }

        let mut s = serializer.serialize_struct("Assessment", 6)?;
        s.serialize_field("matrix", self.edition().id())?;
        s.serialize_field("version", self.edition().version())?;
        s.serialize_field("system", self.system())?;
        match self.respondent() {
            Some(respondent) => s.serialize_field("respondent", respondent)?,
            None => s.skip_field("respondent")?,
        }
        match self.date() {
            Some(date) => s.serialize_field("date", &date)?,
            None => s.skip_field("date")?,
        }
        s.serialize_field("responses", &Responses(self))?;
        s.end()
    }
}
