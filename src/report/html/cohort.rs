//! A cohort of self-assessments in HTML. It grows linearly with the cohort: a row per
//! member, and otherwise a fixed number of rows per sub-section and criterion.

use maud::{html, Markup};

use crate::cohort::Cohort;

use super::super::content::cohort::{
    overall_counts, CohortReport, DISTRIBUTION_EXPLAINED, DISTRIBUTION_HEADING, VARIED_HEADING,
};
use super::super::svg::cohort_heatmap_svg_with_id;
use super::super::VARIATION_EXPLAINED;
use super::page::{criterion, figure, heading, page, table, with_dates, Report};

/// A cohort report as one HTML document: how many assessments stand at each level
/// overall, each member's overall and domain levels, the heatmap, the distribution of
/// attained levels per sub-section with its variation, and where the assessments vary
/// most.
pub fn cohort(cohort: &Cohort<'_>) -> Report {
    let report = CohortReport::new(cohort);
    let n = cohort.len();
    let title = format!(
        "Cohort of {n} self-assessment{}",
        if n == 1 { "" } else { "s" }
    );
    page(
        &title,
        html! {
            p.meta { (report.about) }
            section.part { (standing(cohort, &report, 2)) }
            section.part { (varied(&report, 2)) }
        },
    )
}

/// Where the systems stand: the members' levels, the heatmap and the distribution of
/// attained levels, under a heading at `level`.
fn standing(cohort: &Cohort<'_>, report: &CohortReport, level: u8) -> Markup {
    html! {
        (heading(level, html! { "Where the systems stand" }))
        div.headline {
            p.lead { "Assessments at each overall level: " (overall_counts(cohort)) "." }
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
                @for (i, m) in report.members.iter().enumerate() {
                    tr {
                        td.num { (i + 1) }
                        th scope="row" { (with_dates(&m.label)) }
                        td { (m.overall) }
                        @for d in &m.domains { td { (d) } }
                    }
                }
            }
        }
        (heading(level + 1, html! { "Sub-sections by level" }))
        (figure(
            &cohort_heatmap_svg_with_id(cohort, "cohort"),
            "Each cell: how many of all the assessments stand at that level of that sub-section (at the highest level each has attained), the bar filled to their share; the last column: how far apart their levels are.",
        ))
        (heading(level + 1, html! { (DISTRIBUTION_HEADING) }))
        p.explain { (DISTRIBUTION_EXPLAINED) " " (VARIATION_EXPLAINED) }
        (table("", &report.distribution, Some(&report.overall)))
    }
}

/// Where the assessments vary most, under a heading at `level`.
fn varied(report: &CohortReport, level: u8) -> Markup {
    let (subsections, criteria) = (&report.varied_subsections, &report.varied_criteria);
    html! {
        (heading(level, html! { (VARIED_HEADING) }))
        (heading(level + 1, html! { (subsections.heading) }))
        @if subsections.items.is_empty() {
            p { (subsections.none) }
        } @else {
            ul {
                @for line in &subsections.items { li { (line) } }
            }
        }
        (heading(level + 1, html! { (criteria.heading) }))
        @if criteria.items.is_empty() {
            p { (criteria.none) }
        } @else {
            ul.criteria {
                @for s in &criteria.items {
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
