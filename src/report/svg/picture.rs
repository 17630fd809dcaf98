//! The picture every SVG is drawn as: a title, lines that say the result, a grid of
//! cells (levels shaded, shares as bars, text) under column headers, and a legend, laid
//! out for the width of an A4 page's text and rendered as an SVG document.

use core::fmt::Write;

use super::colour::{ink_on, level_value, shade, BAND, BAR, EDGE, INK, PAPER, RULE};
use super::text::{wrap, xml};

const MARGIN: usize = 10;
/// The base size of text (cells, labels, column headers): 9 pt printed.
const FONT: usize = 12;
/// The average width of a character at the base size, in tenths of a unit, for
/// wrapping (a little over that of DejaVu Sans, the widest of the usual faces).
const CHAR_WIDTH_TENTHS: usize = 64;
const LINE: usize = 13;

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
const NOT_A_RATING: &str = super::super::NOT_A_RATING;

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
                            super::super::attained_name(level)
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
