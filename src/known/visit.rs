//! What [`editions!`](crate::editions) generates code against: running code generic over
//! the edition on whichever edition a value holds, without a trait object. Not part of
//! the API.

use crate::assessment::Assessment;
use crate::edition::Edition;
use crate::message::Message;
use crate::migration::{Migration, MigrationReport};
use crate::model::Matrix;

/// Code to run on an assessment of any edition.
pub trait Visit<'a> {
    /// What it gives.
    type Output;
    /// Runs on `assessment`.
    fn visit<E: Edition>(self, assessment: &'a Assessment<E>) -> Self::Output;
}

/// Code to run on assessments all of one edition (any).
pub trait VisitAll<'a> {
    /// What it gives.
    type Output;
    /// Runs on `assessments`, in the order given.
    fn visit<E: Edition>(self, assessments: &[&'a Assessment<E>]) -> Self::Output;
}

/// Makes one assessment of assessments all of one edition (any), e.g. their
/// consolidation.
pub trait MapAll<'a> {
    /// What can go wrong.
    type Error;
    /// The assessment made of `assessments`, of their edition.
    fn map<E: Edition>(
        self,
        assessments: &[&'a Assessment<E>],
    ) -> Result<Assessment<E>, Self::Error>;
}

/// Reads an assessment of an edition chosen at run time.
pub trait Read {
    /// What can go wrong.
    type Error;
    /// Reads an assessment of `E`.
    fn read<E: Edition>(self) -> Result<Assessment<E>, Self::Error>;
}

/// A set of editions that holds assessments of `E` (one variant of the set's enum).
pub trait Holds<E: Edition>: Sized {
    /// The assessment, when this is one of `E`.
    fn held(&self) -> Option<&Assessment<E>>;
    /// An assessment of `E` as a member of the set.
    fn hold(assessment: Assessment<E>) -> Self;
}

/// Whether two matrices are the same edition (the same `id` and `version`).
pub(crate) fn same_edition(a: &Matrix, b: &Matrix) -> bool {
    a.id() == b.id() && a.version() == b.version()
}

/// `known` migrated to `to` with `migration`, when it is an assessment of the
/// migration's earlier edition and `to` is its later one.
pub fn migrate<A: Edition, B: Edition, K: Holds<A> + Holds<B>>(
    migration: &Migration<A, B>,
    known: &K,
    to: &Matrix,
) -> Option<(K, MigrationReport)> {
    if !same_edition(B::MATRIX, to) {
        return None;
    }
    let migrated = migration.apply(<K as Holds<A>>::held(known)?);
    Some((<K as Holds<B>>::hold(migrated.assessment), migrated.report))
}

const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Fails the build when a set names one edition (`id` and `version`) twice: a file of
/// it could not be told apart.
pub const fn check_distinct(matrices: &[&Matrix], set: &str) {
    let mut i = 0;
    while i < matrices.len() {
        let mut j = 0;
        while j < i {
            if same_str(matrices[i].id(), matrices[j].id())
                && same_str(matrices[i].version(), matrices[j].version())
            {
                let message = Message::NONE
                    .push_str("editions: `")
                    .push_str(set)
                    .push_str("` names the edition ")
                    .push_str(matrices[i].id())
                    .push_str(" ")
                    .push_str(matrices[i].version())
                    .push_str(
                        " twice: each edition of a set must have its own matrix ID and version",
                    );
                panic!("{}", message.as_str());
            }
            j += 1;
        }
        i += 1;
    }
}
