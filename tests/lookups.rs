//! Lookups by criterion ID in editions with retired IDs: at the start, in the middle
//! and at the end of a level, and a level whose first IDs are all retired. Every
//! criterion is found by its own ID and no other; a retired or unknown ID finds nothing.

#[path = "editions/review.rs"]
mod review;

use mhics::{Assessment, Criterion, CriterionId, Editions, Level, Matrix, Status, Theme};
use proptest::prelude::*;
use review::REVIEW_SECOND;

mhics::matrix! {
    pub const GAPPED_DOMAIN: Domain = domain "1" {
        title: "Gaps everywhere",
        partners: "Everyone.",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [
            "1.1" {
                title: "Retired in the middle and at the end",
                developing: { headline: "D.", retired: ["1.1-D2", "1.1-D5"], themes: [
                    "First" { "1.1-D1" => "one" },
                    "Second" { "1.1-D3" => "three", "1.1-D4" => "four" },
                ] },
                maturing: { headline: "M.", retired: ["1.1-M1", "1.1-M2", "1.1-M3"], themes: [
                    "Only" { "1.1-M4" => "m four", "1.1-M5" => "m five" },
                ] },
                thriving: { headline: "T.", retired: ["1.1-T1"], themes: [
                    "A" { "1.1-T2" => "t two" },
                    "B" { "1.1-T3" => "t three" },
                ] },
                references: [],
            },
            "1.2" {
                title: "No retired IDs",
                developing: { headline: "D.", themes: [ "A" { "1.2-D1" => "a", "1.2-D2" => "b" } ] },
                maturing: { headline: "M.", themes: [ "A" { "1.2-M1" => "c" } ] },
                thriving: { headline: "T.", retired: ["1.2-T2"], themes: [ "A" { "1.2-T1" => "d" } ] },
                references: [],
            },
        ],
    };
}

mhics::matrix! {
    pub const GAPPED: Matrix = matrix "gapped" {
        edition: GAPPED_EDITION,
        title: "An edition with gaps", version: "1",
        levels: {
            developing: { name: "Developing", description: "" },
            maturing: { name: "Maturing", description: "" },
            thriving: { name: "Thriving", description: "" },
        },
        high_level_themes: [],
        domains: [GAPPED_DOMAIN],
    };
}

/// The obvious answer: scan every theme of every level for the ID.
fn oracle(
    matrix: &'static Matrix,
    id: CriterionId,
) -> Option<(&'static Theme, &'static Criterion)> {
    matrix
        .subsections()
        .flat_map(|s| Level::ALL.iter().map(move |l| s.level(*l)))
        .flat_map(|l| l.themes().iter())
        .flat_map(|t| t.criteria().iter().map(move |c| (t, c)))
        .find(|(_, c)| c.id() == id)
}

fn matrices() -> [&'static Matrix; 3] {
    [
        &mhics::MATRIX,
        GAPPED_EDITION.matrix(),
        REVIEW_SECOND.matrix(),
    ]
}

#[test]
fn every_criterion_is_found_by_its_own_id_and_retired_ids_find_nothing() {
    for matrix in matrices() {
        for criterion in matrix.criteria() {
            let found = matrix.criterion(criterion.id()).expect("found");
            assert!(std::ptr::eq(found, criterion), "{}", criterion.id());
            let (theme, found) = matrix.criterion_in_theme(criterion.id()).expect("found");
            assert!(std::ptr::eq(found, criterion), "{}", criterion.id());
            assert!(theme.criteria().iter().any(|c| std::ptr::eq(c, criterion)));
        }
        for subsection in matrix.subsections() {
            for level in Level::ALL {
                for retired in subsection.level(level).retired() {
                    assert!(matrix.criterion(*retired).is_none(), "{retired}");
                    assert!(matrix.criterion_in_theme(*retired).is_none(), "{retired}");
                }
            }
        }
    }
    // The cases that went wrong when lookups counted positions.
    let text = |id: &str| GAPPED.criterion(id.parse().unwrap()).map(|c| c.text());
    assert_eq!(text("1.1-D3"), Some("three"));
    assert_eq!(text("1.1-D4"), Some("four"));
    assert_eq!(text("1.1-D2"), None);
    assert_eq!(text("1.1-D5"), None);
    assert_eq!(text("1.1-M4"), Some("m four"));
    assert_eq!(text("1.1-M1"), None);
    assert_eq!(text("1.1-T2"), Some("t two"));
    assert_eq!(text("1.1-T3"), Some("t three"));
    assert_eq!(text("1.1-T1"), None);
    assert_eq!(text("1.2-T2"), None);
}

