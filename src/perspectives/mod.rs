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

use crate::assessment::{Assessment, Response, Status};
use crate::edition::Edition;
use crate::id::{CriterionId, SubSectionId};
use crate::layout::{self, Set};
use crate::level::Level;
use crate::model::{Criterion, Theme};
use crate::name::{escaped, key as name_key, pair, spellings};
use crate::progression::{evaluate, Evaluation};

/// The word planes that [`consolidate_words`] writes, one bit per criterion slot, all of
/// the same length.
pub(crate) struct Planes<'o> {
    /// The consolidated status sets, in the order of [`Status::ALL`].
    pub(crate) statuses: [&'o mut [u64]; 4],
    /// Criteria of spread 1.
    pub(crate) spread_one: &'o mut [u64],
    /// Criteria of spread 2.
    pub(crate) spread_two: &'o mut [u64],
    /// Criteria whose applicability is disputed.
    pub(crate) disputed: &'o mut [u64],
    /// Criteria answered (with any status) by two or more respondents.
    pub(crate) shared: &'o mut [u64],
}

impl Planes<'_> {
    /// How many words every plane has.
    fn len(&self) -> usize {
        let [m, p, n, a] = &self.statuses;
        [m.len(), p.len(), n.len(), a.len()]
            .into_iter()
            .chain([
                self.spread_one.len(),
                self.spread_two.len(),
                self.disputed.len(),
                self.shared.len(),
            ])
            .min()
            .unwrap_or(0)
    }
}

/// Applies the rules of consolidation, spread and disputed applicability to every
/// criterion at once, from each respondent's status sets (`[met, partial, not_met,
/// not_applicable]` words, in the order of [`Status::ALL`]).
///
/// While respondents are added, the status planes hold the criteria answered with each
/// status by *any* respondent so far, and `shared` those answered by two or more (a
/// criterion answered now and by anyone before). Then, per word, with `m`, `p`, `n`, `a`
/// the criteria someone answered met, partial, not met, not applicable and `s = m | p | n`
/// those with an answer that is not `not_applicable`:
///
/// - consolidated met = `m & !p & !n`, not met = `n & !m & !p`, partial = the rest of
///   `s`, not applicable = `a & !s` (every answer not applicable), not assessed = none;
/// - spread 2 = `m & n`; spread 1 = `p & (m | n)` outside spread 2;
/// - applicability disputed = `a & s`.
///
/// Works on any layout: it only needs every set to be the same words.
pub(crate) fn consolidate_words<'s>(
    respondents: impl IntoIterator<Item = [&'s [u64]; 4]>,
    planes: &mut Planes<'_>,
) {
    let len = planes.len();
    for plane in planes.statuses.iter_mut() {
        plane.fill(0);
    }
    planes.shared.fill(0);
    for sets in respondents {
        let len = sets.iter().map(|s| s.len()).fold(len, usize::min);
        let [met, partial, not_met, not_applicable] = sets;
        let [am, ap, an, aa] = &mut planes.statuses;
        for w in 0..len {
            let answered = met[w] | partial[w] | not_met[w] | not_applicable[w];
            let seen = am[w] | ap[w] | an[w] | aa[w];
            planes.shared[w] |= seen & answered;
            am[w] |= met[w];
            ap[w] |= partial[w];
            an[w] |= not_met[w];
            aa[w] |= not_applicable[w];
        }
    }
    let [am, ap, an, aa] = &mut planes.statuses;
    for w in 0..len {
        let (m, p, n, a) = (am[w], ap[w], an[w], aa[w]);
        let scored = m | p | n;
        let met = m & !p & !n;
        let not_met = n & !m & !p;
        am[w] = met;
        ap[w] = scored & !(met | not_met);
        an[w] = not_met;
        aa[w] = a & !scored;
        planes.spread_two[w] = m & n;
        planes.spread_one[w] = p & (m | n) & !(m & n);
        planes.disputed[w] = a & scored;
    }
}

/// Whether `set` holds criterion `id`: the one place this module knows how a criterion's
/// slot maps to a word and a bit.
fn holds(edition: Edition, set: &[u64], id: CriterionId) -> bool {
    edition
        .layout()
        .slot(id)
        .is_some_and(|slot| layout::has(set, slot))
}

