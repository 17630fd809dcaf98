//! Text in a picture: escaped for XML, and wrapped between words to fit a cell.

/// Text made safe for XML content and attributes: markup characters escaped, and each
/// character that XML 1.0 cannot hold (the non-characters U+FFFE and U+FFFF, control
/// characters other than tab and line breaks) shown as U+FFFD, the replacement character.
pub(super) fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{fffd}'),
        }
    }
    out
}

/// Whether XML 1.0 can hold `c` (its production `Char`).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// `text` broken between words into lines of at most `width` characters; a word
/// longer than a line is broken within, with a hyphen at the break. Nothing is cut.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                out.push(core::mem::take(&mut line));
            }
            if width > 3 {
                let mut part: String = word.drain(..width - 1).collect();
                part.push('-');
                out.push(part);
            } else {
                out.push(word.drain(..width).collect());
            }
        }
        let word: String = word.into_iter().collect();
        let len = word.chars().count();
        if !line.is_empty() && line.chars().count() + 1 + len > width {
            out.push(core::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || out.is_empty() {
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_wrapped_without_cutting() {
        assert_eq!(xml("A & B <\"c\">"), "A &amp; B &lt;&quot;c&quot;&gt;");
        assert_eq!(
            wrap("Riverside and Vale Mental Health Trust", 17),
            ["Riverside and", "Vale Mental", "Health Trust"]
        );
        assert_eq!(
            wrap("Supercalifragilistic x", 10),
            ["Supercali-", "fragilist-", "ic x"]
        );
        assert_eq!(wrap("", 10), [""]);
    }
}
