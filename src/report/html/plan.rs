//! An action plan's review in HTML: how the plan stands, the conversations to have,
//! the other actions, and the gaps no action addresses.

use maud::{html, Markup};

use crate::date::Date;
use crate::plan::{ActionOutcome, Review};
use crate::progression::evaluate;

use super::super::attained_name;
use super::super::content::plan_review::{
    meaning, ActionRow, OutcomePart, PlanReviewReport, ALL_COMPLETE, ALL_COVERED, OTHERS,
    TO_TALK_ABOUT,
};
use super::super::headline::{and_list, count};
use super::super::svg::{plan_review_svg_with_id, review_sentences, target_words, OUTCOME_ORDER};
use super::page::{criterion, figure, heading, note, page, sentence, Report};

/// A date, or `none` said in words.
fn dated(date: Option<Date>, none: &str) -> String {
    date.map_or_else(|| none.to_owned(), |d| d.to_string())
}

/// An action plan's review as one HTML document: how the plan stands (the actions by
/// outcome, the gaps addressed, where the system stands now, and a picture of each
/// sub-section), the conversations to have (actions done but not achieved, overdue
/// actions, actions with no owner or due date), the other actions, then the gaps toward
/// the target that no action addresses, with the assessment's notes.
pub fn plan_review(review: &Review<'_>) -> Report {
    let report = PlanReviewReport::new(review);
    page(
        &report.title.plain(),
        html! {
            (about(review))
            section.part { (standing(review, &report, 2, "plan")) }
            section.part { (conversations(&report, 2)) }
            section.part { (other_actions(&report, 2)) }
            section.part { (uncovered(review, &report, 2)) }
        },
    )
}

/// The edition, the dates and what the tool is not.
fn about(review: &Review<'_>) -> Markup {
    let plan = review.plan();
    html! {
        p.meta {
            "Matrix edition " (review.plan().matrix().id()) " " (review.plan().matrix().version()) ". "
            "The plan answers the assessment of " span.date { (dated(plan.assessed(), "an unstated date")) }
            @if let Some(agreed) = plan.agreed() { " and was agreed on " span.date { (agreed.to_string()) } }
            ". Reviewed on " span.date { (dated(review.on(), "no date given")) }
            " against the assessment of " span.date { (dated(review.assessment().date(), "no date")) }
            ", with the gaps toward " (target_words(review.target())) "."
        }
        p.meta {
            (super::super::NOT_A_RATING)
        }
    }
}

/// What the plan was drafted against and what is new since, in one paragraph, with a
/// pointer to drafting the next plan when there are gaps it has no action on.
fn drafted(report: &PlanReviewReport<'_>) -> Markup {
    html! {
        p {
            (sentence(&report.drafted)) " "
            @if let Some(beyond) = &report.beyond {
                (sentence(beyond))
            } @else {
                "Every gap no action addresses is at a level the plan has actions on."
            }
        }
    }
}

/// How the plan stands, under a heading at `level`: the headline in words (the
/// actions, the gaps, where the system stands now), the actions by outcome, the
/// picture and the sub-sections' gaps; `id` prefixes the picture's IDs.
fn standing(review: &Review<'_>, report: &PlanReviewReport<'_>, level: u8, id: &str) -> Markup {
    let counts = review.counts();
    let evaluation = evaluate(review.assessment());
    let covers: Vec<_> = review.subsections().collect();
    let total_gaps: usize = covers.iter().map(|c| c.gaps).sum();
    html! {
        (standing_head(review, report, level))
        (heading(level + 1, html! { "Gaps the plan addresses, by sub-section" }))
        (figure(
            &plan_review_svg_with_id(review, id),
            "Each row: the level attained now, the gaps toward the target, how many an action addresses (bar), and how many of the actions on the sub-section are achieved.",
        ))
        table.keep {
            caption {
                "Gaps toward " (target_words(review.target()))
                " (criteria not met), and how many an action addresses; dropped actions address none."
            }
            thead {
                tr {
                    th scope="col" { "Sub-section" }
                    th scope="col" { "Level now" }
                    th scope="col" { "Gaps" }
                    th scope="col" { "Addressed by an action" }
                    th scope="col" { "Addressed by none" }
                }
            }
            tbody {
                @for c in &covers {
                    tr {
                        th scope="row" {
                            (c.id.to_string()) " " (review.plan().matrix().subsection(c.id).map_or("", |s| s.title()))
                        }
                        td { (attained_name(evaluation.subsection(c.id).and_then(|s| s.attained()))) }
                        td.num { (c.gaps) }
                        td.num { (c.covered) }
                        td.num { (c.gaps - c.covered) }
                    }
                }
                tr.total {
                    th scope="row" { "All sub-sections" }
                    td { (attained_name(evaluation.overall())) " overall" }
                    td.num { (total_gaps) }
                    td.num { (total_gaps - counts.uncovered_gaps) }
                    td.num { (counts.uncovered_gaps) }
                }
            }
        }
    }
}

