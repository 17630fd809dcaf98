//! Gap lists: what stands between a system and a target level.
//!
//! Toward a target, a sub-section's gaps are every applicable criterion not `met` in the
//! levels up to and including the target, in matrix order (sub-section, level, theme,
//! criterion). The default target of each sub-section is its own `next` level; a chosen
//! target level applies to every sub-section, and a sub-section already there has none.

use strum::{Display, IntoStaticStr};

use crate::assessment::{Assessment, Status};
use crate::id::SubSectionId;
use crate::layout::{self, Layout, Set};
use crate::level::Level;
use crate::model::{Criterion, Theme};

/// What a gap list works toward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Target {
    /// Each sub-section's own next level.
    #[default]
    Next,
    /// The same level for every sub-section.
    Level(Level),
}

impl From<Level> for Target {
    fn from(level: Level) -> Target {
        Target::Level(level)
    }
}

impl core::fmt::Display for Target {
    /// `next`, or the level's identifier, e.g. `maturing` (as the evaluation JSON
    /// writes it).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Target::Next => f.write_str("next"),
            Target::Level(level) => f.write_str(level.as_str()),
        }
    }
}

impl core::str::FromStr for Target {
    type Err = crate::error::Error;

    /// `next`, or a level (identifier or name), ignoring case.
    fn from_str(text: &str) -> Result<Target, crate::error::Error> {
        let all = [
            (Target::Next, "next", "Next"),
            (Target::Level(Level::Developing), "developing", "Developing"),
            (Target::Level(Level::Maturing), "maturing", "Maturing"),
            (Target::Level(Level::Thriving), "thriving", "Thriving"),
        ];
        crate::parse::named("target", &all, text)
    }
}

/// The status of a criterion that is not in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Display, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum GapStatus {
    /// Answered `partial`: work under way.
    Partial,
    /// Answered `not_met`.
    NotMet,
    /// No response.
    NotAssessed,
}

impl GapStatus {
    /// The stable identifier, e.g. `not_assessed`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One criterion not yet in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap {
    /// The criterion.
    pub criterion: &'static Criterion,
    /// The theme it stands under.
    pub theme: &'static Theme,
    /// Its status.
    pub status: GapStatus,
}

impl Gap {
    /// The criterion's sub-section.
    pub fn subsection(&self) -> SubSectionId {
        self.criterion.id().subsection()
    }

    /// The criterion's level.
    pub fn level(&self) -> Level {
        self.criterion.id().level()
    }
}

/// The gaps of an assessment toward a target, in matrix order. A lazy iterator: it
/// allocates nothing.
///
/// ```
/// use mhics::{gaps, Assessment, Status, Target, Level};
///
/// let assessment = Assessment::builder("Example ICS")
///     .respond("1.1-D1", Status::Met)
///     .respond("1.1-D2", Status::Partial)
///     .build()?;
/// let first: Vec<String> = gaps(&assessment, Target::Next)
///     .take(2)
///     .map(|gap| format!("{} {}", gap.criterion.id(), gap.status))
///     .collect();
/// assert_eq!(first, ["1.1-D2 partial", "1.1-D3 not_assessed"]);
/// // A sub-section that has attained the target has no gaps toward it.
/// assert_eq!(gaps(&assessment, Target::Level(Level::Developing)).count(),
///            gaps(&assessment, Target::Next).count());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Gaps<'a> {
    layout: &'static Layout,
    partial: &'a [u64],
    not_met: &'a [u64],
    words: Words<'a>,
    /// The word being read.
    word: usize,
    /// Its gaps not yet yielded.
    bits: u64,
}

/// The words a gap list reads, and where it stands in them.
#[derive(Debug, Clone)]
struct Words<'a> {
    valid: &'a [u64],
    met: &'a [u64],
    not_applicable: &'a [u64],
    target: Target,
    /// Toward each sub-section's next level: the first word of the next sub-section
    /// once the current one's first open word has been read (none before it).
    skip_to: usize,
}

impl Words<'_> {
    /// The gaps in word `w`, words being read in order.
    #[inline]
    fn wanted(&mut self, w: usize) -> u64 {
        let level = w % 3;
        let open = layout::open(self.valid[w], self.met[w], self.not_applicable[w]);
        match self.target {
            // Only the first word of the sub-section with any open criterion: every
            // level below it is complete.
            Target::Next => {
                if w < self.skip_to || open == 0 {
                    0
                } else {
                    self.skip_to = w - level + 3;
                    open
                }
            }
            Target::Level(target) if level <= target.index() => open,
            Target::Level(_) => 0,
        }
    }
}

