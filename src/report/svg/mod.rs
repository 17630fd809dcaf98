//! SVG pictures: heatmaps of sub-sections by level for one system and for a cohort, a
//! comparison of two assessments, an action plan's review, and (in `perspectives`)
//! where partners differ.
//!
//! Levels and shares are drawn apart, so that neither is read for the other: a level
//! (Not yet Developing to Thriving) is a solid cell on one purple scale, light to dark,
//! with the level's name in it; a share (of criteria met, of partners agreeing, of gaps
//! addressed) is an outlined box filled from the left in grey to the share, with
//! its figures in it. Every cell carries its figures or words as text, so each picture
//! reads in greyscale too; the ink of every text on a level's cell is chosen from the
//! shade so that its contrast is at least 4.5:1. This is a
//! self-assessment, not a performance-management, assurance or RAG rating tool: no red,
//! amber or green is ever used. Every picture is drawn for the width of an A4 page's
//! text, so that printed its smallest text is over 8 pt. Every picture opens with a
//! `<title>` and a `<desc>` that says its result in words, and names them with
//! `role="img"` and `aria-labelledby`, so it
//! can be placed inline in an HTML page (each with its own ID prefix).

use core::fmt::Write;

mod compare;
mod heatmap;
mod plan;

pub use super::perspectives::perspectives_svg as perspectives;
pub use compare::comparison_svg as comparison;
#[cfg(feature = "html")]
pub(crate) use compare::comparison_svg_with_id;
pub use heatmap::{assessment_heatmap_svg as assessment, cohort_heatmap_svg as cohort};
#[cfg(feature = "html")]
pub(crate) use heatmap::{assessment_heatmap_svg_with_id, cohort_heatmap_svg_with_id};
pub(in crate::report) use plan::beyond_plan;
pub use plan::plan_review_svg as plan_review;
#[cfg(feature = "html")]
pub(crate) use plan::plan_review_svg_with_id;
#[cfg(feature = "html")]
pub(in crate::report) use plan::review_sentences;
pub(in crate::report) use plan::target_words;
#[cfg(feature = "html")]
pub(in crate::report) use plan::OUTCOME_ORDER;

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

/// Text on white: titles, labels.
pub(super) const INK: &str = "#1f1933";
/// The background.
pub(super) const PAPER: &str = "#ffffff";
/// Lines and secondary text (5.2:1 on white).
pub(super) const RULE: &str = "#6b6b7b";
/// The edge of a cell that is not framed.
const EDGE: &str = "#a9a9b8";
/// The band of a domain's row.
const BAND: &str = "#efedf5";
/// The bar of a share, which is never a level: grey, not on the purple scale of levels.
const BAR: &str = "#c9c9d3";

/// The two inks a text on a shaded cell may take: black and white. On every shade of
/// a continuous scale one of the two reaches 4.5:1 (the worst case, where both are
/// equal, is about 4.58:1); no other pair of inks does.
const CELL_INKS: [((u8, u8, u8), &str); 2] = [((0, 0, 0), "#000000"), ((255, 255, 255), "#ffffff")];

const MARGIN: usize = 10;
/// The base size of text (cells, labels, column headers): 9 pt printed.
const FONT: usize = 12;
/// The average width of a character at the base size, in tenths of a unit, for
/// wrapping (a little over that of DejaVu Sans, the widest of the usual faces).
const CHAR_WIDTH_TENTHS: usize = 64;
const LINE: usize = 13;

