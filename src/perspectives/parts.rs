//! The parts of a perspectives set: each [`Respondent`], the [`Agreement`] of each
//! sub-section, and each [`Conversation`] to have with every partner's [`Answer`].

use crate::assessment::{Assessment, Status};
use crate::id::SubSectionId;
use crate::level::Level;
use crate::model::{Criterion, Theme};
use crate::progression::Evaluation;

/// One partner's assessment in a [`Perspectives`](super::Perspectives) set.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Respondent<'a> {
    /// The label in reports: the assessment's respondent, or its source when it names
    /// none.
    pub label: &'a str,
    /// Where the assessment came from, as the caller gave it (e.g. its file name).
    pub source: &'a str,
    /// The assessment.
    pub assessment: &'a Assessment,
    /// Its own evaluation.
    pub evaluation: Evaluation<'a>,
}

impl Respondent<'_> {
    /// Whether the label is the source because the assessment names no respondent.
    pub fn labelled_by_source(&self) -> bool {
        self.assessment.respondent().is_none()
    }

    /// The source, with the respondent when the assessment names one, e.g.
    /// `trust.json (Riverside Trust)`.
    pub(super) fn describe(source: &str, assessment: &Assessment) -> String {
        match assessment.respondent() {
            Some(respondent) => format!("{source} ({respondent})"),
            None => source.to_owned(),
        }
    }
}

/// How far the partners agree in one sub-section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Agreement {
    /// The sub-section.
    pub id: SubSectionId,
    /// Its criteria answered (with any status) by two or more respondents.
    pub answered_by_two_or_more: usize,
    /// Its contested criteria.
    pub contested: usize,
}

impl Agreement {
    /// The sub-section (the same as the field `id`, named as on the other
    /// per-sub-section types).
    pub fn id(&self) -> SubSectionId {
        self.id
    }

    /// Among the criteria answered by two or more respondents, the share that are not
    /// contested, from 0 to 1; `None` when no criterion is answered by two or more.
    pub fn agreement(&self) -> Option<f64> {
        (self.answered_by_two_or_more > 0).then(|| {
            (self.answered_by_two_or_more - self.contested) as f64
                / self.answered_by_two_or_more as f64
        })
    }
}

/// One respondent's answer to a contested criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Answer<'a> {
    /// The respondent's label.
    pub respondent: &'a str,
    /// The status given; `None` when not assessed.
    pub status: Option<Status>,
    /// The respondent's note, if any.
    pub note: Option<&'a str>,
}

/// A contested criterion, to talk about: every respondent's answer and note.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Conversation<'a> {
    /// The criterion.
    pub criterion: &'static Criterion,
    /// The theme it stands under.
    pub theme: &'static Theme,
    /// The spread of the answers: 0, 1 or 2.
    pub spread: u8,
    /// Whether some answered `not_applicable` and others did not.
    pub applicability_disputed: bool,
    /// The consolidated status.
    pub consolidated: Option<Status>,
    /// Every respondent's answer, in respondent order (not assessed where none was
    /// given).
    pub answers: Vec<Answer<'a>>,
}

impl Conversation<'_> {
    /// The criterion's sub-section.
    pub fn subsection(&self) -> SubSectionId {
        self.criterion.id().subsection()
    }

    /// The criterion's level.
    pub fn level(&self) -> Level {
        self.criterion.id().level()
    }
}
