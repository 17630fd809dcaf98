//! A plan review as CSV: a row per action and criterion.

use crate::plan::Review;

use super::Table;

/// The review as CSV: a row per action and criterion, in plan order and each action's
/// own order.
///
/// Columns: `action, title, owner, lead, due, status, outcome, to_complete, criterion,
/// criterion_status` (`criterion_status` one of `met`, `partial`, `not_met`,
/// `not_applicable`, `not_assessed`). Cells a spreadsheet would run as formulas start
/// with `'`.
pub fn plan_review_csv(review: &Review<'_>) -> String {
    let mut table = Table::new(&[
        "action",
        "title",
        "owner",
        "lead",
        "due",
        "status",
        "outcome",
        "to_complete",
        "criterion",
        "criterion_status",
    ]);
    for a in review.actions() {
        let action = a.action;
        let due = action.due().map(|d| d.to_string()).unwrap_or_default();
        for (id, status) in a.criteria() {
            let id = id.to_string();
            table.row([
                action.id(),
                action.title(),
                action.owner().unwrap_or(""),
                action.lead().unwrap_or(""),
                &due,
                action.status().as_str(),
                a.outcome.as_str(),
                if a.to_complete() { "true" } else { "false" },
                &id,
                status.map_or("not_assessed", |s| s.as_str()),
            ]);
        }
    }
    table.out
}
