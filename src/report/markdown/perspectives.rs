//! Partners' perspectives as a Markdown agenda for the partners' meeting.

use core::fmt::Write;

use crate::perspectives::Perspectives;
use crate::report::content::perspectives::{PerspectivesReport, RespondentRow, NO_CONVERSATION};
use crate::report::escape;

use super::one_line;

/// A readable agenda for the partners' meeting: who answered, agreement per
/// sub-section, each respondent's attained level beside the consolidated one, then the
/// conversations (contested criteria), highest spread first, each with who said what
/// and their notes.
pub fn perspectives_markdown(perspectives: &Perspectives<'_>) -> String {
    let report = PerspectivesReport::new(perspectives);
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "# {}: {}\n",
        report.title.kind,
        one_line(&report.title.system)
    );
    let _ = writeln!(w, "{}\n", report.about);
    let _ = writeln!(w, "{}\n", report.purpose);
    let _ = writeln!(w, "## Respondents\n");
    let _ = writeln!(w, "| # | Respondent | Date | Answered | Overall |");
    let _ = writeln!(w, "|---|---|---|---|---|");
    for (i, r) in report.respondents.iter().enumerate() {
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} |",
            i + 1,
            one_line(r.label),
            r.date,
            r.answered,
            r.overall
        );
    }
    let RespondentRow {
        label,
        date,
        answered,
        overall,
    } = &report.consolidated;
    let _ = writeln!(
        w,
        "| | **{label}** | {date} | {answered} | **{overall}** |\n"
    );

    let _ = writeln!(w, "## Agreement by sub-section\n");
    let _ = writeln!(
        w,
        "Among the criteria answered by two or more partners, the share on which they agree: no spread between met, partial and not met, and no dispute about whether the criterion applies.\n"
    );
    let _ = writeln!(
        w,
        "| Sub-section | Answered by two or more | Contested | Agreement |"
    );
    let _ = writeln!(w, "|---|---|---|---|");
    for a in &report.subsections {
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} |",
            escape(&a.name),
            a.answered_by_two_or_more,
            a.contested,
            a.agreement
        );
    }
    let (shared, contested, all) = &report.all;
    let _ = writeln!(w, "| **All** | {shared} | {contested} | **{all}** |\n");

    let _ = writeln!(w, "## Attained levels\n");
    let _ = writeln!(
        w,
        "The level each partner's own answers attain in each sub-section (numbered as above), beside the consolidated one.\n"
    );
    let respondents = &report.respondents;
    let _ = write!(w, "| Sub-section |");
    for i in 1..=respondents.len() {
        let _ = write!(w, " {i} |");
    }
    let _ = writeln!(w, " Consolidated |");
    let _ = writeln!(w, "|---|{}---|", "---|".repeat(respondents.len()));
    for s in &report.subsections {
        let _ = write!(w, "| {} |", s.id);
        for level in &s.levels {
            let _ = write!(w, " {level} |");
        }
        let _ = writeln!(w, " **{}** |", s.consolidated);
    }
    let _ = write!(w, "| **Overall** |");
    for r in respondents {
        let _ = write!(w, " {} |", r.overall);
    }
    let _ = writeln!(w, " **{}** |\n", report.consolidated.overall);

    let conversations = &report.conversations;
    let _ = writeln!(w, "## Conversations ({})\n", conversations.len());
    if conversations.is_empty() {
        let _ = writeln!(w, "{NO_CONVERSATION}");
        return out;
    }
    let _ = writeln!(
        w,
        "The criteria on which partners' answers differ, highest spread first (met = 2, partial = 1, not met = 0; the spread is the highest less the lowest), then in matrix order.\n"
    );
    let mut heading = None;
    for c in conversations {
        if heading != Some(c.group) {
            heading = Some(c.group);
            let _ = writeln!(w, "### {}\n", c.group);
        }
        let _ = writeln!(
            w,
            "#### `{}` {} · {} · *{}*\n",
            c.criterion.id(),
            escape(&c.subsection),
            c.level,
            c.theme
        );
        let _ = writeln!(w, "> {}", c.criterion.text());
        for point in c.criterion.points() {
            let _ = writeln!(w, "> - {point}");
        }
        if let Some(closing) = c.criterion.closing() {
            let _ = writeln!(w, ">\n> {closing}");
        }
        let _ = write!(
            w,
            "\nConsolidated: **{}**; spread {}",
            c.consolidated, c.spread
        );
        if c.disputed {
            let _ = write!(w, "; applicability disputed");
        }
        let _ = writeln!(w, ".\n");
        let _ = writeln!(w, "| Respondent | Answer | Note |");
        let _ = writeln!(w, "|---|---|---|");
        for (respondent, status, note) in &c.answers {
            let _ = writeln!(
                w,
                "| {} | {status} | {} |",
                one_line(respondent),
                note.map(one_line).unwrap_or_default()
            );
        }
        let _ = writeln!(w);
    }
    out
}
