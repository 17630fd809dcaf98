//! What a self-assessment report says: its title and edition, where the system stands
//! (overall, each domain, the sub-sections nearest their next level), the progression
//! table and the gaps toward a target.

use crate::assessment::Assessment;
use crate::gaps::{gaps, group, Target};
use crate::level::Level;
use crate::model::Criterion;
use crate::progression::Evaluation;

use super::super::attained_name;
use super::super::headline::{nearest, nearest_sentence};
use super::{Column, Run, Sentence, Table, Title};

/// How the progression table's figures are read.
pub(crate) const PROGRESSION_EXPLAINED: &str = "Attained: the highest level whose applicable criteria, and those of every level below, are all met. Progress to next: the share of the next level's applicable criteria met. Developing, Maturing, Thriving: met / applicable criteria at that level.";

/// A whole self-assessment report.
#[derive(Debug, Clone)]
pub(crate) struct AssessmentReport<'a> {
    /// `Self-assessment: {system}`.
    pub(crate) title: Title,
    /// The edition, the date and how many criteria are answered.
    pub(crate) about: Sentence,
    /// Where the system stands.
    pub(crate) headline: Headline,
    /// A row per sub-section.
    pub(crate) progression: Table,
    /// The gaps toward the target.
    pub(crate) gaps: Gaps<'a>,
}

impl<'a> AssessmentReport<'a> {
    /// The report on `evaluation` with its gaps toward `target`.
    pub(crate) fn new(evaluation: &Evaluation<'a>, target: Target) -> AssessmentReport<'a> {
        let assessment = evaluation.assessment();
        AssessmentReport {
            title: Title {
                kind: "Self-assessment",
                system: assessment.system().to_owned(),
            },
            about: about(assessment),
            headline: headline(evaluation),
            progression: progression(evaluation),
            gaps: gap_list(assessment, target),
        }
    }
}

/// Where a system stands, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Headline {
    /// The level attained overall.
    pub(crate) overall: &'static str,
    /// Each domain, `1 System Leadership, …`, with the level it has attained.
    pub(crate) domains: Vec<(String, &'static str)>,
    /// The sub-sections nearest their next level, in one sentence.
    pub(crate) nearest: String,
}

/// The gaps toward a target, grouped by sub-section, level and theme.
#[derive(Debug, Clone)]
pub(crate) struct Gaps<'a> {
    /// `Gaps toward Maturing`.
    pub(crate) heading: String,
    /// What is said when there is no gap.
    pub(crate) none: Option<&'static str>,
    /// A section per sub-section with a gap.
    pub(crate) subsections: Vec<GapSubsection<'a>>,
}

/// The gaps of one sub-section.
#[derive(Debug, Clone)]
pub(crate) struct GapSubsection<'a> {
    /// `2.3 System control totals, …`.
    pub(crate) name: String,
    /// The levels with a gap, in level order, each with its themes.
    pub(crate) levels: Vec<(&'static str, Vec<GapTheme<'a>>)>,
}

/// The gaps of one theme of one level.
#[derive(Debug, Clone)]
pub(crate) struct GapTheme<'a> {
    /// The theme's name.
    pub(crate) theme: &'static str,
    /// The criteria not yet met.
    pub(crate) gaps: Vec<GapItem<'a>>,
}

/// A criterion not yet met, its status and the system's note.
#[derive(Debug, Clone)]
pub(crate) struct GapItem<'a> {
    /// The criterion.
    pub(crate) criterion: &'a Criterion,
    /// `partial`, `not met` or `not assessed`.
    pub(crate) status: String,
    /// The system's note, from input.
    pub(crate) note: Option<&'a str>,
}

