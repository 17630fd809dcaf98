//! The HTML reports' structure (one h1, headings in order, tables with header cells,
//! pictures with text alternatives, nothing run or fetched) for the samples and for
//! input that holds HTML, Markdown and script, which must stay text; and the board
//! report with all it can take and with the assessment alone.
#![cfg(feature = "html")]

use crate::fixtures::html as support;

use mhics::cohort::Cohort;
use mhics::compare::compare;
use mhics::error::Conflict;
use mhics::perspectives::Perspectives;
use mhics::plan::Plan;
use mhics::report::html::{self, Board};
use mhics::{evaluate, Assessment, Target};
use support::assert_well_structured;

fn sample(path: &str) -> Assessment {
    let text = std::fs::read_to_string(format!("{}/{path}.json", env!("CARGO_MANIFEST_DIR")))
        .expect("a sample file");
    Assessment::from_json(&text).expect("a valid sample")
}

fn plan(path: &str) -> Plan {
    let text = std::fs::read_to_string(format!("{}/{path}.json", env!("CARGO_MANIFEST_DIR")))
        .expect("a sample plan");
    Plan::from_json(&text).expect("a valid plan")
}

fn partners() -> Vec<Assessment> {
    ["trust", "council", "primary-care", "vcse"]
        .iter()
        .map(|p| sample(&format!("examples/data/riverside-partners/{p}")))
        .collect()
}

/// Every report for `before`, `after` (one system), the partners' assessments and a
/// plan of the system.
fn reports(
    before: &Assessment,
    after: &Assessment,
    partners: &[Assessment],
    plan: &Plan,
) -> Vec<String> {
    let evaluation = evaluate(after);
    let comparison = compare(before, after).expect("one system, in order");
    let northfield = sample("examples/data/northfield-2026");
    let cohort = Cohort::new([after, &northfield]).expect("two systems");
    let perspectives =
        Perspectives::new(partners.iter().map(|a| (a, "file.json"))).expect("one system");
    let review = plan
        .review(after, None, Target::Next)
        .expect("a plan of the system");
    let review_toward_thriving = plan
        .review(
            after,
            Some("2030-01-01".parse().expect("a date")),
            Target::Level(mhics::Level::Thriving),
        )
        .expect("a plan of the system");
    vec![
        html::assessment(&evaluation, Target::Next).document(),
        html::assessment(&evaluation, Target::Level(mhics::Level::Thriving)).document(),
        html::comparison(&comparison).document(),
        html::cohort(&cohort).document(),
        html::perspectives(&perspectives).document(),
        html::plan_review(&review).document(),
        html::plan_review(&review_toward_thriving).document(),
        Board::new(after).report().document(),
        Board::new(after)
            .previous(before)
            .and_then(|b| b.partners(&perspectives))
            .and_then(|b| b.plan(plan))
            .expect("one system")
            .report()
            .document(),
    ]
}

#[test]
fn every_report_is_well_structured() {
    let (before, after) = (
        sample("examples/data/riverside-2025"),
        sample("examples/data/riverside-2026"),
    );
    let plan = plan("examples/data/plans/riverside-plan-2025");
    for report in reports(&before, &after, &partners(), &plan) {
        assert_well_structured(&report);
    }
}

#[test]
fn html_markdown_and_script_from_input_stay_text() {
    let (before, after) = (
        sample("tests/data/hostile-2025"),
        sample("tests/data/hostile-2026"),
    );
    let partners = [before.clone(), after.clone()];
    let plan = plan("tests/data/hostile-plan-2025");
    let reports = reports(&before, &after, &partners, &plan);
    for report in &reports {
        assert_well_structured(report);
        assert!(!report.contains("<script"), "no script element");
        assert!(!report.contains("<img"), "no image element");
        assert!(!report.contains("<style>body"), "no style from input");
        assert!(!report.contains("<a "), "no link");
        assert!(
            report.contains("&lt;script&gt;alert(&quot;system&quot;)&lt;/script&gt; **Bold**"),
            "the system name is shown as it was written"
        );
    }
    // The plan's review: its IDs, titles, owners, leads and notes are text; the board
    // report shows the overdue ones (A2 among them) the same way.
    for text in [
        "<strong>&lt;b&gt;A1&lt;/b&gt;</strong>",
        "&lt;script&gt;alert(&quot;owner&quot;)&lt;/script&gt; **bold** | cell |",
        "Lead: &lt;i&gt;lead&lt;/i&gt; # heading",
        "Trust &lt;style&gt;body{display:none}&lt;/style&gt;",
        "A2 &amp; &lt;A3&gt;",
    ] {
        assert!(reports[5].contains(text), "{text} shown as written");
    }
    for text in [
        "<strong>A2 &amp; &lt;A3&gt;</strong>",
        "Trust &lt;style&gt;body{display:none}&lt;/style&gt;",
    ] {
        assert!(reports[8].contains(text), "{text} shown as written");
    }
    assert!(
        reports[5].contains(
            "Line one<br>Line two &lt;a href=&quot;https://example.invalid&quot;&gt;a&lt;/a&gt;"
        ),
        "an action's note keeps its text and its line breaks"
    );
    let evaluation = evaluate(&after);
    let report = html::assessment(&evaluation, Target::Next).document();
    assert!(
        report.contains("&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt;<br># Not a heading<br>| not | a | table |"),
        "a note keeps its text and its line breaks"
    );
}

