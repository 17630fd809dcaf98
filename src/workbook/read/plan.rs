//! The Action plan sheet: the `System`, `Assessed` and `Agreed` rows above a header row,
//! then a row per action.

use std::collections::HashMap;

use super::layout::{header, header_with, labels, refuse_merges};
use super::sheet::Sheet;
use super::{check_text, date};
use crate::assessment::resolve;
use crate::edition::Edition;
use crate::error::{Cell, Error, Field, Kind};
use crate::id::CriterionId;
use crate::plan::{Action, ActionStatus, Plan};
use crate::workbook::{by_label, PLAN_HEADERS, PLAN_LABELS, PLAN_SHEET};

/// The columns, in the order of [`PLAN_HEADERS`].
const ID: usize = 0;
const TITLE: usize = 1;
const CRITERIA: usize = 2;
const OWNER: usize = 3;
const LEAD: usize = 4;
const DUE: usize = 5;
const STATUS: usize = 6;
const NOTE: usize = 7;

/// Reads the plan the sheet holds.
pub(super) fn read(edition: Edition, sheet: &Sheet<'_>) -> Result<Plan, Error> {
    let missing = |header, row| {
        Error::from(Kind::MissingHeader { header, row })
            .at(crate::error::Place::Sheet(sheet.name.to_owned()))
    };
    // The header row holds `ID` and `Title`: a value reading `ID` above it is not taken
    // for it.
    let (header_row, found) = match header_with(sheet, PLAN_HEADERS, 2)? {
        Some(found) => found,
        None => {
            return Err(match header(sheet, PLAN_HEADERS)? {
                Some((row, _)) => missing("Title", Some(row)),
                None => missing("ID", None),
            })
        }
    };
    let required = |i: usize| found[i].ok_or_else(|| missing(PLAN_HEADERS[i], Some(header_row)));
    let id_column = required(ID)?;
    for i in [TITLE, CRITERIA, STATUS] {
        required(i)?;
    }
    let columns: Vec<(u32, &'static str)> = (0..PLAN_HEADERS.len())
        .filter_map(|i| Some((found[i]?, PLAN_HEADERS[i])))
        .collect();
    refuse_merges(sheet, header_row, &columns, id_column)?;

    // The plan's own rows, above the header.
    let rows = labels(sheet, PLAN_LABELS, Some(header_row))?;
    let system_row = rows[0].ok_or(
        Error::from(Kind::MissingLabel {
            label: PLAN_LABELS[0],
        })
        .at(crate::error::Place::Sheet(PLAN_SHEET.to_owned())),
    )?;
    let system = sheet.text(system_row, 1)?;
    let system_cell = sheet.cell(system_row, 1);
    check_text(system_cell, Field::System, &system)?;
    let mut plan = Plan::new_in(edition, system.into_owned())?;
    let dated = |row: Option<u32>, field: &'static str| match row {
        Some(row) => date(sheet, row, 1, Field::Plan(field)),
        None => Ok(None),
    };
    plan.set_assessed(dated(rows[1], "assessed")?);
    plan.set_agreed(dated(rows[2], "agreed")?);

    // The rows below the header with something in a column read, in order.
    let is_read = |column: u32| columns.iter().any(|(c, _)| *c == column);
    let mut action_rows: Vec<u32> = Vec::new();
    for (row, column, _) in sheet.grid.cells() {
        if row > header_row && is_read(column) && action_rows.last() != Some(&row) {
            action_rows.push(row);
        }
    }
    // Each action ID's name key, with its cell and spelling.
    let mut ids: HashMap<String, (Cell, String)> = HashMap::new();
    for row in action_rows {
        if let Some(action) = action(edition, sheet, row, &found, &mut ids)? {
            plan.push(action)?;
        }
    }
    Ok(plan)
}

