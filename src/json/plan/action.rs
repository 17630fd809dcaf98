//! The actions of a plan file: each action read (its fields checked, its criteria
//! resolved and placed, its ID unique in the plan) and written.

use core::fmt;
use std::borrow::Cow;
use std::collections::HashMap;

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserializer, Serialize, Serializer};

use crate::date::Date;
use crate::edition::Edition;
use crate::error::{Error, Kind};
use crate::id::CriterionId;
use crate::name;
use crate::plan::action::{check_name, field_of, label, Action, ActionStatus};
use crate::plan::{place, resolve_in_action, Placed, Plan};

use super::super::read::{missing, repeated, Context};
use super::{date, optional};

const ACTION_FIELDS: &str = "id, title, criteria, owner, lead, due, status, note";

pub(super) struct ActionsSeed<'c, 'p> {
    pub(super) context: &'c Context,
    pub(super) into: &'p mut Plan,
}

impl<'de> DeserializeSeed<'de> for ActionsSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ActionsSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of actions")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        // The first spelling of each action ID, by name key.
        let mut ids: HashMap<String, usize> = HashMap::new();
        loop {
            let place = self.into.actions.len() + 1;
            let seed = ActionSeed {
                context: self.context,
                place,
                ids: &mut ids,
                actions: &self.into.actions,
                edition: self.into.edition,
            };
            match seq.next_element_seed(seed)? {
                Some((action, placed)) => {
                    self.into.keys.insert(name::key(&action.id));
                    self.into.actions.push(action);
                    self.into.placed.push(placed);
                }
                None => return Ok(()),
            }
        }
    }
}

struct ActionSeed<'c, 'i> {
    context: &'c Context,
    /// The action's place in `actions`, from 1.
    place: usize,
    ids: &'i mut HashMap<String, usize>,
    actions: &'i [Action],
    edition: Edition,
}

impl<'de> DeserializeSeed<'de> for ActionSeed<'_, '_> {
    type Value = (Action, Placed);

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ActionSeed<'_, '_> {
    type Value = (Action, Placed);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an action object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let context = self.context;
        // How errors name the action: by its ID once read, else by its place.
        let mut name = format!("action {}", self.place);
        let mut id: Option<String> = None;
        let mut title: Option<String> = None;
        let mut criteria: Option<(Vec<CriterionId>, Placed)> = None;
        let mut owner: Option<Option<String>> = None;
        let mut lead: Option<Option<String>> = None;
        let mut due: Option<Option<Date>> = None;
        let mut status: Option<ActionStatus> = None;
        let mut note: Option<Option<String>> = None;
        let fail = |e: Error| context.fail::<A::Error>(e);
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                "id" => {
                    repeated(context, id.is_some(), &key, &name)?;
                    let value = map.next_value::<String>()?;
                    field_of("id", &name).check(&value).map_err(fail)?;
                    let key = name::key(&value);
                    if let Some(first) = self.ids.get(&key) {
                        return Err(fail(Error::from(Kind::DuplicateAction {
                            id: value,
                            first_id: self.actions[*first].id.clone(),
                            first: crate::error::Place::None,
                        })));
                    }
                    self.ids.insert(key, self.place - 1);
                    name = label(&value);
                    id = Some(value);
                }
                "title" => {
                    repeated(context, title.is_some(), &key, &name)?;
                    let value = map.next_value::<String>()?;
                    field_of("title", &name).check(&value).map_err(fail)?;
                    title = Some(value);
                }
                "criteria" => {
                    repeated(context, criteria.is_some(), &key, &name)?;
                    let list = map.next_value_seed(CriteriaSeed {
                        context,
                        action: &name,
                        edition: self.edition,
                    })?;
                    criteria = Some(list);
                }
                field @ ("owner" | "lead") => {
                    let slot = if field == "owner" {
                        &mut owner
                    } else {
                        &mut lead
                    };
                    repeated(context, slot.is_some(), field, &name)?;
                    let value = map.next_value::<Option<String>>()?;
                    if let Some(text) = &value {
                        let field = if field == "owner" { "owner" } else { "lead" };
                        check_name(field, &name, text).map_err(fail)?;
                    }
                    *slot = Some(value);
                }
                "due" => {
                    repeated(context, due.is_some(), &key, &name)?;
                    let value = map.next_value::<Option<Cow<'de, str>>>()?;
                    due = Some(date(context, || field_of("due", &name), value)?);
                }
                "status" => {
                    repeated(context, status.is_some(), &key, &name)?;
                    let text = map.next_value::<Cow<'de, str>>()?;
                    let parsed = ActionStatus::from_identifier(&text).ok_or_else(|| {
                        fail(Error::from(Kind::UnknownActionStatus {
                            action: name.clone(),
                            value: text.clone().into_owned(),
                            expected: ActionStatus::ALL.map(ActionStatus::as_str).to_vec(),
                            suggestion: None,
                        }))
                    })?;
                    status = Some(parsed);
                }
                "note" => {
                    repeated(context, note.is_some(), &key, &name)?;
                    let value = map.next_value::<Option<String>>()?;
                    if let Some(text) = &value {
                        crate::text::check(|| field_of("note", &name), text).map_err(fail)?;
                    }
                    note = Some(value);
                }
                other => {
                    return Err(fail(Error::from(Kind::UnknownField {
                        field: other.to_owned(),
                        context: name,
                        expected: ACTION_FIELDS,
                    })))
                }
            }
        }
        let id = id.ok_or_else(|| missing(context, "id", name.clone()))?;
        let title = title.ok_or_else(|| missing(context, "title", name.clone()))?;
        let (criteria, placed) =
            criteria.ok_or_else(|| missing(context, "criteria", name.clone()))?;
        let status = status.ok_or_else(|| missing(context, "status", name.clone()))?;
        let action = Action {
            id,
            title,
            criteria,
            owner: owner.flatten(),
            lead: lead.flatten(),
            due: due.flatten(),
            status,
            note: note.flatten(),
        };
        Ok((action, placed))
    }
}

struct CriteriaSeed<'c, 'n> {
    context: &'c Context,
    action: &'n str,
    edition: Edition,
}

impl<'de> DeserializeSeed<'de> for CriteriaSeed<'_, '_> {
    type Value = (Vec<CriterionId>, Placed);

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for CriteriaSeed<'_, '_> {
    type Value = (Vec<CriterionId>, Placed);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of criterion IDs")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let context = self.context;
        let mut list = Vec::new();
        let mut placed = Placed {
            set: self.edition.layout().empty_set(),
            words: (u16::MAX, 0),
        };
        while let Some(text) = seq.next_element::<Cow<'de, str>>()? {
            let (id, slot) =
                resolve_in_action(self.edition, self.action, &text).map_err(|e| context.fail(e))?;
            if crate::layout::has(&placed.set, slot) {
                return Err(context.fail(Error::from(Kind::DuplicateActionCriterion {
                    action: self.action.to_owned(),
                    id,
                })));
            }
            place(&mut placed, slot);
            list.push(id);
        }
        if list.is_empty() {
            return Err(context.fail(Error::from(Kind::Empty {
                field: field_of("criteria", self.action),
            })));
        }
        Ok((list, placed))
    }
}

impl Serialize for Action {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Action", 8)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("title", &self.title)?;
        s.serialize_field("criteria", &self.criteria)?;
        optional(&mut s, "owner", self.owner.as_deref())?;
        optional(&mut s, "lead", self.lead.as_deref())?;
        optional(&mut s, "due", self.due.as_ref())?;
        s.serialize_field("status", &self.status)?;
        optional(&mut s, "note", self.note.as_deref())?;
        s.end()
    }
}
