//! Reading XML as every part of a workbook needs it: attributes by local name, entity
//! and character references (the five XML entities and `&#...;`, nothing else), the
//! escapes OOXML writes for characters XML cannot hold, and reader errors on one line.

use std::borrow::Cow;

use quick_xml::events::{BytesRef, BytesStart};

/// An attribute's value, unescaped, by its local name (`r:id` is found as `id`).
pub(crate) fn attribute(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    for attribute in e.attributes() {
        let attribute = attribute.map_err(|e| xml_error(&e.into()))?;
        if attribute.key.local_name().as_ref() == name {
            return attribute
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| Some(v.into_owned()))
                .map_err(|e| xml_error(&e));
        }
    }
    Ok(None)
}

/// A reader error, on one line.
pub(crate) fn xml_error(e: &quick_xml::Error) -> String {
    crate::name::escaped(&e.to_string()).to_string()
}

/// The character an entity or character reference stands for: the five XML entities
/// and `&#...;`; any other entity is refused (no document type is ever read).
pub(crate) fn resolve_reference(r: &BytesRef<'_>) -> Result<char, String> {
    if r.is_char_ref() {
        return r
            .resolve_char_ref()
            .ok()
            .flatten()
            .ok_or_else(|| format!("&{};: not a character", crate::name::escaped(r)));
    }
    quick_xml::escape::resolve_predefined_entity(r)
        .and_then(|s| s.chars().next())
        .ok_or_else(|| format!("unknown entity &{};", crate::name::escaped(r)))
}

/// Undoes the escapes that OOXML writes for characters XML cannot hold: `_x000D_` is a
/// carriage return, and `_x005F_` an underscore (so `_x005F_x000D_` is the text
/// `_x000D_`).
pub(crate) fn ooxml_unescape(text: &str) -> Cow<'_, str> {
    if !text.contains("_x") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let escape = rest.get(at..at + 7);
        let decoded = escape
            .filter(|e| e.ends_with('_'))
            .and_then(|e| u32::from_str_radix(&e[2..6], 16).ok())
            .and_then(char::from_u32);
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[at + 7..];
            }
            None => {
                out.push_str("_x");
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ooxml_escapes_are_undone() {
        assert_eq!(ooxml_unescape("a_x000D_\nb"), "a\r\nb");
        assert_eq!(ooxml_unescape("_x005F_x000D_"), "_x000D_");
        assert_eq!(ooxml_unescape("_x_ _x12_ _xZZZZ_"), "_x_ _x12_ _xZZZZ_");
    }
}
