//! SVG heatmaps of sub-sections by level, for one system and for a cohort.
//!
//! Cells are shaded on one purple scale, light for little in place and dark for all of
//! it, and carry their numbers as text, so the picture reads in greyscale too. This is a
//! self-assessment, not a RAG rating: no red, amber or green is ever used.

use core::fmt::Write;

use crate::assessment::Assessment;
use crate::cohort::Cohort;
use crate::edition::Edition;
use crate::level::Level;
use crate::model::Matrix;
use crate::progression::Evaluation;

/// The maturity scale, light to dark (ColorBrewer "Purples", 9 classes).
const SCALE: [(u8, u8, u8); 9] = [
    (0xfc, 0xfb, 0xfd),
    (0xef, 0xed, 0xf5),
    (0xda, 0xda, 0xeb),
    (0xbc, 0xbd, 0xdc),
    (0x9e, 0x9a, 0xc8),
    (0x80, 0x7d, 0xba),
    (0x6a, 0x51, 0xa3),
    (0x54, 0x27, 0x8f),
    (0x3f, 0x00, 0x7d),
];

/// Text on light cells.
pub(super) const INK: &str = "#1f1933";
/// Text on dark cells.
pub(super) const PAPER: &str = "#ffffff";
/// Lines and secondary text.
pub(super) const RULE: &str = "#6b6b7b";

const LABEL_WIDTH: usize = 610;
const CELL_WIDTH: usize = 120;
const ROW_HEIGHT: usize = 30;
const TOP: usize = 92;
const MARGIN: usize = 20;

/// The colour for `value` in 0..=1 on the maturity scale, as `#rrggbb`.
pub(crate) fn shade(value: f64) -> String {
    let v = if value.is_nan() {
        0.0
    } else {
        value.clamp(0.0, 1.0)
    };
    let position = v * (SCALE.len() - 1) as f64;
    let i = (position.floor() as usize).min(SCALE.len() - 2);
    let t = position - i as f64;
    let (a, b) = (SCALE[i], SCALE[i + 1]);
    let mix = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * t).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(a.0, b.0),
        mix(a.1, b.1),
        mix(a.2, b.2)
    )
}

/// One cell of a grid at `(x, y)` of `(width, height)`: a rectangle on the scale, framed
/// when `framed`, with `tooltip` as its title, and `text` centred in the ink that reads
/// on that shade.
pub(super) fn grid_cell(
    s: &mut String,
    (x, y): (usize, usize),
    (width, height): (usize, usize),
    value: f64,
    tooltip: &str,
    framed: bool,
    text: &str,
) {
    let stroke = if framed {
        format!(r#" stroke="{INK}" stroke-width="2""#)
    } else {
        format!(r#" stroke="{PAPER}" stroke-width="1""#)
    };
    let _ = writeln!(
        s,
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"{stroke}><title>{}</title></rect>"#,
        x + 1,
        y + 1,
        width - 2,
        height - 2,
        shade(value),
        xml(tooltip)
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>"#,
        x + width / 2,
        y + height / 2 + 5,
        ink_on(value),
        xml(text)
    );
}

/// The ink that reads on a cell of shade `value`.
pub(super) fn ink_on(value: f64) -> &'static str {
    if value >= 0.55 {
        PAPER
    } else {
        INK
    }
}

/// Text made safe for XML content and attributes: markup characters escaped, and each
/// character that XML 1.0 cannot hold (the non-characters U+FFFE and U+FFFF, control
/// characters other than tab and line breaks) shown as U+FFFD, the replacement character.
pub(super) fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{fffd}'),
        }
    }
    out
}

/// Whether XML 1.0 can hold `c` (its production `Char`).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// `text` cut to at most `max` characters, with an ellipsis when cut.
pub(super) fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// One cell of a heatmap.
struct Cell {
    value: f64,
    text: String,
    tooltip: String,
    attained: bool,
}

