//! Names as the names guide (`mhics::guide::limits`) says: NFC, full case folding, default-ignorable code
//! points removed, trimmed; and two spellings of one name shown apart in errors.

use mhics::cohort::Cohort;
use mhics::error::Conflict;
use mhics::perspectives::Perspectives;
use mhics::Assessment;

fn of(system: &str, respondent: Option<&str>) -> Assessment {
    let mut b = Assessment::builder(system);
    if let Some(r) = respondent {
        b = b.respondent(r);
    }
    b.build().expect("valid")
}

#[test]
fn a_cohort_takes_nfc_and_nfd_as_one_system_and_shows_both_spellings() {
    let nfc = of("Caf\u{e9} ICS", None);
    let nfd = of("Cafe\u{301} ICS", None);
    let err = Cohort::new([&nfc, &nfd]).unwrap_err();
    assert!(matches!(err, Conflict::SystemTwice { .. }));
    let shown = err.to_string();
    assert!(
        shown.contains(r#"both assess "Caf\u{e9} ICS" (also spelt "Cafe\u{301} ICS")"#),
        "{shown}"
    );
    let zwsp = of("Caf\u{e9}\u{200b} ics", None);
    assert!(Cohort::new([&nfc, &zwsp]).is_err());
    assert!(mhics::compare::compare(&nfc, &nfd).is_ok());
}

#[test]
fn partners_whose_names_print_alike_are_one_respondent() {
    for other in [
        "Cafe\u{301} Trust",
        "Caf\u{e9}\u{200b} Trust",
        " CAF\u{c9} TRUST ",
    ] {
        let a = of("Riverside", Some("Caf\u{e9} Trust"));
        let b = of("Riverside", Some(other));
        let err = Perspectives::new([(&a, "a.json"), (&b, "b.json")]).unwrap_err();
        assert!(
            matches!(err, Conflict::RepeatedRespondent { .. }),
            "{other:?}"
        );
        assert!(!err.to_string().contains('\n'));
    }
    let a = of("Riverside", Some("Caf\u{e9} Trust"));
    let b = of("Riverside", Some("Cafe\u{301} Trust"));
    assert_eq!(
        Perspectives::new([(&a, "a.json"), (&b, "b.json")])
            .unwrap_err()
            .to_string(),
        r#"respondent "Caf\u{e9} Trust" (also spelt "Cafe\u{301} Trust") answers twice, in a.json and b.json: each partner answers once"#
    );
}

#[test]
fn files_of_one_name_are_told_apart_by_their_paths() {
    let labels =
        mhics::perspectives::file_labels(&["x/north/a.json", "y/north/a.json", "south/b.json"]);
    assert_eq!(labels, ["x/north/a.json", "y/north/a.json", "b.json"]);
    let labels = mhics::perspectives::file_labels(&["north/A.json", "south/a.json"]);
    assert_eq!(labels, ["north/A.json", "south/a.json"]);
    let a = of("Riverside", None);
    let b = of("Riverside", None);
    let labels = mhics::perspectives::file_labels(&["north/a.json", "south/a.json"]);
    let p = Perspectives::new([(&a, labels[0].as_str()), (&b, labels[1].as_str())])
        .expect("two files told apart");
    assert_eq!(p.respondents()[1].label, "south/a.json");
}
