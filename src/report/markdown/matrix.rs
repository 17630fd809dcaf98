//! The matrix as a readable Markdown document.

use core::fmt::Write;

use crate::level::Level;
use crate::model::Matrix;

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
                            let _ = writeln!(w, "\n  {closing}");
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
