//! The page around every page, and the pieces pages share: written with maud, whose
//! templates escape text by default. No script and no inline style anywhere.

use maud::{html, Markup, PreEscaped, DOCTYPE};
use mhics::Level;

/// The service's own stylesheet (the reports' one is served beside it).
pub const SITE_CSS: &str = include_str!("site.css");

/// A whole page: `title` in the tab and as its one `h1`, `body` under it.
pub fn page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – MHICS self-assessment" }
                link rel="stylesheet" href="/static/site.css";
                link rel="stylesheet" href="/static/report.css";
            }
            body {
                a class="skip" href="#main" { "Skip to the content" }
                header class="site" { p { "MHICS self-assessment" } }
                main id="main" tabindex="-1" {
                    h1 { (title) }
                    (body)
                }
            }
        }
    }
}

/// A page with one message.
pub fn message(title: &str, text: &str) -> Markup {
    page(title, html! { p { (text) } })
}

/// The front page: what the service is (it has nothing to show without a link).
pub fn home() -> Markup {
    page(
        "MHICS self-assessment",
        html! {
            p { "This service runs a self-assessment of a system against the Mental Health in the Integrated Care System Implementation Tool." }
            p { "Partners answer through the link their lead sent them; the lead opens rounds through their own link." }
        },
    )
}

/// The box at the top of a page with bad input: the crate's one-line error(s), each
/// linking to the field it is about.
pub fn problems(errors: &[(String, String)]) -> Markup {
    html! {
        div class="problems" role="alert" aria-labelledby="problems-title" {
            h2 id="problems-title" { "There is a problem" }
            ul {
                @for (field, text) in errors {
                    li {
                        @if field.is_empty() { (text) }
                        @else { a href={ "#" (field) } { (text) } }
                    }
                }
            }
        }
    }
}

/// The hidden field that carries a form's CSRF token.
pub fn csrf_field(csrf: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(csrf); }
}

/// A labelled text input; `error` marks it invalid and says why beside it.
pub fn text_input(
    id: &str,
    name: &str,
    label: &str,
    value: &str,
    kind: &str,
    error: Option<&str>,
) -> Markup {
    let error_id = format!("{id}-error");
    html! {
        div class="field" {
            label for=(id) { (label) }
            @if let Some(e) = error { p class="error" id=(error_id) { (e) } }
            input type=(kind) id=(id) name=(name) value=(value)
                aria-invalid=[error.map(|_| "true")]
                aria-describedby=[error.map(|_| error_id.as_str())];
        }
    }
}

/// An attained level in words: a level's name, or `Not yet Developing`.
pub fn attained(level: Option<Level>) -> &'static str {
    level.map_or("Not yet Developing", Level::name)
}

/// A report of the crate, as a fragment to place in a page.
pub fn report(report: &mhics::report::html::Report) -> Markup {
    PreEscaped(report.fragment())
}
