//! What a report on partners' perspectives says: who answered and what their own
//! answers attain, how far partners agree in each sub-section, and the conversations
//! to have (the criteria on which their answers differ), each with who said what.

use crate::model::Criterion;
use crate::perspectives::{Conversation, Perspectives};

use super::super::headline::subsection_name;
use super::super::{attained_name, percent, NOT_A_RATING};
use super::{status_name, Title};

/// What the conversations say when there are none.
pub(crate) const NO_CONVERSATION: &str =
    "None: wherever two or more partners answered a criterion, they answered alike.";

/// A whole report on partners' perspectives.
#[derive(Debug, Clone)]
pub(crate) struct PerspectivesReport<'a> {
    /// `Partners' perspectives: {system}`.
    pub(crate) title: Title,
    /// The edition, how many partners answered and how their answers are joined.
    pub(crate) about: String,
    /// What the tool is not, and where to start talking.
    pub(crate) purpose: String,
    /// Each respondent in order.
    pub(crate) respondents: Vec<RespondentRow<'a>>,
    /// The consolidated view, as a respondent labelled `Consolidated`.
    pub(crate) consolidated: RespondentRow<'a>,
    /// Each sub-section's levels and agreement.
    pub(crate) subsections: Vec<SubsectionRow>,
    /// Over all sub-sections: criteria answered by two or more, contested, and the
    /// share agreed.
    pub(crate) all: (usize, usize, String),
    /// The criteria for conversation, highest spread first.
    pub(crate) conversations: Vec<ConversationItem<'a>>,
}

/// A respondent: its label, date, how many criteria it answered and its overall level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RespondentRow<'a> {
    /// The label, from input.
    pub(crate) label: &'a str,
    /// The date of its answers, `—` for none.
    pub(crate) date: String,
    /// How many criteria it answered.
    pub(crate) answered: usize,
    /// The level its answers attain overall.
    pub(crate) overall: &'static str,
}

/// A sub-section: the level each respondent's answers attain, the consolidated level,
/// and how far partners agree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SubsectionRow {
    /// `2.3`.
    pub(crate) id: String,
    /// `2.3 System control totals, …`.
    pub(crate) name: String,
    /// The level each respondent's answers attain, in respondent order.
    pub(crate) levels: Vec<&'static str>,
    /// The consolidated level.
    pub(crate) consolidated: &'static str,
    /// Criteria answered by two or more partners.
    pub(crate) answered_by_two_or_more: usize,
    /// Of those, the criteria on which partners differ.
    pub(crate) contested: usize,
    /// The share agreed, `—` for none.
    pub(crate) agreement: String,
}

/// A criterion for conversation: where it stands, what partners answered, and how far
/// their answers are apart.
#[derive(Debug, Clone)]
pub(crate) struct ConversationItem<'a> {
    /// The heading of its spread: `Met for some, not met for others (spread 2)`.
    pub(crate) group: &'static str,
    /// The criterion.
    pub(crate) criterion: &'static Criterion,
    /// `2.3 System control totals, …`.
    pub(crate) subsection: String,
    /// The level the criterion is of.
    pub(crate) level: &'static str,
    /// Its theme.
    pub(crate) theme: &'static str,
    /// The consolidated status.
    pub(crate) consolidated: &'static str,
    /// The highest answer less the lowest (met 2, partial 1, not met 0).
    pub(crate) spread: u8,
    /// Whether partners differ on whether it applies.
    pub(crate) disputed: bool,
    /// Each respondent's answer and note, from input: (respondent, status, note).
    pub(crate) answers: Vec<(&'a str, &'static str, Option<&'a str>)>,
}

/// The heading of the conversations of one spread.
fn spread_heading(conversation: &Conversation<'_>) -> &'static str {
    match (conversation.spread, conversation.applicability_disputed) {
        (2, _) => "Met for some, not met for others (spread 2)",
        (1, _) => "Partly in place for some (spread 1)",
        _ => "Whether it applies here (applicability disputed)",
    }
}

impl<'a> PerspectivesReport<'a> {
    /// The report on `perspectives`.
    pub(crate) fn new(perspectives: &'a Perspectives<'a>) -> PerspectivesReport<'a> {
        let respondents = perspectives.respondents();
        let consolidated = perspectives.consolidated();
        let evaluation = perspectives.evaluation();
        let matrix = consolidated.matrix();
        let date =
            |d: Option<crate::date::Date>| d.map_or_else(|| "—".to_owned(), |d| d.to_string());
        let (shared, contested, all) = perspectives.overall_agreement();
        PerspectivesReport {
            title: Title {
                kind: "Partners' perspectives",
                system: perspectives.system().to_owned(),
            },
            about: format!(
                "Matrix edition {} {}. {} partners answered; the consolidated view joins their answers: a criterion is met when every partner who found it applicable answered met, not met when all answered not met, partial otherwise; not applicable only when all who answered said so.",
                matrix.id(),
                matrix.version(),
                respondents.len()
            ),
            purpose: format!("{NOT_A_RATING} Where partners' answers differ is where to start talking."),
            respondents: respondents
                .iter()
                .map(|r| RespondentRow {
                    label: r.label,
                    date: date(r.assessment.date()),
                    answered: r.assessment.response_count(),
                    overall: attained_name(r.evaluation.overall()),
                })
                .collect(),
            consolidated: RespondentRow {
                label: "Consolidated",
                date: date(consolidated.date()),
                answered: consolidated.response_count(),
                overall: attained_name(evaluation.overall()),
            },
            subsections: perspectives
                .subsections()
                .iter()
                .map(|a| {
                    let attained = |e: &crate::progression::Evaluation| {
                        attained_name(e.subsection(a.id).and_then(|s| s.attained()))
                    };
                    SubsectionRow {
                        id: a.id.to_string(),
                        name: format!("{} {}", a.id, matrix.subsection(a.id).map_or("", |s| s.title())),
                        levels: respondents.iter().map(|r| attained(&r.evaluation)).collect(),
                        consolidated: attained(&evaluation),
                        answered_by_two_or_more: a.answered_by_two_or_more,
                        contested: a.contested,
                        agreement: percent(a.agreement()),
                    }
                })
                .collect(),
            all: (shared, contested, percent(all)),
            conversations: perspectives
                .conversations()
                .iter()
                .map(|c| ConversationItem {
                    group: spread_heading(c),
                    criterion: c.criterion,
                    subsection: subsection_name(matrix, c.subsection()),
                    level: c.level().name(),
                    theme: c.theme.name(),
                    consolidated: status_name(c.consolidated),
                    spread: c.spread,
                    disputed: c.applicability_disputed,
                    answers: c
                        .answers
                        .iter()
                        .map(|a| (a.respondent, status_name(a.status), a.note))
                        .collect(),
                })
                .collect(),
        }
    }
}
