//! The usual way to join several partners' answers, for comparison: each respondent's
//! answers in a `HashMap` keyed by criterion ID string, and the rules of
//! partners' perspectives applied criterion by criterion, written plainly.

#![allow(dead_code)]

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Met,
    Partial,
    NotMet,
    NotApplicable,
}

/// What the rules give for one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Consolidated {
    /// `None` when no one answered.
    pub status: Option<Status>,
    pub spread: u8,
    pub applicability_disputed: bool,
}

fn score(status: Status) -> Option<u8> {
    match status {
        Status::Met => Some(2),
        Status::Partial => Some(1),
        Status::NotMet => Some(0),
        Status::NotApplicable => None,
    }
}

/// The rules for one criterion, from the answers given.
pub fn rules(answers: &[Status]) -> Consolidated {
    let applicable: Vec<Status> = answers
        .iter()
        .copied()
        .filter(|s| *s != Status::NotApplicable)
        .collect();
    let status = if answers.is_empty() {
        None
    } else if applicable.is_empty() {
        Some(Status::NotApplicable)
    } else if applicable.iter().all(|s| *s == Status::Met) {
        Some(Status::Met)
    } else if applicable.iter().all(|s| *s == Status::NotMet) {
        Some(Status::NotMet)
    } else {
        Some(Status::Partial)
    };
    let scores: Vec<u8> = applicable.iter().filter_map(|s| score(*s)).collect();
    let spread = match (scores.iter().max(), scores.iter().min()) {
        (Some(max), Some(min)) if scores.len() >= 2 => max - min,
        _ => 0,
    };
    Consolidated {
        status,
        spread,
        applicability_disputed: !applicable.is_empty() && applicable.len() < answers.len(),
    }
}

/// The rules for every criterion of `ids`, over each respondent's answers.
pub fn consolidate<'i>(
    ids: &'i [String],
    respondents: &[HashMap<String, Status>],
) -> HashMap<&'i str, Consolidated> {
    let mut out = HashMap::with_capacity(ids.len());
    for id in ids {
        let answers: Vec<Status> = respondents
            .iter()
            .filter_map(|r| r.get(id).copied())
            .collect();
        out.insert(id.as_str(), rules(&answers));
    }
    out
}
