//! Peer learning in time linear in the cohort: an index, made once per call over the
//! cohort, of who has met each criterion.

use std::collections::HashMap;

use crate::assessment::{Assessment, Status};
use crate::cohort::{Cohort, Peer, PeerGap, PEERS_PER_GAP};
use crate::edition::Edition;
use crate::gaps::{gaps, Target};
use crate::id::CriterionId;
use crate::name::key as name_key;

/// The members that have met one criterion: how many, and the first few in cohort order.
#[derive(Debug, Default)]
struct Met {
    count: usize,
    first: Vec<usize>,
}

/// Who has met each criterion, and which member stands for each system.
pub(crate) struct PeerIndex<'c, 'a, E: Edition> {
    cohort: &'c Cohort<'a, E>,
    systems: HashMap<String, usize>,
    met: HashMap<CriterionId, Met>,
}

impl<'c, 'a, E: Edition> PeerIndex<'c, 'a, E> {
    pub(crate) fn new(cohort: &'c Cohort<'a, E>) -> Self {
        let mut systems = HashMap::with_capacity(cohort.len());
        let mut met: HashMap<CriterionId, Met> = HashMap::new();
        for (i, member) in cohort.members().iter().enumerate() {
            systems
                .entry(name_key(member.assessment.system()))
                .or_insert(i);
            for (id, status, _) in member.assessment.responses() {
                if status == Status::Met {
                    let entry = met.entry(id).or_default();
                    entry.count += 1;
                    // One more than shown, in case one is the system asking.
                    if entry.first.len() <= PEERS_PER_GAP {
                        entry.first.push(i);
                    }
                }
            }
        }
        PeerIndex {
            cohort,
            systems,
            met,
        }
    }

    /// Peer learning for `assessment`: see [`Cohort::peer_learning`].
    pub(crate) fn learning(&self, assessment: &Assessment<E>, target: Target) -> Vec<PeerGap<'a>> {
        let members = self.cohort.members();
        let own = self.systems.get(&name_key(assessment.system())).copied();
        gaps(assessment, target)
            .map(|gap| {
                let id = gap.criterion.id();
                let Some(met) = self.met.get(&id) else {
                    return PeerGap {
                        gap,
                        peers: Vec::new(),
                        more: 0,
                    };
                };
                let own_met =
                    own.is_some_and(|o| members[o].assessment.status(id) == Some(Status::Met));
                let peers: Vec<Peer<'a>> = met
                    .first
                    .iter()
                    .filter(|&&i| Some(i) != own)
                    .take(PEERS_PER_GAP)
                    .map(|&i| {
                        let peer: &'a Assessment<E> = members[i].assessment;
                        Peer {
                            system: peer.system(),
                            date: peer.date(),
                            note: peer.note(id),
                        }
                    })
                    .collect();
                let more = met.count - usize::from(own_met) - peers.len();
                PeerGap { gap, peers, more }
            })
            .collect()
    }
}
