//! Partners' perspectives as CSV: a row per contested criterion and respondent.

use crate::assessment::Status;
use crate::perspectives::Perspectives;

use super::Table;

/// The conversations for spreadsheets: a row per contested criterion and respondent,
/// in conversation order (highest spread first, then matrix order) and respondent
/// order. An empty status means not assessed.
///
/// Columns: `id, subsection, level, theme, spread, applicability_disputed,
/// consolidated, respondent, status, note`.
pub fn perspectives_csv(perspectives: &Perspectives<'_>) -> String {
    let mut table = Table::new(&[
        "id",
        "subsection",
        "level",
        "theme",
        "spread",
        "applicability_disputed",
        "consolidated",
        "respondent",
        "status",
        "note",
    ]);
    for c in perspectives.conversations() {
        let id = c.criterion.id().to_string();
        let subsection = c.subsection().to_string();
        let spread = c.spread.to_string();
        for a in &c.answers {
            table.row([
                id.as_str(),
                &subsection,
                c.level().as_str(),
                c.theme.name(),
                &spread,
                if c.applicability_disputed {
                    "true"
                } else {
                    "false"
                },
                c.consolidated.map_or("", Status::as_str),
                a.respondent,
                a.status.map_or("", Status::as_str),
                a.note.unwrap_or(""),
            ]);
        }
    }
    table.out
}
