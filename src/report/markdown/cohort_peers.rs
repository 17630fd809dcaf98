//! Peer learning for every system of a cohort, in one Markdown document whose size grows
//! linearly with the cohort.

use core::fmt::Write;
use std::collections::BTreeMap;

use crate::cohort::Cohort;
use crate::gaps::Target;
use crate::id::CriterionId;

use super::{item, one_line};
use crate::report::escape::clip;
use crate::report::{PEER_NAME_CHARS, PEER_NOTE_CHARS};

/// Peer learning for every member of `cohort`, in cohort order: for each system, its
/// gaps toward `target` that peers have met, one line each (`- ID (status): met by A, B,
/// C and N more`), with at most [`Cohort::PEERS_PER_GAP`] peers named; then, once for the
/// whole document, the text of every criterion named with the notes of the peers named
/// for it.
///
/// Peers are named without their dates, which the cohort report's list of members gives
/// (a cohort holds one assessment per system). Names are cut at [`PEER_NAME_CHARS`]
/// characters and notes at [`PEER_NOTE_CHARS`]. The document grows linearly with the
/// cohort: for each system, a line per gap; the criteria and the peers' notes once.
///
/// [`peer_learning_markdown`](super::peer_learning) gives one system's peer
/// learning on its own, with each criterion's text in place.
pub fn cohort_peer_learning_markdown(cohort: &Cohort<'_>, target: Target) -> String {
    let mut out = String::new();
    let w = &mut out;
    // Every criterion named, with the notes of the peers named for it: the same few
    // systems (the first in cohort order to meet it) for every section, so each note is
    // written once, in the list of criteria at the end.
    let mut named: BTreeMap<CriterionId, Vec<(&str, &str)>> = BTreeMap::new();
    for (member, learning) in cohort.peer_learning_for_each(target) {
        let _ = writeln!(
            w,
            "## Peer learning for {}\n",
            one_line(member.assessment.system())
        );
        let with_peers = learning.iter().filter(|p| !p.peers.is_empty()).count();
        let _ = writeln!(
            w,
            "{with_peers} of {} gaps toward the next levels have been met by at least one peer system, who may share how.\n",
            learning.len()
        );
        for entry in learning.iter().filter(|p| !p.peers.is_empty()) {
            let id = entry.gap.criterion.id();
            let notes = named.entry(id).or_default();
            let _ = write!(
                w,
                "- `{id}` ({}): met by ",
                entry.gap.status.as_str().replace('_', " ")
            );
            for (i, peer) in entry.peers.iter().enumerate() {
                let sep = match i {
                    0 => "",
                    _ if i + 1 == entry.peers.len() && entry.more == 0 => " and ",
                    _ => ", ",
                };
                let _ = write!(
                    w,
                    "{sep}**{}**",
                    one_line(&clip(peer.system, PEER_NAME_CHARS))
                );
                if let Some(note) = peer.note {
                    // At most one more peer than a section names is ever named for a
                    // criterion (the system asking may be among the first), so this
                    // list stays short and the search cheap.
                    if !notes.iter().any(|(system, _)| *system == peer.system) {
                        notes.push((peer.system, note));
                    }
                }
            }
            if entry.more > 0 {
                let _ = write!(w, " and {} more", entry.more);
            }
            let _ = writeln!(w);
        }
        let _ = writeln!(w);
    }
    if !named.is_empty() {
        let _ = writeln!(
            w,
            "## Criteria named in peer learning\n\nEach criterion, with what the peers named for it say of how they met it.\n"
        );
        for (id, notes) in named {
            if let Some(criterion) = cohort.edition().matrix().criterion(id) {
                item(w, &format!("`{id}`"), criterion);
                for (system, note) in notes {
                    let _ = writeln!(
                        w,
                        "  - **{}**: {}",
                        one_line(&clip(system, PEER_NAME_CHARS)),
                        one_line(&clip(note, PEER_NOTE_CHARS))
                    );
                }
            }
        }
        let _ = writeln!(w);
    }
    out
}
