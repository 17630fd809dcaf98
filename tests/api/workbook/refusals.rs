//! Bad workbooks refused with an error naming the sheet and cell: bad statuses and IDs,
//! an ID twice, missing headers, sheets and labels, another edition, files that are not
//! workbooks, truncated files and archives that unzip beyond the limit.

use super::*;
use mhics::error::Kind;

#[test]
fn bad_statuses_and_ids_name_the_cell_and_the_nearest() {
    let rows = |status: &'static str, id: &'static str| {
        Book::new("Lakeside").sheet(
            "Domain 2",
            [
                vec![vec![]; 12],
                vec![header_at(0)],
                vec![row_at(0, id, status)],
            ]
            .concat(),
        )
    };
    fn header_at(pad: usize) -> Vec<Cell> {
        [
            vec![Blank; pad],
            vec![
                Text("ID"),
                Blank,
                Blank,
                Blank,
                Blank,
                Text("Status"),
                Text("Note"),
            ],
        ]
        .concat()
    }
    fn row_at(pad: usize, id: &'static str, status: &'static str) -> Vec<Cell> {
        [
            vec![Blank; pad],
            vec![Text(id), Blank, Blank, Blank, Blank, Text(status)],
        ]
        .concat()
    }
    assert_eq!(
        rows("Mett", "2.1-D1").error(),
        "'Domain 2'!F14: unknown status \"Mett\" for criterion `2.1-D1`; expected one of: Met, Partial, Not met, Not applicable; did you mean `Met`?"
    );
    assert_eq!(
        rows("notmet", "2.1-D1").error(),
        "'Domain 2'!F14: unknown status \"notmet\" for criterion `2.1-D1`; expected one of: Met, Partial, Not met, Not applicable; did you mean `Not met`?"
    );
    assert_eq!(
        rows("yes, mostly", "2.1-D1").error(),
        "'Domain 2'!F14: unknown status \"yes, mostly\" for criterion `2.1-D1`; expected one of: Met, Partial, Not met, Not applicable"
    );
    assert_eq!(
        rows("Met", "2.1-D99").error(),
        "'Domain 2'!A14: unknown criterion ID \"2.1-D99\"; did you mean `2.1-D1`?"
    );
    assert_eq!(
        rows("Met", "2.1-d3").error(),
        "'Domain 2'!A14: unknown criterion ID \"2.1-d3\"; did you mean `2.1-D3`?"
    );
}

#[test]
fn the_same_id_twice_names_both_cells() {
    let book = Book::new("Lakeside")
        .sheet(
            "Domain 1",
            vec![header(), vec![Text("1.1-D1"), Text("Met")]],
        )
        .sheet(
            "Domain 2",
            vec![
                header(),
                vec![Text("2.1-D1"), Text("Met")],
                vec![Text("1.1-D1"), Blank],
            ],
        );
    assert_eq!(
        book.error(),
        "'Domain 2'!A3: criterion `1.1-D1` has more than one response (the first at 'Domain 1'!A2)"
    );
}

#[test]
fn missing_headers_sheets_and_labels_are_named() {
    let sheet = |rows| Book::new("Lakeside").sheet("Domain 1", rows).error();
    assert_eq!(
        sheet(vec![
            vec![Text("Criterion"), Text("Status")],
            vec![Text("1.1-D1"), Text("Met")]
        ]),
        "'Domain 1': no `ID` column"
    );
    assert_eq!(
        sheet(vec![vec![Blank, Text("ID"), Text("State")]]),
        "'Domain 1': no `Status` column in the header row (1)"
    );
    assert_eq!(
        sheet(vec![vec![Text("ID"), Text("Status"), Text("status")]]),
        "'Domain 1'!C1: a second `Status` column (the first is 'Domain 1'!B1)"
    );
    assert_eq!(
        sheet(vec![
            header(),
            vec![Text("1.1-D1"), Blank, Text("evidence")]
        ]),
        "'Domain 1'!C2: a note on `1.1-D1` is given without a status; choose a status or clear the note"
    );

    let mut no_about = Book::new("Lakeside");
    no_about.sheets[0].0 = "Cover".into();
    assert_eq!(no_about.error(), "the workbook has no sheet named 'About'");
    let mut no_system = Book::new("Lakeside");
    no_system.sheets[0].1.remove(4);
    assert_eq!(
        no_system.error(),
        "'About': no row labelled `System` in column A"
    );
}

mhics::matrix! {
    const LAKE: Domain = domain "1" {
        title: "Lakeside leadership",
        partners: "P",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [
        "1.1" {
            title: "Local leadership",
            developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a", "1.1-D2" => "b" } ] },
            maturing: { headline: "H", themes: [ "A" intro "Partners:" { "1.1-M1" => "a" ["x", "y"] } ] },
            thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
            references: [],
        },
        ],
    };
}

mhics::matrix! {
    const LAKESIDE: Matrix = matrix "lakeside" {
        edition: LAKESIDE_2026,
        title: "Lakeside local edition",
        version: "2026",
        levels: {
            developing: { name: "Developing", description: "d" },
            maturing: { name: "Maturing", description: "m" },
            thriving: { name: "Thriving", description: "t" },
        },
        high_level_themes: [],
        domains: [LAKE],
    };
}

