//! A self-assessment: one system's response to each criterion.

use std::collections::BTreeMap;

use strum::{Display, IntoStaticStr};

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
/// The string form (`Display`, serde, [`as_str`](Status::as_str)) is the identifier
/// `met`, `partial`, `not_met` or `not_applicable`; [`name`](Status::name) is the label
/// people read (`Not met`). `FromStr` takes either, ignoring case (the rule every
/// named value of the crate is read by), and refuses other text with
/// [`Error::Unrecognised`]:
///
/// ```
/// use mhics::Status;
///
/// assert_eq!("not_met".parse::<Status>()?, Status::NotMet);
/// assert_eq!("Not met".parse::<Status>()?, Status::NotMet);
/// assert_eq!(Status::NotMet.name(), "Not met");
/// let err = "done".parse::<Status>().unwrap_err();
/// assert_eq!(err.to_string(),
///     "\"done\" is not a status; expected one of: met, partial, not_met, not_applicable");
/// # Ok::<(), mhics::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Display, IntoStaticStr)]
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

    /// The label people read, e.g. `Not met`.
    pub const fn name(self) -> &'static str {
        match self {
            Status::Met => "Met",
            Status::Partial => "Partial",
            Status::NotMet => "Not met",
            Status::NotApplicable => "Not applicable",
        }
    }
}

impl core::str::FromStr for Status {
    type Err = Error;

    fn from_str(text: &str) -> Result<Status, Error> {
        let all = Status::ALL.map(|s| (s, s.as_str(), s.name()));
        crate::parse::named("status", &all, text)
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

/// The statuses of all criteria as bit sets indexed by criterion slot (see `layout`):
/// four sets of `stride` words each, one per status, in one allocation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Statuses {
    words: Box<[u64]>,
    stride: usize,
}

impl Statuses {
    pub(crate) fn empty(edition: Edition) -> Statuses {
        let stride = edition.layout().words();
        Statuses {
            words: vec![0; 4 * stride].into_boxed_slice(),
            stride,
        }
    }

    /// The set of criteria with `status`.
    #[inline]
    pub(crate) fn words(&self, status: Status) -> &[u64] {
        let start = status as usize * self.stride;
        &self.words[start..start + self.stride]
    }

    #[inline]
    pub(crate) fn words_mut(&mut self, status: Status) -> &mut [u64] {
        let start = status as usize * self.stride;
        &mut self.words[start..start + self.stride]
    }

    pub(crate) fn get(&self, slot: usize) -> Option<Status> {
        Status::ALL
            .into_iter()
            .find(|status| layout::has(self.words(*status), slot))
    }

    /// Whether the criterion in `slot` has `status`.
    #[inline]
    pub(crate) fn has(&self, status: Status, slot: usize) -> bool {
        layout::has(self.words(status), slot)
    }

    pub(crate) fn set(&mut self, slot: usize, status: Option<Status>) {
        let (word, bit) = (slot / 64, 1u64 << (slot % 64));
        for s in Status::ALL {
            self.words_mut(s)[word] &= !bit;
        }
        if let Some(status) = status {
            self.words_mut(status)[word] |= bit;
        }
    }

    #[inline]
    pub(crate) fn met(&self) -> &[u64] {
        self.words(Status::Met)
    }

    #[inline]
    pub(crate) fn not_applicable(&self) -> &[u64] {
        self.words(Status::NotApplicable)
    }

    /// How many criteria have any response.
    pub(crate) fn assessed_count(&self) -> usize {
        let (a, b, c, d) = (
            self.words(Status::Met),
            self.words(Status::Partial),
            self.words(Status::NotMet),
            self.words(Status::NotApplicable),
        );
        (0..self.stride)
            .map(|w| (a[w] | b[w] | c[w] | d[w]).count_ones() as usize)
            .sum()
    }
}

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
    Error::UnknownCriterion {
        id: id.to_owned(),
        suggestion: Suggestion(edition.matrix().nearest_criterion(id)),
        position: Position::NONE,
    }
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

    /// A builder for an assessment of `system`, against the built-in edition unless
    /// [`edition`](AssessmentBuilder::edition) chooses another.
    pub fn builder(system: impl Into<String>) -> AssessmentBuilder {
        AssessmentBuilder {
            edition: Edition::default(),
            system: system.into(),
            respondent: None,
            date: None,
            responses: Vec::new(),
        }
    }

