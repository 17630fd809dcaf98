//! An action plan's review as a picture: for each sub-section, the level attained now,
//! its gaps toward the target and how many an action addresses, and how the actions
//! on it stand.

use crate::gaps::Target;
use crate::id::SubSectionId;
use crate::plan::{ActionOutcome, Review};
use crate::progression::evaluate;

use super::super::attained_name;
use super::super::content::plan_review::beyond_plan;
use super::super::headline::count;
use super::colour::level_value;
use super::heatmap::ID;
use super::picture::{Cell, Key, Picture, Row};

/// The target of a review in words: `each sub-section's next level` or `Maturing`.
pub(in crate::report) fn target_words(target: Target) -> String {
    match target {
        Target::Next => "each sub-section's next level".to_owned(),
        Target::Level(level) => level.name().to_owned(),
    }
}

/// The outcomes of actions in the one order every report gives them: achieved, done
/// but not achieved, overdue, open, dropped.
#[cfg(feature = "html")]
pub(in crate::report) const OUTCOME_ORDER: [ActionOutcome; 5] = [
    ActionOutcome::Achieved,
    ActionOutcome::DoneNotAchieved,
    ActionOutcome::Overdue,
    ActionOutcome::Open,
    ActionOutcome::Dropped,
];

/// The review's counts in two sentences: the actions by outcome (in [`OUTCOME_ORDER`]),
/// then the gaps, and how many of those no action addresses are beyond what the plan
/// was drafted for ([`beyond_plan`]).
pub(in crate::report) fn review_sentences(review: &Review<'_>) -> [String; 2] {
    let counts = review.counts();
    let actions = review.plan().actions().len();
    let gaps: usize = review.subsections().map(|s| s.gaps).sum();
    let beyond = beyond_plan(review);
    let mut gap_sentence = format!(
        "{} of the {gaps} {} toward {} are addressed by no action",
        counts.uncovered_gaps,
        if gaps == 1 { "gap" } else { "gaps" },
        target_words(review.target())
    );
    if counts.uncovered_gaps > 0 {
        gap_sentence.push_str(&format!(
            "; {beyond} of them {} new since the plan was drafted or left out of it (at a level of a sub-section on which the plan has no action)",
            if beyond == 1 { "is" } else { "are" }
        ));
    }
    [
        format!(
            "{} of {actions} {} achieved; {} done but not achieved; {} overdue; {} open; {} dropped",
            counts.achieved,
            if actions == 1 { "action" } else { "actions" },
            counts.done_not_achieved,
            counts.overdue,
            counts.open,
            counts.dropped
        ),
        gap_sentence,
    ]
}

/// A picture of an action plan's review: a row per sub-section (under its domain's
/// band, which gives the domain's level now) with the level attained now (shaded by
/// level), its gaps toward the review's target, how many of them an action addresses
/// (a grey bar with the figures, `3 of 5`), and how many of the actions on the
/// sub-section are achieved (`1 of 2 achieved`). Dropped actions address no gap.
pub fn plan_review_svg(review: &Review<'_>) -> String {
    plan_review_svg_picture(review, ID).render()
}

/// [`plan_review_svg`] with `id` as the prefix of its title's and description's IDs.
#[cfg(feature = "html")]
pub(crate) fn plan_review_svg_with_id(review: &Review<'_>, id: &str) -> String {
    plan_review_svg_picture(review, id).render_in_page()
}