/// The colour for `value` in 0..=1 on the maturity scale.
pub(crate) fn shade_rgb(value: f64) -> (u8, u8, u8) {
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
    (mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// The colour for `value` in 0..=1 on the maturity scale, as `#rrggbb`.
pub(crate) fn shade(value: f64) -> String {
    hex(shade_rgb(value))
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The relative luminance of a colour (WCAG 2.2).
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The contrast ratio of two colours (WCAG 2.2), from 1 to 21.
pub(crate) fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The ink for text on a cell of shade `value`: of black and white, the one with the
/// higher contrast on that shade (always at least 4.5:1).
pub(crate) fn ink_on(value: f64) -> &'static str {
    let fill = shade_rgb(value);
    let [(black, black_hex), (white, white_hex)] = CELL_INKS;
    if contrast(fill, black) >= contrast(fill, white) {
        black_hex
    } else {
        white_hex
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

/// `text` broken between words into lines of at most `width` characters; a word
/// longer than a line is broken within, with a hyphen at the break. Nothing is cut.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                out.push(core::mem::take(&mut line));
            }
            if width > 3 {
                let mut part: String = word.drain(..width - 1).collect();
                part.push('-');
                out.push(part);
            } else {
                out.push(word.drain(..width).collect());
            }
        }
        let word: String = word.into_iter().collect();
        let len = word.chars().count();
        if !line.is_empty() && line.chars().count() + 1 + len > width {
            out.push(core::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || out.is_empty() {
        out.push(line);
    }
    out
}

/// The shade of an attained level: Not yet Developing lightest, Thriving darkest.
pub(in crate::report) fn level_value(level: Option<crate::level::Level>) -> f64 {
    match level {
        None => 0.0,
        Some(crate::level::Level::Developing) => 0.35,
        Some(crate::level::Level::Maturing) => 0.68,
        Some(crate::level::Level::Thriving) => 1.0,
    }
}

/// One cell of a picture's grid.
pub(in crate::report) enum Cell {
    /// A level: a solid cell shaded by `value` on the level scale ([`level_value`]),
    /// `text` (the level's name) in the ink that reads on it, framed when `framed`.
    Shade {
        value: f64,
        text: String,
        tooltip: String,
        framed: bool,
    },
    /// Text on the background.
    Plain { text: String, tooltip: String },
    /// A share (of criteria met, of partners agreeing, of gaps addressed): an outlined
    /// box filled from the left to the share in [`BAR`], never on the level scale, with
    /// its figures as text; framed (and so marked in shape) when `framed`.
    Bar {
        share: Option<f64>,
        text: String,
        tooltip: String,
        framed: bool,
    },
}

/// A row of a picture: a domain's band across the grid, or a labelled row of cells.
pub(in crate::report) enum Row {
    Band(String),
    Cells { label: String, cells: Vec<Cell> },
}

/// What a legend line shows before its text.
pub(in crate::report) enum Key {
    /// The four attained levels as swatches.
    Levels,
    /// A share's bar, filled to 60% or so, with the sample figures given.
    Bar(&'static str),
    /// Nothing: text only.
    None,
}

/// A picture: a title, lines that say the result, a grid under column headers, a
/// legend. It is drawn [`WIDTH`] units wide, the width of an A4 page's text, so that
/// printed at that width its smallest text (the legend) is over 8 pt.
pub(in crate::report) struct Picture<'a> {
    /// The prefix of the IDs of `<title>` and `<desc>`.
    pub(in crate::report) id: &'a str,
    pub(in crate::report) title: String,
    /// Lines under the title, in bold: the result in words.
    pub(in crate::report) headline: Vec<String>,
    /// A line in secondary ink: what the grid shows.
    pub(in crate::report) subtitle: String,
    /// The text alternative: the result and what the picture shows, in full.
    pub(in crate::report) desc: String,
    /// The width of each column; the row labels take the rest of the grid (at least
    /// [`MIN_LABEL`]; the columns narrow when there are many).
    pub(in crate::report) column_width: usize,
    /// Column headers, and whether each is bold.
    pub(in crate::report) columns: Vec<(String, bool)>,
    pub(in crate::report) rows: Vec<Row>,
    pub(in crate::report) legend: Vec<(Key, String)>,
}

/// The whole width of a picture, in its units: 186 mm (an A4 page less 12 mm margins)
/// at 96 units to the inch, so that a unit prints as about 0.75 pt.
const WIDTH: usize = 700;
/// The width of the grid: the picture less its margins.
const GRID: usize = WIDTH - 2 * MARGIN;
/// The narrowest the row labels get.
const MIN_LABEL: usize = 190;
/// The size of the smallest text (legends, secondary lines): 8.25 pt printed.
const SMALL: usize = 11;

/// What a picture standing alone says under its legend.
const NOT_A_RATING: &str = super::NOT_A_RATING;

/// How many characters of the base size fit in `width` units.
fn chars(width: usize) -> usize {
    (width * 10 / CHAR_WIDTH_TENTHS).max(1)
}

impl Picture<'_> {
    /// The picture as an SVG document, with its title, result and subtitle drawn.
    pub(in crate::report) fn render(&self) -> String {
        self.draw(true)
    }

    /// The picture for a page whose text gives its title and result above it: the
    /// same grid and legend, with the title and result only in `<title>` and `<desc>`.
    #[cfg(feature = "html")]
    pub(in crate::report) fn render_in_page(&self) -> String {
        self.draw(false)
    }

    fn draw(&self, headed: bool) -> String {
        let n = self.columns.len().max(1);
        let column_width = self.column_width.min((GRID - MIN_LABEL) / n);
        let label_width = GRID - column_width * n;
        let label_chars = chars(label_width - 8);
        let cell_chars = chars(column_width - 8);
        let header_lines: Vec<Vec<String>> = self
            .columns
            .iter()
            .map(|(label, bold)| {
                // Headers may take the whole column; bold text is about a tenth wider.
                let width = chars(column_width - 2);
                wrap(label, if *bold { width * 10 / 11 } else { width })
            })
            .collect();
        let header_height = LINE * header_lines.iter().map(Vec::len).max().unwrap_or(1);
        let title_lines = wrap(&self.title, GRID * 10 / 95);
        let headline_lines: Vec<String> = self
            .headline
            .iter()
            .flat_map(|h| wrap(h, GRID * 10 / 80))
            .collect();
        let subtitle_lines = wrap(&self.subtitle, chars(GRID));
        let grid_top = if headed {
            30 + 22 * (title_lines.len() - 1)
                + 24
                + 18 * headline_lines.len()
                + LINE * subtitle_lines.len()
                + 12
                + header_height
                + 8
        } else {
            8 + header_height + 8
        };
        let mut body = String::new();
        // Column headers, bottom-aligned over the grid.
        for (i, ((_, bold), lines)) in self.columns.iter().zip(&header_lines).enumerate() {
            let x = MARGIN + label_width + column_width * i + column_width / 2;
            let weight = if *bold { r#" font-weight="bold""# } else { "" };
            let first = grid_top - 8 - LINE * (lines.len() - 1);
            let attributes = format!(r#" text-anchor="middle"{weight} fill="{INK}""#);
            text_block(&mut body, (x, first), lines, &attributes, LINE, None);
        }
        let mut y = grid_top;
        for row in &self.rows {
            match row {
                Row::Band(text) => {
                    // Bold text is about a tenth wider.
                    let lines = wrap(text, chars(GRID - 12) * 10 / 11);
                    let height = LINE * lines.len() + 8;
                    let _ = writeln!(
                        body,
                        r#"<rect x="{MARGIN}" y="{}" width="{GRID}" height="{}" fill="{BAND}"/>"#,
                        y + 2,
                        height - 2
                    );
                    text_lines(&mut body, MARGIN + 6, y + 16, &lines, true);
                    y += height;
                }
                Row::Cells { label, cells } => {
                    let lines = wrap(label, label_chars);
                    let cell_lines: Vec<Vec<String>> =
                        cells.iter().map(|c| wrap(c.text(), cell_chars)).collect();
                    let most = cell_lines
                        .iter()
                        .map(Vec::len)
                        .chain([lines.len()])
                        .max()
                        .unwrap_or(1);
                    let height = LINE * most + 8;
                    text_lines(
                        &mut body,
                        MARGIN,
                        y + height / 2 + 4 - LINE * (lines.len() - 1) / 2,
                        &lines,
                        false,
                    );
                    for (i, (cell, text)) in cells.iter().zip(&cell_lines).enumerate() {
                        let x = MARGIN + label_width + column_width * i;
                        draw(&mut body, (x, y), (column_width, height), cell, text);
                    }
                    y += height;
                }
            }
        }
        // The legend.
        y += 22;
        for (key, text) in &self.legend {
            let x = match key {
                Key::Levels => {
                    let swatch = 132;
                    for (i, level) in [None]
                        .into_iter()
                        .chain(crate::level::Level::ALL.map(Some))
                        .enumerate()
                    {
                        let value = level_value(level);
                        let x = MARGIN + i * swatch;
                        let _ = writeln!(
                            body,
                            r#"<rect x="{x}" y="{}" width="{}" height="20" fill="{}" stroke="{RULE}" stroke-width="1"/><text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>"#,
                            y - 4,
                            swatch - 4,
                            shade(value),
                            x + swatch / 2 - 2,
                            y + 11,
                            ink_on(value),
                            super::attained_name(level)
                        );
                    }
                    y += 26;
                    MARGIN
                }
                Key::Bar(sample) => {
                    let _ = writeln!(
                        body,
                        r#"<rect x="{MARGIN}" y="{}" width="90" height="20" fill="{PAPER}" stroke="{RULE}" stroke-width="1"/><rect x="{MARGIN}" y="{}" width="54" height="20" fill="{BAR}"/><text x="{}" y="{}" text-anchor="middle" fill="{INK}">{}</text>"#,
                        y - 4,
                        y - 4,
                        MARGIN + 45,
                        y + 11,
                        xml(sample)
                    );
                    MARGIN + 100
                }
                Key::None => MARGIN,
            };
            let lines = wrap(text, (WIDTH - x - MARGIN) * 10 / 62);
            text_lines_small(&mut body, x, y + 10, &lines);
            y += (14 * lines.len()).max(20) + 8;
        }
        if headed {
            let lines = wrap(NOT_A_RATING, (GRID) * 10 / 62);
            text_lines_small(&mut body, MARGIN, y + 10, &lines);
            y += 14 * lines.len() + 8;
        }
        let height = y;

        let id = self.id;
        let mut s = String::new();
        let _ = writeln!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="Helvetica, Arial, sans-serif" font-size="{FONT}" role="img" aria-labelledby="{id}-title {id}-desc">"#
        );
        let _ = writeln!(s, r#"<title id="{id}-title">{}</title>"#, xml(&self.title));
        let _ = writeln!(s, r#"<desc id="{id}-desc">{}</desc>"#, xml(&self.desc));
        let _ = writeln!(
            s,
            r#"<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="{PAPER}"/>"#
        );
        if headed {
            let attributes = format!(r#" font-size="17" font-weight="bold" fill="{INK}""#);
            text_block(&mut s, (MARGIN, 30), &title_lines, &attributes, 22, None);
            let top = 30 + 22 * (title_lines.len() - 1) + 24;
            for (n, line) in headline_lines.iter().enumerate() {
                let _ = writeln!(
                    s,
                    r#"<text x="{MARGIN}" y="{}" font-size="13" font-weight="bold" fill="{INK}">{}</text>"#,
                    top + 18 * n,
                    xml(line)
                );
            }
            let top = top + 18 * headline_lines.len() + 2;
            let attributes = format!(r#" fill="{RULE}""#);
            text_block(
                &mut s,
                (MARGIN, top),
                &subtitle_lines,
                &attributes,
                LINE,
                None,
            );
        }
        s.push_str(&body);
        let _ = writeln!(s, "</svg>");
        s
    }
}

impl Cell {
    /// The text the cell shows.
    fn text(&self) -> &str {
        match self {
            Cell::Shade { text, .. } | Cell::Plain { text, .. } | Cell::Bar { text, .. } => text,
        }
    }
}

/// Lines of text one under the other, `step` apart, the first at `(x, y)`: one
/// `<text>` with `attributes` (each with its leading space) and, when given, a
/// `<title>` that a pointer shows.
fn text_block(
    s: &mut String,
    (x, y): (usize, usize),
    lines: &[String],
    attributes: &str,
    step: usize,
    title: Option<&str>,
) {
    let _ = write!(s, r#"<text x="{x}" y="{y}"{attributes}>"#);
    if let Some(title) = title {
        let _ = write!(s, "<title>{}</title>", xml(title));
    }
    for (n, line) in lines.iter().enumerate() {
        let dy = if n == 0 { 0 } else { step };
        let _ = write!(s, r#"<tspan x="{x}" dy="{dy}">{}</tspan>"#, xml(line));
    }
    let _ = writeln!(s, "</text>");
}

/// Lines of text in ink from `(x, y)`, bold when `bold`.
fn text_lines(s: &mut String, x: usize, y: usize, lines: &[String], bold: bool) {
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    text_block(
        s,
        (x, y),
        lines,
        &format!(r#"{weight} fill="{INK}""#),
        LINE,
        None,
    );
}

/// Lines of small text in secondary ink from `(x, y)`.
fn text_lines_small(s: &mut String, x: usize, y: usize, lines: &[String]) {
    let attributes = format!(r#" font-size="{SMALL}" fill="{RULE}""#);
    text_block(s, (x, y), lines, &attributes, 14, None);
}

/// Lines of text centred on `x`, the block's middle at `middle`.
fn centred(
    s: &mut String,
    x: usize,
    middle: usize,
    lines: &[String],
    fill: &str,
    title: Option<&str>,
) {
    let first = middle + 4 - LINE * (lines.len() - 1) / 2;
    let attributes = format!(r#" text-anchor="middle" fill="{fill}""#);
    text_block(s, (x, first), lines, &attributes, LINE, title);
}

/// Draws one cell at `(x, y)` of `(width, height)`, its text in `lines`.
fn draw(
    s: &mut String,
    (x, y): (usize, usize),
    (width, height): (usize, usize),
    cell: &Cell,
    lines: &[String],
) {
    let middle = y + height / 2;
    let frame = |framed: bool| {
        if framed {
            format!(r#" stroke="{INK}" stroke-width="3""#)
        } else {
            format!(r#" stroke="{EDGE}" stroke-width="1""#)
        }
    };
    match cell {
        Cell::Shade {
            value,
            tooltip,
            framed,
            ..
        } => {
            let _ = writeln!(
                s,
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"{}><title>{}</title></rect>"#,
                x + 2,
                y + 2,
                width - 4,
                height - 4,
                shade(*value),
                frame(*framed),
                xml(tooltip)
            );
            centred(s, x + width / 2, middle, lines, ink_on(*value), None);
        }
        Cell::Plain { tooltip, .. } => {
            centred(s, x + width / 2, middle, lines, INK, Some(tooltip));
        }
        Cell::Bar {
            share,
            tooltip,
            framed,
            ..
        } => {
            let inner = width - 6;
            let stroke = if *framed {
                format!(r#" stroke="{INK}" stroke-width="3""#)
            } else {
                format!(r#" stroke="{RULE}" stroke-width="1""#)
            };
            let _ = writeln!(
                s,
                r#"<rect x="{}" y="{}" width="{inner}" height="{}" fill="{PAPER}"{stroke}><title>{}</title></rect>"#,
                x + 3,
                y + 3,
                height - 6,
                xml(tooltip)
            );
            if let Some(share) = share {
                let bar = (share.clamp(0.0, 1.0) * inner as f64).round() as usize;
                if bar > 0 {
                    let _ = writeln!(
                        s,
                        r#"<rect x="{}" y="{}" width="{bar}" height="{}" fill="{BAR}"/>"#,
                        x + 3,
                        y + 3,
                        height - 6
                    );
                }
            }
            centred(s, x + width / 2, middle, lines, INK, None);
        }
    }
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
    fn every_text_on_every_shade_has_a_contrast_of_at_least_4_5() {
        let ink = |hex: &str| {
            CELL_INKS
                .iter()
                .find(|(_, h)| *h == hex)
                .map(|(rgb, _)| *rgb)
        };
        for i in 0..=1000 {
            let value = f64::from(i) / 1000.0;
            let fill = shade_rgb(value);
            let chosen = ink(ink_on(value)).expect("one of the cell inks");
            let ratio = contrast(fill, chosen);
            assert!(
                ratio >= 4.5,
                "{} on {}: {ratio:.2}",
                ink_on(value),
                hex(fill)
            );
        }
        // The inks of text on the background and on bands.
        let rgb = |h: &str| {
            let v = u32::from_str_radix(&h[1..], 16).expect("hex");
            ((v >> 16) as u8, (v >> 8) as u8, v as u8)
        };
        for (fg, bg) in [(INK, PAPER), (RULE, PAPER), (INK, BAND), (INK, BAR)] {
            assert!(contrast(rgb(fg), rgb(bg)) >= 4.5, "{fg} on {bg}");
        }
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn text_is_escaped_and_wrapped_without_cutting() {
        assert_eq!(xml("A & B <\"c\">"), "A &amp; B &lt;&quot;c&quot;&gt;");
        assert_eq!(
            wrap("Riverside and Vale Mental Health Trust", 17),
            ["Riverside and", "Vale Mental", "Health Trust"]
        );
        assert_eq!(
            wrap("Supercalifragilistic x", 10),
            ["Supercali-", "fragilist-", "ic x"]
        );
        assert_eq!(wrap("", 10), [""]);
    }
}
