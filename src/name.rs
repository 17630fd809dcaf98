//! Names: system names, respondents, action owners and action IDs, compared as the
//! contract's *Names* say, and text from input quoted in errors.
//!
//! Every comparison of names in the crate goes through [`key`], and every error that
//! quotes text from input goes through [`quote`], so that an error is always one line.

use core::fmt;

/// The key under which two names are the same name: trimmed, ignoring case.
pub(crate) fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Whether `a` and `b` are the same name (their [`key`]s are equal).
#[allow(dead_code)]
pub(crate) fn same(a: &str, b: &str) -> bool {
    key(a) == key(b)
}

/// Text from input as an error shows it: in double quotes, with line breaks, other
/// control characters, quotes and backslashes escaped, so that it stays on one line.
#[allow(dead_code)]
pub(crate) fn quote(text: &str) -> Quoted<'_> {
    Quoted(text)
}

/// Text from input shown escaped and quoted; see [`quote`].
#[allow(dead_code)]
#[derive(Clone, Copy, Debug)]
pub(crate) struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\"", self.0.escape_debug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_trimmed_ignoring_case_and_quotes_stay_on_one_line() {
        assert!(same(" Riverside ", "riverside"));
        assert!(!same("Riverside", "Riverdale"));
        assert_eq!(quote("a\nb\"").to_string(), r#""a\nb\"""#);
    }
}
