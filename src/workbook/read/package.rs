//! The parts of a workbook the reader needs, read from the archive with a bound on each:
//! `_rels/.rels`, the workbook part and its relationships (the sheets, in order, and
//! where each is), the shared strings, the styles (to tell date cells from numbers),
//! and each sheet's part, once.
//!
//! Nothing is reserved from a count the file declares (`uniqueCount`, `count`,
//! dimensions): every allocation grows with what is really read, and everything read is
//! counted against [`MAX_UNZIPPED`]; a part is read at most once, so two sheets cannot
//! share one part.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;

use super::sheet::Grid;
use crate::workbook::error::WorkbookError;
use crate::workbook::{excel_length, MAX_CELL_CHARS, MAX_SIZE, MAX_UNZIPPED};

/// An attribute's value, unescaped, by its local name (`r:id` is found as `id`).
pub(crate) fn attribute(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    for attribute in e.attributes() {
        let attribute = attribute.map_err(|e| xml_error(&e.into()))?;
        if attribute.key.local_name().as_ref() == name {
            return attribute
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| Some(v.into_owned()))
                .map_err(|e| xml_error(&e));
        }
    }
    Ok(None)
}

/// A reader error, on one line.
pub(crate) fn xml_error(e: &quick_xml::Error) -> String {
    crate::name::escaped(&e.to_string()).to_string()
}

/// The character an entity or character reference stands for: the five XML entities
/// and `&#...;`; any other entity is refused (no document type is ever read).
pub(crate) fn resolve_reference(r: &BytesRef<'_>) -> Result<char, String> {
    if r.is_char_ref() {
        return r
            .resolve_char_ref()
            .ok()
            .flatten()
            .ok_or_else(|| format!("&{};: not a character", crate::name::escaped(r)));
    }
    quick_xml::escape::resolve_predefined_entity(r)
        .and_then(|s| s.chars().next())
        .ok_or_else(|| format!("unknown entity &{};", crate::name::escaped(r)))
}

