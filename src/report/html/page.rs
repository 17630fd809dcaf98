//! The document around every HTML report, and the pieces the reports share.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use crate::model::Criterion;

/// The styles of every report, inline (screen and print on A4).
const STYLE: &str = include_str!("style.css");

/// A whole HTML document: `lang`, the title, the styles, and `body` under one `h1`.
pub(super) fn page(title: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                main {
                    h1 { (title) }
                    (body)
                }
            }
        }
    }
    .into_string()
    .pipe(lines)
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

/// A share as a whole percentage, `—` when there is none.
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

pub(super) fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "—".to_owned(), |s| format!("{:.0}%", 100.0 * s))
}