/// The rules of partners' perspectives applied to every criterion of several
/// assessments: consolidated status, spread, disputed applicability, computed with word
/// operations over the assessments' status sets. Computing it allocates only its own
/// sets (eight, one word per sub-section and level each), whatever the number of
/// assessments.
///
/// It does not check that the assessments belong together; [`Perspectives::new`] does.
///
/// ```
/// use mhics::perspectives::Consolidation;
/// use mhics::{Assessment, Status};
///
/// let trust = Assessment::builder("Riverside").respond("1.1-D1", Status::Met).build()?;
/// let council = Assessment::builder("Riverside").respond("1.1-D1", Status::NotMet).build()?;
/// let c = Consolidation::of([&trust, &council])?;
/// let id = "1.1-D1".parse()?;
/// assert_eq!(c.status(id), Some(Status::Partial));
/// assert_eq!(c.spread(id), 2);
/// assert!(c.is_contested(id));
/// assert_eq!(c.status("1.1-D2".parse()?), None); // answered by no one: not assessed
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Consolidation {
    edition: Edition,
    statuses: [Set; 4],
    spread_one: Set,
    spread_two: Set,
    disputed: Set,
    shared: Set,
    respondents: usize,
}

impl Consolidation {
    /// Applies the rules to `assessments` (in any order: the results do not depend on
    /// it), all of one edition: [`Error::MixedEditions`](crate::Error::MixedEditions)
    /// otherwise. No assessments give an empty consolidation of the built-in edition.
    pub fn of<'a>(
        assessments: impl IntoIterator<Item = &'a Assessment>,
    ) -> Result<Consolidation, crate::error::Error> {
        let mut assessments = assessments.into_iter().peekable();
        let edition = assessments
            .peek()
            .map_or_else(Edition::default, |a| a.edition());
        // The first assessment of another edition, if any: the rest are not read.
        let mut other: Option<Edition> = None;
        let empty = || edition.layout().empty_set();
        let mut c: Consolidation = Consolidation {
            edition,
            statuses: [empty(), empty(), empty(), empty()],
            spread_one: empty(),
            spread_two: empty(),
            disputed: empty(),
            shared: empty(),
            respondents: 0,
        };
        let mut respondents = 0;
        {
            let [m, p, n, a]: &mut [Set; 4] = &mut c.statuses;
            let mut planes = Planes {
                statuses: [m.as_mut(), p.as_mut(), n.as_mut(), a.as_mut()],
                spread_one: c.spread_one.as_mut(),
                spread_two: c.spread_two.as_mut(),
                disputed: c.disputed.as_mut(),
                shared: c.shared.as_mut(),
            };
            let sets = assessments
                .take_while(|assessment| {
                    let same = assessment.edition() == edition;
                    if !same {
                        other = Some(assessment.edition());
                    }
                    same
                })
                .map(|assessment| {
                    respondents += 1;
                    Status::ALL.map(|status| assessment.status_words(status))
                });
            consolidate_words(sets, &mut planes);
        }
        if let Some(other) = other {
            return Err(crate::error::Error::MixedEditions {
                action: "consolidate",
                first: edition.to_string(),
                second: other.to_string(),
            });
        }
        c.respondents = respondents;
        Ok(c)
    }

    /// How many assessments were consolidated.
    pub const fn respondents(&self) -> usize {
        self.respondents
    }

    /// The consolidated status of a criterion; `None` when no one answered it (or it is
    /// not in the matrix).
    pub fn status(&self, id: CriterionId) -> Option<Status> {
        Status::ALL
            .into_iter()
            .zip(&self.statuses)
            .find_map(|(status, set)| holds(self.edition, set, id).then_some(status))
    }

    /// The spread of the answers to a criterion: 0, 1 or 2.
    pub fn spread(&self, id: CriterionId) -> u8 {
        if holds(self.edition, &self.spread_two, id) {
            2
        } else {
            u8::from(holds(self.edition, &self.spread_one, id))
        }
    }

    /// Whether some answered a criterion `not_applicable` and others did not.
    pub fn applicability_disputed(&self, id: CriterionId) -> bool {
        holds(self.edition, &self.disputed, id)
    }

    /// Whether a criterion is contested: spread 1 or more, or applicability disputed.
    pub fn is_contested(&self, id: CriterionId) -> bool {
        self.spread(id) > 0 || self.applicability_disputed(id)
    }

    /// Whether two or more respondents answered a criterion (with any status).
    pub fn answered_by_two_or_more(&self, id: CriterionId) -> bool {
        holds(self.edition, &self.shared, id)
    }

    /// How many criteria are contested.
    pub fn contested_count(&self) -> usize {
        self.spread_one
            .as_ref()
            .iter()
            .zip(self.spread_two.as_ref())
            .zip(self.disputed.as_ref())
            .map(|((a, b), c)| (a | b | c).count_ones() as usize)
            .sum()
    }

    /// Writes the consolidated statuses into `assessment`'s status sets (whose responses
    /// are replaced).
    fn write_statuses(&self, assessment: &mut Assessment) {
        for (status, set) in Status::ALL.into_iter().zip(&self.statuses) {
            let words = assessment.status_words_mut(status);
            for (w, s) in words.iter_mut().zip(set.as_ref()) {
                *w = *s;
            }
        }
    }
}