/// The picture of [`plan_review_svg`], its IDs prefixed with `id`.
fn plan_review_svg_picture<'i>(review: &Review<'_>, id: &'i str) -> Picture<'i> {
    let evaluation = evaluate(review.assessment());
    let subsection_ids: Vec<SubSectionId> = review
        .plan()
        .matrix()
        .subsections()
        .map(|s| s.id())
        .collect();
    // Per sub-section: the actions with a criterion in it, and how many are achieved.
    let mut actions = vec![(0usize, 0usize); subsection_ids.len()];
    let mut touched: Vec<SubSectionId> = Vec::new();
    for a in review.actions() {
        touched.clear();
        for criterion in a.action.criteria() {
            if !touched.contains(&criterion.subsection()) {
                touched.push(criterion.subsection());
            }
        }
        for s in &touched {
            if let Some(i) = subsection_ids.iter().position(|id| id == s) {
                actions[i].0 += 1;
                actions[i].1 += usize::from(a.outcome == ActionOutcome::Achieved);
            }
        }
    }
    let covers: Vec<_> = review.subsections().collect();
    let mut rows = Vec::new();
    for domain in review.plan().matrix().domains() {
        let level = evaluation.domain(domain.id()).and_then(|d| d.attained());
        rows.push(Row::Band(format!(
            "Domain {} {}: {} now",
            domain.id(),
            domain.title(),
            attained_name(level)
        )));
        for subsection in domain.subsections() {
            let sid = subsection.id();
            let Some(i) = subsection_ids.iter().position(|id| *id == sid) else {
                continue;
            };
            let cover = covers[i];
            let attained = evaluation.subsection(sid).and_then(|s| s.attained());
            let (on, achieved) = actions[i];
            let cells = vec![
                Cell::Shade {
                    value: level_value(attained),
                    text: attained_name(attained).to_owned(),
                    tooltip: format!("{sid} now: {}", attained_name(attained)),
                    framed: false,
                },
                Cell::Plain {
                    text: cover.gaps.to_string(),
                    tooltip: format!(
                        "{sid}: {} toward the target",
                        count(cover.gaps, "gap", "gaps")
                    ),
                },
                Cell::Bar {
                    share: (cover.gaps > 0).then(|| cover.covered as f64 / cover.gaps as f64),
                    text: if cover.gaps == 0 {
                        "no gaps".to_owned()
                    } else {
                        format!("{} of {}", cover.covered, cover.gaps)
                    },
                    framed: false,
                    tooltip: format!(
                        "{sid}: {} of {} addressed by an action",
                        cover.covered,
                        count(cover.gaps, "gap", "gaps")
                    ),
                },
                Cell::Plain {
                    text: if on == 0 {
                        "no action".to_owned()
                    } else {
                        format!("{achieved} of {on} achieved")
                    },
                    tooltip: format!(
                        "{sid}: {} with a criterion here, {achieved} achieved",
                        count(on, "action", "actions")
                    ),
                },
            ];
            rows.push(Row::Cells {
                label: format!("{sid} {}", subsection.title()),
                cells,
            });
        }
    }
    let [actions_sentence, gaps_sentence] = review_sentences(review);
    let dated =
        |d: Option<crate::date::Date>| d.map_or_else(|| "undated".to_owned(), |d| d.to_string());
    let subtitle = format!(
        "Reviewed on {} against the assessment of {}.",
        review
            .on()
            .map_or_else(|| "no date given".to_owned(), |d| d.to_string()),
        dated(review.assessment().date())
    );
    let overall = format!("Overall now: {}", attained_name(evaluation.overall()));
    Picture {
        id,
        title: format!("Action plan: {}", review.system()),
        desc: format!(
            "{actions_sentence}. {gaps_sentence}. {overall}. {subtitle} Per sub-section: the level attained now, the gaps toward the target, how many of them an action addresses, and how many of the actions with a criterion in the sub-section are achieved."
        ),
        headline: vec![format!("{actions_sentence}."), format!("{gaps_sentence}.")],
        subtitle,
        column_width: 96,
        columns: [
            "Level now",
            "Gaps toward the target",
            "Gaps an action addresses",
            "Actions here",
        ]
        .iter()
        .map(|c| ((*c).to_owned(), true))
        .collect(),
        rows,
        legend: vec![
            (Key::Levels, "level attained now".to_owned()),
            (
                Key::Bar("3 of 5"),
                "gaps an action addresses: the bar's length is their share of the sub-section's gaps; an action addresses a gap only when it names that criterion, so one drafted for a level since attained addresses none of the gaps now (dropped actions address none)".to_owned(),
            ),
            (
                Key::None,
                "actions here: the actions with a criterion in the sub-section, and how many of them are achieved (every criterion they address met or not applicable)".to_owned(),
            ),
        ],
    }
}
