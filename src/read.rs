//! Bounded reading: every file the crate and its examples read goes through
//! [`read_bounded`] (or [`read_file`], which opens a path and calls it), with a size
//! limit, so that a huge or endless input (`/dev/zero`, a pipe that never ends) is
//! refused after at most `limit + 1` bytes instead of filling memory.
//!
//! Assessment files are read with [`MAX_ASSESSMENT_BYTES`] (32 MiB): every text of an
//! assessment holds at most [`MAX_TEXT_CHARS`] characters, so the largest assessment of
//! the built-in edition the crate can write takes at most [`assessment_bytes`]`(266)`,
//! about 26 MB.
//! [`Assessment::from_json`](crate::Assessment::from_json) and
//! [`Assessment::from_json_slice`](crate::Assessment::from_json_slice) refuse longer text
//! with [`Kind::TooLarge`](crate::error::Kind::TooLarge).
//!
//! ```
//! use mhics::read::{read_bounded, ReadError};
//!
//! let bytes = read_bounded(&b"{}"[..], "standard input", 16)?;
//! assert_eq!(bytes, b"{}");
//!
//! // An endless input is refused once it passes the limit.
//! let err = read_bounded(std::io::repeat(0), "standard input", 1024).unwrap_err();
//! assert!(matches!(err, ReadError::TooLarge { limit: 1024, .. }));
//! assert_eq!(err.to_string(), "standard input is larger than 1024 bytes, the most that may be read");
//! # Ok::<(), ReadError>(())
//! ```

use std::io::Read;
use std::path::Path;

use crate::name::escaped;

/// What can go wrong reading a file or stream with [`read_bounded`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The input could not be opened or read.
    #[error("cannot read {}: {source}", escaped(name))]
    Io {
        /// What was read: a file name or e.g. "standard input".
        name: String,
        /// The reason.
        source: std::io::Error,
    },
    /// The input is longer than the limit (it was not read further).
    #[error("{} is larger than {}, the most that may be read", escaped(name), size(*limit))]
    TooLarge {
        /// What was read.
        name: String,
        /// The limit, in bytes.
        limit: u64,
    },
}

/// The most an assessment file may hold: 32 MiB (33 554 432 bytes), more than any
/// assessment of the built-in edition the crate writes can take (see
/// [`assessment_bytes`]).
///
/// The examples read assessment files with this limit, and
/// [`Assessment::from_json`](crate::Assessment::from_json) refuses longer text. An edition
/// with more criteria gets a higher limit, [`assessment_limit`].
pub const MAX_ASSESSMENT_BYTES: u64 = 32 * 1024 * 1024;

/// The most characters (UTF-16 code units, as a spreadsheet counts them) a system name,
/// respondent or note may hold: 32 767, what a spreadsheet cell holds, so that every
/// assessment can be written to a workbook and read back.
pub const MAX_TEXT_CHARS: usize = 32_767;

/// The most bytes an assessment of `criteria` criteria takes as the crate writes it
/// ([`Assessment::to_json`](crate::Assessment::to_json)): every text at most
/// [`MAX_TEXT_CHARS`], each such character written in at most 3 bytes (UTF-8, or a
/// two-character escape), and a bounded frame around each response.
pub const fn assessment_bytes(criteria: usize) -> u64 {
    /// The most bytes of one text as JSON, with its quotes.
    const TEXT: u64 = 3 * MAX_TEXT_CHARS as u64 + 2;
    /// The frame of one response: indentation, ID, status and field names.
    const RESPONSE: u64 = 128;
    /// The frame of the file: edition, date and field names.
    const FILE: u64 = 1024;
    FILE + 2 * TEXT + criteria as u64 * (RESPONSE + TEXT)
}

/// The read limit for assessments of a matrix of `criteria` criteria: the larger of
/// [`MAX_ASSESSMENT_BYTES`] and [`assessment_bytes`], so that whatever the crate writes
/// is read back.
pub const fn assessment_limit(criteria: usize) -> u64 {
    let bound = assessment_bytes(criteria);
    if bound > MAX_ASSESSMENT_BYTES {
        bound
    } else {
        MAX_ASSESSMENT_BYTES
    }
}

