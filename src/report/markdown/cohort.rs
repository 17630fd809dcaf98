//! Cohorts in Markdown: the cohort report and one system's peer learning.

use core::fmt::Write;

use crate::assessment::Assessment;
use crate::cohort::peers::PeerGap;
use crate::cohort::Cohort;
use crate::level::Level;

use super::super::content::cohort::{
    CohortReport, DISTRIBUTION_EXPLAINED, DISTRIBUTION_HEADING, VARIED_HEADING,
};
use super::super::escape::clip;
use super::super::{PEER_NAME_CHARS, PEER_NOTE_CHARS, VARIATION_EXPLAINED};
use super::{item, one_line, table};

/// A cohort report: overall attainment, the distribution of attained levels per
/// sub-section, a heatmap table of each member's attained level per sub-section, and
/// where the members vary most.
pub fn cohort_markdown(cohort: &Cohort<'_>) -> String {
    let report = CohortReport::new(cohort);
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# Cohort of {} self-assessments\n", cohort.len());
    for (i, member) in report.members.iter().enumerate() {
        let _ = writeln!(
            w,
            "{}. {} — overall: {}",
            i + 1,
            one_line(&member.label),
            member.overall
        );
    }
    let _ = writeln!(w);
    let _ = writeln!(w, "{}\n", report.about);
    let _ = writeln!(w, "## {DISTRIBUTION_HEADING}\n");
    let _ = writeln!(w, "{DISTRIBUTION_EXPLAINED}\n");
    table(w, &report.distribution);
    if let [name, cells @ ..] = report.overall.as_slice() {
        let _ = writeln!(w, "| **{name}** | {} |\n", cells.join(" | "));
    }
    let _ = writeln!(w, "{VARIATION_EXPLAINED}\n");
    let _ = writeln!(w, "## Heatmap\n");
    let _ = writeln!(
        w,
        "The level each assessment (numbered as above) has attained in each sub-section: · Not yet Developing, D Developing, M Maturing, T Thriving.\n"
    );
    let _ = write!(w, "| Sub-section |");
    for i in 1..=cohort.len() {
        let _ = write!(w, " {i} |");
    }
    let _ = writeln!(w);
    let _ = write!(w, "|---|");
    for _ in cohort.members() {
        let _ = write!(w, "---|");
    }
    let _ = writeln!(w);
    for id in cohort.edition().matrix().subsections().map(|s| s.id()) {
        let _ = write!(w, "| {id} |");
        for member in cohort.members() {
            let attained = member.evaluation.subsection(id).and_then(|s| s.attained());
            let mark = attained.map_or("·", |l| match l {
                Level::Developing => "D",
                Level::Maturing => "M",
                Level::Thriving => "T",
            });
            let _ = write!(w, " {mark} |");
        }
        let _ = writeln!(w);
    }
    let _ = writeln!(w);
    let _ = writeln!(w, "## {VARIED_HEADING}\n");
    let subsections = &report.varied_subsections;
    if subsections.items.is_empty() {
        let _ = writeln!(w, "{}\n", subsections.none);
    } else {
        let _ = writeln!(w, "{}, most first:\n", subsections.heading);
        for line in &subsections.items {
            let _ = writeln!(w, "- {line}");
        }
        let _ = writeln!(w);
    }
    let criteria = &report.varied_criteria;
    if criteria.items.is_empty() {
        let _ = writeln!(w, "{}\n", criteria.none);
    } else {
        let _ = writeln!(w, "{}:\n", criteria.heading);
        for s in &criteria.items {
            let lead = format!(
                "`{}` met by {} of {} for whom it applies:",
                s.criterion.id(),
                s.met,
                s.applicable()
            );
            item(w, &lead, s.criterion);
        }
        let _ = writeln!(w);
    }
    out
}

/// Peer learning for one system: each gap toward `target` (grouped by sub-section and
/// level) with the peers that have met it and their notes (at most
/// [`Cohort::PEERS_PER_GAP`](crate::cohort::Cohort::PEERS_PER_GAP) of them, then how many more;
/// names cut at [`PEER_NAME_CHARS`](crate::report::PEER_NAME_CHARS) characters and notes at
/// [`PEER_NOTE_CHARS`](crate::report::PEER_NOTE_CHARS)). Gaps no peer has met yet are counted,
/// not listed.
pub fn peer_learning_markdown(assessment: &Assessment, learning: &[PeerGap<'_>]) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "## Peer learning for {}\n",
        one_line(assessment.system())
    );
    let with_peers: Vec<&PeerGap<'_>> = learning.iter().filter(|p| !p.peers.is_empty()).collect();
    let _ = writeln!(
        w,
        "{} of {} gaps toward the next levels have been met by at least one peer system, who may share how.\n",
        with_peers.len(),
        learning.len()
    );
    let mut heading = None;
    for entry in with_peers {
        let gap = &entry.gap;
        if heading != Some((gap.subsection(), gap.level())) {
            heading = Some((gap.subsection(), gap.level()));
            let title = assessment
                .matrix()
                .subsection(gap.subsection())
                .map_or("", |s| s.title());
            let _ = writeln!(
                w,
                "### {} {} — {}\n",
                gap.subsection(),
                title,
                gap.level().name()
            );
        }
        let lead = format!(
            "`{}` ({})",
            gap.criterion.id(),
            gap.status.as_str().replace('_', " ")
        );
        item(w, &lead, gap.criterion);
        let _ = writeln!(w, "\n  Met by:\n");
        for peer in &entry.peers {
            let _ = write!(
                w,
                "  - **{}**",
                one_line(&clip(peer.system, PEER_NAME_CHARS))
            );
            if let Some(date) = peer.date {
                let _ = write!(w, " ({date})");
            }
            if let Some(note) = peer.note {
                let _ = write!(w, ": {}", one_line(&clip(note, PEER_NOTE_CHARS)));
            }
            let _ = writeln!(w);
        }
        if entry.more > 0 {
            let plural = if entry.more == 1 { "" } else { "s" };
            let _ = writeln!(w, "  - and {} more peer system{plural}", entry.more);
        }
        let _ = writeln!(w);
    }
    out
}
