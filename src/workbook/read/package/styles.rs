//! The workbook's styles part: which cell styles show a number as a date.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::xml::{attribute, xml_error};

/// Which cell styles show a number as a date.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    dates: Vec<bool>,
    /// Whether the workbook counts dates from 1904 (`date1904`), not 1900.
    pub(crate) date1904: bool,
}

impl Styles {
    /// Whether cells of style `index` show dates.
    pub(crate) fn is_date(&self, index: u32) -> bool {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.dates.get(i))
            .copied()
            .unwrap_or(false)
    }

    pub(super) fn parse(xml: &str) -> Result<Styles, String> {
        let mut formats: HashMap<u32, bool> = HashMap::new();
        let mut dates = Vec::new();
        let mut in_cell_xfs = false;
        let mut reader = Reader::from_str(xml);
        loop {
            match reader.read_event().map_err(|e| xml_error(&e))? {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "numFmt" => {
                        let id = attribute(&e, "numFmtId")?.and_then(|i| i.parse().ok());
                        let code = attribute(&e, "formatCode")?.unwrap_or_default();
                        if let Some(id) = id {
                            formats.insert(id, is_date_format(&code));
                        }
                    }
                    "cellXfs" => in_cell_xfs = true,
                    "xf" if in_cell_xfs => {
                        let id: u32 = attribute(&e, "numFmtId")?
                            .and_then(|i| i.parse().ok())
                            .unwrap_or(0);
                        let date = formats
                            .get(&id)
                            .copied()
                            .unwrap_or(matches!(id, 14..=22 | 27..=36 | 45..=47 | 50..=58));
                        dates.push(date);
                    }
                    _ => {}
                },
                Event::End(e) if e.local_name().as_ref() == "cellXfs" => in_cell_xfs = false,
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(Styles {
            dates,
            date1904: false,
        })
    }
}

/// Whether a number format shows a date or time: it has a day, month, year, hour or
/// second outside quoted text, escapes and `[...]` sections.
fn is_date_format(code: &str) -> bool {
    let (mut quoted, mut bracket, mut escaped) = (false, false, false);
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            _ if quoted => {}
            '[' => bracket = true,
            ']' => bracket = false,
            _ if bracket => {}
            'd' | 'D' | 'm' | 'M' | 'y' | 'Y' | 'h' | 'H' | 's' | 'S' => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_formats_are_told_from_number_formats() {
        assert!(is_date_format("yyyy-mm-dd"));
        assert!(is_date_format("[$-409]d mmm yyyy"));
        assert!(!is_date_format("0.00"));
        assert!(!is_date_format("General"));
        assert!(!is_date_format("\"days\" 0"));
        assert!(!is_date_format("[Red]0"));
    }
}
