//! The evaluation JSON ([`crate::guide::formats`]): progression and gaps of one assessment.

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use super::PerLevel;
use crate::assessment::Assessment;
use crate::gaps::{gaps, GapStatus, Target};
use crate::id::{CriterionId, DomainId, SubSectionId};
use crate::level::Level;
use crate::progression::{evaluate, Coverage, Evaluation};

/// An assessment's evaluation with its gap list, written as the evaluation JSON that
/// [`crate::guide::formats`] describes.
///
/// ```
/// use mhics::{Assessment, EvaluationReport, Status, Target};
///
/// let assessment = Assessment::builder("Example ICS").respond("1.1-D1", Status::Met).build()?;
/// let json: serde_json::Value = serde_json::from_str(
///     &EvaluationReport::new(&assessment, Target::Next).to_json())?;
/// assert_eq!(json["subsections"][0]["coverage"]["developing"]["met"], 1);
/// assert_eq!(json["gaps"][0]["id"], "1.1-D2");
/// assert_eq!((json["matrix"].as_str(), json["target"].as_str()), (Some("mhics"), Some("next")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct EvaluationReport<'a> {
    evaluation: Evaluation<'a>,
    target: Target,
    header: bool,
}

impl<'a> EvaluationReport<'a> {
    /// Evaluates `assessment`, with gaps toward `target`.
    pub fn new(assessment: &'a Assessment, target: Target) -> EvaluationReport<'a> {
        EvaluationReport {
            evaluation: evaluate(assessment),
            target,
            header: true,
        }
    }

    /// The same report without `system`, `matrix`, `version` and `target`: only `overall`, `domains`,
    /// `subsections` and `gaps`, for a report nested in another (perspectives).
    pub(crate) fn without_header(self) -> EvaluationReport<'a> {
        EvaluationReport {
            header: false,
            ..self
        }
    }

    /// The evaluation.
    pub fn evaluation(&self) -> &Evaluation<'a> {
        &self.evaluation
    }

    /// Pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an evaluation always serializes")
    }

    /// The same JSON on one line, without white space between values: for storing or
    /// sending rather than reading. It reads back as [`to_json`](Self::to_json)'s does.
    pub fn to_json_compact(&self) -> String {
        serde_json::to_string(self).expect("an evaluation always serializes")
    }
}

impl Serialize for EvaluationReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Domains<'a>(&'a Evaluation<'a>);
        struct Subsections<'a>(&'a Evaluation<'a>);
        struct Gaps<'a>(&'a EvaluationReport<'a>);

        impl Serialize for Domains<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.domains().len()))?;
                for domain in self.0.domains() {
                    seq.serialize_element(&DomainRow {
                        id: domain.id(),
                        attained: domain.attained(),
                    })?;
                }
                seq.end()
            }
        }

        #[derive(Serialize)]
        struct DomainRow {
            id: DomainId,
            attained: Option<Level>,
        }

        #[derive(Serialize)]
        struct SubsectionRow {
            id: SubSectionId,
            attained: Option<Level>,
            next: Option<Level>,
            coverage: PerLevel<Coverage>,
        }

        impl Serialize for Subsections<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.subsections().len()))?;
                for s in self.0.subsections() {
                    seq.serialize_element(&SubsectionRow {
                        id: s.id(),
                        attained: s.attained(),
                        next: s.next(),
                        coverage: PerLevel(*s.coverages()),
                    })?;
                }
                seq.end()
            }
        }

        #[derive(Serialize)]
        struct GapRow<'a> {
            id: CriterionId,
            subsection: SubSectionId,
            level: Level,
            theme: &'a str,
            status: GapStatus,
        }

        impl Serialize for Gaps<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let report = self.0;
                let gaps = gaps(report.evaluation.assessment(), report.target);
                let mut seq = serializer.serialize_seq(Some(gaps.len()))?;
                for gap in gaps {
                    seq.serialize_element(&GapRow {
                        id: gap.criterion.id(),
                        subsection: gap.subsection(),
                        level: gap.level(),
                        theme: gap.theme.name(),
                        status: gap.status,
                    })?;
                }
                seq.end()
            }
        }

        let mut s = serializer.serialize_struct("Evaluation", 8)?;
        if self.header {
            s.serialize_field("system", self.evaluation.assessment().system())?;
            s.serialize_field("matrix", self.evaluation.edition().id())?;
            s.serialize_field("version", self.evaluation.edition().version())?;
            // What the gaps are toward: each sub-section's next level, or one level.
            match self.target {
                Target::Next => s.serialize_field("target", "next")?,
                Target::Level(level) => s.serialize_field("target", &level)?,
            }
        }
        s.serialize_field("overall", &self.evaluation.overall())?;
        s.serialize_field("domains", &Domains(&self.evaluation))?;
        s.serialize_field("subsections", &Subsections(&self.evaluation))?;
        s.serialize_field("gaps", &Gaps(self))?;
        s.end()
    }
}
