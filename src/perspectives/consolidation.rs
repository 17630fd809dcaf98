//! The rules of consolidation applied word by word: [`Consolidation`] of any number of
//! assessments, from the word planes that [`consolidate_words`] writes over their status
//! sets.

use crate::assessment::{Assessment, Status};
use crate::edition::Edition;
use crate::error::Conflict;
use crate::id::CriterionId;
use crate::layout::{self, Set};

/// The word planes that [`consolidate_words`] writes, one bit per criterion slot, all of
/// the same length.
pub(crate) struct Planes<'o> {
    /// The consolidated status sets, in the order of [`Status::ALL`].
    pub(crate) statuses: [&'o mut [u64]; 4],
    /// Criteria of spread 1.
    pub(crate) spread_one: &'o mut [u64],
    /// Criteria of spread 2.
    pub(crate) spread_two: &'o mut [u64],
    /// Criteria whose applicability is disputed.
    pub(crate) disputed: &'o mut [u64],
    /// Criteria answered (with any status) by two or more respondents.
    pub(crate) shared: &'o mut [u64],
}

impl Planes<'_> {
    /// How many words every plane has.
    fn len(&self) -> usize {
        let [m, p, n, a] = &self.statuses;
        [m.len(), p.len(), n.len(), a.len()]
            .into_iter()
            .chain([
                self.spread_one.len(),
                self.spread_two.len(),
                self.disputed.len(),
                self.shared.len(),
            ])
            .min()
            .unwrap_or(0)
    }
}

/// Applies the rules of consolidation, spread and disputed applicability to every
/// criterion at once, from each respondent's status sets (`[met, partial, not_met,
/// not_applicable]` words, in the order of [`Status::ALL`]).
///
/// While respondents are added, the status planes hold the criteria answered with each
/// status by *any* respondent so far, and `shared` those answered by two or more (a
/// criterion answered now and by anyone before). Then, per word, with `m`, `p`, `n`, `a`
/// the criteria someone answered met, partial, not met, not applicable and `s = m | p | n`
/// those with an answer that is not `not_applicable`:
///
/// - consolidated met = `m & !p & !n`, not met = `n & !m & !p`, partial = the rest of
///   `s`, not applicable = `a & !s` (every answer not applicable), not assessed = none;
/// - spread 2 = `m & n`; spread 1 = `p & (m | n)` outside spread 2;
/// - applicability disputed = `a & s`.
///
/// Works on any layout: it only needs every set to be the same words.
pub(crate) fn consolidate_words<'s>(
    respondents: impl IntoIterator<Item = [&'s [u64]; 4]>,
    planes: &mut Planes<'_>,
) {
    let len = planes.len();
    for plane in planes.statuses.iter_mut() {
        plane.fill(0);
    }
    planes.shared.fill(0);
    for sets in respondents {
        let len = sets.iter().map(|s| s.len()).fold(len, usize::min);
        let [met, partial, not_met, not_applicable] = sets;
        let [am, ap, an, aa] = &mut planes.statuses;
        for w in 0..len {
            let answered = met[w] | partial[w] | not_met[w] | not_applicable[w];
            let seen = am[w] | ap[w] | an[w] | aa[w];
            planes.shared[w] |= seen & answered;
            am[w] |= met[w];
            ap[w] |= partial[w];
            an[w] |= not_met[w];
            aa[w] |= not_applicable[w];
        }
    }
    let [am, ap, an, aa] = &mut planes.statuses;
    for w in 0..len {
        let (m, p, n, a) = (am[w], ap[w], an[w], aa[w]);
        let scored = m | p | n;
        let met = m & !p & !n;
        let not_met = n & !m & !p;
        am[w] = met;
        ap[w] = scored & !(met | not_met);
        an[w] = not_met;
        aa[w] = a & !scored;
        planes.spread_two[w] = m & n;
        planes.spread_one[w] = p & (m | n) & !(m & n);
        planes.disputed[w] = a & scored;
    }
}

/// Whether `set` holds criterion `id`: the one place this module knows how a criterion's
/// slot maps to a word and a bit.
fn holds(edition: Edition, set: &[u64], id: CriterionId) -> bool {
    edition
        .layout()
        .slot(id)
        .is_some_and(|slot| layout::has(set, slot))
}

