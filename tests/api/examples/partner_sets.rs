//! The `perspectives` example on the fictional partner set: its reports in every
//! format, its labels and notices, and its refusals of sets that do not belong together.

use super::*;

#[test]
fn perspectives_reports_on_the_partner_set_in_every_format() {
    for format in ["json", "markdown", "csv", "svg", "html", "assessment"] {
        let mut list = partners();
        list.extend(args(&["--format", format]));
        let (text, notices) = perspectives::run_with_notices(&list).expect("one system's partners");
        assert!(
            notices.is_empty(),
            "every sample names its respondent: {notices:?}"
        );
        insta::assert_snapshot!(format!("perspectives_riverside_{format}"), text);
    }
    // JSON is the default, and the consolidated assessment reads back as an assessment.
    let json = perspectives::run(&partners()).expect("one system's partners");
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["respondents"].as_array().map(Vec::len), Some(4));
    let mut list = partners();
    list.extend(args(&["--format", "assessment"]));
    let file = perspectives::run(&list).expect("one system's partners");
    let consolidated = mhics::Assessment::from_json(&file).expect("an assessment file");
    assert_eq!(consolidated.system(), "Riverside and Vale ICS");
    assert_eq!(consolidated.response_count(), 266);
}

#[test]
fn perspectives_labels_a_file_without_respondent_by_its_name_and_says_so() {
    let text = std::fs::read_to_string(data("riverside-partners/council")).expect("sample");
    let unnamed = text.replace("  \"respondent\": \"Vale Borough Council\",\n", "");
    assert_ne!(unnamed, text);
    let path = temp_file("council-unnamed.json", &unnamed);
    let mut list = partners();
    list[1] = path.to_string_lossy().into_owned();
    list.extend(args(&["--format", "csv"]));
    let result = perspectives::run_with_notices(&list);
    std::fs::remove_file(&path).ok();
    let (csv, notices) = result.expect("one system's partners");
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(
        notices,
        [format!(
            "note: {name} names no respondent; labelled by its file name"
        )]
    );
    assert!(csv.contains(&format!(",{name},not_met,")), "{csv}");
    assert!(!csv.contains("Vale Borough Council"));
}

#[test]
fn perspectives_notices_stay_on_one_line_and_tell_files_of_one_name_apart() {
    let text = std::fs::read_to_string(data("riverside-partners/council")).expect("sample");
    let unnamed = text.replace("  \"respondent\": \"Vale Borough Council\",\n", "");
    let dir = std::env::temp_dir().join(format!("mhics-examples-{}-names", std::process::id()));
    let (north, south) = (dir.join("north"), dir.join("south"));
    std::fs::create_dir_all(&north).expect("a folder");
    std::fs::create_dir_all(&south).expect("a folder");
    let forged = north.join("a\nerror: forged.json");
    let (first, second) = (south.join("a.json"), north.join("a.json"));
    for path in [&forged, &first, &second] {
        std::fs::write(path, &unnamed).expect("written");
    }
    let list: Vec<String> = [&forged, &first, &second]
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let result = perspectives::run_with_notices(&list);
    std::fs::remove_dir_all(&dir).ok();
    let (_, notices) = result.expect("one system's partners");
    assert_eq!(
        notices,
        [
            "note: a\\nerror: forged.json names no respondent; labelled by its file name",
            "note: south/a.json names no respondent; labelled by its file name",
            "note: north/a.json names no respondent; labelled by its file name",
        ]
    );
}

#[test]
fn perspectives_refuses_sets_that_do_not_belong_together_in_one_line() {
    let run = |list: &[String]| failure(perspectives::run(list), |f| (f.message.clone(), f.status));
    let (m, status) = run(&[]);
    assert_eq!(status, 2);
    assert!(
        m.starts_with("no assessment files given; usage: perspectives FILE..."),
        "{m}"
    );

    let (m, status) = run(&args(&["--format", "pdf", &data("riverside-2026")]));
    assert_eq!(status, 2);
    assert!(m.starts_with("unknown format \"pdf\""), "{m}");

    let mut mixed = partners();
    mixed.push(data("northfield-2026"));
    let (m, status) = run(&mixed);
    assert_eq!(status, 1);
    assert_eq!(
        m,
        "one system per perspectives set: trust.json (Riverside and Vale Mental Health Trust) answers for \"Riverside and Vale ICS\", but northfield-2026.json answers for \"Northfield and Coast ICS\""
    );

    let mut repeated = partners();
    repeated.push(repeated[1].clone());
    let (m, status) = run(&repeated);
    assert_eq!(status, 1);
    assert_eq!(
        m,
        "respondent \"Vale Borough Council\" answers twice, in council.json and council.json: each partner answers once"
    );

    let (m, status) = run(&args(&[
        &data("riverside-partners/trust"),
        "/nonexistent.json",
    ]));
    assert_eq!(status, 1);
    assert!(m.starts_with("cannot read /nonexistent.json"), "{m}");
}
