//! The service as an [`axum::Router`]: its state, its routes, the headers every
//! response carries, and the failures a request can meet.

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, FromRequest, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use maud::Markup;
use mhics::Editions;
use rusqlite::Connection;

use crate::store::Store;
use crate::{lead, partner, views};

/// What every request shares: the database, the editions the service knows, and the
/// address its links start with.
#[derive(Debug)]
pub struct State {
    /// The database.
    pub store: Store,
    /// The editions a round may be opened in (the crate's built-in one by default).
    pub editions: Editions,
    /// The start of the links handed out, e.g. `http://127.0.0.1:8080`.
    pub base_url: String,
}

/// The shared state, as handlers receive it.
pub type Shared = Arc<State>;

impl State {
    /// Runs `work` on the database connection, off the async runtime.
    pub async fn run<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&State, &mut Connection) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut conn = state.store.lock();
            work(&state, &mut conn)
        })
        .await
        .map_err(|e| Failure::Internal(e.to_string()))?
    }
}

/// Why a request did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// No such page for this secret (also a secret that is wrong, or another's round).
    NotFound,
    /// A form posted without its CSRF token, or with another page's.
    Forbidden,
    /// Bad input: the page again, with the crate's error and what was typed.
    BadInput(Markup),
    /// Something that should not happen (logged; the page says only that).
    Internal(String),
}

impl From<rusqlite::Error> for Failure {
    fn from(e: rusqlite::Error) -> Failure {
        Failure::Internal(e.to_string())
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        match self {
            Failure::NotFound => (
                StatusCode::NOT_FOUND,
                Html(views::message("Page not found", "There is no page at this address. Check the link you were given.").into_string()),
            )
                .into_response(),
            Failure::Forbidden => (
                StatusCode::FORBIDDEN,
                Html(views::message("Form refused", "This form did not come from this service's own page, so nothing was saved. Open the page again and send the form from there.").into_string()),
            )
                .into_response(),
            Failure::BadInput(page) => {
                (StatusCode::BAD_REQUEST, Html(page.into_string())).into_response()
            }
            Failure::Internal(e) => {
                eprintln!("error: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Html(views::message("Something went wrong", "Nothing was lost that was saved before. Try again; if it happens again, tell the person running this service.").into_string()),
                )
                    .into_response()
            }
        }
    }
}

/// The fields of a form, in the order sent.
#[derive(Debug, Default)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    /// The first value of field `name`, or `""`.
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Checks the form's CSRF token against the page's secret `token`.
    pub fn check_csrf(&self, token: &str) -> Result<(), Failure> {
        if crate::secret::csrf_ok(token, self.get("csrf")) {
            Ok(())
        } else {
            Err(Failure::Forbidden)
        }
    }
}

impl<S: Send + Sync> FromRequest<S> for Fields {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Form::<Vec<(String, String)>>::from_request(req, state).await {
            Ok(Form(fields)) => Ok(Fields(fields)),
            Err(rejection) => {
                let status = rejection.status();
                let text = rejection.body_text();
                let status = if status == StatusCode::PAYLOAD_TOO_LARGE {
                    status
                } else {
                    StatusCode::BAD_REQUEST
                };
                Err((
                    status,
                    Html(views::message("Form refused", &text).into_string()),
                )
                    .into_response())
            }
        }
    }
}

/// The largest form body: four texts of [`mhics::MAX_TEXT_CHARS`] UTF-16 units, each
/// unit at most three bytes of UTF-8, each byte at most three when percent-encoded, and
/// room for the rest.
pub const FORM_LIMIT: usize = 4 * 9 * mhics::MAX_TEXT_CHARS + 64 * 1024;

/// The largest upload: a workbook of the crate's largest size, and room for the form.
pub const UPLOAD_LIMIT: usize = mhics::workbook::MAX_SIZE + 64 * 1024;

/// The Content-Security-Policy of every response: nothing inline, nothing from
/// elsewhere.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
                       form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

async fn headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

async fn stylesheet(css: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        css,
    )
        .into_response()
}

async fn not_found() -> Failure {
    Failure::NotFound
}

/// The service's routes over `state`.
pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/", get(|| async { Html(views::home().into_string()) }))
        .route(
            "/static/report.css",
            get(|| stylesheet(mhics::report::html::STYLESHEET)),
        )
        .route("/static/site.css", get(|| stylesheet(views::SITE_CSS)))
        .merge(lead::routes())
        .merge(partner::routes())
        .route(
            "/p/{token}/workbook",
            post(partner::upload).layer(DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(FORM_LIMIT))
        .layer(axum::middleware::map_response(headers))
        .with_state(state)
}

/// A file to download, named `name`.
pub fn download(
    name: &str,
    content_type: &'static str,
    body: impl Into<axum::body::Body>,
) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        body.into(),
    )
        .into_response()
}

/// A redirect after a form that saved (303: the browser then asks for the page).
pub fn see_other(to: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [(
            header::LOCATION,
            HeaderValue::from_str(to).unwrap_or(HeaderValue::from_static("/")),
        )],
    )
        .into_response()
}
