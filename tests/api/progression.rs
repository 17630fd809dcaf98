//! The rules of progression and gaps (`mhics::guide::rules`), on the real matrix.

use mhics::{
    evaluate, gaps, group, Assessment, CriterionId, GapStatus, Level, Response, Status,
    SubSectionId, Target, MATRIX,
};

fn id(s: &str) -> CriterionId {
    s.parse().expect("a well-formed ID")
}

fn sub(s: &str) -> SubSectionId {
    s.parse().expect("a well-formed ID")
}

fn answer(a: &mut Assessment, subsection: &str, level: Level, status: Status) {
    let content = MATRIX.subsection(sub(subsection)).unwrap().level(level);
    for c in content.criteria() {
        a.set(c.id(), Response::new(status)).unwrap();
    }
}

fn all(status: Status) -> Assessment {
    let mut a = Assessment::new("All").unwrap();
    for c in MATRIX.criteria() {
        a.set(c.id(), Response::new(status)).unwrap();
    }
    a
}

#[test]
fn nothing_answered_attains_nothing_and_every_gap_is_not_assessed() {
    let a = Assessment::new("Empty").unwrap();
    let e = evaluate(&a);
    assert_eq!(e.overall(), None);
    for s in e.subsections() {
        assert_eq!(s.attained(), None);
        assert_eq!(s.next(), Some(Level::Developing));
        for level in Level::ALL {
            let c = s.coverage(level);
            assert_eq!((c.met, c.applicable), (0, c.total));
            assert!(c.total > 0);
        }
    }
    let g: Vec<_> = gaps(&a, Target::Next).collect();
    let developing: usize = MATRIX
        .subsections()
        .map(|s| s.level(Level::Developing).criterion_count())
        .sum();
    assert_eq!(g.len(), developing);
    assert!(g.iter().all(|g| g.status == GapStatus::NotAssessed));
    assert!(g.iter().all(|g| g.level() == Level::Developing));
}

#[test]
fn everything_met_attains_thriving_with_no_gaps() {
    let a = all(Status::Met);
    let e = evaluate(&a);
    assert_eq!(e.overall(), Some(Level::Thriving));
    assert!(e
        .domains()
        .iter()
        .all(|d| d.attained() == Some(Level::Thriving)));
    assert!(e.subsections().all(|s| s.next().is_none()));
    assert!(e.subsections().all(|s| s.progress_to_next().is_none()));
    for target in [Target::Next, Target::Level(Level::Thriving)] {
        assert_eq!(gaps(&a, target).count(), 0);
    }
}

#[test]
fn everything_not_applicable_is_complete() {
    let a = all(Status::NotApplicable);
    let e = evaluate(&a);
    assert_eq!(e.overall(), Some(Level::Thriving));
    let c = e
        .subsection(sub("1.1"))
        .unwrap()
        .coverage(Level::Developing);
    assert_eq!((c.met, c.applicable), (0, 0));
    assert_eq!(c.ratio(), 1.0);
}

#[test]
fn partial_and_not_met_are_not_in_place() {
    for status in [Status::Partial, Status::NotMet] {
        let a = all(status);
        let e = evaluate(&a);
        assert_eq!(e.overall(), None);
        assert!(gaps(&a, Target::Next).all(|g| g.status
            == if status == Status::Partial {
                GapStatus::Partial
            } else {
                GapStatus::NotMet
            }));
    }
}

#[test]
fn progression_is_cumulative() {
    // Thriving and Maturing met, Developing short by one: nothing attained.
    let mut a = Assessment::new("Cumulative").unwrap();
    answer(&mut a, "1.1", Level::Developing, Status::Met);
    answer(&mut a, "1.1", Level::Maturing, Status::Met);
    answer(&mut a, "1.1", Level::Thriving, Status::Met);
    a.set(id("1.1-D1"), Response::new(Status::Partial)).unwrap();
    let s = evaluate(&a).subsection(sub("1.1")).unwrap();
    assert_eq!(s.attained(), None);
    assert_eq!(s.next(), Some(Level::Developing));
    let g: Vec<_> = gaps(&a, Target::Next)
        .filter(|g| g.subsection() == sub("1.1"))
        .collect();
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].criterion.id(), id("1.1-D1"));
    assert_eq!(g[0].status, GapStatus::Partial);

    // Mend it: Thriving at once.
    a.set(id("1.1-D1"), Response::new(Status::Met)).unwrap();
    assert_eq!(
        evaluate(&a).subsection(sub("1.1")).unwrap().attained(),
        Some(Level::Thriving)
    );

    // Take one Maturing criterion out of the count instead of meeting it: still complete.
    a.set(id("1.1-M1"), Response::new(Status::NotApplicable))
        .unwrap();
    let s = evaluate(&a).subsection(sub("1.1")).unwrap();
    assert_eq!(s.attained(), Some(Level::Thriving));
    let m = s.coverage(Level::Maturing);
    assert_eq!(m.applicable, m.total - 1);
    assert_eq!(m.met, m.applicable);

    // Clear one: not assessed is not in place.
    a.clear(id("1.1-M1"));
    let s = evaluate(&a).subsection(sub("1.1")).unwrap();
    assert_eq!(s.attained(), Some(Level::Developing));
    assert_eq!(s.next(), Some(Level::Maturing));
    let g: Vec<_> = gaps(&a, Target::Next)
        .filter(|g| g.subsection() == sub("1.1"))
        .collect();
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].status, GapStatus::NotAssessed);
}

