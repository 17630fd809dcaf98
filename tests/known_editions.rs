//! Editions chosen at run time: a set declared with `editions!` reads files of any of
//! its editions, gives what the typed API gives, and brings files of several editions
//! together only through the migrations it declares.

#[path = "editions/retired.rs"]
mod retired;
#[path = "editions/review.rs"]
mod review;

use mhics::report;
use mhics::{
    compare, compare_known, evaluate, gaps, Assessment, Cohort, Editions, Error, KnownCohort,
    KnownPerspectives, Mhics2019, Perspectives, PerspectivesError, Status, Target,
};
use retired::Retired2027;
use review::{ReviewFirst, ReviewSecond, FIRST_TO_SECOND};

mhics::editions! {
    /// Every test edition, with the one migration between them.
    pub enum Known {
        National(Mhics2019),
        ReviewFirst,
        ReviewSecond,
        Retired2027,
    }
    migrations: [FIRST_TO_SECOND],
}

mhics::editions! {
    /// The same editions, knowing no migration.
    pub enum NoMigrations { ReviewFirst, ReviewSecond }
}

fn first(system: &str, date: &str) -> Assessment<ReviewFirst> {
    Assessment::builder_in(ReviewFirst, system)
        .date(date.parse().expect("a date"))
        .respond_with_note("1.1-D1", Status::Met, "Purpose on the wiki")
        .respond("1.1-D3", Status::Met)
        .respond("1.1-M1", Status::Partial)
        .build()
        .expect("valid")
}

fn second(system: &str, date: &str) -> Assessment<ReviewSecond> {
    Assessment::builder_in(ReviewSecond, system)
        .date(date.parse().expect("a date"))
        .respond("1.1-D1", Status::Met)
        .respond("1.1-D4", Status::Partial)
        .respond("2.1-D1", Status::Met)
        .build()
        .expect("valid")
}

#[test]
fn a_file_of_each_edition_is_read_as_that_edition_and_reports_as_the_typed_api(
) -> Result<(), Box<dyn std::error::Error>> {
    let national = Assessment::builder("Lakeside ICS")
        .respond("1.1-D1", Status::Met)
        .build()?;
    let retired = Assessment::builder_in(Retired2027, "Lakeside ICS")
        .respond("2.1-T2", Status::Partial)
        .build()?;
    let b = second("Lakeside team", "2026-10-01");

    let k = Known::from_json(&national.to_json())?;
    assert_eq!(k, Known::National(national.clone()));
    assert_eq!(k.to_json(), national.to_json());
    let k = Known::from_json_slice(retired.to_json().as_bytes())?;
    assert_eq!(k, Known::Retired2027(retired.clone()));
    let k = Known::from_json(&b.to_json())?;
    assert_eq!(k.matrix().version(), "2");
    assert_eq!(k.system(), "Lakeside team");
    assert_eq!(k.date(), b.date());
    assert_eq!(k.response_count(), 3);
    for target in [Target::Next, Target::Level(mhics::Level::Thriving)] {
        let e = evaluate(&b);
        assert_eq!(k.overall(), e.overall());
        assert_eq!(k.subsections(), e.subsections().collect::<Vec<_>>());
        assert_eq!(k.domains(), e.domains().collect::<Vec<_>>());
        assert_eq!(k.gaps(target), gaps(&b, target).collect::<Vec<_>>());
        assert_eq!(
            k.assessment_markdown(target),
            report::assessment_markdown(&b, &e, target)
        );
        assert_eq!(k.gaps_csv(target), report::gaps_csv(&b, target));
        assert_eq!(
            k.evaluation_json(target),
            mhics::EvaluationReport::new(&b, target).to_json()
        );
        assert_eq!(k.progression_table(), report::progression_table(&e));
        assert_eq!(k.progression_csv(), report::progression_csv(&b, &e));
        assert_eq!(k.heatmap_svg(), report::assessment_heatmap_svg(&b, &e));
    }
    Ok(())
}

