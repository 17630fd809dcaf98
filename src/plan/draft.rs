//! Drafting a plan from an assessment's gaps.

use crate::assessment::Assessment;
use crate::gaps::{gaps, Target};

use super::action::{Action, ActionStatus};
use super::{place, Placed, Plan};

impl Plan {
    /// A first plan from `assessment`'s gaps toward `target` ([`Target::Next`]: each
    /// sub-section's next level): one action per group of gaps that share a sub-section,
    /// level and theme, in matrix order, numbered `A1`, `A2`, ...; titled
    /// `<sub-section> <Level>: <theme>` (e.g. `1.1 Maturing: Leadership`); the group's
    /// criteria in matrix order; status `planned`; no owner, lead, due date or note. The
    /// plan's system and edition are the assessment's, and `assessed` its date.
    ///
    /// ```
    /// use mhics::plan::Plan;
    /// use mhics::{Assessment, Status, Target};
    ///
    /// let assessment = Assessment::builder("Riverside and Vale ICS")
    ///     .respond("1.1-D1", Status::Partial)
    ///     .build()?;
    /// let plan = Plan::draft(&assessment, Target::Next);
    /// let first = &plan.actions()[0];
    /// assert_eq!((first.id(), first.title()), ("A1", "1.1 Developing: Collaboration"));
    /// assert_eq!(first.criteria()[0].to_string(), "1.1-D1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn draft(assessment: &Assessment, target: Target) -> Plan {
        let mut plan = Plan::unchecked(assessment.edition(), assessment.system().to_owned());
        plan.assessed = assessment.date();
        let mut last = None;
        for gap in gaps(assessment, target) {
            let group = (gap.subsection(), gap.level(), gap.theme as *const _);
            let slot = assessment
                .edition()
                .layout()
                .slot(gap.criterion.id())
                .expect("a gap is a criterion of its edition");
            if last != Some(group) {
                last = Some(group);
                let id = format!("A{}", plan.actions.len() + 1);
                plan.keys.insert(crate::name::key(&id));
                plan.actions.push(Action {
                    id,
                    title: format!(
                        "{} {}: {}",
                        gap.subsection(),
                        gap.level().name(),
                        gap.theme.name()
                    ),
                    criteria: Vec::new(),
                    owner: None,
                    lead: None,
                    due: None,
                    status: ActionStatus::Planned,
                    note: None,
                });
                plan.placed.push(Placed {
                    set: assessment.edition().layout().empty_set(),
                    words: (u16::MAX, 0),
                });
            }
            let i = plan.actions.len() - 1;
            plan.actions[i].criteria.push(gap.criterion.id());
            place(&mut plan.placed[i], slot);
        }
        plan
    }
}
