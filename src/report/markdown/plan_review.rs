//! A plan review as a Markdown agenda for the meeting that reviews the plan.

use core::fmt::Write;

use crate::date::Date;
use crate::plan::{ActionOutcome, ActionReview, Review};

use super::super::content::status_name;
use super::one_line;

/// `n thing` or `n things`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn date(date: Option<Date>) -> String {
    date.map_or_else(|| "—".to_owned(), |d| d.to_string())
}

/// A table of actions: ID, title, owner, lead, due date, status, the criteria not in
/// place with their statuses, and the note.
fn action_table(w: &mut String, actions: &[ActionReview<'_>]) {
    let _ = writeln!(
        w,
        "| Action | Title | Owner | Lead | Due | Status | Criteria not in place | Note |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|---|---|");
    for a in actions {
        let action = a.action;
        let open: Vec<String> = a
            .criteria()
            .filter(|(_, s)| !in_place(*s))
            .map(|(id, s)| format!("`{id}` {}", status_name(s)))
            .collect();
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            one_line(action.id()),
            one_line(action.title()),
            action.owner().map_or_else(|| "—".to_owned(), one_line),
            action.lead().map_or_else(|| "—".to_owned(), one_line),
            date(action.due()),
            action.status().name(),
            if open.is_empty() {
                "all in place".to_owned()
            } else {
                open.join(", ")
            },
            action.note().map_or_else(|| "—".to_owned(), one_line),
        );
    }
    let _ = writeln!(w);
}

fn in_place(status: Option<crate::assessment::Status>) -> bool {
    matches!(
        status,
        Some(crate::assessment::Status::Met | crate::assessment::Status::NotApplicable)
    )
}

