//! Peer learning in time linear in the cohort: an index, made once per call over the
//! cohort's assessments, of who has met each criterion; and what it gives, a
//! [`PeerGap`] per gap with its [`Peer`]s.

use std::collections::HashMap;

use crate::assessment::{Assessment, Status};
use crate::date::Date;
use crate::gaps::{gaps, Gap, Target};
use crate::id::CriterionId;
use crate::name::key as name_key;

/// A system in the cohort that has met a criterion another system has not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Peer<'a> {
    /// The peer system.
    pub system: &'a str,
    /// The date of its assessment, if given.
    pub date: Option<Date>,
    /// Its note on the criterion, if any: often how it was done.
    pub note: Option<&'a str>,
}

/// One gap of a system, with the peers that have met the criterion.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PeerGap<'a> {
    /// The gap.
    pub gap: Gap,
    /// Systems of the cohort (other than the one with the gap) that have met the
    /// criterion: the first [`Cohort::PEERS_PER_GAP`](crate::cohort::Cohort::PEERS_PER_GAP) in cohort order.
    pub peers: Vec<Peer<'a>>,
    /// How many more systems of the cohort have met it, beyond those in `peers`.
    pub more: usize,
}

/// The most peers [`Cohort::peer_learning`](crate::cohort::Cohort::peer_learning) names for one gap; the rest are counted.
pub(crate) const PEERS_PER_GAP: usize = 3;

/// The members that have met one criterion: how many, and the first few in cohort order.
#[derive(Debug, Default)]
struct Met {
    count: usize,
    first: Vec<usize>,
}

/// Who has met each criterion, and which member stands for each system.
pub(crate) struct PeerIndex<'a> {
    members: Vec<&'a Assessment>,
    systems: HashMap<String, usize>,
    met: HashMap<CriterionId, Met>,
}

impl<'a> PeerIndex<'a> {
    /// The index of a cohort's `members`' assessments, in cohort order.
    pub(crate) fn new(members: impl IntoIterator<Item = &'a Assessment>) -> Self {
        let members: Vec<&'a Assessment> = members.into_iter().collect();
        let mut systems = HashMap::with_capacity(members.len());
        let mut met: HashMap<CriterionId, Met> = HashMap::new();
        for (i, member) in members.iter().enumerate() {
            systems.entry(name_key(member.system())).or_insert(i);
            for (id, status, _) in member.responses() {
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
            members,
            systems,
            met,
        }
    }

    /// Peer learning for `assessment`: see [`Cohort::peer_learning`](crate::cohort::Cohort::peer_learning).
    pub(crate) fn learning(&self, assessment: &Assessment, target: Target) -> Vec<PeerGap<'a>> {
        let members = &self.members;
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
                let own_met = own.is_some_and(|o| members[o].status(id) == Some(Status::Met));
                let peers: Vec<Peer<'a>> = met
                    .first
                    .iter()
                    .filter(|&&i| Some(i) != own)
                    .take(PEERS_PER_GAP)
                    .map(|&i| {
                        let peer: &'a Assessment = members[i];
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
