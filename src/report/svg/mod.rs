//! SVG pictures: heatmaps of sub-sections by level for one system and for a cohort, a
//! comparison of two assessments, an action plan's review, and (in `perspectives`)
//! where partners differ.
//!
//! Cells are shaded on one purple scale, light for little in place and dark for all of
//! it, and carry their figures as text, so each picture reads in greyscale too; the ink
//! of every text on a shaded cell is chosen from the shade so that its contrast is at
//! least 4.5:1. This is a self-assessment, not a RAG rating: no red, amber
//! or green is ever used. Every picture opens with a `<title>` and a `<desc>` that says
//! its result in words, and names them with `role="img"` and `aria-labelledby`, so it
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
pub use plan::plan_review_svg as plan_review;
#[cfg(feature = "html")]
pub(crate) use plan::plan_review_svg_with_id;
#[cfg(feature = "html")]
pub(in crate::report) use plan::review_sentences;
pub(in crate::report) use plan::target_words;

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
/// The bar of a share that is not a level (agreement).
const BAR: &str = "#c9c9d3";

/// The two inks a text on a shaded cell may take: black and white. On every shade of
/// a continuous scale one of the two reaches 4.5:1 (the worst case, where both are
/// equal, is about 4.58:1); no other pair of inks does.
const CELL_INKS: [((u8, u8, u8), &str); 2] = [((0, 0, 0), "#000000"), ((255, 255, 255), "#ffffff")];

const MARGIN: usize = 20;
/// The average width of a character at 13 px, for wrapping.
const CHAR_WIDTH: usize = 7;
const LINE: usize = 15;

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
/// longer than a line is broken within. Nothing is cut.
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
            out.push(word.drain(..width).collect());
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
    /// A cell shaded by `value` on the scale, `text` in the ink that reads on it, framed
    /// (and so marked in shape, not colour alone) when `framed`.
    Shade {
        value: f64,
        text: String,
        tooltip: String,
        framed: bool,
    },
    /// Text on the background.
    Plain { text: String, tooltip: String },
    /// A share as a grey bar (not on the level scale) with its figure as text.
    Bar {
        share: Option<f64>,
        text: String,
        tooltip: String,
    },
}

/// A row of a picture: a domain's band across the grid, or a labelled row of cells.
pub(in crate::report) enum Row {
    Band(String),
    Cells { label: String, cells: Vec<Cell> },
}

/// What a legend line shows before its text.
pub(in crate::report) enum Key {
    /// The scale from 0% to 100%.
    Scale,
    /// The four attained levels as swatches.
    Levels,
    /// A bar, as the agreement cells draw it.
    Bar,
    /// Nothing: text only.
    None,
}

/// A picture: a title, lines that say the result, a grid under column headers, a
/// legend.
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
    pub(in crate::report) label_width: usize,
    pub(in crate::report) column_width: usize,
    /// Column headers, and whether each is bold.
    pub(in crate::report) columns: Vec<(String, bool)>,
    pub(in crate::report) rows: Vec<Row>,
    pub(in crate::report) legend: Vec<(Key, String)>,
}

