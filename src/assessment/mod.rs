//! A self-assessment: one system's response to each criterion.

mod builder;
pub(crate) mod response;
mod statuses;

pub use builder::AssessmentBuilder;
pub use response::{Response, Status};

use std::collections::BTreeMap;

use crate::date::Date;
use crate::edition::Edition;
use crate::error::{Error, Field, Kind};
use crate::id::CriterionId;
use crate::layout;
use crate::model::Matrix;
use crate::text;
use statuses::Statuses;

/// One system's self-assessment against an edition of the matrix (by default the
/// built-in one, [`MHICS_2019`](crate::MHICS_2019)): the system's name, who answered, an
/// optional date and a response per criterion.
///
/// Build one in code with [`Assessment::builder`], or read one from JSON with
/// [`Assessment::from_json`] (feature `serde`; [`Editions`](crate::Editions) reads files
/// of several editions). An assessment knows its [`Edition`]: it is evaluated against
/// that edition's content, and operations on several assessments refuse to mix editions.
///
/// ```
/// use mhics::{Assessment, Date, Status};
///
/// let assessment = Assessment::builder("North Central London")
///     .date("2026-11-24".parse::<Date>()?)
///     .respond("1.1-D1", Status::Met)
///     .respond_with_note("1.1-D2", Status::Partial, "Co-production pilots in two boroughs")
///     .build()?;
/// assert_eq!(assessment.status("1.1-D2".parse()?), Some(Status::Partial));
/// assert_eq!(assessment.status("1.1-D3".parse()?), None); // not assessed
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    edition: Edition,
    system: String,
    respondent: Option<String>,
    date: Option<Date>,
    pub(crate) statuses: Statuses,
    notes: BTreeMap<CriterionId, String>,
}

/// The error for an ID that is not a criterion of edition `E`.
pub(crate) fn unknown_criterion(edition: Edition, id: &str) -> Error {
    Error::from(Kind::UnknownCriterion {
        id: id.to_owned(),
        action: None,
        suggestion: edition.matrix().nearest_criterion(id),
    })
}

/// The slot of a criterion of edition `E`, or the error naming the nearest real one.
pub(crate) fn resolve(edition: Edition, id: &str) -> Result<(CriterionId, usize), Error> {
    id.parse::<CriterionId>()
        .ok()
        .and_then(|cid| Some((cid, edition.layout().slot(cid)?)))
        .ok_or_else(|| unknown_criterion(edition, id))
}

impl Assessment {
    /// An assessment of `system` against the built-in edition, with no responses yet.
    /// Fails on an empty system name, or one with a control character other than tab and
    /// line breaks, or longer than [`MAX_TEXT_CHARS`](crate::MAX_TEXT_CHARS).
    ///
    /// For another edition, use [`Assessment::builder`] with
    /// [`edition`](AssessmentBuilder::edition).
    pub fn new(system: impl Into<String>) -> Result<Assessment, Error> {
        Assessment::empty(Edition::default(), system.into())
    }

    /// An assessment of `system` against `edition` with no responses, the name checked.
    fn empty(edition: Edition, system: String) -> Result<Assessment, Error> {
        if system.trim().is_empty() {
            return Err(Error::from(Kind::Empty {
                field: Field::System,
            }));
        }
        text::check(|| crate::error::Field::System, &system)?;
        let mut assessment = Assessment::blank(edition);
        assessment.system = system;
        Ok(assessment)
    }

    /// The edition answered.
    pub fn edition(&self) -> Edition {
        self.edition
    }

