//! Cells as the file stores them: references such as `F14` and ranges such as `B5:G5`,
//! checked against a sheet's limits, a cell's [`Value`], and a merged range.

/// The most rows a sheet has (Excel's limit): 1,048,576.
pub(crate) const MAX_ROWS: u32 = 1_048_576;
/// The most columns a sheet has (Excel's limit, up to `XFD`): 16,384.
pub(crate) const MAX_COLUMNS: u32 = 16_384;

/// A cell reference such as `F14` as (row, column), both from 0; `None` when it is not
/// one or lies beyond the sheet's limits (`XFD1048576`).
pub(crate) fn parse_reference(text: &str) -> Option<(u32, u32)> {
    let letters = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let (column, row) = text.split_at(letters);
    let column = column.bytes().fold(0u32, |n, b| {
        n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    if row.is_empty() || row.len() > 7 || !row.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let row: u32 = row.parse().ok()?;
    ((1..=MAX_ROWS).contains(&row) && (1..=MAX_COLUMNS).contains(&column))
        .then(|| (row - 1, column - 1))
}

/// A range such as `B5:G5` (or one cell, `B5`) as its top-left and bottom-right cells.
pub(crate) fn parse_range(text: &str) -> Option<((u32, u32), (u32, u32))> {
    let (a, b) = text.split_once(':').unwrap_or((text, text));
    let (a, b) = (parse_reference(a)?, parse_reference(b)?);
    Some(((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1))))
}

/// What a cell holds, as the file stores it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    /// An index into the shared strings.
    Shared(u32),
    /// Text held in the cell itself (an inline string, a formula's text result).
    Text(Box<str>),
    /// A number, with the index of its style (which says whether it is a date).
    Number { value: f64, style: u32 },
    /// `TRUE` or `FALSE`.
    Bool(bool),
    /// An error value such as `#N/A`.
    Error(Box<str>),
    /// A date stored as ISO 8601 text (cell type `d`).
    IsoDate(Box<str>),
}

/// A merged range: its top-left and bottom-right cells, (row, column) from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Merge {
    pub(crate) first: (u32, u32),
    pub(crate) last: (u32, u32),
}

impl Merge {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_within_the_sheets_limits() {
        assert_eq!(parse_reference("A1"), Some((0, 0)));
        assert_eq!(parse_reference("F14"), Some((13, 5)));
        assert_eq!(parse_reference("XFD1048576"), Some((1_048_575, 16_383)));
        for beyond in [
            "XFE1",
            "A1048577",
            "F4294967299",
            "A0",
            "1A",
            "A",
            "AAAA1",
            "A1x",
            "",
        ] {
            assert_eq!(parse_reference(beyond), None, "{beyond}");
        }
        assert_eq!(parse_range("G5:B5"), Some(((4, 1), (4, 6))));
    }
}
