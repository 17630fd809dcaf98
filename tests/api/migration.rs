//! Editions other than the built-in one, and migration between editions: every rule
//! kind, the report's accounting, and the whole API on a second edition.

use crate::fixtures::review;

use std::collections::BTreeSet;

use mhics::cohort::Cohort;
use mhics::compare::{compare, compare_across};
use mhics::error::Conflict;
use mhics::error::Kind;
use mhics::migration::Outcome;
use mhics::report::markdown::{
    comparison_across as comparison_across_markdown, migration as migration_markdown,
};
use mhics::{evaluate, gaps, Assessment, CriterionId, Editions, Level, Response, Status, Target};
use proptest::prelude::*;
use review::{FIRST_TO_SECOND, REVIEW_FIRST, REVIEW_SECOND};

fn id(s: &str) -> CriterionId {
    s.parse().expect("a criterion ID")
}

fn first() -> Assessment {
    Assessment::builder("Lakeside team")
        .edition(REVIEW_FIRST)
        .respondent("Team lead")
        .date("2026-01-10".parse().expect("a date"))
        .respond_with_note("1.1-D1", Status::Met, "Purpose on the wiki")
        .respond("1.1-D2", Status::Partial)
        .respond_with_note("1.1-D3", Status::Met, "Reviewed in March")
        .respond_with_note("1.1-M1", Status::Met, "Plans cite it")
        .respond_with_note("1.1-M2", Status::Partial, "Some priorities")
        .respond_with_note("1.1-T1", Status::NotMet, "No induction yet")
        .respond_with_note("1.2-D1", Status::Met, "Mondays")
        .respond_with_note("1.2-M1", Status::NotApplicable, "We keep no minutes")
        .build()
        .expect("a valid assessment")
}

#[test]
fn every_rule_kind_does_what_the_guide_says() {
    let migrated = FIRST_TO_SECOND
        .apply(&first())
        .expect("of the first edition");
    let a = &migrated.assessment;
    assert_eq!(a.system(), "Lakeside team");
    assert_eq!(a.respondent(), Some("Team lead"));
    assert_eq!(
        a.date().map(|d| d.to_string()).as_deref(),
        Some("2026-01-10")
    );
    // Identity.
    assert_eq!(
        a.response(id("1.1-D1")),
        Some(Response::with_note(Status::Met, "Purpose on the wiki"))
    );
    assert_eq!(a.status(id("1.1-D2")), Some(Status::Partial));
    // Moved: status and note.
    assert_eq!(
        a.response(id("1.1-D4")),
        Some(Response::with_note(Status::Met, "Reviewed in March"))
    );
    // Merged: the least in place, notes prefixed with their old IDs.
    assert_eq!(
        a.response(id("1.1-M3")),
        Some(Response::with_note(
            Status::Partial,
            "1.1-M1: Plans cite it\n1.1-M2: Some priorities"
        ))
    );
    // Split: copied to each.
    for target in ["1.1-T2", "1.1-T3"] {
        assert_eq!(
            a.response(id(target)),
            Some(Response::with_note(Status::NotMet, "No induction yet"))
        );
    }
    // Review: carried.
    assert_eq!(
        a.response(id("1.2-D1")),
        Some(Response::with_note(Status::Met, "Mondays"))
    );
    // Retired: not carried; the later edition's 1.2-M2 is new and unanswered.
    assert_eq!(a.status(id("1.2-M2")), None);
    assert_eq!(a.response_count(), 7);

    let report = &migrated.report;
    assert_eq!(report.from, ("team-review", "1"));
    assert_eq!(report.to, ("team-review", "2"));
    let outcome = |s: &str| {
        report
            .answers
            .iter()
            .find(|x| x.id == id(s))
            .map(|x| x.outcome.clone())
    };
    assert_eq!(outcome("1.1-D1"), Some(Outcome::Carried));
    assert_eq!(outcome("1.1-D3"), Some(Outcome::Moved { to: id("1.1-D4") }));
    assert_eq!(
        outcome("1.1-M2"),
        Some(Outcome::Merged {
            into: id("1.1-M3"),
            carried: true
        })
    );
    assert!(matches!(outcome("1.1-T1"), Some(Outcome::Split { into }) if into.len() == 2));
    assert_eq!(outcome("1.2-D1"), Some(Outcome::Review));
    assert_eq!(outcome("1.2-M1"), Some(Outcome::Retired));
    let retired = report
        .answers
        .iter()
        .find(|x| x.id == id("1.2-M1"))
        .expect("listed");
    assert_eq!(
        retired.response,
        Response::with_note(Status::NotApplicable, "We keep no minutes")
    );
    let unanswered: Vec<String> = report.unanswered.iter().map(ToString::to_string).collect();
    assert_eq!(
        unanswered,
        ["1.1-D5", "1.1-M4", "1.2-M2", "1.2-T1", "2.1-D1", "2.1-M1", "2.1-T1"]
    );
    let counts = report.counts();
    assert_eq!(
        (
            counts.carried,
            counts.review,
            counts.moved,
            counts.merged,
            counts.split,
            counts.retired,
            counts.unanswered
        ),
        (2, 1, 1, 2, 1, 1, 7)
    );
    assert_eq!(
        counts.to_string(),
        "2 carried, 1 for review, 1 moved, 2 merged, 1 split, 1 retired; 7 criteria of the later edition unanswered"
    );
    let markdown = migration_markdown(report);
    assert!(
        markdown
            .contains("| `1.2-M1` | not applicable | retired: not carried | We keep no minutes |"),
        "{markdown}"
    );
    assert!(markdown.contains("`1.1-D3` → `1.1-D4`"), "{markdown}");
    assert!(
        markdown.contains("split: copied to `1.1-T2`, `1.1-T3`"),
        "{markdown}"
    );
}

