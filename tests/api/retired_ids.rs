//! Lookups by ID are right in editions that retire IDs: at the start, in the middle and
//! at the end of a level, and in a level whose first IDs are all retired. Every lookup
//! by a criterion's ID finds exactly that criterion (and its theme); a retired or unknown
//! ID finds nothing; and the JSON file, the workbook, every report and peer learning
//! carry such an edition through with each criterion's own text and theme.

use crate::fixtures::csv;
use crate::fixtures::large as edition_2000;
use crate::fixtures::retired;
use crate::fixtures::review;

use crate::fixtures::gapped::{GAPPED, GAPPED_EDITION};
use mhics::cohort::Cohort;
use mhics::compare::compare;
use mhics::perspectives::Perspectives;
use mhics::report;
use mhics::{
    evaluate, gaps, Assessment, CriterionId, Edition, Editions, EvaluationReport, Level, Response,
    Status, Target,
};
use mhics::{Criterion, Matrix, Theme};
use proptest::prelude::*;
use retired::{RETIRED_2027, RETIRED_IDS, UNKNOWN_IDS};

fn id(s: &str) -> CriterionId {
    s.parse().expect("a criterion ID")
}

/// Every lookup by `criterion`'s ID finds exactly it, in its own theme.
fn check_lookups(edition: Edition) {
    let matrix = edition.matrix();
    for subsection in matrix.subsections() {
        for content in subsection.levels() {
            for theme in content.themes() {
                for criterion in theme.criteria() {
                    let id = criterion.id();
                    let found = matrix.criterion(id).expect("found by its ID");
                    assert_eq!(found, criterion, "{id} found {}", found.id());
                    let (in_theme, found) = matrix.criterion_in_theme(id).expect("found");
                    assert_eq!(found, criterion, "{id}");
                    assert_eq!(in_theme, theme, "{id} in {}", in_theme.name());
                    let assessment = Assessment::builder("S")
                        .edition(edition)
                        .respond_with_note(id.to_string(), Status::Partial, "n")
                        .build()
                        .expect("its ID is answerable");
                    assert_eq!(assessment.status(id), Some(Status::Partial));
                    assert_eq!(assessment.note(id), Some("n"));
                    let answered: Vec<CriterionId> =
                        assessment.responses().map(|(id, _, _)| id).collect();
                    assert_eq!(answered, [id]);
                    let gap = gaps(&assessment, Target::Level(Level::Thriving))
                        .find(|g| g.criterion.id() == id)
                        .expect("a gap");
                    assert_eq!(gap.criterion, criterion, "{id}");
                    assert_eq!(gap.theme, theme, "{id}");
                }
            }
        }
    }
}

/// An ID the edition does not have finds nothing and cannot be answered.
fn check_absent(edition: Edition, ids: &[&str]) {
    for &s in ids {
        let id = id(s);
        assert!(edition.matrix().criterion(id).is_none(), "{s} found");
        assert!(
            edition.matrix().criterion_in_theme(id).is_none(),
            "{s} found"
        );
        assert!(
            Assessment::builder("S")
                .edition(edition)
                .respond(s, Status::Met)
                .build()
                .is_err(),
            "{s} answered"
        );
        let mut assessment = Assessment::builder("S")
            .edition(edition)
            .build()
            .expect("an assessment");
        assert!(
            assessment.set(id, Response::new(Status::Met)).is_err(),
            "{s}"
        );
        assert_eq!(assessment.status(id), None);
    }
}

#[test]
fn every_lookup_finds_exactly_its_criterion_in_every_test_edition() {
    check_lookups(GAPPED_EDITION);
    check_lookups(RETIRED_2027);
    check_lookups(review::REVIEW_FIRST);
    check_lookups(review::REVIEW_SECOND);
    check_lookups(edition_2000::LARGE);
    check_lookups(mhics::MHICS_2019);
}

#[test]
fn retired_and_unknown_ids_find_nothing() {
    check_absent(
        GAPPED_EDITION,
        &[
            "1.1-D2", "1.1-D5", "1.1-M1", "1.1-M2", "1.1-M3", "1.1-T1", "1.2-T2",
        ],
    );
    let text = |id: &str| GAPPED.criterion(id.parse().unwrap()).map(|c| c.text());
    // The cases that went wrong when lookups counted positions.
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
    check_absent(RETIRED_2027, &RETIRED_IDS);
    check_absent(RETIRED_2027, &UNKNOWN_IDS);
    check_absent(
        review::REVIEW_SECOND,
        &["1.1-D3", "1.1-M1", "1.1-M2", "1.1-T1", "1.2-M1"],
    );
    // The issue's own cases: 2.1 retires D1, D2 (keeping D3) and T1 (keeping T2, T3).
    let m = RETIRED_2027.matrix();
    assert_eq!(
        m.criterion(id("2.1-D3")).map(|c| c.id()),
        Some(id("2.1-D3"))
    );
    assert_eq!(
        m.criterion(id("2.1-T2")).map(|c| c.id()),
        Some(id("2.1-T2"))
    );
    assert_eq!(
        m.criterion(id("2.1-T3")).map(|c| c.id()),
        Some(id("2.1-T3"))
    );
    assert_eq!(
        m.criterion_in_theme(id("2.1-T2")).map(|(_, c)| c.text()),
        Some("Lessons are shared with other systems.")
    );
}

