//! The plan review's JSON ([`crate::guide::plans`]), written.

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::id::CriterionId;
use crate::plan::review::{ActionReview, Review, ReviewGap};

impl Review<'_> {
    /// The review as pretty-printed JSON ([`crate::guide::plans`]): `system`, `matrix`,
    /// `version`, `assessment_date`, `on`, `actions` (in plan order, each with `id`,
    /// `title`, `owner`, `due`, `status`, `outcome` and its `criteria` with the
    /// assessment's status), `gaps` (in matrix order, each with the actions that
    /// address it), `subsections` (every sub-section: `gaps`, `covered`), `counts` and
    /// `to_complete`. Absent dates and owners are `null`.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a review always serializes")
    }

    /// The same JSON on one line, without white space between values: for storing or
    /// sending rather than reading. It reads back as [`to_json`](Self::to_json)'s does.
    pub fn to_json_compact(&self) -> String {
        serde_json::to_string(self).expect("a review always serializes")
    }
}

/// A list written from an iterator that can be cloned.
struct List<I>(I);

impl<I: Iterator + Clone> Serialize for List<I>
where
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for item in self.0.clone() {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

struct CriterionJson(CriterionId, Option<crate::assessment::Status>);

impl Serialize for CriterionJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Criterion", 2)?;
        s.serialize_field("id", &self.0)?;
        s.serialize_field("status", self.1.map_or("not_assessed", |s| s.as_str()))?;
        s.end()
    }
}

impl Serialize for ActionReview<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = self.action;
        let mut s = serializer.serialize_struct("ActionReview", 7)?;
        s.serialize_field("id", &a.id)?;
        s.serialize_field("title", &a.title)?;
        s.serialize_field("owner", &a.owner)?;
        s.serialize_field("due", &a.due)?;
        s.serialize_field("status", &a.status)?;
        s.serialize_field("outcome", &self.outcome)?;
        let criteria: Vec<CriterionJson> = self
            .criteria()
            .map(|(id, status)| CriterionJson(id, status))
            .collect();
        s.serialize_field("criteria", &criteria)?;
        s.end()
    }
}

impl Serialize for ReviewGap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ReviewGap", 5)?;
        s.serialize_field("id", &self.gap.criterion.id())?;
        s.serialize_field("subsection", &self.gap.subsection())?;
        s.serialize_field("level", &self.gap.level())?;
        s.serialize_field("status", &self.gap.status)?;
        s.serialize_field("actions", &List(self.actions().map(|a| a.id.as_str())))?;
        s.end()
    }
}

impl Serialize for Review<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Cover(crate::plan::review::SubSectionCover);
        impl Serialize for Cover {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("SubSection", 3)?;
                s.serialize_field("id", &self.0.id)?;
                s.serialize_field("gaps", &self.0.gaps)?;
                s.serialize_field("covered", &self.0.covered)?;
                s.end()
            }
        }
        struct Counts(crate::plan::review::ReviewCounts);
        impl Serialize for Counts {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let c = &self.0;
                let mut s = serializer.serialize_struct("Counts", 6)?;
                s.serialize_field("achieved", &c.achieved)?;
                s.serialize_field("dropped", &c.dropped)?;
                s.serialize_field("done_not_achieved", &c.done_not_achieved)?;
                s.serialize_field("overdue", &c.overdue)?;
                s.serialize_field("open", &c.open)?;
                s.serialize_field("uncovered_gaps", &c.uncovered_gaps)?;
                s.end()
            }
        }

        let mut s = serializer.serialize_struct("Review", 11)?;
        s.serialize_field("system", self.system())?;
        s.serialize_field("matrix", self.plan().edition().id())?;
        s.serialize_field("version", self.plan().edition().version())?;
        s.serialize_field("assessment_date", &self.assessment().date())?;
        s.serialize_field("on", &self.on())?;
        s.serialize_field("actions", &List(self.actions()))?;
        s.serialize_field("gaps", &List(self.gaps()))?;
        s.serialize_field("subsections", &List(self.subsections().map(Cover)))?;
        s.serialize_field("counts", &Counts(self.counts()))?;
        s.serialize_field(
            "to_complete",
            &List(self.to_complete().map(|a| a.id.as_str())),
        )?;
        s.end()
    }
}
