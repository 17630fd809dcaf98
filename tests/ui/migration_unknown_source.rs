// every source is a criterion of the earlier edition.
#[path = "../api/fixtures/review.rs"]
mod review;

use review::{REVIEW_FIRST, REVIEW_SECOND};

mhics::migration! {
    pub const BROKEN: Migration = REVIEW_FIRST => REVIEW_SECOND {
        "1.1-D3" => "1.1-D4";
        "1.1-M1", "1.1-M2" => "1.1-M3";
        "1.1-T1" => ["1.1-T2", "1.1-T3"];
        review "1.2-D1";
        retire "1.2-M1";
        retire "1.3-D1";
    };
}

fn main() {}
