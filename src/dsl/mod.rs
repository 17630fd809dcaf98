//! The DSL the content is written in: [`matrix!`](crate::matrix) (a domain or a whole
//! matrix) and [`migration!`](macro@crate::migration) (from one edition to a later one), each a
//! declarative macro checked when the crate that uses it compiles, with its hidden
//! helpers (`__`-prefixed macros and [`__private`]).

mod checks;
mod matrix;
mod migration;

/// Compile-time helpers of the DSL's macros. Not part of the API.
#[doc(hidden)]
pub mod __private {
    pub use super::checks::{
        check_matrix, criterion_id, domain_id, expected_subsection, level, optional, subsection_id,
    };
    pub use crate::id::{DomainId, SubSectionId};
    pub use crate::layout::{Entry, Layout};

    /// The compile-time checks of a migration.
    pub mod migration {
        pub use crate::message::Message;
        pub use crate::migration::check::{
            check, sorted_sources, sorted_targets, source_count, target_count,
        };
    }

    /// The functions that build an edition's layout tables.
    pub mod layout {
        pub use crate::layout::{
            domain_ids, domain_starts, entries, starts, subsection_ids, valid, words,
        };
    }
}
