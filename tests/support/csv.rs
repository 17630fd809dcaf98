//! A minimal RFC 4180 reader, to check what the crate's CSV reports wrote.

/// Reads `text` into rows of cells, each cell passed through `cell` (e.g. to undo the
/// formula neutralising). Every row, the last too, must end with CRLF.
pub fn read_csv_with(text: &str, cell: impl Fn(String) -> String) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(cell(std::mem::take(&mut field))),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CRLF line ends");
                row.push(cell(std::mem::take(&mut field)));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        row.is_empty() && field.is_empty(),
        "the last row ends with CRLF"
    );
    rows
}

/// The cells as written.
pub fn read_csv(text: &str) -> Vec<Vec<String>> {
    read_csv_with(text, |field| field)
}
