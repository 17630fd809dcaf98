//! Editions chosen at run time: an `Editions` value reads files of any of its editions
//! as that edition, names every edition it knows when a file answers none of them, and
//! brings assessments of several editions together only through the migrations it
//! knows; comparing, a cohort and partners' perspectives refuse mixed editions.

use crate::fixtures::retired;
use crate::fixtures::review;

use mhics::cohort::Cohort;
use mhics::compare::{compare, compare_across};
use mhics::migration::Migration;
use mhics::perspectives::{Perspectives, PerspectivesError};
use mhics::report;
use mhics::{evaluate, gaps, Assessment, Editions, Error, Status, Target, MHICS_2019};
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

#[test]
fn the_editions_known_are_found_by_matrix_and_version() -> Result<(), Box<dyn std::error::Error>> {
    let known = known();
    assert_eq!(known.iter().len(), 4);
    assert_eq!(known.find("mhics", "2019"), Some(MHICS_2019));
    assert_eq!(known.find("team-review", "1"), Some(REVIEW_FIRST));
    assert_eq!(known.find("team-review", "2"), Some(REVIEW_SECOND));
    assert_eq!(known.find("retired-test", "2027"), Some(RETIRED_2027));
    assert_eq!(known.find("team-review", "3"), None);
    assert_eq!(
        known.names(),
        "mhics 2019, team-review 1, team-review 2, retired-test 2027"
    );
    assert_eq!(known.migrations().len(), 1);
    assert_eq!(
        known.migration(REVIEW_FIRST, REVIEW_SECOND),
        Some(&FIRST_TO_SECOND)
    );
    assert_eq!(known.migration(REVIEW_SECOND, REVIEW_FIRST), None);
    // A migration brings its editions with it; an edition given twice is kept once.
    let by_migration = Editions::new([MHICS_2019])?.with_migration(&FIRST_TO_SECOND)?;
    assert_eq!(
        by_migration.names(),
        "mhics 2019, team-review 1, team-review 2"
    );
    assert_eq!(
        Editions::new([REVIEW_SECOND, REVIEW_SECOND])?.names(),
        "team-review 2"
    );
    assert_eq!(Editions::default().names(), "mhics 2019");
    Ok(())
}

mhics::matrix! {
    pub const LOCAL_DOMAIN: Domain = domain "1" {
        title: "T", partners: "P",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [ "1.1" {
            title: "S",
            developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a" } ] },
            maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
            thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
            references: [],
        } ],
    };
}

mhics::matrix! {
    /// An edition named as the review's first edition, with other content.
    pub const IMPOSTOR: Matrix = matrix "team-review" {
        edition: IMPOSTOR_FIRST, title: "Another team review", version: "1",
        levels: {
            developing: { name: "Developing", description: "" },
            maturing: { name: "Maturing", description: "" },
            thriving: { name: "Thriving", description: "" },
        },
        high_level_themes: [], domains: [LOCAL_DOMAIN],
    };
}

