//! A comparison of two assessments of one system as a picture: each sub-section's
//! attained level and coverage before and after.

use crate::compare::{Comparison, Movement};
use crate::level::Level;

use super::super::attained_name;
use super::colour::level_value;
use super::heatmap::ID;
use super::picture::{Cell, Key, Picture, Row};

/// The change of level in shape and words.
fn movement(movement: Movement) -> &'static str {
    match movement {
        Movement::Up => "▲ up",
        Movement::Down => "▼ down",
        Movement::Same => "= same",
    }
}

/// A picture of a comparison: a row per sub-section (under its domain's band, which
/// gives the domain's level before and after) with the level attained before and
/// after (shaded by level), the change marked `▲ up`, `▼ down` or `= same`, and per
/// level the met / applicable criteria before → after, shaded by the share met after
/// and framed where the level is attained after. Changes are told in shape and text,
/// not colour alone.
pub fn comparison_svg(comparison: &Comparison<'_>) -> String {
    comparison_svg_picture(comparison, ID).render()
}

/// [`comparison_svg`] with `id` as the prefix of its title's and description's IDs.
#[cfg(feature = "html")]
pub(crate) fn comparison_svg_with_id(comparison: &Comparison<'_>, id: &str) -> String {
    comparison_svg_picture(comparison, id).render_in_page()
}

/// The picture of [`comparison_svg`], its IDs prefixed with `id`.
fn comparison_svg_picture<'i>(comparison: &Comparison<'_>, id: &'i str) -> Picture<'i> {
    let (before, after) = (comparison.before(), comparison.after());
    let dated = |a: &crate::assessment::Assessment| {
        a.date()
            .map_or_else(|| "undated".to_owned(), |d| d.to_string())
    };
    let (b, a) = comparison.overall();
    let overall = if b == a {
        format!("Overall: {} at both dates", attained_name(a))
    } else {
        format!("Overall: {} then {}", attained_name(b), attained_name(a))
    };
    let summary = comparison.summary();
    let up = summary.subsections(Movement::Up).count();
    let down = summary.subsections(Movement::Down).count();
    let moved = format!(
        "{up} sub-section{} moved up a level or more, {down} down",
        if up == 1 { "" } else { "s" }
    );
    let domains: Vec<(crate::id::DomainId, Option<Level>, Option<Level>)> = comparison
        .domains()
        .map(|d| (d.id, d.before, d.after))
        .collect();
    let subsections: Vec<_> = comparison.subsections().collect();
    let mut rows = Vec::new();
    for domain in comparison.after().matrix().domains() {
        let (b, a) = domains
            .iter()
            .find(|(id, _, _)| *id == domain.id())
            .map_or((None, None), |(_, b, a)| (*b, *a));
        rows.push(Row::Band(format!(
            "Domain {} {}: {} → {}",
            domain.id(),
            domain.title(),
            attained_name(b),
            attained_name(a)
        )));
        for subsection in domain.subsections() {
            let Some(s) = subsections.iter().find(|s| s.after.id() == subsection.id()) else {
                continue;
            };
            let sid = subsection.id();
            let level_cell = |level: Option<Level>, when: &str| Cell::Shade {
                value: level_value(level),
                text: attained_name(level).to_owned(),
                tooltip: format!("{sid} {when}: {}", attained_name(level)),
                framed: false,
            };
            let mut cells = vec![
                level_cell(s.before.attained(), "before"),
                level_cell(s.after.attained(), "after"),
                Cell::Plain {
                    text: movement(s.movement()).to_owned(),
                    tooltip: format!(
                        "{sid}: {} → {}",
                        attained_name(s.before.attained()),
                        attained_name(s.after.attained())
                    ),
                },
            ];
            for level in Level::ALL {
                let (x, y) = (s.before.coverage(level), s.after.coverage(level));
                let attained = s.after.attained() >= Some(level);
                cells.push(Cell::Bar {
                    share: Some(y.ratio()),
                    text: format!(
                        "{}/{} → {}/{}{}",
                        x.met,
                        x.applicable,
                        y.met,
                        y.applicable,
                        if attained { " ✓" } else { "" }
                    ),
                    tooltip: format!(
                        "{sid} {}: {} of {} applicable criteria met before, {} of {} after",
                        level.name(),
                        x.met,
                        x.applicable,
                        y.met,
                        y.applicable
                    ),
                    framed: attained,
                });
            }
            rows.push(Row::Cells {
                label: format!("{sid} {}", subsection.title()),
                cells,
            });
        }
    }
    let subtitle = format!(
        "From the self-assessment of {} to that of {}.",
        dated(before),
        dated(after)
    );
    Picture {
        id,
        title: format!("Progress: {}", after.system()),
        desc: format!(
            "{overall}; {moved}. {subtitle} Per sub-section: the level attained before and after, and met / applicable criteria at each level before and after."
        ),
        headline: vec![format!("{overall}."), format!("{moved}.")],
        subtitle,
        column_width: 82,
        columns: [
            "Level before",
            "Level after",
            "Change",
            "Developing",
            "Maturing",
            "Thriving",
        ]
        .iter()
        .map(|c| ((*c).to_owned(), true))
        .collect(),
        rows,
        legend: vec![
            (Key::Levels, "level attained, before and after".to_owned()),
            (
                Key::None,
                "change: ▲ up, a higher level after; ▼ down, a lower one; = same".to_owned(),
            ),
            (
                Key::Bar("3/5 → 4/5"),
                "Developing, Maturing, Thriving: met / applicable criteria before → after; the bar fills to the share met after (a share, not a level); ✓ and a thick frame: attained after".to_owned(),
            ),
        ],
    }
}
