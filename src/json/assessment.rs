//! The assessment file, read and written ([`crate::guide::formats`]).
//!
//! Reading refuses, with a typed [`Error`] carrying line and column, everything the
//! format does not allow: malformed JSON, unknown or repeated fields, missing required
//! fields, unknown criterion IDs (naming the nearest real one of the edition read),
//! the same criterion twice, unknown statuses, another matrix or edition (naming both),
//! invalid dates, empty system names, control characters in text, lone surrogates and
//! text over [`MAX_ASSESSMENT_BYTES`](crate::MAX_ASSESSMENT_BYTES). Nothing is silently
//! dropped, stripped or overwritten.

use core::fmt;
use std::borrow::Cow;

use serde::de::{DeserializeSeed, MapAccess, Visitor};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::read::{missing, read, repeated, Context, Header, HeaderSeed};
use crate::assessment::{resolve, Assessment, Status};
use crate::date::Date;
use crate::edition::Edition;
use crate::error::{Error, Field, Kind};
use crate::id::CriterionId;

const ASSESSMENT_FIELDS: &str = "matrix, version, system, respondent, date, responses";
const RESPONSE_FIELDS: &str = "status, note";

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
    /// assert!(matches!(err.kind(), mhics::error::Kind::UnknownCriterion { .. }));
    /// assert_eq!(err.to_string(),
    ///     "unknown criterion ID \"1.1-d1\" at line 4, column 25; did you mean `1.1-D1`?");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// Text longer than [`MAX_ASSESSMENT_BYTES`](crate::MAX_ASSESSMENT_BYTES) (32 MiB) is
    /// refused with [`Kind::TooLarge`] before it is parsed. A leading byte order mark
    /// (U+FEFF, written by some Windows tools) is skipped; [`to_json`](Self::to_json)
    /// never writes one. The system name, respondent and notes may hold any text but
    /// control characters other than tab and line breaks ([`Kind::ControlCharacter`]);
    /// a `\u` escape of half a surrogate pair is refused with [`Kind::LoneSurrogate`].
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
    read_slice(edition, text.as_bytes())
}

/// Reads an assessment of `edition` from JSON bytes (which must be UTF-8), as
/// [`read_str`] does.
pub(crate) fn read_slice(edition: Edition, bytes: &[u8]) -> Result<Assessment, Error> {
    let (context, header_context) = (Context::default(), Context::default());
    read(
        bytes,
        "an assessment",
        // The read limit of the edition's assessments: `MAX_ASSESSMENT_BYTES` for the
        // built-in edition.
        crate::read::assessment_limit(edition.matrix().criterion_count()),
        |limit| {
            Error::from(Kind::TooLarge {
                what: "an assessment",
                limit,
            })
        },
        (&context, &header_context),
        AssessmentSeed {
            context: &context,
            header: Header::default(),
            edition,
        },
        HeaderSeed {
            context: &header_context,
            check: move |m: &str, v: &str| check_edition(edition, m, v),
            expecting: "an assessment object",
        },
        // A response may be refused before the reader has seen `matrix` and `version`; a
        // file for another matrix or edition says so first.
        |error| {
            matches!(
                error.kind(),
                Kind::UnknownCriterion { .. }
                    | Kind::DuplicateResponse { .. }
                    | Kind::UnknownStatus { .. }
            )
        },
    )
}

impl Assessment {
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

/// Checks that a file's `matrix` and `version` name `edition`.
fn check_edition(edition: Edition, matrix: &str, version: &str) -> Result<(), Error> {
    edition.check_named("assessment", matrix, version)
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
                    let edition = self.edition;
                    self.header
                        .record::<A::Error>(context, "matrix", &value, |m, v| {
                            check_edition(edition, m, v)
                        })?;
                }
                "version" => {
                    repeated(context, self.header.version.is_some(), &key, within)?;
                    let value = map.next_value::<Cow<'de, str>>()?;
                    let edition = self.edition;
                    self.header
                        .record::<A::Error>(context, "version", &value, |m, v| {
                            check_edition(edition, m, v)
                        })?;
                }
                "system" => {
                    repeated(context, system.is_some(), &key, within)?;
                    let name = map.next_value::<String>()?;
                    if name.trim().is_empty() {
                        return Err(context.fail(Error::from(Kind::Empty {
                            field: Field::System,
                        })));
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
                        Some(text) => Some(
                            Date::read(&text, Some(Field::Date))
                                .map_err(|error| context.fail::<A::Error>(error))?,
                        ),
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
                    return Err(context.fail(Error::from(Kind::UnknownField {
                        field: other.to_owned(),
                        context: within.to_owned(),
                        expected: ASSESSMENT_FIELDS,
                    })))
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
                return Err(context.fail(Error::from(Kind::DuplicateResponse {
                    id,
                    first: crate::error::Place::None,
                })));
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
                    let parsed = Status::from_identifier(&text).ok_or_else(|| {
                        context.fail::<A::Error>(Error::from(Kind::UnknownStatus {
                            id: self.id,
                            value: text.clone().into_owned(),
                            expected: Status::ALL.map(Status::as_str).to_vec(),
                            suggestion: None,
                        }))
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
                    return Err(context.fail(Error::from(Kind::UnknownField {
                        field: other.to_owned(),
                        context: within,
                        expected: RESPONSE_FIELDS,
                    })))
                }
            }
        }
        let status = status.ok_or_else(|| missing(context, "status", within))?;
        Ok((status, note.flatten()))
    }
}

impl<'de> Deserialize<'de> for Assessment {
    /// Reads the assessment file format from any serde data format; errors are
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
