//! CSV for spreadsheets (RFC 4180: comma-separated, fields quoted where needed, CRLF
//! line ends, a header row). Levels and statuses are written as their stable
//! identifiers; an empty cell means none (no level attained, not assessed).
//!
//! No cell runs as a formula (CSV injection, as OWASP describes it): a cell that would
//! start with `=`, `+`, `-`, `@`, tab or carriage return, such as a note
//! `=HYPERLINK("http://…","click")`, is written with a leading `'`, which spreadsheets
//! take as "text follows"; so is a cell that starts with `'` itself. To read a cell back
//! exactly, remove one leading `'` where there is one (the crate itself reads no CSV).
//! No cell the crate makes up starts with any of these, so only text from input (system
//! names, respondents, notes) is ever changed.

mod perspectives;
mod plan_review;

pub use perspectives::perspectives_csv as perspectives;
pub use plan_review::plan_review_csv as plan_review;

use crate::assessment::{Assessment, Status};
use crate::cohort::peers::PeerGap;
use crate::cohort::Cohort;
use crate::compare::Comparison;
use crate::gaps::Target;
use crate::level::Level;
use crate::progression::Evaluation;

/// One CSV table being written.
pub(super) struct Table {
    pub(super) out: String,
}

impl Table {
    pub(super) fn new(header: &[&str]) -> Table {
        let mut table = Table { out: String::new() };
        table.row(header.iter().copied());
        table
    }

    pub(super) fn row<'s>(&mut self, fields: impl IntoIterator<Item = &'s str>) {
        for (i, field) in fields.into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            let field = &*super::escape::csv_cell(field);
            if field.contains([',', '"', '\n', '\r'])
                || field.starts_with(' ')
                || field.ends_with(' ')
            {
                self.out.push('"');
                self.out.push_str(&field.replace('"', "\"\""));
                self.out.push('"');
            } else {
                self.out.push_str(field);
            }
        }
        self.out.push_str("\r\n");
    }
}

fn level(level: Option<Level>) -> &'static str {
    level.map_or("", Level::as_str)
}

fn status(status: Option<Status>) -> &'static str {
    status.map_or("", Status::as_str)
}

fn share(value: f64) -> String {
    format!("{value:.4}")
}

/// The progression of one assessment: a row per sub-section and level with met,
/// applicable and total criteria, whether the level is complete, and the sub-section's
/// attained and next level.
///
/// Columns: `system, date, subsection, title, level, met, applicable, total, complete,
/// attained, next`.
pub fn progression(evaluation: &Evaluation<'_>) -> String {
    let assessment = evaluation.assessment();
    let mut table = Table::new(&[
        "system",
        "date",
        "subsection",
        "title",
        "level",
        "met",
        "applicable",
        "total",
        "complete",
        "attained",
        "next",
    ]);
    let date = assessment.date().map(|d| d.to_string()).unwrap_or_default();
    for (progress, subsection) in evaluation
        .subsections()
        .zip(assessment.matrix().subsections())
    {
        let id = progress.id().to_string();
        for l in Level::ALL {
            let c = progress.coverage(l);
            let (met, applicable, total) = (
                c.met.to_string(),
                c.applicable.to_string(),
                c.total.to_string(),
            );
            table.row([
                assessment.system(),
                &date,
                &id,
                subsection.title(),
                l.as_str(),
                &met,
                &applicable,
                &total,
                if c.is_complete() { "true" } else { "false" },
                level(progress.attained()),
                level(progress.next()),
            ]);
        }
    }
    table.out
}

/// The gaps of one assessment toward `target`, in matrix order.
///
/// Columns: `id, subsection, level, theme, status, text, note`.
pub fn gaps(assessment: &Assessment, target: Target) -> String {
    let mut table = Table::new(&[
        "id",
        "subsection",
        "level",
        "theme",
        "status",
        "text",
        "note",
    ]);
    for gap in crate::gaps::gaps(assessment, target) {
        let id = gap.criterion.id();
        table.row([
            id.to_string().as_str(),
            &gap.subsection().to_string(),
            gap.level().as_str(),
            gap.theme.name(),
            gap.status.as_str(),
            &gap.criterion.full_text(),
            assessment.note(id).unwrap_or(""),
        ]);
    }
    table.out
}

