//! The crate as a program that embeds it meets it (a self-assessment web service, a
//! reporting job): a form's strings in, every error at once with its field and
//! criterion, files of any known edition, files of the wrong kind, reports as fragments
//! for a page of its own, values it can keep.

use mhics::error::Field;
use mhics::perspectives::Perspectives;
use mhics::plan::{ActionStatus, Plan};
use mhics::report::html;
use mhics::{evaluate, Assessment, Edition, Editions, Error, Level, Status, Target, MHICS_2019};

/// A form of three answers as a browser sends them: two wrong.
const FORM: [(&str, &str, &str); 4] = [
    ("1.1-D1", "Met", "Board in place since 2020"),
    ("1.1-D2", "parital", ""),
    ("1.1-d3", "not met", ""),
    ("1.1-D4", "", "a note with no status"),
];

#[test]
fn a_form_gets_every_error_at_once_each_with_its_field_and_criterion() {
    let mut builder = Assessment::builder("Riverside and Vale ICS");
    for (id, status, note) in FORM {
        builder = builder.answer(id, status, note);
    }
    let errors = builder.build_all().expect_err("three answers are wrong");
    assert_eq!(errors.len(), 3, "{errors:?}");
    let id = |s: &str| s.parse().expect("an ID");
    assert_eq!(errors[0].field(), Some(Field::Status(id("1.1-D2"))));
    assert_eq!(errors[0].criterion().as_deref(), Some("1.1-D2"));
    assert_eq!(
        errors[0].to_string(),
        "unknown status \"parital\" for criterion `1.1-D2`; expected one of: met, partial, not_met, not_applicable"
    );
    assert_eq!(errors[1].criterion().as_deref(), Some("1.1-d3"));
    assert!(errors[1].to_string().ends_with("did you mean `1.1-D3`?"));
    assert_eq!(errors[2].field(), Some(Field::Note(id("1.1-D4"))));
    for error in &errors {
        assert_eq!(error.to_string().lines().count(), 1);
    }
    // The same answers, put right, build; one answer at a time works in place too.
    let mut assessment = Assessment::new("Riverside and Vale ICS").expect("a name");
    assessment
        .answer("1.1-D2", "Partial", "Pilots in two boroughs")
        .expect("a good answer");
    assert_eq!(assessment.status(id("1.1-D2")), Some(Status::Partial));
    let before = assessment.clone();
    assert!(assessment.answer("1.1-D2", "done", "").is_err());
    assert_eq!(assessment, before, "a refused answer changes nothing");
}

#[test]
fn every_named_value_reads_by_one_rule_with_the_crates_own_errors() {
    assert_eq!("Not met".parse::<Status>().ok(), Some(Status::NotMet));
    assert_eq!("not_met".parse::<Status>().ok(), Some(Status::NotMet));
    assert_eq!(Status::NotMet.name(), "Not met");
    assert_eq!("maturing".parse::<Level>().ok(), Some(Level::Maturing));
    assert_eq!(
        "In progress".parse::<ActionStatus>().ok(),
        Some(ActionStatus::InProgress)
    );
    assert_eq!("next".parse::<Target>().ok(), Some(Target::Next));
    assert_eq!(Target::Level(Level::Thriving).to_string(), "thriving");
    let err: Error = "green".parse::<Status>().expect_err("not a status");
    assert_eq!(
        err.to_string(),
        "\"green\" is not a status; expected one of: met, partial, not_met, not_applicable"
    );
    // A system name is checked before anything is built.
    assert!(Field::System.check("Riverside and Vale ICS").is_ok());
    assert!(Field::System.check(" ").is_err());
    assert_eq!(
        MHICS_2019
            .criterion("1.1-d1")
            .expect_err("lower case")
            .to_string(),
        "unknown criterion ID \"1.1-d1\"; did you mean `1.1-D1`?"
    );
}

#[test]
fn files_of_any_known_edition_and_of_the_wrong_kind() -> Result<(), Box<dyn std::error::Error>> {
    let editions = Editions::default();
    assert_eq!(editions.find_name("mhics 2019"), Some(MHICS_2019));
    assert_eq!(Edition::default(), MHICS_2019);
    assert!(Editions::new([]).is_err());

    let assessment = Assessment::builder("Riverside and Vale ICS")
        .respond("1.1-D1", Status::Met)
        .build()?;
    assert_eq!(editions.read_json(&assessment.to_json())?, assessment);
    assert_eq!(
        editions.read_json(&assessment.to_json_compact())?,
        assessment
    );

    // An assessment given as a plan, and a plan as an assessment, say what they are.
    let err = Plan::from_json(&assessment.to_json()).expect_err("not a plan");
    assert_eq!(err.to_string(), "this is an assessment, not an action plan");
    let plan = Plan::draft(&assessment, Target::Next);
    let err = Assessment::from_json(&plan.to_json()).expect_err("not an assessment");
    assert_eq!(err.to_string(), "this is an action plan, not an assessment");
    assert_eq!(editions.read_plan_json(&plan.to_json())?, plan);

    // A workbook, known by its content whatever its name.
    let workbook = b"PK\x03\x04 the rest of an archive";
    let err = Assessment::from_json_slice(workbook).expect_err("a workbook");
    assert!(
        err.to_string()
            .starts_with("this is an .xlsx workbook, not an assessment"),
        "{err}"
    );
    Ok(())
}