#[test]
fn assessments_of_an_edition_with_gaps_round_trip_as_json() -> Result<(), Box<dyn std::error::Error>>
{
    let mut builder = Assessment::builder("Gapped ICS").edition(GAPPED_EDITION);
    for (i, criterion) in GAPPED.criteria().enumerate() {
        let status = [
            Status::Met,
            Status::Partial,
            Status::NotMet,
            Status::NotApplicable,
        ][i % 4];
        builder = builder.respond_with_note(criterion.id().to_string(), status, criterion.text());
    }
    let assessment = builder.build()?;
    let back = Editions::new([GAPPED_EDITION])?.read_json(&assessment.to_json())?;
    assert_eq!(back, assessment);
    for criterion in GAPPED.criteria() {
        let response = back.response(criterion.id()).expect("answered");
        assert_eq!(response.note.as_deref(), Some(criterion.text()));
    }
    Ok(())
}

proptest! {
    /// Any ID, real, retired or unknown, finds what a scan of the matrix finds.
    #[test]
    fn lookups_agree_with_a_scan(m in 0usize..3, s in 0usize..3, l in 0usize..3, n in 1u8..=70) {
        let matrix = matrices()[m];
        let subsection = matrix.subsections().nth(s % matrix.subsections().count()).unwrap();
        let id: CriterionId = format!("{}-{}{n}", subsection.id(), ["D", "M", "T"][l]).parse().unwrap();
        let expected = oracle(matrix, id);
        let found = matrix.criterion_in_theme(id);
        prop_assert_eq!(found.map(|(t, c)| (t as *const Theme, c as *const Criterion)),
            expected.map(|(t, c)| (t as *const Theme, c as *const Criterion)));
        prop_assert_eq!(matrix.criterion(id).map(|c| c as *const Criterion),
            expected.map(|(_, c)| c as *const Criterion));
    }
}

/// An assessment meeting every criterion with `status`, each note naming the criterion.
fn answered(system: &str, status: Status) -> Assessment {
    let mut builder = Assessment::builder(system).edition(GAPPED_EDITION);
    for criterion in GAPPED.criteria() {
        builder = builder.respond_with_note(criterion.id().to_string(), status, criterion.text());
    }
    builder.build().expect("a valid assessment")
}

#[test]
fn peer_learning_prints_each_criterion_its_own_text() {
    let peer = answered("Peer ICS", Status::Met);
    let learner = Assessment::builder("Learner ICS")
        .edition(GAPPED_EDITION)
        .build()
        .expect("valid");
    let cohort = mhics::cohort::Cohort::new([&peer, &learner]).expect("two systems");
    let text = mhics::report::markdown::cohort_peer_learning(
        &cohort,
        mhics::Target::Level(Level::Thriving),
    );
    for criterion in GAPPED.criteria() {
        let id = criterion.id().to_string();
        let line = text
            .lines()
            .find(|l| l.contains(&format!("`{id}`")) && l.contains(criterion.text()))
            .unwrap_or_else(|| panic!("{id} with its own text in:\n{text}"));
        assert!(!line.is_empty());
    }
}

#[cfg(feature = "xlsx")]
#[test]
fn a_workbook_of_an_edition_with_gaps_round_trips() -> Result<(), Box<dyn std::error::Error>> {
    let assessment = answered("Gapped ICS", Status::Partial);
    let bytes = mhics::workbook::write(GAPPED_EDITION, Some(&assessment))?;
    assert_eq!(mhics::workbook::read(GAPPED_EDITION, &bytes)?, assessment);
    Ok(())
}
