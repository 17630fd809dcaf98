//! What a careless or hostile input cannot do: exhaust memory, smuggle control
//! characters, formulas or Markdown through the reports, or count a system twice.

use mhics::error::Field;
use mhics::error::Kind;
use mhics::{Assessment, CriterionId, Response, Status, MAX_ASSESSMENT_BYTES};

use crate::fixtures::csv;

const SMALL: &str = r#"{"matrix": "mhics", "version": "2019", "system": "North", "responses": {"1.1-D1": {"status": "met", "note": "NOTE"}}}"#;

fn with_note(note_json: &str) -> String {
    SMALL.replace("\"NOTE\"", note_json)
}

/// The field of the note on criterion `id`.
fn note_on(id: &str) -> Field {
    Field::Note(id.parse::<CriterionId>().expect("a well-formed ID"))
}

#[test]
fn text_over_the_limit_is_refused_before_it_is_parsed() {
    // Valid JSON padded with white space past the limit.
    let mut text = SMALL.to_owned();
    text.push_str(&" ".repeat(MAX_ASSESSMENT_BYTES as usize - text.len()));
    assert!(Assessment::from_json(&text).is_ok(), "at the limit");
    text.push(' ');
    let too_large = Kind::TooLarge {
        what: "an assessment",
        limit: MAX_ASSESSMENT_BYTES,
    };
    assert_eq!(Assessment::from_json(&text).unwrap_err().kind(), &too_large);
    assert_eq!(
        Assessment::from_json_slice(text.as_bytes())
            .unwrap_err()
            .kind(),
        &too_large
    );
    assert_eq!(
        too_large.to_string(),
        "the input is larger than 32 MiB (33554432 bytes), the most an assessment may hold"
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
        Assessment::from_json(&twice).unwrap_err().kind(),
        Kind::Json { .. }
    ));
    // Positions count from after the mark.
    let bad = format!("\u{feff}{}", SMALL.replace("1.1-D1", "1.1-D99"));
    let err = Assessment::from_json_slice(bad.as_bytes()).unwrap_err();
    assert_eq!(err.position().unwrap().line, 1);
    assert!(matches!(err.kind(), Kind::UnknownCriterion { .. }));
}

