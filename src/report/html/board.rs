//! The board report: one HTML document for a board meeting that brings together what
//! is given.

use maud::{html, Markup};

use crate::assessment::Assessment;
use crate::compare::compare;
use crate::error::Conflict;
use crate::gaps::Target;
use crate::perspectives::Perspectives;
use crate::plan::Plan;
use crate::progression::evaluate;

use super::page::{page, Report};
use super::{assessment, comparison, perspectives, plan};

/// A board report, built from an assessment and, when given, the previous assessment
/// of the same system, the partners' perspectives and the action plan;
/// [`Board::report`] writes it as one self-contained HTML document with a part for
/// each:
///
/// 1. **Where the system stands**: the headline in words (overall, each domain, the
///    sub-sections nearest their next level), the heatmap and the progression table;
/// 2. **What changed since** the previous assessment (with [`Board::previous`]): the
///    levels before and after and the picture of every sub-section's level and coverage
///    (the criteria that changed are in the progress report);
/// 3. **Where partners disagree** (with [`Board::partners`]): the consolidated level,
///    agreement, each partner's levels, and the few conversations that matter most
///    (the widest spread of answers first); the whole agenda is the partners'
///    perspectives report;
/// 4. **How the action plan stands** (with [`Board::plan`]): the plan reviewed against
///    the assessment on its date, toward each sub-section's next level: the actions by
///    outcome, what the plan was drafted against and the gaps new since, and the
///    actions to talk about (done but not achieved, overdue); every action and gap is
///    in the plan review.
///
/// Printed on A4, the report is a board pack of a few pages: no part is forced onto a
/// new page, headings stay with what follows them, and pictures and short tables are
/// not split.
///
/// ```
/// use mhics::plan::{Action, Plan};
/// use mhics::{report::html::Board, Assessment, Status};
///
/// let earlier = Assessment::builder("Example ICS").date("2025-10-01".parse()?).build()?;
/// let now = Assessment::builder("Example ICS")
///     .date("2026-10-01".parse()?)
///     .respond("1.1-D1", Status::Met)
///     .build()?;
/// let mut plan = Plan::new("Example ICS")?;
/// plan.push(Action::new("A1", "Mental Health Board", ["1.1-D1".parse()?])?)?;
/// let html = Board::new(&now).previous(&earlier)?.plan(&plan)?.report().document();
/// assert!(html.contains("<h2>Where the system stands</h2>"));
/// assert!(html.contains("<h2>What changed since 2025-10-01</h2>"));
/// assert!(html.contains("<h2>How the action plan stands</h2>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// A `Board` owns what it needs: each part is written when it is added, so a server can
/// build one from the values it loaded, keep it, and write the report when asked.
#[derive(Debug, Clone)]
pub struct Board {
    assessment: Assessment,
    standing: Markup,
    previous: Option<Markup>,
    partners: Option<Markup>,
    plan: Option<Markup>,
}

impl Board {
    /// A board report on `assessment` alone.
    pub fn new(assessment: &Assessment) -> Board {
        Board {
            assessment: assessment.clone(),
            standing: assessment::standing(&evaluate(assessment), 2, "standing"),
            previous: None,
            partners: None,
            plan: None,
        }
    }

    /// Adds what changed since `earlier`, an earlier assessment of the same system.
    /// Fails as [`compare`] does: [`Conflict::DifferentSystems`] or
    /// [`Conflict::DatesOutOfOrder`].
    pub fn previous(mut self, earlier: &Assessment) -> Result<Board, Conflict> {
        let changes = compare(earlier, &self.assessment)?;
        self.previous = Some(html! {
            (comparison::changes_summary(&changes, 2, "changed"))
            p.explain { "Each criterion that changed, by kind of change, is in the progress report of the two assessments." }
        });
        Ok(self)
    }

    /// Adds where the partners disagree. Fails with [`Conflict::PartnersOfAnotherSystem`]
    /// when the partners' assessments are of another system (names compared as
    /// [`compare`] does).
    pub fn partners(mut self, partners: &Perspectives<'_>) -> Result<Board, Conflict> {
        if !crate::name::same(partners.system(), self.assessment.system()) {
            return Err(Conflict::PartnersOfAnotherSystem {
                system: self.assessment.system().to_owned(),
                partners: partners.system().to_owned(),
            });
        }
        self.partners = Some(perspectives::board_summary(partners, 2, "partners"));
        Ok(self)
    }

    /// Adds how the action plan stands: `plan` reviewed against the board's assessment
    /// on the assessment's date, with the gaps toward each sub-section's next level (as
    /// [`Plan::review`] does). Fails with [`Conflict::PlanSystem`] when the plan is of
    /// another system (names compared as names).
    pub fn plan(mut self, plan: &Plan) -> Result<Board, Conflict> {
        let review = plan.review(&self.assessment, None, Target::Next)?;
        self.plan = Some(plan::board_summary(&review, 2));
        Ok(self)
    }

    /// The board report: as one self-contained document ([`Report::document`]: no
    /// script, styles and pictures inline, nothing requested from outside it) or as a
    /// fragment ([`Report::fragment`]).
    pub fn report(&self) -> Report {
        let title = format!("Board report: {}", self.assessment.system());
        let mut parts = vec!["where the system stands"];
        if self.previous.is_some() {
            parts.push("what changed");
        }
        if self.partners.is_some() {
            parts.push("where partners disagree");
        }
        if self.plan.is_some() {
            parts.push("how the action plan stands");
        }
        page(
            &title,
            html! {
                (assessment::about(&self.assessment))
                p.meta { "In this report: " (super::super::headline::and_list(&parts.iter().map(|p| (*p).to_owned()).collect::<Vec<_>>())) "." }
                section.part { (self.standing) }
                @if let Some(part) = &self.previous {
                    section.part { (part) }
                }
                @if let Some(part) = &self.partners {
                    section.part { (part) }
                }
                @if let Some(part) = &self.plan {
                    section.part { (part) }
                }
            },
        )
    }
}
