//! One self-assessment in HTML: where the system stands, the heatmap, the progression
//! table and the gaps grouped by theme with the system's notes.

use maud::{html, Markup};

use crate::assessment::Assessment;
use crate::gaps::Target;
use crate::progression::Evaluation;

use super::super::content::assessment::{
    self as content, AssessmentReport, Gaps, Headline, PROGRESSION_EXPLAINED,
};
use super::super::content::{Run, Table};
use super::super::svg::assessment_heatmap_svg_with_id;
use super::page::{criterion, figure, heading, note, page, sentence, Report};

/// A whole self-assessment report as one HTML document: the headline in words (overall,
/// each domain, the sub-sections nearest their next level), the heatmap, the
/// progression table, then the gaps toward `target` grouped by sub-section, level and
/// theme with the system's notes.
pub fn assessment(evaluation: &Evaluation<'_>, target: Target) -> Report {
    let report = AssessmentReport::new(evaluation, target);
    page(
        &report.title.plain(),
        html! {
            (about_sentence(&report.about))
            section.part {
                (standing_of(evaluation, &report.headline, &report.progression, 2, "evaluation"))
            }
            section.part { (gap_list(&report.gaps, 2)) }
        },
    )
}

/// The edition, date and answers of an assessment, and what the tool is not.
pub(super) fn about(assessment: &Assessment) -> Markup {
    about_sentence(&content::about(assessment))
}

/// The edition, date and answers, and what the tool is not.
fn about_sentence(about: &[Run]) -> Markup {
    html! {
        p.meta { (sentence(about)) }
        p.meta {
            (super::super::NOT_A_RATING)
        }
    }
}

/// The headline in words: overall, each domain, the nearest sub-sections.
fn headline(headline: &Headline) -> Markup {
    html! {
        div.headline {
            p.lead { "Overall: " (headline.overall) "." }
            ul {
                @for (domain, attained) in &headline.domains {
                    li { "Domain " (domain) ": " strong { (attained) } }
                }
            }
            p { (headline.nearest) }
            p.explain {
                "A level is attained when its applicable criteria, and those of every level below, are all met; a domain stands at the lowest level of its sub-sections, the system at the lowest of all."
            }
        }
    }
}

/// Where the system stands: the headline, the heatmap and the progression table, under
/// a heading at `level`; `id` prefixes the picture's IDs.
pub(super) fn standing(evaluation: &Evaluation<'_>, level: u8, id: &str) -> Markup {
    standing_of(
        evaluation,
        &content::headline(evaluation),
        &content::progression(evaluation),
        level,
        id,
    )
}

/// Where the system stands, from its headline and progression table.
fn standing_of(
    evaluation: &Evaluation<'_>,
    words: &Headline,
    progression: &Table,
    level: u8,
    id: &str,
) -> Markup {
    html! {
        (heading(level, html! { "Where the system stands" }))
        (headline(words))
        (heading(level + 1, html! { "Sub-sections by level" }))
        (figure(
            &assessment_heatmap_svg_with_id(evaluation, id),
            "Each cell: met / applicable criteria of one level of one sub-section; a ticked, framed cell is a level attained.",
        ))
        (heading(level + 1, html! { "Progression by sub-section" }))
        p.explain { (PROGRESSION_EXPLAINED) }
        (super::page::table("progression keep", progression, None))
    }
}

/// The gaps toward the target, grouped by sub-section, level and theme, with notes.
fn gap_list(gaps: &Gaps<'_>, level: u8) -> Markup {
    html! {
        (heading(level, html! { (gaps.heading) }))
        @if let Some(none) = gaps.none {
            p { (none) }
        } @else {
            p.explain {
                (gaps.count()) " criteria not yet met, by sub-section, level and theme, each with its status (partial, not met or not assessed) and the system's note."
            }
        }
        @for s in &gaps.subsections {
            (heading(level + 1, html! { (s.name) }))
            @for (name, themes) in &s.levels {
                (heading(level + 2, html! { (name) }))
                @for t in themes {
                    (heading(level + 3, html! { (t.theme) }))
                    ul.criteria {
                        @for gap in &t.gaps {
                            (criterion(
                                html! { "(" (gap.status) ")" },
                                gap.criterion,
                                html! {
                                    @if let Some(text) = gap.note {
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