    /// The content of the edition answered.
    pub fn matrix(&self) -> &'static Matrix {
        self.edition.matrix()
    }

    /// The layout of the edition answered.
    #[inline]
    pub(crate) fn layout(&self) -> &'static layout::Layout {
        self.edition.layout()
    }

    /// The system assessed.
    pub fn system(&self) -> &str {
        &self.system
    }

    /// Who answered (an organisation or role), if given: one partner's perspective on
    /// the system (see [`crate::guide::perspectives`]).
    pub fn respondent(&self) -> Option<&str> {
        self.respondent.as_deref()
    }

    /// Sets or clears the respondent. Fails, leaving the assessment as it was, on a
    /// control character other than tab and line breaks ([`Kind::ControlCharacter`]) or
    /// a text longer than [`MAX_TEXT_CHARS`](crate::MAX_TEXT_CHARS)
    /// ([`Kind::TextTooLong`]).
    pub fn set_respondent(&mut self, respondent: Option<String>) -> Result<(), Error> {
        if let Some(text) = &respondent {
            text::check(|| crate::error::Field::Respondent, text)?;
        }
        self.respondent = respondent;
        Ok(())
    }

    /// The date of the assessment, if given.
    pub fn date(&self) -> Option<Date> {
        self.date
    }

    /// Sets or clears the date.
    pub fn set_date(&mut self, date: Option<Date>) {
        self.date = date;
    }

    /// The version of the edition the assessment answers, e.g. `2019`.
    pub fn version(&self) -> &'static str {
        self.edition.version()
    }

    /// The status of a criterion; `None` when not assessed (or not in the edition).
    pub fn status(&self, id: CriterionId) -> Option<Status> {
        self.statuses.get(self.layout().slot(id)?)
    }

    /// The note on a criterion's response, if any.
    pub fn note(&self, id: CriterionId) -> Option<&str> {
        self.notes.get(&id).map(String::as_str)
    }

    /// The response to a criterion; `None` when not assessed.
    pub fn response(&self, id: CriterionId) -> Option<Response> {
        Some(Response {
            status: self.status(id)?,
            note: self.notes.get(&id).cloned(),
        })
    }

    /// Records an answer as a form gives it, as text: the criterion ID, the status and
    /// the note, read as [`AssessmentBuilder::answer`] reads them. A blank status and
    /// note clear the criterion's response. Returns the response it replaces. Fails,
    /// leaving the assessment as it was, as the builder would: an unknown criterion (with
    /// the nearest real one), an unknown status, a note without a status, or a note
    /// refused as text.
    ///
    /// ```
    /// use mhics::{Assessment, Status};
    ///
    /// let mut assessment = Assessment::new("Riverside and Vale ICS")?;
    /// assessment.answer("1.1-D1", "Partial", "A pilot in one borough")?;
    /// assert_eq!(assessment.status("1.1-D1".parse()?), Some(Status::Partial));
    /// assessment.answer("1.1-D1", "", "")?; // cleared
    /// assert_eq!(assessment.response_count(), 0);
    /// assert!(assessment.answer("1.1-d1", "met", "").is_err());
    /// # Ok::<(), mhics::Error>(())
    /// ```
    pub fn answer(
        &mut self,
        id: &str,
        status: impl Into<String>,
        note: impl Into<String>,
    ) -> Result<Option<Response>, Error> {
        let (id, _) = resolve(self.edition, id)?;
        match builder::text_response(id, status.into(), note.into())? {
            Some(response) => self.set(id, response),
            None => Ok(self.clear(id)),
        }
    }

    /// Records a response, replacing any earlier one for the same criterion, which is
    /// returned. Fails when the edition has no such criterion
    /// ([`Kind::UnknownCriterion`]), or when the note has a control character other than
    /// tab and line breaks ([`Kind::ControlCharacter`]) or is longer than
    /// [`MAX_TEXT_CHARS`](crate::MAX_TEXT_CHARS) ([`Kind::TextTooLong`]).
    pub fn set(&mut self, id: CriterionId, response: Response) -> Result<Option<Response>, Error> {
        let slot = self
            .layout()
            .slot(id)
            .ok_or_else(|| unknown_criterion(self.edition, &id.to_string()))?;
        if let Some(note) = &response.note {
            text::check(|| text::note_field(id), note)?;
        }
        let previous = self.response(id);
        self.statuses.set(slot, Some(response.status));
        match response.note {
            Some(note) => self.notes.insert(id, note),
            None => self.notes.remove(&id),
        };
        Ok(previous)
    }

    /// Removes the response to a criterion (it becomes not assessed) and returns it.
    pub fn clear(&mut self, id: CriterionId) -> Option<Response> {
        let previous = self.response(id)?;
        if let Some(slot) = self.layout().slot(id) {
            self.statuses.set(slot, None);
        }
        self.notes.remove(&id);
        Some(previous)
    }

    /// Every response, in matrix order.
    pub fn responses(&self) -> impl Iterator<Item = (CriterionId, Status, Option<&str>)> + '_ {
        let layout = self.layout();
        layout.slots().filter_map(move |slot| {
            let status = self.statuses.get(slot)?;
            let id = layout.entry(slot).criterion.id();
            Some((id, status, self.note(id)))
        })
    }

    /// How many criteria have a response.
    pub fn response_count(&self) -> usize {
        self.statuses.assessed_count()
    }

    /// An assessment with an empty system name, for the readers to fill in.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn blank(edition: Edition) -> Assessment {
        Assessment {
            edition,
            system: String::new(),
            respondent: None,
            date: None,
            statuses: Statuses::empty(edition),
            notes: BTreeMap::new(),
        }
    }

    /// Sets the respondent, already checked (e.g. taken from another assessment).
    pub(crate) fn put_respondent(&mut self, respondent: Option<String>) {
        self.respondent = respondent;
    }

    /// Sets the system name (the reader has checked it).
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn rename(&mut self, system: String) {
        self.system = system;
    }

    /// Sets a response by slot (used by the readers, which have resolved the ID).
    pub(crate) fn set_slot(&mut self, slot: usize, status: Status, note: Option<String>) {
        self.statuses.set(slot, Some(status));
        if let Some(note) = note {
            self.notes
                .insert(self.layout().entry(slot).criterion.id(), note);
        }
    }

    /// Whether the criterion in `slot` has a response.
    pub(crate) fn has_slot(&self, slot: usize) -> bool {
        self.statuses.get(slot).is_some()
    }

    /// The words of the set of criteria answered `status` (for word-parallel work over
    /// several assessments, e.g. perspectives).
    pub(crate) fn status_words(&self, status: Status) -> &[u64] {
        self.statuses.words(status)
    }

    /// The words of the set of criteria answered `status`, to write. The caller keeps
    /// one status per criterion: a bit set in at most one of the four sets.
    pub(crate) fn status_words_mut(&mut self, status: Status) -> &mut [u64] {
        self.statuses.words_mut(status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::MATRIX;

    #[test]
    fn set_replaces_and_clear_removes() -> Result<(), Error> {
        let mut a = Assessment::new("X")?;
        let id: CriterionId = "1.1-D1".parse()?;
        assert_eq!(a.set(id, Response::with_note(Status::Partial, "n"))?, None);
        assert_eq!(
            a.set(id, Response::new(Status::Met))?,
            Some(Response::with_note(Status::Partial, "n"))
        );
        assert_eq!(a.note(id), None);
        assert_eq!(a.clear(id), Some(Response::new(Status::Met)));
        assert_eq!(a.response_count(), 0);
        assert!(a
            .set("9.9-D9".parse()?, Response::new(Status::Met))
            .is_err());
        Ok(())
    }

    #[test]
    fn nearest_criterion_suggests_a_close_real_id() {
        let nearest_criterion = |input| MATRIX.nearest_criterion(input);
        assert_eq!(
            nearest_criterion("1.1-D1")
                .map(|i| i.to_string())
                .as_deref(),
            Some("1.1-D1")
        );
        let near = nearest_criterion("1.1-d1").unwrap().to_string();
        assert_eq!(near, "1.1-D1");
        assert!(nearest_criterion("").is_some());
    }
}
