//! Every route tried with another round's, lead's or partner's secret (404, nothing
//! leaked, nothing changed) and every form without its CSRF token (refused).

mod common;

use axum::http::StatusCode;
use common::{links, Service};

const NOTE: &str = "ALPHA-ONLY-NOTE";

/// Lead A's round (agreed, with a plan) and partner, and lead B's round and partner.
struct World {
    s: Service,
    lead_a: String,
    round_a: String,
    partner_a: String,
    partner_a_id: String,
    lead_b: String,
    round_b: String,
    partner_b: String,
}

async fn world() -> World {
    let s = Service::new();
    let (lead_a, lead_b) = (s.lead(), s.lead());
    let (round_a, _) = s
        .open_round(&lead_a, "Alpha System", "2026-10-14", "")
        .await;
    let partner_a = s.add_partner(&lead_a, &round_a, "Ann", "Alpha Trust").await;
    let reply = s
        .form(
            &partner_a,
            &format!("/p/{partner_a}/answer"),
            &[("id", "1.1-D1"), ("status", "partial"), ("note", NOTE)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let base = format!("/l/{lead_a}/r/{round_a}");
    s.form(&lead_a, &format!("{base}/agree"), &[]).await;
    s.form(&lead_a, &format!("{base}/plan/draft"), &[]).await;
    let page = s.get(&base).await.text();
    let partner_a_id = links(&page, "/partners/")[0].clone();
    let (round_b, _) = s.open_round(&lead_b, "Beta System", "2026-10-14", "").await;
    let partner_b = s.add_partner(&lead_b, &round_b, "Bo", "Beta Trust").await;
    World {
        s,
        lead_a,
        round_a,
        partner_a,
        partner_a_id,
        lead_b,
        round_b,
        partner_b,
    }
}

/// Every lead route of round `round`, reached with `lead`'s secret: (method, path).
fn lead_routes(lead: &str, round: &str, partner: &str) -> Vec<(&'static str, String)> {
    let base = format!("/l/{lead}/r/{round}");
    let mut routes: Vec<(&str, String)> = ["", "/together", "/plan", "/board"]
        .iter()
        .map(|p| ("GET", format!("{base}{p}")))
        .collect();
    for file in [
        "partner-1.json",
        "agreed.json",
        "plan.json",
        "consolidated.json",
        "board.html",
        "workbook.xlsx",
        "perspectives.csv",
        "plan-review.html",
    ] {
        routes.push(("GET", format!("{base}/files/{file}")));
    }
    for post in [
        "/partners",
        "/agree",
        "/plan/draft",
        "/plan/agreed",
        "/plan/actions",
        "/plan/actions/A1",
    ] {
        routes.push(("POST", format!("{base}{post}")));
    }
    routes.push(("POST", format!("{base}/partners/{partner}/link")));
    routes
}

fn partner_routes(partner: &str) -> Vec<(&'static str, String)> {
    vec![
        ("GET", format!("/p/{partner}")),
        ("GET", format!("/p/{partner}/s/1.1")),
        ("GET", format!("/p/{partner}/answers.json")),
        ("GET", format!("/p/{partner}/workbook.xlsx")),
        ("POST", format!("/p/{partner}/answer")),
        ("POST", format!("/p/{partner}/workbook")),
    ]
}

/// Fields that would change something if accepted.
const FIELDS: [(&str, &str); 8] = [
    ("id", "1.1-D1"),
    ("status", "met"),
    ("note", "changed"),
    ("name", "Mallory"),
    ("organisation", "Mallory Ltd"),
    ("title", "changed"),
    ("system", "Alpha System"),
    ("date", "2026-01-01"),
];

async fn try_route(s: &Service, method: &str, path: &str, csrf_of: Option<&str>) -> common::Reply {
    match (method, csrf_of) {
        ("GET", _) => s.get(path).await,
        (_, Some(token)) => s.form(token, path, &FIELDS).await,
        (_, None) => s.post(path, &FIELDS).await,
    }
}

/// What round A holds, to see that nothing changed.
async fn state_of_a(w: &World) -> (String, String, u16) {
    let base = format!("/l/{}/r/{}", w.lead_a, w.round_a);
    let answers =
        w.s.get(&format!("{base}/files/partner-1.json"))
            .await
            .text();
    let plan = w.s.get(&format!("{base}/files/plan.json")).await.text();
    let partner_page =
        w.s.get(&format!("/p/{}", w.partner_a))
            .await
            .status
            .as_u16();
    (answers, plan, partner_page)
}

fn assert_nothing_leaked(reply: &common::Reply, what: &str) {
    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{what}");
    let text = reply.text();
    for secret in [NOTE, "Alpha System", "Alpha Trust", "Ann"] {
        assert!(!text.contains(secret), "{what} leaks {secret}");
    }
}

#[tokio::test]
async fn another_leads_or_partners_secret_finds_nothing() {
    let w = world().await;
    let before = state_of_a(&w).await;
    assert!(before.0.contains(NOTE));

    // Lead B, with their own valid secret and CSRF token, on round A's every route.
    for (method, path) in lead_routes(&w.lead_b, &w.round_a, &w.partner_a_id) {
        let reply = try_route(&w.s, method, &path, Some(&w.lead_b)).await;
        assert_nothing_leaked(&reply, &format!("lead B: {method} {path}"));
    }
    // Lead B on their own round, naming round A's partner.
    let path = format!(
        "/l/{}/r/{}/partners/{}/link",
        w.lead_b, w.round_b, w.partner_a_id
    );
    assert_nothing_leaked(
        &w.s.form(&w.lead_b, &path, &[]).await,
        "another round's partner",
    );

    // Wrong secrets of every kind, on every route.
    let mut flipped = w.lead_a.clone();
    let last = if flipped.ends_with('0') { "1" } else { "0" };
    flipped.replace_range(47.., last);
    let wrong_leads = [
        flipped,
        w.partner_a.clone(),
        w.lead_a[..47].to_owned(),
        w.lead_a.to_uppercase(),
        "x".repeat(48),
    ];
    for wrong in &wrong_leads {
        for (method, path) in lead_routes(wrong, &w.round_a, &w.partner_a_id) {
            let reply = try_route(&w.s, method, &path, Some(wrong)).await;
            assert_nothing_leaked(&reply, &format!("{method} {path}"));
        }
        assert_nothing_leaked(&w.s.get(&format!("/l/{wrong}")).await, "lead home");
        assert_nothing_leaked(
            &w.s.form(wrong, &format!("/l/{wrong}/rounds"), &FIELDS)
                .await,
            "open round",
        );
    }
    let mut flipped = w.partner_a.clone();
    let last = if flipped.ends_with('0') { "1" } else { "0" };
    flipped.replace_range(47.., last);
    let wrong_partners = [
        flipped,
        w.lead_a.clone(),
        w.partner_a[..47].to_owned(),
        format!("{}0", w.partner_a),
    ];
    for wrong in &wrong_partners {
        for (method, path) in partner_routes(wrong) {
            let reply = try_route(&w.s, method, &path, Some(wrong)).await;
            assert_nothing_leaked(&reply, &format!("{method} {path}"));
        }
    }
    // Partner B's own pages never show round A's.
    let page = w.s.get(&format!("/p/{}", w.partner_b)).await.text();
    assert!(!page.contains("Alpha"));
    assert_eq!(state_of_a(&w).await, before, "nothing of round A changed");
}

#[tokio::test]
async fn forms_without_their_csrf_token_are_refused() {
    let w = world().await;
    let before = state_of_a(&w).await;
    let mut posts: Vec<(String, String)> = lead_routes(&w.lead_a, &w.round_a, &w.partner_a_id)
        .into_iter()
        .filter(|(m, _)| *m == "POST")
        .map(|(_, p)| (w.lead_a.clone(), p))
        .collect();
    posts.push((w.lead_a.clone(), format!("/l/{}/rounds", w.lead_a)));
    posts.extend(
        partner_routes(&w.partner_a)
            .into_iter()
            .filter(|(m, _)| *m == "POST")
            .map(|(_, p)| (w.partner_a.clone(), p)),
    );
    for (_, path) in &posts {
        // No token, and another page's token (lead B's, partner B's).
        for csrf_of in [None, Some(w.lead_b.as_str()), Some(w.partner_b.as_str())] {
            let reply = try_route(&w.s, "POST", path, csrf_of).await;
            assert_eq!(
                reply.status,
                StatusCode::FORBIDDEN,
                "{path} with the CSRF token of {csrf_of:?}"
            );
            assert!(!reply.text().contains(NOTE));
        }
    }
    // The workbook upload, as a multipart form with no token.
    let boundary = "b";
    let body = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"w.xlsx\"\r\n\r\nxx\r\n--{boundary}--\r\n");
    let reply =
        w.s.send(
            axum::http::Request::post(format!("/p/{}/workbook", w.partner_a))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(axum::body::Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let rounds = w.s.get(&format!("/l/{}", w.lead_a)).await.text();
    assert_eq!(rounds.matches("/r/").count(), 1, "no round opened");
    assert_eq!(state_of_a(&w).await, before, "nothing changed");
}