#[test]
fn two_editions_of_one_name_are_refused() {
    // A file of either could not be told apart.
    let err = Editions::new([REVIEW_FIRST, IMPOSTOR_FIRST]).unwrap_err();
    assert!(matches!(err, Error::EditionTwice { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "two different editions are named team-review 1: each edition a program knows \
         needs its own matrix ID and version"
    );
    let err = Editions::new([IMPOSTOR_FIRST])
        .and_then(|e| e.with_migration(&FIRST_TO_SECOND))
        .unwrap_err();
    assert!(matches!(err, Error::EditionTwice { .. }), "{err:?}");
}

/// The same edition, named by two uses of its `const`, is one edition.
#[test]
fn one_edition_named_twice_is_one_edition() -> Result<(), Box<dyn std::error::Error>> {
    let editions = Editions::new([MHICS_2019, mhics::Edition::default()])?;
    assert_eq!(editions.names(), "mhics 2019");
    let editions = Editions::new([MHICS_2019, REVIEW_FIRST, REVIEW_SECOND, RETIRED_2027])
        .and_then(|e| e.with_migration(&FIRST_TO_SECOND))?;
    assert_eq!(editions, known());
    let editions =
        Editions::new([REVIEW_FIRST]).and_then(|e| e.with_migration(&FIRST_TO_SECOND))?;
    assert_eq!(editions.names(), "team-review 1, team-review 2");
    Ok(())
}

#[test]
fn a_file_of_each_edition_is_read_as_that_edition() -> Result<(), Box<dyn std::error::Error>> {
    let known = known();
    let national = Assessment::builder("Lakeside ICS")
        .respond("1.1-D1", Status::Met)
        .build()?;
    let retired = Assessment::builder("Lakeside ICS")
        .edition(RETIRED_2027)
        .respond("2.1-T2", Status::Partial)
        .build()?;
    let b = second("Lakeside team", "2026-10-01");

    let read = known.read_json(&national.to_json())?;
    assert_eq!(read, national);
    assert_eq!(read.edition(), MHICS_2019);
    assert_eq!(read.to_json(), national.to_json());
    let read = known.read_json_slice(retired.to_json().as_bytes())?;
    assert_eq!(read, retired);
    assert_eq!(read.edition(), RETIRED_2027);
    let read = known.read_json(&b.to_json())?;
    assert_eq!(read, b);
    assert_eq!(read.edition(), REVIEW_SECOND);
    assert_eq!(read.matrix().version(), "2");
    assert_eq!(read.system(), "Lakeside team");
    assert_eq!(read.date(), b.date());
    assert_eq!(read.response_count(), 3);
    // What is read reports as what was written.
    let (e, read_e) = (evaluate(&b), evaluate(&read));
    assert_eq!(read_e.edition(), REVIEW_SECOND);
    assert_eq!(read_e.overall(), e.overall());
    assert!(read_e.subsections().eq(e.subsections()));
    assert!(read_e.domains().eq(e.domains()));
    for target in [Target::Next, Target::Level(mhics::Level::Thriving)] {
        assert!(gaps(&read, target).eq(gaps(&b, target)));
        assert_eq!(
            report::markdown::assessment(&read_e, target),
            report::markdown::assessment(&e, target)
        );
        assert_eq!(
            report::csv::gaps(&read, target),
            report::csv::gaps(&b, target)
        );
        assert_eq!(
            mhics::EvaluationReport::new(&read, target).to_json(),
            mhics::EvaluationReport::new(&b, target).to_json()
        );
    }
    assert_eq!(
        report::markdown::progression_table(&read_e),
        report::markdown::progression_table(&e)
    );
    assert_eq!(
        report::csv::progression(&read_e),
        report::csv::progression(&e)
    );
    assert_eq!(
        report::svg::assessment(&read_e),
        report::svg::assessment(&e)
    );
    // The built-in edition alone reads the built-in edition's files.
    assert_eq!(
        Editions::default().read_json(&national.to_json())?,
        national
    );
    assert_eq!(Assessment::from_json(&national.to_json())?, national);
    Ok(())
}

#[test]
fn a_file_of_no_known_edition_is_refused_naming_every_edition_known() {
    let known = known();
    let text = second("Lakeside team", "2026-10-01")
        .to_json()
        .replace("\"2\"", "\"3\"");
    let err = known.read_json(&text).unwrap_err();
    assert!(matches!(err, Error::UnknownEdition { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "this assessment answers \"team-review\" \"3\", expected one of: mhics 2019, \
         team-review 1, team-review 2, retired-test 2027 at line 3, column 16"
    );
    let err = known.read_json_slice(text.as_bytes()).unwrap_err();
    assert!(matches!(err, Error::UnknownEdition { .. }), "{err:?}");
    // Any other problem is the file's own, named as the reader of one edition names it.
    let err = known.read_json("{").unwrap_err();
    assert!(matches!(err, Error::Json { .. }), "{err:?}");
    let text = second("Lakeside team", "2026-10-01")
        .to_json()
        .replace("2.1-D1", "2.1-D9");
    let err = known.read_json(&text).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("unknown criterion ID \"2.1-D9\""),
        "{err}"
    );
    // A file of a known edition that this set lacks.
    let national = Assessment::builder("Lakeside ICS").build().expect("valid");
    let err = no_migrations().read_json(&national.to_json()).unwrap_err();
    assert!(matches!(err, Error::UnknownEdition { .. }), "{err:?}");
    assert!(
        err.to_string().starts_with(
            "this assessment answers \"mhics\" \"2019\", expected one of: team-review 1, \
             team-review 2"
        ),
        "{err}"
    );
}

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
            Error::MixedEditions {
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
            Error::MixedEditions {
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
    assert!(matches!(err, Error::DifferentSystems { .. }), "{err:?}");
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
    assert!(matches!(err, Error::MixedEditions { .. }), "{err:?}");

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
            PerspectivesError::Editions(Error::MixedEditions {
                action: "consolidate",
                ..
            })
        ),
        "{err:?}"
    );
    let err = no_migrations()
        .to_one_edition(vec![a.clone(), b.clone()], "consolidate")
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::MixedEditions {
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
    let retired = Assessment::builder("Lakeside ICS")
        .edition(RETIRED_2027)
        .respond("2.1-T3", Status::Met)
        .respond("1.1-D3", Status::Partial)
        .build()?;
    let bytes = workbook::write(RETIRED_2027, Some(&retired))?;
    let read = known().read_workbook(&bytes)?;
    assert_eq!(read, retired);
    assert_eq!(read.edition(), RETIRED_2027);
    assert_eq!(workbook::write(read.edition(), Some(&read))?, bytes);
    let national = workbook::write(MHICS_2019, None)?;
    let err = no_migrations().read_workbook(&national).unwrap_err();
    assert!(matches!(err, WorkbookError::WrongEdition { .. }), "{err:?}");
    assert!(
        err.to_string()
            .ends_with("answers mhics 2019, expected one of: team-review 1, team-review 2"),
        "{err}"
    );
    Ok(())
}
