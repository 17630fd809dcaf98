//! Checks of an HTML report's structure, as a screen reader and a browser see it: one
//! `h1` and headings in order, every table with header cells that say their scope,
//! every picture with a text alternative, a language, nothing run or fetched.
#![allow(dead_code)]

/// The tags of `html` in order, as `(name, attributes)`, with the contents of `style`
/// skipped. Names are lower case; closing tags start with `/`.
pub fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let end = rest.find('>').expect("every tag is closed");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        let (name, attributes) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        let name = name.trim_end_matches('/').to_ascii_lowercase();
        if name == "style" {
            let close = rest.find("</style>").expect("style is closed");
            rest = &rest[close..];
        }
        out.push((name, attributes.to_owned()));
    }
    out
}

/// The value of attribute `name` in `attributes`.
pub fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let start = attributes.find(&key)? + key.len();
    let end = attributes[start..].find('"')?;
    Some(&attributes[start..start + end])
}

/// Panics, naming what is wrong, unless `html` is a well-structured report.
pub fn assert_well_structured(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"), "a doctype");
    let tags = tags(html);
    let html_tag = tags
        .iter()
        .find(|(n, _)| n == "html")
        .expect("an html element");
    assert_eq!(attribute(&html_tag.1, "lang"), Some("en-GB"), "a language");
    // One h1, first; headings in order (never deeper by more than one).
    let headings: Vec<u8> = tags
        .iter()
        .filter_map(|(n, _)| match n.as_bytes() {
            [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
            _ => None,
        })
        .collect();
    assert_eq!(headings.iter().filter(|h| **h == 1).count(), 1, "one h1");
    assert_eq!(headings.first(), Some(&1), "the h1 first");
    for pair in headings.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "heading h{} after h{}",
            pair[1],
            pair[0]
        );
    }
    // Every table has column headers; every header cell says its scope.
    let mut in_table = false;
    let mut headers = 0;
    for (name, attributes) in &tags {
        match name.as_str() {
            "table" => {
                in_table = true;
                headers = 0;
            }
            "th" => {
                assert!(in_table, "a header cell outside a table");
                let scope = attribute(attributes, "scope");
                assert!(
                    matches!(scope, Some("col" | "row")),
                    "th without scope: {attributes}"
                );
                headers += usize::from(scope == Some("col"));
            }
            "/table" => {
                assert!(headers > 0, "a table without column headers");
                in_table = false;
            }
            _ => {}
        }
    }
    // Every picture is an image with a title and a description, named by unique IDs.
    let ids: Vec<&str> = tags
        .iter()
        .filter_map(|(_, a)| attribute(a, "id"))
        .collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "IDs are unique: {ids:?}");
    let pictures: Vec<&String> = tags
        .iter()
        .filter(|(n, _)| n == "svg")
        .map(|(_, a)| a)
        .collect();
    for attributes in &pictures {
        assert_eq!(attribute(attributes, "role"), Some("img"), "svg role");
        let labels = attribute(attributes, "aria-labelledby").expect("svg aria-labelledby");
        let labels: Vec<&str> = labels.split(' ').collect();
        assert_eq!(labels.len(), 2, "a title and a description");
        for label in labels {
            assert!(ids.contains(&label), "{label} names an element");
        }
    }
    for (i, (name, attributes)) in tags.iter().enumerate() {
        if name == "title" || name == "desc" {
            if let Some(id) = attribute(attributes, "id") {
                assert!(tags[i + 1].0 == format!("/{name}"), "{id} holds only text");
            }
        }
        if name == "img" {
            assert!(attribute(attributes, "alt").is_some(), "img with alt");
        }
    }
    // Nothing run, nothing fetched.
    for (name, attributes) in &tags {
        assert!(
            !["script", "link", "iframe", "object", "embed"].contains(&name.as_str()),
            "{name}"
        );
        for a in ["src=", "href=", "onerror", "onload", "onclick"] {
            assert!(!attributes.contains(a), "{name} {attributes}");
        }
    }
    assert!(!html.contains("url("), "a style fetches nothing");
}