#[test]
fn the_test_edition_retires_where_it_says() {
    let m = RETIRED_2027.matrix();
    let retired: Vec<String> = m
        .subsections()
        .flat_map(|s| s.levels().iter())
        .flat_map(|l| l.retired().iter().map(|id| id.to_string()))
        .collect();
    assert_eq!(retired, RETIRED_IDS);
    // Texts are distinct and none holds another, so a report line names one criterion.
    let texts: Vec<&str> = m.criteria().map(|c| c.text()).collect();
    for (i, a) in texts.iter().enumerate() {
        for (j, b) in texts.iter().enumerate() {
            assert!(i == j || !a.contains(b), "{a:?} holds {b:?}");
        }
    }
}

/// Any answer, or none.
fn answer() -> impl Strategy<Value = Option<(Status, Option<String>)>> {
    let status = prop::sample::select(Status::ALL.to_vec());
    let note = prop::option::of("[a-z]{1,8}");
    prop::option::of((status, note))
}

/// An assessment of the retired-ID edition with any answers.
fn assessment(system: &'static str) -> impl Strategy<Value = Assessment> {
    let n = RETIRED_2027.matrix().criterion_count();
    prop::collection::vec(answer(), n).prop_map(move |answers| {
        let mut builder = Assessment::builder(system)
            .edition(RETIRED_2027)
            .respondent(format!("{system} partner"))
            .date("2027-03-01".parse().expect("a date"));
        for (criterion, answer) in RETIRED_2027.matrix().criteria().zip(answers) {
            if let Some((status, note)) = answer {
                let response = match note {
                    Some(note) => Response::with_note(status, note),
                    None => Response::new(status),
                };
                builder = builder.response(criterion.id().to_string(), response);
            }
        }
        builder.build().expect("a valid assessment")
    })
}

/// Every line of a Markdown report that names a criterion in backticks and holds a
/// criterion's text holds that criterion's own text.
fn check_markdown(markdown: &str) {
    let m = RETIRED_2027.matrix();
    for line in markdown.lines() {
        let named: Vec<CriterionId> = line
            .split('`')
            .skip(1)
            .step_by(2)
            .filter_map(|s| s.parse().ok())
            .collect();
        if named.is_empty() {
            continue;
        }
        for criterion in m.criteria() {
            if line.contains(criterion.text()) {
                assert!(
                    named.contains(&criterion.id()),
                    "{line:?} gives {}'s text under {named:?}",
                    criterion.id()
                );
            }
        }
        for id in &named {
            assert!(m.criterion(*id).is_some(), "{line:?} names {id}");
        }
    }
}

