//! Where things stand in a sheet: the header row and its columns, the rows labelled in
//! column A, and the merged ranges that would hide cells a reader reads. What any reader
//! of a sheet needs (the About, criterion and Action plan sheets), knowing nothing of
//! what the cells mean.

use super::sheet::Sheet;
use crate::error::{Error, Kind};

/// A header row (from 0) and the column of each header name found in it.
pub(crate) type HeaderRow<const N: usize> = (u32, [Option<u32>; N]);

/// Finds a header row: the first row (from the top) holding a text cell whose key is
/// `first` (e.g. `id`), and in that row the column of each of `names` (compared by
/// [`header_key`]). A name found twice is an error naming both cells.
pub(crate) fn header<const N: usize>(
    sheet: &Sheet<'_>,
    names: [&'static str; N],
) -> Result<Option<HeaderRow<N>>, Error> {
    header_with(sheet, names, 1)
}

/// Finds a header row as [`header`] does, taking the first row that holds each of the
/// first `required` names (at most 64), so that a row holding only the first name (a
/// value that reads `ID`, say) is not taken for the header.
pub(crate) fn header_with<const N: usize>(
    sheet: &Sheet<'_>,
    names: [&'static str; N],
    required: usize,
) -> Result<Option<HeaderRow<N>>, Error> {
    let keys = names.map(header_key);
    let all = u64::MAX >> (64 - required.clamp(1, 64.min(N)));
    let (mut row, mut current, mut have) = (None, None, 0u64);
    for (r, c, _) in sheet.grid.cells() {
        if current != Some(r) {
            (current, have) = (Some(r), 0);
        }
        let key = header_key(&sheet.text(r, c)?);
        if let Some(i) = keys[..required.min(N)].iter().position(|k| *k == key) {
            have |= 1 << i;
            if have == all {
                row = Some(r);
                break;
            }
        }
    }
    let Some(row) = row else { return Ok(None) };
    let mut found = [None; N];
    for (r, column, _) in sheet.grid.cells() {
        if r != row {
            continue;
        }
        let key = header_key(&sheet.text(r, column)?);
        let Some(i) = keys.iter().position(|k| *k == key) else {
            continue;
        };
        if let Some(first) = found[i] {
            return Err(Error::from(Kind::DuplicateHeader {
                header: names[i],
                first: sheet.cell(row, first),
            })
            .at(sheet.cell(row, column)));
        }
        found[i] = Some(column);
    }
    Ok(Some((row, found)))
}

/// The row of each of `labels` in column A (compared by [`header_key`]), looking only
/// above row `before` when given. A label in two rows is refused: which one is meant
/// cannot be told.
pub(crate) fn labels<const N: usize>(
    sheet: &Sheet<'_>,
    labels: [&'static str; N],
    before: Option<u32>,
) -> Result<[Option<u32>; N], Error> {
    let keys = labels.map(header_key);
    let mut found = [None; N];
    for (row, column, _) in sheet.grid.cells() {
        if before.is_some_and(|b| row >= b) {
            break;
        }
        if column != 0 {
            continue;
        }
        let label = header_key(&sheet.text(row, column)?);
        if let Some(i) = keys.iter().position(|k| *k == label) {
            if let Some(first) = found[i] {
                return Err(Error::from(Kind::LabelTwice {
                    label: labels[i],
                    first: sheet.cell(first, 0),
                })
                .at(sheet.cell(row, 0)));
            }
            found[i] = Some(row);
        }
    }
    Ok(found)
}

/// Refuses a merged range below `header_row` over one of `columns` (column, header):
/// the cells it hides would read as blank though the sheet shows them filled. A range
/// is refused when it spans rows there, or, within one row, hides a column's cell (one
/// that is not where the range starts) in a row whose `id_column` holds something.
pub(crate) fn refuse_merges(
    sheet: &Sheet<'_>,
    header_row: u32,
    columns: &[(u32, &'static str)],
    id_column: u32,
) -> Result<(), Error> {
    for merge in &sheet.grid.merges {
        if merge.last.0 <= header_row {
            continue;
        }
        for &(column, name) in columns {
            if !(merge.first.1..=merge.last.1).contains(&column) {
                continue;
            }
            let spans_rows = merge.first.0 != merge.last.0;
            let hides = !spans_rows
                && merge.first.1 != column
                && !sheet.text(merge.first.0, id_column)?.trim().is_empty();
            if spans_rows || hides {
                return Err(Error::from(Kind::Merged {
                    last: sheet.cell(merge.last.0, merge.last.1),
                    header: name,
                })
                .at(sheet.cell(merge.first.0, merge.first.1)));
            }
        }
    }
    Ok(())
}

/// A header or label, compared ignoring case and white space.
pub(crate) fn header_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}
