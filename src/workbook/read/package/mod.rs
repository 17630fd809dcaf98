//! The parts of a workbook the reader needs, read from the archive with a bound on each:
//! `_rels/.rels`, the workbook part and its relationships (the sheets, in order, and
//! where each is), the shared strings, the styles (to tell date cells from numbers),
//! and each sheet's part, once.
//!
//! Nothing is reserved from a count the file declares (`uniqueCount`, `count`,
//! dimensions): every allocation grows with what is really read, and everything read is
//! counted against [`MAX_UNZIPPED`]; a part is read at most once, so two sheets cannot
//! share one part.
//!
//! [`Package`] holds the archive and reads each part from it; the parts it reads first
//! are parsed in `workbook` (the workbook part and the relationships), `strings` (the
//! shared strings) and `styles`, with the XML helpers of `xml`.

pub(crate) mod strings;
pub(crate) mod styles;
mod workbook;
pub(crate) mod xml;

use std::collections::HashMap;
use std::io::{Cursor, Read};

use crate::error::{Error, Kind};
use crate::workbook::{MAX_SIZE, MAX_UNZIPPED};
use strings::SharedStrings;
use styles::Styles;
use workbook::{relationships, sheets, SheetEntry};

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
    pub(crate) fn open(bytes: &'a [u8]) -> Result<Package<'a>, Error> {
        if bytes.is_empty() {
            return Err(Error::from(Kind::NotAWorkbook {
                reason: "the file is empty".to_owned(),
            }));
        }
        if bytes.len() > MAX_SIZE {
            return Err(Error::from(Kind::TooLarge {
                what: "a workbook",
                limit: MAX_SIZE as u64,
            }));
        }
        let not_a_workbook = |e: zip::result::ZipError| {
            Error::from(Kind::NotAWorkbook {
                reason: crate::name::escaped(&e.to_string()).to_string(),
            })
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
                return Err(Error::from(Kind::DuplicateEntry { name }));
            }
        }
        if archive.has_duplicate_names() {
            return Err(Error::from(Kind::DuplicateEntry {
                name: "(one of the archive's entries)".to_owned(),
            }));
        }
        if unzipped > u128::from(MAX_UNZIPPED) {
            return Err(Error::from(Kind::TooLargeUnzipped {
                size: unzipped,
                limit: MAX_UNZIPPED,
            }));
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
        let xml = package.part(&workbook)?.ok_or_else(|| {
            Error::from(Kind::NotAWorkbook {
                reason: format!("no workbook part ({workbook})"),
            })
        })?;
        let (sheets, date1904) = sheets(&xml, &rels).map_err(|reason| {
            Error::from(Kind::NotAWorkbook {
                reason: format!("{workbook}: {reason}"),
            })
        })?;
        let mut names: HashMap<String, usize> = HashMap::with_capacity(sheets.len());
        let mut parts: HashMap<String, usize> = HashMap::with_capacity(sheets.len());
        for (j, sheet) in sheets.iter().enumerate() {
            if let Some(&i) = names.get(&sheet.name.to_lowercase()) {
                return Err(Error::from(Kind::DuplicateSheet {
                    first: sheets[i].name.clone(),
                    second: sheet.name.clone(),
                }));
            }
            if let Some(&i) = parts.get(&sheet.part.to_ascii_lowercase()) {
                return Err(Error::from(Kind::SharedPart {
                    first: sheets[i].name.clone(),
                    second: sheet.name.clone(),
                    part: sheet.part.clone(),
                }));
            }
            names.insert(sheet.name.to_lowercase(), j);
            parts.insert(sheet.part.to_ascii_lowercase(), j);
        }
        package.sheets = sheets;
        for r in &rels {
            if r.kind.ends_with("/sharedStrings") {
                if let Some(xml) = package.part(&r.target)? {
                    package.strings = SharedStrings::parse(&xml).map_err(|reason| {
                        Error::from(Kind::NotAWorkbook {
                            reason: format!("{}: {reason}", r.target),
                        })
                    })?;
                }
            } else if r.kind.ends_with("/styles") {
                if let Some(xml) = package.part(&r.target)? {
                    package.styles = Styles::parse(&xml).map_err(|reason| {
                        Error::from(Kind::NotAWorkbook {
                            reason: format!("{}: {reason}", r.target),
                        })
                    })?;
                }
            }
        }
        package.styles.date1904 = date1904;
        Ok(package)
    }

    /// Reads a part as UTF-8 text, once; `None` when the archive has no such part.
    pub(crate) fn part(&mut self, name: &str) -> Result<Option<String>, Error> {
        let Some(entry) = self.entries.get(&name.to_ascii_lowercase()).cloned() else {
            return Ok(None);
        };
        if self.read.contains(&entry) {
            return Err(Error::from(Kind::NotAWorkbook {
                reason: format!("{} is read twice", crate::name::escaped(&entry)),
            }));
        }
        self.read.push(entry.clone());
        let not_a_workbook = |reason: String| {
            Error::from(Kind::NotAWorkbook {
                reason: format!(
                    "{}: {}",
                    crate::name::escaped(&entry),
                    crate::name::escaped(&reason)
                ),
            })
        };
        let file = self
            .archive
            .by_name(&entry)
            .map_err(|e| not_a_workbook(e.to_string()))?;
        let declared = file.size();
        if declared > self.budget {
            return Err(Error::from(Kind::TooLargeUnzipped {
                size: u128::from(MAX_UNZIPPED - self.budget) + u128::from(declared),
                limit: MAX_UNZIPPED,
            }));
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
}
