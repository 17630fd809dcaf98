//! The workbook part and the relationships parts: where each part is, and the
//! workbook's sheets in order.

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::error::{Error, Kind};

use super::xml::{attribute, xml_error};

/// A sheet of the workbook: its name and the part that holds it.
#[derive(Debug, Clone)]
pub(crate) struct SheetEntry {
    pub(crate) name: String,
    pub(crate) part: String,
}

/// A relationship: its id, type and target part (resolved from `folder`).
pub(super) struct Relationship {
    id: String,
    pub(super) kind: String,
    pub(super) target: String,
}

pub(super) fn relationships(
    xml: &str,
    folder: &str,
    part: &str,
) -> Result<Vec<Relationship>, Error> {
    let bad = |reason: String| {
        Error::from(Kind::NotAWorkbook {
            reason: format!("{part}: {reason}"),
        })
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
pub(super) fn sheets(xml: &str, rels: &[Relationship]) -> Result<(Vec<SheetEntry>, bool), String> {
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
