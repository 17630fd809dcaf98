//! What one level of a sub-section asks for: its headline and its criteria grouped
//! under themes, and how a criterion number finds its place in the level.

use crate::id::CriterionId;
use crate::level::Level;

use super::criterion::Criterion;

/// What one level of a sub-section asks for: a headline and themed criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelContent {
    level: Level,
    headline: &'static str,
    retired: &'static [CriterionId],
    themes: &'static [Theme],
}

/// A theme heading within a level (e.g. "Collaboration"), with its criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    name: &'static str,
    intro: Option<&'static str>,
    criteria: &'static [Criterion],
}

impl LevelContent {
    #[doc(hidden)]
    pub const fn __new(
        level: Level,
        headline: &'static str,
        retired: &'static [CriterionId],
        themes: &'static [Theme],
    ) -> LevelContent {
        LevelContent {
            level,
            headline,
            retired,
            themes,
        }
    }

    /// The IDs of this level that an earlier edition had and this one has retired, in
    /// order. IDs are never reused, so a retired ID leaves a gap in the numbering.
    pub const fn retired(&self) -> &'static [CriterionId] {
        self.retired
    }

    /// The level this content belongs to.
    pub const fn level(&self) -> Level {
        self.level
    }

    /// The headline statement (from the national ICS Maturity Matrix).
    pub const fn headline(&self) -> &'static str {
        self.headline
    }

    /// The themes, in order.
    pub const fn themes(&self) -> &'static [Theme] {
        self.themes
    }

    /// Every criterion of the level, in order.
    pub fn criteria(&self) -> impl Iterator<Item = &'static Criterion> + Clone {
        self.themes.iter().flat_map(|t| t.criteria.iter())
    }

    /// The numbers this level gives its criteria, one bit each: bit `n - 1` for
    /// criterion `n`. The DSL numbers a level's criteria and retired IDs together
    /// `1, 2, ...` in order, so the level numbers `1..=criteria + retired` less the
    /// retired ones.
    ///
    /// This and [`rank`] are the one way from a criterion number to where the criterion
    /// stands: [`LevelContent::locate`] (so [`Matrix::criterion`](super::Matrix::criterion)) and the layout's slots
    /// and entries are built on them.
    pub(crate) const fn numbers(&self) -> u64 {
        let total = self.criterion_count() + self.retired.len();
        let mut numbers = if total >= 64 {
            u64::MAX
        } else {
            (1u64 << total) - 1
        };
        let mut r = 0;
        while r < self.retired.len() {
            let n = self.retired[r].number();
            if n >= 1 && n <= 64 {
                numbers &= !(1u64 << (n - 1));
            }
            r += 1;
        }
        numbers
    }

    /// Criterion number `number` of this level: its index among the level's criteria,
    /// its theme and itself; `None` for a retired number or one the level does not have.
    pub(crate) fn locate(&self, number: u8) -> Option<(usize, &'static Theme, &'static Criterion)> {
        let index = rank(self.numbers(), number)?;
        let mut n = index;
        for theme in self.themes {
            match theme.criteria.get(n) {
                Some(criterion) => {
                    // Only ever this criterion; the check keeps a hand-built level
                    // (outside the DSL) from answering for another.
                    return (criterion.id().number() == number)
                        .then_some((index, theme, criterion));
                }
                None => n -= theme.criteria.len(),
            }
        }
        None
    }

    /// How many criteria the level has.
    pub const fn criterion_count(&self) -> usize {
        let mut count = 0;
        let mut t = 0;
        while t < self.themes.len() {
            count += self.themes[t].criteria.len();
            t += 1;
        }
        count
    }
}

impl Theme {
    #[doc(hidden)]
    pub const fn __new(
        name: &'static str,
        intro: Option<&'static str>,
        criteria: &'static [Criterion],
    ) -> Theme {
        Theme {
            name,
            intro,
            criteria,
        }
    }

    /// The theme heading, e.g. "Collaboration".
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Words that only introduce the criteria below (not assessable on their own).
    pub const fn intro(&self) -> Option<&'static str> {
        self.intro
    }

    /// The theme's criteria, in order.
    pub const fn criteria(&self) -> &'static [Criterion] {
        self.criteria
    }
}

/// Where criterion `number` stands among the criteria of a level that numbers `numbers`
/// (see [`LevelContent::numbers`]): how many of the level's criteria come before it;
/// `None` when the level has no criterion of that number (a retired number included).
#[inline]
pub(crate) const fn rank(numbers: u64, number: u8) -> Option<usize> {
    if number == 0 || number > 64 || numbers & (1u64 << (number - 1)) == 0 {
        return None;
    }
    let below = number as u32 - 1;
    // In a level with none retired (its bits run from bit 0) that is `number - 1`.
    if numbers & numbers.wrapping_add(1) == 0 {
        Some(below as usize)
    } else {
        Some((numbers & ((1u64 << below) - 1)).count_ones() as usize)
    }
}
