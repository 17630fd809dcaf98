//! Row heights that fit their text.
//!
//! Spreadsheet programs do not fit the height of the rows of a file they open, so each
//! row is written with the height its tallest cell needs. The number of lines a text
//! wraps to is worked out as a spreadsheet program wraps it: word by word, each
//! character as wide as it is in Calibri, the default font (whose widths Carlito, the
//! font LibreOffice uses in its place, shares), in a column as wide as Excel draws it.
//! (LibreOffice draws the same column about 6% wider, as it takes the digit's width
//! unrounded, so it may show a row a line taller than its text: rows are sized for
//! Excel's narrower column, so that no line is cut off there.)
//!
//! Rows where people type (the criteria's rows on the domain sheets, the actions' rows
//! on the Action plan sheet) start at the height their text needs but are not marked
//! as of a set height ([`rows_that_grow`]): Excel fits such a row again as text is
//! typed or pasted into it, LibreOffice when it opens the file too, so a note typed
//! into a blank workbook shows and prints whole.

use crate::workbook::error::WriteError;

/// Advance widths of the printable ASCII characters (U+0020 to U+007E) in Calibri
/// Regular, in units of 1/2048 of the font size.
const ASCII_WIDTHS: [u16; 95] = [
    463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791, 1038,
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949, 1831,
    1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058,
    1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020, 596, 981,
    1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076, 1076, 714,
    801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020,
];

/// Units per em of [`ASCII_WIDTHS`].
const UNITS: f64 = 2048.0;

/// The width of a character in units of 1/2048 em; characters beyond ASCII are taken as
/// wide as the widest common ones, so that a row errs on the side of room.
fn advance(c: char) -> u16 {
    match c {
        ' '..='~' => ASCII_WIDTHS[c as usize - 0x20],
        '‘' | '’' => 511,
        '“' | '”' => 857,
        '–' | '•' => 1020,
        '—' => 1854,
        _ => 1300,
    }
}

/// The points a text takes at `size` points (regular weight; bold is about 3% wider).
fn points(text: &str, size: f64) -> f64 {
    let units: u32 = text.chars().map(|c| u32::from(advance(c))).sum();
    f64::from(units) * size / UNITS
}

/// The width in points that text may fill in a column `width` characters wide: Excel
/// makes a column of width w (in widths of the digit `0` of an 11-point Calibri, 7
/// pixels) w × 7 + 5 pixels wide, and leaves a few pixels' margin inside the cell.
fn usable(width: f64) -> f64 {
    ((width * 7.0 + 5.0).floor() - 7.0).max(7.0) * 0.75
}

/// The lines a text wraps to in a cell `width` characters wide, at `size` points
/// (`bold` for bold text). Each line of the text wraps on its own; a word longer than a
/// line is broken where it meets the edge, as spreadsheet programs do.
pub(super) fn lines(text: &str, width: f64, size: f64, bold: bool) -> u32 {
    let room = usable(width) / if bold { 1.04 } else { 1.0 };
    let space = points(" ", size);
    text.split('\n')
        .map(|line| {
            let (mut lines, mut used) = (1u32, 0.0f64);
            for word in line.split(' ') {
                let mut length = points(word, size);
                if used > 0.0 && used + space + length > room {
                    lines += 1;
                    used = 0.0;
                }
                if used > 0.0 {
                    used += space;
                }
                while used + length > room && length > 0.0 {
                    // A word wider than the line: the part that fits, then the rest below.
                    length -= room - used;
                    lines += 1;
                    used = 0.0;
                }
                used += length;
            }
            lines
        })
        .fold(0u32, u32::saturating_add)
}

/// The points a line of wrapped 11-point text takes (Calibri's line spacing, 13.4
/// points, rounded up to whole pixels with room for Excel's rounding).
const LINE: f64 = 14.4;

/// The tallest row Excel allows, in points.
const MAX_HEIGHT: f64 = 409.0;

/// The height in points of a row whose cells hold these texts, in columns of these
/// widths, in 11-point regular text: a line's height for each line of its tallest
/// cell, and a little room above and below.
pub(super) fn height(cells: &[(&str, f64)]) -> f64 {
    let most = cells
        .iter()
        .map(|(text, width)| lines(text, *width, 11.0, false))
        .max()
        .unwrap_or(1);
    (LINE * f64::from(most) + 3.0).min(MAX_HEIGHT)
}

/// `package`, a workbook as written, with the rows listed no longer marked as of a
/// set height: for each `(sheet, rows)`, the sheet's position in the workbook (from 0)
/// and its rows (from 0). Each such row keeps the height it was written with, where it
/// starts, and a spreadsheet program fits it to its text again when that changes.
pub(super) fn rows_that_grow(
    package: &[u8],
    sheets: &[(usize, Vec<u32>)],
) -> Result<Vec<u8>, WriteError> {
    use std::io::{Cursor, Read, Write};
    use zip::write::SimpleFileOptions;

    let fail = |e: &dyn std::fmt::Display| WriteError::Failed {
        reason: e.to_string(),
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(package)).map_err(|e| fail(&e))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(package.len())));
    for i in 0..archive.len() {
        let name = archive
            .by_index_raw(i)
            .map_err(|e| fail(&e))?
            .name()
            .map_err(|e| fail(&e))?
            .into_owned();
        let rows = sheets
            .iter()
            .find(|(sheet, _)| name == format!("xl/worksheets/sheet{}.xml", sheet + 1))
            .map(|(_, rows)| rows);
        if let Some(rows) = rows {
            let mut xml = String::new();
            archive
                .by_index(i)
                .map_err(|e| fail(&e))?
                .read_to_string(&mut xml)
                .map_err(|e| fail(&e))?;
            let options =
                SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            out.start_file(name, options).map_err(|e| fail(&e))?;
            out.write_all(unset_heights(&xml, rows).as_bytes())
                .map_err(|e| fail(&e))?;
        } else {
            let file = archive.by_index_raw(i).map_err(|e| fail(&e))?;
            out.raw_copy_file(file).map_err(|e| fail(&e))?;
        }
    }
    Ok(out.finish().map_err(|e| fail(&e))?.into_inner())
}

