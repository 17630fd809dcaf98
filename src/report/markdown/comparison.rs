//! Comparisons in Markdown: two assessments of one system, within an edition or across
//! two (with the migration's report).

use core::fmt::Write;

use crate::compare::{Comparison, CrossComparison, Movement};
use crate::migration::{MigrationReport, Outcome};

use super::super::content::comparison::{ComparisonReport, NO_CHANGE};
use super::super::content::status_name;
use super::super::escape;
use super::{item, one_line, sentence};

/// A comparison of two assessments of one system: the summary, domain and overall
/// attainment before and after, sub-sections whose level moved, and the criteria that
/// changed, grouped by kind of change.
pub fn comparison_markdown(comparison: &Comparison<'_>) -> String {
    let report = ComparisonReport::new(comparison);
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "# {}: {}\n",
        report.title.kind,
        one_line(&report.title.system)
    );
    let _ = writeln!(w, "{}\n", sentence(&report.about));
    let _ = writeln!(w, "{}\n", super::super::NOT_A_RATING);
    let _ = writeln!(w, "{}\n", one_line(&report.summary));
    let _ = writeln!(w, "## Attainment\n");
    let _ = writeln!(w, "| Domain | Before | After |");
    let _ = writeln!(w, "|---|---|---|");
    for d in &report.domains {
        let _ = writeln!(w, "| {} | {} | {} |", escape(&d.name), d.before, d.after);
    }
    let (b, a) = report.overall;
    let _ = writeln!(w, "| **Overall** | **{b}** | **{a}** |\n");
    let _ = writeln!(w, "## Sub-sections\n");
    let _ = writeln!(
        w,
        "The level attained before and after (▲ a higher level, ▼ a lower one), and met / applicable criteria at each level, before → after.\n"
    );
    let _ = writeln!(
        w,
        "| Sub-section | Before | After | Developing | Maturing | Thriving |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|");
    for s in &report.subsections {
        let level = &s.level;
        let marker = match level.movement {
            Movement::Up => " ▲",
            Movement::Down => " ▼",
            Movement::Same => "",
        };
        let _ = write!(
            w,
            "| {} | {} | {}{marker} |",
            escape(&level.name),
            level.before,
            level.after,
        );
        for cell in &s.coverage {
            let _ = write!(w, " {cell} |");
        }
        let _ = writeln!(w);
    }
    let _ = writeln!(w);
    for group in &report.changes {
        let _ = writeln!(w, "## {} ({})\n", group.heading, group.criteria.len());
        if group.criteria.is_empty() {
            let _ = writeln!(w, "{NO_CHANGE}\n");
            continue;
        }
        for c in &group.criteria {
            let lead = format!(
                "`{}` *{}* ({} → {})",
                c.criterion.id(),
                c.theme,
                c.before,
                c.after
            );
            item(w, &lead, c.criterion);
        }
        let _ = writeln!(w);
    }
    out
}

/// A migration report: what became of every answer of the earlier edition (counts,
/// then the answers for review — reworded, split, merged and retired, with the status
/// and note of each), and the later edition's criteria that have no answer yet.
pub fn migration_markdown(report: &MigrationReport) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "# Migration: {}\n\nFrom {} {} to {} {}.\n",
        one_line(&report.system),
        report.from.0,
        report.from.1,
        report.to.0,
        report.to.1
    );
    let _ = writeln!(w, "{}.\n", report.counts());
    let review: Vec<_> = report.for_review().collect();
    if !review.is_empty() {
        let _ = writeln!(w, "## For review\n");
        let _ = writeln!(w, "| Criterion | Answer | What happened | Note |");
        let _ = writeln!(w, "|---|---|---|---|");
        for a in review {
            let happened = match &a.outcome {
                Outcome::Review => "reworded: carried across".to_owned(),
                Outcome::Merged {
                    into,
                    carried: true,
                } => format!("merged into `{into}`"),
                Outcome::Merged {
                    into,
                    carried: false,
                } => format!(
                    "merged into `{into}`, not carried: another merged criterion was not assessed"
                ),
                Outcome::Split { into } => format!(
                    "split: copied to {}",
                    into.iter()
                        .map(|id| format!("`{id}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Outcome::Retired => "retired: not carried".to_owned(),
                Outcome::Carried | Outcome::Moved { .. } => String::new(),
            };
            let _ = writeln!(
                w,
                "| `{}` | {} | {} | {} |",
                a.id,
                status_name(Some(a.response.status)),
                happened,
                one_line(a.response.note.as_deref().unwrap_or(""))
            );
        }
        let _ = writeln!(w);
    }
    let moved: Vec<_> = report
        .answers
        .iter()
        .filter_map(|a| match a.outcome {
            Outcome::Moved { to } => Some(format!("`{}` → `{to}`", a.id)),
            _ => None,
        })
        .collect();
    if !moved.is_empty() {
        let _ = writeln!(w, "## Moved\n\n{}\n", moved.join(", "));
    }
    if !report.unanswered.is_empty() {
        let _ = writeln!(
            w,
            "## Not yet answered under {} {}\n\n{}\n",
            report.to.0,
            report.to.1,
            report
                .unanswered
                .iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    out
}

/// A comparison across editions: the migration's counts, then the comparison under
/// the later edition.
pub fn comparison_across_markdown(comparison: &CrossComparison<'_>) -> String {
    with_migration_note(
        comparison_markdown(&comparison.comparison()),
        comparison.migration(),
    )
}

/// A comparison's Markdown (`out`) with a note, after its opening lines, of the
/// migration that brought the earlier assessment to the later one's edition.
pub(crate) fn with_migration_note(mut out: String, report: &MigrationReport) -> String {
    let note = format!(
        "The earlier self-assessment answered {} {}; it was migrated to {} {} first: {}.\n\n",
        report.from.0,
        report.from.1,
        report.to.0,
        report.to.1,
        report.counts()
    );
    // After the title and the line that says what is compared.
    let at = out.find("\n\n").and_then(|first| {
        out[first + 2..]
            .find("\n\n")
            .map(|second| first + 2 + second + 2)
    });
    out.insert_str(at.unwrap_or(out.len()), &note);
    out
}
