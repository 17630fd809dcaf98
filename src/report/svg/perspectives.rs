//! Partners' perspectives as a picture: each partner's levels beside the consolidated
//! ones, and the agreement per sub-section.

use crate::perspectives::Perspectives;
use crate::progression::Evaluation;
use crate::report::{attained_name, percent};

use super::{level_value, Cell, Key, Picture, Row};

/// One picture of where partners differ: a row per sub-section (under its domain's
/// band), a column per respondent with the level their own answers attain and the
/// consolidated level (framed), all shaded on the purple scale of the other heatmaps,
/// then the agreement share as a grey bar with its figure: a different encoding, so
/// that agreement is never read as a level. No title is cut: long ones wrap. Never
/// red, amber or green.
pub fn perspectives_svg(perspectives: &Perspectives<'_>) -> String {
    perspectives_svg_picture(perspectives, "mhics").render()
}

/// [`perspectives_svg`] with `id` as the prefix of its title's and description's IDs.
#[cfg(feature = "html")]
pub(crate) fn perspectives_svg_with_id(perspectives: &Perspectives<'_>, id: &str) -> String {
    perspectives_svg_picture(perspectives, id).render_in_page()
}

/// The picture of [`perspectives_svg`], its IDs prefixed with `id`.
fn perspectives_svg_picture<'i>(perspectives: &Perspectives<'_>, id: &'i str) -> Picture<'i> {
    let respondents = perspectives.respondents();
    let evaluation = perspectives.evaluation();
    let (_, _, all) = perspectives.overall_agreement();
    let overall = format!(
        "Consolidated overall: {}. Partners agree on {} of the criteria two or more answered.",
        attained_name(evaluation.overall()),
        percent(all)
    );
    let subtitle = format!(
        "Level attained per sub-section by each of {} partners' own answers, the consolidated level, and how far partners agree.",
        respondents.len()
    );
    let attained = |e: &Evaluation, id| e.subsection(id).and_then(|p| p.attained());
    let mut rows = Vec::new();
    for domain in perspectives.consolidated().matrix().domains() {
        let level = evaluation.domain(domain.id()).and_then(|d| d.attained());
        rows.push(Row::Band(format!(
            "Domain {} {}: consolidated {}",
            domain.id(),
            domain.title(),
            attained_name(level)
        )));
        for subsection in domain.subsections() {
            let sid = subsection.id();
            let Some(agreement) = perspectives.subsection(sid) else {
                continue;
            };
            let mut cells: Vec<Cell> = respondents
                .iter()
                .map(|r| {
                    let level = attained(&r.evaluation, sid);
                    Cell::Shade {
                        value: level_value(level),
                        text: attained_name(level).to_owned(),
                        tooltip: format!("{sid}: {} attains {}", r.label, attained_name(level)),
                        framed: false,
                    }
                })
                .collect();
            let level = attained(&evaluation, sid);
            cells.push(Cell::Shade {
                value: level_value(level),
                text: attained_name(level).to_owned(),
                tooltip: format!(
                    "{sid}: the consolidated answers attain {}",
                    attained_name(level)
                ),
                framed: true,
            });
            cells.push(match agreement.agreement() {
                Some(share) => Cell::Bar {
                    share: Some(share),
                    text: percent(Some(share)),
                    tooltip: format!(
                        "{sid}: partners agree on {} of {} criteria answered by two or more",
                        agreement.answered_by_two_or_more - agreement.contested,
                        agreement.answered_by_two_or_more
                    ),
                    framed: false,
                },
                None => Cell::Bar {
                    share: None,
                    text: "—".to_owned(),
                    tooltip: format!("{sid}: no criterion answered by two or more partners"),
                    framed: false,
                },
            });
            rows.push(Row::Cells {
                label: format!("{sid} {}", subsection.title()),
                cells,
            });
        }
    }
    Picture {
        id,
        title: format!("Partners' perspectives: {}", perspectives.system()),
        desc: format!("{overall} {subtitle}"),
        headline: vec![overall.clone()],
        subtitle,
        column_width: 84,
        columns: respondents
            .iter()
            .map(|r| (r.label.to_owned(), false))
            .chain([
                ("Consolidated".to_owned(), true),
                ("Agreement".to_owned(), true),
            ])
            .collect(),
        rows,
        legend: vec![
            (
                Key::Levels,
                "level attained; the consolidated column is framed".to_owned(),
            ),
            (
                Key::Bar("75%"),
                "agreement: the share of criteria answered by two or more partners on which they agree (bar and figure, not a level)".to_owned(),
            ),
        ],
    }
}
