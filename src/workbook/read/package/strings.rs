//! The workbook's shared strings part: every string read with a bound on its length,
//! held in one buffer.

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::workbook::{excel_length, MAX_CELL_CHARS};

use super::xml::{ooxml_unescape, resolve_reference, xml_error};

/// One shared string: its text, or only its length when it is longer than a cell holds
/// (any cell that uses it is refused).
pub(crate) enum Strings<'a> {
    Text(&'a str),
    TooLong(usize),
}

/// The workbook's shared strings, held in one buffer.
#[derive(Debug, Default)]
pub(crate) struct SharedStrings {
    text: String,
    /// Each string's end in `text`, or its length when too long (`Err`).
    ends: Vec<Result<usize, usize>>,
}

impl SharedStrings {
    /// The string at `index`.
    pub(crate) fn get(&self, index: u32) -> Option<Strings<'_>> {
        let i = usize::try_from(index).ok()?;
        let start = self.ends[..i.min(self.ends.len())]
            .iter()
            .rev()
            .find_map(|e| e.ok())
            .unwrap_or(0);
        match *self.ends.get(i)? {
            Ok(end) => Some(Strings::Text(&self.text[start..end])),
            Err(length) => Some(Strings::TooLong(length)),
        }
    }

    /// How many there are.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn parse(xml: &str) -> Result<SharedStrings, String> {
        let mut strings = SharedStrings::default();
        let mut reader = Reader::from_str(xml);
        let (mut in_item, mut in_text, mut phonetic) = (false, false, 0u32);
        let mut item = String::new();
        let mut too_long: Option<usize> = None;
        loop {
            match reader.read_event().map_err(|e| xml_error(&e))? {
                Event::Start(e) => match e.local_name().as_ref() {
                    "si" => {
                        in_item = true;
                        item.clear();
                        too_long = None;
                    }
                    "t" if in_item => in_text = true,
                    "rPh" => phonetic += 1,
                    _ => {}
                },
                Event::Empty(e) if e.local_name().as_ref() == "si" => {
                    strings.ends.push(Ok(strings.text.len()));
                }
                Event::End(e) => match e.local_name().as_ref() {
                    "si" if in_item => {
                        in_item = false;
                        let text = ooxml_unescape(&item);
                        let length = too_long.unwrap_or_else(|| excel_length(&text));
                        if length > MAX_CELL_CHARS {
                            strings.ends.push(Err(length));
                        } else {
                            strings.text.push_str(&text);
                            strings.ends.push(Ok(strings.text.len()));
                        }
                    }
                    "t" => in_text = false,
                    "rPh" => phonetic = phonetic.saturating_sub(1),
                    _ => {}
                },
                Event::Text(t) if in_text && phonetic == 0 => {
                    push_bounded(&mut item, &t.xml10_content(), &mut too_long)
                }
                Event::CData(t) if in_text && phonetic == 0 => {
                    push_bounded(&mut item, &t.into_inner(), &mut too_long);
                }
                Event::GeneralRef(r) if in_text && phonetic == 0 => {
                    let mut buf = [0; 4];
                    let c = resolve_reference(&r)?;
                    push_bounded(&mut item, c.encode_utf8(&mut buf), &mut too_long);
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(strings)
    }
}

/// Adds `text` to a shared string being read, keeping no more than a cell could hold
/// (an escape takes at most 7 bytes per character): past that only its length counts.
fn push_bounded(item: &mut String, text: &str, too_long: &mut Option<usize>) {
    if let Some(length) = too_long {
        *length += excel_length(text);
        return;
    }
    if item.len() + text.len() > 7 * MAX_CELL_CHARS {
        *too_long = Some(excel_length(item) + excel_length(text));
        *item = String::new();
    } else {
        item.push_str(text);
    }
}
