//! The colours of the pictures: the purple scale of levels (`shade`), the inks and
//! fills of text, lines and shares, and the contrast (WCAG 2.2) that chooses the ink of
//! each text on a shaded cell so that it reads at 4.5:1 at least.

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
pub(super) const EDGE: &str = "#a9a9b8";
/// The band of a domain's row.
pub(super) const BAND: &str = "#efedf5";
/// The bar of a share, which is never a level: grey, not on the purple scale of levels.
pub(super) const BAR: &str = "#c9c9d3";

/// The two inks a text on a shaded cell may take: black and white. On every shade of
/// a continuous scale one of the two reaches 4.5:1 (the worst case, where both are
/// equal, is about 4.58:1); no other pair of inks does.
const CELL_INKS: [((u8, u8, u8), &str); 2] = [((0, 0, 0), "#000000"), ((255, 255, 255), "#ffffff")];

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

/// The shade of an attained level: Not yet Developing lightest, Thriving darkest.
pub(in crate::report) fn level_value(level: Option<crate::level::Level>) -> f64 {
    match level {
        None => 0.0,
        Some(crate::level::Level::Developing) => 0.35,
        Some(crate::level::Level::Maturing) => 0.68,
        Some(crate::level::Level::Thriving) => 1.0,
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
}
