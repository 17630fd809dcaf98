//! A cohort of self-assessments in HTML. It grows linearly with the cohort: a row per
//! member, and otherwise a fixed number of rows per sub-section and criterion.

use maud::{html, Markup};

use crate::cohort::{Cohort, Distribution};
use crate::level::Level;

use super::super::svg::cohort_heatmap_svg_with_id;
use super::super::{apart, attained_name, NOT_YET, VARIATION_EXPLAINED};
use super::page::{criterion, figure, heading, page, with_dates, Report};

/// How many sub-sections and criteria the report lists as varying most.
const MOST_VARIED: usize = 10;

/// A cohort report as one HTML document: how many assessments stand at each level
/// overall, each member's overall and domain levels, the heatmap, the distribution of
/// attained levels per sub-section with its variation, and where the assessments vary
/// most.
pub fn cohort(cohort: &Cohort<'_>) -> Report {
    let n = cohort.len();
    let title = format!(
        "Cohort of {n} self-assessment{}",
        if n == 1 { "" } else { "s" }
    );
    page(
        &title,
        html! {
            p.meta {
                "Matrix edition " (cohort.edition().matrix().id()) " " (cohort.edition().matrix().version())
                ". " (super::super::NOT_A_RATING) " The systems learn from each other; they are not ranked."
            }
            section.part { (standing(cohort, 2)) }
            section.part { (varied(cohort, 2)) }
        },
    )
}

/// `Not yet Developing 1, Developing 2, …` for a distribution.
fn counts(d: &Distribution) -> String {
    [
        None,
        Some(Level::Developing),
        Some(Level::Maturing),
        Some(Level::Thriving),
    ]
    .into_iter()
    .map(|l| format!("{} {}", attained_name(l), d.count(l)))
    .collect::<Vec<_>>()
    .join(", ")
}

fn standing(cohort: &Cohort<'_>, level: u8) -> Markup {
    let overall = cohort.overall_distribution();
    html! {
        (heading(level, html! { "Where the systems stand" }))
        div.headline {
            p.lead { "Assessments at each overall level: " (counts(&overall)) "." }
        }
        table {
            caption { "Each assessment's overall level and the level of each domain" }
            thead {
                tr {
                    th scope="col" { "#" }
                    th scope="col" { "System (date)" }
                    th scope="col" { "Overall" }
                    @for d in cohort.edition().matrix().domains() { th scope="col" { "Domain " (d.id().to_string()) } }
                }
            }
            tbody {
                @for (i, m) in cohort.members().iter().enumerate() {
                    tr {
                        td.num { (i + 1) }
                        th scope="row" { (with_dates(&m.label())) }
                        td { (attained_name(m.evaluation.overall())) }
                        @for d in m.evaluation.domains() { td { (attained_name(d.attained())) } }
                    }
                }
            }
        }
        (heading(level + 1, html! { "Sub-sections by level" }))
        (figure(
            &cohort_heatmap_svg_with_id(cohort, "cohort"),
            "Each cell: how many of all the assessments stand at that level of that sub-section (at the highest level each has attained), the bar filled to their share; the last column: how far apart their levels are.",
        ))
        (heading(level + 1, html! { "Attained levels by sub-section" }))
        p.explain { "How many assessments stand at each level in each sub-section: each counted once, at the highest level it has attained (" (NOT_YET) ": Developing is not complete). " (VARIATION_EXPLAINED) }
        table {
            thead {
                tr {
                    th scope="col" { "Sub-section" }
                    th scope="col" { (NOT_YET) }
                    @for l in Level::ALL { th scope="col" { (l.name()) } }
                    th scope="col" { "How far apart" }
                }
            }
            tbody {
                @for (id, d) in cohort.distributions() {
                    tr {
                        th scope="row" { (id.to_string()) " " (cohort.edition().matrix().subsection(id).map_or("", |s| s.title())) }
                        td.num { (d.none) }
                        td.num { (d.developing) }
                        td.num { (d.maturing) }
                        td.num { (d.thriving) }
                        td { (apart(&d)) }
                    }
                }
                tr.total {
                    th scope="row" { "Overall" }
                    td.num { (overall.none) }
                    td.num { (overall.developing) }
                    td.num { (overall.maturing) }
                    td.num { (overall.thriving) }
                    td { (apart(&overall)) }
                }
            }
        }
    }
}

fn varied(cohort: &Cohort<'_>, level: u8) -> Markup {
    let subsections = cohort.most_varied_subsections(MOST_VARIED);
    let criteria = cohort.most_varied_criteria(MOST_VARIED);
    html! {
        (heading(level, html! { "Where the assessments vary most" }))
        (heading(level + 1, html! { "Sub-sections whose attained levels are furthest apart" }))
        @if subsections.is_empty() {
            p { "Every sub-section stands at the same level in every assessment." }
        } @else {
            ul {
                @for (id, d) in &subsections {
                    li {
                        (id.to_string()) " " (cohort.edition().matrix().subsection(*id).map_or("", |s| s.title()))
                        ": " (apart(d))
                        " (assessments at each level: " (counts(d)) ")"
                    }
                }
            }
        }
        (heading(level + 1, html! { "Criteria met by some and not by others" }))
        @if criteria.is_empty() {
            p { "Every criterion is answered alike in every assessment." }
        } @else {
            ul.criteria {
                @for s in &criteria {
                    (criterion(
                        html! { "met by " (s.met) " of the " (s.applicable()) " assessments for which it applies:" },
                        s.criterion,
                        html! {},
                    ))
                }
            }
        }
    }
}
