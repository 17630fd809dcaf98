//! A matrix's domains and their sub-sections, each with its content at the three levels.

use crate::id::{DomainId, SubSectionId};
use crate::level::Level;

use super::criterion::Criterion;
use super::level_content::LevelContent;

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
