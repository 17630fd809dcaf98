//! Names: system names, respondents, action owners and action IDs, compared as
//! [`crate::guide::limits`] says, and text from input shown in errors.
//!
//! - [`key`]: the key under which two names are the same name: Unicode NFC, full case
//!   folding, default-ignorable code points (zero-width spaces and joiners, soft hyphens,
//!   variation selectors, ...) removed, white space trimmed. Every comparison of names in
//!   the crate goes through it (or [`same`]).
//! - [`quote`]: text from input as an error shows it, in double quotes with every control,
//!   format or other invisible character escaped (`\n`, `\u{200b}`), so that an error is
//!   always one line and shows what it holds. [`escaped`] does the same without the
//!   quotes, for descriptions made of several parts (`trust.json (Riverside Trust)`).
//! - [`pair`]: two names in one error; when they differ but would print the same
//!   (`Café` in NFC and NFD), both are shown with every character beyond ASCII escaped:
//!   `"Caf\u{e9}"` and `"Cafe\u{301}"`.
//!
//! Normalisation and case folding come from the `unicode-normalization` and `caseless`
//! crates; the default-ignorable code points are the table [`DEFAULT_IGNORABLE`], taken
//! from the Unicode Character Database's `DerivedCoreProperties.txt` (checked against
//! that file by a test).

use core::fmt;

use unicode_normalization::UnicodeNormalization;

/// The code points with the Unicode property `Default_Ignorable_Code_Point`, as
/// inclusive ranges in order (from `DerivedCoreProperties.txt`, Unicode 15 and 16).
pub const DEFAULT_IGNORABLE: [(u32, u32); 27] = [
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180D),
    (0x180E, 0x180E),
    (0x180F, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2065, 0x2065),
    (0x2066, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0000),
    (0xE0001, 0xE0001),
    (0xE0002, 0xE001F),
    (0xE0020, 0xE007F),
    (0xE0080, 0xE00FF),
    (0xE0100, 0xE01EF),
    (0xE01F0, 0xE0FFF),
];

/// Whether `c` is a default-ignorable code point (see [`DEFAULT_IGNORABLE`]).
pub fn is_default_ignorable(c: char) -> bool {
    let c = u32::from(c);
    DEFAULT_IGNORABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                core::cmp::Ordering::Less
            } else if lo > c {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The key under which two names are the same name: NFC, default-ignorable code points
/// removed, full case folding (then NFC again, as folding may undo it), white space
/// trimmed.
pub fn key(name: &str) -> String {
    let visible: String = name.nfc().filter(|&c| !is_default_ignorable(c)).collect();
    let folded: String = caseless::default_case_fold_str(&visible).nfc().collect();
    match folded.trim() {
        trimmed if trimmed.len() == folded.len() => folded,
        trimmed => trimmed.to_owned(),
    }
}

/// Whether `a` and `b` are the same name (their [`key`]s are equal).
pub fn same(a: &str, b: &str) -> bool {
    a == b || key(a) == key(b)
}

/// Text from input as an error shows it: in double quotes, with quotes, backslashes
/// and every character that does not print visibly escaped, so that it stays on one line.
pub fn quote(text: &str) -> Quoted<'_> {
    Quoted {
        text,
        quotes: true,
        ascii: false,
    }
}

/// Text from input escaped as [`quote`] escapes it, without the quotes around it (and so
/// leaving quotes and backslashes as they are): for a description made of several parts,
/// e.g. a file name with its respondent.
pub fn escaped(text: &str) -> Quoted<'_> {
    Quoted {
        text,
        quotes: false,
        ascii: false,
    }
}

/// Two names for one error, each [`quote`]d; when they differ but would print the same
/// (equal once in NFC with default-ignorable code points removed), every character
/// beyond ASCII is escaped in both, so the difference shows: `"Caf\u{e9}"` and
/// `"Cafe\u{301}"`.
pub fn pair<'a>(a: &'a str, b: &'a str) -> (Quoted<'a>, Quoted<'a>) {
    let ascii = a != b && looks_alike(a, b);
    (
        Quoted {
            text: a,
            quotes: true,
            ascii,
        },
        Quoted {
            text: b,
            quotes: true,
            ascii,
        },
    )
}

/// One name as two inputs spell it, for an error: `"X"` when they spell it alike, else
/// `"X" (also spelt "x")`, escaped as [`pair`] escapes them.
pub fn spellings<'a>(a: &'a str, b: &'a str) -> Spellings<'a> {
    Spellings(a, b)
}

/// See [`spellings`].
#[derive(Clone, Copy, Debug)]
pub struct Spellings<'a>(&'a str, &'a str);

impl fmt::Display for Spellings<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == self.1 {
            write!(f, "{}", quote(self.0))
        } else {
            let (a, b) = pair(self.0, self.1);
            write!(f, "{a} (also spelt {b})")
        }
    }
}

