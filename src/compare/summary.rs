//! A comparison in numbers: how many criteria changed each way, and which sub-sections
//! moved; its `Display` is a short readable paragraph.

use core::fmt;

use crate::assessment::Assessment;
use crate::level::attained_name;

use super::change::{Change, Movement, SubSectionChange};
use super::Comparison;

impl Comparison<'_> {
    /// Counts of what changed; its `Display` is a readable summary.
    pub fn summary(&self) -> Summary<'_> {
        let mut changes = [0usize; 5];
        let mut moved_while_open = 0;
        for c in self.criteria() {
            changes[c.change as usize] += 1;
            if c.change == Change::StillOpen && c.status_changed() {
                moved_while_open += 1;
            }
        }
        Summary {
            comparison: self,
            changes,
            moved_while_open,
        }
    }
}

/// What changed between two assessments, in numbers; `Display` writes it as a short
/// readable paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Summary<'c> {
    comparison: &'c Comparison<'c>,
    changes: [usize; 5],
    moved_while_open: usize,
}

impl Summary<'_> {
    /// How many criteria changed this way.
    pub fn count(&self, change: Change) -> usize {
        self.changes[change as usize]
    }

    /// How many still-open criteria had their status changed (e.g. `not_met` to
    /// `partial`).
    pub fn moved_while_open(&self) -> usize {
        self.moved_while_open
    }

    /// The sub-sections that moved `movement`, in matrix order.
    pub fn subsections(&self, movement: Movement) -> impl Iterator<Item = SubSectionChange> + '_ {
        self.comparison
            .subsections()
            .filter(move |s| s.movement() == movement)
    }
}

fn dated(assessment: &Assessment) -> String {
    assessment
        .date()
        .map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

fn list(ids: impl Iterator<Item = String>) -> String {
    ids.collect::<Vec<_>>().join(", ")
}

impl fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.comparison;
        let (before, after) = c.overall();
        write!(
            f,
            "{}, {} to {}: {} criteria newly met, {} regressed, {} still open ({} of them with a \
             changed status), {} still met, {} not applicable.",
            c.after.system(),
            dated(c.before),
            dated(c.after),
            self.count(Change::NewlyMet),
            self.count(Change::Regressed),
            self.count(Change::StillOpen),
            self.moved_while_open,
            self.count(Change::StillMet),
            self.count(Change::NotApplicable),
        )?;
        for (movement, verb) in [(Movement::Up, "moved up"), (Movement::Down, "moved down")] {
            let moved: Vec<String> = self
                .subsections(movement)
                .map(|s| {
                    format!(
                        "{} {} to {}",
                        s.after.id(),
                        attained_name(s.before.attained()),
                        attained_name(s.after.attained())
                    )
                })
                .collect();
            match moved.len() {
                0 => write!(f, " No sub-section {verb}.")?,
                1 => write!(f, " 1 sub-section {verb}: {}.", list(moved.into_iter()))?,
                n => write!(f, " {n} sub-sections {verb}: {}.", list(moved.into_iter()))?,
            }
        }
        if before == after {
            write!(
                f,
                " Overall attainment unchanged: {}.",
                attained_name(after)
            )
        } else {
            write!(
                f,
                " Overall: {} to {}.",
                attained_name(before),
                attained_name(after)
            )
        }
    }
}
