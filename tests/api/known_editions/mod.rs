//! Editions chosen at run time: an `Editions` value reads files of any of its editions
//! as that edition, names every edition it knows when a file answers none of them, and
//! brings assessments of several editions together only through the migrations it
//! knows; comparing, a cohort and partners' perspectives refuse mixed editions.

mod across_editions;
mod reading;

use crate::fixtures::retired;
use crate::fixtures::review;

use mhics::cohort::Cohort;
use mhics::compare::{compare, compare_across};
use mhics::error::Conflict;
use mhics::migration::Migration;
use mhics::perspectives::Perspectives;
use mhics::report;
use mhics::{evaluate, gaps, Assessment, Editions, Status, Target, MHICS_2019};
use retired::RETIRED_2027;
use review::{FIRST_TO_SECOND, REVIEW_FIRST, REVIEW_SECOND};

/// Every test edition, with the one migration between them.
///
/// The review editions are given as the migration's own `from()` and `to()`: the same
/// edition named by two uses of its `const` (in two functions, or two crates) can point
/// at two copies of its matrix, which `Editions::new` takes for two different editions
/// (see the ignored `one_edition_named_twice_is_one_edition`).
fn known() -> Editions {
    let migration: &'static Migration = &FIRST_TO_SECOND;
    Editions::new([MHICS_2019, migration.from(), migration.to(), RETIRED_2027])
        .and_then(|e| e.with_migration(migration))
        .expect("distinct editions")
}

/// The two review editions, knowing no migration.
fn no_migrations() -> Editions {
    Editions::new([REVIEW_FIRST, REVIEW_SECOND]).expect("distinct editions")
}

fn first(system: &str, date: &str) -> Assessment {
    Assessment::builder(system)
        .edition(REVIEW_FIRST)
        .date(date.parse().expect("a date"))
        .respond_with_note("1.1-D1", Status::Met, "Purpose on the wiki")
        .respond("1.1-D3", Status::Met)
        .respond("1.1-M1", Status::Partial)
        .build()
        .expect("valid")
}

fn second(system: &str, date: &str) -> Assessment {
    Assessment::builder(system)
        .edition(REVIEW_SECOND)
        .date(date.parse().expect("a date"))
        .respond("1.1-D1", Status::Met)
        .respond("1.1-D4", Status::Partial)
        .respond("2.1-D1", Status::Met)
        .build()
        .expect("valid")
}