/// The rules of partners' perspectives applied to every criterion of several
/// assessments: consolidated status, spread, disputed applicability, computed with word
/// operations over the assessments' status sets. Computing it allocates only its own
/// sets (eight, one word per sub-section and level each), whatever the number of
/// assessments.
///
/// It does not check that the assessments belong together;
/// [`Perspectives::new`](super::Perspectives::new) does.
///
/// ```
/// use mhics::perspectives::Consolidation;
/// use mhics::{Assessment, Status};
///
/// let trust = Assessment::builder("Riverside").respond("1.1-D1", Status::Met).build()?;
/// let council = Assessment::builder("Riverside").respond("1.1-D1", Status::NotMet).build()?;
/// let c = Consolidation::of([&trust, &council])?;
/// let id = "1.1-D1".parse()?;
/// assert_eq!(c.status(id), Some(Status::Partial));
/// assert_eq!(c.spread(id), 2);
/// assert!(c.is_contested(id));
/// assert_eq!(c.status("1.1-D2".parse()?), None); // answered by no one: not assessed
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Consolidation {
    pub(super) edition: Edition,
    statuses: [Set; 4],
    spread_one: Set,
    spread_two: Set,
    disputed: Set,
    shared: Set,
    respondents: usize,
}

impl Consolidation {
    /// Applies the rules to `assessments` (in any order: the results do not depend on
    /// it), all of one edition: [`Conflict::MixedEditions`]
    /// otherwise. No assessments give an empty consolidation of the built-in edition.
    pub fn of<'a>(
        assessments: impl IntoIterator<Item = &'a Assessment>,
    ) -> Result<Consolidation, Conflict> {
        let mut assessments = assessments.into_iter().peekable();
        let edition = assessments
            .peek()
            .map_or_else(Edition::default, |a| a.edition());
        // The first assessment of another edition, if any: the rest are not read.
        let mut other: Option<Edition> = None;
        let empty = || edition.layout().empty_set();
        let mut c: Consolidation = Consolidation {
            edition,
            statuses: [empty(), empty(), empty(), empty()],
            spread_one: empty(),
            spread_two: empty(),
            disputed: empty(),
            shared: empty(),
            respondents: 0,
        };
        let mut respondents = 0;
        {
            let [m, p, n, a]: &mut [Set; 4] = &mut c.statuses;
            let mut planes = Planes {
                statuses: [m.as_mut(), p.as_mut(), n.as_mut(), a.as_mut()],
                spread_one: c.spread_one.as_mut(),
                spread_two: c.spread_two.as_mut(),
                disputed: c.disputed.as_mut(),
                shared: c.shared.as_mut(),
            };
            let sets = assessments
                .take_while(|assessment| {
                    let same = assessment.edition() == edition;
                    if !same {
                        other = Some(assessment.edition());
                    }
                    same
                })
                .map(|assessment| {
                    respondents += 1;
                    Status::ALL.map(|status| assessment.status_words(status))
                });
            consolidate_words(sets, &mut planes);
        }
        if let Some(other) = other {
            return Err(Conflict::MixedEditions {
                action: "consolidate",
                first: edition.to_string(),
                second: other.to_string(),
            });
        }
        c.respondents = respondents;
        Ok(c)
    }

    /// How many assessments were consolidated.
    pub const fn respondents(&self) -> usize {
        self.respondents
    }

    /// The consolidated status of a criterion; `None` when no one answered it (or it is
    /// not in the matrix).
    pub fn status(&self, id: CriterionId) -> Option<Status> {
        Status::ALL
            .into_iter()
            .zip(&self.statuses)
            .find_map(|(status, set)| holds(self.edition, set, id).then_some(status))
    }

    /// The spread of the answers to a criterion: 0, 1 or 2.
    pub fn spread(&self, id: CriterionId) -> u8 {
        if holds(self.edition, &self.spread_two, id) {
            2
        } else {
            u8::from(holds(self.edition, &self.spread_one, id))
        }
    }

    /// Whether some answered a criterion `not_applicable` and others did not.
    pub fn applicability_disputed(&self, id: CriterionId) -> bool {
        holds(self.edition, &self.disputed, id)
    }

    /// Whether a criterion is contested: spread 1 or more, or applicability disputed.
    pub fn is_contested(&self, id: CriterionId) -> bool {
        self.spread(id) > 0 || self.applicability_disputed(id)
    }

    /// Whether two or more respondents answered a criterion (with any status).
    pub fn answered_by_two_or_more(&self, id: CriterionId) -> bool {
        holds(self.edition, &self.shared, id)
    }

    /// How many criteria are contested.
    pub fn contested_count(&self) -> usize {
        self.spread_one
            .as_ref()
            .iter()
            .zip(self.spread_two.as_ref())
            .zip(self.disputed.as_ref())
            .map(|((a, b), c)| (a | b | c).count_ones() as usize)
            .sum()
    }

    /// Writes the consolidated statuses into `assessment`'s status sets (whose responses
    /// are replaced).
    pub(super) fn write_statuses(&self, assessment: &mut Assessment) {
        for (status, set) in Status::ALL.into_iter().zip(&self.statuses) {
            let words = assessment.status_words_mut(status);
            for (w, s) in words.iter_mut().zip(set.as_ref()) {
                *w = *s;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every combination of three respondents' answers (each one of the four statuses or
    /// none), one per bit of two words: the word formulas against the rules read
    /// literally.
    #[test]
    fn word_formulas_follow_the_rules_for_every_combination_of_three_answers() {
        const WORDS: usize = 2;
        let answer = |combination: usize, r: usize| -> Option<Status> {
            Status::ALL
                .get(combination / 5usize.pow(r as u32) % 5)
                .copied()
        };
        let mut sets = [[[0u64; WORDS]; 4]; 3];
        for combination in 0..125 {
            for (r, respondent) in sets.iter_mut().enumerate() {
                if let Some(status) = answer(combination, r) {
                    respondent[status as usize][combination / 64] |= 1 << (combination % 64);
                }
            }
        }
        let mut out = [[0u64; WORDS]; 8];
        {
            let [m, p, n, a, one, two, disputed, shared] = &mut out;
            let mut planes = Planes {
                statuses: [m, p, n, a],
                spread_one: one,
                spread_two: two,
                disputed,
                shared,
            };
            consolidate_words(
                sets.iter()
                    .map(|s| [&s[0][..], &s[1][..], &s[2][..], &s[3][..]]),
                &mut planes,
            );
        }
        let bit = |plane: usize, c: usize| out[plane][c / 64] >> (c % 64) & 1 != 0;
        for combination in 0..125 {
            let given: Vec<Status> = (0..3).filter_map(|r| answer(combination, r)).collect();
            let scores: Vec<u8> = given
                .iter()
                .filter_map(|s| match s {
                    Status::Met => Some(2),
                    Status::Partial => Some(1),
                    Status::NotMet => Some(0),
                    Status::NotApplicable => None,
                })
                .collect();
            let status = match (given.is_empty(), scores.is_empty()) {
                (true, _) => None,
                (false, true) => Some(Status::NotApplicable),
                _ if scores.iter().all(|s| *s == 2) => Some(Status::Met),
                _ if scores.iter().all(|s| *s == 0) => Some(Status::NotMet),
                _ => Some(Status::Partial),
            };
            let spread = scores
                .iter()
                .max()
                .zip(scores.iter().min())
                .map_or(0, |(a, b)| a - b);
            let disputed = !scores.is_empty() && scores.len() < given.len();
            let found = Status::ALL
                .into_iter()
                .find(|s| bit(*s as usize, combination));
            assert_eq!(found, status, "{given:?}");
            for s in Status::ALL {
                assert_eq!(
                    bit(s as usize, combination),
                    Some(s) == status,
                    "{given:?} {s}"
                );
            }
            assert_eq!(
                u8::from(bit(4, combination)) + 2 * u8::from(bit(5, combination)),
                spread,
                "{given:?}"
            );
            assert!(!(bit(4, combination) && bit(5, combination)));
            assert_eq!(bit(6, combination), disputed, "{given:?}");
            assert_eq!(bit(7, combination), given.len() >= 2, "{given:?}");
        }
        // Bits beyond the combinations stay clear.
        assert!((125..128).all(|c| (0..8).all(|plane| !bit(plane, c))));
    }
}
