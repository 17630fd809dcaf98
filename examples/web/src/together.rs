//! The lead's pages on the round as a whole: the partners' answers consolidated and
//! the conversations to have, agreeing the assessment, the board report, and the files
//! (the action plan's pages are in `plan`).

use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use mhics::report::html;
use mhics::{evaluate, Target};

use crate::app::{see_other, Failure, Fields, Shared};
use crate::round::{self, Ctx};
use crate::secret::csrf;
use crate::store;
use crate::views::{self, page, report};

/// The routes of the round as a whole.
pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/l/{token}/r/{round}/together", get(together))
        .route("/l/{token}/r/{round}/agree", post(agree))
        .route("/l/{token}/r/{round}/board", get(board))
        .route("/l/{token}/r/{round}/files/{name}", get(file))
        .merge(crate::plan::routes())
}

fn internal(e: impl std::fmt::Display) -> Failure {
    Failure::Internal(e.to_string())
}

/// The links between the round's pages.
pub fn crumbs(ctx: &Ctx) -> Markup {
    let base = ctx.base();
    html! {
        nav class="crumbs" aria-label="Round pages" {
            ul {
                li { a href=(base) { "The round and its partners" } }
                li { a href={ (base) "/together" } { "The assessment together" } }
                li { a href={ (base) "/plan" } { "The action plan" } }
                li { a href={ (base) "/board" } { "The board report" } }
            }
        }
    }
}

async fn together(
    State(state): State<Shared>,
    Path((token, id)): Path<(String, String)>,
) -> Result<Html<String>, Failure> {
    state
        .run(move |state, conn| {
            let ctx = round::load(state, conn, &token, &id)?;
            let perspectives = ctx.perspectives()?;
            let agreed_report = ctx.agreed.as_ref().map(|a| html::assessment(&evaluate(a), Target::Next));
            let markup = page(
                &format!("{} together", ctx.round.system),
                html! {
                    (crumbs(&ctx))
                    @if let Some(r) = &agreed_report {
                        h2 { "The agreed assessment" }
                        (report(r))
                    }
                    @match &perspectives {
                        None => p { "No partner has been added yet: there is nothing to consolidate." },
                        Some(p) => {
                            h2 { "Agree the assessment" }
                            p { "Agreeing takes the partners' consolidated answers below as the system's assessment for this round (the plan is drafted from it). You can agree again after more answers come in." }
                            form method="post" action={ (ctx.base()) "/agree" } {
                                (views::csrf_field(&csrf(&ctx.token)))
                                button type="submit" { "Agree the consolidated assessment" }
                            }
                            h2 { "The partners' answers together" }
                            (report(&html::perspectives(p)))
                        }
                    }
                },
            );
            Ok(Html(markup.into_string()))
        })
        .await
}

async fn agree(
    State(state): State<Shared>,
    Path((token, id)): Path<(String, String)>,
    fields: Fields,
) -> Result<Response, Failure> {
    state
        .run(move |state, conn| {
            let (tx, ctx) = round::for_form(state, conn, &token, &id, &fields)?;
            let perspectives = ctx.perspectives()?.ok_or(Failure::NotFound)?;
            let agreed = perspectives.consolidated().to_json_compact();
            store::set_round_files(&tx, ctx.round.id, Some(&agreed), ctx.round.plan.as_deref())?;
            tx.commit()?;
            Ok(see_other(&format!("{}/together", ctx.base())))
        })
        .await
}

async fn board(
    State(state): State<Shared>,
    Path((token, id)): Path<(String, String)>,
) -> Result<Html<String>, Failure> {
    state
        .run(move |state, conn| {
            let ctx = round::load(state, conn, &token, &id)?;
            let main = ctx.main()?;
            let body = match &main {
                None => html! { p { "No partner has answered yet: the board report needs an assessment." } },
                Some(m) => match ctx.board(m) {
                    Ok(r) => html! {
                        p { a href={ (ctx.base()) "/files/board.html" } { "Download the board report" } " (one file to send or print)." }
                        (report(&r))
                    },
                    Err(e) => html! { p { "The board report cannot be made: " (e) } },
                },
            };
            Ok(Html(page(&format!("Board report: {}", ctx.round.system), html! { (crumbs(&ctx)) (body) }).into_string()))
        })
        .await
}

async fn file(
    State(state): State<Shared>,
    Path((token, id, name)): Path<(String, String, String)>,
) -> Result<Response, Failure> {
    let ctx = state
        .run(move |state, conn| round::load(state, conn, &token, &id))
        .await?;
    tokio::task::spawn_blocking(move || ctx.file(&name))
        .await
        .map_err(internal)?
}
