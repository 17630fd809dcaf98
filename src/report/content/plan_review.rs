//! What a plan review says: what the plan was drafted against, each action with what
//! the review finds it achieved, the gaps toward the target that no action addresses,
//! and the actions still to complete.

use crate::assessment::Status;
use crate::gaps::GapStatus;
use crate::id::SubSectionId;
use crate::model::Criterion;
use crate::plan::{ActionOutcome, ActionReview, Review};

use super::{status_name, Run, Sentence, Title};

/// What the actions to complete say when there are none.
pub(crate) const ALL_COMPLETE: &str =
    "Every planned or in-progress action has an owner and a due date.";

/// What the gaps no action addresses say when there are none.
pub(crate) const ALL_COVERED: &str = "Every gap toward the target is addressed by an action.";

/// The words of a part on the actions of one outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OutcomePart {
    /// The outcome.
    pub(crate) outcome: ActionOutcome,
    /// What the part says when no action has the outcome.
    pub(crate) empty: &'static str,
}

/// The parts on actions done but not achieved and overdue: the conversations to have.
pub(crate) const TO_TALK_ABOUT: [OutcomePart; 2] = [
    OutcomePart {
        outcome: ActionOutcome::DoneNotAchieved,
        empty: "No action is reported done with a criterion not in place.",
    },
    OutcomePart {
        outcome: ActionOutcome::Overdue,
        empty: "No action is overdue.",
    },
];

/// The parts on the other actions: open, achieved and dropped.
pub(crate) const OTHERS: [OutcomePart; 3] = [
    OutcomePart {
        outcome: ActionOutcome::Open,
        empty: "No action is open.",
    },
    OutcomePart {
        outcome: ActionOutcome::Achieved,
        empty: "No action is achieved yet.",
    },
    OutcomePart {
        outcome: ActionOutcome::Dropped,
        empty: "No action is dropped.",
    },
];

/// What an outcome means: `no longer pursued`, `due before the review date, not
/// achieved`…
pub(crate) fn meaning(outcome: ActionOutcome) -> &'static str {
    match outcome {
        ActionOutcome::Achieved => {
            "every criterion it addresses is in place (met or not applicable), whatever its status"
        }
        ActionOutcome::Dropped => "no longer pursued",
        ActionOutcome::DoneNotAchieved => "reported done, with a criterion not yet in place",
        ActionOutcome::Overdue => "due before the review date, not achieved",
        ActionOutcome::Open => "planned or under way, not yet due",
    }
}

/// A whole plan review.
#[derive(Debug, Clone)]
pub(crate) struct PlanReviewReport<'a> {
    /// `Action plan review: {system}`.
    pub(crate) title: Title,
    /// What the plan was drafted against and what it is reviewed against.
    pub(crate) drafted: Sentence,
    /// Where gaps lie at levels the plan never took up: that they are for the next
    /// plan.
    pub(crate) beyond: Option<Sentence>,
    /// Each action, in plan order.
    pub(crate) actions: Vec<ActionRow<'a>>,
    /// The gaps no action addresses, a section per sub-section with any.
    pub(crate) uncovered: Vec<Uncovered<'a>>,
    /// The actions planned or in progress with no owner or no due date.
    pub(crate) to_complete: Vec<ToComplete<'a>>,
}

/// An action as reviewed; its text is from input.
#[derive(Debug, Clone)]
pub(crate) struct ActionRow<'a> {
    /// What the review finds it achieved.
    pub(crate) outcome: ActionOutcome,
    /// Its ID.
    pub(crate) id: &'a str,
    /// Its title.
    pub(crate) title: &'a str,
    /// Its owner.
    pub(crate) owner: Option<&'a str>,
    /// Its lead.
    pub(crate) lead: Option<&'a str>,
    /// Its due date.
    pub(crate) due: Option<String>,
    /// Its status: `Planned`, `In progress`, `Done`, `Dropped`.
    pub(crate) status: &'static str,
    /// How many criteria it addresses.
    #[cfg_attr(not(feature = "html"), allow(dead_code))]
    pub(crate) criteria: usize,
    /// The criteria it addresses not in place, with the assessment's status.
    pub(crate) open: Vec<(String, &'static str)>,
    /// Its note.
    pub(crate) note: Option<&'a str>,
}

/// The gaps of one sub-section that no action addresses.
#[derive(Debug, Clone)]
pub(crate) struct Uncovered<'a> {
    /// `2.3 System control totals, …`.
    pub(crate) name: String,
    /// How many of its gaps no action addresses.
    pub(crate) uncovered: usize,
    /// How many gaps it has toward the target.
    pub(crate) gaps: usize,
    /// The gaps no action addresses.
    pub(crate) items: Vec<UncoveredGap<'a>>,
}

/// A gap no action addresses: the criterion, its level, theme and status, and the
/// assessment's note (from input).
#[derive(Debug, Clone)]
pub(crate) struct UncoveredGap<'a> {
    /// The criterion.
    pub(crate) criterion: &'static Criterion,
    /// The level's name in the plan's edition.
    pub(crate) level: &'static str,
    /// The theme's name.
    pub(crate) theme: &'static str,
    /// `partial`, `not met` or `not assessed`.
    pub(crate) status: &'static str,
    /// The assessment's note.
    #[cfg_attr(not(feature = "html"), allow(dead_code))]
    pub(crate) note: Option<&'a str>,
}

