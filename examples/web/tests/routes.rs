//! The routes in process: a round from opening to the board report, bad input of every
//! kind, and the files read back with the crate's own readers.

mod common;

use axum::http::StatusCode;
use common::{links, Service};
use mhics::plan::{ActionStatus, Plan};
use mhics::{Assessment, Status, MAX_TEXT_CHARS};

#[tokio::test]
async fn a_round_from_opening_to_the_board_report() {
    let s = Service::new();
    let lead = s.lead();
    let home = s.get(&format!("/l/{lead}")).await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.text().contains("You have no round yet"));
    let (round, reply) = s
        .open_round(&lead, "Riverside and Vale ICS", "2026-10-14", "")
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    let trust = s.add_partner(&lead, &round, "Ann", "Riverside Trust").await;
    let council = s.add_partner(&lead, &round, "Bo", "Vale Council").await;

    // Each answer saved as it is given, and shown back.
    for (partner, status) in [(&trust, "met"), (&council, "not_met")] {
        let reply = s
            .form(
                partner,
                &format!("/p/{partner}/answer"),
                &[
                    ("id", "1.1-D1"),
                    ("status", status),
                    ("note", "Board in place"),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        assert_eq!(
            reply.location,
            format!("/p/{partner}/s/1.1?saved=1.1-D1#c-1.1-D2")
        );
        let page = s.get(&reply.location.replace("#c-1.1-D2", "")).await.text();
        assert!(page.contains("Saved your answer to 1.1-D1."));
    }
    let page = s.get(&format!("/p/{trust}/s/1.1")).await.text();
    assert!(
        page.contains(r#"id="s-1.1-D1-met" name="status" value="met" checked"#),
        "{page}"
    );
    assert!(page.contains("Board in place"));
    let overview = s.get(&format!("/p/{trust}")).await.text();
    assert!(overview.contains("You have answered 1 of 266 criteria"));
    assert!(overview.contains("Not yet Developing"));
    // Clearing an answer (status left blank).
    let reply = s
        .form(
            &council,
            &format!("/p/{council}/answer"),
            &[("id", "1.1-D2"), ("status", "partial")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let reply = s
        .form(
            &council,
            &format!("/p/{council}/answer"),
            &[("id", "1.1-D2"), ("status", "")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);

    // The lead sees who has answered how much, and the conversation to have.
    let round_page = s.get(&format!("/l/{lead}/r/{round}")).await.text();
    assert!(round_page.contains("1 of 266"));
    let together = s.get(&format!("/l/{lead}/r/{round}/together")).await.text();
    assert!(
        together.contains("1.1-D1"),
        "the contested criterion is a conversation"
    );
    assert!(
        !together.contains("<style"),
        "reports are embedded as fragments"
    );

    // Agree, draft the plan, edit an action.
    let base = format!("/l/{lead}/r/{round}");
    assert_eq!(
        s.form(&lead, &format!("{base}/agree"), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        s.form(&lead, &format!("{base}/plan/draft"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let reply = s
        .form(
            &lead,
            &format!("{base}/plan/actions/A1"),
            &[
                ("title", "Board terms agreed"),
                ("owner", "Riverside Trust"),
                ("lead", "Chair"),
                ("due", "2027-03-31"),
                ("status", "in_progress"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    assert!(s
        .get(&format!("{base}/plan"))
        .await
        .text()
        .contains("Board terms agreed"));
    let reply = s
        .form(
            &lead,
            &format!("{base}/plan/actions"),
            &[("title", "Shared outcomes"), ("criteria", "3.1-M1, 3.1-M2")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());

    // Every file of the round, read back with the crate's readers.
    let file = |name: &str| format!("{base}/files/{name}");
    let plan = Plan::from_json(&s.get(&file("plan.json")).await.text()).unwrap();
    let added = plan.actions().last().unwrap();
    assert_eq!(
        (added.title(), added.criteria().len()),
        ("Shared outcomes", 2)
    );
    let a1 = plan.action("A1").unwrap();
    assert_eq!(
        (a1.owner(), a1.lead(), a1.status()),
        (
            Some("Riverside Trust"),
            Some("Chair"),
            ActionStatus::InProgress
        )
    );
    assert_eq!(a1.due().unwrap().to_string(), "2027-03-31");
    let agreed = Assessment::from_json(&s.get(&file("agreed.json")).await.text()).unwrap();
    assert_eq!(
        agreed.status("1.1-D1".parse().unwrap()),
        Some(Status::Partial)
    );
    let partner_files = links(&round_page, "/files/partner-");
    assert_eq!(partner_files.len(), 2);
    let first = Assessment::from_json(
        &s.get(&file(&format!("partner-{}.json", partner_files[0])))
            .await
            .text(),
    )
    .unwrap();
    assert_eq!(first.respondent(), Some("Riverside Trust"));
    assert_eq!(
        first.note("1.1-D1".parse().unwrap()),
        Some("Board in place")
    );
    let workbook = s.get(&file("workbook.xlsx")).await.body;
    assert_eq!(
        mhics::workbook::read_plan(mhics::MHICS_2019, &workbook).unwrap(),
        plan
    );
    assert_eq!(
        mhics::workbook::read(mhics::MHICS_2019, &workbook).unwrap(),
        agreed
    );
    for name in [
        "board.html",
        "assessment.html",
        "perspectives.html",
        "plan-review.html",
        "perspectives.csv",
        "progression.csv",
        "gaps.csv",
        "plan-review.csv",
        "perspectives.json",
        "consolidated.json",
    ] {
        let reply = s.get(&file(name)).await;
        assert_eq!(reply.status, StatusCode::OK, "{name}");
        assert!(!reply.body.is_empty(), "{name}");
    }
    assert_eq!(
        s.get(&file("secrets.db")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(s.get(&format!("{base}/board")).await.status, StatusCode::OK);

    // Next year's round carries this one forward: the partners (new links) with their
    // answers, and the plan, reviewed.
    let (next, reply) = s
        .open_round(&lead, "Riverside and Vale ICS", "2027-10-14", &round)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    let new_links = links(&reply.text(), "/p/");
    assert_eq!(new_links.len(), 2);
    assert!(!new_links.contains(&trust));
    assert!(s
        .get(&format!("/p/{}/s/1.1", new_links[0]))
        .await
        .text()
        .contains("Board in place"));
    let next_plan = s.get(&format!("/l/{lead}/r/{next}/plan")).await.text();
    assert!(next_plan.contains("carried forward") && next_plan.contains("Board terms agreed"));
}

#[tokio::test]
async fn bad_input_gets_the_crates_error_as_a_400_page_that_keeps_what_was_typed() {
    let s = Service::new();
    let lead = s.lead();
    let (_, reply) = s.open_round(&lead, "Typed System", "2026-02-30", "").await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let page = reply.text();
    assert!(page.contains("value=\"Typed System\""), "{page}");
    assert!(page.contains("the assessment date: "), "{page}");
    let (_, reply) = s.open_round(&lead, "Bell\u{7}", "2026-02-01", "").await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);

    let (round, _) = s.open_round(&lead, "Riverside", "2026-10-14", "").await;
    let partner = s.add_partner(&lead, &round, "Ann", "Trust").await;
    let reply = s
        .form(
            &lead,
            &format!("/l/{lead}/r/{round}/partners"),
            &[("name", "Al"), ("organisation", " TRUST ")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.text().contains("already answers in this round"));

    let answer = format!("/p/{partner}/answer");
    let cases: [(&str, &str, String, &str); 5] = [
        ("1.1-D1", "mett", "kept note".into(), "unknown status"),
        ("1.1-d1", "met", "kept note".into(), "did you mean"),
        ("1.1-D1", "met", "x".repeat(MAX_TEXT_CHARS + 1), "32767"),
        ("1.1-D1", "met", "bell\u{7}".into(), "control character"),
        ("1.1-D1", "", "kept note".into(), "given without a status"),
    ];
    for (id, status, note, error) in cases {
        let reply = s
            .form(
                &partner,
                &answer,
                &[("id", id), ("status", status), ("note", &note)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{id} {status}");
        let page = reply.text();
        assert!(
            page.contains(error),
            "{error}: {}",
            &page[..page.len().min(3000)]
        );
        if note.len() < 100 && !note.contains('\u{7}') {
            assert!(page.contains(&note), "what was typed is kept");
        }
    }
    assert!(s
        .get(&format!("/p/{partner}"))
        .await
        .text()
        .contains("You have answered 0 of 266"));

    // A workbook that is not one.
    let reply = upload(&s, &partner, b"not a workbook".to_vec()).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.text().contains("There is a problem"));

    // An action with a bad due date and status.
    s.form(
        &partner,
        &answer,
        &[("id", "1.1-D1"), ("status", "not_met")],
    )
    .await;
    let base = format!("/l/{lead}/r/{round}");
    s.form(&lead, &format!("{base}/agree"), &[]).await;
    s.form(&lead, &format!("{base}/plan/draft"), &[]).await;
    let reply = s
        .form(
            &lead,
            &format!("{base}/plan/actions/A1"),
            &[
                ("title", "Kept title"),
                ("due", "2027-13-01"),
                ("status", "finished"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let page = reply.text();
    assert!(
        page.contains("Kept title")
            && page.contains("the due date of action")
            && page.contains("finished"),
        "{page}"
    );
    let plan = Plan::from_json(&s.get(&format!("{base}/files/plan.json")).await.text()).unwrap();
    assert_ne!(
        plan.action("A1").unwrap().title(),
        "Kept title",
        "nothing saved"
    );

    // A body over the limit.
    let huge = "x".repeat(mhics_web::app::FORM_LIMIT + 1);
    let reply = s
        .form(
            &partner,
            &answer,
            &[("id", "1.1-D1"), ("status", "met"), ("note", &huge)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
}

/// Uploads `bytes` as partner `token`'s workbook.
pub async fn upload(s: &Service, token: &str, bytes: Vec<u8>) -> common::Reply {
    let boundary = "mhicsboundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"w.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n",
        mhics_web::secret::csrf(token)
    )
    .into_bytes();
    body.extend_from_slice(&bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    s.send(
        axum::http::Request::post(format!("/p/{token}/workbook"))
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(axum::body::Body::from(body))
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn a_partner_downloads_their_workbook_and_uploads_it_filled() {
    let s = Service::new();
    let lead = s.lead();
    let (round, _) = s.open_round(&lead, "Riverside", "2026-10-14", "").await;
    let partner = s.add_partner(&lead, &round, "Ann", "Trust").await;
    let blank = s.get(&format!("/p/{partner}/workbook.xlsx")).await.body;
    let mut filled = mhics::workbook::read(mhics::MHICS_2019, &blank).unwrap();
    filled
        .set(
            "2.1-D3".parse().unwrap(),
            mhics::Response::with_note(Status::Partial, "half"),
        )
        .unwrap();
    let bytes = mhics::workbook::write(mhics::MHICS_2019, Some(&filled)).unwrap();
    let reply = upload(&s, &partner, bytes).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    let mine =
        Assessment::from_json(&s.get(&format!("/p/{partner}/answers.json")).await.text()).unwrap();
    assert_eq!(mine.note("2.1-D3".parse().unwrap()), Some("half"));
    assert_eq!(mine.respondent(), Some("Trust"));

    // A workbook of another system is refused.
    let other = Assessment::new("Elsewhere").unwrap();
    let reply = upload(
        &s,
        &partner,
        mhics::workbook::write(mhics::MHICS_2019, Some(&other)).unwrap(),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.text().contains("Elsewhere"));
}

#[tokio::test]
async fn every_response_carries_the_security_headers_and_the_stylesheets_are_files() {
    let s = Service::new();
    for uri in ["/", "/static/report.css", "/static/site.css", "/nowhere"] {
        let reply = s.get(uri).await;
        let csp = reply.headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"),
            "{uri}"
        );
        assert_eq!(reply.headers["referrer-policy"], "no-referrer");
    }
    assert_eq!(
        s.get("/static/report.css").await.text(),
        mhics::report::html::STYLESHEET
    );
}