/// Whether two texts print the same: equal in NFC once default-ignorable code points
/// are removed.
fn looks_alike(a: &str, b: &str) -> bool {
    let visible = |s: &str| -> String {
        s.chars()
            .filter(|&c| !is_default_ignorable(c))
            .nfc()
            .collect()
    };
    visible(a) == visible(b)
}

/// Text from input shown escaped; see [`quote`], [`escaped`] and [`pair`].
#[derive(Clone, Copy, Debug)]
pub struct Quoted<'a> {
    text: &'a str,
    quotes: bool,
    ascii: bool,
}

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        if self.quotes {
            f.write_char('"')?;
        }
        for c in self.text.chars() {
            match c {
                '\\' if self.quotes => f.write_str("\\\\")?,
                '\\' => f.write_char(c)?,
                '"' if self.quotes => f.write_str("\\\"")?,
                '\'' | '"' => f.write_char(c)?,
                c if self.ascii && !c.is_ascii() => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                // Rust's debug escaping: control, format, separator, private-use,
                // unassigned and combining characters, as `\n` or `\u{200b}`.
                c if is_default_ignorable(c) => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                c => write!(f, "{}", c.escape_debug())?,
            }
        }
        if self.quotes {
            f.write_char('"')?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_same_after_nfc_case_folding_trimming_and_ignorables() {
        assert!(same(" Riverside ", "riverside"));
        assert!(!same("Riverside", "Riverdale"));
        assert!(same("Caf\u{e9} Trust", "Cafe\u{301} Trust"));
        assert!(same("Caf\u{e9} Trust", "Caf\u{e9}\u{200b} Trust"));
        assert!(same("Caf\u{e9} Trust", "CAFE\u{301} TRUST\u{feff}"));
        assert!(same("Stra\u{df}e", "STRASSE"), "full case folding: ß is ss");
        assert!(same("\u{3a3}\u{3c3}", "\u{3c3}\u{3c2}"), "final sigma");
        assert!(same("so\u{ad}cial", "social"), "soft hyphen");
        assert!(!same("Riverside", "Rivers ide"));
        assert_eq!(key("  \u{200b} "), "");
    }

    #[test]
    fn quoted_text_stays_on_one_line_and_shows_invisible_characters() {
        assert_eq!(quote("a\nb\"").to_string(), r#""a\nb\"""#);
        assert_eq!(
            quote("x\u{2028}y\u{85}z").to_string(),
            r#""x\u{2028}y\u{85}z""#
        );
        assert_eq!(quote("a\u{200b}b\\").to_string(), r#""a\u{200b}b\\""#);
        assert_eq!(quote("O'Neil Café").to_string(), r#""O'Neil Café""#);
        assert_eq!(escaped("a.json (\"x\"\n)").to_string(), "a.json (\"x\"\\n)");
    }

    #[test]
    fn two_names_that_print_the_same_show_their_differences() {
        let (a, b) = pair("Caf\u{e9}", "Cafe\u{301}");
        assert_eq!(
            (a.to_string(), b.to_string()),
            (r#""Caf\u{e9}""#.to_owned(), r#""Cafe\u{301}""#.to_owned())
        );
        let (a, b) = pair("Caf\u{e9}", "Caf\u{e9}\u{200b}");
        assert_eq!(b.to_string(), r#""Caf\u{e9}\u{200b}""#);
        assert_eq!(a.to_string(), r#""Caf\u{e9}""#);
        let (a, b) = pair("Café", "café");
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("\"Café\"".to_owned(), "\"café\"".to_owned())
        );
    }

    /// The table agrees with the Unicode Character Database where it is installed
    /// (Debian's `unicode-data`, which CI installs; `MHICS_REQUIRE_UCD=1` makes it
    /// required).
    #[test]
    fn the_default_ignorable_table_is_the_unicode_databases() {
        let path = "/usr/share/unicode/DerivedCoreProperties.txt";
        let Ok(text) = std::fs::read_to_string(path) else {
            assert!(
                std::env::var_os("MHICS_REQUIRE_UCD").is_none(),
                "{path} is missing: install unicode-data"
            );
            return;
        };
        let mut ranges = Vec::new();
        for line in text.lines() {
            let Some((range, rest)) = line.split_once(';') else {
                continue;
            };
            if rest.split('#').next().map(str::trim) != Some("Default_Ignorable_Code_Point") {
                continue;
            }
            let range = range.trim();
            let (lo, hi) = range.split_once("..").unwrap_or((range, range));
            let hex = |s: &str| u32::from_str_radix(s, 16).expect("hex");
            ranges.push((hex(lo), hex(hi)));
        }
        assert_eq!(ranges, DEFAULT_IGNORABLE.to_vec());
        assert!(DEFAULT_IGNORABLE.windows(2).all(|w| w[0].1 < w[1].0));
    }
}
