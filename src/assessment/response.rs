//! A response to a criterion: its [`Status`] and an optional note.

use strum::{Display, IntoStaticStr};

use crate::error::Error;

/// A response's status. Only `Met` counts as in place; `NotApplicable` takes the
/// criterion out of the count. A criterion with no response is *not assessed*.
///
/// The string form (`Display`, serde, [`as_str`](Status::as_str)) is the identifier
/// `met`, `partial`, `not_met` or `not_applicable`; [`name`](Status::name) is the label
/// people read (`Not met`). `FromStr` takes either, ignoring case (the rule every
/// named value of the crate is read by), and refuses other text with
/// [`Kind::Unrecognised`](crate::error::Kind::Unrecognised):
///
/// ```
/// use mhics::Status;
///
/// assert_eq!("not_met".parse::<Status>()?, Status::NotMet);
/// assert_eq!("Not met".parse::<Status>()?, Status::NotMet);
/// assert_eq!(Status::NotMet.name(), "Not met");
/// let err = "done".parse::<Status>().unwrap_err();
/// assert_eq!(err.to_string(),
///     "\"done\" is not a status; expected one of: met, partial, not_met, not_applicable");
/// # Ok::<(), mhics::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Display, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Status {
    /// In place.
    Met,
    /// Partly in place (not in place for progression).
    Partial,
    /// Not in place.
    NotMet,
    /// Does not apply to this system: counts neither for nor against.
    NotApplicable,
}

impl Status {
    /// All statuses.
    pub const ALL: [Status; 4] = [
        Status::Met,
        Status::Partial,
        Status::NotMet,
        Status::NotApplicable,
    ];

    /// The stable identifier, e.g. `not_met`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The status whose identifier is exactly `text` (`met`, `partial`, `not_met`,
    /// `not_applicable`): how the file formats read a status, so that a file reads
    /// back exactly as it is written. `FromStr` also takes labels, in any case.
    pub fn from_identifier(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The label people read, e.g. `Not met`.
    pub const fn name(self) -> &'static str {
        match self {
            Status::Met => "Met",
            Status::Partial => "Partial",
            Status::NotMet => "Not met",
            Status::NotApplicable => "Not applicable",
        }
    }
}

impl core::str::FromStr for Status {
    type Err = Error;

    fn from_str(text: &str) -> Result<Status, Error> {
        let all = Status::ALL.map(|s| (s, s.as_str(), s.name()));
        crate::parse::named("status", &all, text)
    }
}

/// One response: a status and an optional note.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Response {
    /// The status.
    pub status: Status,
    /// A note, e.g. the evidence behind the status.
    pub note: Option<String>,
}

impl Response {
    /// A response with no note.
    pub fn new(status: Status) -> Response {
        Response { status, note: None }
    }

    /// A response with a note.
    pub fn with_note(status: Status, note: impl Into<String>) -> Response {
        Response {
            status,
            note: Some(note.into()),
        }
    }
}
