//! What the route tests share: the service in process (axum's router driven with
//! `tower::ServiceExt::oneshot`), a lead, and ways to send forms and read pages.
#![allow(dead_code)]

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use mhics_web::app::{router, State};
use mhics_web::secret::{csrf, Secret};
use mhics_web::store::{self, Store};
use tower::ServiceExt;

/// The service in process, with its state.
pub struct Service {
    /// The state (its database in memory).
    pub state: Arc<State>,
    /// The router.
    pub app: Router,
}

/// A response: status, `Location`, body.
pub struct Reply {
    pub status: StatusCode,
    pub location: String,
    pub headers: axum::http::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl Service {
    pub fn new() -> Service {
        let state = Arc::new(State {
            store: Store::in_memory().unwrap(),
            editions: mhics::Editions::default(),
            base_url: "http://127.0.0.1:8080".into(),
        });
        Service {
            app: router(Arc::clone(&state)),
            state,
        }
    }

    /// A new lead's secret.
    pub fn lead(&self) -> String {
        let secret = Secret::new();
        store::add_lead(&self.state.store.lock(), &secret).unwrap();
        secret.token().to_owned()
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let location = headers
            .get(header::LOCATION)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let body = response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec();
        Reply {
            status,
            location,
            headers,
            body,
        }
    }

    pub async fn get(&self, uri: &str) -> Reply {
        self.send(Request::get(uri).body(Body::empty()).unwrap())
            .await
    }

    /// Posts `fields` as a form to `uri`.
    pub async fn post(&self, uri: &str, fields: &[(&str, &str)]) -> Reply {
        let body = serde_urlencoded::to_string(fields).unwrap();
        self.send(
            Request::post(uri)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    /// Posts `fields` with the CSRF token of the pages of `token`.
    pub async fn form(&self, token: &str, uri: &str, fields: &[(&str, &str)]) -> Reply {
        let c = csrf(token);
        let mut all = vec![("csrf", c.as_str())];
        all.extend_from_slice(fields);
        self.post(uri, &all).await
    }

    /// Opens a round for `lead`; its ID.
    pub async fn open_round(
        &self,
        lead: &str,
        system: &str,
        date: &str,
        previous: &str,
    ) -> (String, Reply) {
        let reply = self
            .form(
                lead,
                &format!("/l/{lead}/rounds"),
                &[
                    ("system", system),
                    ("date", date),
                    ("edition", "0"),
                    ("previous", previous),
                ],
            )
            .await;
        let round = reply
            .location
            .rsplit('/')
            .next()
            .filter(|_| reply.status == StatusCode::SEE_OTHER)
            .map(str::to_owned)
            .unwrap_or_else(|| {
                links(&reply.text(), "/r/")
                    .first()
                    .cloned()
                    .unwrap_or_default()
            });
        (round, reply)
    }

    /// Adds a partner to a round; their secret.
    pub async fn add_partner(&self, lead: &str, round: &str, name: &str, org: &str) -> String {
        let reply = self
            .form(
                lead,
                &format!("/l/{lead}/r/{round}/partners"),
                &[("name", name), ("organisation", org)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
        links(&reply.text(), "/p/").pop().expect("a partner link")
    }
}

/// The secrets (or IDs) that follow `prefix` in `page`, in order.
pub fn links(page: &str, prefix: &str) -> Vec<String> {
    page.match_indices(prefix)
        .map(|(i, _)| {
            page[i + prefix.len()..]
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}
