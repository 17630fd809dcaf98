//! Partners' perspectives as a Markdown agenda for the partners' meeting.

use core::fmt::Write;

use crate::perspectives::{Conversation, Perspectives};
use crate::report::{attained_name, escape, percent};

use super::{one_line, status_name};

/// The heading of the conversations of one spread.
fn spread_heading(conversation: &Conversation<'_>) -> &'static str {
    match (conversation.spread, conversation.applicability_disputed) {
        (2, _) => "Met for some, not met for others (spread 2)",
        (1, _) => "Partly in place for some (spread 1)",
        _ => "Whether it applies here (applicability disputed)",
    }
}

/// A readable agenda for the partners' meeting: who answered, agreement per
/// sub-section, each respondent's attained level beside the consolidated one, then the
/// conversations (contested criteria), highest spread first, each with who said what
/// and their notes.
pub fn perspectives_markdown(perspectives: &Perspectives<'_>) -> String {
    let mut out = String::new();
    let w = &mut out;
    let respondents = perspectives.respondents();
    let consolidated = perspectives.consolidated();
    let evaluation = perspectives.evaluation();
    let _ = writeln!(
        w,
        "# Partners' perspectives: {}\n",
        one_line(perspectives.system())
    );
    let _ = writeln!(
        w,
        "Matrix edition {} {}. {} partners answered; the consolidated view joins their answers: a criterion is met when every partner who found it applicable answered met, not met when all answered not met, partial otherwise; not applicable only when all who answered said so.\n",
        perspectives.consolidated().matrix().id(),
        perspectives.consolidated().matrix().version(),
        respondents.len()
    );
    let _ = writeln!(
        w,
        "{} Where partners' answers differ is where to start talking.\n",
        crate::report::NOT_A_RATING
    );
    let _ = writeln!(w, "## Respondents\n");
    let _ = writeln!(w, "| # | Respondent | Date | Answered | Overall |");
    let _ = writeln!(w, "|---|---|---|---|---|");
    for (i, r) in respondents.iter().enumerate() {
        let date = r.assessment.date().map(|d| d.to_string());
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} |",
            i + 1,
            one_line(r.label),
            date.as_deref().unwrap_or("—"),
            r.assessment.response_count(),
            attained_name(r.evaluation.overall())
        );
    }
    let date = consolidated.date().map(|d| d.to_string());
    let _ = writeln!(
        w,
        "| | **Consolidated** | {} | {} | **{}** |\n",
        date.as_deref().unwrap_or("—"),
        consolidated.response_count(),
        attained_name(evaluation.overall())
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
    for a in perspectives.subsections() {
        let title = perspectives
            .consolidated()
            .matrix()
            .subsection(a.id)
            .map_or("", |s| s.title());
        let _ = writeln!(
            w,
            "| {} {} | {} | {} | {} |",
            a.id,
            escape(title),
            a.answered_by_two_or_more,
            a.contested,
            percent(a.agreement())
        );
    }
    let (shared, contested, all) = perspectives.overall_agreement();
    let _ = writeln!(
        w,
        "| **All** | {shared} | {contested} | **{}** |\n",
        percent(all)
    );

    let _ = writeln!(w, "## Attained levels\n");
    let _ = writeln!(
        w,
        "The level each partner's own answers attain in each sub-section (numbered as above), beside the consolidated one.\n"
    );
    let _ = write!(w, "| Sub-section |");
    for i in 1..=respondents.len() {
        let _ = write!(w, " {i} |");
    }
    let _ = writeln!(w, " Consolidated |");
    let _ = writeln!(w, "|---|{}---|", "---|".repeat(respondents.len()));
    for progress in evaluation.subsections() {
        let id = progress.id();
        let _ = write!(w, "| {id} |");
        for r in respondents {
            let attained = r.evaluation.subsection(id).and_then(|s| s.attained());
            let _ = write!(w, " {} |", attained_name(attained));
        }
        let _ = writeln!(w, " **{}** |", attained_name(progress.attained()));
    }
    let _ = write!(w, "| **Overall** |");
    for r in respondents {
        let _ = write!(w, " {} |", attained_name(r.evaluation.overall()));
    }
    let _ = writeln!(w, " **{}** |\n", attained_name(evaluation.overall()));

    let conversations = perspectives.conversations();
    let _ = writeln!(w, "## Conversations ({})\n", conversations.len());
    if conversations.is_empty() {
        let _ = writeln!(
            w,
            "None: wherever two or more partners answered a criterion, they answered alike."
        );
        return out;
    }
    let _ = writeln!(
        w,
        "The criteria on which partners' answers differ, highest spread first (met = 2, partial = 1, not met = 0; the spread is the highest less the lowest), then in matrix order.\n"
    );
    let mut heading = None;
    for c in conversations {
        let this = spread_heading(c);
        if heading != Some(this) {
            heading = Some(this);
            let _ = writeln!(w, "### {this}\n");
        }
        let _ = writeln!(
            w,
            "#### `{}` {} · {} · *{}*\n",
            c.criterion.id(),
            escape(&crate::report::headline::subsection_name(
                perspectives.consolidated().matrix(),
                c.subsection()
            )),
            c.level().name(),
            c.theme.name()
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
            status_name(c.consolidated),
            c.spread
        );
        if c.applicability_disputed {
            let _ = write!(w, "; applicability disputed");
        }
        let _ = writeln!(w, ".\n");
        let _ = writeln!(w, "| Respondent | Answer | Note |");
        let _ = writeln!(w, "|---|---|---|");
        for a in &c.answers {
            let _ = writeln!(
                w,
                "| {} | {} | {} |",
                one_line(a.respondent),
                status_name(a.status),
                a.note.map(one_line).unwrap_or_default()
            );
        }
        let _ = writeln!(w);
    }
    out
}
