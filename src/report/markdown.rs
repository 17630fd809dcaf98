//! Markdown: the matrix as a document; an assessment's progression and gaps; comparisons,
//! cohorts and peer learning.

use core::fmt::Write;

use crate::assessment::{Assessment, Status};
use crate::cohort::{Cohort, PeerGap};
use crate::compare::{Change, Comparison, CrossComparison, Movement};
use crate::edition::Edition;
use crate::gaps::{gaps, group, Target};
use crate::level::Level;
use crate::migration::{MigrationReport, Outcome};
use crate::model::{Criterion, Matrix};
use crate::progression::Evaluation;

use super::escape::clip;
use super::{attained_name, escape, PEER_NAME_CHARS, PEER_NOTE_CHARS};

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

/// The progression table of an evaluation: one row per sub-section with the level
/// attained, the next level, the share of the next level's applicable criteria met, and
/// met / applicable at each level.
pub fn progression_table<E: Edition>(evaluation: &Evaluation<E>) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "| Sub-section | Attained | Next | Progress to next | Developing | Maturing | Thriving |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|---|");
    for progress in evaluation.subsections() {
        let title = E::MATRIX
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
pub fn assessment_markdown<E: Edition>(
    assessment: &Assessment<E>,
    evaluation: &Evaluation<E>,
    target: Target,
) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# Self-assessment: {}\n", one_line(assessment.system()));
    let _ = write!(
        w,
        "Matrix edition {} {}",
        E::MATRIX.id(),
        E::MATRIX.version()
    );
    if let Some(date) = assessment.date() {
        let _ = write!(w, ", assessed {date}");
    }
    let _ = writeln!(
        w,
        ". {} of {} criteria answered.\n",
        assessment.response_count(),
        E::MATRIX.criterion_count()
    );
    let _ = writeln!(
        w,
        "This is a self-assessment to support discussion across the system, not a performance management, assurance or rating tool.\n"
    );
    let _ = writeln!(w, "## Attainment\n");
    let _ = writeln!(w, "| Domain | Attained |");
    let _ = writeln!(w, "|---|---|");
    for progress in evaluation.domains() {
        let title = E::MATRIX.domain(progress.id()).map_or("", |d| d.title());
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
    let grouped = group(gaps(assessment, target));
    if grouped.is_empty() {
        let _ = writeln!(w, "None: every sub-section has reached the target.");
    }
    for subsection in &grouped {
        let title = E::MATRIX
            .subsection(subsection.subsection)
            .map_or("", |s| s.title());
        let _ = writeln!(w, "### {} {}\n", subsection.subsection, title);
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

/// A comparison of two assessments of one system: the summary, domain and overall
/// attainment before and after, sub-sections whose level moved, and the criteria that
/// changed, grouped by kind of change.
pub fn comparison_markdown<E: Edition>(comparison: &Comparison<'_, E>) -> String {
    let mut out = String::new();
    let w = &mut out;
    let (before, after) = (comparison.before(), comparison.after());
    let dated = |a: &Assessment<E>| {
        a.date()
            .map_or_else(|| "undated".to_owned(), |d| d.to_string())
    };
    let _ = writeln!(w, "# Progress: {}\n", one_line(after.system()));
    let _ = writeln!(
        w,
        "From the self-assessment of {} to that of {}.\n",
        dated(before),
        dated(after)
    );
    let summary = comparison.summary();
    let _ = writeln!(w, "{}\n", one_line(&summary.to_string()));
    let _ = writeln!(w, "## Attainment\n");
    let _ = writeln!(w, "| Domain | Before | After |");
    let _ = writeln!(w, "|---|---|---|");
    for d in comparison.domains() {
        let title = E::MATRIX.domain(d.id).map_or("", |d| d.title());
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
        "| Sub-section | Before | After | Developing | Maturing | Thriving |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|");
    for s in comparison.subsections() {
        let id = s.after.id();
        let title = E::MATRIX.subsection(id).map_or("", |s| s.title());
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

pub(super) fn status_name(status: Option<Status>) -> &'static str {
    match status {
        None => "not assessed",
        Some(Status::Met) => "met",
        Some(Status::Partial) => "partial",
        Some(Status::NotMet) => "not met",
        Some(Status::NotApplicable) => "not applicable",
    }
}

/// How many criteria a cohort report lists as varying most.
const MOST_VARIED: usize = 10;

/// A cohort report: overall attainment, the distribution of attained levels per
/// sub-section, a heatmap table of each member's attained level per sub-section, and
/// where the members vary most.
pub fn cohort_markdown<E: Edition>(cohort: &Cohort<'_, E>) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# Cohort of {} self-assessments\n", cohort.len());
    for (i, member) in cohort.members().iter().enumerate() {
        let _ = writeln!(
            w,
            "{}. {} — overall: {}",
            i + 1,
            one_line(&member.label()),
            attained_name(member.evaluation.overall())
        );
    }
    let _ = writeln!(w);
    let _ = writeln!(w, "## Attained levels by sub-section\n");
    let _ = writeln!(
        w,
        "How many assessments stand at each level (the level attained, none when Developing is not complete).\n"
    );
    let _ = writeln!(
        w,
        "| Sub-section | none | Developing | Maturing | Thriving | spread |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|");
    for (id, d) in cohort.distributions() {
        let title = E::MATRIX.subsection(id).map_or("", |s| s.title());
        let _ = writeln!(
            w,
            "| {id} {} | {} | {} | {} | {} | {:.2} |",
            escape(title),
            d.none,
            d.developing,
            d.maturing,
            d.thriving,
            d.spread()
        );
    }
    let d = cohort.overall_distribution();
    let _ = writeln!(
        w,
        "| **Overall** | {} | {} | {} | {} | {:.2} |\n",
        d.none,
        d.developing,
        d.maturing,
        d.thriving,
        d.spread()
    );
    let _ = writeln!(w, "## Heatmap\n");
    let _ = writeln!(
        w,
        "The level each assessment has attained in each sub-section: · none, D Developing, M Maturing, T Thriving.\n"
    );
    let _ = write!(w, "| Sub-section |");
    for i in 1..=cohort.len() {
        let _ = write!(w, " {i} |");
    }
    let _ = writeln!(w);
    let _ = write!(w, "|---|");
    for _ in cohort.members() {
        let _ = write!(w, "---|");
    }
    let _ = writeln!(w);
    for id in E::MATRIX.subsections().map(|s| s.id()) {
        let _ = write!(w, "| {id} |");
        for member in cohort.members() {
            let attained = member.evaluation.subsection(id).and_then(|s| s.attained());
            let mark = attained.map_or("·", |l| match l {
                Level::Developing => "D",
                Level::Maturing => "M",
                Level::Thriving => "T",
            });
            let _ = write!(w, " {mark} |");
        }
        let _ = writeln!(w);
    }
    let _ = writeln!(w);
    let _ = writeln!(w, "## Where the assessments vary most\n");
    let subsections = cohort.most_varied_subsections(MOST_VARIED);
    if subsections.is_empty() {
        let _ = writeln!(
            w,
            "Every sub-section stands at the same level in every assessment.\n"
        );
    } else {
        let _ = writeln!(w, "Sub-sections, by spread of attained levels:\n");
        for (id, d) in &subsections {
            let title = E::MATRIX.subsection(*id).map_or("", |s| s.title());
            let _ = writeln!(
                w,
                "- {id} {title}: spread {:.2} (none {}, Developing {}, Maturing {}, Thriving {})",
                d.spread(),
                d.none,
                d.developing,
                d.maturing,
                d.thriving
            );
        }
        let _ = writeln!(w);
    }
    let criteria = cohort.most_varied_criteria(MOST_VARIED);
    if criteria.is_empty() {
        let _ = writeln!(
            w,
            "Every criterion is answered alike in every assessment.\n"
        );
    } else {
        let _ = writeln!(w, "Criteria met by some and not by others:\n");
        for s in &criteria {
            let lead = format!(
                "`{}` met by {} of {} for whom it applies:",
                s.criterion.id(),
                s.met,
                s.applicable()
            );
            item(w, &lead, s.criterion);
        }
        let _ = writeln!(w);
    }
    out
}

/// Peer learning for one system: each gap toward `target` (grouped by sub-section and
/// level) with the peers that have met it and their notes (at most
/// [`Cohort::PEERS_PER_GAP`](crate::Cohort::PEERS_PER_GAP) of them, then how many more;
/// names cut at [`PEER_NAME_CHARS`](super::PEER_NAME_CHARS) characters and notes at
/// [`PEER_NOTE_CHARS`](super::PEER_NOTE_CHARS)). Gaps no peer has met yet are counted,
/// not listed.
pub fn peer_learning_markdown<E: Edition>(
    assessment: &Assessment<E>,
    learning: &[PeerGap<'_>],
) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "## Peer learning for {}\n",
        one_line(assessment.system())
    );
    let with_peers: Vec<&PeerGap<'_>> = learning.iter().filter(|p| !p.peers.is_empty()).collect();
    let _ = writeln!(
        w,
        "{} of {} gaps toward the next levels have been met by at least one peer system, who may share how.\n",
        with_peers.len(),
        learning.len()
    );
    let mut heading = None;
    for entry in with_peers {
        let gap = &entry.gap;
        if heading != Some((gap.subsection(), gap.level())) {
            heading = Some((gap.subsection(), gap.level()));
            let title = E::MATRIX
                .subsection(gap.subsection())
                .map_or("", |s| s.title());
            let _ = writeln!(
                w,
                "### {} {} — {}\n",
                gap.subsection(),
                title,
                gap.level().name()
            );
        }
        let lead = format!(
            "`{}` ({})",
            gap.criterion.id(),
            gap.status.as_str().replace('_', " ")
        );
        item(w, &lead, gap.criterion);
        let _ = writeln!(w, "\n  Met by:\n");
        for peer in &entry.peers {
            let _ = write!(
                w,
                "  - **{}**",
                one_line(&clip(peer.system, PEER_NAME_CHARS))
            );
            if let Some(date) = peer.date {
                let _ = write!(w, " ({date})");
            }
            if let Some(note) = peer.note {
                let _ = write!(w, ": {}", one_line(&clip(note, PEER_NOTE_CHARS)));
            }
            let _ = writeln!(w);
        }
        if entry.more > 0 {
            let plural = if entry.more == 1 { "" } else { "s" };
            let _ = writeln!(w, "  - and {} more peer system{plural}", entry.more);
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
pub fn comparison_across_markdown<A: Edition, B: Edition>(
    comparison: &CrossComparison<'_, A, B>,
) -> String {
    let report = comparison.migration();
    let mut out = comparison_markdown(&comparison.comparison());
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

/// A list item for a criterion: `- {lead} {text}`, its points as nested items and any
/// closing text as a paragraph within the item.
pub(super) fn item(w: &mut String, lead: &str, criterion: &Criterion) {
    let _ = writeln!(w, "- {lead} {}", criterion.text());
    for point in criterion.points() {
        let _ = writeln!(w, "  - {point}");
    }
    if let Some(closing) = criterion.closing() {
        let _ = writeln!(w, "\n  {closing}");
    }
}

/// Text from input on one line (white space folded), with Markdown markup escaped.
pub(super) fn one_line(text: &str) -> String {
    super::escape::markdown(text)
}
