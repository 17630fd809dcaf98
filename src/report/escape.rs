//! Text from input (system names, respondents, notes) made safe for each output format.
//!
//! - **Markdown**: [`markdown`] folds every run of white space, line breaks included,
//!   into one space (so text from input never starts a line, and so never opens a
//!   heading, list, quote, code block or table row), and puts a backslash before every
//!   character that could open inline markup: `` \ ` * _ [ ] < > # | & ~ ``. Emphasis,
//!   links, images, inline HTML, entities and table cells are therefore impossible; the
//!   text reads the same when rendered. Where the text would open a line, a leading
//!   `-`, `+` or `=`, and the `.` or `)` after leading digits, are escaped too, so that
//!   it cannot start a list or underline a heading there either.
//! - **CSV**: [`csv_cell`] neutralises a cell that a spreadsheet would take for a formula
//!   (OWASP's guidance on CSV injection) with a leading `'`.
//! - **SVG**: escaped as XML (in `svg`).

use std::borrow::Cow;

/// The characters that start a formula, or that spreadsheets strip before looking for
/// one, when they open a cell.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `text` on one line, safe anywhere in a Markdown line: white space folded to single
/// spaces, trimmed, and markup characters escaped.
pub(crate) fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // Leading digits, then the character that would make them a list number.
        let digits = if i == 0 {
            word.chars().take_while(char::is_ascii_digit).count()
        } else {
            0
        };
        for (j, c) in word.chars().enumerate() {
            let opens_line = i == 0
                && ((j == 0 && matches!(c, '-' | '+' | '='))
                    || (j == digits && j > 0 && matches!(c, '.' | ')')));
            if opens_line
                || matches!(
                    c,
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '&' | '~'
                )
            {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// `text` cut to at most `max` characters, with an ellipsis when cut: keeps each
/// mention of a peer's name or note in peer learning to a bounded size.
pub(crate) fn clip(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some(_) => {
            let end = text
                .char_indices()
                .nth(max.saturating_sub(1))
                .map_or(text.len(), |(i, _)| i);
            Cow::Owned(format!("{}…", text[..end].trim_end()))
        }
    }
}

/// A CSV cell that no spreadsheet runs as a formula: a cell starting with `=`, `+`,
/// `-`, `@`, tab or carriage return gets a leading `'`, and so does a cell that starts
/// with `'` itself, so that removing one leading `'` from any cell that has one always
/// gives the original text back.
pub(crate) fn csv_cell(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(c) if FORMULA_STARTS.contains(&c) || c == '\'' => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_text_stays_on_one_line_and_opens_no_markup() {
        assert_eq!(markdown("North  Central\nLondon "), "North Central London");
        assert_eq!(
            markdown("x\n# Heading\n| a | b |"),
            r"x \# Heading \| a \| b \|"
        );
        assert_eq!(
            markdown("[click](http://x) <b>*bold*</b> `code` _u_ ~s~ &amp; \\"),
            r"\[click\](http://x) \<b\>\*bold\*\</b\> \`code\` \_u\_ \~s\~ \&amp; \\"
        );
        assert_eq!(markdown("\r\n\t"), "");
        assert_eq!(markdown("- item"), r"\- item");
        assert_eq!(markdown("=== x - y"), r"\=== x - y");
        assert_eq!(markdown("12. twelve 3. x"), r"12\. twelve 3. x");
        assert_eq!(markdown("2026) x"), r"2026\) x");
        assert_eq!(markdown("2026-01-01 1.5"), "2026-01-01 1.5");
    }

    #[test]
    fn clip_cuts_at_characters_with_an_ellipsis() {
        assert_eq!(clip("abcdef", 6), "abcdef");
        assert_eq!(clip("abcdefg", 6), "abcde…");
        assert_eq!(clip("ab  defg", 4), "ab…");
        assert_eq!(clip("ééééé", 3), "éé…");
        assert_eq!(clip("", 3), "");
    }

    #[test]
    fn cells_that_spreadsheets_would_run_are_neutralised() {
        for formula in [
            "=HYPERLINK(\"http://x\",\"click\")",
            "+1",
            "-1+2",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
            "'=1",
        ] {
            assert_eq!(csv_cell(formula), format!("'{formula}"));
        }
        for plain in ["", "1.1-D1", "plain = text", "2026-11-24", "0.5000", " -x"] {
            assert_eq!(csv_cell(plain), plain);
        }
    }
}