/// Every row of a CSV report with an `id` column names a criterion of the edition, in
/// its own theme, with its own text.
fn check_csv(text: &str) {
    let m = RETIRED_2027.matrix();
    let rows = csv::read_csv_with(text, |c| c);
    let header = &rows[0];
    let column = |name: &str| header.iter().position(|h| h == name);
    let Some(id_column) = column("id") else {
        return;
    };
    for row in &rows[1..] {
        let id: CriterionId = row[id_column].parse().expect("a criterion ID");
        let (theme, criterion) = m.criterion_in_theme(id).expect("in the edition");
        if let Some(t) = column("theme") {
            assert_eq!(row[t], theme.name(), "{id}");
        }
        if let Some(t) = column("text") {
            assert!(row[t].starts_with(criterion.text()), "{id}: {}", row[t]);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn json_reports_and_peer_learning_carry_the_edition_through(
        a in assessment("Lakeside ICS"),
        b in assessment("Hillside ICS"),
        c in assessment("Riverside ICS"),
    ) {
        // JSON, exactly.
        let editions = Editions::new([RETIRED_2027]).expect("one edition");
        prop_assert_eq!(&editions.read_json(&a.to_json()).expect("reads back"), &a);

        // One system's reports.
        let evaluation = evaluate(&a);
        for target in [Target::Next, Target::Level(Level::Thriving)] {
            let markdown = report::markdown::assessment(&evaluation, target);
            check_markdown(&markdown);
            for gap in gaps(&a, target) {
                let lead = format!("- `{}` ({}) {}", gap.criterion.id(), gap.status.as_str().replace('_', " "), gap.criterion.text());
                prop_assert!(markdown.contains(&lead), "{} missing", lead);
            }
            check_csv(&report::csv::gaps(&a, target));
            let json: serde_json::Value =
                serde_json::from_str(&EvaluationReport::new(&a, target).to_json()).expect("JSON");
            for gap in json["gaps"].as_array().expect("gaps") {
                let id: CriterionId = gap["id"].as_str().expect("an ID").parse().expect("an ID");
                let (theme, _) = RETIRED_2027.matrix().criterion_in_theme(id).expect("in the edition");
                prop_assert_eq!(gap["theme"].as_str(), Some(theme.name()));
            }
        }
        check_csv(&report::csv::progression(&evaluation));

        // Over time.
        let mut later = b.clone();
        later.set_date(Some("2027-09-01".parse().expect("a date")));
        let mut earlier = later.clone();
        earlier.set_date(Some("2027-01-01".parse().expect("a date")));
        for criterion in RETIRED_2027.matrix().criteria() {
            match a.status(criterion.id()) {
                Some(status) => {
                    earlier.set(criterion.id(), Response::new(status)).expect("in the edition");
                }
                None => {
                    earlier.clear(criterion.id());
                }
            }
        }
        let comparison = compare(&earlier, &later).expect("one system");
        check_markdown(&report::markdown::comparison(&comparison));
        check_csv(&report::csv::comparison(&comparison));

        // A cohort and its peer learning.
        let cohort = Cohort::new([&a, &b, &c]).expect("three systems");
        check_markdown(&report::markdown::cohort(&cohort));
        check_csv(&report::csv::cohort_criteria(&cohort));
        check_csv(&report::csv::cohort_subsections(&cohort));
        let _ = report::svg::cohort(&cohort);
        let all = report::markdown::cohort_peer_learning(&cohort, Target::Next);
        check_markdown(&all);
        for (member, learning) in cohort.peer_learning_for_each(Target::Next) {
            let one = report::markdown::peer_learning(member.assessment, &learning);
            check_markdown(&one);
            check_csv(&report::csv::peer_learning(&learning));
            for entry in learning.iter().filter(|p| !p.peers.is_empty()) {
                let criterion = entry.gap.criterion;
                prop_assert_eq!(RETIRED_2027.matrix().criterion(criterion.id()), Some(criterion));
                // Listed once for the whole cohort, with its own text.
                let listed = format!("- `{}` {}\n", criterion.id(), criterion.text());
                prop_assert!(all.contains(&listed), "{} missing", listed);
            }
        }

        // Partners' perspectives and their consolidation.
        let mut partner = c.clone();
        partner.set_date(a.date());
        let lakeside_b = {
            let mut x = Assessment::builder("Lakeside ICS")
                .edition(RETIRED_2027)
                .build()
                .expect("an assessment");
            for (id, status, note) in partner.responses() {
                let response = match note { Some(n) => Response::with_note(status, n), None => Response::new(status) };
                x.set(id, response).expect("in the edition");
            }
            x.set_respondent(Some("Second partner".to_owned())).expect("a name");
            x
        };
        let perspectives = Perspectives::new([(&a, "a.json"), (&lakeside_b, "b.json")]).expect("one system");
        check_markdown(&report::markdown::perspectives(&perspectives));
        check_csv(&report::csv::perspectives(&perspectives));
        let _ = report::svg::perspectives(&perspectives);
        let consolidated = perspectives.consolidated();
        prop_assert_eq!(&editions.read_json(&consolidated.to_json()).expect("reads back"), consolidated);
        let json: serde_json::Value = serde_json::from_str(&perspectives.to_json()).expect("JSON");
        for conversation in json["conversations"].as_array().expect("conversations") {
            let id: CriterionId = conversation["id"].as_str().expect("an ID").parse().expect("an ID");
            prop_assert!(RETIRED_2027.matrix().criterion(id).is_some());
        }
    }
}

/// A later edition's workbook reads back exactly, pre-filled or blank.
#[cfg(feature = "xlsx")]
mod workbook {
    use super::*;
    use mhics::workbook;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(8))]

        #[test]
        fn a_workbook_of_the_edition_round_trips(a in assessment("Lakeside ICS")) {
            let bytes = workbook::write(RETIRED_2027, Some(&a)).expect("written");
            prop_assert_eq!(workbook::read(RETIRED_2027, &bytes).expect("read back"), a);
        }
    }

    #[test]
    fn every_criterion_of_the_edition_is_a_row_of_its_workbook() {
        let all = RETIRED_2027.matrix().criteria().fold(
            Assessment::builder("Lakeside ICS").edition(RETIRED_2027),
            |b, c| b.respond(c.id().to_string(), Status::Met),
        );
        let all = all.build().expect("valid");
        let bytes = workbook::write(RETIRED_2027, Some(&all)).expect("written");
        assert_eq!(
            workbook::read(RETIRED_2027, &bytes).expect("read back"),
            all
        );
    }
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
        review::REVIEW_SECOND.matrix(),
    ]
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