impl Picture<'_> {
    /// The picture as an SVG document.
    pub(in crate::report) fn render(&self) -> String {
        let label_chars = self.label_width / CHAR_WIDTH;
        let header_chars = (self.column_width - 8) / CHAR_WIDTH;
        let grid_width = self.label_width + self.column_width * self.columns.len();
        let width = MARGIN * 2 + grid_width.max(620);
        let header_lines: Vec<Vec<String>> = self
            .columns
            .iter()
            .map(|(label, _)| wrap(label, header_chars))
            .collect();
        let header_height = LINE * header_lines.iter().map(Vec::len).max().unwrap_or(1);
        let title_lines = wrap(&self.title, (width - 2 * MARGIN) / 10);
        let mut y = 30 + 22 * (title_lines.len() - 1);
        let headline_top = y + 24;
        let subtitle_top = headline_top + 20 * self.headline.len();
        let grid_top = subtitle_top + 24 + header_height + 8;
        let mut body = String::new();
        // Column headers, bottom-aligned over the grid.
        for (i, ((_, bold), lines)) in self.columns.iter().zip(&header_lines).enumerate() {
            let x = MARGIN + self.label_width + self.column_width * i + self.column_width / 2;
            let weight = if *bold { r#" font-weight="bold""# } else { "" };
            let first = grid_top - 10 - LINE * (lines.len() - 1);
            let _ = write!(
                body,
                r#"<text x="{x}" y="{first}" text-anchor="middle"{weight} fill="{INK}">"#
            );
            for (n, line) in lines.iter().enumerate() {
                let dy = if n == 0 { 0 } else { LINE };
                let _ = write!(body, r#"<tspan x="{x}" dy="{dy}">{}</tspan>"#, xml(line));
            }
            let _ = writeln!(body, "</text>");
        }
        y = grid_top;
        for row in &self.rows {
            match row {
                Row::Band(text) => {
                    let lines = wrap(text, (MARGIN + grid_width) / CHAR_WIDTH);
                    let height = (LINE * lines.len() + 12).max(28);
                    let _ = writeln!(
                        body,
                        r#"<rect x="{MARGIN}" y="{}" width="{grid_width}" height="{}" fill="{BAND}"/>"#,
                        y + 2,
                        height - 2
                    );
                    text_lines(&mut body, MARGIN + 6, y + 2 + 6 + 11, &lines, true);
                    y += height;
                }
                Row::Cells { label, cells } => {
                    let lines = wrap(label, label_chars);
                    let height = (LINE * lines.len() + 14).max(30);
                    text_lines(
                        &mut body,
                        MARGIN,
                        y + height / 2 + 5 - LINE * (lines.len() - 1) / 2,
                        &lines,
                        false,
                    );
                    for (i, cell) in cells.iter().enumerate() {
                        let x = MARGIN + self.label_width + self.column_width * i;
                        draw(&mut body, (x, y), (self.column_width, height), cell);
                    }
                    y += height;
                }
            }
        }
        // The legend.
        y += 24;
        for (key, text) in &self.legend {
            let x = match key {
                Key::Scale => {
                    let (steps, step) = (10, 24);
                    for i in 0..=steps {
                        let _ = writeln!(
                            body,
                            r#"<rect x="{}" y="{y}" width="{step}" height="14" fill="{}"/>"#,
                            MARGIN + i * step,
                            shade(i as f64 / steps as f64)
                        );
                    }
                    let _ = writeln!(
                        body,
                        r#"<text x="{MARGIN}" y="{}" font-size="11" fill="{RULE}">0%</text><text x="{}" y="{}" font-size="11" text-anchor="end" fill="{RULE}">100%</text>"#,
                        y + 27,
                        MARGIN + (steps + 1) * step,
                        y + 27
                    );
                    MARGIN + (steps + 1) * step + 16
                }
                Key::Levels => {
                    let swatch = 130;
                    for (i, level) in [None]
                        .into_iter()
                        .chain(crate::level::Level::ALL.map(Some))
                        .enumerate()
                    {
                        let value = level_value(level);
                        let x = MARGIN + i * swatch;
                        let _ = writeln!(
                            body,
                            r#"<rect x="{x}" y="{}" width="{}" height="22" fill="{}" stroke="{RULE}" stroke-width="1"/><text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>"#,
                            y - 4,
                            swatch - 2,
                            shade(value),
                            x + swatch / 2,
                            y + 12,
                            ink_on(value),
                            super::attained_name(level)
                        );
                    }
                    MARGIN + 4 * swatch + 12
                }
                Key::Bar => {
                    let _ = writeln!(
                        body,
                        r#"<rect x="{MARGIN}" y="{}" width="120" height="18" fill="{PAPER}" stroke="{RULE}" stroke-width="1"/><rect x="{MARGIN}" y="{}" width="90" height="18" fill="{BAR}"/><text x="{}" y="{}" text-anchor="middle" fill="{INK}">75%</text>"#,
                        y - 3,
                        y - 3,
                        MARGIN + 60,
                        y + 11
                    );
                    MARGIN + 136
                }
                Key::None => MARGIN,
            };
            let lines = wrap(text, (width - x - MARGIN) / CHAR_WIDTH);
            let _ = write!(body, r#"<text x="{x}" y="{}" fill="{RULE}">"#, y + 11);
            for (n, line) in lines.iter().enumerate() {
                let dy = if n == 0 { 0 } else { LINE };
                let _ = write!(body, r#"<tspan x="{x}" dy="{dy}">{}</tspan>"#, xml(line));
            }
            let _ = writeln!(body, "</text>");
            y += (LINE * lines.len()).max(22) + 14;
        }
        let height = y + 6;

        let id = self.id;
        let mut s = String::new();
        let _ = writeln!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="13" role="img" aria-labelledby="{id}-title {id}-desc">"#
        );
        let _ = writeln!(s, r#"<title id="{id}-title">{}</title>"#, xml(&self.title));
        let _ = writeln!(s, r#"<desc id="{id}-desc">{}</desc>"#, xml(&self.desc));
        let _ = writeln!(
            s,
            r#"<rect x="0" y="0" width="{width}" height="{height}" fill="{PAPER}"/>"#
        );
        let _ = write!(
            s,
            r#"<text x="{MARGIN}" y="30" font-size="18" font-weight="bold" fill="{INK}">"#
        );
        for (n, line) in title_lines.iter().enumerate() {
            let dy = if n == 0 { 0 } else { 22 };
            let _ = write!(s, r#"<tspan x="{MARGIN}" dy="{dy}">{}</tspan>"#, xml(line));
        }
        let _ = writeln!(s, "</text>");
        for (n, line) in self.headline.iter().enumerate() {
            let _ = writeln!(
                s,
                r#"<text x="{MARGIN}" y="{}" font-size="14" font-weight="bold" fill="{INK}">{}</text>"#,
                headline_top + 20 * n,
                xml(line)
            );
        }
        let _ = writeln!(
            s,
            r#"<text x="{MARGIN}" y="{}" fill="{RULE}">{}</text>"#,
            subtitle_top + 4,
            xml(&self.subtitle)
        );
        s.push_str(&body);
        let _ = writeln!(s, "</svg>");
        s
    }
}

/// Lines of text from `(x, y)`, one under the other.
fn text_lines(s: &mut String, x: usize, y: usize, lines: &[String], bold: bool) {
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    let _ = write!(s, r#"<text x="{x}" y="{y}"{weight} fill="{INK}">"#);
    for (n, line) in lines.iter().enumerate() {
        let dy = if n == 0 { 0 } else { LINE };
        let _ = write!(s, r#"<tspan x="{x}" dy="{dy}">{}</tspan>"#, xml(line));
    }
    let _ = writeln!(s, "</text>");
}

/// Draws one cell at `(x, y)` of `(width, height)`.
fn draw(s: &mut String, (x, y): (usize, usize), (width, height): (usize, usize), cell: &Cell) {
    let middle = y + height / 2 + 5;
    match cell {
        Cell::Shade {
            value,
            text,
            tooltip,
            framed,
        } => {
            let stroke = if *framed {
                format!(r#" stroke="{INK}" stroke-width="3""#)
            } else {
                format!(r#" stroke="{EDGE}" stroke-width="1""#)
            };
            let _ = writeln!(
                s,
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"{stroke}><title>{}</title></rect>"#,
                x + 2,
                y + 2,
                width - 4,
                height - 4,
                shade(*value),
                xml(tooltip)
            );
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{middle}" text-anchor="middle" fill="{}">{}</text>"#,
                x + width / 2,
                ink_on(*value),
                xml(text)
            );
        }
        Cell::Plain { text, tooltip } => {
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{middle}" text-anchor="middle" fill="{INK}"><title>{}</title>{}</text>"#,
                x + width / 2,
                xml(tooltip),
                xml(text)
            );
        }
        Cell::Bar {
            share,
            text,
            tooltip,
        } => {
            let inner = width - 8;
            let _ = writeln!(
                s,
                r#"<rect x="{}" y="{}" width="{inner}" height="{}" fill="{PAPER}" stroke="{RULE}" stroke-width="1"><title>{}</title></rect>"#,
                x + 4,
                y + 5,
                height - 10,
                xml(tooltip)
            );
            if let Some(share) = share {
                let bar = (share.clamp(0.0, 1.0) * inner as f64).round() as usize;
                let _ = writeln!(
                    s,
                    r#"<rect x="{}" y="{}" width="{bar}" height="{}" fill="{BAR}"/>"#,
                    x + 4,
                    y + 5,
                    height - 10
                );
            }
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{middle}" text-anchor="middle" fill="{INK}">{}</text>"#,
                x + width / 2,
                xml(text)
            );
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
            ["Supercalif", "ragilistic", "x"]
        );
        assert_eq!(wrap("", 10), [""]);
    }
}
