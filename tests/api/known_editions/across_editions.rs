//! Assessments of several editions together: brought to the latest edition a declared
//! migration reaches, compared, put in one cohort or consolidated as partners, or
//! refused when no migration joins them.

use super::*;

#[test]
fn assessments_are_brought_to_the_latest_edition_a_declared_migration_reaches(
) -> Result<(), Box<dyn std::error::Error>> {
    let known = known();
    let (a, b) = (
        first("North team", "2025-10-01"),
        second("South team", "2026-10-01"),
    );
    let migrated = FIRST_TO_SECOND.apply(&a)?;
    assert_eq!(known.migrate(&a, REVIEW_SECOND), Some(migrated.clone()));
    // Not back, and not to where it is already.
    assert_eq!(known.migrate(&b, REVIEW_FIRST), None);
    assert_eq!(known.migrate(&b, REVIEW_SECOND), None);

    // In either order, each keeps its place.
    for (given, expected) in [
        (
            vec![a.clone(), b.clone()],
            vec![migrated.assessment.clone(), b.clone()],
        ),
        (
            vec![b.clone(), a.clone()],
            vec![b.clone(), migrated.assessment.clone()],
        ),
    ] {
        let (one, reports) = known.to_one_edition(given, "put in one cohort")?;
        assert_eq!(one, expected);
        assert_eq!(reports, std::slice::from_ref(&migrated.report));
        assert!(one.iter().all(|x| x.edition() == REVIEW_SECOND));
    }
    // All of one edition: as they are, with no migration.
    let b2 = second("West team", "2026-12-01");
    let (one, reports) = known.to_one_edition(vec![b.clone(), b2.clone()], "compare")?;
    assert_eq!(one, [b.clone(), b2]);
    assert!(reports.is_empty());
    let (one, reports) = no_migrations().to_one_edition(vec![a.clone()], "compare")?;
    assert_eq!(one, std::slice::from_ref(&a));
    assert!(reports.is_empty());

    // No migration known, or none between the editions given.
    let err = no_migrations()
        .to_one_edition(vec![a.clone(), b.clone()], "put in one cohort")
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot put in one cohort assessments of team-review 1 and team-review 2: they \
         answer different editions, and no migration from one to the other is declared"
    );
    let national = Assessment::builder("West team").build()?;
    let err = known
        .to_one_edition(vec![national, b.clone()], "consolidate")
        .unwrap_err();
    assert!(
        matches!(
            err,
            Conflict::MixedEditions {
                action: "consolidate",
                ..
            }
        ),
        "{err:?}"
    );
    Ok(())
}

#[test]
fn comparing_across_editions_needs_a_migration() -> Result<(), Box<dyn std::error::Error>> {
    let known = known();
    let (a, b) = (
        first("Lakeside team", "2025-10-01"),
        second("Lakeside team", "2026-10-01"),
    );
    // Refused as they are, whichever comes first.
    let err = compare(&a, &b).map(|_| ()).unwrap_err();
    assert!(
        matches!(
            err,
            Conflict::MixedEditions {
                action: "compare",
                ..
            }
        ),
        "{err:?}"
    );
    let err = compare(&b, &a).map(|_| ()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot compare assessments of team-review 2 and team-review 1: they answer \
         different editions, and no migration from one to the other is declared"
    );
    // Brought to one edition, they compare as `compare_across` does.
    let (one, reports) = known.to_one_edition(vec![a.clone(), b.clone()], "compare")?;
    let migrated = compare(&one[0], &one[1])?;
    let across = compare_across(&a, &b, &FIRST_TO_SECOND)?;
    assert_eq!(reports, [across.migration().clone()]);
    assert_eq!(
        report::markdown::comparison(&migrated),
        report::markdown::comparison(&across.comparison())
    );
    assert_eq!(
        report::csv::comparison(&migrated),
        report::csv::comparison(&across.comparison())
    );
    assert_eq!(
        migrated.summary().to_string(),
        across.comparison().summary().to_string()
    );
    // The same edition needs none.
    let b2 = second("Lakeside team", "2026-12-01");
    let (one, reports) = known.to_one_edition(vec![b.clone(), b2.clone()], "compare")?;
    assert!(reports.is_empty());
    assert_eq!(
        report::markdown::comparison(&compare(&one[0], &one[1])?),
        report::markdown::comparison(&compare(&b, &b2)?)
    );
    // What `compare` refuses of one edition is still refused.
    let other = second("Hillside team", "2026-10-01");
    let (one, _) = known.to_one_edition(vec![a, other], "compare")?;
    let err = compare(&one[0], &one[1]).map(|_| ()).unwrap_err();
    assert!(matches!(err, Conflict::DifferentSystems { .. }), "{err:?}");
    Ok(())
}

