//! Guards on the compiled-in matrix: its shape and counts, its fidelity to the published
//! text, and a snapshot of every word.

use std::collections::HashSet;

use mhics::{CriterionId, Level, MATRIX};

/// The published text the content was taken from.
const SOURCE: &str = include_str!("../source/implementation-tool.txt");

/// Text with all white space and bullet markers removed, so that line breaks, list
/// layout and column layout of the extraction do not matter, while every other character
/// must match in order.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '•')
        .collect()
}

/// Every string of the matrix, with where it stands.
fn all_text() -> Vec<(String, &'static str)> {
    let mut out = vec![
        ("title".to_owned(), MATRIX.title()),
        ("version".to_owned(), MATRIX.version()),
    ];
    for info in MATRIX.levels() {
        out.push((format!("level {}", info.level()), info.name()));
        out.push((
            format!("level {} description", info.level()),
            info.description(),
        ));
    }
    for theme in MATRIX.high_level_themes() {
        out.push(("high level theme".to_owned(), theme.name()));
        for s in theme.statements() {
            out.push((format!("high level theme {}", theme.name()), s));
        }
    }
    for domain in MATRIX.domains() {
        out.push((format!("domain {} title", domain.id()), domain.title()));
        out.push((
            format!("domain {} partners", domain.id()),
            domain.partners(),
        ));
        for level in Level::ALL {
            for p in domain.overview(level) {
                out.push((format!("domain {} overview {level}", domain.id()), p));
            }
        }
        for s in domain.subsections() {
            out.push((format!("{} title", s.id()), s.title()));
            for r in s.references() {
                out.push((format!("{} reference", s.id()), r));
            }
            for content in s.levels() {
                let at = format!("{} {}", s.id(), content.level());
                out.push((format!("{at} headline"), content.headline()));
                for theme in content.themes() {
                    out.push((format!("{at} theme"), theme.name()));
                    if let Some(intro) = theme.intro() {
                        out.push((format!("{at} intro"), intro));
                    }
                    for c in theme.criteria() {
                        out.push((c.id().to_string(), c.text()));
                        for p in c.points() {
                            out.push((format!("{} point", c.id()), p));
                        }
                        if let Some(closing) = c.closing() {
                            out.push((format!("{} closing", c.id()), closing));
                        }
                    }
                }
            }
        }
    }
    out
}

#[test]
fn counts_and_sizes() {
    assert_eq!(MATRIX.id(), "mhics");
    assert_eq!(MATRIX.domains().len(), 3);
    let per_domain: Vec<usize> = MATRIX
        .domains()
        .iter()
        .map(|d| d.subsections().len())
        .collect();
    assert_eq!(per_domain, [5, 4, 7]);
    assert_eq!(MATRIX.subsection_count(), 16);
    assert_eq!(MATRIX.criterion_count(), 266);
    assert_eq!(MATRIX.criteria().count(), 266);
    assert_eq!(MATRIX.high_level_themes().len(), 6);
    let statements: Vec<usize> = MATRIX
        .high_level_themes()
        .iter()
        .map(|t| t.statements().len())
        .collect();
    assert_eq!(statements, [2, 2, 2, 3, 2, 2]);
    let points: usize = MATRIX.criteria().map(|c| c.points().len()).sum();
    assert_eq!(points, 21);
    let with_points: Vec<String> = MATRIX
        .criteria()
        .filter(|c| !c.points().is_empty())
        .map(|c| format!("{}:{}", c.id(), c.points().len()))
        .collect();
    assert_eq!(with_points, EXPECTED_POINTS);
    let closings: Vec<String> = MATRIX
        .criteria()
        .filter(|c| c.closing().is_some())
        .map(|c| c.id().to_string())
        .collect();
    assert_eq!(closings, ["1.2-M2"]);
    let intros: Vec<(String, &str)> = MATRIX
        .subsections()
        .flat_map(|s| s.levels().iter().map(move |l| (s.id(), l)))
        .flat_map(|(id, l)| l.themes().iter().map(move |t| (id, l.level(), t)))
        .filter_map(|(id, level, t)| Some((format!("{id} {level} {}", t.name()), t.intro()?)))
        .collect();
    assert_eq!(
        intros,
        [(
            "3.2 maturing 2. Reduce pressure on emergency hospital services".to_owned(),
            "Partners are committed to:"
        )]
    );
    let per_level: Vec<String> = MATRIX
        .subsections()
        .map(|s| {
            let [d, m, t] = s.levels().map(|l| l.criterion_count());
            format!("{} {d}/{m}/{t}", s.id())
        })
        .collect();
    assert_eq!(per_level, EXPECTED_PER_LEVEL);
}

