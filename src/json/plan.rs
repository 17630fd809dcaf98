//! The plan file, read and written ([`crate::guide::plans`]).
//!
//! Reading refuses, with a typed [`Error`] carrying line and column and naming the
//! action and field, everything the format does not allow: malformed JSON, unknown,
//! repeated or missing fields, another matrix or edition (naming both), an empty system
//! name, action ID, title, owner, lead or criteria list, an action ID used twice (as a
//! name), an unknown criterion (with the nearest real one of the edition), a criterion
//! twice in one action, an unknown action status, an invalid date, control characters
//! in text, lone surrogates and text over [`MAX_PLAN_BYTES`](crate::read::MAX_PLAN_BYTES).

mod action;

use core::fmt;
use std::borrow::Cow;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::date::Date;
use crate::edition::Edition;
use crate::error::{Error, Field, Kind};
use crate::plan::Plan;

use super::read::{missing, read, repeated, Context, Header, HeaderSeed};
use action::ActionsSeed;

const PLAN_FIELDS: &str = "matrix, version, system, assessed, agreed, actions";

impl Plan {
    /// Reads a plan of the built-in edition from JSON text in the plan file format of
    /// [`crate::guide::plans`] (a plan of another edition: [`Plan::new_in`]).
    ///
    /// ```
    /// use mhics::plan::Plan;
    /// use mhics::Error;
    ///
    /// let text = r#"{
    ///   "matrix": "mhics", "version": "2019", "system": "Riverside and Vale ICS",
    ///   "actions": [ { "id": "A1", "title": "Charter", "criteria": ["1.1-M1"],
    ///                  "status": "planned" } ]
    /// }"#;
    /// let plan = Plan::from_json(text)?;
    /// assert_eq!(plan.actions()[0].title(), "Charter");
    /// assert_eq!(Plan::from_json(&plan.to_json())?, plan);
    ///
    /// let err = Plan::from_json(&text.replace("1.1-M1", "1.1-M01")).unwrap_err();
    /// assert!(matches!(err.kind(), mhics::error::Kind::UnknownCriterion { .. }));
    /// assert_eq!(err.to_string(), r#"action "A1": unknown criterion ID "1.1-M01" in `criteria` at line 3, column 72; did you mean `1.1-M1`?"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// A leading byte order mark is skipped; text longer than
    /// [`MAX_PLAN_BYTES`](crate::read::MAX_PLAN_BYTES) is refused with
    /// [`Kind::TooLarge`].
    pub fn from_json(text: &str) -> Result<Plan, Error> {
        read_str(Edition::default(), text)
    }

    /// Reads a plan of the built-in edition from JSON bytes (which must be UTF-8).
    pub fn from_json_slice(bytes: &[u8]) -> Result<Plan, Error> {
        read_slice(Edition::default(), bytes)
    }
}

/// Reads a plan of `edition` from JSON text, with the rules of [`Plan::from_json`].
/// The file's `matrix` and `version` must name the edition; otherwise the error names
/// both.
pub(crate) fn read_str(edition: Edition, text: &str) -> Result<Plan, Error> {
    read_slice(edition, text.as_bytes())
}

/// Reads a plan of `edition` from JSON bytes (which must be UTF-8), as [`read_str`]
/// does.
pub(crate) fn read_slice(edition: Edition, bytes: &[u8]) -> Result<Plan, Error> {
    let (context, header_context) = (Context::default(), Context::default());
    read(
        bytes,
        "an action plan",
        crate::read::MAX_PLAN_BYTES,
        |limit| {
            Error::from(Kind::TooLarge {
                what: "a plan",
                limit,
            })
        },
        (&context, &header_context),
        PlanSeed(&context, edition),
        HeaderSeed {
            context: &header_context,
            check: move |m: &str, v: &str| check_edition(edition, m, v),
            expecting: "an action plan object",
        },
        // A criterion may be refused before the reader has seen `matrix` and `version`;
        // a plan for another edition says so first.
        |error| {
            matches!(
                error.kind(),
                Kind::UnknownCriterion { .. } | Kind::DuplicateActionCriterion { .. }
            )
        },
    )
}

impl Plan {
    /// Writes the plan as pretty-printed JSON in the plan file format, actions and
    /// their criteria in plan order. Reading it back gives an identical plan.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a plan always serializes")
    }

    /// The same JSON on one line, without white space between values: for storing or
    /// sending rather than reading. It reads back as [`to_json`](Self::to_json)'s does.
    pub fn to_json_compact(&self) -> String {
        serde_json::to_string(self).expect("a plan always serializes")
    }
}

