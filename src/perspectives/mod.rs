//! Partners' perspectives: several partners of one system (an NHS trust, a local
//! authority, primary care, the VCSE sector, experts by experience) each answer the tool,
//! and the point is the conversation between them.
//!
//! [`Consolidation`] applies the rules of [`crate::guide::perspectives`] to any number of
//! assessments at once, with word operations over their status sets (no per-criterion
//! maps, no allocation):
//!
//! - **consolidated status** of a criterion, from the answers given (a missing response
//!   is no answer): no answers → not assessed; all answers `not_applicable` →
//!   `not_applicable`; otherwise the `not_applicable` answers are set aside and the rest
//!   give `met` when all are met, `not_met` when all are not_met, else `partial`;
//! - **spread**: met = 2, partial = 1, not_met = 0 over the answers that are not
//!   `not_applicable`; spread = max − min (0 with fewer than two such answers);
//! - **applicability disputed**: at least one answer `not_applicable` and at least one
//!   not;
//! - **contested**: spread ≥ 1 or applicability disputed.
//!
//! [`Perspectives`] checks that a set of assessments belongs together (one system, each
//! respondent once) and gives the consolidated assessment, the agreement per
//! sub-section, the conversations to have (contested criteria, highest spread first) and
//! each respondent's own evaluation.

mod consolidation;
mod labels;
mod parts;

pub use consolidation::Consolidation;
pub use labels::file_labels;
pub use parts::{Agreement, Answer, Conversation, Respondent};

use crate::assessment::{Assessment, Response, Status};
use crate::error::Conflict;
use crate::id::{CriterionId, SubSectionId};
use crate::name::key as name_key;
use crate::progression::{evaluate, Evaluation};

/// Several partners' assessments of one system, side by side: the consolidated
/// assessment, where they agree and the conversations to have where they do not.
///
/// Made with [`Perspectives::new`] from assessments of one system (compared as
/// [names](crate::name)) with distinct respondents, each with a *source* (e.g. its
/// file name) that labels it when it names no respondent. Every assessment of a set
/// answers the same edition (bring files of several editions to one with
/// [`Editions::to_one_edition`](crate::Editions::to_one_edition)).
///
/// - The **consolidated assessment** is an ordinary [`Assessment`] of the same system
///   (named as in the first assessment), with the consolidated statuses
///   ([`Consolidation`]); its date is the latest of the dates given; each note is every
///   respondent's note on the criterion, each prefixed `<respondent>: `, one per line,
///   in respondent order; its respondent is `Consolidated: ` and the labels, in order,
///   separated by `; `, so that a file written from it says whose views it joins.
/// - **Agreement** per sub-section ([`Agreement`]).
/// - **Conversations**: the contested criteria by spread (highest first), then matrix
///   order, each with its consolidated status and every respondent's answer and note.
/// - Each **respondent's** own evaluation.
///
/// ```
/// use mhics::perspectives::Perspectives;
/// use mhics::{Assessment, Status};
///
/// let trust = Assessment::builder("Riverside")
///     .respondent("Riverside Trust")
///     .respond_with_note("1.1-D2", Status::Met, "Service user panel since 2024")
///     .respond("1.1-D3", Status::Met)
///     .build()?;
/// let council = Assessment::builder(" riverside ")
///     .respondent("Riverside Council")
///     .respond("1.1-D2", Status::NotMet)
///     .respond("1.1-D3", Status::Met)
///     .build()?;
/// let p = Perspectives::new([(&trust, "trust.json"), (&council, "council.json")])?;
///
/// let d2 = &p.conversations()[0];
/// assert_eq!(d2.criterion.id().to_string(), "1.1-D2");
/// assert_eq!((d2.spread, d2.consolidated), (2, Some(Status::Partial)));
/// assert_eq!(d2.answers[1].respondent, "Riverside Council");
/// assert_eq!(p.consolidated().note("1.1-D2".parse()?), Some("Riverside Trust: Service user panel since 2024"));
///
/// let agreement = p.subsection("1.1".parse()?).expect("in the matrix");
/// assert_eq!((agreement.answered_by_two_or_more, agreement.contested), (2, 1));
/// assert_eq!(agreement.agreement(), Some(0.5));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Perspectives<'a> {
    pub(crate) respondents: Vec<Respondent<'a>>,
    consolidation: Consolidation,
    pub(crate) consolidated: Assessment,
    pub(crate) subsections: Vec<Agreement>,
    pub(crate) conversations: Vec<Conversation<'a>>,
}