/// An agenda for the meeting that reviews the plan: the counts first (each saying what
/// it counts), then the actions done but not achieved and the overdue ones (the
/// conversations to have), the other actions, the gaps no action covers by sub-section,
/// and the actions to complete (no owner or no due date). Text from the plan is kept on
/// one line with Markdown markup escaped.
pub fn plan_review_markdown(review: &Review<'_>) -> String {
    let mut out = String::new();
    let w = &mut out;
    let counts = review.counts();
    let actions: Vec<ActionReview<'_>> = review.actions().collect();
    let gaps: usize = review.subsections().map(|s| s.gaps).sum();
    let to_complete: Vec<_> = review.to_complete().collect();
    let _ = writeln!(w, "# Action plan review: {}\n", one_line(review.system()));
    let target = crate::report::svg::target_words(review.target());
    let _ = writeln!(
        w,
        "Matrix edition {} {}. Reviewed on {} against the assessment dated {}; gaps toward {target}. An action is achieved when every criterion it addresses is in place (met or not applicable).\n",
        review.plan().matrix().id(),
        review.plan().matrix().version(),
        review.on().map_or_else(|| "no date given".to_owned(), |d| d.to_string()),
        review.assessment().date().map_or_else(|| "no date".to_owned(), |d| d.to_string()),
    );
    let _ = writeln!(w, "{}\n", crate::report::NOT_A_RATING);

    let _ = writeln!(w, "## Counts\n");
    let _ = writeln!(
        w,
        "- {} of {} achieved: every criterion they address is in place",
        counts.achieved,
        count(actions.len(), "action", "actions")
    );
    let _ = writeln!(
        w,
        "- {} done but not achieved: reported done, with a criterion not yet in place",
        count(counts.done_not_achieved, "action", "actions")
    );
    let _ = writeln!(
        w,
        "- {} overdue: due before the review date, not achieved",
        count(counts.overdue, "action", "actions")
    );
    let _ = writeln!(
        w,
        "- {} open: planned or under way, not yet due",
        count(counts.open, "action", "actions")
    );
    let _ = writeln!(
        w,
        "- {} dropped: no longer pursued",
        count(counts.dropped, "action", "actions")
    );
    let beyond = crate::report::svg::beyond_plan(review);
    let _ = writeln!(
        w,
        "- {} of {} toward the target uncovered: addressed by no action (dropped actions left out); {beyond} of them new since the plan was drafted or left out of it (at a level of a sub-section on which the plan has no action)",
        counts.uncovered_gaps,
        count(gaps, "gap", "gaps")
    );
    let _ = writeln!(
        w,
        "- {} to complete: planned or in progress with no owner or no due date\n",
        count(to_complete.len(), "action", "actions")
    );
    let now = review
        .assessment()
        .date()
        .map_or_else(|| "no date".to_owned(), |d| d.to_string());
    let _ = writeln!(
        w,
        "The plan was drafted against the gaps of the assessment of {}{}; it is reviewed against the assessment of {now}.{}\n",
        review
            .plan()
            .assessed()
            .map_or_else(|| "an unstated date".to_owned(), |d| d.to_string()),
        review
            .plan()
            .agreed()
            .map_or_else(String::new, |d| format!(" and agreed on {d}")),
        if beyond > 0 {
            format!(" Where a sub-section has moved up since, its gaps now are at a level the plan never took up: they are for the next plan, drafted from the assessment of {now}.")
        } else {
            String::new()
        }
    );

    for (outcome, heading, empty) in [
        (
            ActionOutcome::DoneNotAchieved,
            "Done, not achieved: the conversations to have",
            "No action is reported done with a criterion not in place.",
        ),
        (ActionOutcome::Overdue, "Overdue", "No action is overdue."),
    ] {
        let _ = writeln!(w, "## {heading}\n");
        let these: Vec<_> = actions
            .iter()
            .copied()
            .filter(|a| a.outcome == outcome)
            .collect();
        if these.is_empty() {
            let _ = writeln!(w, "{empty}\n");
        } else {
            action_table(w, &these);
        }
    }
    for (outcome, heading) in [
        (ActionOutcome::Open, "Open"),
        (ActionOutcome::Achieved, "Achieved"),
        (ActionOutcome::Dropped, "Dropped"),
    ] {
        let these: Vec<_> = actions
            .iter()
            .copied()
            .filter(|a| a.outcome == outcome)
            .collect();
        if !these.is_empty() {
            let _ = writeln!(w, "## {heading}\n");
            action_table(w, &these);
        }
    }

    let _ = writeln!(w, "## Uncovered gaps by sub-section\n");
    if counts.uncovered_gaps == 0 {
        let _ = writeln!(
            w,
            "Every gap toward the target is addressed by an action.\n"
        );
    }
    let mut uncovered = review.uncovered().peekable();
    for cover in review.subsections() {
        if cover.gaps == cover.covered {
            continue;
        }
        let title = review
            .plan()
            .matrix()
            .subsection(cover.id)
            .map_or("", |s| s.title());
        let _ = writeln!(
            w,
            "### {} {} — {} of {} uncovered\n",
            cover.id,
            title,
            cover.gaps - cover.covered,
            count(cover.gaps, "gap", "gaps"),
        );
        while let Some(gap) = uncovered.next_if(|g| g.subsection() == cover.id) {
            let _ = writeln!(
                w,
                "- `{}` {} · *{}* ({}): {}",
                gap.criterion.id(),
                review.plan().matrix().level(gap.level()).name(),
                gap.theme.name(),
                status_name(match gap.status {
                    crate::gaps::GapStatus::Partial => Some(crate::assessment::Status::Partial),
                    crate::gaps::GapStatus::NotMet => Some(crate::assessment::Status::NotMet),
                    crate::gaps::GapStatus::NotAssessed => None,
                }),
                gap.criterion.text()
            );
        }
        let _ = writeln!(w);
    }

    let _ = writeln!(w, "## Actions to complete\n");
    if to_complete.is_empty() {
        let _ = writeln!(
            w,
            "Every planned or in-progress action has an owner and a due date."
        );
    }
    for action in to_complete {
        let missing: Vec<&str> = [
            action.owner().is_none().then_some("an owner"),
            action.due().is_none().then_some("a due date"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let _ = writeln!(
            w,
            "- {} {} — needs {}",
            one_line(action.id()),
            one_line(action.title()),
            missing.join(" and ")
        );
    }
    out
}
