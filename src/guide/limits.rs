//! Limits, names and safety: the crate tried as a careless or hostile user would.
//!
//! # Whatever the crate writes, it reads
//!
//! | limit | value | where |
//! | --- | --- | --- |
//! | a text: system name, respondent, note, an action's fields | 32,767 characters, counted as UTF-16 units (what a spreadsheet cell holds) | [`MAX_TEXT_CHARS`](crate::MAX_TEXT_CHARS) |
//! | an assessment file | 32 MiB (33,554,432 bytes); more for an edition large enough to need it | [`MAX_ASSESSMENT_BYTES`](crate::MAX_ASSESSMENT_BYTES), [`read::assessment_limit`](crate::read::assessment_limit) |
//! | a plan file | 16 MiB (16,777,216 bytes) | [`MAX_PLAN_BYTES`](crate::MAX_PLAN_BYTES) |
//! | a workbook | 16 MiB, unzipping to at most 128 MiB, at most 1,000,000 cells in a sheet | the constants of [`workbook`](crate::workbook) |
//! | a sheet | 1,048,576 rows and 16,384 columns (`XFD1048576`), as in a spreadsheet program | |
//! | a level of an edition | 64 criteria; any number of sub-sections | a compile error beyond it |
//!
//! A longer text is refused, naming the field (or the sheet and cell) and the limit, in
//! files and in code alike; nothing is cut. So the largest assessment of the built-in
//! edition takes about 26 MB as JSON, under the read limit
//! ([`read::assessment_bytes`](crate::read::assessment_bytes)). A workbook is written
//! only if it can be read back. The repository's tests write the largest assessment, the
//! consolidated assessment of 500 partners and the largest workbook, and read each back.
//!
//! # Bounded input
//!
//! Every file the crate and its examples read goes through
//! [`read::read_bounded`](crate::read::read_bounded) with a limit, reading at most one
//! byte past it. A bigger file, or an endless one such as `/dev/zero`, is refused with an
//! error naming the input and the limit. Reading JSON text in code refuses longer text
//! the same way, before parsing it.
//!
//! # Text is kept exactly or refused
//!
//! - System names, respondents and notes may hold any Unicode text, tabs and line
//!   breaks (LF or CRLF).
//! - Any other control character (such as a `\u0000` escape) is refused, naming the
//!   field, in files and in code alike. So is a lone surrogate escape (`"\ud800"`).
//! - A leading UTF-8 byte order mark (written by Excel and Notepad) is accepted; none is
//!   ever written.
//! - Nothing is silently stripped.
//!
//! # Names
//!
//! System names, respondents, action owners and action IDs are *names*. Two are the same
//! name when they are equal after:
//!
//! 1. Unicode NFC normalisation;
//! 2. full case folding;
//! 3. removing default-ignorable code points (zero-width spaces and joiners, soft
//!    hyphens, variation selectors, ...);
//! 4. trimming white space.
//!
//! So "Café Trust" in NFC and in NFD, or with a zero-width space, is one partner (a
//! second is refused) and one system in a cohort. Every comparison of names in the crate
//! goes through [`name::key`](crate::name::key).
//!
//! Names decide what belongs together:
//!
//! - A cohort holds one assessment per system. The same file twice, or one system at two
//!   dates, is an error naming both and the system, unless the latest of each is asked
//!   for.
//! - A comparison needs two assessments of one system, the earlier first.
//! - Partners' perspectives need one system and distinct respondents (see
//!   [`perspectives`](super::perspectives)).
//! - A plan's action IDs are distinct, and a plan is reviewed against its own system
//!   (see [`plans`](super::plans)).
//!
//! # One line per error
//!
//! Every error is one line. Text from input that an error shows (a field, a status, a
//! system, a respondent, a file or sheet name, a cell's value) is escaped
//! ([`name::quote`](crate::name::quote)): a line break shows as `\n`, an invisible or
//! control character as `\u{200b}`. So no input can forge a second line. Two names that
//! would print the same are shown with their differences escaped: `"Caf\u{e9}"` and
//! `"Cafe\u{301}"`.
//!
//! # Hostile workbooks
//!
//! The workbook reader reads only the parts it needs, straight from the archive. It
//! reserves nothing from a count the file declares, holds a shared string used by a
//! million cells once, and reads each part once. The archive's declared sizes are
//! checked before anything is unzipped, and the unzipping stops at them. What a
//! spreadsheet program or a hostile file can hold is read exactly or refused, naming the
//! sheet and cell: see [`workbooks`](super::workbooks).
//!
//! # Reports cannot be subverted
//!
//! Text from input cannot change the structure of a report:
//!
//! - **CSV**: a cell that a spreadsheet would run as a formula (starting with `=`, `+`,
//!   `-`, `@`, tab or carriage return) is written with a leading `'`, and so is a cell
//!   starting with `'`. Remove one leading `'` to read the original back. The crate reads
//!   no CSV itself.
//! - **Markdown**: text from input is kept on one line and every markup character is
//!   escaped, so a note cannot open a heading, table cell, link, emphasis or HTML.
//! - **SVG**: text is escaped as XML; a character XML cannot hold (U+FFFE, U+FFFF) shows
//!   as U+FFFD.
//! - **HTML**: the templates escape every text, so a note holding HTML or script shows as
//!   text.
//!
//! Property tests in the repository check every Markdown report and parse every SVG
//! with an XML parser.
//!
//! # Reports grow linearly
//!
//! Every report grows linearly with its input. Peer learning names at most three peers
//! per gap, with a count of the rest ("and 12 more"); the cohort's Markdown gives each
//! criterion's text once, and shows at most 80 characters of a peer's name and 280 of
//! its note. 10,000 systems take seconds and under 200 MB (`BENCHMARKS.md` in the
//! repository).
