//! Heatmaps of sub-sections by level, for one system and for a cohort, with each
//! domain's result on its band.

use core::fmt::Write;

use crate::cohort::Cohort;
use crate::level::Level;
use crate::progression::Evaluation;

use super::super::headline::{nearest, nearest_sentence};
use super::super::{apart, apart_short, attained_name, VARIATION_EXPLAINED};
use super::picture::{Cell, Key, Picture, Row};

/// The prefix of the IDs of a picture's title and description when it stands alone.
pub(super) const ID: &str = "mhics";

/// Rows under each domain's band: `band(domain)` names the band, `row(sub-section)`
/// gives its label and cells.
fn rows(
    matrix: &'static crate::model::Matrix,
    mut band: impl FnMut(&'static crate::model::Domain) -> String,
    mut row: impl FnMut(&'static crate::model::SubSection) -> Vec<Cell>,
) -> Vec<Row> {
    let mut rows = Vec::new();
    for domain in matrix.domains() {
        rows.push(Row::Band(band(domain)));
        for subsection in domain.subsections() {
            rows.push(Row::Cells {
                label: format!("{} {}", subsection.id(), subsection.title()),
                cells: row(subsection),
            });
        }
    }
    rows
}

/// A heatmap of one system's sub-sections by level: each cell is shaded by the share of
/// the level's applicable criteria that are met and shows met / applicable; cells of
/// attained levels are framed and ticked; a last column names the level attained in
/// words, each domain's band its level, and the lines under the title the overall
/// level and the sub-sections nearest their next level.
pub fn assessment_heatmap_svg(evaluation: &Evaluation<'_>) -> String {
    assessment_heatmap_svg_picture(evaluation, ID).render()
}

/// [`assessment_heatmap_svg`] with `id` as the prefix of its title's and description's
/// IDs, for a page that holds several pictures.
#[cfg(feature = "html")]
pub(crate) fn assessment_heatmap_svg_with_id(evaluation: &Evaluation<'_>, id: &str) -> String {
    assessment_heatmap_svg_picture(evaluation, id).render_in_page()
}

/// The picture of [`assessment_heatmap_svg`], its IDs prefixed with `id`.
fn assessment_heatmap_svg_picture<'i>(evaluation: &Evaluation<'_>, id: &'i str) -> Picture<'i> {
    let assessment = evaluation.assessment();
    let overall = format!("Overall: {}", attained_name(evaluation.overall()));
    let nearest = nearest_sentence(&nearest(evaluation));
    let mut subtitle = String::from("Self-assessment");
    if let Some(date) = assessment.date() {
        let _ = write!(subtitle, " of {date}");
    }
    subtitle.push_str(": met / applicable criteria per sub-section and level.");
    let rows = rows(
        evaluation.assessment().matrix(),
        |domain| {
            let level = evaluation.domain(domain.id()).and_then(|d| d.attained());
            format!(
                "Domain {} {}: {}",
                domain.id(),
                domain.title(),
                attained_name(level)
            )
        },
        |subsection| {
            let Some(progress) = evaluation.subsection(subsection.id()) else {
                return Vec::new();
            };
            let mut cells: Vec<Cell> = Level::ALL
                .iter()
                .map(|&level| {
                    let c = progress.coverage(level);
                    let attained = progress.attained() >= Some(level);
                    Cell::Bar {
                        share: Some(c.ratio()),
                        text: format!(
                            "{}/{}{}",
                            c.met,
                            c.applicable,
                            if attained { " ✓" } else { "" }
                        ),
                        tooltip: format!(
                            "{} {}: {} of {} applicable criteria met ({} in all){}",
                            progress.id(),
                            level.name(),
                            c.met,
                            c.applicable,
                            c.total,
                            if attained { "; attained" } else { "" }
                        ),
                        framed: attained,
                    }
                })
                .collect();
            cells.push(Cell::Plain {
                text: attained_name(progress.attained()).to_owned(),
                tooltip: format!(
                    "{} attains {}",
                    progress.id(),
                    attained_name(progress.attained())
                ),
            });
            cells
        },
    );
    let domains: Vec<String> = evaluation
        .domains()
        .map(|d| format!("domain {} {}", d.id(), attained_name(d.attained())))
        .collect();
    Picture {
        id,
        title: assessment.system().to_owned(),
        desc: format!(
            "{overall}; {}. {nearest} {subtitle} A framed, ticked cell is a level attained.",
            domains.join(", ")
        ),
        headline: vec![format!("{overall}."), nearest],
        subtitle,
        column_width: 78,
        columns: Level::ALL
            .iter()
            .map(|l| (l.name().to_owned(), true))
            .chain([("Attained".to_owned(), true)])
            .collect(),
        rows,
        legend: vec![
            (
                Key::Bar("3/5 ✓"),
                "met / applicable criteria of the level; the bar fills to the share met (a share, not a level); ✓ and a thick frame: the level is attained".to_owned(),
            ),
        ],
    }
}

/// A heatmap of a cohort's sub-sections by level: each cell shows how many members
/// stand at that level (each counted once, at the highest level it has attained, as
/// the cohort report's table counts them), as a bar filled to their share; a last
/// column says how far apart their levels are, each domain's band how many members
/// stand at each level in that domain.
pub fn cohort_heatmap_svg(cohort: &Cohort<'_>) -> String {
    cohort_heatmap_svg_picture(cohort, ID).render()
}

/// [`cohort_heatmap_svg`] with `id` as the prefix of its title's and description's IDs.
#[cfg(feature = "html")]
pub(crate) fn cohort_heatmap_svg_with_id(cohort: &Cohort<'_>, id: &str) -> String {
    cohort_heatmap_svg_picture(cohort, id).render_in_page()
}

/// The picture of [`cohort_heatmap_svg`], its IDs prefixed with `id`.
fn cohort_heatmap_svg_picture<'i>(cohort: &Cohort<'_>, id: &'i str) -> Picture<'i> {
    let n = cohort.len();
    let plural = if n == 1 { "" } else { "s" };
    let counts = |levels: &mut dyn Iterator<Item = Option<Level>>| {
        let mut counts = [0usize; 4];
        for level in levels {
            counts[level.map_or(0, |l| l.index() + 1)] += 1;
        }
        [
            None,
            Some(Level::Developing),
            Some(Level::Maturing),
            Some(Level::Thriving),
        ]
        .iter()
        .zip(counts)
        .map(|(l, c)| format!("{} {c}", attained_name(*l)))
        .collect::<Vec<_>>()
        .join(", ")
    };
    let overall = format!(
        "Overall, assessments at each level: {}",
        counts(&mut cohort.members().iter().map(|m| m.evaluation.overall()))
    );
    let distributions = cohort.distributions();
    let rows = rows(
        cohort.edition().matrix(),
        |domain| {
            format!(
                "Domain {} {}: {}",
                domain.id(),
                domain.title(),
                counts(
                    &mut cohort
                        .members()
                        .iter()
                        .map(|m| { m.evaluation.domain(domain.id()).and_then(|d| d.attained()) })
                )
            )
        },
        |subsection| {
            let Some((sid, d)) = distributions.iter().find(|(i, _)| *i == subsection.id()) else {
                return Vec::new();
            };
            let mut cells: Vec<Cell> = [
                None,
                Some(Level::Developing),
                Some(Level::Maturing),
                Some(Level::Thriving),
            ]
            .iter()
            .map(|&level| {
                let k = d.count(level);
                Cell::Bar {
                    share: Some(if n == 0 { 0.0 } else { k as f64 / n as f64 }),
                    text: format!("{k} of {n}"),
                    tooltip: format!(
                        "{sid} {}: {k} of {n} assessments stand at this level",
                        attained_name(level)
                    ),
                    framed: false,
                }
            })
            .collect();
            cells.push(Cell::Plain {
                text: apart_short(d).to_owned(),
                tooltip: format!("{sid}: {}", apart(d)),
            });
            cells
        },
    );
    let subtitle =
        "Assessments at each level (the highest each has attained), per sub-section.".to_owned();
    Picture {
        id,
        title: format!("Cohort of {n} assessment{plural}"),
        desc: format!("{overall}. {subtitle} {VARIATION_EXPLAINED}"),
        headline: vec![format!("{overall}.")],
        subtitle,
        column_width: 78,
        columns: [super::super::NOT_YET]
            .into_iter()
            .chain(Level::ALL.iter().map(|l| l.name()))
            .map(|l| (l.to_owned(), true))
            .chain([("How far apart".to_owned(), true)])
            .collect(),
        rows,
        legend: vec![
            (
                Key::Bar("1 of 3"),
                "how many of all the assessments stand at the level (the highest each has attained); the bar fills to their share".to_owned(),
            ),
            (Key::None, VARIATION_EXPLAINED.to_owned()),
        ],
    }
}
