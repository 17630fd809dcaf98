//! What a careless or hostile input cannot do: exhaust memory, smuggle control
//! characters, formulas or Markdown through the reports, or count a system twice.

use mhics::{Assessment, Error, Response, Status, MAX_ASSESSMENT_BYTES};

const SMALL: &str = r#"{"matrix": "mhics", "version": "2019", "system": "North", "responses": {"1.1-D1": {"status": "met", "note": "NOTE"}}}"#;

fn with_note(note_json: &str) -> String {
    SMALL.replace("\"NOTE\"", note_json)
}

#[test]
fn text_over_the_limit_is_refused_before_it_is_parsed() {
    // Valid JSON padded with white space past the limit.
    let mut text = SMALL.to_owned();
    text.push_str(&" ".repeat(MAX_ASSESSMENT_BYTES as usize - text.len()));
    assert!(Assessment::from_json(&text).is_ok(), "at the limit");
    text.push(' ');
    assert_eq!(
        Assessment::from_json(&text),
        Err(Error::TooLarge {
            limit: MAX_ASSESSMENT_BYTES
        })
    );
    assert_eq!(
        Assessment::from_json_slice(text.as_bytes()),
        Err(Error::TooLarge {
            limit: MAX_ASSESSMENT_BYTES
        })
    );
    assert_eq!(
        Error::TooLarge {
            limit: MAX_ASSESSMENT_BYTES
        }
        .to_string(),
        "the text is larger than 16 MiB (16777216 bytes), the most an assessment may hold"
    );
}

#[test]
fn a_leading_byte_order_mark_is_accepted_and_never_written() {
    let plain = Assessment::from_json(SMALL).unwrap();
    let with_bom = format!("\u{feff}{SMALL}");
    assert_eq!(Assessment::from_json(&with_bom).unwrap(), plain);
    assert_eq!(
        Assessment::from_json_slice(with_bom.as_bytes()).unwrap(),
        plain
    );
    assert!(!plain.to_json().starts_with('\u{feff}'));
    assert!(!plain.to_json().contains('\u{feff}'));
    // Only one, and only at the start.
    let twice = format!("\u{feff}{with_bom}");
    assert!(matches!(
        Assessment::from_json(&twice),
        Err(Error::Json { .. })
    ));
    // Positions count from after the mark.
    let bad = format!("\u{feff}{}", SMALL.replace("1.1-D1", "1.1-D99"));
    let err = Assessment::from_json_slice(bad.as_bytes()).unwrap_err();
    assert_eq!(err.position().line, 1);
    assert!(matches!(err, Error::UnknownCriterion { .. }));
}

#[test]
fn control_characters_in_a_file_are_refused_naming_the_field() {
    let err = Assessment::from_json(&with_note(r#""a\u0000b""#)).unwrap_err();
    assert!(
        matches!(err, Error::ControlCharacter { ref field, character: '\0', .. } if field == "the note on `1.1-D1`"),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with(
            "the note on `1.1-D1` contains the control character U+0000 at line 1, column"
        ),
        "{err}"
    );
    let err =
        Assessment::from_json(&SMALL.replace("\"North\"", r#""North\u001b[2J""#)).unwrap_err();
    assert!(
        matches!(err, Error::ControlCharacter { ref field, character: '\u{1b}', .. } if field == "the system name"),
        "{err:?}"
    );
    let err =
        Assessment::from_json(&SMALL.replace("\"system\"", r#""respondent": "Trust\r", "system""#))
            .unwrap_err();
    assert!(
        matches!(err, Error::ControlCharacter { ref field, character: '\r', .. } if field == "the respondent"),
        "{err:?}"
    );
    // Tab, line feed and CRLF line ends are text.
    let a = Assessment::from_json(&with_note(r#""one\ttwo\r\nthree\nfour""#)).unwrap();
    assert_eq!(
        a.note("1.1-D1".parse().unwrap()),
        Some("one\ttwo\r\nthree\nfour")
    );
    assert_eq!(Assessment::from_json(&a.to_json()).unwrap(), a);
}

#[test]
fn control_characters_in_code_are_refused_too() {
    let err = Assessment::new("North\u{7}").unwrap_err();
    assert!(matches!(err, Error::ControlCharacter { ref field, .. } if field == "the system name"));
    let err = Assessment::builder("North")
        .respond_with_note("1.1-D2", Status::Met, "ok\u{0}")
        .build()
        .unwrap_err();
    assert!(
        matches!(err, Error::ControlCharacter { ref field, .. } if field == "the note on `1.1-D2`")
    );
    let err = Assessment::builder("North")
        .respondent("Trust\u{8}")
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::ControlCharacter { ref field, .. } if field == "the respondent"));

    let mut a = Assessment::new("North").unwrap();
    let id = "1.1-D1".parse().unwrap();
    assert!(a
        .set(id, Response::with_note(Status::Met, "bell\u{7}"))
        .is_err());
    assert_eq!(a.response(id), None, "nothing recorded");
    assert!(a.set_respondent(Some("Trust\0".into())).is_err());
    assert_eq!(a.respondent(), None, "nothing recorded");
    assert!(a.set_respondent(Some("Trust\r\nBoard".into())).is_ok());
}

#[test]
fn a_lone_surrogate_is_named_as_such() {
    for (note, escape) in [
        (r#""\ud800""#, r"\ud800"),
        (r#""x\udc00y""#, r"\udc00"),
        (r#""\ud800\u0041""#, r"\ud800"),
    ] {
        let err = Assessment::from_json(&with_note(note)).unwrap_err();
        match &err {
            Error::LoneSurrogate {
                escape: found,
                position,
            } => {
                assert_eq!(found, escape);
                assert_eq!(position.line, 1);
            }
            other => panic!("{note}: {other:?}"),
        }
        assert!(
            err.to_string()
                .starts_with(&format!("a lone surrogate `{escape}` at line 1, column ")),
            "{err}"
        );
        assert!(err.to_string().contains("is not valid text"), "{err}");
    }
    // A real pair is one character.
    let a = Assessment::from_json(&with_note(r#""\ud83d\ude00""#)).unwrap();
    assert_eq!(a.note("1.1-D1".parse().unwrap()), Some("😀"));
    // Other bad escapes keep serde's message.
    let err = Assessment::from_json(&with_note(r#""\x""#)).unwrap_err();
    assert!(matches!(err, Error::Json { .. }), "{err:?}");
}
