//! Reports on partners' perspectives: a Markdown agenda for the partners' meeting, CSV
//! of the conversations, and an SVG of where partners differ.

use core::fmt::Write;

use crate::assessment::Status;
use crate::edition::Edition;
use crate::level::Level;
use crate::perspectives::{Conversation, Perspectives};
use crate::progression::Evaluation;

use super::csv::Table;
use super::markdown::{one_line, status_name};
use super::svg::{clip, grid_cell, ink_on, shade, xml, INK, PAPER, RULE};
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
pub fn perspectives_markdown<E: Edition>(perspectives: &Perspectives<'_, E>) -> String {
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
        "Matrix edition {}. {} partners answered; the consolidated view joins their answers: a criterion is met when every partner who found it applicable answered met, not met when all answered not met, partial otherwise; not applicable only when all who answered said so.\n",
        E::MATRIX.version(),
        respondents.len()
    );
    let _ = writeln!(
        w,
        "This is a self-assessment to support discussion across the system, not a performance management, assurance or rating tool. Where partners' answers differ is where to start talking.\n"
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
        let title = E::MATRIX.subsection(a.id).map_or("", |s| s.title());
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
            "#### `{}` {} {} · *{}*\n",
            c.criterion.id(),
            c.subsection(),
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
pub fn perspectives_csv<E: Edition>(perspectives: &Perspectives<'_, E>) -> String {
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

const LABEL_WIDTH: usize = 470;
const CELL_WIDTH: usize = 124;
const ROW_HEIGHT: usize = 30;
const TOP: usize = 120;
const MARGIN: usize = 20;

/// `text` in at most `lines` lines of at most `width` characters, broken between words
/// (a longer word is cut), the last line clipped with an ellipsis when it does not fit.
fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        if out.len() == lines {
            break;
        }
        let mut line = clip(word, width);
        while let Some(next) = words.peek() {
            if line.chars().count() + 1 + next.chars().count() > width {
                break;
            }
            line.push(' ');
            line.push_str(next);
            words.next();
        }
        out.push(line);
    }
    let rest: Vec<&str> = words.collect();
    if let (Some(last), false) = (out.last_mut(), rest.is_empty()) {
        *last = clip(&format!("{last} {}", rest.join(" ")), width);
    }
    out
}

/// The shade of an attained level: none lightest, Thriving darkest.
fn level_value(level: Option<Level>) -> f64 {
    level.map_or(0.0, |l| (l.index() + 1) as f64 / 3.0)
}

