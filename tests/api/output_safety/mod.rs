//! Text from input in what the crate writes for people and programs: every Markdown
//! report takes no markup from it, every SVG is well-formed XML whatever it holds, and
//! every error that quotes it stays on one line.

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

/// The markup a Markdown line holds: its opening (what a line starts with) and every
/// character that could open markup, not escaped by a backslash.
fn markup(line: &str) -> (String, Vec<char>) {
    let trimmed = line.trim_start();
    let token = trimmed.split(' ').next().unwrap_or("");
    let numbered = token.len() > 1
        && token.ends_with(['.', ')'])
        && token[..token.len() - 1].chars().all(|c| c.is_ascii_digit());
    let opens =
        token.starts_with(['#', '|', '>', '`', '~', '=', '<', '-', '+', '*', '_']) || numbered;
    let opening = if opens { token } else { "" };
    let mut chars = line.chars();
    let mut found = Vec::new();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '&' | '~' => found.push(c),
            _ => {}
        }
    }
    (
        format!("{}{opening}", " ".repeat(line.len() - trimmed.len())),
        found,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Text from input adds no markup to any Markdown report: each report has the same
    /// lines, opening the same way and holding the same unescaped markup characters, as
    /// with plain text in its place.
    #[test]
    fn no_markdown_report_takes_markup_from_input(t in texts()) {
        let (plain_md, _) = reports(&plain());
        let (wild_md, _) = reports(&t);
        for (p, w) in plain_md.iter().zip(&wild_md) {
            let (p, w): (Vec<&str>, Vec<&str>) = (p.lines().collect(), w.lines().collect());
            prop_assert_eq!(p.len(), w.len(), "line count: {:?}", w);
            for (a, b) in p.iter().zip(&w) {
                let (x, y) = (markup(a), markup(b));
                prop_assert_eq!(&x.0, &y.0, "line opening {:?} vs {:?}", a, b);
                prop_assert_eq!(&x.1, &y.1, "markup in {:?} vs {:?}", a, b);
            }
        }
    }

    /// Every SVG is well-formed XML, whatever text it shows.
    #[test]
    fn every_svg_is_well_formed_xml(t in texts()) {
        for svg in reports(&t).1 {
            if let Err(e) = roxmltree::Document::parse(&svg) {
                return Err(TestCaseError::fail(format!("{e}: {svg}")));
            }
        }
    }
}

#[test]
fn svgs_hold_no_character_that_xml_cannot() {
    let t = Texts {
        system: "A\u{ffff}B\u{fffe}".into(),
        ..plain()
    };
    let mut t = t;
    t.notes[0] = "\u{ffff}".into();
    t.partners[0] = "P\u{ffff}".into();
    for svg in reports(&t).1 {
        roxmltree::Document::parse(&svg).expect("well-formed");
        assert!(!svg.contains(['\u{ffff}', '\u{fffe}']));
    }
}

#[test]
fn perspectives_markdown_escapes_respondents_and_the_system() {
    let a = built(
        "<script>x</script> **S**",
        Some("[x](javascript:alert(1))"),
        "2026-01-01",
        0,
        &plain().notes,
    );
    let b = built(
        "<script>x</script> **S**",
        Some("<img src=x onerror=alert(1)>\n# H"),
        "2026-01-01",
        1,
        &plain().notes,
    );
    let p = Perspectives::new([(&a, "a.json"), (&b, "b.json")]).expect("two partners");
    let md = report::markdown::perspectives(&p);
    assert!(
        md.starts_with(r"# Partners' perspectives: \<script\>x\</script\> \*\*S\*\*"),
        "{md}"
    );
    assert!(md.contains(r"| \[x\](javascript:alert(1)) |"), "{md}");
    assert!(md.contains(r"\<img src=x onerror=alert(1)\> \# H"), "{md}");
    assert!(!md.contains("\n# H"));
}

