//! Properties that hold for every assessment.

use mhics::cohort::Cohort;
use mhics::compare::{compare, Change, Movement};
use mhics::{evaluate, gaps, Assessment, Date, Level, Response, Status, Target, MATRIX};
use proptest::prelude::*;

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

fn level() -> impl Strategy<Value = Level> {
    prop::sample::select(Level::ALL.to_vec())
}

fn date() -> impl Strategy<Value = Option<Date>> {
    prop::option::of(
        (1u16..=9999, 1u8..=12, 1u8..=31)
            .prop_filter_map("a real date", |(y, m, d)| Date::new(y, m, d).ok()),
    )
}

/// Any text a note may hold: any Unicode text but control characters other than tab,
/// line feed and carriage return before a line feed.
fn note() -> impl Strategy<Value = String> {
    "([^\\p{Cc}]|[\t\n]|\r\n){0,40}"
}

/// Any valid assessment: each criterion unanswered or answered, with or without a note
/// of any Unicode text.
fn assessment() -> impl Strategy<Value = Assessment> {
    let responses = prop::collection::vec(
        prop::option::weighted(0.7, (status(), prop::option::of(note()))),
        MATRIX.criterion_count(),
    );
    ("\\PC*[^\\s\\p{Cc}]\\PC*", date(), responses).prop_map(|(system, date, responses)| {
        let mut a = Assessment::new(system).expect("not blank");
        a.set_date(date);
        for (criterion, response) in MATRIX.criteria().zip(responses) {
            if let Some((status, note)) = response {
                let response = Response { status, note };
                a.set(criterion.id(), response).expect("a real criterion");
            }
        }
        a
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn meeting_one_more_criterion_never_lowers_any_attainment(a in assessment(), pick in any::<prop::sample::Index>()) {
        let criterion = MATRIX.criteria().nth(pick.index(MATRIX.criterion_count())).unwrap();
        let before = evaluate(&a);
        let mut b = a.clone();
        b.set(criterion.id(), Response::new(Status::Met)).unwrap();
        let after = evaluate(&b);
        for (x, y) in before.subsections().zip(after.subsections()) {
            prop_assert!(y.attained() >= x.attained(), "{} fell", x.id());
            for level in Level::ALL {
                prop_assert!(y.coverage(level).met >= x.coverage(level).met);
            }
        }
        for (x, y) in before.domains().iter().zip(after.domains()) {
            prop_assert!(y.attained() >= x.attained());
        }
        prop_assert!(after.overall() >= before.overall());
    }

    #[test]
    fn gaps_are_empty_exactly_when_the_target_is_attained(a in assessment(), target in level()) {
        let e = evaluate(&a);
        for s in e.subsections() {
            let toward_level = gaps(&a, Target::Level(target)).filter(|g| g.subsection() == s.id()).count();
            prop_assert_eq!(toward_level == 0, s.attained() >= Some(target), "{}", s.id());
            let toward_next = gaps(&a, Target::Next).filter(|g| g.subsection() == s.id()).count();
            prop_assert_eq!(toward_next == 0, s.attained() == Some(Level::Thriving), "{}", s.id());
            // The default gap list is exactly the unmet applicable criteria of the next level.
            if let Some(next) = s.next() {
                let c = s.coverage(next);
                prop_assert_eq!(toward_next, usize::from(c.applicable - c.met));
            }
        }
        for g in gaps(&a, Target::Level(target)) {
            prop_assert!(g.level() <= target);
            prop_assert_ne!(a.status(g.criterion.id()), Some(Status::Met));
            prop_assert_ne!(a.status(g.criterion.id()), Some(Status::NotApplicable));
        }
    }

    #[test]
    fn coverage_counts_agree_with_the_responses(a in assessment()) {
        let e = evaluate(&a);
        for (s, subsection) in e.subsections().zip(MATRIX.subsections()) {
            for content in subsection.levels() {
                let statuses: Vec<_> = content.criteria().map(|c| a.status(c.id())).collect();
                let c = s.coverage(content.level());
                prop_assert_eq!(usize::from(c.total), statuses.len());
                prop_assert_eq!(usize::from(c.met), statuses.iter().filter(|s| **s == Some(Status::Met)).count());
                prop_assert_eq!(usize::from(c.applicable), statuses.iter().filter(|s| **s != Some(Status::NotApplicable)).count());
            }
        }
    }

    #[test]
    fn read_after_write_is_identical(a in assessment()) {
        let written = a.to_json();
        let b = Assessment::from_json(&written).unwrap();
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(b.to_json(), written);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = Assessment::from_json_slice(&bytes);
    }

    #[test]
    fn arbitrary_edits_of_a_real_file_never_panic(
        a in assessment(),
        cut in any::<prop::sample::Index>(),
        insert in "\\PC{0,12}",
    ) {
        let text = a.to_json();
        let mut at = cut.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let edited = format!("{}{}{}", &text[..at], insert, &text[at..]);
        let _ = Assessment::from_json(&edited);
        let _ = Assessment::from_json(&text[..at]);
    }

    #[test]
    fn arbitrary_response_keys_and_statuses_are_refused_cleanly(key in "\\PC{0,10}", status in "\\PC{0,10}") {
        let text = format!(
            r#"{{"matrix":"mhics","version":"{}","system":"S","responses":{{{}:{{"status":{}}}}}}}"#,
            MATRIX.version(),
            serde_json::to_string(&key).unwrap(),
            serde_json::to_string(&status).unwrap(),
        );
        match Assessment::from_json(&text) {
            Ok(a) => prop_assert_eq!(a.response_count(), 1),
            Err(e) => prop_assert!(e.position().is_some(), "{}", e),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn comparing_an_assessment_with_itself_shows_no_change(a in assessment()) {
        let c = compare(&a, &a).unwrap();
        for change in c.criteria() {
            prop_assert!(!change.status_changed());
            prop_assert!(
                matches!(change.change, Change::StillMet | Change::StillOpen | Change::NotApplicable),
                "{} {}", change.criterion.id(), change.change
            );
        }
        prop_assert!(c.subsections().all(|s| s.movement() == Movement::Same));
        prop_assert!(c.domains().all(|d| d.movement() == Movement::Same));
        let summary = c.summary();
        prop_assert_eq!(summary.count(Change::NewlyMet), 0);
        prop_assert_eq!(summary.count(Change::Regressed), 0);
        prop_assert_eq!(summary.moved_while_open(), 0);
    }

    #[test]
    fn a_comparison_accounts_for_every_criterion_met(a in assessment(), b in assessment()) {
        let b = restamped(&b, &a);
        let c = compare(&a, &b).unwrap();
        let summary = c.summary();
        let total: usize = Change::ALL.iter().map(|k| summary.count(*k)).sum();
        prop_assert_eq!(total, MATRIX.criterion_count());
        let met = |x: &Assessment| MATRIX.criteria().filter(|c| x.status(c.id()) == Some(Status::Met)).count();
        let met_then_not_applicable = c
            .changes(Change::NotApplicable)
            .filter(|c| c.before == Some(Status::Met))
            .count();
        // Met now = met before + newly met − regressed − met before and not applicable now.
        prop_assert_eq!(
            met(&b) + summary.count(Change::Regressed) + met_then_not_applicable,
            met(&a) + summary.count(Change::NewlyMet)
        );
        for s in c.subsections() {
            prop_assert_eq!(s.before, c.before_evaluation().subsection(s.before.id()).unwrap());
            prop_assert_eq!(s.after, c.after_evaluation().subsection(s.after.id()).unwrap());
        }
    }

    #[test]
    fn cohort_shares_lie_in_0_to_1_and_match_counts(members in prop::collection::vec(assessment(), 1..5)) {
        let members = one_per_system(members);
        let cohort = Cohort::new(&members).unwrap();
        let n = members.len();
        for share in cohort.criterion_shares() {
            let id = share.criterion.id();
            let count = |status: Option<Status>| members.iter().filter(|m| m.status(id) == status).count();
            prop_assert_eq!(share.systems, n);
            prop_assert_eq!(share.met, count(Some(Status::Met)));
            prop_assert_eq!(share.partial, count(Some(Status::Partial)));
            prop_assert_eq!(share.not_met, count(Some(Status::NotMet)));
            prop_assert_eq!(share.not_applicable, count(Some(Status::NotApplicable)));
            prop_assert_eq!(share.not_assessed, count(None));
            for value in [share.share(), share.share_of_applicable()] {
                prop_assert!((0.0..=1.0).contains(&value), "{} {}", id, value);
            }
            prop_assert!((0.0..=0.25).contains(&share.variation()));
            prop_assert_eq!(share.share(), share.met as f64 / n as f64);
        }
        for (id, d) in cohort.distributions() {
            prop_assert_eq!(d.total(), n);
            for level in [None, Some(Level::Developing), Some(Level::Maturing), Some(Level::Thriving)] {
                let count = members
                    .iter()
                    .filter(|m| evaluate(m).subsection(id).unwrap().attained() == level)
                    .count();
                prop_assert_eq!(d.count(level), count);
            }
            for level in Level::ALL {
                prop_assert!((0.0..=1.0).contains(&d.share_at_least(level)));
            }
            prop_assert!((0.0..=1.5).contains(&d.spread()));
        }
    }

    #[test]
    fn peers_have_met_each_gap_and_are_other_systems(members in prop::collection::vec(assessment(), 1..4)) {
        let members = one_per_system(members);
        let cohort = Cohort::new(&members).unwrap();
        let me = &members[0];
        let learning = cohort.peer_learning(me, Target::Next);
        let gaps: Vec<_> = gaps(me, Target::Next).collect();
        prop_assert_eq!(learning.len(), gaps.len());
        for (entry, gap) in learning.iter().zip(&gaps) {
            prop_assert_eq!(&entry.gap, gap);
            for peer in &entry.peers {
                prop_assert_ne!(peer.system, me.system());
                let member = members.iter().find(|m| m.system() == peer.system && m.date() == peer.date).unwrap();
                prop_assert_eq!(member.status(gap.criterion.id()), Some(Status::Met));
                prop_assert_eq!(member.note(gap.criterion.id()), peer.note);
            }
            let met = members[1..].iter().filter(|m| m.status(gap.criterion.id()) == Some(Status::Met)).count();
            prop_assert!(entry.peers.len() <= Cohort::PEERS_PER_GAP);
            prop_assert_eq!(entry.peers.len() + entry.more, met);
        }
    }
}

/// The first assessment of each system (names compared trimmed, ignoring case), as a
/// cohort takes them.
fn one_per_system(members: Vec<Assessment>) -> Vec<Assessment> {
    let mut seen = std::collections::HashSet::new();
    members
        .into_iter()
        .filter(|m| seen.insert(m.system().trim().to_lowercase()))
        .collect()
}

/// The responses of `a`, with the system name and date of `like`.
fn restamped(a: &Assessment, like: &Assessment) -> Assessment {
    let mut b = Assessment::new(like.system()).unwrap();
    b.set_date(like.date());
    for (id, status, note) in a.responses() {
        let response = Response {
            status,
            note: note.map(str::to_owned),
        };
        b.set(id, response).unwrap();
    }
    b
}
