//! Reports on partners' perspectives: a Markdown agenda for the partners' meeting, CSV
//! of the conversations, and an SVG of where partners differ.

use core::fmt::Write;

use crate::assessment::Status;
use crate::perspectives::{Conversation, Perspectives};
use crate::progression::Evaluation;

use super::csv::Table;
use super::markdown::{one_line, status_name};
use super::svg::{level_value, Cell, Key, Picture, Row};
use super::{attained_name, escape};

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
        super::NOT_A_RATING
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
    let (mut shared, mut contested) = (0, 0);
    for a in perspectives.subsections() {
        shared += a.answered_by_two_or_more;
        contested += a.contested;
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
    let all = (shared > 0).then(|| (shared - contested) as f64 / shared as f64);
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
            escape(&super::headline::subsection_name(
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

fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "—".to_owned(), |s| format!("{:.0}%", 100.0 * s))
}

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

/// One picture of where partners differ: a row per sub-section (under its domain's
/// band), a column per respondent with the level their own answers attain and the
/// consolidated level (framed), all shaded on the purple scale of the other heatmaps,
/// then the agreement share as a grey bar with its figure: a different encoding, so
/// that agreement is never read as a level. No title is cut: long ones wrap. Never
/// red, amber or green.
pub fn perspectives_svg(perspectives: &Perspectives<'_>) -> String {
    perspectives_svg_picture(perspectives, "mhics").render()
}

/// [`perspectives_svg`] with `id` as the prefix of its title's and description's IDs.
#[cfg(feature = "html")]
pub(crate) fn perspectives_svg_with_id(perspectives: &Perspectives<'_>, id: &str) -> String {
    perspectives_svg_picture(perspectives, id).render_in_page()
}

/// The picture of [`perspectives_svg`], its IDs prefixed with `id`.
fn perspectives_svg_picture<'i>(perspectives: &Perspectives<'_>, id: &'i str) -> Picture<'i> {
    let respondents = perspectives.respondents();
    let evaluation = perspectives.evaluation();
    let (mut shared, mut contested) = (0, 0);
    for a in perspectives.subsections() {
        shared += a.answered_by_two_or_more;
        contested += a.contested;
    }
    let all = (shared > 0).then(|| (shared - contested) as f64 / shared as f64);
    let overall = format!(
        "Consolidated overall: {}. Partners agree on {} of the criteria two or more answered.",
        attained_name(evaluation.overall()),
        percent(all)
    );
    let subtitle = format!(
        "Level attained per sub-section by each of {} partners' own answers, the consolidated level, and how far partners agree.",
        respondents.len()
    );
    let attained = |e: &Evaluation, id| e.subsection(id).and_then(|p| p.attained());
    let mut rows = Vec::new();
    for domain in perspectives.consolidated().matrix().domains() {
        let level = evaluation.domain(domain.id()).and_then(|d| d.attained());
        rows.push(Row::Band(format!(
            "Domain {} {}: consolidated {}",
            domain.id(),
            domain.title(),
            attained_name(level)
        )));
        for subsection in domain.subsections() {
            let sid = subsection.id();
            let Some(agreement) = perspectives.subsection(sid) else {
                continue;
            };
            let mut cells: Vec<Cell> = respondents
                .iter()
                .map(|r| {
                    let level = attained(&r.evaluation, sid);
                    Cell::Shade {
                        value: level_value(level),
                        text: attained_name(level).to_owned(),
                        tooltip: format!("{sid}: {} attains {}", r.label, attained_name(level)),
                        framed: false,
                    }
                })
                .collect();
            let level = attained(&evaluation, sid);
            cells.push(Cell::Shade {
                value: level_value(level),
                text: attained_name(level).to_owned(),
                tooltip: format!(
                    "{sid}: the consolidated answers attain {}",
                    attained_name(level)
                ),
                framed: true,
            });
            cells.push(match agreement.agreement() {
                Some(share) => Cell::Bar {
                    share: Some(share),
                    text: percent(Some(share)),
                    tooltip: format!(
                        "{sid}: partners agree on {} of {} criteria answered by two or more",
                        agreement.answered_by_two_or_more - agreement.contested,
                        agreement.answered_by_two_or_more
                    ),
                    framed: false,
                },
                None => Cell::Bar {
                    share: None,
                    text: "—".to_owned(),
                    tooltip: format!("{sid}: no criterion answered by two or more partners"),
                    framed: false,
                },
            });
            rows.push(Row::Cells {
                label: format!("{sid} {}", subsection.title()),
                cells,
            });
        }
    }
    Picture {
        id,
        title: format!("Partners' perspectives: {}", perspectives.system()),
        desc: format!("{overall} {subtitle}"),
        headline: vec![overall.clone()],
        subtitle,
        column_width: 84,
        columns: respondents
            .iter()
            .map(|r| (r.label.to_owned(), false))
            .chain([
                ("Consolidated".to_owned(), true),
                ("Agreement".to_owned(), true),
            ])
            .collect(),
        rows,
        legend: vec![
            (
                Key::Levels,
                "level attained; the consolidated column is framed".to_owned(),
            ),
            (
                Key::Bar("75%"),
                "agreement: the share of criteria answered by two or more partners on which they agree (bar and figure, not a level)".to_owned(),
            ),
        ],
    }
}
