//! The statuses of an assessment's criteria, held as bit sets: one per status.

use crate::edition::Edition;
use crate::layout;

use super::response::Status;

/// The statuses of all criteria as bit sets indexed by criterion slot (see `layout`):
/// four sets of `stride` words each, one per status, in one allocation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Statuses {
    words: Box<[u64]>,
    stride: usize,
}

impl Statuses {
    pub(crate) fn empty(edition: Edition) -> Statuses {
        let stride = edition.layout().words();
        Statuses {
            words: vec![0; 4 * stride].into_boxed_slice(),
            stride,
        }
    }

    /// The set of criteria with `status`.
    #[inline]
    pub(crate) fn words(&self, status: Status) -> &[u64] {
        let start = status as usize * self.stride;
        &self.words[start..start + self.stride]
    }

    #[inline]
    pub(crate) fn words_mut(&mut self, status: Status) -> &mut [u64] {
        let start = status as usize * self.stride;
        &mut self.words[start..start + self.stride]
    }

    pub(crate) fn get(&self, slot: usize) -> Option<Status> {
        Status::ALL
            .into_iter()
            .find(|status| layout::has(self.words(*status), slot))
    }

    /// Whether the criterion in `slot` has `status`.
    #[inline]
    pub(crate) fn has(&self, status: Status, slot: usize) -> bool {
        layout::has(self.words(status), slot)
    }

    pub(crate) fn set(&mut self, slot: usize, status: Option<Status>) {
        let (word, bit) = (slot / 64, 1u64 << (slot % 64));
        for s in Status::ALL {
            self.words_mut(s)[word] &= !bit;
        }
        if let Some(status) = status {
            self.words_mut(status)[word] |= bit;
        }
    }

    #[inline]
    pub(crate) fn met(&self) -> &[u64] {
        self.words(Status::Met)
    }

    #[inline]
    pub(crate) fn not_applicable(&self) -> &[u64] {
        self.words(Status::NotApplicable)
    }

    /// How many criteria have any response.
    pub(crate) fn assessed_count(&self) -> usize {
        let (a, b, c, d) = (
            self.words(Status::Met),
            self.words(Status::Partial),
            self.words(Status::NotMet),
            self.words(Status::NotApplicable),
        );
        (0..self.stride)
            .map(|w| (a[w] | b[w] | c[w] | d[w]).count_ones() as usize)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::MATRIX;

    #[test]
    fn statuses_hold_one_status_per_criterion() {
        let mut s = Statuses::empty(Edition::default());
        for o in [0, 63, 64, 64 * MATRIX.subsection_count() * 3 - 1] {
            assert_eq!(s.get(o), None);
            for status in Status::ALL {
                s.set(o, Some(status));
                assert_eq!(s.get(o), Some(status));
            }
            s.set(o, None);
            assert_eq!(s.get(o), None);
        }
        assert_eq!(s, Statuses::empty(Edition::default()));
    }
}