#[test]
fn domains_and_overall_take_the_lowest_of_their_parts() {
    let mut a = all(Status::Met);
    a.set(id("2.3-M1"), Response::new(Status::NotMet)).unwrap();
    let e = evaluate(&a);
    assert_eq!(
        e.domain("1".parse().unwrap()).unwrap().attained(),
        Some(Level::Thriving)
    );
    assert_eq!(
        e.domain("2".parse().unwrap()).unwrap().attained(),
        Some(Level::Developing)
    );
    assert_eq!(
        e.domain("3".parse().unwrap()).unwrap().attained(),
        Some(Level::Thriving)
    );
    assert_eq!(e.overall(), Some(Level::Developing));
    a.set(id("3.7-D1"), Response::new(Status::Partial)).unwrap();
    let e = evaluate(&a);
    assert_eq!(e.domain("3".parse().unwrap()).unwrap().attained(), None);
    assert_eq!(e.overall(), None);
    assert_eq!(e.attaining(Level::Thriving), MATRIX.subsection_count() - 2);
    assert_eq!(
        e.attaining(Level::Developing),
        MATRIX.subsection_count() - 1
    );
}

#[test]
fn a_target_level_covers_every_level_up_to_it() {
    let mut a = Assessment::new("Target").unwrap();
    answer(&mut a, "1.1", Level::Developing, Status::Met);
    answer(&mut a, "1.2", Level::Developing, Status::Met);
    answer(&mut a, "1.2", Level::Maturing, Status::Met);
    let thriving: Vec<_> = gaps(&a, Target::Level(Level::Thriving)).collect();
    let total_1_1 = |l: Level| {
        MATRIX
            .subsection(sub("1.1"))
            .unwrap()
            .level(l)
            .criterion_count()
    };
    let in_1_1 = thriving
        .iter()
        .filter(|g| g.subsection() == sub("1.1"))
        .count();
    assert_eq!(
        in_1_1,
        total_1_1(Level::Maturing) + total_1_1(Level::Thriving)
    );
    // 1.2 has attained Maturing: only its Thriving criteria remain.
    assert!(thriving
        .iter()
        .filter(|g| g.subsection() == sub("1.2"))
        .all(|g| g.level() == Level::Thriving));
    // Toward Maturing, 1.2 is already there and has no gaps.
    assert!(gaps(&a, Target::Level(Level::Maturing)).all(|g| g.subsection() != sub("1.2")));
    // Toward Developing, 1.1 and 1.2 have none, the rest all their Developing criteria.
    assert!(gaps(&a, Target::Level(Level::Developing))
        .all(|g| g.level() == Level::Developing && g.subsection() > sub("1.2")));
}

#[test]
fn gaps_come_in_matrix_order_and_group_by_subsection_level_and_theme() {
    let a = Assessment::new("Order").unwrap();
    let g: Vec<_> = gaps(&a, Target::Level(Level::Thriving)).collect();
    assert_eq!(g.len(), MATRIX.criterion_count());
    let ids: Vec<_> = g.iter().map(|g| g.criterion.id()).collect();
    let matrix: Vec<_> = MATRIX.criteria().map(|c| c.id()).collect();
    assert_eq!(ids, matrix);
    let grouped = group(g.iter().copied());
    assert_eq!(grouped.len(), MATRIX.subsection_count());
    for (s, subsection) in grouped.iter().zip(MATRIX.subsections()) {
        assert_eq!(s.id(), subsection.id());
        assert_eq!(s.levels.len(), 3);
        for (l, content) in s.levels.iter().zip(subsection.levels()) {
            assert_eq!(l.level, content.level());
            let names: Vec<_> = l.themes.iter().map(|t| t.theme.name()).collect();
            let expected: Vec<_> = content.themes().iter().map(|t| t.name()).collect();
            assert_eq!(names, expected);
        }
    }
    let flattened: Vec<_> = grouped
        .iter()
        .flat_map(|s| &s.levels)
        .flat_map(|l| &l.themes)
        .flat_map(|t| &t.gaps)
        .copied()
        .collect();
    assert_eq!(flattened, g);
}

#[test]
fn gaps_report_an_exact_size() {
    let mut a = Assessment::new("Size").unwrap();
    answer(&mut a, "2.1", Level::Developing, Status::Partial);
    let mut it = gaps(&a, Target::Next);
    let n = it.len();
    assert_eq!(n, it.clone().count());
    it.next();
    assert_eq!(it.len(), n - 1);
}
