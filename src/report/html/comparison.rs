//! A comparison of two assessments of one system in HTML.

use maud::{html, Markup};

use crate::assessment::Assessment;
use crate::compare::{Change, Comparison, Movement};
use crate::level::Level;

use super::super::attained_name;
use super::super::markdown::status_name;
use super::super::svg::comparison_svg_with_id;
use super::page::{criterion, figure, heading, page, with_dates, Report};

fn dated(a: &Assessment) -> String {
    a.date()
        .map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

/// The change of a sub-section's level in shape and words.
fn movement(movement: Movement) -> &'static str {
    match movement {
        Movement::Up => "▲ up",
        Movement::Down => "▼ down",
        Movement::Same => "= same",
    }
}

/// How many sub-sections moved up and down, in one sentence.
fn moved_sentence(comparison: &Comparison<'_>) -> String {
    let summary = comparison.summary();
    let up = summary.subsections(Movement::Up).count();
    let down = summary.subsections(Movement::Down).count();
    format!(
        "{} moved up a level or more, {down} down.",
        super::super::headline::count(up, "sub-section", "sub-sections")
    )
}

/// A comparison as one HTML document: what changed in words (overall, each domain),
/// the picture, the sub-sections' levels and coverage before and after, then the
/// criteria that changed, by kind of change.
pub fn comparison(comparison: &Comparison<'_>) -> Report {
    let title = format!("Progress: {}", comparison.after().system());
    page(
        &title,
        html! {
            p.meta {
                "Matrix edition " (comparison.after().matrix().id()) " " (comparison.after().matrix().version())
                ". From the self-assessment of " span.date { (dated(comparison.before())) }
                " to that of " span.date { (dated(comparison.after())) } "."
            }
            p.meta { (super::super::NOT_A_RATING) }
            section.part { (changes(comparison, 2, "comparison")) }
            section.part { (criteria(comparison, 2)) }
        },
    )
}

/// What changed: the headline, the picture and the sub-sections table, under a heading
/// at `level`; `id` prefixes the picture's IDs.
pub(super) fn changes(comparison: &Comparison<'_>, level: u8, id: &str) -> Markup {
    html! {
        (changes_summary(comparison, level, id))
        (subsection_table(comparison))
    }
}

/// What changed, for a board: the headline and the picture, under a heading at `level`;
/// `id` prefixes the picture's IDs.
pub(super) fn changes_summary(comparison: &Comparison<'_>, level: u8, id: &str) -> Markup {
    let (b, a) = comparison.overall();
    html! {
        (heading(level, html! {
            "What changed since " (dated(comparison.before()))
        }))
        div.headline {
            p.lead {
                @if b == a {
                    "Overall: " (attained_name(a)) " at both dates."
                } @else {
                    "Overall: " (attained_name(b)) " then " (attained_name(a)) "."
                }
            }
            table {
                caption { "Level attained by each domain" }
                thead { tr { th scope="col" { "Domain" } th scope="col" { "Before" } th scope="col" { "After" } } }
                tbody {
                    @for d in comparison.domains() {
                        tr {
                            th scope="row" {
                                (d.id.to_string()) " " (comparison.after().matrix().domain(d.id).map_or("", |d| d.title()))
                            }
                            td { (attained_name(d.before)) }
                            td { (attained_name(d.after)) " " (movement(d.movement())) }
                        }
                    }
                }
            }
            p { (moved_sentence(comparison)) }
        }
        p { (with_dates(&comparison.summary().to_string())) }
        (heading(level + 1, html! { "Sub-sections before and after" }))
        (figure(
            &comparison_svg_with_id(comparison, id),
            "Each row: the level attained before and after, the change (▲ up, ▼ down, = same), and met / applicable criteria at each level before → after.",
        ))
    }
}

/// The sub-sections' levels and coverage before and after, as a table.
fn subsection_table(comparison: &Comparison<'_>) -> Markup {
    html! {
        table.subsections.keep {
            thead {
                tr {
                    th scope="col" { "Sub-section" }
                    th scope="col" { "Before" }
                    th scope="col" { "After" }
                    th scope="col" { "Change" }
                    @for l in Level::ALL { th scope="col" { (l.name()) " (met / applicable, before → after)" } }
                }
            }
            tbody {
                @for s in comparison.subsections() {
                    tr {
                        th scope="row" {
                            (s.after.id().to_string()) " "
                            (comparison.after().matrix().subsection(s.after.id()).map_or("", |s| s.title()))
                        }
                        td { (attained_name(s.before.attained())) }
                        td { (attained_name(s.after.attained())) }
                        td { (movement(s.movement())) }
                        @for l in Level::ALL {
                            @let (x, y) = (s.before.coverage(l), s.after.coverage(l));
                            td.num { (x.met) "/" (x.applicable) " → " (y.met) "/" (y.applicable) }
                        }
                    }
                }
            }
        }
    }
}

/// The criteria that changed, by kind of change, under headings at `level`.
pub(super) fn criteria(comparison: &Comparison<'_>, level: u8) -> Markup {
    html! {
        (heading(level, html! { "Criteria that changed" }))
        @for (change, title) in [
            (Change::NewlyMet, "Newly met"),
            (Change::Regressed, "Regressed (met before, not in place now)"),
            (Change::StillOpen, "Still open, with a changed status"),
        ] {
            @let items: Vec<_> = comparison
                .changes(change)
                .filter(|c| change != Change::StillOpen || c.status_changed())
                .collect();
            (heading(level + 1, html! { (title) " (" (items.len()) " criteria)" }))
            @if items.is_empty() {
                p { "None." }
            } @else {
                ul.criteria {
                    @for c in &items {
                        (criterion(
                            html! {
                                em { (c.theme.name()) }
                                " (" (status_name(c.before)) " → " (status_name(c.after)) ")"
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