/// Why a set of assessments cannot be read as partners' perspectives on one system.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PerspectivesError {
    /// No assessment was given.
    #[error("a perspectives set needs at least one assessment")]
    Empty,
    /// A label (a source given for an assessment with no respondent) is not valid text
    /// for the consolidated assessment's respondent.
    #[error(transparent)]
    Text(#[from] crate::error::Error),
    /// Two assessments name different systems (compared as [names](crate::name): in NFC,
    /// case folded, trimmed, default-ignorable code points removed).
    #[error("one system per perspectives set: {} answers for {}, but {} answers for {}", escaped(first), pair(first_system, other_system).0, escaped(other), pair(first_system, other_system).1)]
    MixedSystems {
        /// The first assessment of the set: its source, with its respondent when named.
        first: String,
        /// Its system.
        first_system: String,
        /// The first assessment of another system: its source and respondent.
        other: String,
        /// Its system.
        other_system: String,
    },
    /// Assessments of different editions
    /// ([`Error::MixedEditions`](crate::Error::MixedEditions)): bring them to one with
    /// [`Editions::to_one_edition`](crate::Editions::to_one_edition) first.
    #[error(transparent)]
    Editions(crate::error::Error),
    /// Two assessments have the same respondent (compared as names: in NFC, case
    /// folded, trimmed, default-ignorable code points removed). When the two spell it
    /// differently, both spellings are shown, escaped where they would print the same.
    #[error(
        "respondent {} answers twice, in {} and {}: each partner answers once",
        spellings(respondent, second_respondent),
        escaped(first),
        escaped(second)
    )]
    RepeatedRespondent {
        /// The respondent, as the first of the two names it.
        respondent: String,
        /// The respondent, as the second names it.
        second_respondent: String,
        /// The source of the first.
        first: String,
        /// The source of the second.
        second: String,
    },
}