/// The edition, the date and how many criteria are answered:
/// `Matrix edition MHICS-2019 1.0, assessed 2026-10-01. 120 of 200 criteria answered.`
pub(crate) fn about(assessment: &Assessment) -> Sentence {
    let matrix = assessment.matrix();
    let mut runs = vec![Run::Text(format!(
        "Matrix edition {} {}",
        matrix.id(),
        matrix.version()
    ))];
    if let Some(date) = assessment.date() {
        runs.push(Run::Text(", assessed ".to_owned()));
        runs.push(Run::Date(date.to_string()));
    }
    runs.push(Run::Text(format!(
        ". {} of {} criteria answered.",
        assessment.response_count(),
        matrix.criterion_count()
    )));
    runs
}

/// Where the system stands: overall, each domain, the nearest sub-sections.
pub(crate) fn headline(evaluation: &Evaluation) -> Headline {
    let matrix = evaluation.assessment().matrix();
    Headline {
        overall: attained_name(evaluation.overall()),
        domains: evaluation
            .domains()
            .map(|d| {
                let title = matrix.domain(d.id()).map_or("", |d| d.title());
                (format!("{} {title}", d.id()), attained_name(d.attained()))
            })
            .collect(),
        nearest: nearest_sentence(&nearest(evaluation)),
    }
}

/// The progression table: a row per sub-section with the level attained, the next
/// level, the share of the next level's applicable criteria met, and met / applicable
/// at each level.
pub(crate) fn progression(evaluation: &Evaluation) -> Table {
    let matrix = evaluation.assessment().matrix();
    let mut columns = vec![
        Column::words("Sub-section"),
        Column::words("Attained"),
        Column::words("Next"),
        Column::figures("Progress to next", Some("share of its criteria met")),
    ];
    columns.extend(
        Level::ALL
            .into_iter()
            .map(|l| Column::figures(l.name(), Some("met / applicable"))),
    );
    let rows = evaluation
        .subsections()
        .map(|p| {
            let title = matrix.subsection(p.id()).map_or("", |s| s.title());
            let mut row = vec![
                format!("{} {title}", p.id()),
                attained_name(p.attained()).to_owned(),
                p.next().map_or("—", Level::name).to_owned(),
                super::super::percent(p.progress_to_next()),
            ];
            row.extend(p.coverages().map(|c| format!("{}/{}", c.met, c.applicable)));
            row
        })
        .collect();
    Table { columns, rows }
}

/// The gaps toward `target`, grouped by sub-section, level and theme, with notes.
pub(crate) fn gap_list(assessment: &Assessment, target: Target) -> Gaps<'_> {
    let grouped = group(gaps(assessment, target));
    let matrix = assessment.matrix();
    let heading = match target {
        Target::Next => "Gaps toward each sub-section's next level".to_owned(),
        Target::Level(l) => format!("Gaps toward {}", l.name()),
    };
    let subsections: Vec<GapSubsection<'_>> = grouped
        .iter()
        .map(|s| GapSubsection {
            name: format!(
                "{} {}",
                s.id(),
                matrix.subsection(s.id()).map_or("", |s| s.title())
            ),
            levels: s
                .levels
                .iter()
                .map(|l| {
                    let themes = l
                        .themes
                        .iter()
                        .map(|t| GapTheme {
                            theme: t.theme.name(),
                            gaps: t
                                .gaps
                                .iter()
                                .map(|gap| GapItem {
                                    criterion: gap.criterion,
                                    status: gap.status.as_str().replace('_', " "),
                                    note: assessment.note(gap.criterion.id()),
                                })
                                .collect(),
                        })
                        .collect();
                    (l.level.name(), themes)
                })
                .collect(),
        })
        .collect();
    Gaps {
        heading,
        none: subsections
            .is_empty()
            .then_some("None: every sub-section has reached the target."),
        subsections,
    }
}

impl Gaps<'_> {
    /// How many criteria are not yet met.
    #[cfg(feature = "html")]
    pub(crate) fn count(&self) -> usize {
        self.subsections
            .iter()
            .flat_map(|s| &s.levels)
            .flat_map(|(_, themes)| themes)
            .map(|t| t.gaps.len())
            .sum()
    }
}
