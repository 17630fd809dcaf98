//! Workbooks written part by part, as a hostile or careless program could write them:
//! the XML of each part is given as text and zipped as it is.
#![allow(dead_code)]

use std::io::Write as _;

/// A sheet: its name and its part's XML.
pub struct Part {
    pub name: String,
    pub xml: String,
}

/// Zips `parts` (name, bytes) into an archive, in order.
pub fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (name, bytes) in parts {
        writer.start_file(*name, options).expect("an entry");
        writer.write_all(bytes).expect("written");
    }
    writer.finish().expect("finished").into_inner()
}

/// An XML attribute value or text, escaped.
pub fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\n', "&#10;")
}

/// A cell holding inline text.
pub fn text(reference: &str, value: &str) -> String {
    format!(
        r#"<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
        esc(value)
    )
}

/// A cell holding a number (with style `style`, 0 for General).
pub fn number(reference: &str, value: &str, style: u32) -> String {
    format!(r#"<c r="{reference}" s="{style}"><v>{value}</v></c>"#)
}

/// A cell holding shared string `index`.
pub fn shared(reference: &str, index: usize) -> String {
    format!(r#"<c r="{reference}" t="s"><v>{index}</v></c>"#)
}

/// A row of cells (`r` from 1).
pub fn row(r: u32, cells: &[String]) -> String {
    format!(r#"<row r="{r}">{}</row>"#, cells.concat())
}

/// A worksheet's XML: its rows, then anything after the sheet data (merged cells).
pub fn sheet_xml(rows: &[String], after: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{}</sheetData>{after}</worksheet>"#,
        rows.concat()
    )
}

/// The About sheet of the built-in edition for `system`, with `extra` rows after it
/// (numbered from 6) and the date cell `date` in row 5 (empty for none).
pub fn about(system: &str, date: &str, extra: &[String]) -> Part {
    let mut rows = vec![
        row(1, &[text("A1", "Matrix"), text("B1", "mhics")]),
        row(2, &[text("A2", "Version"), text("B2", "2019")]),
        row(3, &[text("A3", "System"), text("B3", system)]),
        row(4, &[text("A4", "Respondent")]),
        row(5, &[text("A5", "Date"), date.to_owned()]),
    ];
    rows.extend(extra.iter().cloned());
    Part {
        name: "About".into(),
        xml: sheet_xml(&rows, ""),
    }
}

/// A criterion sheet: a header row `ID`, `Status`, `Note` in columns A to C, then
/// `rows` (each numbered from 2 by the caller), then `after`.
pub fn criteria(name: &str, rows: &[String], after: &str) -> Part {
    let mut all = vec![row(
        1,
        &[text("A1", "ID"), text("B1", "Status"), text("C1", "Note")],
    )];
    all.extend(rows.iter().cloned());
    Part {
        name: name.into(),
        xml: sheet_xml(&all, after),
    }
}

/// Styles with a date format as style 1 (`yyyy-mm-dd`).
pub const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>"#;

/// A workbook of `sheets`, each in its own part unless `parts` says which part each
/// sheet points at, with the shared strings `strings` (XML) if given.
pub struct Book {
    pub sheets: Vec<Part>,
    pub strings: Option<String>,
    /// For each sheet, the index of the part it points at (default: its own).
    pub targets: Option<Vec<usize>>,
    /// Entries added to the archive as they are.
    pub extra: Vec<(String, Vec<u8>)>,
}

impl Book {
    pub fn new(sheets: Vec<Part>) -> Book {
        Book {
            sheets,
            strings: None,
            targets: None,
            extra: Vec::new(),
        }
    }

    pub fn bytes(&self) -> Vec<u8> {
        let targets: Vec<usize> = self
            .targets
            .clone()
            .unwrap_or_else(|| (0..self.sheets.len()).collect());
        let mut workbook = String::from(
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
        );
        let mut rels = String::from(
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        );
        for (i, sheet) in self.sheets.iter().enumerate() {
            workbook.push_str(&format!(
                r#"<sheet name="{}" sheetId="{}" r:id="rId{}"/>"#,
                esc(&sheet.name),
                i + 1,
                i + 1
            ));
            rels.push_str(&format!(
                r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{}.xml"/>"#,
                i + 1,
                targets[i] + 1
            ));
        }
        workbook.push_str("</sheets></workbook>");
        rels.push_str(r#"<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#);
        if self.strings.is_some() {
            rels.push_str(r#"<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#);
        }
        rels.push_str("</Relationships>");
        let root = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
        let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#;
        let names: Vec<String> = self
            .sheets
            .iter()
            .enumerate()
            .map(|(i, _)| format!("xl/worksheets/sheet{}.xml", i + 1))
            .collect();
        let mut parts: Vec<(&str, &[u8])> = vec![
            ("[Content_Types].xml", types.as_bytes()),
            ("_rels/.rels", root.as_bytes()),
            ("xl/workbook.xml", workbook.as_bytes()),
            ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
            ("xl/styles.xml", STYLES.as_bytes()),
        ];
        if let Some(strings) = &self.strings {
            parts.push(("xl/sharedStrings.xml", strings.as_bytes()));
        }
        let used: Vec<bool> = (0..self.sheets.len())
            .map(|i| targets.contains(&i))
            .collect();
        for (i, sheet) in self.sheets.iter().enumerate() {
            if used[i] {
                parts.push((&names[i], sheet.xml.as_bytes()));
            }
        }
        for (name, bytes) in &self.extra {
            parts.push((name, bytes));
        }
        zip(&parts)
    }
}

/// Shared strings XML holding `strings`, declaring `unique_count`.
pub fn strings_xml(strings: &[&str], unique_count: &str) -> String {
    let items: String = strings
        .iter()
        .map(|s| format!(r#"<si><t xml:space="preserve">{}</t></si>"#, esc(s)))
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{unique_count}" uniqueCount="{unique_count}">{items}</sst>"#
    )
}

/// An Action plan sheet for `system`: rows `System`, `Assessed` and `Agreed` (1 to 3),
/// the header row `ID`, `Title`, `Criteria`, `Owner`, `Lead`, `Due`, `Status`, `Note` in
/// columns A to H (row 4), then `rows` (each numbered from 5 by the caller), then
/// `after`.
pub fn plan(system: &str, rows: &[String], after: &str) -> Part {
    let headers = [
        "ID", "Title", "Criteria", "Owner", "Lead", "Due", "Status", "Note",
    ];
    let header: Vec<String> = headers
        .iter()
        .zip('A'..)
        .map(|(h, column)| text(&format!("{column}4"), h))
        .collect();
    let mut all = vec![
        row(1, &[text("A1", "System"), text("B1", system)]),
        row(2, &[text("A2", "Assessed")]),
        row(3, &[text("A3", "Agreed")]),
        row(4, &header),
    ];
    all.extend(rows.iter().cloned());
    Part {
        name: "Action plan".into(),
        xml: sheet_xml(&all, after),
    }
}

/// A row `r` of an Action plan sheet made by [`plan`]: the texts of columns A to H,
/// an empty one leaving its cell out.
pub fn action(r: u32, cells: [&str; 8]) -> String {
    let cells: Vec<String> = cells
        .iter()
        .zip('A'..)
        .filter(|(value, _)| !value.is_empty())
        .map(|(value, column)| text(&format!("{column}{r}"), value))
        .collect();
    row(r, &cells)
}