impl<'a> Perspectives<'a> {
    /// Reads `partners` (each assessment with its source, e.g. its file name) as one
    /// system's perspectives, in the order given.
    ///
    /// Fails when none is given, when two name different systems, when two answer
    /// different editions ([`Conflict::MixedEditions`]), or when two have the same
    /// respondent (or, for those that name none, the same source).
    pub fn new(
        partners: impl IntoIterator<Item = (&'a Assessment, &'a str)>,
    ) -> Result<Perspectives<'a>, Conflict> {
        let respondents: Vec<Respondent<'a>> = partners
            .into_iter()
            .map(|(assessment, source)| Respondent {
                label: assessment.respondent().unwrap_or(source),
                source,
                assessment,
                evaluation: evaluate(assessment),
            })
            .collect();
        let first = respondents.first().ok_or(Conflict::NoPartners)?;
        let system = name_key(first.assessment.system());
        if let Some(other) = respondents
            .iter()
            .find(|r| name_key(r.assessment.system()) != system)
        {
            return Err(Conflict::MixedSystems {
                first: Respondent::describe(first.source, first.assessment),
                first_system: first.assessment.system().to_owned(),
                other: Respondent::describe(other.source, other.assessment),
                other_system: other.assessment.system().to_owned(),
            });
        }
        let labels: Vec<String> = respondents.iter().map(|r| name_key(r.label)).collect();
        for (j, label) in labels.iter().enumerate() {
            if let Some(i) = labels[..j].iter().position(|l| l == label) {
                return Err(Conflict::RepeatedRespondent {
                    respondent: respondents[i].label.to_owned(),
                    second_respondent: respondents[j].label.to_owned(),
                    first: respondents[i].source.to_owned(),
                    second: respondents[j].source.to_owned(),
                });
            }
        }

        let consolidation = Consolidation::of(respondents.iter().map(|r| r.assessment))?;
        let edition = consolidation.edition;
        let mut consolidated = Assessment::blank(edition);
        consolidated.rename(first.assessment.system().to_owned());
        consolidated.set_date(respondents.iter().filter_map(|r| r.assessment.date()).max());
        let names = respondents.iter().map(|r| r.label.to_owned());
        let names = bounded_join(names, "; ", |n| format!("and {n} more"));
        consolidated
            .set_respondent(Some(format!("Consolidated: {names}")))
            .map_err(Conflict::Label)?;
        consolidation.write_statuses(&mut consolidated);