#[test]
fn a_file_of_no_known_edition_is_refused_naming_every_edition_known() {
    let text = second("Lakeside team", "2026-10-01")
        .to_json()
        .replace("\"2\"", "\"3\"");
    let err = Known::from_json(&text).unwrap_err();
    assert!(matches!(err, Error::UnknownEdition { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "this assessment answers \"team-review\" \"3\", expected one of: mhics 2019, \
         team-review 1, team-review 2, retired-test 2027 at line 3, column 16"
    );
    // Any other problem is the file's own, named as the typed reader names it.
    let err = Known::from_json("{").unwrap_err();
    assert!(matches!(err, Error::Json { .. }), "{err:?}");
    let text = second("Lakeside team", "2026-10-01")
        .to_json()
        .replace("2.1-D1", "2.1-D9");
    let err = Known::from_json(&text).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("unknown criterion ID \"2.1-D9\""),
        "{err}"
    );
}

#[test]
fn comparing_across_editions_migrates_with_a_declared_migration_or_is_refused(
) -> Result<(), Box<dyn std::error::Error>> {
    let (a, b) = (
        first("Lakeside team", "2025-10-01"),
        second("Lakeside team", "2026-10-01"),
    );
    let known = compare_known(
        &Known::ReviewFirst(a.clone()),
        &Known::ReviewSecond(b.clone()),
    )?;
    let typed = mhics::compare_across(&a, &b, &FIRST_TO_SECOND)?;
    assert_eq!(known.migration(), Some(typed.migration()));
    assert_eq!(known.markdown(), report::comparison_across_markdown(&typed));
    assert_eq!(known.csv(), report::comparison_csv(&typed.comparison()));
    assert_eq!(known.summary(), typed.comparison().summary().to_string());

    // The same edition: no migration.
    let b2 = second("Lakeside team", "2026-12-01");
    let same = compare_known(
        &Known::ReviewSecond(b.clone()),
        &Known::ReviewSecond(b2.clone()),
    )?;
    assert_eq!(same.migration(), None);
    assert_eq!(
        same.markdown(),
        report::comparison_markdown(&compare(&b, &b2)?)
    );

    // No migration from the later edition back, none at all in the other set.
    let err = compare_known(
        &Known::ReviewSecond(b.clone()),
        &Known::ReviewFirst(a.clone()),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot compare assessments of team-review 2 and team-review 1: they answer \
         different editions, and no migration from one to the other is declared"
    );
    let err = compare_known(
        &NoMigrations::ReviewFirst(a.clone()),
        &NoMigrations::ReviewSecond(b.clone()),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            Error::MixedEditions {
                action: "compare",
                ..
            }
        ),
        "{err:?}"
    );
    // What `compare` refuses is refused too.
    let other = second("Hillside team", "2026-10-01");
    let err = compare_known(&Known::ReviewFirst(a), &Known::ReviewSecond(other)).unwrap_err();
    assert!(matches!(err, Error::DifferentSystems { .. }), "{err:?}");
    Ok(())
}

#[test]
fn a_cohort_of_two_editions_is_brought_to_the_later_one_or_refused(
) -> Result<(), Box<dyn std::error::Error>> {
    let a = first("North team", "2025-10-01");
    let b = second("South team", "2026-10-01");
    let cohort = KnownCohort::new([
        Known::ReviewFirst(a.clone()),
        Known::ReviewSecond(b.clone()),
    ])?;
    assert_eq!(cohort.len(), 2);
    assert_eq!(cohort.matrix().map(|m| m.version()), Some("2"));
    assert_eq!(cohort.migrations().len(), 1);
    let migrated = FIRST_TO_SECOND.apply(&a).assessment;
    let typed = Cohort::new([&migrated, &b])?;
    assert_eq!(cohort.markdown(), report::cohort_markdown(&typed));
    assert_eq!(cohort.criteria_csv(), report::cohort_criteria_csv(&typed));
    assert_eq!(
        cohort.subsections_csv(),
        report::cohort_subsections_csv(&typed)
    );
    assert_eq!(cohort.heatmap_svg(), report::cohort_heatmap_svg(&typed));
    assert_eq!(
        cohort.peer_learning_markdown(Target::Next),
        report::cohort_peer_learning_markdown(&typed, Target::Next)
    );

    let err = KnownCohort::new([
        NoMigrations::ReviewFirst(a.clone()),
        NoMigrations::ReviewSecond(b.clone()),
    ])
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot put in one cohort assessments of team-review 1 and team-review 2: they \
         answer different editions, and no migration from one to the other is declared"
    );
    let national = Assessment::builder("West team").build()?;
    let err =
        KnownCohort::new([Known::National(national), Known::ReviewSecond(b.clone())]).unwrap_err();
    assert!(matches!(err, Error::MixedEditions { .. }), "{err:?}");

    // One system twice, named, and the latest of each, as the typed builder does.
    let later = second("North team", "2026-11-01");
    let err = KnownCohort::builder()
        .named_member("north-2025.json", Known::ReviewFirst(a.clone()))
        .named_member("north-2026.json", Known::ReviewSecond(later.clone()))
        .build()
        .unwrap_err();
    assert!(err
        .to_string()
        .starts_with("north-2025.json and north-2026.json both assess"));
    let latest = KnownCohort::builder()
        .member(Known::ReviewFirst(a))
        .member(Known::ReviewSecond(later.clone()))
        .latest_of_each()
        .build()?;
    assert_eq!(latest.members(), [Known::ReviewSecond(later)]);
    Ok(())
}

