//! Action plans against a literal reading of the plans guide (`mhics::guide::plans`): drafting,
//! reviewing and migrating random plans and assessments are compared with slow oracles
//! written straight from the guide's text, for the built-in edition and for a second
//! edition with retired IDs; every error's message; plans read and written back exactly.

mod errors;
mod migration;
mod oracles;
mod properties;

use crate::fixtures::review;

use mhics::migration::Rule;
use mhics::plan::{Action, ActionOutcome, ActionStatus, Plan, PlanChange};
use mhics::{
    Assessment, CriterionId, Date, Edition, Editions, Error, Level, Status, Target, MHICS_2019,
};
use proptest::prelude::*;
use review::{FIRST_TO_SECOND, REVIEW_FIRST, REVIEW_SECOND};

fn id(s: &str) -> CriterionId {
    s.parse().unwrap()
}

/// Reads a plan file of `edition`. `Plan::from_json_in` is gone and no public function
/// reads a plan file of an edition other than the built-in one yet (`Plan::from_json`
/// reads the built-in edition alone): `None` for those editions.
fn read_plan_in(edition: Edition, text: &str) -> Option<Result<Plan, Error>> {
    let editions = Editions::new([edition]).expect("one edition");
    Some(editions.read_plan_json(text))
}