        // The one walk over the criteria: notes, agreement and conversations.
        let mut subsections = Vec::with_capacity(edition.matrix().subsection_count());
        let mut conversations = Vec::new();
        for subsection in edition.matrix().subsections() {
            let mut agreement = Agreement {
                id: subsection.id(),
                answered_by_two_or_more: 0,
                contested: 0,
            };
            for content in subsection.levels() {
                for theme in content.themes() {
                    for criterion in theme.criteria() {
                        let id = criterion.id();
                        let status = consolidation.status(id);
                        merge_notes(&respondents, id, status, &mut consolidated);
                        agreement.answered_by_two_or_more +=
                            usize::from(consolidation.answered_by_two_or_more(id));
                        if !consolidation.is_contested(id) {
                            continue;
                        }
                        agreement.contested += 1;
                        conversations.push(Conversation {
                            criterion,
                            theme,
                            spread: consolidation.spread(id),
                            applicability_disputed: consolidation.applicability_disputed(id),
                            consolidated: status,
                            answers: respondents
                                .iter()
                                .map(|r| Answer {
                                    respondent: r.label,
                                    status: r.assessment.status(id),
                                    note: r.assessment.note(id),
                                })
                                .collect(),
                        });
                    }
                }
            }
            subsections.push(agreement);
        }
        conversations.sort_by_key(|c| core::cmp::Reverse(c.spread));
        Ok(Perspectives {
            respondents,
            consolidation,
            consolidated,
            subsections,
            conversations,
        })
    }

    /// The system, as the first assessment names it.
    pub fn system(&self) -> &str {
        self.consolidated.system()
    }

    /// The respondents, in the order given.
    pub fn respondents(&self) -> &[Respondent<'a>] {
        &self.respondents
    }

    /// The rules applied to every criterion.
    pub fn consolidation(&self) -> &Consolidation {
        &self.consolidation
    }

    /// The consolidated assessment: an ordinary assessment of the system, to evaluate,
    /// compare or put in a cohort like any other.
    pub fn consolidated(&self) -> &Assessment {
        &self.consolidated
    }

    /// The consolidated assessment, kept (owned: a program may store it or read it as
    /// any assessment) while the rest of the perspectives, which borrow the partners'
    /// assessments, is dropped.
    pub fn into_consolidated(self) -> Assessment {
        self.consolidated
    }

    /// The evaluation of the consolidated assessment.
    pub fn evaluation(&self) -> Evaluation<'_> {
        evaluate(&self.consolidated)
    }

    /// The agreement of every sub-section, in matrix order.
    pub fn subsections(&self) -> &[Agreement] {
        &self.subsections
    }

    /// Over every sub-section: the criteria answered by two or more respondents, those of
    /// them contested, and the share not contested (`None` when no criterion is answered
    /// by two or more), as [`Agreement::agreement`] gives it for one sub-section.
    pub(crate) fn overall_agreement(&self) -> (usize, usize, Option<f64>) {
        let (mut shared, mut contested) = (0, 0);
        for a in &self.subsections {
            shared += a.answered_by_two_or_more;
            contested += a.contested;
        }
        let share = (shared > 0).then(|| (shared - contested) as f64 / shared as f64);
        (shared, contested, share)
    }

    /// The agreement of one sub-section, if the matrix has it.
    pub fn subsection(&self, id: SubSectionId) -> Option<&Agreement> {
        self.subsections.iter().find(|a| a.id == id)
    }

    /// The contested criteria: by spread (highest first), then in matrix order.
    pub fn conversations(&self) -> &[Conversation<'a>] {
        &self.conversations
    }
}

/// Sets the consolidated note of criterion `id`: every respondent's note, each prefixed
/// `<respondent>: `, one per line, in respondent order.
/// `parts` joined by `separator`, as many as fit in a text of the consolidated assessment
/// ([`MAX_TEXT_CHARS`](crate::read::MAX_TEXT_CHARS), with room for a prefix of 64), in
/// order; when some do not fit, `rest(n)` says how many were left out, as the last part.
/// Nothing is cut inside a part.
fn bounded_join(
    parts: impl Iterator<Item = String>,
    separator: &str,
    rest: impl Fn(usize) -> String,
) -> String {
    let limit = crate::read::MAX_TEXT_CHARS - 64;
    let length = |s: &str| s.encode_utf16().count();
    let mut out = String::new();
    let (mut used, mut left_out) = (0, 0);
    // Room for the closing part, however many are left out.
    let reserve = length(&rest(usize::MAX)) + length(separator);
    let parts: Vec<String> = parts.collect();
    let total: usize = parts.iter().map(|p| length(p) + length(separator)).sum();
    let fits_all = total <= limit + length(separator);
    for part in parts {
        let n = length(&part) + if out.is_empty() { 0 } else { length(separator) };
        let room = if fits_all { limit } else { limit - reserve };
        if left_out == 0 && used + n <= room {
            if !out.is_empty() {
                out.push_str(separator);
            }
            out.push_str(&part);
            used += n;
        } else {
            left_out += 1;
        }
    }
    if left_out > 0 {
        if !out.is_empty() {
            out.push_str(separator);
        }
        out.push_str(&rest(left_out));
    }
    out
}

fn merge_notes(
    respondents: &[Respondent<'_>],
    id: CriterionId,
    status: Option<Status>,
    consolidated: &mut Assessment,
) {
    let notes = respondents.iter().filter_map(|r| {
        r.assessment
            .note(id)
            .map(|note| format!("{}: {note}", r.label))
    });
    let merged = bounded_join(notes, "\n", |n| {
        format!("(and the notes of {n} more respondents: see the perspectives report)")
    });
    // A note comes with an answer, so a criterion with a note has a consolidated status.
    if let (false, Some(status)) = (merged.is_empty(), status) {
        let _ = consolidated.set(id, Response::with_note(status, merged));
    }
}
