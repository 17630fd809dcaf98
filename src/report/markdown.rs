//! Markdown: the matrix as a document, and an assessment's progression and gaps.

use core::fmt::Write;

use crate::{gaps_with, group, Assessment, Evaluation, Level, Matrix, Target, MATRIX};

use super::{attained_name, escape};

/// The matrix as a readable Markdown document: levels, high level themes, then every
/// domain and sub-section with its headlines, themes, criteria and references.
pub fn matrix_markdown(matrix: &Matrix) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# {}\n", matrix.title());
    let _ = writeln!(
        w,
        "Matrix `{}`, edition {}.\n",
        matrix.id(),
        matrix.version()
    );
    let _ = writeln!(w, "## Levels\n");
    for info in matrix.levels() {
        let _ = writeln!(w, "- **{}** — {}", info.name(), info.description());
    }
    let _ = writeln!(w, "\n## High level themes\n");
    for theme in matrix.high_level_themes() {
        let _ = writeln!(w, "### {}\n", theme.name());
        for statement in theme.statements() {
            let _ = writeln!(w, "- {statement}");
        }
        let _ = writeln!(w);
    }
    for domain in matrix.domains() {
        let _ = writeln!(w, "## {} {}\n", domain.id(), domain.title());
        let _ = writeln!(w, "{}\n", domain.partners());
        for level in Level::ALL {
            let _ = writeln!(w, "### {} overview\n", matrix.level(level).name());
            for paragraph in domain.overview(level) {
                let _ = writeln!(w, "{paragraph}\n");
            }
        }
        for subsection in domain.subsections() {
            let _ = writeln!(w, "### {} {}\n", subsection.id(), subsection.title());
            for content in subsection.levels() {
                let _ = writeln!(w, "#### {}\n", matrix.level(content.level()).name());
                let _ = writeln!(w, "> {}\n", content.headline());
                for theme in content.themes() {
                    let _ = writeln!(w, "**{}**\n", theme.name());
                    if let Some(intro) = theme.intro() {
                        let _ = writeln!(w, "{intro}\n");
                    }
                    for criterion in theme.criteria() {
                        let _ = writeln!(w, "- `{}` {}", criterion.id(), criterion.text());
                        for point in criterion.points() {
                            let _ = writeln!(w, "  - {point}");
                        }
                        if let Some(closing) = criterion.closing() {
                            let _ = writeln!(w, "\n  {closing}\n");
                        }
                    }
                    let _ = writeln!(w);
                }
            }
            if !subsection.references().is_empty() {
                let _ = writeln!(w, "References:\n");
                for reference in subsection.references() {
                    let _ = writeln!(w, "- {reference}");
                }
                let _ = writeln!(w);
            }
        }
    }
    out
}

/// The progression table of an evaluation: one row per sub-section with the level
/// attained, the next level, and met / applicable at each level.
pub fn progression_table(evaluation: &Evaluation) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "| Sub-section | Attained | Next | Developing | Maturing | Thriving |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|");
    for progress in evaluation.subsections() {
        let title = MATRIX.subsection(progress.id()).map_or("", |s| s.title());
        let _ = write!(
            w,
            "| {} {} | {} | {} |",
            progress.id(),
            escape(title),
            attained_name(progress.attained()),
            progress.next().map_or("—", Level::name),
        );
        for coverage in progress.coverages() {
            let _ = write!(w, " {}/{} |", coverage.met, coverage.applicable);
        }
        let _ = writeln!(w);
    }
    out
}

/// A whole self-assessment report: attainment by domain and overall, the progression
/// table, and the gap list toward `target`, grouped by sub-section, level and theme.
pub fn assessment_markdown(
    assessment: &Assessment,
    evaluation: &Evaluation,
    target: Target,
) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# Self-assessment: {}\n", assessment.system());
    let _ = write!(w, "Matrix edition {}", MATRIX.version());
    if let Some(date) = assessment.date() {
        let _ = write!(w, ", assessed {date}");
    }
    let _ = writeln!(
        w,
        ". {} of {} criteria answered.\n",
        assessment.response_count(),
        MATRIX.criterion_count()
    );
    let _ = writeln!(
        w,
        "This is a self-assessment to support discussion across the system, not a performance management, assurance or rating tool.\n"
    );
    let _ = writeln!(w, "## Attainment\n");
    let _ = writeln!(w, "| Domain | Attained |");
    let _ = writeln!(w, "|---|---|");
    for progress in evaluation.domains() {
        let title = MATRIX.domain(progress.id()).map_or("", |d| d.title());
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
    let _ = writeln!(w, "## Progression by sub-section\n");
    let _ = writeln!(w, "Met / applicable criteria at each level.\n");
    let _ = writeln!(w, "{}", progression_table(evaluation));
    let heading = match target {
        Target::Next => "## Gaps toward each sub-section's next level".to_owned(),
        Target::Level(level) => format!("## Gaps toward {}", level.name()),
    };
    let _ = writeln!(w, "{heading}\n");
    let grouped = group(gaps_with(assessment, evaluation, target));
    if grouped.is_empty() {
        let _ = writeln!(w, "None: every sub-section has reached the target.");
    }
    for subsection in &grouped {
        let title = MATRIX
            .subsection(subsection.subsection)
            .map_or("", |s| s.title());
        let _ = writeln!(w, "### {} {}\n", subsection.subsection, title);
        for level in &subsection.levels {
            let _ = writeln!(w, "#### {}\n", level.level.name());
            for theme in &level.themes {
                let _ = writeln!(w, "*{}*\n", theme.theme.name());
                for gap in &theme.gaps {
                    let _ = write!(
                        w,
                        "- `{}` ({}) {}",
                        gap.criterion.id(),
                        gap.status.as_str().replace('_', " "),
                        gap.criterion.text()
                    );
                    if let Some(note) = assessment.note(gap.criterion.id()) {
                        let _ = write!(
                            w,
                            " — note: {}",
                            note.split_whitespace().collect::<Vec<_>>().join(" ")
                        );
                    }
                    let _ = writeln!(w);
                }
                let _ = writeln!(w);
            }
        }
    }
    out
}
