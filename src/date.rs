//! Calendar dates in ISO 8601 extended form (`YYYY-MM-DD`).

use core::fmt;
use core::str::FromStr;

use crate::error::{DateReason, Error, Field, Kind};

/// A calendar date, written and read as `YYYY-MM-DD` (ISO 8601 extended form).
///
/// ```
/// use mhics::Date;
/// let date: Date = "2024-02-29".parse()?;
/// assert_eq!((date.year(), date.month(), date.day()), (2024, 2, 29));
/// assert_eq!(date.to_string(), "2024-02-29");
/// assert!("2023-02-29".parse::<Date>().is_err());
/// # Ok::<(), mhics::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why `year-month-day` is not a date, if it is not.
const fn check(year: u16, month: u8, day: u8) -> Option<DateReason> {
    if year < 1 || year > 9999 {
        Some(DateReason::Year)
    } else if month < 1 || month > 12 {
        Some(DateReason::Month)
    } else if day == 0 || day > days_in_month(year, month) {
        Some(DateReason::Day)
    } else {
        None
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
    /// The date `year-month-day`, if it exists; else an error of kind
    /// [`Kind::InvalidDate`] with its [`DateReason`].
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, Error> {
        match check(year, month, day) {
            None => Ok(Date { year, month, day }),
            Some(reason) => Err(Error::from(Kind::InvalidDate {
                field: None,
                value: format!("{year:04}-{month:02}-{day:02}"),
                reason,
            })),
        }
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
    type Err = Error;

    /// Reads `YYYY-MM-DD`; anything else is an error of kind [`Kind::InvalidDate`],
    /// with the text and its [`DateReason`].
    fn from_str(s: &str) -> Result<Date, Error> {
        Date::read(s, None)
    }
}

impl Date {
    /// Reads `text` as the date of `field`: an error of kind [`Kind::InvalidDate`] names
    /// the field.
    pub(crate) fn read(text: &str, field: Option<Field>) -> Result<Date, Error> {
        Date::parse(text).map_err(|reason| {
            Error::from(Kind::InvalidDate {
                field,
                value: text.to_owned(),
                reason,
            })
        })
    }

    fn parse(s: &str) -> Result<Date, DateReason> {
        let b = s.as_bytes();
        let digits = |r: core::ops::Range<usize>| -> Option<u16> {
            b[r].iter().try_fold(0u16, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateReason::Form);
        }
        match (digits(0..4), digits(5..7), digits(8..10)) {
            (Some(year), Some(month), Some(day)) => {
                let (month, day) = (month as u8, day as u8);
                match check(year, month, day) {
                    None => Ok(Date { year, month, day }),
                    Some(reason) => Err(reason),
                }
            }
            _ => Err(DateReason::Form),
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
            ("2026-11-24T10:00:00Z", DateReason::Form),
            ("20261124", DateReason::Form),
            ("2026-1-24", DateReason::Form),
            ("2026-11-2x", DateReason::Form),
            ("+026-11-24", DateReason::Form),
            ("2026-13-01", DateReason::Month),
            ("2026-00-01", DateReason::Month),
            ("2026-04-31", DateReason::Day),
            ("1900-02-29", DateReason::Day),
            ("2026-11-00", DateReason::Day),
            ("0000-01-01", DateReason::Year),
            ("", DateReason::Form),
            ("２０２６-11-24", DateReason::Form),
        ];
        for (s, err) in cases {
            let e = s.parse::<Date>().unwrap_err();
            assert_eq!(
                e.kind(),
                &Kind::InvalidDate {
                    field: None,
                    value: s.to_owned(),
                    reason: err
                },
                "{s}"
            );
        }
    }
}