/// An action to complete and what it needs: `an owner`, `a due date`, or both.
#[derive(Debug, Clone)]
pub(crate) struct ToComplete<'a> {
    /// Its ID, from input.
    pub(crate) id: &'a str,
    /// Its title, from input.
    pub(crate) title: &'a str,
    /// What it needs.
    pub(crate) needs: Vec<String>,
}

/// How many of the gaps no action addresses lie beyond what the plan was drafted for:
/// at a level of a sub-section on which no action of the plan (dropped ones included)
/// names a criterion. A plan drafted toward each sub-section's next level names
/// criteria of that level; where a sub-section has since moved up, or the plan left it
/// out, its gaps now are at levels the plan never took up.
pub(crate) fn beyond_plan(review: &Review<'_>) -> usize {
    let planned: Vec<(SubSectionId, crate::level::Level)> = review
        .plan()
        .actions()
        .iter()
        .flat_map(|a| a.criteria().iter().map(|c| (c.subsection(), c.level())))
        .collect();
    review
        .uncovered()
        .filter(|g| !planned.contains(&(g.subsection(), g.level())))
        .count()
}

/// A date, or `none` said in words.
fn dated(date: Option<crate::date::Date>, none: &str) -> String {
    date.map_or_else(|| none.to_owned(), |d| d.to_string())
}

impl<'a> PlanReviewReport<'a> {
    /// The report on `review`.
    pub(crate) fn new(review: &'a Review<'a>) -> PlanReviewReport<'a> {
        let plan = review.plan();
        let matrix = plan.matrix();
        let now = dated(review.assessment().date(), "no date");
        let mut drafted = vec![
            Run::Text("The plan was drafted against the gaps of the assessment of ".to_owned()),
            Run::Date(dated(plan.assessed(), "an unstated date")),
        ];
        if let Some(agreed) = plan.agreed() {
            drafted.push(Run::Text(" and agreed on ".to_owned()));
            drafted.push(Run::Date(agreed.to_string()));
        }
        drafted.push(Run::Text(
            "; it is reviewed against the assessment of ".to_owned(),
        ));
        drafted.push(Run::Date(now.clone()));
        drafted.push(Run::Text(".".to_owned()));
        let beyond = (beyond_plan(review) > 0).then(|| {
            vec![
                Run::Text("Where a sub-section has moved up since, its gaps now are at a level the plan never took up: they are for the next plan, drafted from the assessment of ".to_owned()),
                Run::Date(now),
                Run::Text(".".to_owned()),
            ]
        });
        let assessment = review.assessment();
        let mut gaps = review.uncovered().peekable();
        let uncovered = review
            .subsections()
            .filter(|cover| cover.gaps > cover.covered)
            .map(|cover| {
                let mut items = Vec::new();
                while let Some(gap) = gaps.next_if(|g| g.subsection() == cover.id) {
                    items.push(UncoveredGap {
                        criterion: gap.criterion,
                        level: matrix.level(gap.level()).name(),
                        theme: gap.theme.name(),
                        status: match gap.status {
                            GapStatus::Partial => status_name(Some(Status::Partial)),
                            GapStatus::NotMet => status_name(Some(Status::NotMet)),
                            GapStatus::NotAssessed => status_name(None),
                        },
                        note: assessment.note(gap.criterion.id()),
                    });
                }
                Uncovered {
                    name: format!(
                        "{} {}",
                        cover.id,
                        matrix.subsection(cover.id).map_or("", |s| s.title())
                    ),
                    uncovered: cover.gaps - cover.covered,
                    gaps: cover.gaps,
                    items,
                }
            })
            .collect();
        PlanReviewReport {
            title: Title {
                kind: "Action plan review",
                system: review.system().to_owned(),
            },
            drafted,
            beyond,
            actions: review.actions().map(|a| action_row(&a)).collect(),
            uncovered,
            to_complete: review
                .to_complete()
                .map(|action| ToComplete {
                    id: action.id(),
                    title: action.title(),
                    needs: [
                        action.owner().is_none().then_some("an owner"),
                        action.due().is_none().then_some("a due date"),
                    ]
                    .into_iter()
                    .flatten()
                    .map(str::to_owned)
                    .collect(),
                })
                .collect(),
        }
    }

    /// The actions of `outcome`, in plan order.
    pub(crate) fn with_outcome(&self, outcome: ActionOutcome) -> Vec<&ActionRow<'a>> {
        self.actions
            .iter()
            .filter(|a| a.outcome == outcome)
            .collect()
    }
}

/// An action as reviewed, in words.
fn action_row<'a>(review: &ActionReview<'a>) -> ActionRow<'a> {
    let action = review.action;
    ActionRow {
        outcome: review.outcome,
        id: action.id(),
        title: action.title(),
        owner: action.owner(),
        lead: action.lead(),
        due: action.due().map(|d| d.to_string()),
        status: action.status().name(),
        criteria: action.criteria().len(),
        open: review
            .criteria()
            .filter(|(_, s)| !matches!(s, Some(Status::Met | Status::NotApplicable)))
            .map(|(id, s)| (id.to_string(), status_name(s)))
            .collect(),
        note: action.note(),
    }
}