#[test]
fn control_characters_in_a_file_are_refused_naming_the_field() {
    let err = Assessment::from_json(&with_note(r#""a\u0000b""#)).unwrap_err();
    assert!(
        matches!(err.kind(), Kind::ControlCharacter { field: Some(field), character: '\0', .. } if *field == note_on("1.1-D1") && field.to_string() == "the note on `1.1-D1`"),
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
        matches!(err.kind(), Kind::ControlCharacter { field: Some(field), character: '\u{1b}', .. } if *field == Field::System && field.to_string() == "the system name"),
        "{err:?}"
    );
    let err =
        Assessment::from_json(&SMALL.replace("\"system\"", r#""respondent": "Trust\r", "system""#))
            .unwrap_err();
    assert!(
        matches!(err.kind(), Kind::ControlCharacter { field: Some(field), character: '\r', .. } if *field == Field::Respondent && field.to_string() == "the respondent"),
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
    assert!(
        matches!(err.kind(), Kind::ControlCharacter { field: Some(field), .. } if *field == Field::System && field.to_string() == "the system name")
    );
    let err = Assessment::builder("North")
        .respond_with_note("1.1-D2", Status::Met, "ok\u{0}")
        .build()
        .unwrap_err();
    assert!(
        matches!(err.kind(), Kind::ControlCharacter { field: Some(field), .. } if *field == note_on("1.1-D2") && field.to_string() == "the note on `1.1-D2`")
    );
    let err = Assessment::builder("North")
        .respondent("Trust\u{8}")
        .build()
        .unwrap_err();
    assert!(
        matches!(err.kind(), Kind::ControlCharacter { field: Some(field), .. } if *field == Field::Respondent && field.to_string() == "the respondent")
    );

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
        match err.kind() {
            Kind::LoneSurrogate { escape: found } => {
                assert_eq!(found, escape);
                assert_eq!(err.position().map(|p| p.line), Some(1));
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
    assert!(matches!(err.kind(), Kind::Json { .. }), "{err:?}");
}

mod reports {
    use mhics::cohort::Cohort;
    use mhics::compare::compare;
    use mhics::{evaluate, report, Assessment, Date, Level, Status, Target};
    use proptest::prelude::*;

    /// Any text the crate accepts, weighted toward what could break a report.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => "([^\\p{Cc}]|[\t\n]|\r\n){0,30}",
            1 => "[-=+@'\t|#*_`<>\\[\\]()!\\\\&~\n \"',;:a-z]{0,20}",
            1 => prop::sample::select(vec![
                "=HYPERLINK(\"http://evil.example\",\"click\")".to_owned(),
                "x\n# Heading\n| a | b |".to_owned(),
                "<script>alert(1)</script>".to_owned(),
                "[click](http://evil.example)".to_owned(),
                "-1+2".to_owned(),
                "'quoted".to_owned(),
                "\r\n---\r\n".to_owned(),
            ]),
        ]
    }

    fn system() -> impl Strategy<Value = String> {
        text().prop_filter("a system name is not blank", |s| !s.trim().is_empty())
    }

    fn date(d: &str) -> Date {
        d.parse().expect("a date")
    }

    /// Two assessments of one system (a year apart) and one of a peer, with `notes` on
    /// the first criteria, as met, partial and not met.
    fn trio(me: &str, peer: &str, notes: &[String]) -> [Assessment; 3] {
        let statuses = [Status::Met, Status::Partial, Status::NotMet];
        let ids = ["1.1-D1", "1.1-D2", "1.1-D3", "1.1-D4", "1.1-D5"];
        let build = |system: &str, year: &str, shift: usize| {
            let mut b = Assessment::builder(system).date(date(year));
            for (i, (id, note)) in ids.iter().zip(notes).enumerate() {
                b = b.respond_with_note(*id, statuses[(i + shift) % 3], note.clone());
            }
            b.build().expect("valid text")
        };
        [
            build(me, "2025-01-01", 1),
            build(me, "2026-01-01", 0),
            build(&format!("{peer} (peer)"), "2026-01-01", 2),
        ]
    }

    /// Every Markdown report on the trio.
    fn markdown(trio: &[Assessment; 3]) -> Vec<String> {
        let [before, after, peer] = trio;
        let cohort = Cohort::new([after, peer]).expect("two systems");
        let mut out = vec![
            report::markdown::assessment(&evaluate(after), Target::Next),
            report::markdown::assessment(&evaluate(after), Target::Level(Level::Thriving)),
            report::markdown::comparison(&compare(before, after).expect("in order")),
            report::markdown::cohort(&cohort),
        ];
        for (member, learning) in cohort.peer_learning_for_each(Target::Level(Level::Thriving)) {
            out.push(report::markdown::peer_learning(
                member.assessment,
                &learning,
            ));
        }
        out.push(report::markdown::cohort_peer_learning(
            &cohort,
            Target::Level(Level::Thriving),
        ));
        out
    }

    /// Every CSV report on the trio.
    fn csv(trio: &[Assessment; 3]) -> Vec<String> {
        let [before, after, peer] = trio;
        let cohort = Cohort::new([after, peer]).expect("two systems");
        let mut out = vec![
            report::csv::progression(&evaluate(after)),
            report::csv::gaps(after, Target::Level(Level::Thriving)),
            report::csv::comparison(&compare(before, after).expect("in order")),
            report::csv::cohort_subsections(&cohort),
            report::csv::cohort_criteria(&cohort),
        ];
        for (_, learning) in cohort.peer_learning_for_each(Target::Level(Level::Thriving)) {
            out.push(report::csv::peer_learning(&learning));
        }
        out
    }

    fn first_token(line: &str) -> &str {
        line.trim_start().split(' ').next().unwrap_or("")
    }

    /// Whether a line starting with `token` opens a Markdown block (heading, list item,
    /// quote, table row, fence, HTML, rule or setext underline).
    fn opens_block(token: &str) -> bool {
        let numbered = token.len() > 1
            && token.ends_with(['.', ')'])
            && token[..token.len() - 1].chars().all(|c| c.is_ascii_digit());
        token.starts_with(['#', '|', '>', '`', '~', '=', '<'])
            || matches!(token, "-" | "+" | "*")
            || token.starts_with("---")
            || token.starts_with("***")
            || token.starts_with("___")
            || numbered
    }

    /// `|` not escaped by a backslash.
    fn cells(line: &str) -> usize {
        let mut chars = line.chars();
        let mut n = 0;
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '|' => n += 1,
                _ => {}
            }
        }
        n
    }

    /// A minimal RFC 4180 reader that also undoes the crate's formula neutralising
    /// (one leading `'` removed).
    fn read_csv(text: &str) -> Vec<Vec<String>> {
        super::csv::read_csv_with(text, |field| match field.strip_prefix('\'') {
            Some(rest) => rest.to_owned(),
            None => field,
        })
    }

    /// The cells as written.
    fn read_csv_as_written(text: &str) -> Vec<Vec<String>> {
        super::csv::read_csv(text)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn text_from_input_never_changes_the_shape_of_a_markdown_report(
            me in system(), peer in system(), notes in prop::collection::vec(text(), 5),
        ) {
            let plain = markdown(&trio("S", "P", &vec!["n".to_owned(); 5]));
            let wild = markdown(&trio(&me, &peer, &notes));
            for (p, w) in plain.iter().zip(&wild) {
                let (p, w): (Vec<&str>, Vec<&str>) = (p.lines().collect(), w.lines().collect());
                prop_assert_eq!(p.len(), w.len(), "line count");
                for (a, b) in p.iter().zip(&w) {
                    prop_assert_eq!(a.starts_with('#'), b.starts_with('#'), "{:?}", b);
                    let indent = |l: &str| l.len() - l.trim_start().len();
                    prop_assert_eq!(indent(a), indent(b), "indentation {:?}", b);
                    let (x, y) = (first_token(a), first_token(b));
                    prop_assert_eq!(opens_block(x), opens_block(y), "line start {:?}", b);
                    if opens_block(x) {
                        prop_assert_eq!(x, y, "line start {:?}", b);
                    }
                    prop_assert_eq!(cells(a), cells(b), "table cells {:?}", b);
                    let raw_lt = b.match_indices('<').any(|(i, _)| !b[..i].ends_with('\\'));
                    prop_assert!(!raw_lt, "raw < in {:?}", b);
                }
            }
        }

        #[test]
        fn text_from_input_reads_back_from_csv_cell_for_cell(
            me in system(), peer in system(), notes in prop::collection::vec(text(), 5),
        ) {
            let trio = trio(&me, &peer, &notes);
            let plain = csv(&self::trio("S", "P", &vec!["n".to_owned(); 5]));
            for (p, w) in plain.iter().zip(csv(&trio)) {
                let (p, w) = (read_csv(p), read_csv(&w));
                prop_assert_eq!(p.len(), w.len(), "row count");
                for row in &w {
                    prop_assert_eq!(row.len(), w[0].len(), "columns");
                }
            }
            for written in csv(&trio) {
                for cell in read_csv_as_written(&written).iter().flatten() {
                    prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "formula {:?}", cell);
                }
            }
            // The cells holding input hold it exactly.
            let after = &trio[1];
            let progression = read_csv(&report::csv::progression(&evaluate(after)));
            prop_assert!(progression[1..].iter().all(|r| r[0] == me));
            let gaps = read_csv(&report::csv::gaps(after, Target::Level(Level::Thriving)));
            for row in &gaps[1..] {
                let id = row[0].parse().expect("an ID");
                prop_assert_eq!(row[6].as_str(), after.note(id).unwrap_or(""));
            }
        }
    }
}

mod growth {
    use mhics::cohort::Cohort;
    use mhics::{report, Assessment, Status, Target, MATRIX};

    /// `n` systems, each meeting a different half of the criteria, with a long note on
    /// every response and a long name: the worst case for repeated text.
    fn cohort_of(n: usize) -> Vec<Assessment> {
        (0..n)
            .map(|i| {
                let mut b = Assessment::builder(format!("{} {i}", "Long name ".repeat(20)));
                for (k, c) in MATRIX.criteria().enumerate() {
                    let status = if (k + i) % 2 == 0 {
                        Status::Met
                    } else {
                        Status::Partial
                    };
                    b = b.respond_with_note(
                        c.id().to_string(),
                        status,
                        "A long note. ".repeat(100),
                    );
                }
                b.build().expect("valid")
            })
            .collect()
    }

    fn every_report(members: &[Assessment]) -> Vec<usize> {
        let cohort = Cohort::new(members).expect("distinct systems");
        let mut sizes = vec![
            report::markdown::cohort(&cohort).len(),
            report::markdown::cohort_peer_learning(&cohort, Target::Next).len(),
            report::csv::cohort_subsections(&cohort).len(),
            report::csv::cohort_criteria(&cohort).len(),
            report::svg::cohort(&cohort).len(),
        ];
        // One system's own peer learning does not grow with the cohort beyond its count.
        let learning = cohort.peer_learning(&members[0], Target::Next);
        sizes.push(report::markdown::peer_learning(&members[0], &learning).len());
        sizes.push(report::csv::peer_learning(&learning).len());
        sizes
    }

    #[test]
    fn cohort_reports_grow_linearly_with_the_cohort() {
        let small = every_report(&cohort_of(20));
        let large = every_report(&cohort_of(80));
        let names = [
            "cohort markdown",
            "cohort peer learning",
            "subsections csv",
            "criteria csv",
            "heatmap svg",
            "one system's peer learning markdown",
            "one system's peer learning csv",
        ];
        for ((name, s), l) in names.iter().zip(&small).zip(&large) {
            // Four times the systems: at most about four times the text (quadratic
            // growth would be sixteen times).
            assert!(*l as f64 <= 4.2 * *s as f64, "{name}: {s} -> {l} bytes");
        }
        // A single system's peer learning names at most three peers per gap whatever
        // the cohort's size.
        assert!(
            large[5] as f64 <= 1.05 * small[5] as f64,
            "{small:?} {large:?}"
        );
    }
}
