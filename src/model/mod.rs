//! The typed model of a matrix: domains, sub-sections, levels, themes and criteria.
//!
//! Every value here is `'static` data written with [`matrix!`](crate::matrix) and checked
//! when the crate compiles. Fields are reached through methods; the data cannot be
//! changed at run time.

mod criterion;
mod domain;
mod level_content;

pub use criterion::Criterion;
pub use domain::{Domain, SubSection};
pub(crate) use level_content::rank;
pub use level_content::{LevelContent, Theme};

use crate::id::{CriterionId, DomainId, SubSectionId};
use crate::level::Level;

/// A whole matrix: its levels, high level themes and domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Matrix {
    id: &'static str,
    title: &'static str,
    version: &'static str,
    levels: [LevelInfo; 3],
    high_level_themes: &'static [HighLevelTheme],
    domains: &'static [Domain],
}

/// The definition of one maturity level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelInfo {
    level: Level,
    name: &'static str,
    description: &'static str,
}

/// One of the cross-cutting high level themes, with its statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HighLevelTheme {
    name: &'static str,
    statements: &'static [&'static str],
}

impl Matrix {
    #[doc(hidden)]
    pub const fn __new(
        id: &'static str,
        title: &'static str,
        version: &'static str,
        levels: [LevelInfo; 3],
        high_level_themes: &'static [HighLevelTheme],
        domains: &'static [Domain],
    ) -> Matrix {
        Matrix {
            id,
            title,
            version,
            levels,
            high_level_themes,
            domains,
        }
    }

    /// The matrix identifier (`mhics` for the crate's matrix).
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The published title.
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The edition of the matrix content.
    pub const fn version(&self) -> &'static str {
        self.version
    }

    /// The three level definitions, in order.
    pub const fn levels(&self) -> &[LevelInfo; 3] {
        &self.levels
    }

    /// The definition of `level`.
    pub const fn level(&self, level: Level) -> &LevelInfo {
        &self.levels[level.index()]
    }

    /// The cross-cutting high level themes.
    pub const fn high_level_themes(&self) -> &'static [HighLevelTheme] {
        self.high_level_themes
    }

    /// The domains, in order.
    pub const fn domains(&self) -> &'static [Domain] {
        self.domains
    }

    /// The domain with this ID, if the matrix has it.
    pub fn domain(&self, id: DomainId) -> Option<&'static Domain> {
        // The DSL numbers domains 1, 2, ... in order, so domain n is at n - 1.
        self.domains
            .get(usize::from(id.number()).checked_sub(1)?)
            .filter(|d| d.id() == id)
    }

    /// Every sub-section, in matrix order.
    pub fn subsections(&self) -> impl Iterator<Item = &'static SubSection> + Clone {
        self.domains.iter().flat_map(|d| d.subsections().iter())
    }

    /// The sub-section with this ID, if the matrix has it.
    pub fn subsection(&self, id: SubSectionId) -> Option<&'static SubSection> {
        // The DSL numbers sub-sections n.1, n.2, ... in order within their domain.
        self.domain(id.domain())?
            .subsections()
            .get(usize::from(id.number()).checked_sub(1)?)
            .filter(|s| s.id() == id)
    }

    /// Every criterion, in matrix order (sub-section, level, theme, criterion).
    pub fn criteria(&self) -> impl Iterator<Item = &'static Criterion> + Clone {
        self.subsections().flat_map(|s| s.criteria())
    }

    /// The criterion with this ID, if the matrix has it (a retired ID, or one the matrix
    /// never had, finds nothing).
    ///
    /// ```
    /// let c = mhics::MATRIX.criterion("2.1-D3".parse()?).expect("in the matrix");
    /// assert_eq!(c.id().to_string(), "2.1-D3");
    /// assert!(mhics::MATRIX.criterion("2.1-D99".parse()?).is_none());
    /// # Ok::<(), mhics::Error>(())
    /// ```
    pub fn criterion(&self, id: CriterionId) -> Option<&'static Criterion> {
        self.criterion_in_theme(id).map(|(_, criterion)| criterion)
    }

    /// The criterion with this ID and the theme it stands under, if the matrix has it.
    pub fn criterion_in_theme(
        &self,
        id: CriterionId,
    ) -> Option<(&'static Theme, &'static Criterion)> {
        let (_, theme, criterion) = self
            .subsection(id.subsection())?
            .level(id.level())
            .locate(id.number())?;
        Some((theme, criterion))
    }

    /// How many criteria the matrix has.
    pub const fn criterion_count(&self) -> usize {
        let mut count = 0;
        let mut d = 0;
        while d < self.domains.len() {
            let mut s = 0;
            while s < self.domains[d].subsections().len() {
                let mut l = 0;
                while l < 3 {
                    count += self.domains[d].subsections()[s].levels()[l].criterion_count();
                    l += 1;
                }
                s += 1;
            }
            d += 1;
        }
        count
    }

    /// The nearest criterion ID of the matrix to `input`, for "did you mean" hints (by
    /// edit distance over the first 64 characters; ties go to the first in matrix
    /// order).
    ///
    /// ```
    /// assert_eq!(mhics::MATRIX.nearest_criterion("1.1-d1").map(|id| id.to_string()),
    ///            Some("1.1-D1".to_owned()));
    /// ```
    pub fn nearest_criterion(&self, input: &str) -> Option<CriterionId> {
        let input: Vec<char> = input.chars().take(64).collect();
        let mut best: Option<(usize, CriterionId)> = None;
        let mut row = Vec::with_capacity(input.len() + 1);
        let mut candidate = String::new();
        for criterion in self.criteria() {
            use core::fmt::Write as _;
            candidate.clear();
            let _ = write!(candidate, "{}", criterion.id());
            let distance = edit_distance(&input, &candidate, &mut row);
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, criterion.id()));
            }
        }
        best.map(|(_, id)| id)
    }

    /// How many sub-sections the matrix has.
    pub const fn subsection_count(&self) -> usize {
        let mut count = 0;
        let mut d = 0;
        while d < self.domains.len() {
            count += self.domains[d].subsections().len();
            d += 1;
        }
        count
    }
}

impl LevelInfo {
    #[doc(hidden)]
    pub const fn __new(level: Level, name: &'static str, description: &'static str) -> LevelInfo {
        LevelInfo {
            level,
            name,
            description,
        }
    }

    /// The level defined.
    pub const fn level(&self) -> Level {
        self.level
    }

    /// The published name of the level.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// What the level means.
    pub const fn description(&self) -> &'static str {
        self.description
    }
}

impl HighLevelTheme {
    #[doc(hidden)]
    pub const fn __new(name: &'static str, statements: &'static [&'static str]) -> HighLevelTheme {
        HighLevelTheme { name, statements }
    }

    /// The theme's name, e.g. "Population health".
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The theme's statements.
    pub const fn statements(&self) -> &'static [&'static str] {
        self.statements
    }
}

/// The Levenshtein distance between `a` and `b`, with `row` as scratch space.
pub(crate) fn edit_distance(a: &[char], b: &str, row: &mut Vec<usize>) -> usize {
    row.clear();
    row.extend(0..=a.len());
    for (j, cb) in b.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = j + 1;
        for (i, &ca) in a.iter().enumerate() {
            let above = row[i + 1];
            row[i + 1] = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(row[i] + 1);
            diagonal = above;
        }
    }
    row[a.len()]
}