#[test]
fn a_merge_takes_the_least_in_place_answer() {
    let merged = |m1: Option<Status>, m2: Option<Status>| {
        let mut a = Assessment::builder("T")
            .edition(REVIEW_FIRST)
            .build()
            .expect("a system");
        for (s, status) in [("1.1-M1", m1), ("1.1-M2", m2)] {
            if let Some(status) = status {
                a.set(id(s), Response::new(status)).expect("in the edition");
            }
        }
        let migrated = FIRST_TO_SECOND.apply(&a).expect("of the first edition");
        migrated.assessment.status(id("1.1-M3"))
    };
    use Status::*;
    assert_eq!(merged(Some(Met), Some(Met)), Some(Met));
    assert_eq!(merged(Some(Met), Some(Partial)), Some(Partial));
    assert_eq!(merged(Some(Partial), Some(NotMet)), Some(NotMet));
    assert_eq!(merged(Some(NotApplicable), Some(Met)), Some(Met));
    assert_eq!(
        merged(Some(NotApplicable), Some(NotApplicable)),
        Some(NotApplicable)
    );
    // Not assessed is the least in place: the merged criterion is not assessed, and the
    // report keeps the answer that was not carried.
    assert_eq!(merged(Some(Met), None), None);
    let mut a = Assessment::builder("T")
        .edition(REVIEW_FIRST)
        .build()
        .expect("a system");
    a.set(id("1.1-M1"), Response::with_note(Met, "kept in the report"))
        .expect("in the edition");
    let report = FIRST_TO_SECOND
        .apply(&a)
        .expect("of the first edition")
        .report;
    assert_eq!(
        report.answers[0].outcome,
        Outcome::Merged {
            into: id("1.1-M3"),
            carried: false
        }
    );
    assert_eq!(
        report.answers[0].response.note.as_deref(),
        Some("kept in the report")
    );
    assert!(migration_markdown(&report)
        .contains("not carried: another merged criterion was not assessed"));
}