/// Checks that a plan's `matrix` and `version` name `edition`.
fn check_edition(edition: Edition, matrix: &str, version: &str) -> Result<(), Error> {
    edition.check_named("plan", matrix, version)
}

fn date<E: de::Error>(
    context: &Context,
    field: impl FnOnce() -> crate::error::Field,
    value: Option<Cow<'_, str>>,
) -> Result<Option<Date>, E> {
    match value {
        None => Ok(None),
        Some(text) => Date::read(&text, Some(field()))
            .map(Some)
            .map_err(|error| context.fail(error)),
    }
}

struct PlanSeed<'c>(&'c Context, Edition);

impl<'de> DeserializeSeed<'de> for PlanSeed<'_> {
    type Value = Plan;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Plan, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PlanSeed<'_> {
    type Value = Plan;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an action plan object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Plan, A::Error> {
        let context = self.0;
        let within = "the plan";
        let mut header = Header::default();
        let mut system: Option<String> = None;
        let mut assessed: Option<Option<Date>> = None;
        let mut agreed: Option<Option<Date>> = None;
        let mut plan: Option<Plan> = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                field @ ("matrix" | "version") => {
                    let seen = if field == "matrix" {
                        header.matrix.is_some()
                    } else {
                        header.version.is_some()
                    };
                    repeated(context, seen, field, within)?;
                    let value = map.next_value::<Cow<'de, str>>()?;
                    header.record::<A::Error>(context, field, &value, |m, v| {
                        check_edition(self.1, m, v)
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
                field @ ("assessed" | "agreed") => {
                    let slot = if field == "assessed" {
                        &mut assessed
                    } else {
                        &mut agreed
                    };
                    repeated(context, slot.is_some(), field, within)?;
                    let value = map.next_value::<Option<Cow<'de, str>>>()?;
                    let field = if field == "assessed" {
                        "assessed"
                    } else {
                        "agreed"
                    };
                    *slot = Some(date(context, || crate::error::Field::Plan(field), value)?);
                }
                "actions" => {
                    repeated(context, plan.is_some(), &key, within)?;
                    let mut into = Plan::unchecked(self.1, String::new());
                    map.next_value_seed(ActionsSeed {
                        context,
                        into: &mut into,
                    })?;
                    plan = Some(into);
                }
                other => {
                    return Err(context.fail(Error::from(Kind::UnknownField {
                        field: other.to_owned(),
                        context: within.to_owned(),
                        expected: PLAN_FIELDS,
                    })))
                }
            }
        }
        if header.matrix.is_none() {
            return Err(missing(context, "matrix", within.to_owned()));
        }
        if header.version.is_none() {
            return Err(missing(context, "version", within.to_owned()));
        }
        let system = system.ok_or_else(|| missing(context, "system", within.to_owned()))?;
        let mut plan = plan.ok_or_else(|| missing(context, "actions", within.to_owned()))?;
        plan.system = system;
        plan.assessed = assessed.flatten();
        plan.agreed = agreed.flatten();
        Ok(plan)
    }
}

impl<'de> Deserialize<'de> for Plan {
    /// Reads the plan file format from any serde data format; errors are the
    /// messages of [`Error`]. For JSON, [`Plan::from_json`] also gives the typed error
    /// with its position.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Plan, D::Error> {
        PlanSeed(&Context::default(), Edition::default()).deserialize(deserializer)
    }
}

/// Writes an optional field: the value, or nothing.
fn optional<S: SerializeStruct, T: Serialize + ?Sized>(
    s: &mut S,
    field: &'static str,
    value: Option<&T>,
) -> Result<(), S::Error> {
    match value {
        Some(value) => s.serialize_field(field, value),
        None => s.skip_field(field),
    }
}

impl Serialize for Plan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Plan", 6)?;
        s.serialize_field("matrix", self.edition.id())?;
        s.serialize_field("version", self.edition.version())?;
        s.serialize_field("system", &self.system)?;
        optional(&mut s, "assessed", self.assessed.as_ref())?;
        optional(&mut s, "agreed", self.agreed.as_ref())?;
        s.serialize_field("actions", &self.actions)?;
        s.end()
    }
}
