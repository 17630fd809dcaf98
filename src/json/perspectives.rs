//! The perspectives JSON ([`crate::guide::perspectives`]), written.

use serde::Serialize;

use crate::assessment::Status;
use crate::perspectives::Perspectives;

use crate::gaps::Target;
use crate::id::{CriterionId, SubSectionId};
use crate::json::EvaluationReport;
use crate::level::Level;

#[derive(Serialize)]
#[serde(bound = "")]
struct Out<'a> {
    system: &'a str,
    matrix: &'static str,
    version: &'static str,
    respondents: Vec<&'a str>,
    consolidated: EvaluationReport<'a>,
    by_respondent: Vec<ByRespondent<'a>>,
    subsections: Vec<SubsectionRow>,
    conversations: Vec<ConversationRow<'a>>,
}

#[derive(Serialize)]
struct ByRespondent<'a> {
    respondent: &'a str,
    overall: Option<Level>,
    subsections: Vec<Attained>,
}

#[derive(Serialize)]
struct Attained {
    id: SubSectionId,
    attained: Option<Level>,
}

#[derive(Serialize)]
struct SubsectionRow {
    id: SubSectionId,
    answered_by_two_or_more: usize,
    contested: usize,
    agreement: Option<f64>,
}

#[derive(Serialize)]
struct ConversationRow<'a> {
    id: CriterionId,
    subsection: SubSectionId,
    level: Level,
    theme: &'static str,
    spread: u8,
    applicability_disputed: bool,
    consolidated: &'static str,
    answers: Vec<AnswerRow<'a>>,
}

#[derive(Serialize)]
struct AnswerRow<'a> {
    respondent: &'a str,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

fn status(status: Option<Status>) -> &'static str {
    status.map_or("not_assessed", Status::as_str)
}

impl Perspectives<'_> {
    /// The perspectives JSON ([`crate::guide::perspectives`]), pretty-printed: `system`,
    /// `matrix`, `version`, `respondents`, `consolidated` (the evaluation of the
    /// consolidated assessment: `overall`, `domains`, `subsections`, `gaps` toward
    /// each sub-section's next level), `by_respondent`, `subsections` (agreement)
    /// and `conversations`. A respondent who gave no answer to a contested criterion
    /// is shown with status `not_assessed`.
    ///
    /// ```
    /// use mhics::perspectives::Perspectives;
    /// use mhics::{Assessment, Status};
    ///
    /// let a = Assessment::builder("Riverside").respondent("Trust").respond("1.1-D1", Status::Met).build()?;
    /// let b = Assessment::builder("Riverside").respondent("Council").respond("1.1-D1", Status::NotApplicable).build()?;
    /// let json: serde_json::Value = serde_json::from_str(&Perspectives::new([(&a, "a"), (&b, "b")])?.to_json())?;
    /// assert_eq!(json["respondents"], serde_json::json!(["Trust", "Council"]));
    /// assert_eq!(json["conversations"][0]["applicability_disputed"], true);
    /// assert_eq!(json["conversations"][0]["consolidated"], "met");
    /// assert_eq!(json["subsections"][0]["agreement"], 0.0);
    /// assert_eq!(json["subsections"][1]["agreement"], serde_json::Value::Null);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("perspectives always serialize")
    }

    /// The same JSON on one line, without white space between values.
    pub fn to_json_compact(&self) -> String {
        serde_json::to_string(self).expect("perspectives always serialize")
    }

    /// The value written as JSON.
    fn out(&self) -> Out<'_> {
        Out {
            system: self.system(),
            matrix: self.consolidated.edition().id(),
            version: self.consolidated.edition().version(),
            respondents: self.respondents.iter().map(|r| r.label).collect(),
            consolidated: EvaluationReport::new(&self.consolidated, Target::Next).without_header(),
            by_respondent: self
                .respondents
                .iter()
                .map(|r| ByRespondent {
                    respondent: r.label,
                    overall: r.evaluation.overall(),
                    subsections: r
                        .evaluation
                        .subsections()
                        .map(|s| Attained {
                            id: s.id(),
                            attained: s.attained(),
                        })
                        .collect(),
                })
                .collect(),
            subsections: self
                .subsections
                .iter()
                .map(|a| SubsectionRow {
                    id: a.id,
                    answered_by_two_or_more: a.answered_by_two_or_more,
                    contested: a.contested,
                    agreement: a.agreement(),
                })
                .collect(),
            conversations: self
                .conversations
                .iter()
                .map(|c| ConversationRow {
                    id: c.criterion.id(),
                    subsection: c.subsection(),
                    level: c.level(),
                    theme: c.theme.name(),
                    spread: c.spread,
                    applicability_disputed: c.applicability_disputed,
                    consolidated: status(c.consolidated),
                    answers: c
                        .answers
                        .iter()
                        .map(|a| AnswerRow {
                            respondent: a.respondent,
                            status: status(a.status),
                            note: a.note,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

impl Serialize for Perspectives<'_> {
    /// The perspectives JSON (see [`Perspectives::to_json`]).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.out().serialize(serializer)
    }
}