/// How the action plan stands, for a board: the headline, the actions by outcome and
/// the actions to talk about (done but not achieved, overdue) in one table, under a
/// heading at `level`, with a pointer to the plan review for the rest.
pub(super) fn board_summary(review: &Review<'_>, level: u8) -> Markup {
    let report = PlanReviewReport::new(review);
    let talk: Vec<&ActionRow<'_>> = report
        .actions
        .iter()
        .filter(|a| {
            matches!(
                a.outcome,
                ActionOutcome::DoneNotAchieved | ActionOutcome::Overdue
            )
        })
        .collect();
    html! {
        (standing_head(review, &report, level))
        (heading(level + 1, html! {
            "The actions to talk about (" (count(talk.len(), "action", "actions")) ")"
        }))
        @if talk.is_empty() {
            p { "No action is reported done with a criterion not in place, and none is overdue." }
        } @else {
            p.explain {
                "Done but not achieved (reported done, yet a criterion it addresses is not in place) and overdue (due before the review date, not achieved), in plan order. "
                "Every action, and each gap no action addresses with the assessment's note, is in the plan review."
            }
            (action_table("Actions done but not achieved, and overdue", &talk))
        }
    }
}

/// The headline of how the plan stands and the actions by outcome, under a heading at
/// `level`.
fn standing_head(review: &Review<'_>, report: &PlanReviewReport<'_>, level: u8) -> Markup {
    let counts = review.counts();
    let evaluation = evaluate(review.assessment());
    let [actions, gaps] = review_sentences(review);
    let domains: Vec<String> = evaluation
        .domains()
        .map(|d| format!("Domain {}: {}", d.id(), attained_name(d.attained())))
        .collect();
    let to_complete: Vec<String> = report.to_complete.iter().map(|a| a.id.to_owned()).collect();
    html! {
        (heading(level, html! { "How the action plan stands" }))
        div.headline {
            p.lead { (actions) "." }
            p { (gaps) "." }
            (drafted(report))
            p {
                "Where the system stands, as assessed on "
                span.date { (dated(review.assessment().date(), "an undated assessment")) } ": overall "
                strong { (attained_name(evaluation.overall())) } "; " (domains.join("; ")) "."
            }
            p {
                @if to_complete.is_empty() {
                    (ALL_COMPLETE)
                } @else {
                    "To complete: " (to_complete.len())
                    (if to_complete.len() == 1 { " action" } else { " actions" })
                    " planned or in progress with no owner or no due date ("
                    (and_list(&to_complete)) ")."
                }
            }
        }
        table.keep {
            caption { "Actions by outcome: what the review finds each action achieved" }
            thead {
                tr {
                    th scope="col" { "Outcome" }
                    th scope="col" { "Actions" }
                    th scope="col" { "What it means" }
                }
            }
            tbody {
                @for outcome in OUTCOME_ORDER {
                    tr {
                        th scope="row" { (outcome.name()) }
                        td.num { (counts.of(outcome)) }
                        td { (meaning(outcome)) }
                    }
                }
                tr.total {
                    th scope="row" { "All actions" }
                    td.num { (review.plan().actions().len()) }
                    td { "each counted once: achieved if every criterion is in place, else dropped, done but not achieved, overdue or open, the first that holds in that order" }
                }
            }
        }
    }
}

