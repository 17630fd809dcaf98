//! Text from input in what the crate writes for people and programs: every Markdown
//! report takes no markup from it, every SVG is well-formed XML whatever it holds, and
//! every error that quotes it stays on one line.

mod errors;
mod reports;

use crate::fixtures::review;

use mhics::cohort::Cohort;
use mhics::compare::{compare, compare_across};
use mhics::perspectives::Perspectives;
use mhics::report;
use mhics::{evaluate, Assessment, Date, Level, Status, Target};
use proptest::prelude::*;
use review::{FIRST_TO_SECOND, REVIEW_FIRST};

/// Any text the crate accepts, weighted toward what could break a report.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "([^\\p{Cc}]|[\t\n]|\r\n){0,30}",
        2 => "[-=+@'\t|#*_`<>\\[\\]()!\\\\&~\n \"',;:a-z\u{fffe}\u{ffff}\u{200b}\u{202e}\u{301}]{0,20}",
        1 => prop::sample::select(vec![
            "<script>alert(1)</script>".to_owned(),
            "<img src=x onerror=alert(1)>".to_owned(),
            "[x](javascript:alert(1))".to_owned(),
            "**b**".to_owned(),
            "x\n# H".to_owned(),
            "x\n| a | b |".to_owned(),
            "\u{ffff}\u{fffe}".to_owned(),
            "]]> <!-- &amp; &#0; --".to_owned(),
        ]),
    ]
}

fn name() -> impl Strategy<Value = String> {
    text().prop_filter("a name is not blank", |s| !s.trim().is_empty())
}

fn date(d: &str) -> Date {
    d.parse().expect("a date")
}

/// The texts of one case: a system, two peers' or partners' names, notes.
#[derive(Debug, Clone)]
struct Texts {
    system: String,
    peer: String,
    partners: [String; 2],
    notes: Vec<String>,
}

fn texts() -> impl Strategy<Value = Texts> {
    (
        name(),
        name(),
        name(),
        name(),
        prop::collection::vec(text(), 5),
    )
        .prop_map(|(system, peer, a, b, notes)| Texts {
            system,
            peer,
            partners: [a, b],
            notes,
        })
}

fn plain() -> Texts {
    Texts {
        system: "S".into(),
        peer: "P".into(),
        partners: ["A".into(), "B".into()],
        notes: vec!["n".into(); 5],
    }
}

const IDS: [&str; 5] = ["1.1-D1", "1.1-D2", "1.1-D3", "1.1-D4", "1.1-D5"];

fn built(
    system: &str,
    respondent: Option<&str>,
    year: &str,
    shift: usize,
    notes: &[String],
) -> Assessment {
    let statuses = [
        Status::Met,
        Status::Partial,
        Status::NotMet,
        Status::NotApplicable,
    ];
    let mut b = Assessment::builder(system).date(date(year));
    if let Some(r) = respondent {
        b = b.respondent(r);
    }
    for (i, (id, note)) in IDS.iter().zip(notes).enumerate() {
        b = b.respond_with_note(*id, statuses[(i + shift) % 4], note.clone());
    }
    b.build().expect("valid text")
}

/// Every Markdown report of the crate on one case's texts, and every SVG.
fn reports(t: &Texts) -> (Vec<String>, Vec<String>) {
    let before = built(&t.system, None, "2025-01-01", 1, &t.notes);
    let after = built(&t.system, None, "2026-01-01", 0, &t.notes);
    let mut peer_name = format!("{} (peer)", t.peer);
    while mhics::name::same(&peer_name, &t.system) {
        peer_name.push_str(" (other)");
    }
    let peer = built(&peer_name, None, "2026-01-01", 2, &t.notes);
    let partner = |i: usize| {
        built(
            &t.system,
            Some(&t.partners[i]),
            "2026-01-01",
            i + 1,
            &t.notes,
        )
    };
    let partners = [partner(0), partner(1)];
    let distinct = !mhics::name::same(&t.partners[0], &t.partners[1]);
    let cohort = Cohort::new([&peer, &after]).expect("two systems");
    let mut markdown = vec![
        report::markdown::assessment(&evaluate(&after), Target::Next),
        report::markdown::assessment(&evaluate(&after), Target::Level(Level::Thriving)),
        report::markdown::comparison(&compare(&before, &after).expect("in order")),
        report::markdown::cohort(&cohort),
        report::markdown::cohort_peer_learning(&cohort, Target::Level(Level::Thriving)),
        report::markdown::matrix(&mhics::MATRIX),
    ];
    for (member, learning) in cohort.peer_learning_for_each(Target::Level(Level::Thriving)) {
        markdown.push(report::markdown::peer_learning(
            member.assessment,
            &learning,
        ));
    }
    let mut first = Assessment::builder(&t.system).edition(REVIEW_FIRST);
    for (id, note) in ["1.1-D1", "1.1-D3", "1.1-M1", "1.1-M2", "1.2-M1"]
        .iter()
        .zip(&t.notes)
    {
        first = first.respond_with_note(*id, Status::Partial, note.clone());
    }
    let first = first.build().expect("valid text");
    let migrated = FIRST_TO_SECOND
        .apply(&first)
        .expect("an assessment of the first edition");
    markdown.push(report::markdown::migration(&migrated.report));
    let mut later = migrated.assessment.clone();
    later.set_date(Some(date("2027-01-01")));
    let across = compare_across(&first, &later, &FIRST_TO_SECOND).expect("one system");
    markdown.push(report::markdown::comparison_across(&across));
    let mut svg = vec![
        report::svg::assessment(&evaluate(&after)),
        report::svg::cohort(&cohort),
    ];
    // Partners of one name are refused (tested elsewhere); the rest make reports.
    if distinct {
        let perspectives = Perspectives::new([(&partners[0], "a.json"), (&partners[1], "b.json")])
            .expect("one system, two partners");
        markdown.push(report::markdown::perspectives(&perspectives));
        svg.push(report::svg::perspectives(&perspectives));
        // Labelled by their files.
        let unnamed = [
            built(&t.system, None, "2026-01-01", 0, &t.notes),
            built(&t.system, None, "2026-01-01", 1, &t.notes),
        ];
        let perspectives = Perspectives::new([
            (&unnamed[0], t.partners[0].as_str()),
            (&unnamed[1], t.partners[1].as_str()),
        ])
        .expect("one system, two files");
        markdown.push(report::markdown::perspectives(&perspectives));
        svg.push(report::svg::perspectives(&perspectives));
    }
    (markdown, svg)
}