/// One picture of where partners differ: a row per sub-section, a column per
/// respondent with the level their own answers attain, the consolidated level (framed),
/// and the agreement share, all on the purple scale of the other heatmaps (never red,
/// amber or green).
pub fn perspectives_svg<E: Edition>(perspectives: &Perspectives<'_, E>) -> String {
    let respondents = perspectives.respondents();
    let columns = respondents.len() + 2;
    let width = MARGIN * 2 + LABEL_WIDTH + CELL_WIDTH * columns;
    let rows = perspectives.subsections().len();
    let grid_bottom = TOP + ROW_HEIGHT * rows;
    let height = grid_bottom + 100;
    let title = format!("Partners' perspectives: {}", perspectives.system());
    let subtitle = format!(
        "Level attained per sub-section by each of {} partners' own answers, the consolidated level, and how far partners agree.",
        respondents.len()
    );
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="13" role="img" aria-labelledby="title desc">"#
    );
    let _ = writeln!(s, r#"<title id="title">{}</title>"#, xml(&title));
    let _ = writeln!(s, r#"<desc id="desc">{}</desc>"#, xml(&subtitle));
    let _ = writeln!(
        s,
        r#"<rect x="0" y="0" width="{width}" height="{height}" fill="{PAPER}"/>"#
    );
    let _ = writeln!(
        s,
        r#"<text x="{MARGIN}" y="30" font-size="18" font-weight="bold" fill="{INK}">{}</text>"#,
        xml(&title)
    );
    let _ = writeln!(
        s,
        r#"<text x="{MARGIN}" y="52" fill="{RULE}">{}</text>"#,
        xml(&subtitle)
    );
    let headers = respondents
        .iter()
        .map(|r| (r.label, false))
        .chain([("Consolidated", true), ("Agreement", true)]);
    for (i, (label, bold)) in headers.enumerate() {
        let x = MARGIN + LABEL_WIDTH + CELL_WIDTH * i + CELL_WIDTH / 2;
        let weight = if bold { r#" font-weight="bold""# } else { "" };
        let lines = wrap(label, 17, 3);
        let _ = write!(
            s,
            r#"<text x="{x}" y="{}" text-anchor="middle"{weight} fill="{INK}"><title>{}</title>"#,
            TOP - 10 - 15 * (lines.len() - 1),
            xml(label)
        );
        for (n, line) in lines.iter().enumerate() {
            let dy = if n == 0 { 0 } else { 15 };
            let _ = write!(s, r#"<tspan x="{x}" dy="{dy}">{}</tspan>"#, xml(line));
        }
        let _ = writeln!(s, "</text>");
    }
    let evaluation = perspectives.evaluation();
    for (row, (agreement, subsection)) in perspectives
        .subsections()
        .iter()
        .zip(E::MATRIX.subsections())
        .enumerate()
    {
        let y = TOP + ROW_HEIGHT * row;
        let label = format!("{} {}", subsection.id(), subsection.title());
        let _ = writeln!(
            s,
            r#"<text x="{MARGIN}" y="{}" fill="{INK}"><title>{}</title>{}</text>"#,
            y + ROW_HEIGHT / 2 + 5,
            xml(&label),
            xml(&clip(&label, 64))
        );
        let id = agreement.id;
        let attained = |e: &Evaluation<E>| e.subsection(id).and_then(|p| p.attained());
        let mut cells: Vec<(f64, String, String, bool)> = respondents
            .iter()
            .map(|r| {
                let level = attained(&r.evaluation);
                (
                    level_value(level),
                    attained_name(level).to_owned(),
                    format!("{id}: {} attains {}", r.label, attained_name(level)),
                    false,
                )
            })
            .collect();
        let level = attained(evaluation);
        cells.push((
            level_value(level),
            attained_name(level).to_owned(),
            format!(
                "{id}: the consolidated answers attain {}",
                attained_name(level)
            ),
            true,
        ));
        cells.push(match agreement.agreement() {
            Some(share) => (
                share,
                percent(Some(share)),
                format!(
                    "{id}: partners agree on {} of {} criteria answered by two or more",
                    agreement.answered_by_two_or_more - agreement.contested,
                    agreement.answered_by_two_or_more
                ),
                false,
            ),
            None => (
                0.0,
                "—".to_owned(),
                format!("{id}: no criterion answered by two or more partners"),
                false,
            ),
        });
        for (i, (value, text, tooltip, framed)) in cells.iter().enumerate() {
            grid_cell(
                &mut s,
                (MARGIN + LABEL_WIDTH + CELL_WIDTH * i, y),
                (CELL_WIDTH, ROW_HEIGHT),
                *value,
                tooltip,
                *framed,
                text,
            );
        }
    }
    // Legend: the four levels, then the agreement scale.
    let y = grid_bottom + 24;
    let swatch = 96;
    for (i, level) in [
        None,
        Some(Level::Developing),
        Some(Level::Maturing),
        Some(Level::Thriving),
    ]
    .into_iter()
    .enumerate()
    {
        let x = MARGIN + i * swatch;
        let value = level_value(level);
        let _ = writeln!(
            s,
            r#"<rect x="{x}" y="{y}" width="{swatch}" height="22" fill="{}"/>"#,
            shade(value)
        );
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>"#,
            x + swatch / 2,
            y + 16,
            ink_on(value),
            attained_name(level)
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" fill="{RULE}">level attained; the consolidated column is framed</text>"#,
        MARGIN + 4 * swatch + 16,
        y + 16
    );
    let y = y + 40;
    let (steps, step) = (10, 24);
    for i in 0..=steps {
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{y}" width="{step}" height="14" fill="{}"/>"#,
            MARGIN + i * step,
            shade(i as f64 / steps as f64)
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" fill="{RULE}">agreement: share of criteria answered by two or more partners on which they agree, 0% to 100%</text>"#,
        MARGIN + (steps + 1) * step + 16,
        y + 12
    );
    let _ = writeln!(s, "</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_labels_wrap_between_words_and_clip_what_is_left() {
        assert_eq!(
            wrap("Riverside and Vale Mental Health Trust", 17, 3),
            ["Riverside and", "Vale Mental", "Health Trust"]
        );
        assert_eq!(wrap("Consolidated", 17, 3), ["Consolidated"]);
        assert_eq!(wrap("a b c d e f", 3, 2), ["a b", "c…"]);
        assert_eq!(wrap("Supercalifragilistic x", 10, 3), ["Supercali…", "x"]);
        assert!(wrap("", 10, 3).is_empty());
    }
}
