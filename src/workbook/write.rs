//! Writing a workbook to fill in: the About sheet and one sheet per domain.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, ExcelDateTime, Format, FormatAlign, FormatBorder,
    ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use super::{
    domain_sheet_name, excel_length, status_label, WorkbookError, ABOUT_SHEET, HEADERS,
    MAX_CELL_CHARS, STATUS_LABELS,
};
use crate::assessment::{Assessment, Status};
use crate::edition::Edition;
use crate::level::Level;
use crate::model::{Domain, Matrix};

impl From<XlsxError> for WorkbookError {
    fn from(error: XlsxError) -> WorkbookError {
        WorkbookError::Write {
            reason: error.to_string(),
        }
    }
}

/// Column widths of a domain sheet (in characters of the default font), in the order
/// of [`HEADERS`].
const WIDTHS: [f64; 7] = [8.5, 11.0, 11.0, 20.0, 62.0, 14.0, 46.0];
const STATUS_COLUMN: u16 = 5;
const NOTE_COLUMN: u16 = 6;
const LAST_COLUMN: u16 = 6;
/// The header row of a domain sheet (row 2; row 1 holds the domain's title).
const HEADER_ROW: u32 = 1;

/// The width of the About sheet's values and paragraphs.
const ABOUT_WIDTH: f64 = 100.0;

/// Points a line of wrapped text takes in the default font (11 point).
const LINE: f64 = 14.0;

/// A4, in the paper sizes Excel numbers.
const A4: u8 = 9;

/// The purple maturity scale of the reports (never red, amber or green).
const PURPLE_DARK: u32 = 0x3F_2A_6B;
const PURPLE_MID: u32 = 0xD9_D0_EC;
const PURPLE_LIGHT: u32 = 0xF1_ED_F8;
/// The cells to fill in.
const FILL_IN: u32 = 0xFF_FB_E6;

/// Writes an edition's matrix as a workbook to fill in, blank or pre-filled from `assessment`
/// (its system, respondent, date, statuses and notes), and returns the bytes of the
/// `.xlsx` file. The layout is described in the [module documentation](super).
///
/// Fails, rather than cut anything, when a note or name is longer than a cell holds
/// ([`MAX_CELL_CHARS`](super::MAX_CELL_CHARS)). The assessment answers the same edition:
/// its type says so.
///
/// ```
/// use mhics::{workbook, Mhics2019};
///
/// let blank = workbook::write(Mhics2019, None)?;
/// assert!(blank.starts_with(b"PK")); // an .xlsx file is a zip archive
/// // Writing it to a file is the caller's choice: std::fs::write("blank.xlsx", &blank)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write<E: Edition>(
    edition: E,
    assessment: Option<&Assessment<E>>,
) -> Result<Vec<u8>, WorkbookError> {
    let _ = edition;
    let matrix = E::MATRIX;
    if let Some(assessment) = assessment {
        check(assessment)?;
    }
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    about(workbook.add_worksheet(), matrix, assessment, &formats)?;
    let validation = DataValidation::new()
        .allow_list_strings(&STATUS_LABELS)?
        .set_input_title("Status")?
        .set_input_message("Met, Partial, Not met or Not applicable; blank = not assessed")?
        .set_error_title("Not a status")?
        .set_error_message("Choose Met, Partial, Not met or Not applicable (or leave blank).")?;
    for domain in matrix.domains() {
        let sheet = workbook.add_worksheet();
        domain_sheet(sheet, domain, assessment, &formats, &validation)?;
    }
    let bytes = workbook.save_to_buffer()?;
    // What is written must read back: a workbook over the reader's limit is refused.
    if bytes.len() > super::MAX_SIZE {
        return Err(WorkbookError::TooLarge {
            size: bytes.len(),
            limit: super::MAX_SIZE,
        });
    }
    Ok(bytes)
}

/// Refuses an assessment the workbook cannot hold exactly.
fn check<E: Edition>(assessment: &Assessment<E>) -> Result<(), WorkbookError> {
    let long = |what: String, text: &str| {
        let length = excel_length(text);
        if length > MAX_CELL_CHARS {
            Err(WorkbookError::TooLong { what, length })
        } else {
            Ok(())
        }
    };
    long("the system name".into(), assessment.system())?;
    if let Some(respondent) = assessment.respondent() {
        long("the respondent".into(), respondent)?;
    }
    for (id, _, note) in assessment.responses() {
        if let Some(note) = note {
            long(format!("the note on {id}"), note)?;
        }
    }
    Ok(())
}

struct Formats {
    title: Format,
    subtitle: Format,
    label: Format,
    locked_value: Format,
    fill_in: Format,
    fill_in_date: Format,
    heading: Format,
    text: Format,
    header: Format,
    subsection: Format,
    level: Format,
    level_name: Format,
    level_text: Format,
    cell: Format,
    cell_center: Format,
    status: Format,
    note: Format,
}

