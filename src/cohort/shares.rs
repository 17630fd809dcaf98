//! What a cohort looks like one part at a time: the distribution of attained levels in a
//! sub-section ([`Distribution`]) and how the members answered a criterion
//! ([`CriterionShare`]), each with the shares and spread reports show.

use crate::level::Level;
use crate::model::{Criterion, Theme};

/// How many members of a cohort have attained each level in one sub-section (counting
/// each member at its attained level only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct Distribution {
    /// Members that have attained no level.
    pub none: usize,
    /// Members whose attained level is Developing.
    pub developing: usize,
    /// Members whose attained level is Maturing.
    pub maturing: usize,
    /// Members whose attained level is Thriving.
    pub thriving: usize,
}

impl Distribution {
    pub(super) fn add(&mut self, attained: Option<Level>) {
        *self.slot(attained) += 1;
    }

    fn slot(&mut self, attained: Option<Level>) -> &mut usize {
        match attained {
            None => &mut self.none,
            Some(Level::Developing) => &mut self.developing,
            Some(Level::Maturing) => &mut self.maturing,
            Some(Level::Thriving) => &mut self.thriving,
        }
    }

    /// How many members have attained exactly `attained` (`None`: no level).
    pub fn count(&self, attained: Option<Level>) -> usize {
        match attained {
            None => self.none,
            Some(Level::Developing) => self.developing,
            Some(Level::Maturing) => self.maturing,
            Some(Level::Thriving) => self.thriving,
        }
    }

    /// How many members have attained `level` or a higher one.
    pub fn at_least(&self, level: Level) -> usize {
        Level::ALL[level.index()..]
            .iter()
            .map(|l| self.count(Some(*l)))
            .sum()
    }

    /// How many members in all.
    pub fn total(&self) -> usize {
        self.none + self.developing + self.maturing + self.thriving
    }

    /// The share of members that have attained `level` or a higher one, from 0 to 1.
    pub fn share_at_least(&self, level: Level) -> f64 {
        ratio(self.at_least(level), self.total())
    }

    /// The spread of attained levels: the standard deviation of their positions
    /// (none 0, Developing 1, Maturing 2, Thriving 3). 0 when every member stands at the
    /// same level; at most 1.5.
    pub fn spread(&self) -> f64 {
        let n = self.total() as f64;
        if n == 0.0 {
            return 0.0;
        }
        let counts = [self.none, self.developing, self.maturing, self.thriving];
        let mean = counts
            .iter()
            .enumerate()
            .map(|(i, c)| i as f64 * *c as f64)
            .sum::<f64>()
            / n;
        let variance = counts
            .iter()
            .enumerate()
            .map(|(i, c)| (i as f64 - mean).powi(2) * *c as f64)
            .sum::<f64>()
            / n;
        variance.sqrt()
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// How the members of a cohort answered one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct CriterionShare {
    /// The criterion.
    pub criterion: &'static Criterion,
    /// The theme it stands under.
    pub theme: &'static Theme,
    /// Members that answered `met`.
    pub met: usize,
    /// Members that answered `partial`.
    pub partial: usize,
    /// Members that answered `not_met`.
    pub not_met: usize,
    /// Members that answered `not_applicable`.
    pub not_applicable: usize,
    /// Members that did not answer.
    pub not_assessed: usize,
    /// All members.
    pub systems: usize,
}

impl CriterionShare {
    /// The share of members that meet the criterion, from 0 to 1.
    pub fn share(&self) -> f64 {
        ratio(self.met, self.systems)
    }

    /// Members for whom the criterion applies (all but `not_applicable`).
    pub fn applicable(&self) -> usize {
        self.systems - self.not_applicable
    }

    /// The share of members for whom the criterion applies that meet it, from 0 to 1
    /// (0 when it applies to none).
    pub fn share_of_applicable(&self) -> f64 {
        ratio(self.met, self.applicable())
    }

    /// How much the members differ on this criterion: `p × (1 − p)` where `p` is
    /// [`share_of_applicable`](Self::share_of_applicable). 0 when all agree, at most
    /// 0.25 when half meet it.
    pub fn variation(&self) -> f64 {
        let p = self.share_of_applicable();
        p * (1.0 - p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distribution_counts_shares_and_spread() {
        let d = Distribution {
            none: 1,
            developing: 1,
            maturing: 0,
            thriving: 2,
        };
        assert_eq!(d.total(), 4);
        assert_eq!(d.at_least(Level::Developing), 3);
        assert_eq!(d.at_least(Level::Thriving), 2);
        assert_eq!(d.share_at_least(Level::Maturing), 0.5);
        // positions 0, 1, 3, 3: mean 1.75, variance (3.0625 + 0.5625 + 1.5625 * 2) / 4
        assert!((d.spread() - (6.75f64 / 4.0).sqrt()).abs() < 1e-12);
        let same = Distribution {
            maturing: 3,
            ..Distribution::default()
        };
        assert_eq!(same.spread(), 0.0);
        let halves = Distribution {
            none: 1,
            thriving: 1,
            ..Distribution::default()
        };
        assert_eq!(halves.spread(), 1.5);
        assert_eq!(
            Distribution::default().share_at_least(Level::Developing),
            0.0
        );
    }
}
