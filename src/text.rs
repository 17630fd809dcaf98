//! Checks on text taken from input (system names, respondents, notes), and the JSON
//! reader's help with lone surrogates and byte order marks.

use crate::error::{Error, Field, Kind, Position};

impl Field {
    /// Checks `text` as a value of this field, as the crate does wherever it takes one:
    /// no control character but tab and line breaks, at most
    /// [`MAX_TEXT_CHARS`](crate::MAX_TEXT_CHARS), and not empty for the system name and
    /// an action's ID and title. So a program can check a form field (a system name,
    /// say) before it builds anything.
    ///
    /// ```
    /// use mhics::error::Field;
    ///
    /// assert!(Field::System.check("Riverside and Vale ICS").is_ok());
    /// assert_eq!(Field::System.check("  ").unwrap_err().to_string(), "the system name is empty");
    /// let err = Field::System.check("North\u{7}").unwrap_err();
    /// assert_eq!(err.field(), Some(Field::System));
    /// ```
    pub fn check(&self, text: &str) -> Result<(), Error> {
        let empty = match self {
            Field::System => text.trim().is_empty().then_some(Error::from(Kind::Empty {
                field: Field::System,
            })),
            Field::Action { field, .. } if matches!(*field, "id" | "title") => {
                text.trim().is_empty().then(|| {
                    Error::from(Kind::Empty {
                        field: self.clone(),
                    })
                })
            }
            _ => None,
        };
        match empty {
            Some(error) => Err(error),
            None => check(|| self.clone(), text),
        }
    }
}

/// Refuses control characters in `text`, naming `field`: tab and line feed are
/// allowed, and carriage return just before a line feed (Windows line ends). Nothing is
/// stripped: text is kept exactly or refused.
///
/// A text longer than [`MAX_TEXT_CHARS`](crate::read::MAX_TEXT_CHARS) (as a spreadsheet
/// counts: UTF-16 code units) is refused too.
pub(crate) fn check(field: impl FnOnce() -> Field, text: &str) -> Result<(), Error> {
    // Quick: a text of that many bytes or fewer has at most that many code units.
    if text.len() > crate::read::MAX_TEXT_CHARS {
        let length = text.encode_utf16().count();
        if length > crate::read::MAX_TEXT_CHARS {
            return Err(Error::from(Kind::TextTooLong {
                field: Some(field()),
                length,
            }));
        }
    }
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = match c {
            '\t' | '\n' => true,
            '\r' => chars.peek() == Some(&'\n'),
            c => !c.is_control(),
        };
        if !allowed {
            return Err(Error::from(Kind::ControlCharacter {
                field: Some(field()),
                character: c,
            }));
        }
    }
    Ok(())
}

/// The field name of the note on a criterion, for errors.
pub(crate) fn note_field(id: crate::id::CriterionId) -> Field {
    Field::Note(id)
}

/// The UTF-8 byte order mark, which Windows tools write at the start of a file.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
pub(crate) const BOM: &str = "\u{feff}";

/// The first `\u` escape in a JSON string of `bytes` that is half a surrogate pair
/// with no other half: the escape as written and its line and column (of the
/// backslash, both from 1; columns in bytes, as serde_json counts them).
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
pub(crate) fn lone_surrogate(bytes: &[u8]) -> Option<(String, Position)> {
    let hex = |at: usize| -> Option<u16> {
        let digits = bytes.get(at..at + 4)?;
        u16::from_str_radix(core::str::from_utf8(digits).ok()?, 16).ok()
    };
    let (mut line, mut line_start) = (1, 0);
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                if bytes.get(i + 1) == Some(&b'u') {
                    if let Some(unit) = hex(i + 2) {
                        let paired_low = bytes.get(i + 6..i + 8) == Some(b"\\u")
                            && hex(i + 8).is_some_and(|u| (0xdc00..0xe000).contains(&u));
                        let lone = match unit {
                            0xd800..=0xdbff => !paired_low,
                            0xdc00..=0xdfff => true,
                            _ => false,
                        };
                        if lone {
                            let escape = String::from_utf8_lossy(&bytes[i..i + 6]).into_owned();
                            // In bytes, as serde_json counts columns.
                            let column = i - line_start + 1;
                            return Some((escape, Position { line, column }));
                        }
                        if (0xd800..0xdc00).contains(&unit) {
                            // Skip the low half of the pair too.
                            i += 6;
                        }
                    }
                }
                // Skip the escaped character, so that `\"` does not end the string.
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused_but_tab_and_line_ends_kept() {
        assert!(check(|| Field::Respondent, "a\tb\nc\r\nd — é 👍").is_ok());
        for bad in ["a\0b", "a\rb", "end\r", "\u{1b}[31m", "\u{7f}", "\u{85}"] {
            let err = check(|| Field::Respondent, bad).unwrap_err();
            assert!(
                matches!(
                    err.kind(),
                    Kind::ControlCharacter {
                        field: Some(Field::Respondent),
                        ..
                    }
                ),
                "{bad:?}: {err:?}"
            );
        }
        assert_eq!(
            check(|| Field::System, "A\u{0}").unwrap_err().to_string(),
            "the system name contains the control character U+0000: only tab and line breaks are allowed"
        );
    }

    #[test]
    fn lone_surrogates_are_found_and_pairs_and_escaped_backslashes_are_not() {
        let found = |s: &str| lone_surrogate(s.as_bytes()).map(|(e, p)| (e, p.line, p.column));
        assert_eq!(found(r#"{"a": "\ud83d\ude00"}"#), None);
        assert_eq!(found(r#"{"a": "\\ud800"}"#), None);
        assert_eq!(found(r#"{"a": "\u0041"}"#), None);
        assert_eq!(
            found("{\n \"a\": \"x\\ud800\"}"),
            Some((r"\ud800".to_owned(), 2, 9))
        );
        assert_eq!(
            found(r#"{"a": "\uDC00"}"#),
            Some((r"\uDC00".to_owned(), 1, 8))
        );
        assert_eq!(
            found(r#"{"a": "\ud800\u0041"}"#),
            Some((r"\ud800".to_owned(), 1, 8))
        );
        assert_eq!(found(r#"{"a\"": "\ud800"}"#).map(|f| f.2), Some(10));
        assert_eq!(found(r#"{"é": "\ud800"}"#).map(|f| f.2), Some(9));
    }
}