/// A worksheet's XML with the `customHeight` mark taken off the `<row>` elements of
/// `rows` (from 0; a row element's `r` counts from 1).
fn unset_heights(xml: &str, rows: &[u32]) -> String {
    const MARK: &str = " customHeight=\"1\"";
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(at) = rest.find("<row ") {
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..end];
        let number = tag
            .split_once(" r=\"")
            .and_then(|(_, after)| after.split_once('"'))
            .and_then(|(n, _)| n.parse::<u32>().ok());
        out.push_str(&rest[..at]);
        match number {
            Some(r) if r >= 1 && rows.contains(&(r - 1)) => {
                out.push_str(&tag.replacen(MARK, "", 1))
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_where_a_spreadsheet_program_wraps_it() {
        // Excel makes the 62-wide criterion column 439 pixels wide, 324 points for text.
        assert_eq!(usable(62.0), 324.0);
        // 295 points of 11-point Calibri fit on a line; a word more (330) does not.
        let line = "The ICS leaders support the planning and development of delivery";
        assert!((294.0..296.0).contains(&points(line, 11.0)));
        assert_eq!(lines(line, 62.0, 11.0, false), 1);
        assert_eq!(lines(&format!("{line} models"), 62.0, 11.0, false), 2);
        assert_eq!(lines(&format!("{line}\n{line}"), 62.0, 11.0, false), 2);
        // Narrow letters take less room than wide ones.
        assert_eq!(lines(&"il ".repeat(40), 62.0, 11.0, false), 1);
        assert_eq!(lines(&"mw ".repeat(40), 62.0, 11.0, false), 3);
    }

    #[test]
    fn lines_are_counted_line_by_line_and_long_words_break() {
        assert_eq!(lines("", 20.0, 11.0, false), 1);
        assert_eq!(lines("a\nb\n\nc", 20.0, 11.0, false), 4);
        let word = "x".repeat(200);
        assert!(lines(&word, 20.0, 11.0, false) >= 5);
        assert!(
            lines(&"w ".repeat(100), 20.0, 11.0, true)
                > lines(&"i ".repeat(100), 20.0, 11.0, false)
        );
    }

    #[test]
    fn only_the_rows_named_lose_their_set_height() {
        let xml = r#"<sheetData><row r="1" spans="1:7" ht="24" customHeight="1"><c r="A1"/></row><row r="2" ht="45" customHeight="1"/><row r="3" ht="30" customHeight="1"/></sheetData>"#;
        assert_eq!(
            unset_heights(xml, &[1, 2]),
            r#"<sheetData><row r="1" spans="1:7" ht="24" customHeight="1"><c r="A1"/></row><row r="2" ht="45"/><row r="3" ht="30"/></sheetData>"#
        );
        assert_eq!(unset_heights(xml, &[]), xml);
    }

    #[test]
    fn the_rows_people_type_in_are_left_to_grow() -> Result<(), Box<dyn std::error::Error>> {
        use std::io::Read;
        let plan = crate::plan::Plan::new("Example ICS")?;
        let bytes = super::super::write_with_plan(crate::content::MHICS_2019, None, &plan)?;
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))?;
        let mut sheet = |n: usize| -> Result<String, Box<dyn std::error::Error>> {
            let mut xml = String::new();
            archive
                .by_name(&format!("xl/worksheets/sheet{n}.xml"))?
                .read_to_string(&mut xml)?;
            Ok(xml)
        };
        // A domain sheet: its title and headers keep their set heights; the criteria's
        // rows, with their notes, grow.
        let domain = sheet(3)?;
        assert!(domain.contains(r#"<row r="1" spans="1:7" ht="24" customHeight="1">"#));
        let criteria = domain.matches("<row ").count() - domain.matches("customHeight").count();
        assert!(criteria > 50, "{criteria} rows left to grow");
        // The Action plan sheet: its blank rows grow.
        let plan = sheet(6)?;
        let last = plan.rfind("<row ").expect("rows");
        assert!(!plan[last..]
            .split('>')
            .next()
            .unwrap_or("")
            .contains("customHeight"));
        Ok(())
    }

    #[test]
    fn rows_are_at_most_as_tall_as_excel_allows() {
        assert_eq!(height(&[("one line", 40.0)]), LINE + 3.0);
        assert_eq!(height(&[("a\n".repeat(1000).as_str(), 40.0)]), MAX_HEIGHT);
        assert_eq!(height(&[]), LINE + 3.0);
    }
}