/// A table of actions: the action, owner and lead, due date, status, the criteria not
/// in place with the assessment's status, and the note.
fn action_table(caption: &str, actions: &[&ActionRow<'_>]) -> Markup {
    html! {
        table.actions.keep {
            caption { (caption) }
            thead {
                tr {
                    th scope="col" { "Action" }
                    th scope="col" { "Owner and lead" }
                    th scope="col" { "Due" }
                    th scope="col" { "Status" }
                    th scope="col" { "Criteria not in place (status now)" }
                    th scope="col" { "Note" }
                }
            }
            tbody {
                @for a in actions {
                    tr {
                        th scope="row" { strong { (a.id) } " " (a.title) }
                        td {
                            (a.owner.unwrap_or("No owner"))
                            @if let Some(lead) = a.lead { br; "Lead: " (lead) }
                        }
                        td.date { (a.due.as_deref().unwrap_or("No due date")) }
                        td { (a.status) }
                        td {
                            @if a.open.is_empty() {
                                "All " (a.criteria) " in place"
                            } @else {
                                @for (i, (id, status)) in a.open.iter().enumerate() {
                                    @if i > 0 { br; }
                                    code { (id) } " " (status)
                                }
                            }
                        }
                        td {
                            @if let Some(text) = a.note {
                                @for (i, line) in text.lines().enumerate() {
                                    @if i > 0 { br; }
                                    (line)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The conversations to have, under a heading at `level`: the actions done but not
/// achieved, the overdue ones, and the actions to complete (no owner or no due date).
fn conversations(report: &PlanReviewReport<'_>, level: u8) -> Markup {
    let [done, overdue] = TO_TALK_ABOUT;
    let to_complete = &report.to_complete;
    html! {
        (heading(level, html! { "The conversations to have" }))
        (outcome_part(report, level + 1, done, Some("Reported done, yet a criterion they address is not in place: what did the action change, and what is still needed?"), "Actions done, not achieved"))
        (outcome_part(report, level + 1, overdue, Some("Due before the review date and not achieved."), "Overdue actions"))
        (heading(level + 1, html! { "To complete (" (count(to_complete.len(), "action", "actions")) ")" }))
        @if to_complete.is_empty() {
            p { (ALL_COMPLETE) }
        } @else {
            p.explain { "Planned or in progress, with no owner or no due date yet." }
            ul {
                @for action in to_complete {
                    li {
                        strong { (action.id) } " " (action.title) ": needs "
                        (and_list(&action.needs))
                    }
                }
            }
        }
    }
}

/// The actions open, achieved and dropped, under a heading at `level`.
fn other_actions(report: &PlanReviewReport<'_>, level: u8) -> Markup {
    html! {
        (heading(level, html! { "The other actions" }))
        @for part in OTHERS {
            (outcome_part(report, level + 1, part, None, &format!("{} actions", part.outcome.name())))
        }
    }
}

/// The actions of one outcome under a heading at `level` that counts them: what the
/// outcome means (`explain`) and a table with its `caption`, or the part's words for
/// none.
fn outcome_part(
    report: &PlanReviewReport<'_>,
    level: u8,
    part: OutcomePart,
    explain: Option<&str>,
    caption: &str,
) -> Markup {
    let these = report.with_outcome(part.outcome);
    html! {
        (heading(level, html! { (part.outcome.name()) " (" (count(these.len(), "action", "actions")) ")" }))
        @if these.is_empty() {
            p { (part.empty) }
        } @else {
            @if let Some(explain) = explain { p.explain { (explain) } }
            (action_table(caption, &these))
        }
    }
}

/// The gaps no action addresses, by sub-section, with the assessment's notes, under a
/// heading at `level`.
fn uncovered(review: &Review<'_>, report: &PlanReviewReport<'_>, level: u8) -> Markup {
    let counts = review.counts();
    html! {
        (heading(level, html! {
            "Gaps no action addresses (" (count(counts.uncovered_gaps, "criterion", "criteria")) ")"
        }))
        @if report.uncovered.is_empty() {
            p { (ALL_COVERED) }
        } @else {
            p.explain {
                "Criteria toward " (target_words(review.target()))
                " not yet met that no action (other than a dropped one) addresses, by sub-section, each with its level, theme, status and the assessment's note."
            }
        }
        @for cover in &report.uncovered {
            (heading(level + 1, html! {
                (cover.name) ": " (cover.uncovered) " of " (count(cover.gaps, "gap", "gaps")) " addressed by no action"
            }))
            ul.criteria {
                @for gap in &cover.items {
                    (criterion(
                        html! { (gap.level) " · " (gap.theme) " (" (gap.status) "):" },
                        gap.criterion,
                        html! {
                            @if let Some(text) = gap.note {
                                (note("Note", text))
                            }
                        },
                    ))
                }
            }
        }
    }
}