/// A comparison, a row per criterion in matrix order: the two statuses and the change.
///
/// Columns: `id, subsection, level, theme, before, after, change`.
pub fn comparison(comparison: &Comparison<'_>) -> String {
    let mut table = Table::new(&[
        "id",
        "subsection",
        "level",
        "theme",
        "before",
        "after",
        "change",
    ]);
    for c in comparison.criteria() {
        let id = c.criterion.id();
        table.row([
            id.to_string().as_str(),
            &id.subsection().to_string(),
            id.level().as_str(),
            c.theme.name(),
            status(c.before),
            status(c.after),
            c.change.as_str(),
        ]);
    }
    table.out
}

/// A cohort's sub-sections: a row per member and sub-section with the attained level
/// and coverage at each level, in cohort then matrix order.
///
/// Columns: `system, date, subsection, attained, developing_met, developing_applicable,
/// maturing_met, maturing_applicable, thriving_met, thriving_applicable`.
pub fn cohort_subsections(cohort: &Cohort<'_>) -> String {
    let mut table = Table::new(&[
        "system",
        "date",
        "subsection",
        "attained",
        "developing_met",
        "developing_applicable",
        "maturing_met",
        "maturing_applicable",
        "thriving_met",
        "thriving_applicable",
    ]);
    for member in cohort.members() {
        let date = member
            .assessment
            .date()
            .map(|d| d.to_string())
            .unwrap_or_default();
        for progress in member.evaluation.subsections() {
            let mut fields = vec![
                member.assessment.system().to_owned(),
                date.clone(),
                progress.id().to_string(),
                level(progress.attained()).to_owned(),
            ];
            for c in progress.coverages() {
                fields.push(c.met.to_string());
                fields.push(c.applicable.to_string());
            }
            table.row(fields.iter().map(String::as_str));
        }
    }
    table.out
}

/// A cohort's criteria: a row per criterion with how many members gave each status and
/// the share that meet it.
///
/// Columns: `id, subsection, level, theme, met, partial, not_met, not_applicable,
/// not_assessed, systems, share_met, share_met_of_applicable`.
pub fn cohort_criteria(cohort: &Cohort<'_>) -> String {
    let mut table = Table::new(&[
        "id",
        "subsection",
        "level",
        "theme",
        "met",
        "partial",
        "not_met",
        "not_applicable",
        "not_assessed",
        "systems",
        "share_met",
        "share_met_of_applicable",
    ]);
    for s in cohort.criterion_shares() {
        let id = s.criterion.id();
        let counts = [
            s.met,
            s.partial,
            s.not_met,
            s.not_applicable,
            s.not_assessed,
            s.systems,
        ]
        .map(|n| n.to_string());
        let mut fields = vec![
            id.to_string(),
            id.subsection().to_string(),
            id.level().as_str().to_owned(),
            s.theme.name().to_owned(),
        ];
        fields.extend(counts);
        fields.push(share(s.share()));
        fields.push(share(s.share_of_applicable()));
        table.row(fields.iter().map(String::as_str));
    }
    table.out
}

/// Peer learning for one system: a row per gap and peer named (at most
/// [`Cohort::PEERS_PER_GAP`](crate::cohort::Cohort::PEERS_PER_GAP) per gap; a gap with no peer
/// gets one row with an empty peer), with how many more peers have met it.
///
/// Columns: `id, subsection, level, theme, status, peer, peer_date, peer_note,
/// more_peers`.
pub fn peer_learning(learning: &[PeerGap<'_>]) -> String {
    let mut table = Table::new(&[
        "id",
        "subsection",
        "level",
        "theme",
        "status",
        "peer",
        "peer_date",
        "peer_note",
        "more_peers",
    ]);
    for item in learning {
        let gap = &item.gap;
        let id = gap.criterion.id().to_string();
        let subsection = gap.subsection().to_string();
        let lead = [
            id.as_str(),
            subsection.as_str(),
            gap.level().as_str(),
            gap.theme.name(),
            gap.status.as_str(),
        ];
        let more = item.more.to_string();
        if item.peers.is_empty() {
            table.row(lead.into_iter().chain(["", "", "", more.as_str()]));
        }
        for peer in &item.peers {
            let date = peer.date.map(|d| d.to_string()).unwrap_or_default();
            table.row(lead.into_iter().chain([
                peer.system,
                date.as_str(),
                peer.note.unwrap_or(""),
                more.as_str(),
            ]));
        }
    }
    table.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_where_needed() {
        let mut t = Table::new(&["a", "b"]);
        t.row(["plain", "with, comma"]);
        t.row(["say \"hi\"", "two\nlines"]);
        t.row([" padded", ""]);
        assert_eq!(
            t.out,
            "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\" padded\",\r\n"
        );
    }
}
