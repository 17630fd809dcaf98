//! A plan review as a Markdown agenda for the meeting that reviews the plan.

use core::fmt::Write;

use crate::plan::{ActionOutcome, Review};

use super::super::content::plan_review::{
    beyond_plan, meaning, ActionRow, PlanReviewReport, ALL_COMPLETE, ALL_COVERED, OTHERS,
    TO_TALK_ABOUT,
};
use super::{one_line, sentence};

/// `n thing` or `n things`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A table of actions: ID, title, owner, lead, due date, status, the criteria not in
/// place with their statuses, and the note.
fn action_table(w: &mut String, actions: &[&ActionRow<'_>]) {
    let _ = writeln!(
        w,
        "| Action | Title | Owner | Lead | Due | Status | Criteria not in place | Note |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|---|---|");
    let or_none = |text: Option<&str>| text.map_or_else(|| "—".to_owned(), one_line);
    for a in actions {
        let open: Vec<String> = a
            .open
            .iter()
            .map(|(id, status)| format!("`{id}` {status}"))
            .collect();
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            one_line(a.id),
            one_line(a.title),
            or_none(a.owner),
            or_none(a.lead),
            a.due.as_deref().unwrap_or("—"),
            a.status,
            if open.is_empty() {
                "all in place".to_owned()
            } else {
                open.join(", ")
            },
            or_none(a.note),
        );
    }
    let _ = writeln!(w);
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
    let gaps: usize = review.subsections().map(|s| s.gaps).sum();
    let report = PlanReviewReport::new(review);
    let _ = writeln!(
        w,
        "# {}: {}\n",
        report.title.kind,
        one_line(&report.title.system)
    );
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
        count(report.actions.len(), "action", "actions")
    );
    for (outcome, n, label) in [
        (
            ActionOutcome::DoneNotAchieved,
            counts.done_not_achieved,
            "done but not achieved",
        ),
        (ActionOutcome::Overdue, counts.overdue, "overdue"),
        (ActionOutcome::Open, counts.open, "open"),
        (ActionOutcome::Dropped, counts.dropped, "dropped"),
    ] {
        let _ = writeln!(
            w,
            "- {} {label}: {}",
            count(n, "action", "actions"),
            meaning(outcome)
        );
    }
    let beyond = beyond_plan(review);
    let _ = writeln!(
        w,
        "- {} of {} toward the target uncovered: addressed by no action (dropped actions left out); {beyond} of them new since the plan was drafted or left out of it (at a level of a sub-section on which the plan has no action)",
        counts.uncovered_gaps,
        count(gaps, "gap", "gaps")
    );
    let _ = writeln!(
        w,
        "- {} to complete: planned or in progress with no owner or no due date\n",
        count(report.to_complete.len(), "action", "actions")
    );
    let _ = write!(w, "{}", sentence(&report.drafted));
    if let Some(beyond) = &report.beyond {
        let _ = write!(w, " {}", sentence(beyond));
    }
    let _ = writeln!(w, "\n");

    for part in TO_TALK_ABOUT {
        let name = part.outcome.name();
        if part.outcome == ActionOutcome::DoneNotAchieved {
            let _ = writeln!(w, "## {name}: the conversations to have\n");
        } else {
            let _ = writeln!(w, "## {name}\n");
        }
        let these = report.with_outcome(part.outcome);
        if these.is_empty() {
            let _ = writeln!(w, "{}\n", part.empty);
        } else {
            action_table(w, &these);
        }
    }
    for part in OTHERS {
        let these = report.with_outcome(part.outcome);
        if !these.is_empty() {
            let _ = writeln!(w, "## {}\n", part.outcome.name());
            action_table(w, &these);
        }
    }

    let _ = writeln!(w, "## Uncovered gaps by sub-section\n");
    if report.uncovered.is_empty() {
        let _ = writeln!(w, "{ALL_COVERED}\n");
    }
    for cover in &report.uncovered {
        let _ = writeln!(
            w,
            "### {} — {} of {} uncovered\n",
            cover.name,
            cover.uncovered,
            count(cover.gaps, "gap", "gaps"),
        );
        for gap in &cover.items {
            let _ = writeln!(
                w,
                "- `{}` {} · *{}* ({}): {}",
                gap.criterion.id(),
                gap.level,
                gap.theme,
                gap.status,
                gap.criterion.text()
            );
        }
        let _ = writeln!(w);
    }

    let _ = writeln!(w, "## Actions to complete\n");
    if report.to_complete.is_empty() {
        let _ = writeln!(w, "{ALL_COMPLETE}");
    }
    for action in &report.to_complete {
        let _ = writeln!(
            w,
            "- {} {} — needs {}",
            one_line(action.id),
            one_line(action.title),
            action.needs.join(" and ")
        );
    }
    out
}