#[test]
fn another_edition_is_named_both_ways() -> Result<(), Box<dyn std::error::Error>> {
    let ours = workbook::write(MHICS_2019, Some(&sample("riverside-2026")))?;
    assert_eq!(
        workbook::read(LAKESIDE_2026, &ours)
            .expect_err("another edition")
            .to_string(),
        "'About'!B4: this workbook answers mhics 2019, expected lakeside 2026"
    );
    let theirs = workbook::write(LAKESIDE_2026, None)?;
    let sheets = sheets(&theirs);
    assert_eq!(sheets.len(), 3); // About, Summary, Domain 1
    assert_eq!(
        workbook::read(MHICS_2019, &theirs)
            .expect_err("another edition")
            .to_string(),
        "'About'!B4: this workbook answers lakeside 2026, expected mhics 2019"
    );
    // Editions known at run time read a workbook of either, as the one it names.
    let editions = Editions::new([MHICS_2019, LAKESIDE_2026])?;
    let lakeside = Assessment::builder("Lakeside")
        .edition(LAKESIDE_2026)
        .respond_with_note("1.1-M1", Status::Met, "in place")
        .build()?;
    let read = editions.read_workbook(&workbook::write(LAKESIDE_2026, Some(&lakeside))?)?;
    assert_eq!(read.edition(), LAKESIDE_2026);
    assert_eq!(read, lakeside);
    let read = editions.read_workbook(&ours)?;
    assert_eq!(read.edition(), MHICS_2019);
    assert_eq!(read, sample("riverside-2026"));
    assert_eq!(
        Editions::new([LAKESIDE_2026])?
            .read_workbook(&ours)
            .expect_err("another edition")
            .to_string(),
        "'About'!B4: this workbook answers mhics 2019, expected lakeside 2026"
    );
    let blank = Book::new("Lakeside")
        .about("Matrix", Blank)
        .about("Version", Blank);
    assert_eq!(
        blank.error(),
        "'About'!B3: this workbook names no edition, expected mhics 2019"
    );
    let version = Book::new("Lakeside").about("Version", Number(2026.0));
    assert_eq!(
        version.error(),
        "'About'!B4: this workbook answers mhics 2026, expected mhics 2019"
    );
    // (The cell named is that of the last edition tried; only the text is checked.)
    let unknown = editions
        .read_workbook(&version.bytes())
        .expect_err("no edition known")
        .to_string();
    assert!(
        unknown.ends_with(
            ": this workbook answers mhics 2026, expected one of: mhics 2019, lakeside 2026"
        ),
        "{unknown}"
    );
    Ok(())
}

#[test]
fn files_that_are_not_workbooks_are_refused() -> Result<(), Box<dyn std::error::Error>> {
    let not = |bytes: &[u8]| workbook::read(MHICS_2019, bytes).expect_err("refused");
    assert!(matches!(not(b"").kind(), Kind::NotAWorkbook { .. }));
    assert!(matches!(
        not(b"ID,Status\n1.1-D1,Met\n").kind(),
        Kind::NotAWorkbook { .. }
    ));
    assert!(matches!(
        not(&sample("riverside-2026").to_json().into_bytes()).kind(),
        Kind::NotAWorkbook { .. }
    ));
    let too_large = vec![0u8; MAX_SIZE + 1];
    assert_eq!(
        not(&too_large).to_string(),
        "the input is larger than 16 MiB (16777216 bytes), the most a workbook may hold"
    );
    // A zip archive that is not a workbook.
    let mut zip = Workbook::new();
    zip.add_worksheet();
    let mut bytes = zip.save_to_buffer()?;
    let at = bytes
        .windows(8)
        .position(|w| w == b"workbook")
        .expect("named");
    bytes[at..at + 8].copy_from_slice(b"wurkbook");
    assert!(matches!(
        not(&bytes).kind(),
        Kind::NotAWorkbook { .. } | Kind::UnreadableSheet { .. } | Kind::MissingSheet { .. }
    ));
    Ok(())
}

#[test]
fn every_truncation_of_a_workbook_is_refused_cleanly() {
    let bytes = real();
    for len in (0..bytes.len()).step_by(997) {
        assert!(
            workbook::read(MHICS_2019, &bytes[..len]).is_err(),
            "{len} bytes"
        );
    }
}

#[test]
fn cells_far_apart_are_read_without_filling_the_space_between() {
    let mut rows = vec![Vec::new(); 1_048_576];
    rows[0] = header();
    rows[1] = vec![Text("1.1-D1"), Text("Met")];
    rows[1_048_575] = [vec![Blank; 16_383], vec![Text("the last cell")]].concat();
    let a = Book::new("Lakeside")
        .sheet("Domain 1", rows)
        .read()
        .expect("read");
    assert_eq!(a.response_count(), 1);
}

/// An archive that would unzip to more than a workbook may hold is refused before any
/// of it is unzipped.
#[test]
fn an_archive_that_unzips_beyond_the_limit_is_refused() -> Result<(), Box<dyn std::error::Error>> {
    use std::io::Write as _;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    writer.start_file("xl/worksheets/sheet1.xml", options)?;
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..=(workbook::MAX_UNZIPPED >> 20) {
        writer.write_all(&zeros)?;
    }
    let bytes = writer.finish()?.into_inner();
    assert!(bytes.len() < MAX_SIZE, "{} bytes", bytes.len());
    let err = workbook::read(MHICS_2019, &bytes).expect_err("refused");
    assert!(
        matches!(err.kind(), Kind::TooLargeUnzipped { size, .. } if *size > u128::from(workbook::MAX_UNZIPPED)),
        "{err}"
    );
    Ok(())
}
