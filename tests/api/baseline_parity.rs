//! The benchmark's baseline (JSON model + HashMap) computes exactly what the crate does,
//! so the comparison in `benches/evaluate.rs` is like for like.

use crate::fixtures::baseline;

use mhics::{evaluate, gaps, Assessment, Response, Status, Target, MATRIX};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn baseline_agrees_with_the_crate(statuses in prop::collection::vec(0u8..5, MATRIX.criterion_count())) {
        let mut assessment = Assessment::new("Parity").unwrap();
        for (criterion, s) in MATRIX.criteria().zip(&statuses) {
            if let Some(&status) = Status::ALL.get(usize::from(*s)) {
                assessment.set(criterion.id(), Response::new(status)).unwrap();
            }
        }
        let loaded = baseline::load(&MATRIX.to_json());
        let file: baseline::AssessmentFile = serde_json::from_str(&assessment.to_json()).unwrap();

        let ours = evaluate(&assessment);
        let theirs = baseline::evaluate(&loaded.model, &file.responses);
        for (o, t) in ours.subsections().zip(&theirs.subsections) {
            prop_assert_eq!(o.id().to_string(), t.id);
            prop_assert_eq!(o.attained().map_or(0, |l| l.index() as u8 + 1), t.attained);
            for (oc, tc) in o.coverages().iter().zip(&t.coverage) {
                prop_assert_eq!((oc.met, oc.applicable, oc.total), (tc.met, tc.applicable, tc.total));
            }
        }
        prop_assert_eq!(ours.overall().map_or(0, |l| l.index() as u8 + 1), theirs.overall);

        let our_gaps: Vec<(String, &str)> = gaps(&assessment, Target::Next)
            .map(|g| (g.criterion.id().to_string(), g.status.as_str()))
            .collect();
        let their_gaps: Vec<(String, &str)> = baseline::gaps(&loaded.model, &file.responses)
            .iter()
            .map(|g| (g.id.to_owned(), g.status))
            .collect();
        prop_assert_eq!(our_gaps, their_gaps);
        prop_assert!(loaded.criterion("1.1-D1").is_some());
    }
}
