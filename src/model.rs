//! The typed model of a matrix: domains, sub-sections, levels, themes and criteria.
//!
//! Every value here is `'static` data written with [`matrix!`](crate::matrix) and checked
//! when the crate compiles. Fields are reached through methods; the data cannot be
//! changed at run time.

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

/// A domain (a main section of the tool).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Domain {
    id: DomainId,
    title: &'static str,
    partners: &'static str,
    overview: [&'static [&'static str]; 3],
    subsections: &'static [SubSection],
}

/// A sub-section of a domain, with its content at each level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubSection {
    id: SubSectionId,
    title: &'static str,
    levels: [LevelContent; 3],
    references: &'static [&'static str],
}

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

/// One assessable criterion (a `✓` item of the tool).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Criterion {
    id: CriterionId,
    text: &'static str,
    points: &'static [&'static str],
    closing: Option<&'static str>,
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
            .filter(|d| d.id == id)
    }

    /// Every sub-section, in matrix order.
    pub fn subsections(&self) -> impl Iterator<Item = &'static SubSection> + Clone {
        self.domains.iter().flat_map(|d| d.subsections.iter())
    }

    /// The sub-section with this ID, if the matrix has it.
    pub fn subsection(&self, id: SubSectionId) -> Option<&'static SubSection> {
        // The DSL numbers sub-sections n.1, n.2, ... in order within their domain.
        self.domain(id.domain())?
            .subsections
            .get(usize::from(id.number()).checked_sub(1)?)
            .filter(|s| s.id == id)
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
    /// # Ok::<(), mhics::IdError>(())
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
            while s < self.domains[d].subsections.len() {
                let mut l = 0;
                while l < 3 {
                    count += self.domains[d].subsections[s].levels[l].criterion_count();
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
            count += self.domains[d].subsections.len();
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

impl Domain {
    #[doc(hidden)]
    pub const fn __new(
        id: DomainId,
        title: &'static str,
        partners: &'static str,
        overview: [&'static [&'static str]; 3],
        subsections: &'static [SubSection],
    ) -> Domain {
        Domain {
            id,
            title,
            partners,
            overview,
            subsections,
        }
    }

    /// The domain's ID.
    pub const fn id(&self) -> DomainId {
        self.id
    }

    /// The domain's title.
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// Who "the system / all partners" are for this domain.
    pub const fn partners(&self) -> &'static str {
        self.partners
    }

    /// The overview paragraphs for `level`.
    pub const fn overview(&self, level: Level) -> &'static [&'static str] {
        self.overview[level.index()]
    }

    /// The domain's sub-sections, in order.
    pub const fn subsections(&self) -> &'static [SubSection] {
        self.subsections
    }
}

impl SubSection {
    #[doc(hidden)]
    pub const fn __new(
        id: SubSectionId,
        title: &'static str,
        levels: [LevelContent; 3],
        references: &'static [&'static str],
    ) -> SubSection {
        SubSection {
            id,
            title,
            levels,
            references,
        }
    }

    /// The sub-section's ID.
    pub const fn id(&self) -> SubSectionId {
        self.id
    }

    /// The sub-section's title.
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The content of all three levels, in order.
    pub const fn levels(&self) -> &[LevelContent; 3] {
        &self.levels
    }

    /// The content of `level`.
    pub const fn level(&self, level: Level) -> &LevelContent {
        &self.levels[level.index()]
    }

    /// The references (URLs) printed with the sub-section.
    pub const fn references(&self) -> &'static [&'static str] {
        self.references
    }

    /// Every criterion of the sub-section, in order (level, theme, criterion).
    pub fn criteria(&self) -> impl Iterator<Item = &'static Criterion> + Clone {
        let levels = self.levels;
        (0..3).flat_map(move |l| levels[l].criteria())
    }
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
    /// stands: [`LevelContent::locate`] (so [`Matrix::criterion`]) and the layout's slots
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
                    return (criterion.id.number() == number).then_some((index, theme, criterion));
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

impl Criterion {
    #[doc(hidden)]
    pub const fn __new(
        id: CriterionId,
        text: &'static str,
        points: &'static [&'static str],
        closing: Option<&'static str>,
    ) -> Criterion {
        Criterion {
            id,
            text,
            points,
            closing,
        }
    }

    /// The criterion's ID.
    pub const fn id(&self) -> CriterionId {
        self.id
    }

    /// The criterion's text (before its points, if it has any).
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// The sub-points (`➢` items) under the criterion.
    pub const fn points(&self) -> &'static [&'static str] {
        self.points
    }

    /// Text that continues the criterion after its points, where the tool has any.
    pub const fn closing(&self) -> Option<&'static str> {
        self.closing
    }

    /// The whole criterion on one line: its text, its points and any closing text,
    /// joined by single spaces (for tables and other one-line forms).
    ///
    /// ```
    /// let c = mhics::MATRIX.criterion("1.2-M2".parse()?).expect("in the matrix");
    /// assert!(c.full_text().starts_with(
    ///     "The vision and narrative explicitly includes a commitment to: improving mental health outcomes,"));
    /// assert!(c.full_text().ends_with("more integrated mental health service delivery"));
    /// # Ok::<(), mhics::IdError>(())
    /// ```
    pub fn full_text(&self) -> String {
        let mut out = String::from(self.text);
        for part in self.points.iter().chain(&self.closing) {
            out.push(' ');
            out.push_str(part);
        }
        out
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
