//! Cohorts in Markdown: the cohort report and one system's peer learning.

use core::fmt::Write;

use crate::assessment::Assessment;
use crate::cohort::peers::PeerGap;
use crate::cohort::Cohort;
use crate::level::Level;

use super::super::escape::clip;
use super::super::{
    apart, attained_name, escape, NOT_A_RATING, PEER_NAME_CHARS, PEER_NOTE_CHARS,
    VARIATION_EXPLAINED,
};
use super::{item, one_line};

/// How many criteria a cohort report lists as varying most.
const MOST_VARIED: usize = 10;

/// A cohort report: overall attainment, the distribution of attained levels per
/// sub-section, a heatmap table of each member's attained level per sub-section, and
/// where the members vary most.
pub fn cohort_markdown(cohort: &Cohort<'_>) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# Cohort of {} self-assessments\n", cohort.len());
    for (i, member) in cohort.members().iter().enumerate() {
        let _ = writeln!(
            w,
            "{}. {} — overall: {}",
            i + 1,
            one_line(&member.label()),
            attained_name(member.evaluation.overall())
        );
    }
    let _ = writeln!(w);
    let _ = writeln!(
        w,
        "Matrix edition {} {}. {NOT_A_RATING} The systems learn from each other; they are not ranked.\n",
        cohort.edition().matrix().id(),
        cohort.edition().matrix().version()
    );
    let _ = writeln!(w, "## Attained levels by sub-section\n");
    let _ = writeln!(
        w,
        "How many assessments stand at each level in each sub-section: each counted once, at the highest level it has attained (Not yet Developing: Developing is not complete).\n"
    );
    let _ = writeln!(
        w,
        "| Sub-section | Not yet Developing | Developing | Maturing | Thriving | How far apart |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|");
    for (id, d) in cohort.distributions() {
        let title = cohort
            .edition()
            .matrix()
            .subsection(id)
            .map_or("", |s| s.title());
        let _ = writeln!(
            w,
            "| {id} {} | {} | {} | {} | {} | {} |",
            escape(title),
            d.none,
            d.developing,
            d.maturing,
            d.thriving,
            apart(&d)
        );
    }
    let d = cohort.overall_distribution();
    let _ = writeln!(
        w,
        "| **Overall** | {} | {} | {} | {} | {} |\n",
        d.none,
        d.developing,
        d.maturing,
        d.thriving,
        apart(&d)
    );
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
    let _ = writeln!(w, "## Where the assessments vary most\n");
    let subsections = cohort.most_varied_subsections(MOST_VARIED);
    if subsections.is_empty() {
        let _ = writeln!(
            w,
            "Every sub-section stands at the same level in every assessment.\n"
        );
    } else {
        let _ = writeln!(
            w,
            "Sub-sections whose attained levels are furthest apart, most first:\n"
        );
        for (id, d) in &subsections {
            let title = cohort
                .edition()
                .matrix()
                .subsection(*id)
                .map_or("", |s| s.title());
            let _ = writeln!(
                w,
                "- {id} {title}: {} (assessments at each level: Not yet Developing {}, Developing {}, Maturing {}, Thriving {})",
                apart(d),
                d.none,
                d.developing,
                d.maturing,
                d.thriving
            );
        }
        let _ = writeln!(w);
    }
    let criteria = cohort.most_varied_criteria(MOST_VARIED);
    if criteria.is_empty() {
        let _ = writeln!(
            w,
            "Every criterion is answered alike in every assessment.\n"
        );
    } else {
        let _ = writeln!(w, "Criteria met by some and not by others:\n");
        for s in &criteria {
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
