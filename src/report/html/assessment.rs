//! One self-assessment in HTML: where the system stands, the heatmap, the progression
//! table and the gaps grouped by theme with the system's notes.

use maud::{html, Markup};

use crate::assessment::Assessment;
use crate::gaps::{gaps, group, Target};
use crate::level::Level;
use crate::progression::Evaluation;

use super::super::attained_name;
use super::super::headline::{nearest, nearest_sentence};
use super::super::svg::assessment_heatmap_svg_with_id;
use super::page::{criterion, figure, heading, note, page, percent, Report};

/// A whole self-assessment report as one HTML document: the headline in words (overall,
/// each domain, the sub-sections nearest their next level), the heatmap, the
/// progression table, then the gaps toward `target` grouped by sub-section, level and
/// theme with the system's notes.
pub fn assessment(evaluation: &Evaluation<'_>, target: Target) -> Report {
    let assessment = evaluation.assessment();
    let title = format!("Self-assessment: {}", assessment.system());
    page(
        &title,
        html! {
            (about(assessment))
            section.part { (standing(evaluation, 2, "evaluation")) }
            section.part { (gap_list(assessment, target, 2)) }
        },
    )
}

/// The edition, date and answers of an assessment, and what the tool is not.
pub(super) fn about(assessment: &Assessment) -> Markup {
    html! {
        p.meta {
            "Matrix edition " (assessment.matrix().id()) " " (assessment.matrix().version())
            @if let Some(date) = assessment.date() { ", assessed " span.date { (date.to_string()) } }
            ". " (assessment.response_count()) " of " (assessment.matrix().criterion_count())
            " criteria answered."
        }
        p.meta {
            (super::super::NOT_A_RATING)
        }
    }
}

/// The headline in words: overall, each domain, the nearest sub-sections.
pub(super) fn headline(evaluation: &Evaluation) -> Markup {
    html! {
        div.headline {
            p.lead { "Overall: " (attained_name(evaluation.overall())) "." }
            ul {
                @for d in evaluation.domains() {
                    li {
                        "Domain " (d.id().to_string()) " "
                        (evaluation.assessment().matrix().domain(d.id()).map_or("", |d| d.title()))
                        ": " strong { (attained_name(d.attained())) }
                    }
                }
            }
            p { (nearest_sentence(&nearest(evaluation))) }
            p.explain {
                "A level is attained when its applicable criteria, and those of every level below, are all met; a domain stands at the lowest level of its sub-sections, the system at the lowest of all."
            }
        }
    }
}

/// Where the system stands: the headline, the heatmap and the progression table, under
/// a heading at `level`; `id` prefixes the picture's IDs.
pub(super) fn standing(evaluation: &Evaluation<'_>, level: u8, id: &str) -> Markup {
    let _assessment = evaluation.assessment();
    html! {
        (heading(level, html! { "Where the system stands" }))
        (headline(evaluation))
        (heading(level + 1, html! { "Sub-sections by level" }))
        (figure(
            &assessment_heatmap_svg_with_id(evaluation, id),
            "Each cell: met / applicable criteria of one level of one sub-section; a ticked, framed cell is a level attained.",
        ))
        (heading(level + 1, html! { "Progression by sub-section" }))
        (progression_table(evaluation))
    }
}

/// The progression table: a row per sub-section.
pub(super) fn progression_table(evaluation: &Evaluation) -> Markup {
    html! {
        p.explain {
            "Attained: the highest level whose applicable criteria, and those of every level below, are all met. Progress to next: the share of the next level's applicable criteria met. Developing, Maturing, Thriving: met / applicable criteria at that level."
        }
        table.progression.keep {
            thead {
                tr {
                    th scope="col" { "Sub-section" }
                    th scope="col" { "Attained" }
                    th scope="col" { "Next" }
                    th scope="col" { "Progress to next (share of its criteria met)" }
                    @for l in Level::ALL { th scope="col" { (l.name()) " (met / applicable)" } }
                }
            }
            tbody {
                @for p in evaluation.subsections() {
                    tr {
                        th scope="row" {
                            (p.id().to_string()) " "
                            (evaluation.assessment().matrix().subsection(p.id()).map_or("", |s| s.title()))
                        }
                        td { (attained_name(p.attained())) }
                        td { (p.next().map_or("—", Level::name)) }
                        td.num { (percent(p.progress_to_next())) }
                        @for c in p.coverages() {
                            td.num { (c.met) "/" (c.applicable) }
                        }
                    }
                }
            }
        }
    }
}

/// The gaps toward `target`, grouped by sub-section, level and theme, with notes.
pub(super) fn gap_list(assessment: &Assessment, target: Target, level: u8) -> Markup {
    let grouped = group(gaps(assessment, target));
    let title = match target {
        Target::Next => "Gaps toward each sub-section's next level".to_owned(),
        Target::Level(l) => format!("Gaps toward {}", l.name()),
    };
    let count: usize = grouped
        .iter()
        .flat_map(|s| &s.levels)
        .flat_map(|l| &l.themes)
        .map(|t| t.gaps.len())
        .sum();
    html! {
        (heading(level, html! { (title) }))
        @if grouped.is_empty() {
            p { "None: every sub-section has reached the target." }
        } @else {
            p.explain {
                (count) " criteria not yet met, by sub-section, level and theme, each with its status (partial, not met or not assessed) and the system's note."
            }
        }
        @for s in &grouped {
            (heading(level + 1, html! {
                (s.id().to_string()) " "
                (assessment.matrix().subsection(s.id()).map_or("", |s| s.title()))
            }))
            @for l in &s.levels {
                (heading(level + 2, html! { (l.level.name()) }))
                @for t in &l.themes {
                    (heading(level + 3, html! { (t.theme.name()) }))
                    ul.criteria {
                        @for gap in &t.gaps {
                            (criterion(
                                html! { "(" (gap.status.as_str().replace('_', " ")) ")" },
                                gap.criterion,
                                html! {
                                    @if let Some(text) = assessment.note(gap.criterion.id()) {
                                        (note("Note", text))
                                    }
                                },
                            ))
                        }
                    }
                }
            }
        }
    }
}
