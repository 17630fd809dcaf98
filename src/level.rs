//! The three maturity levels.

use strum::{Display, IntoStaticStr};

/// A maturity level of the tool, in order: `Developing < Maturing < Thriving`.
///
/// The string form (`Display`, `as_str`, serde) is the stable identifier
/// `developing`, `maturing` or `thriving`; [`Level::name`] is the published name.
/// `FromStr` takes either, ignoring case, as every named value of the crate is read.
///
/// ```
/// use mhics::Level;
///
/// assert_eq!(Level::ALL, [Level::Developing, Level::Maturing, Level::Thriving]);
/// assert_eq!(Level::Maturing.to_string(), "maturing");
/// assert_eq!("Thriving".parse::<Level>().ok(), Some(Level::Thriving));
/// assert_eq!(Level::Developing.next(), Some(Level::Maturing));
/// assert!(Level::Developing < Level::Thriving);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Display, IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Level {
    /// Systems working towards becoming a maturing ICS.
    Developing,
    /// What systems need to have done before April 2021, as outlined in the Long Term Plan.
    Maturing,
    /// The most mature version of an ICS; no specific timeline is set.
    Thriving,
}

impl Level {
    /// All levels, in order.
    pub const ALL: [Level; 3] = [Level::Developing, Level::Maturing, Level::Thriving];

    /// The stable identifier: `developing`, `maturing` or `thriving`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Developing => "developing",
            Level::Maturing => "maturing",
            Level::Thriving => "thriving",
        }
    }

    /// The published name: `Developing`, `Maturing` or `Thriving`.
    pub const fn name(self) -> &'static str {
        match self {
            Level::Developing => "Developing",
            Level::Maturing => "Maturing",
            Level::Thriving => "Thriving",
        }
    }

    /// The letter used in criterion IDs: `D`, `M` or `T`.
    pub const fn letter(self) -> char {
        match self {
            Level::Developing => 'D',
            Level::Maturing => 'M',
            Level::Thriving => 'T',
        }
    }

    /// The level whose ID letter is `letter` (`D`, `M` or `T`, upper case only).
    pub const fn from_letter(letter: u8) -> Option<Level> {
        match letter {
            b'D' => Some(Level::Developing),
            b'M' => Some(Level::Maturing),
            b'T' => Some(Level::Thriving),
            _ => None,
        }
    }

    /// Position in the order: 0, 1 or 2.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The level after this one; `None` after `Thriving`.
    pub const fn next(self) -> Option<Level> {
        match self {
            Level::Developing => Some(Level::Maturing),
            Level::Maturing => Some(Level::Thriving),
            Level::Thriving => None,
        }
    }

    /// The level this system works towards when `attained` is its attained level:
    /// `Developing` when none is attained, `None` once `Thriving` is.
    pub const fn after(attained: Option<Level>) -> Option<Level> {
        match attained {
            None => Some(Level::Developing),
            Some(level) => level.next(),
        }
    }
}

impl core::str::FromStr for Level {
    type Err = crate::error::Error;

    fn from_str(text: &str) -> Result<Level, crate::error::Error> {
        let all = Level::ALL.map(|l| (l, l.as_str(), l.name()));
        crate::parse::named("level", &all, text)
    }
}

/// What a report for people calls the absence of an attained level.
pub const NOT_YET: &str = "Not yet Developing";

/// The name of an attained level for people: `Not yet Developing` when no level is
/// attained (JSON and CSV, for programs, keep `null` and an empty cell).
pub(crate) fn attained_name(level: Option<Level>) -> &'static str {
    level.map_or(NOT_YET, Level::name)
}