/// Undoes the escapes that OOXML writes for characters XML cannot hold: `_x000D_` is a
/// carriage return, and `_x005F_` an underscore (so `_x005F_x000D_` is the text
/// `_x000D_`).
pub(crate) fn ooxml_unescape(text: &str) -> Cow<'_, str> {
    if !text.contains("_x") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let escape = rest.get(at..at + 7);
        let decoded = escape
            .filter(|e| e.ends_with('_'))
            .and_then(|e| u32::from_str_radix(&e[2..6], 16).ok())
            .and_then(char::from_u32);
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[at + 7..];
            }
            None => {
                out.push_str("_x");
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

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

    fn parse(xml: &str) -> Result<SharedStrings, String> {
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

    fn parse(xml: &str) -> Result<Styles, String> {
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

/// A sheet of the workbook: its name and the part that holds it.
#[derive(Debug, Clone)]
pub(crate) struct SheetEntry {
    pub(crate) name: String,
    part: String,
}

/// An opened workbook: its sheets in order, shared strings and styles, and the archive
/// to read each sheet from.
pub(crate) struct Package<'a> {
    archive: zip::ZipArchive<Cursor<&'a [u8]>>,
    /// Archive entry names by their lower-case form (part names ignore case).
    entries: HashMap<String, String>,
    /// What may still be unzipped, in bytes.
    budget: u64,
    /// The parts read so far: none is read twice.
    read: Vec<String>,
    pub(crate) sheets: Vec<SheetEntry>,
    pub(crate) strings: SharedStrings,
    pub(crate) styles: Styles,
}

impl<'a> Package<'a> {
    /// Opens a workbook: checks its size, its archive's declared unzipped size and entry
    /// names, and reads the workbook part, its relationships, shared strings and styles.
    pub(crate) fn open(bytes: &'a [u8]) -> Result<Package<'a>, WorkbookError> {
        if bytes.is_empty() {
            return Err(WorkbookError::Empty);
        }
        if bytes.len() > MAX_SIZE {
            return Err(WorkbookError::TooLarge {
                size: bytes.len(),
                limit: MAX_SIZE,
            });
        }
        let not_a_workbook = |e: zip::result::ZipError| WorkbookError::NotAWorkbook {
            reason: crate::name::escaped(&e.to_string()).to_string(),
        };
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(not_a_workbook)?;
        // The central directory gives every entry's size, also for entries written with
        // a data descriptor; the archive reader never reads past it.
        let mut unzipped: u128 = 0;
        let mut entries: HashMap<String, String> = HashMap::with_capacity(archive.len());
        for i in 0..archive.len() {
            let entry = archive.by_index_raw(i).map_err(not_a_workbook)?;
            unzipped += u128::from(entry.size());
            let name = entry.name().map_err(not_a_workbook)?.into_owned();
            if entries
                .insert(name.to_ascii_lowercase(), name.clone())
                .is_some()
            {
                return Err(WorkbookError::DuplicateEntry { name });
            }
        }
        if archive.has_duplicate_names() {
            return Err(WorkbookError::DuplicateEntry {
                name: "(one of the archive's entries)".to_owned(),
            });
        }
        if unzipped > u128::from(MAX_UNZIPPED) {
            return Err(WorkbookError::TooLargeUnzipped {
                size: unzipped,
                limit: MAX_UNZIPPED,
            });
        }
        let mut package = Package {
            archive,
            entries,
            budget: MAX_UNZIPPED,
            read: Vec::new(),
            sheets: Vec::new(),
            strings: SharedStrings::default(),
            styles: Styles::default(),
        };
        let workbook = match package.part("_rels/.rels")? {
            Some(rels) => relationships(&rels, "", "_rels/.rels")?
                .into_iter()
                .find(|r| r.kind.ends_with("/officeDocument"))
                .map_or_else(|| "xl/workbook.xml".to_owned(), |r| r.target),
            None => "xl/workbook.xml".to_owned(),
        };
        let folder = workbook.rsplit_once('/').map_or("", |(f, _)| f).to_owned();
        let rels_name = format!("{folder}/_rels/{}.rels", &workbook[folder.len() + 1..]);
        let rels = match package.part(&rels_name)? {
            Some(rels) => relationships(&rels, &folder, &rels_name)?,
            None => Vec::new(),
        };
        let xml = package
            .part(&workbook)?
            .ok_or_else(|| WorkbookError::NotAWorkbook {
                reason: format!("no workbook part ({workbook})"),
            })?;
        let (sheets, date1904) =
            sheets(&xml, &rels).map_err(|reason| WorkbookError::NotAWorkbook {
                reason: format!("{workbook}: {reason}"),
            })?;
        let mut names: HashMap<String, usize> = HashMap::with_capacity(sheets.len());
        let mut parts: HashMap<String, usize> = HashMap::with_capacity(sheets.len());
        for (j, sheet) in sheets.iter().enumerate() {
            if let Some(&i) = names.get(&sheet.name.to_lowercase()) {
                return Err(WorkbookError::DuplicateSheet {
                    first: sheets[i].name.clone(),
                    second: sheet.name.clone(),
                });
            }
            if let Some(&i) = parts.get(&sheet.part.to_ascii_lowercase()) {
                return Err(WorkbookError::SharedPart {
                    first: sheets[i].name.clone(),
                    second: sheet.name.clone(),
                    part: sheet.part.clone(),
                });
            }
            names.insert(sheet.name.to_lowercase(), j);
            parts.insert(sheet.part.to_ascii_lowercase(), j);
        }
        package.sheets = sheets;
        for r in &rels {
            if r.kind.ends_with("/sharedStrings") {
                if let Some(xml) = package.part(&r.target)? {
                    package.strings = SharedStrings::parse(&xml).map_err(|reason| {
                        WorkbookError::NotAWorkbook {
                            reason: format!("{}: {reason}", r.target),
                        }
                    })?;
                }
            } else if r.kind.ends_with("/styles") {
                if let Some(xml) = package.part(&r.target)? {
                    package.styles =
                        Styles::parse(&xml).map_err(|reason| WorkbookError::NotAWorkbook {
                            reason: format!("{}: {reason}", r.target),
                        })?;
                }
            }
        }
        package.styles.date1904 = date1904;
        Ok(package)
    }

    /// Reads a part as UTF-8 text, once; `None` when the archive has no such part.
    fn part(&mut self, name: &str) -> Result<Option<String>, WorkbookError> {
        let Some(entry) = self.entries.get(&name.to_ascii_lowercase()).cloned() else {
            return Ok(None);
        };
        if self.read.contains(&entry) {
            return Err(WorkbookError::NotAWorkbook {
                reason: format!("{} is read twice", crate::name::escaped(&entry)),
            });
        }
        self.read.push(entry.clone());
        let not_a_workbook = |reason: String| WorkbookError::NotAWorkbook {
            reason: format!(
                "{}: {}",
                crate::name::escaped(&entry),
                crate::name::escaped(&reason)
            ),
        };
        let file = self
            .archive
            .by_name(&entry)
            .map_err(|e| not_a_workbook(e.to_string()))?;
        let declared = file.size();
        if declared > self.budget {
            return Err(WorkbookError::TooLargeUnzipped {
                size: u128::from(MAX_UNZIPPED - self.budget) + u128::from(declared),
                limit: MAX_UNZIPPED,
            });
        }
        // The declared size is within the budget (checked above), and the reader stops
        // at it: the buffer never grows past it.
        let mut bytes = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
        file.take(declared.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| not_a_workbook(e.to_string()))?;
        if bytes.len() as u64 > declared {
            return Err(not_a_workbook("unzips to more than it declares".to_owned()));
        }
        self.budget -= bytes.len() as u64;
        let text =
            String::from_utf8(bytes).map_err(|_| not_a_workbook("not UTF-8 text".to_owned()))?;
        Ok(Some(text))
    }

    /// Reads the sheet named `name` (one of [`sheets`](Self::sheets)).
    pub(crate) fn grid(&mut self, index: usize) -> Result<Grid, WorkbookError> {
        let entry = self.sheets[index].clone();
        let unreadable = |reason: String| WorkbookError::UnreadableSheet {
            sheet: entry.name.clone(),
            reason,
        };
        let xml = self
            .part(&entry.part)?
            .ok_or_else(|| unreadable(format!("no part {}", crate::name::quote(&entry.part))))?;
        Grid::parse(&entry.name, &xml, &self.strings)
    }
}

/// A relationship: its id, type and target part (resolved from `folder`).
struct Relationship {
    id: String,
    kind: String,
    target: String,
}

fn relationships(xml: &str, folder: &str, part: &str) -> Result<Vec<Relationship>, WorkbookError> {
    let bad = |reason: String| WorkbookError::NotAWorkbook {
        reason: format!("{part}: {reason}"),
    };
    let mut out = Vec::new();
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(|e| bad(xml_error(&e)))? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                let get = |n: &str| attribute(&e, n).map_err(&bad);
                if get("TargetMode")?.is_some_and(|m| m == "External") {
                    continue;
                }
                let (Some(id), Some(kind), Some(target)) =
                    (get("Id")?, get("Type")?, get("Target")?)
                else {
                    continue;
                };
                out.push(Relationship {
                    id,
                    kind,
                    target: resolve(folder, &target),
                });
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// A relationship's target as an archive entry name: absolute (`/xl/...`) or relative
/// to `folder`, with `.` and `..` resolved.
fn resolve(folder: &str, target: &str) -> String {
    let mut parts: Vec<&str> = match target.strip_prefix('/') {
        Some(_) => Vec::new(),
        None => folder.split('/').filter(|p| !p.is_empty()).collect(),
    };
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// The worksheets named in the workbook part, in order, and whether dates count from
/// 1904. Two sheets of one name (ignoring case, as spreadsheet programs do) or sharing
/// one part are refused.
fn sheets(xml: &str, rels: &[Relationship]) -> Result<(Vec<SheetEntry>, bool), String> {
    let mut out: Vec<SheetEntry> = Vec::new();
    let mut date1904 = false;
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(|e| xml_error(&e))? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "workbookPr" => {
                    date1904 = attribute(&e, "date1904")?.is_some_and(|v| v == "1" || v == "true");
                }
                "sheet" => {
                    let name = attribute(&e, "name")?.ok_or("a sheet with no name")?;
                    let id = attribute(&e, "id")?.ok_or("a sheet with no relationship")?;
                    let Some(rel) = rels.iter().find(|r| r.id == id) else {
                        return Err(format!("sheet {} has no part", crate::name::quote(&name)));
                    };
                    if !rel.kind.ends_with("/worksheet") {
                        // A chart sheet or dialog sheet holds no cells.
                        continue;
                    }
                    out.push(SheetEntry {
                        name,
                        part: rel.target.clone(),
                    });
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((out, date1904))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ooxml_escapes_are_undone() {
        assert_eq!(ooxml_unescape("a_x000D_\nb"), "a\r\nb");
        assert_eq!(ooxml_unescape("_x005F_x000D_"), "_x000D_");
        assert_eq!(ooxml_unescape("_x_ _x12_ _xZZZZ_"), "_x_ _x12_ _xZZZZ_");
    }

    #[test]
    fn date_formats_are_told_from_number_formats() {
        assert!(is_date_format("yyyy-mm-dd"));
        assert!(is_date_format("[$-409]d mmm yyyy"));
        assert!(!is_date_format("0.00"));
        assert!(!is_date_format("General"));
        assert!(!is_date_format("\"days\" 0"));
        assert!(!is_date_format("[Red]0"));
    }

    #[test]
    fn targets_resolve_from_the_workbooks_folder() {
        assert_eq!(
            resolve("xl", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl", "/xl/worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(resolve("xl", "../customXml/a.xml"), "customXml/a.xml");
    }
}