/// One partner's assessment in a [`Perspectives`] set.
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
    fn describe(source: &str, assessment: &Assessment) -> String {
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

/// Labels for files that name no respondent ([`crate::guide::perspectives`]): each
/// file's name, or, where two files have the same name (compared as names), as many of
/// the last parts of their paths as tell them apart (`north/a.json` and `south/a.json`).
/// A path whose parts are all shared with another's is labelled by the whole path as
/// given; the same path given twice keeps its file name.
///
/// ```
/// let labels = mhics::perspectives::file_labels(&["x/north/a.json", "y/south/a.json", "b.json"]);
/// assert_eq!(labels, ["north/a.json", "south/a.json", "b.json"]);
/// ```
pub fn file_labels<S: AsRef<std::path::Path>>(paths: &[S]) -> Vec<String> {
    let parts: Vec<Vec<String>> = paths
        .iter()
        .map(|p| {
            let mut parts: Vec<String> = p
                .as_ref()
                .components()
                .filter(|c| !matches!(c, std::path::Component::CurDir))
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            parts.reverse();
            parts
        })
        .collect();
    let label = |i: usize, depth: usize| -> String {
        let p = &parts[i];
        if depth >= p.len() {
            return paths[i].as_ref().to_string_lossy().into_owned();
        }
        let mut taken: Vec<&str> = p[..depth].iter().map(String::as_str).collect();
        taken.reverse();
        taken.join("/")
    };
    let mut depth = vec![1; paths.len()];
    // Each round lengthens the labels that clash; a label stops growing at its whole path.
    loop {
        let labels: Vec<String> = (0..paths.len()).map(|i| label(i, depth[i])).collect();
        let keys: Vec<String> = labels.iter().map(|l| name_key(l)).collect();
        // The distinct paths under each label: the same path twice is one file.
        let mut holders: std::collections::HashMap<&str, Vec<&std::path::Path>> =
            std::collections::HashMap::new();
        for (key, path) in keys.iter().zip(paths) {
            let held = holders.entry(key).or_default();
            if !held.contains(&path.as_ref()) {
                held.push(path.as_ref());
            }
        }
        let mut grew = false;
        for i in 0..paths.len() {
            if holders[keys[i].as_str()].len() > 1 && depth[i] < parts[i].len() {
                depth[i] += 1;
                grew = true;
            }
        }
        if !grew {
            return labels;
        }
    }
}

impl<'a> Perspectives<'a> {
    /// Reads `partners` (each assessment with its source, e.g. its file name) as one
    /// system's perspectives, in the order given.
    ///
    /// Fails when none is given, when two name different systems, when two answer
    /// different editions ([`PerspectivesError::Editions`]), or when two have the same
    /// respondent (or, for those that name none, the same source).
    pub fn new(
        partners: impl IntoIterator<Item = (&'a Assessment, &'a str)>,
    ) -> Result<Perspectives<'a>, PerspectivesError> {
        let respondents: Vec<Respondent<'a>> = partners
            .into_iter()
            .map(|(assessment, source)| Respondent {
                label: assessment.respondent().unwrap_or(source),
                source,
                assessment,
                evaluation: evaluate(assessment),
            })
            .collect();
        let first = respondents.first().ok_or(PerspectivesError::Empty)?;
        let system = name_key(first.assessment.system());
        if let Some(other) = respondents
            .iter()
            .find(|r| name_key(r.assessment.system()) != system)
        {
            return Err(PerspectivesError::MixedSystems {
                first: Respondent::describe(first.source, first.assessment),
                first_system: first.assessment.system().to_owned(),
                other: Respondent::describe(other.source, other.assessment),
                other_system: other.assessment.system().to_owned(),
            });
        }
        let labels: Vec<String> = respondents.iter().map(|r| name_key(r.label)).collect();
        for (j, label) in labels.iter().enumerate() {
            if let Some(i) = labels[..j].iter().position(|l| l == label) {
                return Err(PerspectivesError::RepeatedRespondent {
                    respondent: respondents[i].label.to_owned(),
                    second_respondent: respondents[j].label.to_owned(),
                    first: respondents[i].source.to_owned(),
                    second: respondents[j].source.to_owned(),
                });
            }
        }

        let consolidation = Consolidation::of(respondents.iter().map(|r| r.assessment))
            .map_err(PerspectivesError::Editions)?;
        let edition = consolidation.edition;
        let mut consolidated = Assessment::blank(edition);
        consolidated.rename(first.assessment.system().to_owned());
        consolidated.set_date(respondents.iter().filter_map(|r| r.assessment.date()).max());
        let names = respondents.iter().map(|r| r.label.to_owned());
        let names = bounded_join(names, "; ", |n| format!("and {n} more"));
        consolidated.set_respondent(Some(format!("Consolidated: {names}")))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every combination of three respondents' answers (each one of the four statuses or
    /// none), one per bit of two words: the word formulas against the rules read
    /// literally.
    #[test]
    fn word_formulas_follow_the_rules_for_every_combination_of_three_answers() {
        const WORDS: usize = 2;
        let answer = |combination: usize, r: usize| -> Option<Status> {
            Status::ALL
                .get(combination / 5usize.pow(r as u32) % 5)
                .copied()
        };
        let mut sets = [[[0u64; WORDS]; 4]; 3];
        for combination in 0..125 {
            for (r, respondent) in sets.iter_mut().enumerate() {
                if let Some(status) = answer(combination, r) {
                    respondent[status as usize][combination / 64] |= 1 << (combination % 64);
                }
            }
        }
        let mut out = [[0u64; WORDS]; 8];
        {
            let [m, p, n, a, one, two, disputed, shared] = &mut out;
            let mut planes = Planes {
                statuses: [m, p, n, a],
                spread_one: one,
                spread_two: two,
                disputed,
                shared,
            };
            consolidate_words(
                sets.iter()
                    .map(|s| [&s[0][..], &s[1][..], &s[2][..], &s[3][..]]),
                &mut planes,
            );
        }
        let bit = |plane: usize, c: usize| out[plane][c / 64] >> (c % 64) & 1 != 0;
        for combination in 0..125 {
            let given: Vec<Status> = (0..3).filter_map(|r| answer(combination, r)).collect();
            let scores: Vec<u8> = given
                .iter()
                .filter_map(|s| match s {
                    Status::Met => Some(2),
                    Status::Partial => Some(1),
                    Status::NotMet => Some(0),
                    Status::NotApplicable => None,
                })
                .collect();
            let status = match (given.is_empty(), scores.is_empty()) {
                (true, _) => None,
                (false, true) => Some(Status::NotApplicable),
                _ if scores.iter().all(|s| *s == 2) => Some(Status::Met),
                _ if scores.iter().all(|s| *s == 0) => Some(Status::NotMet),
                _ => Some(Status::Partial),
            };
            let spread = scores
                .iter()
                .max()
                .zip(scores.iter().min())
                .map_or(0, |(a, b)| a - b);
            let disputed = !scores.is_empty() && scores.len() < given.len();
            let found = Status::ALL
                .into_iter()
                .find(|s| bit(*s as usize, combination));
            assert_eq!(found, status, "{given:?}");
            for s in Status::ALL {
                assert_eq!(
                    bit(s as usize, combination),
                    Some(s) == status,
                    "{given:?} {s}"
                );
            }
            assert_eq!(
                u8::from(bit(4, combination)) + 2 * u8::from(bit(5, combination)),
                spread,
                "{given:?}"
            );
            assert!(!(bit(4, combination) && bit(5, combination)));
            assert_eq!(bit(6, combination), disputed, "{given:?}");
            assert_eq!(bit(7, combination), given.len() >= 2, "{given:?}");
        }
        // Bits beyond the combinations stay clear.
        assert!((125..128).all(|c| (0..8).all(|plane| !bit(plane, c))));
    }
}
