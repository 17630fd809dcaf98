//! A comparison of two assessments of one system in HTML.

use maud::{html, Markup};

use crate::compare::{Comparison, Movement};

use super::super::content::comparison::{dated, ComparisonReport, NO_CHANGE};
use super::super::svg::comparison_svg_with_id;
use super::page::{criterion, figure, heading, page, sentence, with_dates, Report};

/// The change of a sub-section's level in shape and words.
fn movement(movement: Movement) -> &'static str {
    match movement {
        Movement::Up => "▲ up",
        Movement::Down => "▼ down",
        Movement::Same => "= same",
    }
}

/// How many sub-sections moved up and down, in one sentence.
fn moved_sentence(report: &ComparisonReport) -> String {
    let moved = |way| {
        report
            .subsections
            .iter()
            .filter(|s| s.level.movement == way)
            .count()
    };
    format!(
        "{} moved up a level or more, {} down.",
        super::super::headline::count(moved(Movement::Up), "sub-section", "sub-sections"),
        moved(Movement::Down)
    )
}

/// A comparison as one HTML document: what changed in words (overall, each domain),
/// the picture, the sub-sections' levels and coverage before and after, then the
/// criteria that changed, by kind of change.
pub fn comparison(comparison: &Comparison<'_>) -> Report {
    let report = ComparisonReport::new(comparison);
    page(
        &report.title.plain(),
        html! {
            p.meta { (sentence(&report.about)) }
            p.meta { (super::super::NOT_A_RATING) }
            section.part {
                (summary_of(comparison, &report, 2, "comparison"))
                (subsection_table(&report))
            }
            section.part { (criteria(&report, 2)) }
        },
    )
}

/// What changed, for a board: the headline and the picture, under a heading at `level`;
/// `id` prefixes the picture's IDs.
pub(super) fn changes_summary(comparison: &Comparison<'_>, level: u8, id: &str) -> Markup {
    summary_of(comparison, &ComparisonReport::new(comparison), level, id)
}

/// What changed, from the comparison's report: the headline and the picture.
fn summary_of(
    comparison: &Comparison<'_>,
    report: &ComparisonReport,
    level: u8,
    id: &str,
) -> Markup {
    let (b, a) = report.overall;
    html! {
        (heading(level, html! {
            "What changed since " (dated(comparison.before()))
        }))
        div.headline {
            p.lead {
                @if b == a {
                    "Overall: " (a) " at both dates."
                } @else {
                    "Overall: " (b) " then " (a) "."
                }
            }
            table {
                caption { "Level attained by each domain" }
                thead { tr { th scope="col" { "Domain" } th scope="col" { "Before" } th scope="col" { "After" } } }
                tbody {
                    @for d in &report.domains {
                        tr {
                            th scope="row" { (d.name) }
                            td { (d.before) }
                            td { (d.after) " " (movement(d.movement)) }
                        }
                    }
                }
            }
            p { (moved_sentence(report)) }
        }
        p { (with_dates(&report.summary)) }
        (heading(level + 1, html! { "Sub-sections before and after" }))
        (figure(
            &comparison_svg_with_id(comparison, id),
            "Each row: the level attained before and after, the change (▲ up, ▼ down, = same), and met / applicable criteria at each level before → after.",
        ))
    }
}

/// The sub-sections' levels and coverage before and after, as a table.
fn subsection_table(report: &ComparisonReport) -> Markup {
    html! {
        table.subsections.keep {
            thead {
                tr {
                    th scope="col" { "Sub-section" }
                    th scope="col" { "Before" }
                    th scope="col" { "After" }
                    th scope="col" { "Change" }
                    @for l in crate::level::Level::ALL { th scope="col" { (l.name()) " (met / applicable, before → after)" } }
                }
            }
            tbody {
                @for s in &report.subsections {
                    tr {
                        th scope="row" { (s.level.name) }
                        td { (s.level.before) }
                        td { (s.level.after) }
                        td { (movement(s.level.movement)) }
                        @for cell in &s.coverage { td.num { (cell) } }
                    }
                }
            }
        }
    }
}

/// The criteria that changed, by kind of change, under headings at `level`.
fn criteria(report: &ComparisonReport, level: u8) -> Markup {
    html! {
        (heading(level, html! { "Criteria that changed" }))
        @for group in &report.changes {
            (heading(level + 1, html! { (group.heading) " (" (group.criteria.len()) " criteria)" }))
            @if group.criteria.is_empty() {
                p { (NO_CHANGE) }
            } @else {
                ul.criteria {
                    @for c in &group.criteria {
                        (criterion(
                            html! {
                                em { (c.theme) }
                                " (" (c.before) " → " (c.after) ")"
                            },
                            c.criterion,
                            html! {},
                        ))
                    }
                }
            }
        }
    }
}