/// The most an action plan file may hold: 16 MiB (16 777 216 bytes), like an assessment.
///
/// [`Plan::from_json`](crate::plan::Plan::from_json) refuses longer text.
pub const MAX_PLAN_BYTES: u64 = 16 * 1024 * 1024;

/// Reads everything `reader` yields, refusing it with [`ReadError::TooLarge`] as soon as
/// it passes `limit` bytes. At most `limit + 1` bytes are ever read (through
/// [`Read::take`]), so an endless input ends the read too. `name` says what is read, for
/// errors: a file name, or e.g. "standard input".
pub fn read_bounded(
    reader: impl Read,
    name: impl Into<String>,
    limit: u64,
) -> Result<Vec<u8>, ReadError> {
    read_with_hint(reader, name.into(), limit, 0)
}

/// Opens the file at `path` and reads it with [`read_bounded`]; errors name the file.
pub fn read_file(path: impl AsRef<Path>, limit: u64) -> Result<Vec<u8>, ReadError> {
    let path = path.as_ref();
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| ReadError::Io {
        name: name.clone(),
        source,
    })?;
    // The length is only a hint for the buffer: special files report 0.
    let hint = file.metadata().map_or(0, |m| m.len());
    read_with_hint(file, name, limit, hint)
}

fn read_with_hint(
    reader: impl Read,
    name: String,
    limit: u64,
    hint: u64,
) -> Result<Vec<u8>, ReadError> {
    let capacity = usize::try_from(hint.min(limit.saturating_add(1))).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io {
            name: name.clone(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { name, limit });
    }
    Ok(bytes)
}

/// A size in bytes for messages: `32 MiB (33554432 bytes)` for whole mebibytes, else
/// `N bytes`.
pub(crate) fn size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes % MIB == 0 {
        format!("{} MiB ({bytes} bytes)", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that counts what is read from it and never ends.
    struct Endless<'a>(&'a mut u64);

    impl Read for Endless<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            buf.fill(b' ');
            *self.0 += buf.len() as u64;
            Ok(buf.len())
        }
    }

    #[test]
    fn an_input_at_the_limit_is_read_and_one_byte_more_is_refused() {
        assert_eq!(read_bounded(&b"abcd"[..], "x", 4).unwrap(), b"abcd");
        let err = read_bounded(&b"abcde"[..], "x", 4).unwrap_err();
        assert!(matches!(err, ReadError::TooLarge { limit: 4, ref name } if name == "x"));
        assert_eq!(read_bounded(&b""[..], "x", 0).unwrap(), b"");
    }

    #[test]
    fn an_endless_input_is_read_no_further_than_the_limit_and_one_byte() {
        let mut count = 0;
        let err = read_bounded(Endless(&mut count), "endless", 10_000).unwrap_err();
        assert!(matches!(err, ReadError::TooLarge { .. }));
        assert_eq!(count, 10_001);
    }

    #[test]
    fn errors_name_the_file_and_the_limit() {
        let err = read_file("/nonexistent/a.json", 10).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("cannot read /nonexistent/a.json: "),
            "{err}"
        );
        assert_eq!(size(MAX_ASSESSMENT_BYTES), "32 MiB (33554432 bytes)");
        assert!(assessment_bytes(266) < MAX_ASSESSMENT_BYTES);
        assert_eq!(assessment_limit(266), MAX_ASSESSMENT_BYTES);
        assert!(assessment_limit(1000) > MAX_ASSESSMENT_BYTES);
        assert_eq!(size(1000), "1000 bytes");
    }

    #[cfg(unix)]
    #[test]
    fn dev_zero_is_refused_with_the_limit() {
        let err = read_file("/dev/zero", MAX_ASSESSMENT_BYTES).unwrap_err();
        assert_eq!(
            err.to_string(),
            "/dev/zero is larger than 32 MiB (33554432 bytes), the most that may be read"
        );
    }
}
