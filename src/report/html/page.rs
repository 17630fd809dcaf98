//! The document around every HTML report, and the pieces the reports share.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use crate::model::Criterion;

use super::super::content::{Run, Table};

/// The stylesheet of every report (screen, and print on A4): inline in
/// [`Report::document`], and for a page of one's own a file to serve beside
/// [`Report::fragment`] (so that a Content-Security-Policy of `style-src 'self'` holds).
pub const STYLESHEET: &str = include_str!("style.css");

/// The language every report is written in.
const LANG: &str = "en-GB";

/// An HTML report: its title and its body, written once, given as a whole document
/// ([`document`](Report::document)) or as a fragment to place in a page of one's own
/// ([`fragment`](Report::fragment), styled by [`STYLESHEET`]).
///
/// ```
/// use mhics::{evaluate, report::html, Assessment, Target};
///
/// let assessment = Assessment::builder("Example ICS").build()?;
/// let report = html::assessment(&evaluate(&assessment), Target::Next);
/// assert_eq!(report.title(), "Self-assessment: Example ICS");
/// assert!(report.document().starts_with("<!DOCTYPE html>"));
/// assert!(report.document().contains("<style>"));
/// // A fragment holds no style and no script: a page serves STYLESHEET as a file.
/// assert!(report.fragment().starts_with("<article class=\"mhics-report\" lang=\"en-GB\">"));
/// assert!(!report.fragment().contains("<style"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Report {
    title: String,
    body: String,
}

impl Report {
    /// The report's title, e.g. `Self-assessment: Riverside and Vale ICS`.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The whole document: `lang`, the title, [`STYLESHEET`] inline, and the report under
    /// one `h1`. Holds no script and requests nothing from outside itself.
    pub fn document(&self) -> String {
        self.page(html! { style { (PreEscaped(STYLESHEET)) } })
    }

    /// The whole document with [`STYLESHEET`] linked from `href` instead of inline, for
    /// a server that serves the stylesheet as a file.
    pub fn document_linked(&self, href: &str) -> String {
        self.page(html! { link rel="stylesheet" href=(href); })
    }

    /// The report as an `article` (class `mhics-report`, with its `lang`) holding its
    /// `h1` and body: no style and no script, for a page of one's own that serves
    /// [`STYLESHEET`].
    pub fn fragment(&self) -> String {
        html! {
            article class="mhics-report" lang=(LANG) {
                h1 { (self.title) }
                (PreEscaped(&self.body))
            }
        }
        .into_string()
        .pipe(lines)
    }

    fn page(&self, style: Markup) -> String {
        html! {
            (DOCTYPE)
            html lang=(LANG) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (self.title) }
                    (style)
                }
                body {
                    main {
                        h1 { (self.title) }
                        (PreEscaped(&self.body))
                    }
                }
            }
        }
        .into_string()
        .pipe(lines)
    }
}

/// A report titled `title` with `body` under its `h1`.
pub(super) fn page(title: &str, body: Markup) -> Report {
    Report {
        title: title.to_owned(),
        body: body.into_string(),
    }
}

/// A line break before each block element, so that the document reads (and changes
/// show) line by line. Only tags start with `<`: text from input has it escaped.
fn lines(html: String) -> String {
    const BLOCKS: [&str; 14] = [
        "<head", "<body", "<main", "<section", "<div", "<h", "<p", "<table", "<thead", "<tbody",
        "<tr", "<ul", "<li", "<figure",
    ];
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html.as_str();
    while let Some(at) = rest[1..].find('<').map(|i| i + 1) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if BLOCKS.iter().any(|b| {
            rest.starts_with(b)
                && rest[b.len()..].starts_with([' ', '>', '1', '2', '3', '4', '5', '6'])
        }) && !out.ends_with('\n')
        {
            out.push('\n');
        }
    }
    out.push_str(rest);
    out
}

/// `value.pipe(f)` is `f(value)`.
trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}

impl Pipe for String {}

/// A heading at `level` (2 to 6; deeper levels are written as 6).
pub(super) fn heading(level: u8, text: Markup) -> Markup {
    match level {
        0..=2 => html! { h2 { (text) } },
        3 => html! { h3 { (text) } },
        4 => html! { h4 { (text) } },
        5 => html! { h5 { (text) } },
        _ => html! { h6 { (text) } },
    }
}

/// A picture written by this crate (text from input in it escaped as XML), inline in a
/// figure with its caption; the SVG names its own title and description.
pub(super) fn figure(svg: &str, caption: &str) -> Markup {
    html! {
        figure {
            (PreEscaped(svg))
            figcaption { (caption) }
        }
    }
}

/// A criterion as a list item: `lead`, its text, its points and closing text, then
/// `after` (a note, the peers…).
pub(super) fn criterion(lead: Markup, criterion: &Criterion, after: Markup) -> Markup {
    html! {
        li {
            code { (criterion.id().to_string()) } " " (lead) " " (criterion.text())
            @if !criterion.points().is_empty() {
                ul {
                    @for point in criterion.points() { li { (point) } }
                }
            }
            @if let Some(closing) = criterion.closing() { p { (closing) } }
            (after)
        }
    }
}

/// A note from input, kept as text, its line breaks kept as breaks.
pub(super) fn note(label: &str, text: &str) -> Markup {
    html! {
        p.note {
            strong { (label) ": " }
            @for (i, line) in text.lines().enumerate() {
                @if i > 0 { br; }
                (line)
            }
        }
    }
}

/// `text` with each date in it (`2025-11-12`) kept on one line when printed.
pub(super) fn with_dates(text: &str) -> Markup {
    let is_date = |b: &[u8]| {
        b.len() >= 10
            && b[..10].iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    let bytes = text.as_bytes();
    let mut parts: Vec<(&str, bool)> = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if is_date(&bytes[i..]) && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            parts.push((&text[start..i], false));
            parts.push((&text[i..i + 10], true));
            i += 10;
            start = i;
        } else {
            i += 1;
        }
    }
    parts.push((&text[start..], false));
    html! {
        @for (part, date) in parts {
            @if date { span.date { (part) } } @else { (part) }
        }
    }
}

/// A share as a whole percentage, `—` when there is none.
pub(super) fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "—".to_owned(), |s| format!("{:.0}%", 100.0 * s))
}

/// A sentence, each date in it kept on one line when printed.
pub(super) fn sentence(runs: &[Run]) -> Markup {
    html! {
        @for run in runs {
            @match run {
                Run::Text(text) => (text),
                Run::Date(date) => span.date { (date) },
            }
        }
    }
}

/// A table of `class` (none when empty): header cells naming each column and what its
/// figures count, then a row per row, its first cell the row's header, figures set as
/// such, and the `total` row last when given.
pub(super) fn table(class: &str, table: &Table, total: Option<&[String]>) -> Markup {
    let row = |cells: &[String]| {
        html! {
            @for (i, (cell, column)) in cells.iter().zip(&table.columns).enumerate() {
                @if i == 0 {
                    th scope="row" { (cell) }
                } @else if column.figures {
                    td.num { (cell) }
                } @else {
                    td { (cell) }
                }
            }
        }
    };
    html! {
        table class=[(!class.is_empty()).then_some(class)] {
            thead {
                tr {
                    @for c in &table.columns {
                        th scope="col" {
                            (c.name)
                            @if let Some(unit) = c.unit { " (" (unit) ")" }
                        }
                    }
                }
            }
            tbody {
                @for cells in &table.rows { tr { (row(cells)) } }
                @if let Some(cells) = total { tr.total { (row(cells)) } }
            }
        }
    }
}