impl Formats {
    fn new() -> Formats {
        let border = |f: Format| {
            f.set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(0xBF_BF_BF))
        };
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_font_color(Color::RGB(PURPLE_DARK))
                .set_align(FormatAlign::VerticalCenter),
            subtitle: Format::new().set_italic(),
            label: Format::new().set_bold().set_align(FormatAlign::Top),
            locked_value: wrap.clone(),
            fill_in: border(wrap.clone())
                .set_unlocked()
                .set_background_color(Color::RGB(FILL_IN)),
            fill_in_date: border(wrap.clone())
                .set_unlocked()
                .set_background_color(Color::RGB(FILL_IN))
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Left),
            heading: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_font_color(Color::RGB(PURPLE_DARK)),
            text: wrap.clone(),
            header: border(wrap.clone())
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(Color::RGB(PURPLE_DARK))
                .set_align(FormatAlign::VerticalCenter),
            subsection: wrap
                .clone()
                .set_bold()
                .set_font_size(12)
                .set_background_color(Color::RGB(PURPLE_MID))
                .set_align(FormatAlign::VerticalCenter),
            level: wrap
                .clone()
                .set_italic()
                .set_background_color(Color::RGB(PURPLE_LIGHT))
                .set_align(FormatAlign::VerticalCenter),
            level_name: Format::new()
                .set_bold()
                .set_font_color(Color::RGB(PURPLE_DARK)),
            level_text: Format::new().set_italic(),
            cell: border(wrap.clone()),
            cell_center: border(wrap.clone()).set_align(FormatAlign::Center),
            status: border(wrap.clone())
                .set_unlocked()
                .set_background_color(Color::RGB(FILL_IN)),
            note: border(wrap)
                .set_unlocked()
                .set_background_color(Color::RGB(FILL_IN)),
        }
    }
}

/// Protection without a password: only unlocked cells can be changed, but columns and
/// rows can still be resized.
fn protect(sheet: &mut Worksheet) {
    let options = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    };
    sheet.protect_with_options(&options);
}

/// Page setup shared by all sheets: A4 landscape, one page wide, page numbers.
fn page_setup(sheet: &mut Worksheet) {
    sheet
        .set_landscape()
        .set_paper_size(A4)
        .set_print_fit_to_pages(1, 0)
        .set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3)
        .set_header("&L&\"-,Bold\"&A&R&F")
        .set_footer("&CPage &P of &N");
}

/// Lines a text needs in a wrapping cell `width` characters wide (an estimate that
/// errs on the side of room: spreadsheet programs do not fit the height of rows they
/// load, so each row is given the height its longest cell needs).
fn lines(text: &str, width: f64) -> u32 {
    let per_line = (width * 1.2).max(1.0) as usize;
    text.split('\n')
        .map(|line| {
            // Words wrap whole: count line by line, word by word.
            let (mut lines, mut used) = (1u32, 0usize);
            for word in line.split(' ') {
                let len = word.chars().count();
                if used > 0 && used + 1 + len > per_line {
                    lines += 1;
                    used = 0;
                }
                used += if used > 0 { 1 } else { 0 } + len;
                while used > per_line {
                    lines += 1;
                    used -= per_line;
                }
            }
            lines
        })
        .fold(0u32, u32::saturating_add)
}

/// The height in points of a row whose cells hold these texts in columns of these
/// widths, at `line` points a line (at most Excel's 409 points).
fn height(cells: &[(&str, f64)], line: f64) -> f64 {
    let most = cells.iter().map(|(t, w)| lines(t, *w)).max().unwrap_or(1);
    (line * f64::from(most) + 4.0).min(409.0)
}