#[test]
fn the_board_report_holds_what_it_is_given() {
    let (before, after) = (
        sample("examples/data/riverside-2025"),
        sample("examples/data/riverside-2026"),
    );
    let partners = partners();
    let perspectives = Perspectives::new(partners.iter().map(|a| (a, "f"))).expect("one system");
    let plan = plan("examples/data/plans/riverside-plan-2025");
    let all = Board::new(&after)
        .previous(&before)
        .and_then(|b| b.partners(&perspectives))
        .and_then(|b| b.plan(&plan))
        .expect("one system")
        .report()
        .document();
    let alone = Board::new(&after).report().document();
    for (report, parts) in [(&all, 4), (&alone, 1)] {
        assert_eq!(report.matches("<section class=\"part\">").count(), parts);
        assert!(report.contains("<h1>Board report: Riverside and Vale ICS</h1>"));
        assert!(report.contains("<h2>Where the system stands</h2>"));
        assert!(report.contains("Overall: Not yet Developing."));
        assert!(report.contains("Nearest their next level, one criterion from it: 2.3 System control totals, operating plans and financial risk sharing (Developing); 3.5 The prevention agenda and addressing health inequalities (Developing)."));
        assert!(report.contains("not a performance-management, assurance or rating tool"));
    }
    assert!(all.contains("<h2>What changed since 2025-10-02</h2>"));
    assert!(all.contains("<h2>Where partners disagree</h2>"));
    assert!(all.contains("<h2>How the action plan stands</h2>"));
    assert!(all.contains(
        "6 of 13 actions achieved; 1 done but not achieved; 2 overdue; 3 open; 1 dropped."
    ));
    assert!(all.contains("In this report: where the system stands, what changed, where partners disagree and how the action plan stands."));
    // A board reads summaries: the few conversations that matter most, the actions to
    // talk about, and where the rest is.
    assert!(all.contains("<h3>The conversations that matter most</h3>"));
    assert!(all.contains("The five criteria of the 20 for conversation"));
    assert!(
        all.contains("is the partners&apos; perspectives report.")
            || all.contains("is the partners' perspectives report.")
    );
    assert!(all.contains("<h3>The actions to talk about (three actions)</h3>"));
    assert!(all.contains("is in the plan review."));
    assert!(!all.contains("<h3>Conversations ("), "not the whole agenda");
    // What the plan was drafted against, and what is new since.
    assert!(all.contains(
        "The plan was drafted against the gaps of the assessment of <span class=\"date\">2025-10-02</span>"
    ));
    assert!(all.contains("41 of them are new since the plan was drafted or left out of it"));
    assert!(!alone.contains("What changed since"));
    assert!(!alone.contains("Where partners disagree"));
    assert!(!alone.contains("action plan"));
}

#[test]
fn the_board_report_refuses_inputs_of_another_system() {
    let riverside = sample("examples/data/riverside-2026");
    let northfield = sample("examples/data/northfield-2026");
    let err = Board::new(&riverside).previous(&northfield).unwrap_err();
    assert!(matches!(err, Conflict::DifferentSystems { .. }), "{err}");
    let perspectives = Perspectives::new([(&northfield, "n.json")]).expect("one system");
    let err = Board::new(&riverside).partners(&perspectives).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the partners' assessments are of \"Northfield and Coast ICS\", not of \"Riverside and Vale ICS\", the system of the board report"
    );
    let plan = Plan::draft(&northfield, Target::Next);
    let err = Board::new(&riverside).plan(&plan).unwrap_err();
    assert!(matches!(err, Conflict::PlanSystem { .. }), "{err}");
}

#[test]
fn the_structure_check_finds_what_a_screen_reader_would_miss() {
    let page = |body: &str| {
        format!("<!DOCTYPE html><html lang=\"en-GB\"><head><title>t</title><style>h1 {{ }}</style></head><body><h1>T</h1>{body}</body></html>")
    };
    assert_well_structured(&page(
        "<h2>a</h2><h3>b</h3><h2>c</h2><table><tr><th scope=\"col\">x</th></tr></table>",
    ));
    for broken in [
        page("<h1>again</h1>"),
        page("<h3>skips h2</h3>"),
        page("<table><tr><td>no header</td></tr></table>"),
        page("<table><tr><th>no scope</th></tr></table>"),
        page("<svg role=\"img\"><title>no labels</title></svg>"),
        page("<svg role=\"img\" aria-labelledby=\"a b\"><title id=\"a\">t</title></svg>"),
        page("<script>alert(1)</script>"),
        page("<p style=\"background: url(x)\">fetches</p>"),
        page("").replace(" lang=\"en-GB\"", ""),
    ] {
        let result = std::panic::catch_unwind(|| assert_well_structured(&broken));
        assert!(result.is_err(), "accepted: {broken}");
    }
}