#[test]
fn a_second_edition_has_the_whole_api() -> Result<(), Box<dyn std::error::Error>> {
    let later = FIRST_TO_SECOND.apply(&first())?.assessment;
    // A migration takes assessments of its earlier edition only.
    let e = FIRST_TO_SECOND.apply(&later).unwrap_err();
    assert!(matches!(e, Conflict::NotOfEdition { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "this assessment answers team-review 2, expected team-review 1"
    );
    // JSON round trip, with the edition named.
    let json = later.to_json();
    assert!(json.contains(r#""matrix": "team-review""#) && json.contains(r#""version": "2""#));
    let second = Editions::new([REVIEW_SECOND])?;
    assert_eq!(second.read_json(&json)?, later);
    // Reading it as another edition names both.
    let e = Assessment::from_json(&json).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("this assessment answers team-review 2, expected mhics 2019"),
        "{e}"
    );
    let e = Editions::new([REVIEW_FIRST])?.read_json(&json).unwrap_err();
    assert!(matches!(e.kind(), Kind::WrongEdition { .. }));
    assert!(
        e.to_string()
            .starts_with("this assessment answers team-review 2, expected team-review 1"),
        "{e}"
    );
    // Nearest-ID suggestions come from the edition being read.
    let e = second
        .read_json(
            &json
                .replace("2.1-D1", "2.1-D9")
                .replace(r#""1.1-D1""#, r#""2.1-X1""#),
        )
        .unwrap_err();
    assert!(e.to_string().contains("did you mean `2.1-D1`?"), "{e}");
    // A criterion of the built-in edition that this one lacks is unknown.
    assert!(Assessment::builder("T")
        .edition(REVIEW_SECOND)
        .respond("3.7-T1", Status::Met)
        .build()
        .is_err());
    // A retired ID is not a criterion of the later edition.
    assert!(Assessment::builder("T")
        .edition(REVIEW_SECOND)
        .respond("1.1-D3", Status::Met)
        .build()
        .is_err());

    // Evaluation and gaps, over 3 sub-sections.
    let e = evaluate(&later);
    assert_eq!(e.subsections().len(), 3);
    assert_eq!(e.domains().len(), 2);
    let s11 = e.subsection("1.1".parse()?).expect("1.1");
    assert_eq!(s11.coverage(Level::Developing).total, 4);
    assert_eq!(s11.coverage(Level::Developing).met, 2);
    assert_eq!(s11.attained(), None);
    let g: Vec<String> = gaps(&later, Target::Next)
        .map(|g| g.criterion.id().to_string())
        .collect();
    assert_eq!(g, ["1.1-D2", "1.1-D5", "1.2-M2", "2.1-D1"]);
    assert_eq!(gaps(&later, Target::Level(Level::Thriving)).count(), 14 - 3);
    // The evaluation report names the edition's version.
    let report = mhics::EvaluationReport::new(&later, Target::Next).to_json();
    assert!(report.contains(r#""version": "2""#));

    // Compare, cohort, reports.
    let mut after = later.clone();
    after.set(id("1.1-D2"), Response::new(Status::Met))?;
    after.set_date(Some("2026-06-01".parse()?));
    let c = compare(&later, &after)?;
    assert_eq!(c.summary().count(mhics::compare::Change::NewlyMet), 1);
    let mut other = after.clone();
    other.set_respondent(None)?;
    let other = {
        let json = other.to_json().replace("Lakeside team", "Hillside team");
        second.read_json(&json)?
    };
    let cohort = Cohort::new([&later, &other])?;
    assert_eq!(cohort.criterion_shares().count(), 14);
    for text in [
        mhics::report::markdown::assessment(&e, Target::Next),
        mhics::report::markdown::comparison(&c),
        mhics::report::markdown::cohort(&cohort),
        mhics::report::csv::cohort_criteria(&cohort),
        mhics::report::svg::assessment(&e),
        mhics::report::svg::cohort(&cohort),
    ] {
        assert!(
            !text.contains("Mental Health in the Integrated Care System"),
            "{text}"
        );
        assert!(!text.contains("3.7"), "a built-in sub-section in {text}");
    }
    assert!(mhics::report::markdown::assessment(&e, Target::Next).contains("Shared purpose"));
    // Partners' perspectives.
    let mut partner = later.clone();
    partner.set_respondent(Some("Team member".to_owned()))?;
    partner.set(id("1.1-D1"), Response::new(Status::NotMet))?;
    let p =
        mhics::perspectives::Perspectives::new([(&later, "lead.json"), (&partner, "member.json")])?;
    assert_eq!(p.conversations().len(), 1);
    assert_eq!(p.conversations()[0].criterion.id(), id("1.1-D1"));
    assert_eq!(p.subsections().len(), 3);
    assert!(p.to_json().contains(r#""matrix": "team-review""#));
    for text in [
        mhics::report::markdown::perspectives(&p),
        mhics::report::csv::perspectives(&p),
        mhics::report::svg::perspectives(&p),
    ] {
        assert!(!text.contains("3.7"), "a built-in sub-section in {text}");
        assert!(
            !text.contains("System Leadership"),
            "built-in content in {text}"
        );
    }
    assert!(mhics::report::svg::perspectives(&p).contains("Shared purpose"));
    // Export.
    let export = REVIEW_SECOND.matrix().to_json();
    assert!(export.contains(r#""retired": ["#));
    Ok(())
}

#[test]
fn comparing_across_editions_migrates_the_earlier_first() -> Result<(), Box<dyn std::error::Error>>
{
    let earlier = first();
    let mut later = FIRST_TO_SECOND.apply(&earlier)?.assessment;
    later.set(id("1.1-D5"), Response::new(Status::Met))?;
    later.set(id("1.1-D2"), Response::new(Status::Met))?;
    later.set_date(Some("2026-07-01".parse()?));
    let across = compare_across(&earlier, &later, &FIRST_TO_SECOND)?;
    assert_eq!(across.migration().counts().retired, 1);
    let comparison = across.comparison();
    assert_eq!(
        comparison.summary().count(mhics::compare::Change::NewlyMet),
        2
    );
    let markdown = comparison_across_markdown(&across);
    assert!(markdown.contains("The earlier self-assessment answered team-review 1; it was migrated to team-review 2 first: 2 carried, 1 for review, 1 moved, 2 merged, 1 split, 1 retired;"), "{markdown}");
    assert!(markdown.starts_with("# Progress: Lakeside team\n\nMatrix edition team-review 2. From the self-assessment of 2026-01-10 to that of 2026-07-01.\n\nThe earlier"), "{markdown}");
    // Systems and dates are checked as for any comparison.
    let other = Assessment::builder("Another team")
        .edition(REVIEW_SECOND)
        .build()?;
    assert!(matches!(
        compare_across(&earlier, &other, &FIRST_TO_SECOND),
        Err(Conflict::DifferentSystems { .. })
    ));
    later.set_date(Some("2025-01-01".parse()?));
    assert!(matches!(
        compare_across(&earlier, &later, &FIRST_TO_SECOND),
        Err(Conflict::DatesOutOfOrder { .. })
    ));
    Ok(())
}

fn status() -> impl Strategy<Value = Option<(Status, Option<String>)>> {
    prop_oneof![
        Just(None),
        (
            prop::sample::select(Status::ALL.to_vec()),
            prop::option::of("[a-z \n]{0,12}")
        )
            .prop_map(Some),
    ]
}

proptest! {
    /// For random assessments of the first edition, the report accounts for every
    /// original answer exactly once, and no note is lost: each stands in the migrated
    /// assessment unless the report holds it (retired, or merged into a criterion left
    /// not assessed).
    #[test]
    fn the_report_accounts_for_every_answer_once(
        answers in prop::collection::vec(status(), 9)
    ) {
        let mut a = Assessment::builder("T").edition(REVIEW_FIRST).build().expect("a system");
        let ids: Vec<CriterionId> = REVIEW_FIRST.matrix().criteria().map(|c| c.id()).collect();
        for (cid, answer) in ids.iter().zip(&answers) {
            if let Some((status, note)) = answer {
                a.set(*cid, Response { status: *status, note: note.clone() }).expect("in the edition");
            }
        }
        let migrated = FIRST_TO_SECOND.apply(&a).expect("of the first edition");
        let report = &migrated.report;
        let accounted: Vec<CriterionId> = report.answers.iter().map(|x| x.id).collect();
        let original: Vec<CriterionId> = a.responses().map(|(cid, _, _)| cid).collect();
        prop_assert_eq!(&accounted, &original);
        prop_assert_eq!(accounted.iter().collect::<BTreeSet<_>>().len(), accounted.len());
        let c = report.counts();
        prop_assert_eq!(c.carried + c.review + c.moved + c.merged + c.split + c.retired, original.len());
        let all_notes: String = migrated.assessment.responses().filter_map(|(_, _, n)| n).collect::<Vec<_>>().join("\n");
        for x in &report.answers {
            prop_assert_eq!(a.response(x.id), Some(x.response.clone()));
            if let Some(note) = &x.response.note {
                if x.outcome.is_carried() {
                    prop_assert!(all_notes.contains(note.as_str()), "{} lost its note", x.id);
                } else {
                    let held = matches!(x.outcome, Outcome::Retired | Outcome::Merged { carried: false, .. });
                    prop_assert!(held, "{} dropped its note", x.id);
                }
            }
        }
        // The unanswered list is exactly the later edition's criteria with no answer.
        let unanswered: Vec<CriterionId> = REVIEW_SECOND
            .matrix()
            .criteria()
            .map(|c| c.id())
            .filter(|cid| migrated.assessment.status(*cid).is_none())
            .collect();
        prop_assert_eq!(&report.unanswered, &unanswered);
    }
}