fn about<E: Edition>(
    sheet: &mut Worksheet,
    matrix: &Matrix,
    assessment: Option<&Assessment<E>>,
    f: &Formats,
) -> Result<(), WorkbookError> {
    sheet.set_name(ABOUT_SHEET)?;
    sheet.set_column_width(0, 18)?;
    sheet.set_column_width(1, ABOUT_WIDTH)?;
    page_setup(sheet);
    sheet.set_print_fit_to_pages(1, 1);
    protect(sheet);

    sheet.set_row_height(0, 26)?;
    sheet.write_string_with_format(0, 0, matrix.title(), &f.title)?;
    sheet.write_string_with_format(
        1,
        0,
        "Self-assessment workbook: fill in the yellow cells, here and on each domain sheet.",
        &f.subtitle,
    )?;

    let mut row = 3;
    sheet.write_string_with_format(row, 0, "Matrix", &f.label)?;
    sheet.write_string_with_format(row, 1, matrix.id(), &f.locked_value)?;
    row += 1;
    sheet.write_string_with_format(row, 0, "Version", &f.label)?;
    sheet.write_string_with_format(row, 1, matrix.version(), &f.locked_value)?;
    row += 1;
    sheet.write_string_with_format(row, 0, "System", &f.label)?;
    match assessment {
        Some(a) => {
            sheet.set_row_height(row, height(&[(a.system(), ABOUT_WIDTH)], LINE))?;
            sheet.write_string_with_format(row, 1, a.system(), &f.fill_in)?
        }
        None => sheet.write_blank(row, 1, &f.fill_in)?,
    };
    row += 1;
    sheet.write_string_with_format(row, 0, "Respondent", &f.label)?;
    match assessment.and_then(Assessment::<E>::respondent) {
        Some(r) => {
            sheet.set_row_height(row, height(&[(r, ABOUT_WIDTH)], LINE))?;
            sheet.write_string_with_format(row, 1, r, &f.fill_in)?
        }
        None => sheet.write_blank(row, 1, &f.fill_in)?,
    };
    row += 1;
    sheet.write_string_with_format(row, 0, "Date", &f.label)?;
    match assessment.and_then(Assessment::<E>::date) {
        // Before 1900 Excel has no such date (serial 0 is no day): ISO text reads back
        // the same.
        Some(date) => match ExcelDateTime::from_ymd(date.year(), date.month(), date.day()) {
            Ok(excel) if date.year() >= 1900 => {
                sheet.write_datetime_with_format(row, 1, &excel, &f.fill_in_date)?
            }
            _ => sheet.write_string_with_format(row, 1, date.to_string(), &f.fill_in)?,
        },
        None => sheet.write_blank(row, 1, &f.fill_in_date)?,
    };
    let first = ExcelDateTime::from_ymd(1900, 1, 1)?;
    let last = ExcelDateTime::from_ymd(9999, 12, 31)?;
    let dates = DataValidation::new()
        .allow_date(DataValidationRule::Between(first, last))
        .set_input_title("Date")?
        .set_input_message("The date of the assessment, as YYYY-MM-DD")?
        .set_error_message("Enter a date as YYYY-MM-DD, e.g. 2026-11-24.")?;
    sheet.add_data_validation(row, 1, row, 1, &dates)?;
    row += 2;

    let heading = |sheet: &mut Worksheet, row: &mut u32, text: &str| {
        let result = sheet.write_string_with_format(*row, 0, text, &f.heading);
        *row += 1;
        result.map(|_| ())
    };
    heading(sheet, &mut row, "How to fill in")?;
    let statuses = STATUS_LABELS.join(", ");
    let steps = [
        "Fill in System (the system assessed), Respondent (who answers: an organisation or role) and Date above.".to_owned(),
        "On each domain sheet, give every criterion a Status from the drop-down: ".to_owned() + &statuses + ". Leave it blank if not assessed yet.",
        "Use Note for the evidence behind a status, or what is still to do. Notes are kept exactly as typed.".to_owned(),
        "Only the yellow cells can be changed. Columns and rows can be resized; keep the ID column as it is.".to_owned(),
        "A sub-section attains a level when every applicable criterion of that level, and of the levels before it, is Met.".to_owned(),
    ];
    for (n, step) in steps.iter().enumerate() {
        sheet.write_string_with_format(row, 0, format!("{}.", n + 1), &f.label)?;
        sheet.write_string_with_format(row, 1, step, &f.text)?;
        sheet.set_row_height(row, height(&[(step, ABOUT_WIDTH)], LINE))?;
        row += 1;
    }
    row += 1;

    heading(sheet, &mut row, "Statuses")?;
    let meanings = [
        (
            Status::Met,
            "In place. The only status that counts toward a level.",
        ),
        (
            Status::Partial,
            "Partly in place: work is under way. Not in place for progression.",
        ),
        (Status::NotMet, "Not in place."),
        (
            Status::NotApplicable,
            "Does not apply to this system: counts neither for nor against.",
        ),
    ];
    for (status, meaning) in meanings {
        sheet.write_string_with_format(row, 0, status_label(status), &f.label)?;
        sheet.write_string_with_format(row, 1, meaning, &f.text)?;
        sheet.set_row_height(row, height(&[(meaning, ABOUT_WIDTH)], LINE))?;
        row += 1;
    }
    sheet.write_string_with_format(row, 0, "(blank)", &f.label)?;
    sheet.write_string_with_format(
        row,
        1,
        "Not assessed yet: not in place for progression.",
        &f.text,
    )?;
    row += 2;

    heading(sheet, &mut row, "Levels")?;
    for info in matrix.levels() {
        sheet.write_string_with_format(row, 0, info.name(), &f.label)?;
        sheet.write_string_with_format(row, 1, info.description(), &f.text)?;
        sheet.set_row_height(row, height(&[(info.description(), ABOUT_WIDTH)], LINE))?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(
        row,
        1,
        "This is a self-assessment to support discussion across the system, not a performance-management or RAG rating.",
        &f.subtitle,
    )?;
    sheet.set_active(true);
    Ok(())
}

fn domain_sheet<E: Edition>(
    sheet: &mut Worksheet,
    domain: &Domain,
    assessment: Option<&Assessment<E>>,
    f: &Formats,
    validation: &DataValidation,
) -> Result<(), WorkbookError> {
    sheet.set_name(domain_sheet_name(domain.id()))?;
    for (column, width) in (0u16..).zip(WIDTHS) {
        sheet.set_column_width(column, width)?;
    }
    page_setup(sheet);
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    protect(sheet);

    let merged_width: f64 = WIDTHS[1..].iter().sum();
    let title = format!("Domain {}: {}", domain.id(), domain.title());
    sheet.set_row_height(0, 24)?;
    sheet.merge_range(0, 0, 0, LAST_COLUMN, &title, &f.title)?;
    sheet.set_row_height(HEADER_ROW, 20)?;
    for (column, header) in (0u16..).zip(HEADERS) {
        sheet.write_string_with_format(HEADER_ROW, column, header, &f.header)?;
    }

    let mut row = HEADER_ROW + 1;
    let first_row = row;
    for subsection in domain.subsections() {
        let text = format!("{} {}", subsection.id(), subsection.title());
        sheet.write_blank(row, 0, &f.subsection)?;
        sheet.merge_range(row, 1, row, LAST_COLUMN, &text, &f.subsection)?;
        sheet.set_row_height(
            row,
            18.0 * f64::from(lines(&text, merged_width * 0.85)) + 4.0,
        )?;
        row += 1;
        for content in subsection.levels() {
            let level: Level = content.level();
            let text = format!("{}: {}", level.name(), content.headline());
            sheet.write_blank(row, 0, &f.level)?;
            // The level's name stands out in bold; the headline follows in italics.
            sheet.merge_range(row, 1, row, LAST_COLUMN, "", &f.level)?;
            let name = format!("{}: ", level.name());
            let parts = [
                (&f.level_name, name.as_str()),
                (&f.level_text, content.headline()),
            ];
            sheet.write_rich_string_with_format(row, 1, &parts, &f.level)?;
            sheet.set_row_height(row, height(&[(&text, merged_width)], LINE))?;
            row += 1;
            for theme in content.themes() {
                let theme_text = match theme.intro() {
                    Some(intro) => format!("{}\n{}", theme.name(), intro),
                    None => theme.name().to_owned(),
                };
                for criterion in theme.criteria() {
                    let mut text = String::from(criterion.text());
                    for point in criterion.points() {
                        text.push_str("\n• ");
                        text.push_str(point);
                    }
                    if let Some(closing) = criterion.closing() {
                        text.push('\n');
                        text.push_str(closing);
                    }
                    let id = criterion.id();
                    sheet.write_string_with_format(row, 0, id.to_string(), &f.cell)?;
                    sheet.write_string_with_format(
                        row,
                        1,
                        subsection.id().to_string(),
                        &f.cell_center,
                    )?;
                    sheet.write_string_with_format(row, 2, level.name(), &f.cell)?;
                    sheet.write_string_with_format(row, 3, &theme_text, &f.cell)?;
                    sheet.write_string_with_format(row, 4, &text, &f.cell)?;
                    let response = assessment.and_then(|a| a.response(id));
                    let note = response.as_ref().and_then(|r| r.note.as_deref());
                    let cells = [
                        (theme_text.as_str(), WIDTHS[3]),
                        (text.as_str(), WIDTHS[4]),
                        (note.unwrap_or(""), WIDTHS[6]),
                    ];
                    sheet.set_row_height(row, height(&cells, LINE))?;
                    match &response {
                        Some(r) => sheet.write_string_with_format(
                            row,
                            STATUS_COLUMN,
                            status_label(r.status),
                            &f.status,
                        )?,
                        None => sheet.write_blank(row, STATUS_COLUMN, &f.status)?,
                    };
                    match note {
                        Some(note) if !note.is_empty() => {
                            sheet.write_string_with_format(row, NOTE_COLUMN, note, &f.note)?
                        }
                        _ => sheet.write_blank(row, NOTE_COLUMN, &f.note)?,
                    };
                    row += 1;
                }
            }
        }
    }
    if row > first_row {
        sheet.add_data_validation(first_row, STATUS_COLUMN, row - 1, STATUS_COLUMN, validation)?;
    }
    Ok(())
}