/// Criteria per sub-section: Developing / Maturing / Thriving.
const EXPECTED_PER_LEVEL: [&str; 16] = [
    "1.1 7/9/4",
    "1.2 5/4/8",
    "1.3 5/7/3",
    "1.4 3/6/7",
    "1.5 4/6/5",
    "2.1 4/6/5",
    "2.2 4/5/3",
    "2.3 5/14/11",
    "2.4 3/8/5",
    "3.1 6/4/5",
    "3.2 3/8/2",
    "3.3 4/7/4",
    "3.4 4/5/4",
    "3.5 6/8/8",
    "3.6 5/5/6",
    "3.7 4/6/6",
];

/// Criteria with sub-points, and how many each has.
const EXPECTED_POINTS: [&str; 4] = ["1.2-M2:3", "1.4-M2:8", "3.1-D2:5", "3.1-M1:5"];

#[test]
fn text_is_whitespace_normalised_and_never_empty() {
    for (at, text) in all_text() {
        assert!(!text.is_empty(), "{at}: empty");
        assert_eq!(text.trim(), text, "{at}: leading or trailing white space");
        assert!(!text.contains("  "), "{at}: double space in {text:?}");
        assert!(
            !text.contains(['\n', '\r', '\t', '\u{a0}']),
            "{at}: line break or odd space in {text:?}"
        );
        assert!(
            !text.contains(['✓', '➢', '•']),
            "{at}: a list marker in {text:?}"
        );
    }
}

#[test]
fn every_word_stands_in_the_published_text() {
    let source = squash(SOURCE);
    for (at, text) in all_text() {
        if at == "version" || at.starts_with("level ") && !at.ends_with("description") {
            continue;
        }
        assert!(
            source.contains(&squash(text)),
            "{at}: not in the published text: {text:?}"
        );
    }
}

#[test]
fn every_published_criterion_is_in_the_matrix_in_order() {
    // The tool lists each sub-section's criteria in column order: all Developing, then
    // all Maturing, then all Thriving, sub-sections in order: matrix order.
    let items: Vec<&str> = SOURCE
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix('✓'))
        .collect();
    // One `✓` only introduces the two after it (3.2 Maturing); it is a theme intro.
    assert_eq!(items.len(), MATRIX.criterion_count() + 1);
    let mut criteria = MATRIX.criteria();
    for item in items {
        let first_line = squash(item);
        if first_line == squash("Partners are committed to:") {
            continue;
        }
        let criterion = criteria.next().expect("as many criteria as items");
        assert!(
            squash(criterion.text()).starts_with(&first_line),
            "{}: {:?} does not begin with the published {:?}",
            criterion.id(),
            criterion.text(),
            item.trim()
        );
    }
    assert!(criteria.next().is_none());
}

#[test]
fn every_published_point_is_in_the_matrix_in_order() {
    let start = SOURCE
        .find("\n1.1 Strong collaborative")
        .expect("sub-section 1.1");
    let items: Vec<&str> = SOURCE[start..]
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix('➢'))
        .collect();
    let points: Vec<&str> = MATRIX
        .criteria()
        .flat_map(|c| c.points().iter().copied())
        .collect();
    assert_eq!(items.len(), points.len());
    for (item, point) in items.iter().zip(points) {
        assert!(
            squash(point).starts_with(&squash(item)),
            "{point:?} does not begin with the published {item:?}"
        );
    }
}

#[test]
fn ids_are_unique_ordered_and_found_by_lookup() {
    let mut seen = HashSet::new();
    let mut previous: Option<CriterionId> = None;
    for c in MATRIX.criteria() {
        assert!(seen.insert(c.id()), "{} twice", c.id());
        assert!(previous < Some(c.id()), "{} out of order", c.id());
        previous = Some(c.id());
        let parsed: CriterionId = c.id().to_string().parse().unwrap();
        assert_eq!(MATRIX.criterion(parsed), Some(c));
        let (theme, found) = MATRIX.criterion_in_theme(parsed).unwrap();
        assert_eq!(found, c);
        assert!(theme.criteria().contains(c));
    }
    for s in MATRIX.subsections() {
        assert_eq!(MATRIX.subsection(s.id()), Some(s));
        for level in Level::ALL {
            let ids: Vec<u8> = s.level(level).criteria().map(|c| c.id().number()).collect();
            let expected: Vec<u8> = (1..=ids.len() as u8).collect();
            assert_eq!(ids, expected, "{} {level}", s.id());
        }
    }
    for id in ["1.1-D99", "1.6-D1", "4.1-D1", "3.7-T99"] {
        assert_eq!(MATRIX.criterion(id.parse().unwrap()), None, "{id}");
    }
}

