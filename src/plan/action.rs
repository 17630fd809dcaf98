//! One action of a plan: what is to be done about some criteria, by whom and when.

use strum::{Display, IntoStaticStr};

use crate::date::Date;
use crate::error::{Error, Field, Kind};
use crate::id::CriterionId;
use crate::name::quote;
use crate::text;

/// Where an action stands, as its owner reports it.
///
/// The string form (`Display`, `FromStr`, serde) is `planned`, `in_progress`, `done` or
/// `dropped`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Display, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ActionStatus {
    /// Agreed, not started.
    #[default]
    Planned,
    /// Under way.
    InProgress,
    /// Reported done.
    Done,
    /// No longer pursued.
    Dropped,
}

impl ActionStatus {
    /// All statuses, in order.
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// The stable identifier, e.g. `in_progress`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The status whose identifier is exactly `text` (`planned`, `in_progress`,
    /// `done`, `dropped`): how the plan file reads a status, so that it reads back
    /// exactly as it is written. `FromStr` also takes names, in any case.
    pub fn from_identifier(text: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The status in words for people: `Planned`, `In progress`, `Done`, `Dropped`.
    pub fn name(self) -> &'static str {
        match self {
            ActionStatus::Planned => "Planned",
            ActionStatus::InProgress => "In progress",
            ActionStatus::Done => "Done",
            ActionStatus::Dropped => "Dropped",
        }
    }
}

impl core::str::FromStr for ActionStatus {
    type Err = Error;

    /// An identifier (`in_progress`) or a name (`In progress`), ignoring case.
    fn from_str(text: &str) -> Result<ActionStatus, Error> {
        let all = ActionStatus::ALL.map(|s| (s, s.as_str(), s.name()));
        crate::parse::named("action status", &all, text)
    }
}

/// One action of a [`Plan`](crate::plan::Plan): an ID unique within the plan (as a name), a
/// title, the criteria it addresses (one or more, none twice, in the order given), a
/// status, and optionally an owner (an organisation), a lead (a person or role), a due
/// date and a note.
///
/// An action is made with [`Action::new`] and checked against an edition when it joins
/// a plan ([`Plan::push`](crate::plan::Plan::push)); its ID and criteria are fixed from then
/// on, the rest can be changed with the setters, which refuse what a plan file would.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Action {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) criteria: Vec<CriterionId>,
    pub(crate) owner: Option<String>,
    pub(crate) lead: Option<String>,
    pub(crate) due: Option<Date>,
    pub(crate) status: ActionStatus,
    pub(crate) note: Option<String>,
}

/// How an error names an action: `action "A1"`.
pub(crate) fn label(id: &str) -> String {
    format!("action {}", quote(id))
}

/// `the `field` of action "A1"`.
pub(crate) fn field_of(field: &'static str, action: &str) -> Field {
    Field::Action {
        action: action.to_owned(),
        field,
    }
}

/// Refuses an empty (or white space only) name or title.
pub(crate) fn non_empty(field: impl FnOnce() -> Field, text: &str) -> Result<(), Error> {
    if text.trim().is_empty() {
        Err(Error::from(Kind::Empty { field: field() }))
    } else {
        Ok(())
    }
}

/// Checks a name (owner, lead): not empty, no control characters.
pub(crate) fn check_name(field: &'static str, action: &str, text: &str) -> Result<(), Error> {
    non_empty(|| field_of(field, action), text)?;
    text::check(|| field_of(field, action), text)
}

impl Action {
    /// An action with status `planned` and no owner, lead, due date or note. Fails on an
    /// empty ID or title, a control character other than tab and line breaks in either,
    /// no criteria, or a criterion named twice.
    ///
    /// ```
    /// use mhics::plan::{Action, ActionStatus};
    ///
    /// let action = Action::new("A1", "Co-production charter", ["1.1-M1".parse()?])?;
    /// assert_eq!(action.status(), ActionStatus::Planned);
    /// let err = Action::new("A1", " ", ["1.1-M1".parse()?]).unwrap_err();
    /// assert_eq!(err.to_string(), r#"the `title` of action "A1" is empty"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        criteria: impl IntoIterator<Item = CriterionId>,
    ) -> Result<Action, Error> {
        let (id, title) = (id.into(), title.into());
        field_of("id", "an action").check(&id)?;
        let action = label(&id);
        field_of("title", &action).check(&title)?;
        let mut list: Vec<CriterionId> = Vec::new();
        for c in criteria {
            if list.contains(&c) {
                return Err(Error::from(Kind::DuplicateActionCriterion {
                    action,
                    id: c,
                }));
            }
            list.push(c);
        }
        if list.is_empty() {
            return Err(Error::from(Kind::Empty {
                field: field_of("criteria", &action),
            }));
        }
        Ok(Action {
            id,
            title,
            criteria: list,
            owner: None,
            lead: None,
            due: None,
            status: ActionStatus::Planned,
            note: None,
        })
    }

    /// The ID, e.g. `A1`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The criteria addressed, in the order given.
    pub fn criteria(&self) -> &[CriterionId] {
        &self.criteria
    }

    /// The owning organisation, if given.
    pub fn owner(&self) -> Option<&str> {
        self.owner.as_deref()
    }

    /// The lead (a person or role), if given.
    pub fn lead(&self) -> Option<&str> {
        self.lead.as_deref()
    }

    /// The due date, if given.
    pub fn due(&self) -> Option<Date> {
        self.due
    }

    /// The status.
    pub fn status(&self) -> ActionStatus {
        self.status
    }

    /// The note, if any.
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// Sets the title. Fails, leaving the action as it was, on an empty title or a
    /// control character other than tab and line breaks.
    pub fn set_title(&mut self, title: impl Into<String>) -> Result<(), Error> {
        let title = title.into();
        let action = label(&self.id);
        field_of("title", &action).check(&title)?;
        self.title = title;
        Ok(())
    }

    /// Sets or clears the owner. Fails, leaving the action as it was, on an empty name
    /// or a control character other than tab and line breaks.
    pub fn set_owner(&mut self, owner: Option<String>) -> Result<(), Error> {
        if let Some(name) = &owner {
            check_name("owner", &label(&self.id), name)?;
        }
        self.owner = owner;
        Ok(())
    }

    /// Sets or clears the lead, with the checks of [`set_owner`](Self::set_owner).
    pub fn set_lead(&mut self, lead: Option<String>) -> Result<(), Error> {
        if let Some(name) = &lead {
            check_name("lead", &label(&self.id), name)?;
        }
        self.lead = lead;
        Ok(())
    }

    /// Sets or clears the due date.
    pub fn set_due(&mut self, due: Option<Date>) {
        self.due = due;
    }

    /// Sets the status.
    pub fn set_status(&mut self, status: ActionStatus) {
        self.status = status;
    }

    /// Sets or clears the note. Fails, leaving the action as it was, on a control
    /// character other than tab and line breaks.
    pub fn set_note(&mut self, note: Option<String>) -> Result<(), Error> {
        if let Some(text) = &note {
            text::check(|| field_of("note", &label(&self.id)), text)?;
        }
        self.note = note;
        Ok(())
    }
}
