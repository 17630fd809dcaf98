//! A self-assessment: one system's response to each criterion.

use std::collections::BTreeMap;

use strum::{Display, EnumIter, EnumString, IntoStaticStr};

use crate::content::{Mhics2019, MATRIX};
use crate::date::Date;
use crate::edition::Edition;
use crate::error::{Error, Position, Suggestion};
use crate::id::CriterionId;
use crate::layout;
use crate::model::Matrix;
use crate::text;

/// A response's status. Only `Met` counts as in place; `NotApplicable` takes the
/// criterion out of the count. A criterion with no response is *not assessed*.
///
/// The string form (`Display`, `FromStr`, serde) is `met`, `partial`, `not_met` or
/// `not_applicable`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Status {
    /// In place.
    Met,
    /// Partly in place (not in place for progression).
    Partial,
    /// Not in place.
    NotMet,
    /// Does not apply to this system: counts neither for nor against.
    NotApplicable,
}

impl Status {
    /// All statuses.
    pub const ALL: [Status; 4] = [
        Status::Met,
        Status::Partial,
        Status::NotMet,
        Status::NotApplicable,
    ];

    /// The stable identifier, e.g. `not_met`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One response: a status and an optional note.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Response {
    /// The status.
    pub status: Status,
    /// A note, e.g. the evidence behind the status.
    pub note: Option<String>,
}

impl Response {
    /// A response with no note.
    pub fn new(status: Status) -> Response {
        Response { status, note: None }
    }

    /// A response with a note.
    pub fn with_note(status: Status, note: impl Into<String>) -> Response {
        Response {
            status,
            note: Some(note.into()),
        }
    }
}

/// The statuses of all criteria as bit sets indexed by criterion slot (see `layout`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Statuses<E: Edition> {
    pub(crate) sets: [E::Set; 4],
}

impl<E: Edition> Statuses<E> {
    pub(crate) const EMPTY: Statuses<E> = Statuses {
        sets: [E::EMPTY; 4],
    };

    pub(crate) fn get(&self, slot: usize) -> Option<Status> {
        Status::ALL
            .into_iter()
            .zip(&self.sets)
            .find_map(|(status, set)| layout::has(set.as_ref(), slot).then_some(status))
    }

    /// Whether the criterion in `slot` has `status`.
    #[inline]
    pub(crate) fn has(&self, status: Status, slot: usize) -> bool {
        layout::has(self.sets[status as usize].as_ref(), slot)
    }

    pub(crate) fn set(&mut self, slot: usize, status: Option<Status>) {
        let (word, bit) = (slot / 64, 1u64 << (slot % 64));
        for set in &mut self.sets {
            set.as_mut()[word] &= !bit;
        }
        if let Some(status) = status {
            self.sets[status as usize].as_mut()[word] |= bit;
        }
    }

    pub(crate) fn met(&self) -> &E::Set {
        &self.sets[Status::Met as usize]
    }

    pub(crate) fn not_applicable(&self) -> &E::Set {
        &self.sets[Status::NotApplicable as usize]
    }

    /// How many criteria have any response.
    pub(crate) fn assessed_count(&self) -> usize {
        let [a, b, c, d] = &self.sets;
        let (a, b, c, d) = (a.as_ref(), b.as_ref(), c.as_ref(), d.as_ref());
        (0..a.len())
            .map(|w| (a[w] | b[w] | c[w] | d[w]).count_ones() as usize)
            .sum()
    }
}

/// One system's self-assessment against an edition of the matrix (by default the
/// built-in one, [`Mhics2019`]): the system's name, who answered, an optional date and a
/// response per criterion.
///
/// Build one in code with [`Assessment::builder`] (or [`Assessment::builder_in`] for
/// another edition), or read one from JSON with [`Assessment::from_json`] (feature
/// `serde`). An assessment's edition is part of its type, so it is only ever evaluated,
/// compared or put in a cohort with its own edition's content.
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
pub struct Assessment<E: Edition = Mhics2019> {
    system: String,
    respondent: Option<String>,
    date: Option<Date>,
    pub(crate) statuses: Statuses<E>,
    notes: BTreeMap<CriterionId, String>,
}

