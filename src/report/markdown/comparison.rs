//! Comparisons in Markdown: two assessments of one system, within an edition or across
//! two (with the migration's report).

use core::fmt::Write;

use crate::assessment::Assessment;
use crate::compare::{Change, Comparison, CrossComparison, Movement};
use crate::level::Level;
use crate::migration::{MigrationReport, Outcome};

use super::super::{attained_name, escape};
use super::{item, one_line, status_name};

/// A comparison of two assessments of one system: the summary, domain and overall
/// attainment before and after, sub-sections whose level moved, and the criteria that
/// changed, grouped by kind of change.
pub fn comparison_markdown(comparison: &Comparison<'_>) -> String {
    let mut out = String::new();
    let w = &mut out;
    let (before, after) = (comparison.before(), comparison.after());
    let dated = |a: &Assessment| {
        a.date()
            .map_or_else(|| "undated".to_owned(), |d| d.to_string())
    };
    let _ = writeln!(w, "# Progress: {}\n", one_line(after.system()));
    let _ = writeln!(
        w,
        "Matrix edition {} {}. From the self-assessment of {} to that of {}.\n",
        comparison.after().matrix().id(),
        comparison.after().matrix().version(),
        dated(before),
        dated(after)
    );
    let _ = writeln!(w, "{}\n", super::super::NOT_A_RATING);
    let summary = comparison.summary();
    let _ = writeln!(w, "{}\n", one_line(&summary.to_string()));
    let _ = writeln!(w, "## Attainment\n");
    let _ = writeln!(w, "| Domain | Before | After |");
    let _ = writeln!(w, "|---|---|---|");
    for d in comparison.domains() {
        let title = comparison
            .after()
            .matrix()
            .domain(d.id)
            .map_or("", |d| d.title());
        let _ = writeln!(
            w,
            "| {} {} | {} | {} |",
            d.id,
            escape(title),
            attained_name(d.before),
            attained_name(d.after)
        );
    }
    let (b, a) = comparison.overall();
    let _ = writeln!(
        w,
        "| **Overall** | **{}** | **{}** |\n",
        attained_name(b),
        attained_name(a)
    );
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
    for s in comparison.subsections() {
        let id = s.after.id();
        let title = comparison
            .after()
            .matrix()
            .subsection(id)
            .map_or("", |s| s.title());
        let marker = match s.movement() {
            Movement::Up => " ▲",
            Movement::Down => " ▼",
            Movement::Same => "",
        };
        let _ = write!(
            w,
            "| {id} {} | {} | {}{marker} |",
            escape(title),
            attained_name(s.before.attained()),
            attained_name(s.after.attained()),
        );
        for level in Level::ALL {
            let (x, y) = (s.before.coverage(level), s.after.coverage(level));
            let _ = write!(
                w,
                " {}/{} → {}/{} |",
                x.met, x.applicable, y.met, y.applicable
            );
        }
        let _ = writeln!(w);
    }
    let _ = writeln!(w);
    for (change, heading) in [
        (Change::NewlyMet, "Newly met"),
        (
            Change::Regressed,
            "Regressed (met before, not in place now)",
        ),
        (Change::StillOpen, "Still open, with a changed status"),
    ] {
        let items: Vec<_> = comparison
            .changes(change)
            .filter(|c| change != Change::StillOpen || c.status_changed())
            .collect();
        let _ = writeln!(w, "## {heading} ({})\n", items.len());
        if items.is_empty() {
            let _ = writeln!(w, "None.\n");
            continue;
        }
        for c in &items {
            let lead = format!(
                "`{}` *{}* ({} → {})",
                c.criterion.id(),
                c.theme.name(),
                status_name(c.before),
                status_name(c.after)
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