#[test]
fn partners_of_two_editions_are_consolidated_under_one_or_refused(
) -> Result<(), Box<dyn std::error::Error>> {
    let mut a = first("Lakeside team", "2025-10-01");
    a.set_respondent(Some("Trust".to_owned()))?;
    let mut b = second("Lakeside team", "2026-10-01");
    b.set_respondent(Some("Council".to_owned()))?;
    let known = KnownPerspectives::new([
        (Known::ReviewFirst(a.clone()), "trust.json".to_owned()),
        (Known::ReviewSecond(b.clone()), "council.json".to_owned()),
    ])?;
    assert_eq!(known.migrations().len(), 1);
    let migrated = FIRST_TO_SECOND.apply(&a).assessment;
    let typed = Perspectives::new([(&migrated, "trust.json"), (&b, "council.json")])?;
    assert_eq!(
        known.consolidated()?,
        Known::ReviewSecond(typed.consolidated().clone())
    );
    assert_eq!(known.markdown(), report::perspectives_markdown(&typed));
    assert_eq!(known.csv(), report::perspectives_csv(&typed));
    assert_eq!(known.svg(), report::perspectives_svg(&typed));
    assert_eq!(known.to_json(), typed.to_json());

    let err = KnownPerspectives::new([
        (NoMigrations::ReviewFirst(a), "trust.json".to_owned()),
        (
            NoMigrations::ReviewSecond(b.clone()),
            "council.json".to_owned(),
        ),
    ])
    .unwrap_err();
    assert!(
        matches!(
            err,
            PerspectivesError::Editions(Error::MixedEditions {
                action: "consolidate",
                ..
            })
        ),
        "{err:?}"
    );
    let other = second("Hillside team", "2026-10-01");
    let err = KnownPerspectives::new([
        (Known::ReviewSecond(b), "council.json".to_owned()),
        (Known::ReviewSecond(other), "other.json".to_owned()),
    ])
    .unwrap_err();
    assert!(
        matches!(err, PerspectivesError::MixedSystems { .. }),
        "{err:?}"
    );
    Ok(())
}

#[cfg(feature = "xlsx")]
#[test]
fn a_workbook_of_each_edition_is_read_as_that_edition() -> Result<(), Box<dyn std::error::Error>> {
    use mhics::workbook::{self, WorkbookError};
    let retired = Assessment::builder_in(Retired2027, "Lakeside ICS")
        .respond("2.1-T3", Status::Met)
        .respond("1.1-D3", Status::Partial)
        .build()?;
    let bytes = workbook::write(Retired2027, Some(&retired))?;
    assert_eq!(
        Known::from_workbook(&bytes)?,
        Known::Retired2027(retired.clone())
    );
    assert_eq!(Known::Retired2027(retired).to_workbook()?, bytes);
    let national = workbook::write(Mhics2019, None)?;
    let err = NoMigrations::from_workbook(&national).unwrap_err();
    assert!(matches!(err, WorkbookError::WrongEdition { .. }), "{err:?}");
    assert!(
        err.to_string()
            .ends_with("answers mhics 2019, expected one of: team-review 1, team-review 2"),
        "{err}"
    );
    Ok(())
}
