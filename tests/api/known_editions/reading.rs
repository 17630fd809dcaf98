//! Which edition a file is of: the editions known, found by matrix and version (one
//! name, one edition), and a file or workbook of each edition read as that edition or,
//! of none known, refused naming every edition known.

use super::*;
use mhics::error::Kind;

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
    assert!(matches!(err, Conflict::EditionTwice { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "two different editions are named team-review 1: each edition a program knows \
         needs its own matrix ID and version"
    );
    let err = Editions::new([IMPOSTOR_FIRST])
        .and_then(|e| e.with_migration(&FIRST_TO_SECOND))
        .unwrap_err();
    assert!(matches!(err, Conflict::EditionTwice { .. }), "{err:?}");
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
    assert!(matches!(err.kind(), Kind::WrongEdition { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "this assessment answers team-review 3, expected one of: mhics 2019, \
         team-review 1, team-review 2, retired-test 2027 at line 3, column 16"
    );
    let err = known.read_json_slice(text.as_bytes()).unwrap_err();
    assert!(matches!(err.kind(), Kind::WrongEdition { .. }), "{err:?}");
    // Any other problem is the file's own, named as the reader of one edition names it.
    let err = known.read_json("{").unwrap_err();
    assert!(matches!(err.kind(), Kind::Json { .. }), "{err:?}");
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
    assert!(matches!(err.kind(), Kind::WrongEdition { .. }), "{err:?}");
    assert!(
        err.to_string().starts_with(
            "this assessment answers mhics 2019, expected one of: team-review 1, \
             team-review 2"
        ),
        "{err}"
    );
}

#[cfg(feature = "xlsx")]
#[test]
fn a_workbook_of_each_edition_is_read_as_that_edition() -> Result<(), Box<dyn std::error::Error>> {
    use mhics::workbook::{self};
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
    assert!(matches!(err.kind(), Kind::WrongEdition { .. }), "{err:?}");
    assert!(
        err.to_string()
            .ends_with("answers mhics 2019, expected one of: team-review 1, team-review 2"),
        "{err}"
    );
    Ok(())
}