#[test]
fn reports_are_fragments_for_a_page_of_ones_own_and_documents() -> Result<(), Error> {
    let assessment = Assessment::builder("Riverside <and> Vale ICS")
        .respond("1.1-D1", Status::Met)
        .build()?;
    let report = html::assessment(&evaluate(&assessment), Target::Next);
    let fragment = report.fragment();
    assert!(fragment.starts_with("<article class=\"mhics-report\" lang=\"en-GB\">"));
    assert!(fragment.contains("Riverside &lt;and&gt; Vale ICS"));
    // Nothing a strict Content-Security-Policy refuses: no style or script inline.
    for refused in ["<style", "style=", "<script", "on"] {
        let found = match refused {
            "on" => fragment.contains(" onclick=") || fragment.contains(" onload="),
            _ => fragment.contains(refused),
        };
        assert!(!found, "{refused} in the fragment");
    }
    assert!(html::STYLESHEET.contains("@media print"));
    let linked = report.document_linked("/static/report.css");
    assert!(linked.contains("<link rel=\"stylesheet\" href=\"/static/report.css\">"));
    assert!(!linked.contains("<style"));
    assert!(report.document().contains("<style>"));
    Ok(())
}

#[test]
fn values_a_service_keeps() -> Result<(), Box<dyn std::error::Error>> {
    fn kept<T: Send + Sync + 'static>(_: &T) {}
    let trust = Assessment::builder("Riverside")
        .respondent("Trust")
        .respond("1.1-D1", Status::Met)
        .build()?;
    let council = Assessment::builder("Riverside")
        .respondent("Council")
        .respond("1.1-D1", Status::NotMet)
        .build()?;
    let perspectives = Perspectives::new([(&trust, "trust.json"), (&council, "council.json")])?;
    let json: serde_json::Value = serde_json::to_value(&perspectives)?;
    assert_eq!(json["respondents"], serde_json::json!(["Trust", "Council"]));
    assert_eq!(perspectives.to_json_compact().lines().count(), 1);
    // The consolidated assessment, kept without a copy.
    let consolidated = perspectives.into_consolidated();
    kept(&consolidated);
    assert_eq!(
        consolidated.status("1.1-D1".parse()?),
        Some(Status::Partial)
    );
    Ok(())
}

/// One rule broken in a form, a JSON file and a workbook is one kind of error, told
/// apart only by where it was found.
#[test]
fn one_error_whatever_the_input_came_from() -> Result<(), Box<dyn std::error::Error>> {
    use crate::fixtures::retired::RETIRED_2027;
    use mhics::error::{Kind, Place};
    // A form: no place.
    let errors = Assessment::builder("Riverside")
        .answer("1.1-D1", "mett", "")
        .build_all()
        .expect_err("a bad status");
    assert!(matches!(errors[0].kind(), Kind::UnknownStatus { value, .. } if value == "mett"));
    assert_eq!(errors[0].place(), &Place::None);
    // A JSON file: its line and column.
    let text = Assessment::builder("Riverside")
        .respond("1.1-D1", Status::Met)
        .build()?
        .to_json()
        .replace("\"met\"", "\"mett\"");
    let err = Assessment::from_json(&text).expect_err("a bad status");
    assert!(matches!(err.kind(), Kind::UnknownStatus { value, .. } if value == "mett"));
    assert!(err.position().is_some());
    assert_eq!(err.field(), errors[0].field());
    // A file of another edition: the same kind from JSON and from a workbook.
    let other = Assessment::builder("Riverside")
        .edition(RETIRED_2027)
        .build()?;
    let from_json = Assessment::from_json(&other.to_json()).expect_err("another edition");
    assert!(matches!(
        from_json.kind(),
        Kind::WrongEdition {
            what: "assessment",
            ..
        }
    ));
    #[cfg(feature = "xlsx")]
    {
        let bytes = mhics::workbook::write(RETIRED_2027, Some(&other))?;
        let from_workbook = mhics::workbook::read(MHICS_2019, &bytes).expect_err("another edition");
        assert!(matches!(
            from_workbook.kind(),
            Kind::WrongEdition {
                what: "workbook",
                ..
            }
        ));
        assert_eq!(
            from_workbook.cell().map(|c| c.sheet.as_str()),
            Some("About")
        );
        assert!(
            from_workbook.to_string().starts_with("'About'!B"),
            "{from_workbook}"
        );
    }
    Ok(())
}

/// A board report owns what it needs: built from values that are then dropped, kept
/// by a server, and written when asked.
#[test]
fn a_board_is_kept_after_its_inputs_are_gone() -> Result<(), Box<dyn std::error::Error>> {
    fn kept<T: Send + Sync + Clone + 'static>(_: &T) {}
    let board = {
        let earlier = Assessment::builder("Riverside")
            .date("2025-10-01".parse()?)
            .build()?;
        let now = Assessment::builder("Riverside")
            .date("2026-10-01".parse()?)
            .respond("1.1-D1", Status::Met)
            .build()?;
        html::Board::new(&now).previous(&earlier)?
    };
    kept(&board);
    let page = board.report().document();
    assert!(
        page.contains("<h2>What changed since 2025-10-01</h2>"),
        "{page}"
    );
    Ok(())
}