/// The nearest criterion ID of the built-in matrix to `input` (by edit distance; ties go
/// to the first in matrix order). [`Matrix::nearest_criterion`] does the same for any
/// edition.
pub fn nearest_criterion(input: &str) -> Option<CriterionId> {
    MATRIX.nearest_criterion(input)
}

/// The error for an ID that is not a criterion of edition `E`.
pub(crate) fn unknown_criterion<E: Edition>(id: &str) -> Error {
    Error::UnknownCriterion {
        id: id.to_owned(),
        suggestion: Suggestion(E::MATRIX.nearest_criterion(id)),
        position: Position::NONE,
    }
}

/// The slot of a criterion of edition `E`, or the error naming the nearest real one.
pub(crate) fn resolve<E: Edition>(id: &str) -> Result<(CriterionId, usize), Error> {
    id.parse::<CriterionId>()
        .ok()
        .and_then(|cid| Some((cid, E::LAYOUT.slot(cid)?)))
        .ok_or_else(|| unknown_criterion::<E>(id))
}

impl Assessment {
    /// An assessment of `system` against the built-in edition, with no responses yet.
    /// Fails on an empty system name, or one with a control character other than tab and
    /// line breaks.
    pub fn new(system: impl Into<String>) -> Result<Assessment, Error> {
        Assessment::new_in(Mhics2019, system)
    }

    /// A builder for an assessment of `system` against the built-in edition.
    pub fn builder(system: impl Into<String>) -> AssessmentBuilder {
        Assessment::builder_in(Mhics2019, system)
    }
}

impl<E: Edition> Assessment<E> {
    /// An assessment of `system` against `edition`, with no responses yet.
    pub fn new_in(edition: E, system: impl Into<String>) -> Result<Assessment<E>, Error> {
        let _ = edition;
        let system = system.into();
        if system.trim().is_empty() {
            return Err(Error::EmptySystem {
                position: Position::NONE,
            });
        }
        text::check(|| "the system name".to_owned(), &system)?;
        Ok(Assessment {
            system,
            respondent: None,
            date: None,
            statuses: Statuses::EMPTY,
            notes: BTreeMap::new(),
        })
    }

    /// A builder for an assessment of `system` against `edition`.
    pub fn builder_in(edition: E, system: impl Into<String>) -> AssessmentBuilder<E> {
        AssessmentBuilder {
            edition,
            system: system.into(),
            respondent: None,
            date: None,
            responses: Vec::new(),
        }
    }

    /// The edition answered.
    pub fn edition(&self) -> E {
        E::default()
    }

    /// The content of the edition answered.
    pub fn matrix(&self) -> &'static Matrix {
        E::MATRIX
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
    /// control character other than tab and line breaks.
    pub fn set_respondent(&mut self, respondent: Option<String>) -> Result<(), Error> {
        if let Some(text) = &respondent {
            text::check(|| "the respondent".to_owned(), text)?;
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
        E::MATRIX.version()
    }

    /// The status of a criterion; `None` when not assessed (or not in the edition).
    pub fn status(&self, id: CriterionId) -> Option<Status> {
        self.statuses.get(E::LAYOUT.slot(id)?)
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

    /// Records a response, replacing any earlier one for the same criterion, which is
    /// returned. Fails when the edition has no such criterion, or when the note has a
    /// control character other than tab and line breaks.
    pub fn set(&mut self, id: CriterionId, response: Response) -> Result<Option<Response>, Error> {
        let slot = E::LAYOUT
            .slot(id)
            .ok_or_else(|| unknown_criterion::<E>(&id.to_string()))?;
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
        if let Some(slot) = E::LAYOUT.slot(id) {
            self.statuses.set(slot, None);
        }
        self.notes.remove(&id);
        Some(previous)
    }

    /// Every response, in matrix order.
    pub fn responses(&self) -> impl Iterator<Item = (CriterionId, Status, Option<&str>)> + '_ {
        E::LAYOUT.slots().filter_map(move |slot| {
            let status = self.statuses.get(slot)?;
            let id = E::LAYOUT.entry(slot).criterion.id();
            Some((id, status, self.note(id)))
        })
    }

    /// How many criteria have a response.
    pub fn response_count(&self) -> usize {
        self.statuses.assessed_count()
    }

    /// An assessment with an empty system name, for the readers to fill in.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn blank() -> Assessment<E> {
        Assessment {
            system: String::new(),
            respondent: None,
            date: None,
            statuses: Statuses::EMPTY,
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
                .insert(E::LAYOUT.entry(slot).criterion.id(), note);
        }
    }