    /// An assessment of `system` against `edition` with no responses, the name checked.
    fn empty(edition: Edition, system: String) -> Result<Assessment, Error> {
        if system.trim().is_empty() {
            return Err(Error::EmptySystem {
                position: Position::NONE,
            });
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
    /// control character other than tab and line breaks.
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

    /// Records a response, replacing any earlier one for the same criterion, which is
    /// returned. Fails when the edition has no such criterion, or when the note has a
    /// control character other than tab and line breaks.
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

/// Builds an [`Assessment`] in code, or from text as a form gives it. Errors (an unknown
/// criterion, the same criterion twice, an unknown status, an empty system name, a
/// control character other than tab and line breaks, a text longer than
/// [`MAX_TEXT_CHARS`](crate::MAX_TEXT_CHARS) in the system name, respondent or a note)
/// are reported by [`build`](AssessmentBuilder::build), the first of them, or
/// [`build_all`](AssessmentBuilder::build_all), every one, each saying which
/// [`field`](Error::field) and [`criterion`](Error::criterion) it is about.
///
/// ```
/// use mhics::{Assessment, Error, Field};
///
/// // What a form of three answers sends, as text.
/// let form = [("1.1-D1", "Met", ""), ("1.1-D2", "parital", ""), ("1.1-d3", "met", "")];
/// let mut builder = Assessment::builder("Riverside and Vale ICS");
/// for (id, status, note) in form {
///     builder = builder.answer(id, status, note);
/// }
/// let errors = builder.build_all().unwrap_err();
/// assert_eq!(errors.len(), 2);
/// assert_eq!(errors[0].field(), Some(Field::Status("1.1-D2".parse()?)));
/// assert_eq!(errors[1].criterion().as_deref(), Some("1.1-d3"));
/// assert_eq!(errors[1].to_string(), "unknown criterion ID \"1.1-d3\"; did you mean `1.1-D3`?");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct AssessmentBuilder {
    edition: Edition,
    system: String,
    respondent: Option<String>,
    date: Option<Date>,
    responses: Vec<(String, Pending)>,
}

/// A response added to a builder, checked when it builds.
#[derive(Debug, Clone)]
enum Pending {
    /// Built in code.
    Response(Response),
    /// As text: a status (blank: not answered) and a note (blank: none).
    Text { status: String, note: String },
}

impl AssessmentBuilder {
    /// Sets the edition answered (the built-in one unless set).
    pub fn edition(mut self, edition: Edition) -> Self {
        self.edition = edition;
        self
    }

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
        self.responses
            .push((id.as_ref().to_owned(), Pending::Response(response)));
        self
    }

    /// Adds an answer as text, as a form gives it: the criterion ID, the status (its
    /// identifier or label in any case, as [`Status`]'s `FromStr` reads it; blank or
    /// white space only: not answered, so nothing is added) and the note (blank or
    /// white space only: none; otherwise kept exactly).
    pub fn answer(
        mut self,
        id: impl AsRef<str>,
        status: impl Into<String>,
        note: impl Into<String>,
    ) -> Self {
        self.responses.push((
            id.as_ref().to_owned(),
            Pending::Text {
                status: status.into(),
                note: note.into(),
            },
        ));
        self
    }

    /// The assessment, or the first error (the system name and respondent first, then
    /// the responses in the order added).
    pub fn build(self) -> Result<Assessment, Error> {
        self.build_all().map_err(|mut errors| errors.swap_remove(0))
    }

    /// The assessment, or every error, in the order of [`build`](Self::build): the
    /// system name, the respondent, then each response in the order added (one error
    /// per response at most). Never an empty list.
    pub fn build_all(self) -> Result<Assessment, Vec<Error>> {
        let mut errors = Vec::new();
        let mut assessment = match Assessment::empty(self.edition, self.system) {
            Ok(assessment) => assessment,
            Err(error) => {
                errors.push(error);
                Assessment::blank(self.edition)
            }
        };
        assessment.date = self.date;
        if let Err(error) = assessment.set_respondent(self.respondent) {
            errors.push(error);
        }
        for (id, pending) in self.responses {
            match Self::check(&assessment, &id, pending) {
                Ok(Some((slot, response))) => {
                    assessment.set_slot(slot, response.status, response.note)
                }
                Ok(None) => {}
                Err(error) => errors.push(error),
            }
        }
        if errors.is_empty() {
            Ok(assessment)
        } else {
            Err(errors)
        }
    }

    /// One response checked against `assessment` so far: its slot and response, `None`
    /// for a blank answer, or its error.
    fn check(
        assessment: &Assessment,
        id: &str,
        pending: Pending,
    ) -> Result<Option<(usize, Response)>, Error> {
        let (cid, slot) = resolve(assessment.edition, id)?;
        let response = match pending {
            Pending::Response(response) => response,
            Pending::Text { status, .. } if status.trim().is_empty() => return Ok(None),
            Pending::Text { status, note } => Response {
                status: status.parse().map_err(|_| Error::UnknownStatus {
                    id: cid,
                    status,
                    position: Position::NONE,
                })?,
                note: (!note.trim().is_empty()).then_some(note),
            },
        };
        if assessment.has_slot(slot) {
            return Err(Error::DuplicateResponse {
                id: cid,
                position: Position::NONE,
            });
        }
        if let Some(note) = &response.note {
            text::check(|| text::note_field(cid), note)?;
        }
        Ok(Some((slot, response)))
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::MATRIX;

    #[test]
    fn statuses_hold_one_status_per_criterion() {
        let mut s = Statuses::empty(Edition::default());
        for o in [0, 63, 64, 64 * MATRIX.subsection_count() * 3 - 1] {
            assert_eq!(s.get(o), None);
            for status in Status::ALL {
                s.set(o, Some(status));
                assert_eq!(s.get(o), Some(status));
            }
            s.set(o, None);
            assert_eq!(s.get(o), None);
        }
        assert_eq!(s, Statuses::empty(Edition::default()));
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