#[test]
fn a_cohort_of_two_editions_is_brought_to_the_later_one_or_refused(
) -> Result<(), Box<dyn std::error::Error>> {
    let known = known();
    let a = first("North team", "2025-10-01");
    let b = second("South team", "2026-10-01");
    // Refused as they are.
    let err = Cohort::new([&a, &b]).map(|_| ()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot put in one cohort assessments of team-review 1 and team-review 2: they \
         answer different editions, and no migration from one to the other is declared"
    );
    let national = Assessment::builder("West team").build()?;
    let err = Cohort::new([&national, &b]).map(|_| ()).unwrap_err();
    assert!(matches!(err, Conflict::MixedEditions { .. }), "{err:?}");

    // Brought to the later edition.
    let (one, reports) = known.to_one_edition(vec![a.clone(), b.clone()], "put in one cohort")?;
    assert_eq!(reports.len(), 1);
    let cohort = Cohort::new(&one)?;
    assert_eq!(cohort.len(), 2);
    assert_eq!(cohort.edition(), REVIEW_SECOND);
    let migrated = FIRST_TO_SECOND.apply(&a)?.assessment;
    let by_hand = Cohort::new([&migrated, &b])?;
    assert_eq!(
        report::markdown::cohort(&cohort),
        report::markdown::cohort(&by_hand)
    );
    assert_eq!(
        report::csv::cohort_criteria(&cohort),
        report::csv::cohort_criteria(&by_hand)
    );
    assert_eq!(
        report::csv::cohort_subsections(&cohort),
        report::csv::cohort_subsections(&by_hand)
    );
    assert_eq!(report::svg::cohort(&cohort), report::svg::cohort(&by_hand));
    assert_eq!(
        report::markdown::cohort_peer_learning(&cohort, Target::Next),
        report::markdown::cohort_peer_learning(&by_hand, Target::Next)
    );

    // One system twice, named, and the latest of each, once of one edition.
    let later = second("North team", "2026-11-01");
    let (one, _) = known.to_one_edition(vec![a.clone(), later.clone()], "put in one cohort")?;
    let err = Cohort::builder()
        .named_member("north-2025.json", &one[0])
        .named_member("north-2026.json", &one[1])
        .build()
        .map(|_| ())
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("north-2025.json and north-2026.json both assess"),
        "{err}"
    );
    let latest = Cohort::builder().members(&one).latest_of_each().build()?;
    let members: Vec<&Assessment> = latest.members().iter().map(|m| m.assessment).collect();
    assert_eq!(members, [&later]);
    Ok(())
}

#[test]
fn partners_of_two_editions_are_consolidated_under_one_or_refused(
) -> Result<(), Box<dyn std::error::Error>> {
    let known = known();
    let mut a = first("Lakeside team", "2025-10-01");
    a.set_respondent(Some("Trust".to_owned()))?;
    let mut b = second("Lakeside team", "2026-10-01");
    b.set_respondent(Some("Council".to_owned()))?;
    // Refused as they are.
    let err = Perspectives::new([(&a, "trust.json"), (&b, "council.json")])
        .map(|_| ())
        .unwrap_err();
    assert!(
        matches!(
            err,
            Conflict::MixedEditions {
                action: "consolidate",
                ..
            }
        ),
        "{err:?}"
    );
    let err = no_migrations()
        .to_one_edition(vec![a.clone(), b.clone()], "consolidate")
        .unwrap_err();
    assert!(
        matches!(
            err,
            Conflict::MixedEditions {
                action: "consolidate",
                ..
            }
        ),
        "{err:?}"
    );

    // Brought to the later edition.
    let (one, reports) = known.to_one_edition(vec![a.clone(), b.clone()], "consolidate")?;
    assert_eq!(reports.len(), 1);
    let partners = Perspectives::new([(&one[0], "trust.json"), (&one[1], "council.json")])?;
    let migrated = FIRST_TO_SECOND.apply(&a)?.assessment;
    let by_hand = Perspectives::new([(&migrated, "trust.json"), (&b, "council.json")])?;
    assert_eq!(partners.consolidated(), by_hand.consolidated());
    assert_eq!(partners.consolidated().edition(), REVIEW_SECOND);
    assert_eq!(
        report::markdown::perspectives(&partners),
        report::markdown::perspectives(&by_hand)
    );
    assert_eq!(
        report::csv::perspectives(&partners),
        report::csv::perspectives(&by_hand)
    );
    assert_eq!(
        report::svg::perspectives(&partners),
        report::svg::perspectives(&by_hand)
    );
    assert_eq!(partners.to_json(), by_hand.to_json());

    // What `Perspectives::new` refuses of one edition is still refused.
    let other = second("Hillside team", "2026-10-01");
    let (one, _) = known.to_one_edition(vec![b, other], "consolidate")?;
    let err = Perspectives::new([(&one[0], "council.json"), (&one[1], "other.json")])
        .map(|_| ())
        .unwrap_err();
    assert!(matches!(err, Conflict::MixedSystems { .. }), "{err:?}");
    Ok(())
}
