//! Building an assessment in code, or from text as a form gives it.

use crate::date::Date;
use crate::edition::Edition;
use crate::error::{Error, Kind};
use crate::text;

use super::response::{Response, Status};
use super::{resolve, Assessment};

impl Assessment {
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
/// use mhics::error::Field;
/// use mhics::{Assessment, Error};
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
    /// white space only: none; otherwise kept exactly). A note without a status is
    /// refused ([`Kind::NoteWithoutStatus`]) rather than dropped.
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
            Pending::Text { status, note } => match text_response(cid, status, note)? {
                Some(response) => response,
                None => return Ok(None),
            },
        };
        if assessment.has_slot(slot) {
            return Err(Error::from(Kind::DuplicateResponse {
                id: cid,
                first: crate::error::Place::None,
            }));
        }
        if let Some(note) = &response.note {
            text::check(|| text::note_field(cid), note)?;
        }
        Ok(Some((slot, response)))
    }
}

/// The response a form's text gives for criterion `id`: `None` when the status and note
/// are blank, an error for an unknown status or a note without a status.
pub(crate) fn text_response(
    id: crate::id::CriterionId,
    status: String,
    note: String,
) -> Result<Option<Response>, Error> {
    let note = (!note.trim().is_empty()).then_some(note);
    if status.trim().is_empty() {
        return match note {
            None => Ok(None),
            Some(_) => Err(Error::from(Kind::NoteWithoutStatus { id })),
        };
    }
    let status = status.parse().map_err(|_| {
        Error::from(Kind::UnknownStatus {
            id,
            value: status,
            expected: Status::ALL.map(Status::as_str).to_vec(),
            suggestion: None,
        })
    })?;
    Ok(Some(Response { status, note }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Field;

    #[test]
    fn builder_refuses_unknown_and_repeated_criteria_and_empty_systems() {
        let err = Assessment::builder("X")
            .respond("1.1-D99", Status::Met)
            .build();
        assert!(
            matches!(
                err.as_ref().map_err(Error::kind),
                Err(Kind::UnknownCriterion { .. })
            ),
            "{err:?}"
        );
        let err = Assessment::builder("X")
            .respond("1.1-D1", Status::Met)
            .respond("1.1-D1", Status::Partial)
            .build();
        assert!(
            matches!(
                err.as_ref().map_err(Error::kind),
                Err(Kind::DuplicateResponse { .. })
            ),
            "{err:?}"
        );
        assert_eq!(
            Assessment::builder(" \t").build().unwrap_err().field(),
            Some(Field::System)
        );
    }
}
