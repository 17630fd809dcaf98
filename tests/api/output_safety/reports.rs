//! Reports for people: no Markdown report takes markup from its input (the partners'
//! report escapes respondents and the system), and every SVG holds no character that
//! XML cannot.

use super::*;

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