/// The gaps of `assessment` toward `target`.
///
/// A sub-section's open criteria (applicable, not met) sit in its three words, one per
/// level (see the crate's layout): toward its next level, its gaps are the open criteria
/// of the first word that has any, since every level below it is complete; toward a
/// level, the open criteria of every word up to that level, which are none exactly when
/// the level is attained. The iterator works out each word's gaps as it reaches it.
pub fn gaps(assessment: &Assessment, target: Target) -> Gaps<'_> {
    let statuses = &assessment.statuses;
    let mut words = Words {
        valid: assessment.layout().valid(),
        met: statuses.met(),
        not_applicable: statuses.not_applicable(),
        target,
        skip_to: 0,
    };
    let bits = words.wanted(0);
    Gaps {
        layout: assessment.layout(),
        partial: statuses.words(Status::Partial),
        not_met: statuses.words(Status::NotMet),
        words,
        word: 0,
        bits,
    }
}

/// The set of the gaps of `assessment` toward `target` (see [`gaps`]).
pub(crate) fn gap_set(assessment: &Assessment, target: Target) -> Set {
    let mut gaps = gaps(assessment, target);
    let mut set = assessment.layout().empty_set();
    set[0] = gaps.bits;
    for (w, word) in set.iter_mut().enumerate().skip(1) {
        *word = gaps.words.wanted(w);
    }
    set
}

/// The gap in `slot` of `assessment` (which must be open there).
pub(crate) fn gap_at(assessment: &Assessment, slot: usize) -> Gap {
    let entry = assessment.layout().entry(slot);
    let statuses = &assessment.statuses;
    let status = if statuses.has(Status::Partial, slot) {
        GapStatus::Partial
    } else if statuses.has(Status::NotMet, slot) {
        GapStatus::NotMet
    } else {
        GapStatus::NotAssessed
    };
    Gap {
        criterion: entry.criterion,
        theme: entry.theme,
        status,
    }
}

impl Iterator for Gaps<'_> {
    type Item = Gap;

    fn next(&mut self) -> Option<Gap> {
        let words = self.words.valid.len();
        while self.bits == 0 {
            if self.word + 1 >= words {
                self.word = words;
                return None;
            }
            self.word += 1;
            self.bits = self.words.wanted(self.word);
        }
        let bit = self.bits & self.bits.wrapping_neg();
        self.bits &= self.bits - 1;
        let w = self.word;
        let status = if self.partial[w] & bit != 0 {
            GapStatus::Partial
        } else if self.not_met[w] & bit != 0 {
            GapStatus::NotMet
        } else {
            GapStatus::NotAssessed
        };
        let entry = self.layout.entry(w * 64 + bit.trailing_zeros() as usize);
        Some(Gap {
            criterion: entry.criterion,
            theme: entry.theme,
            status,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let mut words = self.words.clone();
        let n = self.bits.count_ones() as usize
            + (self.word + 1..words.valid.len())
                .map(|w| words.wanted(w).count_ones() as usize)
                .sum::<usize>();
        (n, Some(n))
    }
}

impl ExactSizeIterator for Gaps<'_> {}
impl core::iter::FusedIterator for Gaps<'_> {}

/// Gaps grouped for reading: by sub-section, then level, then theme, in matrix order.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SubSectionGaps {
    /// The sub-section.
    #[deprecated(note = "use `id()`, as on the other per-sub-section types")]
    pub subsection: SubSectionId,
    /// Its levels with gaps, in order.
    pub levels: Vec<LevelGaps>,
}

impl SubSectionGaps {
    /// The sub-section.
    pub fn id(&self) -> SubSectionId {
        #[allow(deprecated)]
        self.subsection
    }
}

/// The gaps of one level of one sub-section, by theme.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LevelGaps {
    /// The level.
    pub level: Level,
    /// Its themes with gaps, in order.
    pub themes: Vec<ThemeGaps>,
}

/// The gaps under one theme.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ThemeGaps {
    /// The theme.
    pub theme: &'static Theme,
    /// Its gaps, in order.
    pub gaps: Vec<Gap>,
}

/// Groups gaps (in matrix order, as [`gaps`] yields them) by sub-section, level and theme.
pub fn group(gaps: impl IntoIterator<Item = Gap>) -> Vec<SubSectionGaps> {
    let mut out: Vec<SubSectionGaps> = Vec::new();
    for gap in gaps {
        if out.last().is_none_or(|s| s.id() != gap.subsection()) {
            #[allow(deprecated)]
            out.push(SubSectionGaps {
                subsection: gap.subsection(),
                levels: Vec::new(),
            });
        }
        let levels = &mut out.last_mut().expect("pushed above").levels;
        if levels.last().is_none_or(|l| l.level != gap.level()) {
            levels.push(LevelGaps {
                level: gap.level(),
                themes: Vec::new(),
            });
        }
        let themes = &mut levels.last_mut().expect("pushed above").themes;
        if themes
            .last()
            .is_none_or(|t| !core::ptr::eq(t.theme, gap.theme))
        {
            themes.push(ThemeGaps {
                theme: gap.theme,
                gaps: Vec::new(),
            });
        }
        themes.last_mut().expect("pushed above").gaps.push(gap);
    }
    out
}
