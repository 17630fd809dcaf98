//! The workbook's colours and cell formats, and the shading of `Status` cells.
//!
//! Statuses are shaded on the purple scale of the reports (ColorBrewer "Purples", as in
//! the SVG heatmaps), darker for more in place, with text of at least 4.5:1 contrast
//! (WCAG 2 AA). This is a self-assessment, not a RAG rating: no red, amber or green.

use rust_xlsxwriter::{
    Color, ConditionalFormatFormula, Format, FormatAlign, FormatBorder, Worksheet, XlsxError,
};

use crate::assessment::Status;

/// The header rows and titles.
pub(super) const PURPLE_DARK: u32 = 0x3F_2A_6B;
/// Sub-section headings (and domain rows of the Summary).
pub(super) const PURPLE_MID: u32 = 0xD9_D0_EC;
/// Level headings.
pub(super) const PURPLE_LIGHT: u32 = 0xF1_ED_F8;
/// The cells to fill in.
pub(super) const FILL_IN: u32 = 0xFF_FB_E6;
/// Text on light cells (the reports' ink).
pub(super) const INK: u32 = 0x1F_19_33;
/// Text on dark cells.
pub(super) const PAPER: u32 = 0xFF_FF_FF;
/// Secondary text (the reports' rule colour).
pub(super) const RULE: u32 = 0x6B_6B_7B;

/// How a `Status` cell is shaded for each status, in the order of [`Status::ALL`]:
/// (background, text).
pub(super) const STATUS_COLOURS: [(u32, u32); 4] = [
    // Met: the scale's eighth step, white text.
    (0x54_27_8F, PAPER),
    // Partial: its fourth step.
    (0xBC_BD_DC, INK),
    // Not met: its second step.
    (0xEF_ED_F5, INK),
    // Not applicable: out of the count, in grey on white.
    (PAPER, RULE),
];

/// The formats of the About and domain sheets.
pub(super) struct Formats {
    pub(super) title: Format,
    pub(super) subtitle: Format,
    /// A paragraph in italics, wrapped (what the Action plan sheet is for).
    pub(super) about_text: Format,
    /// A hint beside a cell to fill in, in italics on one line.
    pub(super) hint: Format,
    pub(super) label: Format,
    pub(super) locked_value: Format,
    pub(super) fill_in: Format,
    pub(super) fill_in_date: Format,
    pub(super) heading: Format,
    pub(super) text: Format,
    pub(super) header: Format,
    pub(super) subsection: Format,
    pub(super) level: Format,
    pub(super) level_name: Format,
    pub(super) level_text: Format,
    pub(super) cell: Format,
    pub(super) cell_center: Format,
    pub(super) status: Format,
    pub(super) note: Format,
    /// Summary: a domain's row.
    pub(super) domain_row: Format,
    /// Summary: figures, centred.
    pub(super) figure: Format,
    /// Summary: the counts beside the table.
    pub(super) count: Format,
    /// Summary: the headers of the counts.
    pub(super) count_header: Format,
}

fn border(format: Format) -> Format {
    format
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xBF_BF_BF))
}

impl Formats {
    pub(super) fn new() -> Formats {
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let fill_in = border(wrap.clone())
            .set_unlocked()
            .set_background_color(Color::RGB(FILL_IN));
        let domain_row = border(wrap.clone())
            .set_bold()
            .set_background_color(Color::RGB(PURPLE_MID))
            .set_align(FormatAlign::VerticalCenter);
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_font_color(Color::RGB(PURPLE_DARK))
                .set_align(FormatAlign::VerticalCenter),
            subtitle: Format::new().set_italic(),
            about_text: wrap.clone().set_italic(),
            hint: Format::new().set_italic().set_align(FormatAlign::Top),
            label: Format::new().set_bold().set_align(FormatAlign::Top),
            locked_value: wrap.clone(),
            fill_in: fill_in.clone(),
            fill_in_date: fill_in
                .clone()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Left),
            heading: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_font_color(Color::RGB(PURPLE_DARK)),
            text: wrap.clone(),
            header: border(wrap.clone())
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(Color::RGB(PURPLE_DARK))
                .set_align(FormatAlign::VerticalCenter),
            subsection: wrap
                .clone()
                .set_bold()
                .set_font_size(12)
                .set_background_color(Color::RGB(PURPLE_MID))
                .set_align(FormatAlign::VerticalCenter),
            level: wrap
                .clone()
                .set_italic()
                .set_background_color(Color::RGB(PURPLE_LIGHT))
                .set_align(FormatAlign::VerticalCenter),
            level_name: Format::new()
                .set_bold()
                .set_font_color(Color::RGB(PURPLE_DARK)),
            level_text: Format::new().set_italic(),
            cell: border(wrap.clone()),
            cell_center: border(wrap.clone()).set_align(FormatAlign::Center),
            status: fill_in.clone(),
            note: fill_in,
            domain_row,
            figure: border(wrap.clone()).set_align(FormatAlign::Center),
            count: border(Format::new())
                .set_font_color(Color::RGB(RULE))
                .set_align(FormatAlign::Center),
            count_header: border(wrap)
                .set_bold()
                .set_font_color(Color::RGB(PURPLE_DARK))
                .set_background_color(Color::RGB(PURPLE_LIGHT))
                .set_align(FormatAlign::VerticalCenter),
        }
    }
}

