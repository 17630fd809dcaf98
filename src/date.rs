//! Calendar dates in ISO 8601 extended form (`YYYY-MM-DD`).

use core::fmt;
use core::str::FromStr;

/// A calendar date, written and read as `YYYY-MM-DD` (ISO 8601 extended form).
///
/// ```
/// use mhics::Date;
/// let date: Date = "2024-02-29".parse()?;
/// assert_eq!((date.year(), date.month(), date.day()), (2024, 2, 29));
/// assert_eq!(date.to_string(), "2024-02-29");
/// assert!("2023-02-29".parse::<Date>().is_err());
/// # Ok::<(), mhics::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a string is not a [`Date`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    #[error("expected a date of the form YYYY-MM-DD")]
    Form,
    /// The month is not 01 to 12.
    #[error("the month must be 01 to 12")]
    Month,
    /// The day does not exist in that month.
    #[error("that month has no such day")]
    Day,
    /// Year 0000.
    #[error("the year must be 0001 to 9999")]
    Year,
}

impl DateError {
    /// The reason as a static string.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn reason(self) -> &'static str {
        match self {
            DateError::Form => "expected a date of the form YYYY-MM-DD",
            DateError::Month => "the month must be 01 to 12",
            DateError::Day => "that month has no such day",
            DateError::Year => "the year must be 0001 to 9999",
        }
    }
}

const fn is_leap(year: u16) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date `year-month-day`, if it exists.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::Year);
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month);
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Day);
        }
        Ok(Date { year, month, day })
    }

    /// The year, 1 to 9999.
    pub const fn year(&self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub const fn day(&self) -> u8 {
        self.day
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        let digits = |r: core::ops::Range<usize>| -> Option<u16> {
            b[r].iter().try_fold(0u16, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Form);
        }
        match (digits(0..4), digits(5..7), digits(8..10)) {
            (Some(y), Some(m), Some(d)) => Date::new(y, m as u8, d as u8),
            _ => Err(DateError::Form),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_real_dates_and_writes_them_back() {
        for s in [
            "2026-11-24",
            "2000-02-29",
            "0001-01-01",
            "9999-12-31",
            "2019-11-30",
        ] {
            assert_eq!(s.parse::<Date>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        let cases = [
            ("2026-11-24T10:00:00Z", DateError::Form),
            ("20261124", DateError::Form),
            ("2026-1-24", DateError::Form),
            ("2026-11-2x", DateError::Form),
            ("+026-11-24", DateError::Form),
            ("2026-13-01", DateError::Month),
            ("2026-00-01", DateError::Month),
            ("2026-04-31", DateError::Day),
            ("1900-02-29", DateError::Day),
            ("2026-11-00", DateError::Day),
            ("0000-01-01", DateError::Year),
            ("", DateError::Form),
            ("２０２６-11-24", DateError::Form),
        ];
        for (s, err) in cases {
            assert_eq!(s.parse::<Date>(), Err(err), "{s}");
        }
    }
}
