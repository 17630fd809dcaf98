//! The headline of a report in words, shared by Markdown, HTML and SVG: where a system
//! stands overall and in each domain, and which sub-sections are nearest their next
//! level ("2.3 and 3.5 are one criterion from Developing").
//!
//! Every sentence is built from the matrix and the evaluation only, never from text
//! given as input, so it needs no escaping beyond what each format does anyway.

use crate::id::SubSectionId;
use crate::level::Level;
use crate::model::Matrix;
use crate::progression::Evaluation;

/// The sub-sections that need the fewest criteria to reach their next level, grouped by
/// that level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Nearest {
    /// The level they are working towards.
    pub(crate) level: Level,
    /// How many applicable criteria of that level each still has to meet.
    pub(crate) remaining: u16,
    /// The sub-sections, in matrix order.
    pub(crate) subsections: Vec<SubSectionId>,
    /// The same sub-sections as people say them: `2.3 System control totals, ...`.
    pub(crate) names: Vec<String>,
}

/// A sub-section as people say it: its number and title, `2.3 System control totals,
/// operating plans and financial risk sharing`.
pub(crate) fn subsection_name(matrix: &Matrix, id: SubSectionId) -> String {
    match matrix.subsection(id) {
        Some(s) => format!("{id} {}", s.title()),
        None => id.to_string(),
    }
}

/// The sub-sections nearest their next level: those with the fewest applicable criteria
/// of their next level still to meet, grouped by that level in level order. Empty when
/// every sub-section has attained Thriving.
pub(crate) fn nearest(evaluation: &Evaluation) -> Vec<Nearest> {
    let open: Vec<(SubSectionId, Level, u16)> = evaluation
        .subsections()
        .filter_map(|s| {
            let next = s.next()?;
            Some((s.id(), next, s.coverage(next).remaining()))
        })
        .collect();
    let Some(fewest) = open.iter().map(|(_, _, r)| *r).min() else {
        return Vec::new();
    };
    Level::ALL
        .into_iter()
        .filter_map(|level| {
            let subsections: Vec<SubSectionId> = open
                .iter()
                .filter(|(_, l, r)| *l == level && *r == fewest)
                .map(|(id, _, _)| *id)
                .collect();
            let names = subsections
                .iter()
                .map(|&id| subsection_name(evaluation.assessment().matrix(), id))
                .collect();
            (!subsections.is_empty()).then_some(Nearest {
                level,
                remaining: fewest,
                subsections,
                names,
            })
        })
        .collect()
}

/// `n` things in words: `one criterion`, `two criteria`, ... `ten criteria`, then
/// figures (`12 criteria`).
pub(crate) fn count(n: usize, singular: &str, plural: &str) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let number = WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned());
    format!("{number} {}", if n == 1 { singular } else { plural })
}

/// Items joined in words: `a`, `a and b`, `a, b and c`.
#[cfg(any(feature = "html", test))]
pub(crate) fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// One sentence on the sub-sections nearest their next level, named as people say
/// them, each with the level it is nearest, e.g. `Nearest their next level, one
/// criterion from it: 2.3 System control totals, ... (Developing); 1.1 Strong
/// collaborative ... (Maturing).`, or that every sub-section has attained Thriving.
pub(crate) fn nearest_sentence(nearest: &[Nearest]) -> String {
    if nearest.is_empty() {
        return "Every sub-section has attained Thriving.".to_owned();
    }
    let remaining = nearest.first().map_or(0, |n| n.remaining);
    let parts: Vec<String> = nearest
        .iter()
        .flat_map(|n| {
            n.names
                .iter()
                .map(|name| format!("{name} ({})", n.level.name()))
        })
        .collect();
    format!(
        "Nearest their next level, {} from it: {}.",
        count(usize::from(remaining), "criterion", "criteria"),
        parts.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Assessment, Status};
    use crate::progression::evaluate;

    #[test]
    fn counts_read_in_words_up_to_ten() {
        assert_eq!(count(1, "criterion", "criteria"), "one criterion");
        assert_eq!(count(3, "criterion", "criteria"), "three criteria");
        assert_eq!(count(12, "criterion", "criteria"), "12 criteria");
        assert_eq!(
            and_list(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
    }

    #[test]
    fn the_nearest_sub_sections_are_those_with_fewest_criteria_to_go() -> Result<(), crate::Error> {
        let mut builder = Assessment::builder("Example ICS");
        // Every criterion met but one of 2.3 Developing and one of 3.5 Developing.
        for criterion in crate::content::MATRIX.criteria() {
            let id = criterion.id().to_string();
            let status = if id == "2.3-D1" || id == "3.5-D2" {
                Status::NotMet
            } else if id.contains("-D") {
                Status::Met
            } else {
                Status::NotMet
            };
            builder = builder.respond(&id, status);
        }
        let assessment = builder.build()?;
        let evaluation = evaluate(&assessment);
        let nearest = nearest(&evaluation);
        assert_eq!(nearest.len(), 1);
        assert_eq!(
            nearest_sentence(&nearest),
            "Nearest their next level, one criterion from it: 2.3 System control totals, operating plans and financial risk sharing (Developing); 3.5 The prevention agenda and addressing health inequalities (Developing)."
        );
        Ok(())
    }
}