/// Draws a heatmap: a row per sub-section, a column per level.
fn heatmap(
    matrix: &Matrix,
    title: &str,
    subtitle: &str,
    rows: &[[Cell; 3]],
    legend: &str,
) -> String {
    let width = MARGIN * 2 + LABEL_WIDTH + CELL_WIDTH * 3;
    let grid_bottom = TOP + ROW_HEIGHT * rows.len();
    let height = grid_bottom + 86;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="13" role="img" aria-labelledby="title desc">"#
    );
    let _ = writeln!(s, r#"<title id="title">{}</title>"#, xml(title));
    let _ = writeln!(s, r#"<desc id="desc">{}</desc>"#, xml(subtitle));
    let _ = writeln!(
        s,
        r#"<rect x="0" y="0" width="{width}" height="{height}" fill="{PAPER}"/>"#
    );
    let _ = writeln!(
        s,
        r#"<text x="{MARGIN}" y="30" font-size="18" font-weight="bold" fill="{INK}">{}</text>"#,
        xml(title)
    );
    let _ = writeln!(
        s,
        r#"<text x="{MARGIN}" y="52" fill="{RULE}">{}</text>"#,
        xml(subtitle)
    );
    for level in Level::ALL {
        let x = MARGIN + LABEL_WIDTH + CELL_WIDTH * level.index() + CELL_WIDTH / 2;
        let _ = writeln!(
            s,
            r#"<text x="{x}" y="{}" text-anchor="middle" font-weight="bold" fill="{INK}">{}</text>"#,
            TOP - 10,
            level.name()
        );
    }
    for (row, (cells, subsection)) in rows.iter().zip(matrix.subsections()).enumerate() {
        let y = TOP + ROW_HEIGHT * row;
        let label = format!("{} {}", subsection.id(), subsection.title());
        let _ = writeln!(
            s,
            r#"<text x="{MARGIN}" y="{}" fill="{INK}"><title>{}</title>{}</text>"#,
            y + ROW_HEIGHT / 2 + 5,
            xml(&label),
            xml(&clip(&label, 84))
        );
        for (l, cell) in cells.iter().enumerate() {
            let mark = if cell.attained { " ✓" } else { "" };
            grid_cell(
                &mut s,
                (MARGIN + LABEL_WIDTH + CELL_WIDTH * l, y),
                (CELL_WIDTH, ROW_HEIGHT),
                cell.value,
                &cell.tooltip,
                cell.attained,
                &format!("{}{mark}", cell.text),
            );
        }
    }
    // Legend: the scale from 0 to 1, and what a framed cell means.
    let y = grid_bottom + 24;
    let steps = 10;
    let step = 24;
    for i in 0..=steps {
        let v = i as f64 / steps as f64;
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{y}" width="{step}" height="14" fill="{}"/>"#,
            MARGIN + i * step,
            shade(v)
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="{MARGIN}" y="{}" fill="{RULE}">0%</text>"#,
        y + 32
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" text-anchor="end" fill="{RULE}">100%</text>"#,
        MARGIN + (steps + 1) * step,
        y + 32
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" fill="{RULE}">{}</text>"#,
        MARGIN + (steps + 1) * step + 16,
        y + 12,
        xml(legend)
    );
    let _ = writeln!(s, "</svg>");
    s
}

/// A heatmap of one system's sub-sections by level: each cell is shaded by the share of
/// the level's applicable criteria that are met and shows met / applicable; cells of
/// attained levels are framed and ticked.
pub fn assessment_heatmap_svg<E: Edition>(
    assessment: &Assessment<E>,
    evaluation: &Evaluation<E>,
) -> String {
    let rows: Vec<[Cell; 3]> = evaluation
        .subsections()
        .map(|progress| {
            Level::ALL.map(|level| {
                let c = progress.coverage(level);
                Cell {
                    value: c.ratio(),
                    text: format!("{}/{}", c.met, c.applicable),
                    tooltip: format!(
                        "{} {}: {} of {} applicable criteria met ({} in all)",
                        progress.id(),
                        level.name(),
                        c.met,
                        c.applicable,
                        c.total
                    ),
                    attained: progress.attained() >= Some(level),
                }
            })
        })
        .collect();
    let mut subtitle = String::from("Self-assessment");
    if let Some(date) = assessment.date() {
        let _ = write!(subtitle, " of {date}");
    }
    let _ = write!(
        subtitle,
        ": met / applicable criteria per sub-section and level."
    );
    heatmap(
        E::MATRIX,
        assessment.system(),
        &subtitle,
        &rows,
        "shade: share of applicable criteria met; ✓ framed: level attained",
    )
}

/// A heatmap of a cohort's sub-sections by level: each cell is shaded by the share of
/// members that have attained that level (or a higher one) and shows how many.
pub fn cohort_heatmap_svg<E: Edition>(cohort: &Cohort<'_, E>) -> String {
    let n = cohort.len();
    let rows: Vec<[Cell; 3]> = cohort
        .distributions()
        .iter()
        .map(|(id, d)| {
            Level::ALL.map(|level| {
                let k = d.at_least(level);
                Cell {
                    value: d.share_at_least(level),
                    text: format!("{k}/{n}"),
                    tooltip: format!(
                        "{id} {}: {k} of {n} assessments have attained it",
                        level.name()
                    ),
                    attained: false,
                }
            })
        })
        .collect();
    let plural = if n == 1 { "" } else { "s" };
    heatmap(
        E::MATRIX,
        &format!("Cohort of {n} assessment{plural}"),
        "Assessments that have attained each level (or a higher one), per sub-section.",
        &rows,
        "shade: share of assessments that have attained the level",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_runs_light_to_dark_through_its_stops() {
        assert_eq!(shade(0.0), "#fcfbfd");
        assert_eq!(shade(1.0), "#3f007d");
        assert_eq!(shade(0.5), "#9e9ac8");
        assert_eq!(shade(-1.0), shade(0.0));
        assert_eq!(shade(f64::NAN), shade(0.0));
        assert_eq!(shade(2.0), shade(1.0));
    }

    #[test]
    fn text_is_escaped_and_clipped() {
        assert_eq!(xml("A & B <\"c\">"), "A &amp; B &lt;&quot;c&quot;&gt;");
        assert_eq!(clip("abcdef", 6), "abcdef");
        assert_eq!(clip("abc defg", 6), "abc d…");
        assert_eq!(clip("abcd efg", 6), "abcd…");
    }
}
