//! Identifiers of domains, sub-sections and criteria.
//!
//! Each has a canonical string form ([`crate::guide::rules`]), which `Display` writes,
//! `FromStr` reads and serde uses: domain `1`, sub-section `1.1`, criterion `1.1-D1`.
//! Numbers count from 1 and are written without leading zeros. The IDs order as the
//! matrix does (by domain, sub-section, level, then number), not as strings do:
//! `1.1-D2 < 1.1-D10`.

use core::fmt;
use core::str::FromStr;

use crate::error::{Error, Kind};
use crate::level::Level;

/// The error for `input`, not `expected`.
pub(crate) fn malformed(input: &str, expected: &'static str) -> Error {
    Error::from(Kind::MalformedId {
        value: input.to_owned(),
        expected,
    })
}

/// A domain of the matrix: `1`, `2` or `3`.
///
/// ```
/// use mhics::DomainId;
/// let id: DomainId = "2".parse()?;
/// assert_eq!(id.number(), 2);
/// assert_eq!(id.to_string(), "2");
/// # Ok::<(), mhics::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DomainId(u8);

/// A sub-section of a domain: `<domain>.<n>`, e.g. `3.2`.
///
/// ```
/// use mhics::SubSectionId;
/// let id: SubSectionId = "3.2".parse()?;
/// assert_eq!((id.domain().number(), id.number()), (3, 2));
/// assert_eq!(id.to_string(), "3.2");
/// # Ok::<(), mhics::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SubSectionId {
    domain: DomainId,
    number: u8,
}

/// A criterion: `<sub-section>-<D|M|T><n>`, e.g. `1.1-D1` or `3.2-T2`.
///
/// `n` counts from 1 within its sub-section and level, in the tool's order. IDs are
/// written out in the matrix source and never reused.
///
/// ```
/// use mhics::{CriterionId, Level};
/// let id: CriterionId = "1.1-M9".parse()?;
/// assert_eq!(id.subsection().to_string(), "1.1");
/// assert_eq!(id.level(), Level::Maturing);
/// assert_eq!(id.number(), 9);
/// assert_eq!(id.to_string(), "1.1-M9");
/// assert!("1.1-D2".parse::<CriterionId>()? < "1.1-D10".parse::<CriterionId>()?);
/// # Ok::<(), mhics::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CriterionId {
    subsection: SubSectionId,
    level: Level,
    number: u8,
}

/// Reads a positive decimal number without leading zeros from `bytes[start..]`.
/// Returns the number and the index after it.
const fn number(bytes: &[u8], start: usize) -> Option<(u8, usize)> {
    let mut i = start;
    let mut value: u32 = 0;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        if i == start && bytes[i] == b'0' {
            return None;
        }
        value = value * 10 + (bytes[i] - b'0') as u32;
        if value > u8::MAX as u32 {
            return None;
        }
        i += 1;
    }
    if i == start {
        None
    } else {
        Some((value as u8, i))
    }
}

/// Reads `<domain>.<n>` from the start of `bytes`; returns it and the index after it.
const fn subsection_prefix(bytes: &[u8]) -> Option<(SubSectionId, usize)> {
    let Some((domain, i)) = number(bytes, 0) else {
        return None;
    };
    if i >= bytes.len() || bytes[i] != b'.' {
        return None;
    }
    let Some((n, end)) = number(bytes, i + 1) else {
        return None;
    };
    Some((SubSectionId::new(DomainId(domain), n), end))
}

impl DomainId {
    /// The domain numbered `number` (from 1).
    ///
    /// # Panics
    /// When `number` is 0 (in a const context, a compile error).
    pub const fn new(number: u8) -> DomainId {
        assert!(number > 0, "domain numbers count from 1");
        DomainId(number)
    }

    /// The domain's number, from 1.
    pub const fn number(self) -> u8 {
        self.0
    }

    /// Parses the canonical form in a const context; `None` when malformed.
    pub const fn parse(s: &str) -> Option<DomainId> {
        let bytes = s.as_bytes();
        match number(bytes, 0) {
            Some((n, end)) if end == bytes.len() => Some(DomainId(n)),
            _ => None,
        }
    }
}

impl SubSectionId {
    /// Sub-section `number` (from 1) of `domain`.
    ///
    /// # Panics
    /// When `number` is 0 (in a const context, a compile error).
    pub const fn new(domain: DomainId, number: u8) -> SubSectionId {
        assert!(number > 0, "sub-section numbers count from 1");
        SubSectionId { domain, number }
    }

    /// The domain this sub-section belongs to.
    pub const fn domain(self) -> DomainId {
        self.domain
    }

    /// The sub-section's number within its domain, from 1.
    pub const fn number(self) -> u8 {
        self.number
    }