/// The spreadsheet expression that is 1 when `cell` holds `status` and 0 when not, by
/// label or status ID in any case and ignoring surrounding spaces; `cell` is a
/// reference such as `F4`, or a range inside `SUMPRODUCT`. `Met` and its ID `met`
/// differ only in case; the others are tested both ways. (A number, never a truth
/// value: a spreadsheet orders any truth value above any number.)
pub(super) fn holds(cell: &str, status: Status) -> String {
    let label = super::super::status_label(status).to_lowercase();
    let id = status.as_str();
    if label == id {
        format!("(--(LOWER(TRIM({cell}))=\"{label}\"))")
    } else {
        format!("((LOWER(TRIM({cell}))=\"{label}\")+(LOWER(TRIM({cell}))=\"{id}\"))")
    }
}

/// Shades the `Status` cells `first..=last` of `column` by status: one conditional
/// format per status, testing the cell as the Summary's formulas count it.
pub(super) fn shade_statuses(
    sheet: &mut Worksheet,
    first: u32,
    last: u32,
    column: u16,
) -> Result<(), XlsxError> {
    let top = format!(
        "{}{}",
        crate::error::column_name(u32::from(column)),
        first + 1
    );
    for (status, (background, text)) in Status::ALL.into_iter().zip(STATUS_COLOURS) {
        let mut format = Format::new()
            .set_background_color(Color::RGB(background))
            .set_font_color(Color::RGB(text));
        if status == Status::NotApplicable {
            format = format.set_italic();
        }
        let rule = ConditionalFormatFormula::new()
            .set_rule(format!("={}>0", holds(&top, status)).as_str())
            .set_format(format);
        sheet.add_conditional_format(first, column, last, column, &rule)?;
    }
    Ok(())
}

/// WCAG 2 relative luminance of an `0xRRGGBB` colour.
#[cfg(test)]
fn luminance(rgb: u32) -> f64 {
    let channel = |shift: u32| {
        let c = f64::from((rgb >> shift) & 0xFF) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
}

/// WCAG 2 contrast ratio of two colours, from 1 to 21.
#[cfg(test)]
fn contrast(a: u32, b: u32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_is_computed_as_wcag_says() {
        assert!((contrast(0x00_00_00, 0xFF_FF_FF) - 21.0).abs() < 1e-9);
        assert!((contrast(0x77_77_77, 0xFF_FF_FF) - 4.48).abs() < 0.01);
        assert_eq!(contrast(INK, INK), 1.0);
    }

    #[test]
    fn every_status_is_legible_and_the_shades_tell_them_apart() {
        for (status, (background, text)) in Status::ALL.into_iter().zip(STATUS_COLOURS) {
            let ratio = contrast(background, text);
            assert!(ratio >= 4.5, "{status}: contrast {ratio:.2}");
        }
        // The header, the fill-in cells and the headings too.
        for (background, text) in [
            (PURPLE_DARK, PAPER),
            (FILL_IN, INK),
            (PURPLE_MID, INK),
            (PURPLE_LIGHT, PURPLE_DARK),
            (PURPLE_LIGHT, RULE),
        ] {
            let ratio = contrast(background, text);
            assert!(ratio >= 4.5, "{background:06x} / {text:06x}: {ratio:.2}");
        }
        // Darker for more in place: Met, Partial, Not met.
        let l: Vec<f64> = STATUS_COLOURS.iter().map(|(b, _)| luminance(*b)).collect();
        assert!(l[0] < l[1] && l[1] < l[2], "{l:?}");
    }

    /// Hue in degrees and saturation (0 to 1, HSL) of an `0xRRGGBB` colour.
    fn hue_saturation(rgb: u32) -> (f64, f64) {
        let [r, g, b] = [16, 8, 0].map(|s| f64::from((rgb >> s) & 0xFF) / 255.0);
        let (max, min) = (r.max(g).max(b), r.min(g).min(b));
        let (l, d) = ((max + min) / 2.0, max - min);
        if d == 0.0 {
            return (0.0, 0.0);
        }
        let s = d / (1.0 - (2.0 * l - 1.0).abs());
        let h = if max == r {
            60.0 * (((g - b) / d).rem_euclid(6.0))
        } else if max == g {
            60.0 * ((b - r) / d + 2.0)
        } else {
            60.0 * ((r - g) / d + 4.0)
        };
        (h, s)
    }

    #[test]
    fn no_status_is_red_amber_or_green() {
        for (background, text) in STATUS_COLOURS {
            for colour in [background, text] {
                let (hue, saturation) = hue_saturation(colour);
                // Grey, or a blue-purple (not red 0-20 / 340-360, amber 20-60, green 60-170).
                assert!(
                    saturation < 0.15 || (200.0..=300.0).contains(&hue),
                    "{colour:06x}: hue {hue:.0}, saturation {saturation:.2}"
                );
            }
        }
    }

    #[test]
    fn the_test_for_a_status_takes_labels_and_ids() {
        assert_eq!(holds("F4", Status::Met), "(--(LOWER(TRIM(F4))=\"met\"))");
        assert_eq!(
            holds("F4", Status::NotApplicable),
            "((LOWER(TRIM(F4))=\"not applicable\")+(LOWER(TRIM(F4))=\"not_applicable\"))"
        );
    }
}
