//! Properties over generated input: any assessment comes back exactly and is summarised
//! as evaluated, and corrupted workbooks never panic.

use super::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_assessment_comes_back_exactly(a in assessment()) {
        let bytes = workbook::write(MHICS_2019, Some(&a)).expect("written");
        prop_assert_eq!(workbook::read(MHICS_2019, &bytes).expect("read"), a);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn any_assessment_is_summarised_as_evaluated(a in assessment()) {
        let bytes = workbook::write(MHICS_2019, Some(&a)).expect("written");
        prop_assert_eq!(stored_summary(&bytes), summary::expected(&a));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases()))]

    /// Damaged files give an answer or an error, never a panic.
    #[test]
    fn corrupted_workbooks_never_panic(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in prop::option::weighted(0.3, any::<prop::sample::Index>()),
    ) {
        let mut bytes = real();
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] ^= byte | 1;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len()));
        }
        let _ = workbook::read(MHICS_2019, &bytes);
    }
}