    /// Parses the canonical form in a const context; `None` when malformed.
    pub const fn parse(s: &str) -> Option<SubSectionId> {
        let bytes = s.as_bytes();
        match subsection_prefix(bytes) {
            Some((id, end)) if end == bytes.len() => Some(id),
            _ => None,
        }
    }

    /// Const equality, for compile-time checks.
    pub const fn const_eq(self, other: SubSectionId) -> bool {
        self.domain.0 == other.domain.0 && self.number == other.number
    }
}

impl CriterionId {
    /// Criterion `number` (from 1) of `level` in `subsection`.
    ///
    /// # Panics
    /// When `number` is 0 (in a const context, a compile error).
    pub const fn new(subsection: SubSectionId, level: Level, number: u8) -> CriterionId {
        assert!(number > 0, "criterion numbers count from 1");
        CriterionId {
            subsection,
            level,
            number,
        }
    }

    /// The sub-section the criterion belongs to.
    pub const fn subsection(self) -> SubSectionId {
        self.subsection
    }

    /// The domain the criterion belongs to.
    pub const fn domain(self) -> DomainId {
        self.subsection.domain
    }

    /// The level the criterion belongs to.
    pub const fn level(self) -> Level {
        self.level
    }

    /// The criterion's number within its sub-section and level, from 1.
    pub const fn number(self) -> u8 {
        self.number
    }

    /// Parses the canonical form in a const context; `None` when malformed.
    pub const fn parse(s: &str) -> Option<CriterionId> {
        let bytes = s.as_bytes();
        let Some((subsection, i)) = subsection_prefix(bytes) else {
            return None;
        };
        if i + 1 >= bytes.len() || bytes[i] != b'-' {
            return None;
        }
        let Some(level) = Level::from_letter(bytes[i + 1]) else {
            return None;
        };
        match number(bytes, i + 2) {
            Some((n, end)) if end == bytes.len() => Some(CriterionId {
                subsection,
                level,
                number: n,
            }),
            _ => None,
        }
    }

    /// Const equality, for compile-time checks.
    pub const fn const_eq(self, other: CriterionId) -> bool {
        self.subsection.const_eq(other.subsection)
            && self.level as u8 == other.level as u8
            && self.number == other.number
    }
}

impl fmt::Display for DomainId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Display for SubSectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.domain.0, self.number)
    }
}

impl fmt::Display for CriterionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}-{}{}",
            self.subsection,
            self.level.letter(),
            self.number
        )
    }
}

macro_rules! __id_from_str {
    ($($ty:ident => $what:literal),* $(,)?) => {$(
        impl FromStr for $ty {
            type Err = Error;

            fn from_str(s: &str) -> Result<Self, Error> {
                $ty::parse(s).ok_or_else(|| malformed(s, $what))
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}

__id_from_str! {
    DomainId => "a domain ID such as `1`",
    SubSectionId => "a sub-section ID such as `1.1`",
    CriterionId => "a criterion ID such as `1.1-D1`",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_canonical_forms() {
        for s in ["1.1-D1", "3.2-T2", "1.1-M9", "2.4-D10", "12.34-T255"] {
            assert_eq!(s.parse::<CriterionId>().unwrap().to_string(), s);
        }
        for s in ["1.1", "3.7", "10.1"] {
            assert_eq!(s.parse::<SubSectionId>().unwrap().to_string(), s);
        }
        assert_eq!("3".parse::<DomainId>().unwrap().to_string(), "3");
    }

    #[test]
    fn rejects_malformed_forms() {
        for s in [
            "", "1", "1.", ".1", "1.1", "1.1-", "1.1-D", "1.1-X1", "1.1-d1", "1.1-D0", "1.1-D01",
            "01.1-D1", "1.1-D1 ", " 1.1-D1", "1.1-D256", "1.1_D1", "1.1-D1a", "1..1-D1",
        ] {
            assert!(s.parse::<CriterionId>().is_err(), "{s:?} should not parse");
        }
        for s in ["", "1", "1.", "1.0", "0.1", "1.1.1", "a.b", "1.1 "] {
            assert!(s.parse::<SubSectionId>().is_err(), "{s:?} should not parse");
        }
        for s in ["", "0", "01", "1.1", "x", "256"] {
            assert!(s.parse::<DomainId>().is_err(), "{s:?} should not parse");
        }
    }

    #[test]
    fn orders_as_the_matrix_does() {
        let ids: Vec<CriterionId> = ["1.1-D2", "1.1-D10", "1.1-M1", "1.2-D1", "2.1-D1"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn error_names_the_input_and_the_expected_form() {
        let err = "1.1-X1".parse::<CriterionId>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"1.1-X1\" is not a criterion ID such as `1.1-D1`"
        );
    }
}
