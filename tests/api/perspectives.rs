//! Partners' perspectives: the rules one by one, the checks on a set, and a
//! property that the word-parallel rules agree with a criterion-by-criterion reading of
//! the rules for any set of respondents.

use mhics::error::Conflict;
use mhics::perspectives::Perspectives;
use mhics::{
    evaluate, Assessment, CriterionId, Date, Error, Level, Response, Status, Target, MATRIX,
};
use proptest::prelude::*;

fn id(s: &str) -> CriterionId {
    s.parse().expect("a criterion ID")
}

/// One respondent's assessment of "Riverside" from `(criterion, status)` pairs.
fn partner(respondent: &str, answers: &[(&str, Status)]) -> Result<Assessment, Error> {
    let mut builder = Assessment::builder("Riverside").respondent(respondent);
    for (criterion, status) in answers {
        builder = builder.respond(criterion, *status);
    }
    builder.build()
}

fn set(assessments: &[Assessment]) -> Result<Perspectives<'_>, Conflict> {
    Perspectives::new(assessments.iter().map(|a| (a, "file.json")))
}

type Outcome = (Option<Status>, u8, bool);

/// The outcome for `1.1-D1` when each respondent gives the status in `answers` (None:
/// no answer).
fn one_criterion(answers: &[Option<Status>]) -> Result<Outcome, Box<dyn std::error::Error>> {
    let assessments = answers
        .iter()
        .enumerate()
        .map(|(i, status)| {
            let given: Vec<(&str, Status)> = status.iter().map(|s| ("1.1-D1", *s)).collect();
            partner(&format!("Partner {i}"), &given)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let p = set(&assessments)?;
    let c = p.consolidation();
    let d1 = id("1.1-D1");
    assert_eq!(p.consolidated().status(d1), c.status(d1));
    Ok((c.status(d1), c.spread(d1), c.applicability_disputed(d1)))
}

use Status::{Met, NotApplicable as Na, NotMet, Partial};

#[test]
fn all_not_applicable_is_not_applicable() -> Result<(), Box<dyn std::error::Error>> {
    assert_eq!(
        one_criterion(&[Some(Na), Some(Na), Some(Na)])?,
        (Some(Na), 0, false)
    );
    assert_eq!(one_criterion(&[Some(Na), None])?, (Some(Na), 0, false));
    Ok(())
}

#[test]
fn not_applicable_answers_are_set_aside() -> Result<(), Box<dyn std::error::Error>> {
    assert_eq!(
        one_criterion(&[Some(Met), Some(Na), Some(Met)])?,
        (Some(Met), 0, true)
    );
    assert_eq!(
        one_criterion(&[Some(Na), Some(NotMet), Some(NotMet)])?,
        (Some(NotMet), 0, true)
    );
    assert_eq!(
        one_criterion(&[Some(Partial), Some(Na)])?,
        (Some(Partial), 0, true)
    );
    Ok(())
}

#[test]
fn met_and_not_met_are_partial_with_spread_two() -> Result<(), Box<dyn std::error::Error>> {
    assert_eq!(
        one_criterion(&[Some(Met), Some(NotMet)])?,
        (Some(Partial), 2, false)
    );
    assert_eq!(
        one_criterion(&[Some(Met), Some(Partial), Some(NotMet), Some(Na)])?,
        (Some(Partial), 2, true)
    );
    Ok(())
}

#[test]
fn neighbouring_answers_have_spread_one_and_alike_answers_none(
) -> Result<(), Box<dyn std::error::Error>> {
    assert_eq!(
        one_criterion(&[Some(Met), Some(Partial)])?,
        (Some(Partial), 1, false)
    );
    assert_eq!(
        one_criterion(&[Some(NotMet), None, Some(Partial)])?,
        (Some(Partial), 1, false)
    );
    assert_eq!(
        one_criterion(&[Some(Partial), Some(Partial)])?,
        (Some(Partial), 0, false)
    );
    assert_eq!(
        one_criterion(&[Some(Met), Some(Met), None])?,
        (Some(Met), 0, false)
    );
    assert_eq!(
        one_criterion(&[Some(NotMet), Some(NotMet)])?,
        (Some(NotMet), 0, false)
    );
    Ok(())
}

#[test]
fn unanswered_by_everyone_is_not_assessed() -> Result<(), Box<dyn std::error::Error>> {
    assert_eq!(one_criterion(&[None, None, None])?, (None, 0, false));
    let a = partner("Trust", &[("1.1-D2", Met)])?;
    let b = partner("Council", &[("1.1-D2", Met)])?;
    let both = [a, b];
    let p = set(&both)?;
    assert_eq!(p.consolidated().status(id("1.1-D1")), None);
    assert_eq!(p.consolidated().response_count(), 1);
    let gap = mhics::gaps(p.consolidated(), Target::Next)
        .next()
        .expect("1.1 is not at Developing");
    assert_eq!(gap.criterion.id(), id("1.1-D1"));
    assert_eq!(gap.status.as_str(), "not_assessed");
    Ok(())
}

#[test]
fn a_single_respondent_has_no_conversations_and_is_its_own_consolidation(
) -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = Assessment::builder("Riverside").respondent("Trust");
    for (i, criterion) in MATRIX.criteria().enumerate() {
        builder = builder.respond_with_note(criterion.id().to_string(), Status::ALL[i % 4], "why");
    }
    let only = [builder.build()?];
    let p = set(&only)?;
    assert!(p.conversations().is_empty());
    assert_eq!(p.consolidation().contested_count(), 0);
    assert!(p
        .subsections()
        .iter()
        .all(|a| a.answered_by_two_or_more == 0 && a.agreement().is_none()));
    for criterion in MATRIX.criteria() {
        assert_eq!(
            p.consolidated().status(criterion.id()),
            only[0].status(criterion.id())
        );
        assert_eq!(p.consolidated().note(criterion.id()), Some("Trust: why"));
    }
    // The same progression (an evaluation also holds its assessment, whose notes and
    // respondent differ, so its parts are compared).
    let (consolidated, own) = (evaluate(p.consolidated()), evaluate(&only[0]));
    assert_eq!(consolidated.overall(), own.overall());
    assert!(consolidated.subsections().eq(own.subsections()));
    assert!(consolidated.domains().eq(own.domains()));
    Ok(())
}

#[test]
fn the_consolidated_assessment_joins_dates_notes_and_names(
) -> Result<(), Box<dyn std::error::Error>> {
    let date = |s: &str| s.parse::<Date>();
    let trust = Assessment::builder("Riverside ICS")
        .respondent("Trust")
        .date(date("2026-10-01")?)
        .respond_with_note("1.1-D1", Met, "Board since 2020")
        .respond_with_note("1.1-D2", Partial, "two lines\nof note")
        .build()?;
    let council = Assessment::builder("  riverside ics ")
        .date(date("2026-10-14")?)
        .respond("1.1-D1", Met)
        .respond_with_note("1.1-D2", NotMet, "not yet")
        .build()?;
    let vcse = Assessment::builder("RIVERSIDE ICS")
        .respondent("VCSE")
        .respond_with_note("1.1-D1", Met, "agreed")
        .build()?;
    let all = [
        (&trust, "trust.json"),
        (&council, "council.json"),
        (&vcse, "vcse.json"),
    ];
    let p = Perspectives::new(all)?;
    let c = p.consolidated();
    assert_eq!(c.system(), "Riverside ICS");
    assert_eq!(p.system(), "Riverside ICS");
    assert_eq!(c.date(), Some(date("2026-10-14")?));
    assert_eq!(
        c.respondent(),
        Some("Consolidated: Trust; council.json; VCSE")
    );
    let labels: Vec<&str> = p.respondents().iter().map(|r| r.label).collect();
    assert_eq!(labels, ["Trust", "council.json", "VCSE"]);
    assert!(p.respondents()[1].labelled_by_source() && !p.respondents()[0].labelled_by_source());
    assert_eq!(
        c.note(id("1.1-D1")),
        Some("Trust: Board since 2020\nVCSE: agreed")
    );
    assert_eq!(
        c.note(id("1.1-D2")),
        Some("Trust: two lines\nof note\ncouncil.json: not yet")
    );
    assert_eq!(c.status(id("1.1-D2")), Some(Partial));
    // An ordinary assessment: it reads back from its own file.
    assert_eq!(&Assessment::from_json(&c.to_json())?, c);
    // Undated sets give an undated consolidation.
    let undated = [vcse.clone()];
    assert_eq!(set(&undated)?.consolidated().date(), None);
    Ok(())
}

#[test]
fn conversations_run_by_spread_then_matrix_order_with_every_answer(
) -> Result<(), Box<dyn std::error::Error>> {
    let trust = partner(
        "Trust",
        &[
            ("1.1-D1", Met),
            ("1.1-D2", Met),
            ("1.2-D1", Met),
            ("3.1-D1", Na),
            ("1.1-D3", Partial),
        ],
    )?;
    let council = partner(
        "Council",
        &[
            ("1.1-D1", Partial),
            ("1.1-D2", NotMet),
            ("1.2-D1", NotMet),
            ("3.1-D1", Met),
            ("1.1-D3", Partial),
        ],
    )?;
    let primary = partner("Primary care", &[("1.1-D1", Met)])?;
    let all = [trust, council, primary];
    let p = set(&all)?;
    let order: Vec<(String, u8, bool)> = p
        .conversations()
        .iter()
        .map(|c| {
            (
                c.criterion.id().to_string(),
                c.spread,
                c.applicability_disputed,
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            ("1.1-D2".to_owned(), 2, false),
            ("1.2-D1".to_owned(), 2, false),
            ("1.1-D1".to_owned(), 1, false),
            ("3.1-D1".to_owned(), 0, true),
        ]
    );
    let first = &p.conversations()[0];
    assert_eq!(first.consolidated, Some(Partial));
    assert_eq!(first.theme.name(), "Collaboration");
    assert_eq!(
        (first.subsection().to_string(), first.level()),
        ("1.1".to_owned(), Level::Developing)
    );
    let answers: Vec<(&str, Option<Status>)> = first
        .answers
        .iter()
        .map(|a| (a.respondent, a.status))
        .collect();
    assert_eq!(
        answers,
        [
            ("Trust", Some(Met)),
            ("Council", Some(NotMet)),
            ("Primary care", None)
        ]
    );

    // 1.1: D1, D2, D3 answered by two or more, D1 and D2 contested.
    let a = p.subsection("1.1".parse()?).ok_or("1.1")?;
    assert_eq!((a.answered_by_two_or_more, a.contested), (3, 2));
    assert_eq!(a.agreement(), Some(1.0 / 3.0));
    let a = p.subsection("3.1".parse()?).ok_or("3.1")?;
    assert_eq!(
        (a.answered_by_two_or_more, a.contested, a.agreement()),
        (1, 1, Some(0.0))
    );
    let a = p.subsection("2.1".parse()?).ok_or("2.1")?;
    assert_eq!((a.answered_by_two_or_more, a.agreement()), (0, None));
    assert_eq!(p.subsections().len(), MATRIX.subsections().count());
    Ok(())
}

#[test]
fn sets_that_do_not_belong_together_are_refused() -> Result<(), Box<dyn std::error::Error>> {
    let none: [(&Assessment, &str); 0] = [];
    let err = Perspectives::new(none).map(|_| ()).unwrap_err();
    assert_eq!(err, Conflict::NoPartners);
    assert_eq!(
        err.to_string(),
        "a perspectives set needs at least one assessment"
    );

    let trust = partner("Trust", &[])?;
    let other = Assessment::builder("Northfield").build()?;
    let err = Perspectives::new([(&trust, "trust.json"), (&other, "northfield.json")])
        .map(|_| ())
        .unwrap_err();
    assert!(matches!(err, Conflict::MixedSystems { .. }));
    assert_eq!(
        err.to_string(),
        "one system per perspectives set: trust.json (Trust) answers for \"Riverside\", but northfield.json answers for \"Northfield\""
    );

    let again = Assessment::builder("riverside")
        .respondent(" trust ")
        .build()?;
    let err = Perspectives::new([(&trust, "trust.json"), (&again, "trust-2.json")])
        .map(|_| ())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "respondent \"Trust\" (also spelt \" trust \") answers twice, in trust.json and trust-2.json: each partner answers once"
    );
    // Unnamed respondents are told apart by their sources.
    let unnamed = Assessment::builder("Riverside").build()?;
    assert!(Perspectives::new([(&unnamed, "a.json"), (&unnamed, "b.json")]).is_ok());
    let err = Perspectives::new([(&unnamed, "a.json"), (&unnamed, "A.json")])
        .map(|_| ())
        .unwrap_err();
    assert!(matches!(err, Conflict::RepeatedRespondent { .. }), "{err}");
    Ok(())
}

/// The rules for one criterion (`mhics::guide::perspectives`), read literally: `answers` are the statuses
/// given (no entry for a respondent who gave none).
fn by_the_rules(answers: &[Status]) -> (Option<Status>, u8, bool) {
    let scores: Vec<u8> = answers
        .iter()
        .filter_map(|s| match s {
            Met => Some(2),
            Partial => Some(1),
            NotMet => Some(0),
            Na => None,
        })
        .collect();
    let status = if answers.is_empty() {
        None
    } else if scores.is_empty() {
        Some(Na)
    } else if scores.iter().all(|s| *s == 2) {
        Some(Met)
    } else if scores.iter().all(|s| *s == 0) {
        Some(NotMet)
    } else {
        Some(Partial)
    };
    let spread = if scores.len() < 2 {
        0
    } else {
        scores.iter().max().unwrap_or(&0) - scores.iter().min().unwrap_or(&0)
    };
    let disputed = answers.contains(&Na) && answers.iter().any(|s| *s != Na);
    (status, spread, disputed)
}

fn respondents() -> impl Strategy<Value = Vec<Vec<Option<Status>>>> {
    let answer = prop::option::weighted(0.75, prop::sample::select(Status::ALL.to_vec()));
    prop::collection::vec(
        prop::collection::vec(answer, MATRIX.criterion_count()),
        1..=8,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn word_parallel_rules_agree_with_the_rules_criterion_by_criterion(sets in respondents()) {
        let assessments: Vec<Assessment> = sets
            .iter()
            .enumerate()
            .map(|(i, answers)| {
                let mut a = Assessment::new("Riverside").unwrap();
                a.set_respondent(Some(format!("Partner {i}"))).unwrap();
                for (criterion, status) in MATRIX.criteria().zip(answers) {
                    if let Some(status) = status {
                        a.set(criterion.id(), Response::new(*status)).unwrap();
                    }
                }
                a
            })
            .collect();
        let p = set(&assessments).unwrap();
        let c = p.consolidation();
        let mut expected_conversations = Vec::new();
        for (i, criterion) in MATRIX.criteria().enumerate() {
            let id = criterion.id();
            let given: Vec<Status> = sets.iter().filter_map(|answers| answers[i]).collect();
            let (status, spread, disputed) = by_the_rules(&given);
            prop_assert_eq!(c.status(id), status, "{}", id);
            prop_assert_eq!(p.consolidated().status(id), status, "{}", id);
            prop_assert_eq!(c.spread(id), spread, "{}", id);
            prop_assert_eq!(c.applicability_disputed(id), disputed, "{}", id);
            prop_assert_eq!(c.answered_by_two_or_more(id), given.len() >= 2, "{}", id);
            if spread > 0 || disputed {
                expected_conversations.push((spread, id));
            }
        }
        prop_assert_eq!(c.contested_count(), expected_conversations.len());
        expected_conversations.sort_by_key(|x| std::cmp::Reverse(x.0));
        let conversations: Vec<(u8, CriterionId)> =
            p.conversations().iter().map(|x| (x.spread, x.criterion.id())).collect();
        prop_assert_eq!(conversations, expected_conversations);
        for agreement in p.subsections() {
            let criteria = MATRIX.subsection(agreement.id).unwrap().criteria();
            let shared = criteria.clone().filter(|x| c.answered_by_two_or_more(x.id())).count();
            let contested = criteria.filter(|x| c.is_contested(x.id())).count();
            prop_assert_eq!((agreement.answered_by_two_or_more, agreement.contested), (shared, contested));
        }
        if sets.len() == 1 {
            prop_assert!(p.conversations().is_empty());
        }
    }
}