/// The action of `row`, or `None` for a row with nothing in it but white space.
fn action(
    of: Edition,
    sheet: &Sheet<'_>,
    row: u32,
    found: &[Option<u32>; 8],
    ids: &mut HashMap<String, (Cell, String)>,
) -> Result<Option<Action>, Error> {
    let text = |i: usize| -> Result<String, Error> {
        Ok(match found[i] {
            Some(column) => sheet.text(row, column)?.into_owned(),
            None => String::new(),
        })
    };
    let cell = |i: usize| sheet.cell(row, found[i].unwrap_or(0));
    let blank = |text: &str| text.trim().is_empty();
    let id = text(ID)?;
    if blank(&id) {
        // Something in the row belongs to no action.
        let mut filled = Vec::new();
        for i in (0..PLAN_HEADERS.len()).filter(|i| *i != ID && found[*i].is_some()) {
            if !blank(&text(i)?) {
                filled.push((found[i].unwrap_or(0), i));
            }
        }
        return match filled.iter().min() {
            Some(&(_, i)) => Err(Error::from(Kind::WithoutId {
                header: PLAN_HEADERS[i],
                action: true,
            })
            .at(cell(i))),
            None => Ok(None),
        };
    }
    check_text(
        cell(ID),
        Field::Action {
            action: "an action".to_owned(),
            field: "id",
        },
        &id,
    )?;
    let key = crate::name::key(&id);
    if let Some((first, first_id)) = ids.get(&key) {
        return Err(Error::from(Kind::DuplicateAction {
            id,
            first_id: first_id.clone(),
            first: crate::error::Place::Cell(first.clone()),
        })
        .at(cell(ID)));
    }
    ids.insert(key, (cell(ID), id.clone()));
    let field = |field: &'static str| Field::Action {
        action: crate::plan::action::label(&id),
        field,
    };
    let empty =
        |i: usize, name: &'static str| Error::from(Kind::Empty { field: field(name) }).at(cell(i));

    // Refused when blank, as an empty field, by the title's own check.
    let title = text(TITLE)?;
    check_text(cell(TITLE), field("title"), &title)?;
    let criteria = criteria(of, cell(CRITERIA), &text(CRITERIA)?, &id)?;
    if criteria.is_empty() {
        return Err(empty(CRITERIA, "criteria"));
    }
    let status_text = text(STATUS)?;
    if blank(&status_text) {
        return Err(empty(STATUS, "status"));
    }
    let status = status(cell(STATUS), &id, &status_text)?;
    let name = |i: usize, name: &'static str| -> Result<Option<String>, Error> {
        let value = text(i)?;
        check_text(cell(i), field(name), &value)?;
        Ok((!blank(&value)).then_some(value))
    };
    let (owner, lead) = (name(OWNER, "owner")?, name(LEAD, "lead")?);
    let due = match found[DUE] {
        Some(column) => date(sheet, row, column, field("due"))?,
        None => None,
    };
    let note = text(NOTE)?;
    check_text(cell(NOTE), field("note"), &note)?;
    Ok(Some(Action {
        id,
        title,
        criteria,
        owner,
        lead,
        due,
        status,
        note: (!note.is_empty()).then_some(note),
    }))
}

/// The criteria of a `Criteria` cell, in order: IDs separated by commas, semicolons or
/// white space (line breaks among it). An unknown ID is named with the nearest real
/// one; an ID twice is refused.
fn criteria(of: Edition, cell: Cell, text: &str, action: &str) -> Result<Vec<CriterionId>, Error> {
    let mut out: Vec<CriterionId> = Vec::new();
    let pieces = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|piece| !piece.is_empty());
    for piece in pieces {
        let (id, _) = resolve(of, piece).map_err(|_| {
            Error::from(Kind::UnknownCriterion {
                id: piece.to_owned(),
                action: Some(crate::plan::action::label(action)),
                suggestion: of.matrix().nearest_criterion(piece),
            })
            .at(cell.clone())
        })?;
        // At most as many IDs as the edition has criteria: each is compared once.
        if out.contains(&id) {
            return Err(Error::from(Kind::DuplicateActionCriterion {
                action: crate::plan::action::label(action),
                id,
            })
            .at(cell));
        }
        out.push(id);
    }
    Ok(out)
}

/// An action status by its label or ID, ignoring case and surrounding white space.
fn status(cell: Cell, action: &str, value: &str) -> Result<ActionStatus, Error> {
    by_label(value, ActionStatus::ALL.map(|s| (s, s.name(), s.as_str()))).map_err(|nearest| {
        Error::from(Kind::UnknownActionStatus {
            action: crate::plan::action::label(action),
            value: value.to_owned(),
            expected: ActionStatus::ALL.map(ActionStatus::name).to_vec(),
            suggestion: nearest,
        })
        .at(cell)
    })
}
