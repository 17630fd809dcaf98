//! Properties over generated input: any plan comes back exactly (with a plan of many
//! actions and every status as a particular case), and whatever a sheet holds gives a
//! plan or a one-line error, never a panic.

use super::*;

// ---- Any plan comes back exactly. ----

/// Text for people, often with the awkward parts: markup, line breaks (CR LF too),
/// OOXML's own escapes, emoji, spaces around it, long paragraphs.
fn awkward() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[=+@'-]?[ \\t\\n]{0,3}\\PC{0,40}(\\r\\n)?[ \\t\\n]{0,3}\\PC{0,10}",
        "(_x[0-9A-F]{4}_|&amp;|<b>|</i>|\\*|\\||\\n|\\u{1F9E0}|é|e\\u{301}| ){1,20}",
        "[a-z ,.\\n]{1000,4000}",
    ]
    .prop_filter("text a plan holds", |s| {
        Action::new("A", "T", ["1.1-D1".parse().unwrap()])
            .and_then(|mut a| a.set_note(Some(s.clone())))
            .is_ok()
    })
}

/// Non-blank text (a title, owner or lead).
fn filled() -> impl Strategy<Value = String> {
    awkward().prop_filter("not blank", |s| !s.trim().is_empty())
}

fn date() -> impl Strategy<Value = Date> {
    (1u16..=9999, 1u8..=12, 1u8..=31)
        .prop_filter_map("a real date", |(y, m, d)| Date::new(y, m, d).ok())
}

type Drafted = (
    String,
    String,
    Vec<usize>,
    Option<String>,
    Option<String>,
    Option<Date>,
    ActionStatus,
    Option<String>,
);

fn action_parts() -> impl Strategy<Value = Drafted> {
    let count = MATRIX.criterion_count();
    (
        filled(),
        filled(),
        prop::collection::vec(0..count, 1..8),
        prop::option::of(filled()),
        prop::option::of(filled()),
        prop::option::of(date()),
        prop::sample::select(ActionStatus::ALL.to_vec()),
        prop::option::of(
            awkward().prop_filter("a cell cannot hold an empty note", |s| !s.is_empty()),
        ),
    )
}

fn any_plan() -> impl Strategy<Value = Plan> {
    (
        filled(),
        prop::option::of(date()),
        prop::option::of(date()),
        prop::collection::vec(action_parts(), 0..40),
    )
        .prop_map(|(system, assessed, agreed, actions)| {
            let criteria: Vec<CriterionId> = MATRIX.criteria().map(|c| c.id()).collect();
            let mut plan = Plan::new(system).expect("not blank");
            plan.set_assessed(assessed);
            plan.set_agreed(agreed);
            for (id, title, picks, owner, lead, due, status, note) in actions {
                let mut ids: Vec<CriterionId> = picks.iter().map(|i| criteria[*i]).collect();
                let mut seen = Vec::new();
                ids.retain(|id| {
                    let new = !seen.contains(id);
                    seen.push(*id);
                    new
                });
                let mut action = Action::new(id, title, ids).expect("a valid action");
                action.set_owner(owner).expect("valid");
                action.set_lead(lead).expect("valid");
                action.set_due(due);
                action.set_status(status);
                action.set_note(note).expect("valid");
                // An ID the plan already has (as a name) is left out.
                let _ = plan.push(action);
            }
            plan
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_plan_comes_back_exactly(plan in any_plan()) {
        let bytes = workbook::write_with_plan(MHICS_2019, None, &plan).expect("written");
        prop_assert_eq!(workbook::read_plan(MHICS_2019, &bytes).expect("read"), plan);
    }
}

#[test]
fn a_plan_of_many_actions_and_every_status_comes_back_exactly(
) -> Result<(), Box<dyn std::error::Error>> {
    let mut plan = Plan::new("Riverside and Vale ICS").expect("a name");
    plan.set_assessed(Date::new(1899, 12, 31).ok());
    plan.set_agreed(Date::new(9999, 12, 31).ok());
    let criteria: Vec<CriterionId> = MATRIX.criteria().map(|c| c.id()).collect();
    for (i, chunk) in criteria.chunks(3).enumerate() {
        let mut action = Action::new(
            format!("A{}", i + 1),
            format!("Action {i}"),
            chunk.iter().rev().copied(),
        )
        .expect("valid");
        action.set_status(ActionStatus::ALL[i % 4]);
        action.set_due(Date::new(1 + (i as u16) * 97, 1 + (i % 12) as u8, 28).ok());
        action
            .set_note((i > 0).then(|| "n".repeat(i * 100)))
            .expect("valid");
        plan.push(action).expect("a new ID");
    }
    let bytes = workbook::write_with_plan(MHICS_2019, None, &plan)?;
    same(&workbook::read_plan(MHICS_2019, &bytes)?, &plan);
    Ok(())
}

/// Asserts that two plans are equal, showing the first action that differs.
fn same(read: &Plan, written: &Plan) {
    assert_eq!(
        (read.system(), read.assessed(), read.agreed()),
        (written.system(), written.assessed(), written.agreed())
    );
    for (a, b) in read.actions().iter().zip(written.actions()) {
        assert_eq!(a, b);
    }
    assert_eq!(read.actions().len(), written.actions().len());
    assert_eq!(read, written);
}

// ---- Whatever a sheet holds, an answer or a one-line error, never a panic. ----

/// What a person or program may put in a plan's cell: a few real values, near misses and
/// any text at all.
fn cell_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        prop::sample::select(vec![
            "A1",
            "a1 ",
            "A2",
            "1.1-M1",
            "1.1-M01",
            "1.1-M1, 1.1-M1",
            "3.7-T1;3.7-T2",
            "Planned",
            "in_progress",
            "DONE",
            "Doing",
            "2026-03-31",
            "2026-02-30",
            " ",
        ])
        .prop_map(str::to_owned),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_cells_give_a_plan_or_a_one_line_error(
        rows in prop::collection::vec(prop::array::uniform8(cell_text()), 0..12),
        merge in prop::option::weighted(0.2, (5u32..18, 0u8..8, 0u32..3, 0u8..3)),
    ) {
        let rows: Vec<String> = (5u32..)
            .zip(&rows)
            .map(|(r, cells)| action(r, cells.each_ref().map(String::as_str)))
            .collect();
        let after = merge.map_or(String::new(), |(r, c, down, right)| {
            let column = |c: u8| char::from(b'A' + c.min(7));
            format!(
                r#"<mergeCells count="1"><mergeCell ref="{}{}:{}{}"/></mergeCells>"#,
                column(c), r, column(c + right), r + down
            )
        });
        match read(&book(&rows, &after)) {
            Ok(plan) => {
                // What was read is a plan like any other: it comes back exactly.
                let bytes = workbook::write_with_plan(MHICS_2019, None, &plan).expect("written");
                prop_assert_eq!(workbook::read_plan(MHICS_2019, &bytes).expect("read"), plan);
            }
            Err(err) => {
                let message = err.to_string();
                prop_assert!(!message.contains(['\n', '\r']), "{:?}", message);
            }
        }
    }

    /// Damaged files give an answer or an error, never a panic.
    #[test]
    fn corrupted_plan_workbooks_never_panic(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in prop::option::weighted(0.3, any::<prop::sample::Index>()),
    ) {
        let mut bytes = workbook::write_with_plan(MHICS_2019, None, &sample_plan()).expect("written");
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] ^= byte | 1;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len()));
        }
        let _ = workbook::read_plan(MHICS_2019, &bytes);
    }
}