    /// Whether the criterion in `slot` has a response.
    pub(crate) fn has_slot(&self, slot: usize) -> bool {
        self.statuses.get(slot).is_some()
    }

    /// The words of the set of criteria answered `status` (for word-parallel work over
    /// several assessments, e.g. perspectives).
    pub(crate) fn status_words(&self, status: Status) -> &[u64] {
        self.statuses.sets[status as usize].as_ref()
    }

    /// The words of the set of criteria answered `status`, to write. The caller keeps
    /// one status per criterion: a bit set in at most one of the four sets.
    pub(crate) fn status_words_mut(&mut self, status: Status) -> &mut [u64] {
        self.statuses.sets[status as usize].as_mut()
    }
}

/// Builds an [`Assessment`] in code. Errors (an unknown criterion, the same criterion
/// twice, an empty system name, a control character other than tab and line breaks in
/// the system name, respondent or a note) are reported by
/// [`build`](AssessmentBuilder::build).
#[derive(Debug, Clone)]
#[must_use]
pub struct AssessmentBuilder<E: Edition = Mhics2019> {
    edition: E,
    system: String,
    respondent: Option<String>,
    date: Option<Date>,
    responses: Vec<(String, Response)>,
}

impl<E: Edition> AssessmentBuilder<E> {
    /// Sets who answered (an organisation or role).
    pub fn respondent(mut self, respondent: impl Into<String>) -> Self {
        self.respondent = Some(respondent.into());
        self
    }

    /// Sets the date.
    pub fn date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// Adds a response with no note to criterion `id` (e.g. `"1.1-D1"`).
    pub fn respond(self, id: impl AsRef<str>, status: Status) -> Self {
        self.response(id, Response::new(status))
    }

    /// Adds a response with a note.
    pub fn respond_with_note(
        self,
        id: impl AsRef<str>,
        status: Status,
        note: impl Into<String>,
    ) -> Self {
        self.response(id, Response::with_note(status, note))
    }

    /// Adds a response.
    pub fn response(mut self, id: impl AsRef<str>, response: Response) -> Self {
        self.responses.push((id.as_ref().to_owned(), response));
        self
    }

    /// The assessment, or the first error among the responses, in the order added.
    pub fn build(self) -> Result<Assessment<E>, Error> {
        let mut assessment = Assessment::new_in(self.edition, self.system)?;
        assessment.date = self.date;
        assessment.set_respondent(self.respondent)?;
        for (id, response) in self.responses {
            let (cid, slot) = resolve::<E>(&id)?;
            if assessment.has_slot(slot) {
                return Err(Error::DuplicateResponse {
                    id: cid,
                    position: Position::NONE,
                });
            }
            if let Some(note) = &response.note {
                text::check(|| text::note_field(cid), note)?;
            }
            assessment.set_slot(slot, response.status, response.note);
        }
        Ok(assessment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_hold_one_status_per_criterion() {
        let mut s = Statuses::<Mhics2019>::EMPTY;
        for o in [0, 63, 64, 64 * MATRIX.subsection_count() * 3 - 1] {
            assert_eq!(s.get(o), None);
            for status in Status::ALL {
                s.set(o, Some(status));
                assert_eq!(s.get(o), Some(status));
            }
            s.set(o, None);
            assert_eq!(s.get(o), None);
        }
        assert_eq!(s, Statuses::EMPTY);
    }

    #[test]
    fn builder_refuses_unknown_and_repeated_criteria_and_empty_systems() {
        let err = Assessment::builder("X")
            .respond("1.1-D99", Status::Met)
            .build();
        assert!(
            matches!(err, Err(Error::UnknownCriterion { .. })),
            "{err:?}"
        );
        let err = Assessment::builder("X")
            .respond("1.1-D1", Status::Met)
            .respond("1.1-D1", Status::Partial)
            .build();
        assert!(
            matches!(err, Err(Error::DuplicateResponse { .. })),
            "{err:?}"
        );
        assert!(matches!(
            Assessment::builder(" \t").build(),
            Err(Error::EmptySystem { .. })
        ));
    }

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