/// Text with line breaks and other control characters, in every field of every error
/// that quotes input.
fn hostile() -> impl Strategy<Value = String> {
    "([\n\r\u{85}\u{2028}\u{2029}\u{0}\u{1b}\u{200b}\u{202e}a-z\"'`\\\\]|\nerror: forged){0,12}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Every error that shows text from input displays as one line.
    #[test]
    fn every_error_quoting_input_is_one_line(a in hostile(), b in hostile(), c in hostile()) {
        use mhics::perspectives::PerspectivesError;
        use mhics::{Error, Field, IdError, Position, ReadError, Suggestion};
        let position = Position { line: 3, column: 4 };
        let id: mhics::CriterionId = "1.1-D1".parse().expect("an ID");
        let id_error = "x".parse::<mhics::CriterionId>().unwrap_err();
        // How the plan reader names an action in its errors: its ID, quoted.
        let action = format!("action {}", mhics::name::quote(&c));
        let mut errors: Vec<Box<dyn std::error::Error>> = vec![
            Box::new(Error::Json { message: a.clone(), position }),
            Box::new(Error::UnknownField { field: a.clone(), context: b.clone(), expected: "x", position }),
            Box::new(Error::MissingField { field: "system", context: a.clone(), position }),
            Box::new(Error::DuplicateField { field: a.clone(), context: b.clone(), position }),
            Box::new(Error::UnknownCriterion { id: a.clone(), suggestion: Suggestion(None), position }),
            Box::new(Error::UnknownStatus { id, status: a.clone(), position }),
            Box::new(Error::WrongMatrix { found: a.clone(), found_version: b.clone(), expected: "mhics", expected_version: "2019", position }),
            Box::new(Error::UnsupportedEdition { found: a.clone(), matrix: "mhics", supported: "2019", position }),
            Box::new(Error::InvalidDate { value: a.clone(), reason: "x", position }),
            Box::new(Error::DifferentSystems { before: a.clone(), after: b.clone() }),
            Box::new(Error::ControlCharacter { field: Field::Action { action: action.clone(), field: "note" }, character: '\n', position }),
            Box::new(Error::LoneSurrogate { escape: a.clone(), position }),
            Box::new(Error::SystemTwice { system: a.clone(), first_system: b.clone(), first: c.clone(), second: a.clone() }),
            Box::new(ReadError::TooLarge { name: a.clone(), limit: 16 }),
            Box::new(ReadError::Io { name: a.clone(), source: std::io::Error::other("x") }),
            Box::new(PerspectivesError::MixedSystems { first: a.clone(), first_system: b.clone(), other: c.clone(), other_system: a.clone() }),
            Box::new(PerspectivesError::RepeatedRespondent { respondent: a.clone(), second_respondent: b.clone(), first: c.clone(), second: a.clone() }),
            Box::new(id_error),
            // Editions chosen at run time, action plans and the board report.
            Box::new(Error::UnknownEdition { what: "assessment", found: a.clone(), found_version: b.clone(), known: "mhics 2019".into(), position }),
            Box::new(Error::PlanEdition { found: a.clone(), found_version: b.clone(), expected: "mhics", expected_version: "2019", position }),
            Box::new(Error::DuplicateAction { id: a.clone(), first: b.clone(), position }),
            Box::new(Error::UnknownActionCriterion { action: action.clone(), id: b.clone(), suggestion: Suggestion(None), position }),
            Box::new(Error::DuplicateActionCriterion { action: action.clone(), id, position }),
            Box::new(Error::UnknownActionStatus { action: action.clone(), status: b.clone(), position }),
            Box::new(Error::InvalidPlanDate { field: Field::Action { action: action.clone(), field: "due" }, value: b.clone(), reason: "x", position }),
            Box::new(Error::EmptyPlanField { field: Field::Action { action: action.clone(), field: "title" }, position }),
            Box::new(Error::PlanSystem { plan: a.clone(), assessment: b.clone() }),
            Box::new(Error::PartnersOfAnotherSystem { system: a.clone(), partners: b.clone() }),
        ];
        if let Err(e) = a.parse::<mhics::CriterionId>() {
            errors.push(Box::new(e));
        }
        if let Err(e) = a.parse::<Level>() {
            errors.push(Box::new(e));
        }
        // Every named value is read by one rule, whose error quotes the text.
        if let Err(e) = a.parse::<Status>() {
            errors.push(Box::new(e));
        }
        if let Err(e) = a.parse::<mhics::plan::ActionStatus>() {
            errors.push(Box::new(e));
        }
        if let Err(e) = a.parse::<Target>() {
            errors.push(Box::new(e));
        }
        let _: Option<IdError> = None;
        errors.extend(workbook_errors(&a, &b));
        for error in errors {
            let shown = error.to_string();
            prop_assert!(!shown.contains(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']), "{:?}", shown);
            prop_assert!(!shown.chars().any(char::is_control), "{:?}", shown);
        }
    }
}

#[cfg(feature = "xlsx")]
fn workbook_errors(a: &str, b: &str) -> Vec<Box<dyn std::error::Error>> {
    use mhics::workbook::{Cell, DidYouMean, WorkbookError};
    let cell = Cell {
        sheet: a.to_owned(),
        row: 1,
        column: 2,
    };
    let other = Cell {
        sheet: b.to_owned(),
        row: 3,
        column: 4,
    };
    let id: mhics::CriterionId = "1.1-D1".parse().expect("an ID");
    vec![
        Box::new(WorkbookError::NotAWorkbook {
            reason: a.to_owned(),
        }),
        Box::new(WorkbookError::UnreadableSheet {
            sheet: a.to_owned(),
            reason: b.to_owned(),
        }),
        Box::new(WorkbookError::TooManyCells {
            sheet: a.to_owned(),
            limit: 1,
        }),
        Box::new(WorkbookError::WrongEdition {
            cell: cell.clone(),
            found: b.to_owned(),
            expected: "x".into(),
        }),
        Box::new(WorkbookError::EmptySystem { cell: cell.clone() }),
        Box::new(WorkbookError::InvalidDate {
            cell: cell.clone(),
            value: a.to_owned(),
            reason: b.to_owned(),
        }),
        Box::new(WorkbookError::MissingHeader {
            sheet: a.to_owned(),
            header: "ID",
            row: Some(1),
        }),
        Box::new(WorkbookError::DuplicateHeader {
            header: "ID",
            first: cell.clone(),
            second: other.clone(),
        }),
        Box::new(WorkbookError::UnknownCriterion {
            cell: cell.clone(),
            id: a.to_owned(),
            edition: "x".into(),
            suggestion: DidYouMean(Some(b.to_owned())),
        }),
        Box::new(WorkbookError::DuplicateId {
            id,
            first: cell.clone(),
            second: other.clone(),
        }),
        Box::new(WorkbookError::UnknownStatus {
            cell: cell.clone(),
            value: a.to_owned(),
            suggestion: DidYouMean(Some(b.to_owned())),
        }),
        Box::new(WorkbookError::NoteWithoutStatus {
            cell: cell.clone(),
            id,
        }),
        Box::new(WorkbookError::TooLong {
            what: a.to_owned(),
            length: 1,
        }),
        Box::new(WorkbookError::Write {
            reason: a.to_owned(),
        }),
        Box::new(WorkbookError::DuplicateEntry { name: a.to_owned() }),
        Box::new(WorkbookError::DuplicateSheet {
            first: a.to_owned(),
            second: b.to_owned(),
        }),
        Box::new(WorkbookError::SharedPart {
            first: a.to_owned(),
            second: b.to_owned(),
            part: a.to_owned(),
        }),
        Box::new(WorkbookError::BeyondLimits {
            sheet: a.to_owned(),
            reference: b.to_owned(),
        }),
        Box::new(WorkbookError::CellTwice { cell: cell.clone() }),
        Box::new(WorkbookError::CellOutOfOrder {
            cell: cell.clone(),
            after: other.clone(),
        }),
        Box::new(WorkbookError::RowOutOfOrder {
            sheet: a.to_owned(),
            row: 1,
            after: 2,
        }),
        Box::new(WorkbookError::FormulaWithoutValue { cell: cell.clone() }),
        Box::new(WorkbookError::NotANumber {
            cell: cell.clone(),
            value: a.to_owned(),
        }),
        Box::new(WorkbookError::CellTooLong {
            cell: cell.clone(),
            length: 1,
        }),
        Box::new(WorkbookError::ControlCharacter {
            cell: cell.clone(),
            character: '\n',
        }),
        Box::new(WorkbookError::Merged {
            first: cell.clone(),
            last: other.clone(),
            header: "ID",
        }),
        Box::new(WorkbookError::WithoutId {
            cell: cell.clone(),
            header: "Note",
        }),
        Box::new(WorkbookError::PlanSystem {
            plan: a.to_owned(),
            assessment: b.to_owned(),
        }),
        Box::new(WorkbookError::ActionWithoutId {
            cell: cell.clone(),
            header: "Title",
        }),
        Box::new(WorkbookError::DuplicateAction {
            id: a.to_owned(),
            first_id: b.to_owned(),
            first: cell.clone(),
            second: other.clone(),
        }),
        Box::new(WorkbookError::CriterionTwice {
            cell: cell.clone(),
            id,
            action: a.to_owned(),
        }),
        Box::new(WorkbookError::EmptyActionField {
            cell: cell.clone(),
            field: "title",
            action: a.to_owned(),
        }),
        Box::new(WorkbookError::UnknownActionStatus {
            cell: cell.clone(),
            value: a.to_owned(),
            suggestion: DidYouMean(Some(b.to_owned())),
        }),
        Box::new(WorkbookError::LabelTwice {
            label: "System",
            first: cell,
            second: other,
        }),
    ]
}

#[cfg(not(feature = "xlsx"))]
fn workbook_errors(_: &str, _: &str) -> Vec<Box<dyn std::error::Error>> {
    Vec::new()
}
