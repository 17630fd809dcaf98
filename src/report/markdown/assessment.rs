//! One self-assessment in Markdown: attainment, the progression table and the gaps.

use core::fmt::Write;

use crate::gaps::Target;
use crate::progression::Evaluation;

use super::super::content::assessment::{progression, AssessmentReport, PROGRESSION_EXPLAINED};
use super::{item, one_line, sentence, table};

/// The progression table of an evaluation: one row per sub-section with the level
/// attained, the next level, the share of the next level's applicable criteria met, and
/// met / applicable at each level.
pub fn progression_table(evaluation: &Evaluation) -> String {
    let mut out = String::new();
    table(&mut out, &progression(evaluation));
    out
}

/// A whole self-assessment report: attainment by domain and overall, the progression
/// table, and the gap list toward `target`, grouped by sub-section, level and theme.
pub fn assessment_markdown(evaluation: &Evaluation<'_>, target: Target) -> String {
    let report = AssessmentReport::new(evaluation, target);
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
    let _ = writeln!(w, "## Attainment\n");
    let _ = writeln!(w, "| Domain | Attained |");
    let _ = writeln!(w, "|---|---|");
    for (domain, attained) in &report.headline.domains {
        let _ = writeln!(w, "| {} | {attained} |", super::super::escape(domain));
    }
    let _ = writeln!(w, "| **Overall** | **{}** |\n", report.headline.overall);
    let _ = writeln!(w, "{}\n", report.headline.nearest);
    let _ = writeln!(w, "## Progression by sub-section\n");
    let _ = writeln!(w, "{PROGRESSION_EXPLAINED}\n");
    table(w, &report.progression);
    let _ = writeln!(w);
    let gaps = &report.gaps;
    let _ = writeln!(w, "## {}\n", gaps.heading);
    if let Some(none) = gaps.none {
        let _ = writeln!(w, "{none}");
    }
    for subsection in &gaps.subsections {
        let _ = writeln!(w, "### {}\n", subsection.name);
        for (level, themes) in &subsection.levels {
            let _ = writeln!(w, "#### {level}\n");
            for theme in themes {
                let _ = writeln!(w, "*{}*\n", theme.theme);
                for gap in &theme.gaps {
                    let lead = format!("`{}` ({})", gap.criterion.id(), gap.status);
                    item(w, &lead, gap.criterion);
                    if let Some(note) = gap.note {
                        let _ = writeln!(w, "\n  *Note:* {}\n", one_line(note));
                    }
                }
                let _ = writeln!(w);
            }
        }
    }
    out
}
