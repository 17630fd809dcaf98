//! One self-assessment in Markdown: attainment, the progression table and the gaps.

use core::fmt::Write;

use crate::gaps::{gaps, group, Target};
use crate::level::Level;
use crate::progression::Evaluation;

use super::super::headline::{nearest, nearest_sentence};
use super::super::{attained_name, escape};
use super::{item, one_line};

/// The progression table of an evaluation: one row per sub-section with the level
/// attained, the next level, the share of the next level's applicable criteria met, and
/// met / applicable at each level.
pub fn progression_table(evaluation: &Evaluation) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "| Sub-section | Attained | Next | Progress to next | Developing | Maturing | Thriving |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|---|");
    for progress in evaluation.subsections() {
        let title = evaluation
            .assessment()
            .matrix()
            .subsection(progress.id())
            .map_or("", |s| s.title());
        let _ = write!(
            w,
            "| {} {} | {} | {} |",
            progress.id(),
            escape(title),
            attained_name(progress.attained()),
            progress.next().map_or("—", Level::name),
        );
        match progress.next() {
            Some(next) => {
                let c = progress.coverage(next);
                let _ = write!(w, " {:.0}% |", 100.0 * c.ratio());
            }
            None => {
                let _ = write!(w, " — |");
            }
        }
        for coverage in progress.coverages() {
            let _ = write!(w, " {}/{} |", coverage.met, coverage.applicable);
        }
        let _ = writeln!(w);
    }
    out
}

/// A whole self-assessment report: attainment by domain and overall, the progression
/// table, and the gap list toward `target`, grouped by sub-section, level and theme.
pub fn assessment_markdown(evaluation: &Evaluation<'_>, target: Target) -> String {
    let assessment = evaluation.assessment();
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# Self-assessment: {}\n", one_line(assessment.system()));
    let _ = write!(
        w,
        "Matrix edition {} {}",
        assessment.matrix().id(),
        assessment.matrix().version()
    );
    if let Some(date) = assessment.date() {
        let _ = write!(w, ", assessed {date}");
    }
    let _ = writeln!(
        w,
        ". {} of {} criteria answered.\n",
        assessment.response_count(),
        assessment.matrix().criterion_count()
    );
    let _ = writeln!(w, "{}\n", super::super::NOT_A_RATING);
    let _ = writeln!(w, "## Attainment\n");
    let _ = writeln!(w, "| Domain | Attained |");
    let _ = writeln!(w, "|---|---|");
    for progress in evaluation.domains() {
        let title = assessment
            .matrix()
            .domain(progress.id())
            .map_or("", |d| d.title());
        let _ = writeln!(
            w,
            "| {} {} | {} |",
            progress.id(),
            escape(title),
            attained_name(progress.attained())
        );
    }
    let _ = writeln!(
        w,
        "| **Overall** | **{}** |\n",
        attained_name(evaluation.overall())
    );
    let _ = writeln!(w, "{}\n", nearest_sentence(&nearest(evaluation)));
    let _ = writeln!(w, "## Progression by sub-section\n");
    let _ = writeln!(
        w,
        "Attained: the highest level whose applicable criteria, and those of every level below, are all met. Progress to next: the share of the next level's applicable criteria met. Developing, Maturing, Thriving: met / applicable criteria at that level.\n"
    );
    let _ = writeln!(w, "{}", progression_table(evaluation));
    let heading = match target {
        Target::Next => "## Gaps toward each sub-section's next level".to_owned(),
        Target::Level(level) => format!("## Gaps toward {}", level.name()),
    };
    let _ = writeln!(w, "{heading}\n");
    let grouped = group(gaps(assessment, target));
    if grouped.is_empty() {
        let _ = writeln!(w, "None: every sub-section has reached the target.");
    }
    for subsection in &grouped {
        let title = assessment
            .matrix()
            .subsection(subsection.id())
            .map_or("", |s| s.title());
        let _ = writeln!(w, "### {} {}\n", subsection.id(), title);
        for level in &subsection.levels {
            let _ = writeln!(w, "#### {}\n", level.level.name());
            for theme in &level.themes {
                let _ = writeln!(w, "*{}*\n", theme.theme.name());
                for gap in &theme.gaps {
                    let lead = format!(
                        "`{}` ({})",
                        gap.criterion.id(),
                        gap.status.as_str().replace('_', " ")
                    );
                    item(w, &lead, gap.criterion);
                    if let Some(note) = assessment.note(gap.criterion.id()) {
                        let _ = writeln!(w, "\n  *Note:* {}\n", one_line(note));
                    }
                }
                let _ = writeln!(w);
            }
        }
    }
    out
}