#[test]
fn levels_are_defined_in_order() {
    let names: Vec<&str> = MATRIX.levels().iter().map(|l| l.name()).collect();
    assert_eq!(names, ["Developing", "Maturing", "Thriving"]);
    for level in Level::ALL {
        assert_eq!(MATRIX.level(level).level(), level);
    }
}

#[test]
fn references_are_links_or_footnotes() {
    for s in MATRIX.subsections() {
        let mut seen = HashSet::new();
        for r in s.references() {
            assert!(seen.insert(r), "{}: {r} twice", s.id());
        }
    }
}

#[test]
fn snapshot_of_the_whole_matrix() {
    insta::assert_snapshot!("matrix_markdown", mhics::report::markdown::matrix(&MATRIX));
}

#[test]
fn snapshot_of_the_export() {
    insta::assert_snapshot!("matrix_export_json", MATRIX.to_json());
}

#[test]
fn every_published_line_of_the_domains_is_in_the_matrix() {
    // The reverse of `every_word_stands_in_the_published_text`: nothing is dropped. From
    // the first domain page to the end, every line of the extraction (but the repeated
    // column headings, and the list markers) stands within the texts of the matrix. Where
    // the extraction put two columns side by side on one line, or a number before a
    // title, the line must split into pieces that each stand within one text: pieces of
    // at least 12 characters, or domain and sub-section numbers.
    const SEPARATOR: char = '\u{1}';
    let haystack: String = all_text()
        .iter()
        .map(|(_, t)| squash(t))
        .collect::<Vec<_>>()
        .join(&SEPARATOR.to_string());
    let numbers: HashSet<String> = MATRIX
        .domains()
        .iter()
        .map(|d| d.id().to_string())
        .chain(MATRIX.subsections().map(|s| s.id().to_string()))
        .collect();
    let within = |piece: &str| haystack.contains(piece);
    let start = SOURCE
        .find("System Leadership, Partnerships and Change Capability1")
        .expect("the first domain page");
    let mut missing = Vec::new();
    for line in SOURCE[start..].lines() {
        let line: String = squash(line)
            .chars()
            .filter(|c| !"✓➢".contains(*c))
            .collect();
        if line.is_empty() || line == squash("Developing Maturing ICS (by 2021) Thriving ICS") {
            continue;
        }
        // Split greedily into the longest pieces found (the set of pieces found is
        // closed under prefixes, so the longest piece at each step is found by bisection).
        let boundaries: Vec<usize> = line
            .char_indices()
            .map(|(i, _)| i)
            .chain([line.len()])
            .collect();
        let mut at = 0; // index into `boundaries`
        let mut pieces = Vec::new();
        while boundaries[at] < line.len() {
            let (mut lo, mut hi) = (at, boundaries.len() - 1);
            while lo < hi {
                let mid = (lo + hi).div_ceil(2);
                if within(&line[boundaries[at]..boundaries[mid]]) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            let rest = &line[boundaries[at]..];
            let number = numbers
                .iter()
                .filter(|n| rest.starts_with(n.as_str()))
                .max_by_key(|n| n.len());
            if lo < boundaries.len() - 1 && lo - at < 12 {
                // A short piece in a line of several: a domain or sub-section number?
                if let Some(n) = number {
                    lo = boundaries
                        .iter()
                        .position(|b| *b == boundaries[at] + n.len())
                        .unwrap();
                }
            }
            if lo == at {
                break; // not even one character found
            }
            pieces.push(&line[boundaries[at]..boundaries[lo]]);
            at = lo;
        }
        let covered = boundaries[at] == line.len()
            && (pieces.len() == 1
                || pieces
                    .iter()
                    .all(|p| p.chars().count() >= 12 || numbers.contains(*p)));
        if !covered {
            missing.push((
                line.clone(),
                pieces.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            ));
        }
    }
    assert!(missing.is_empty(), "not in the matrix: {missing:#?}");
}
