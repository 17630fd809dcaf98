//! A partner's pages, reached through their secret link `/p/{token}`: their answers
//! sub-section by sub-section, each saved as it is given, their own result as they go,
//! and their workbook to download pre-filled and upload filled.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use mhics::{evaluate, Assessment, CriterionId, Level, Status, SubSectionId};
use rusqlite::{Connection, TransactionBehavior};

use crate::app::{download, see_other, Failure, Fields, Shared};
use crate::secret::csrf;
use crate::store::{self, Partner, Round};
use crate::views::{self, attained, page, problems};

/// A partner with their round and answers, as a request finds them.
#[derive(Debug)]
pub struct Ctx {
    token: String,
    partner: Partner,
    round: Round,
    assessment: Assessment,
}

/// What a partner typed into one criterion's form, kept when it is refused.
#[derive(Debug, Default)]
struct Typed {
    id: String,
    status: String,
    note: String,
    errors: Vec<String>,
    /// The answer just saved, said where the page opens (at the next criterion).
    saved: Option<CriterionId>,
}

fn internal(e: impl std::fmt::Display) -> Failure {
    Failure::Internal(e.to_string())
}

/// Finds the partner whose secret is `token`, with their round and answers.
fn load(state: &crate::app::State, conn: &Connection, token: &str) -> Result<Ctx, Failure> {
    let partner = store::find_partner(conn, token)?.ok_or(Failure::NotFound)?;
    let round = store::round_by_id(conn, partner.round_id)?;
    let assessment = state
        .editions
        .read_json(&partner.assessment)
        .map_err(internal)?;
    Ok(Ctx {
        token: token.to_owned(),
        partner,
        round,
        assessment,
    })
}

/// The partner's routes.
pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/p/{token}", get(overview))
        .route("/p/{token}/s/{sub}", get(subsection))
        .route("/p/{token}/answer", post(answer))
        .route("/p/{token}/answers.json", get(answers_json))
        .route("/p/{token}/workbook.xlsx", get(workbook))
}

async fn overview(
    State(state): State<Shared>,
    Path(token): Path<String>,
) -> Result<Html<String>, Failure> {
    state
        .run(move |state, conn| {
            Ok(Html(
                overview_page(&load(state, conn, &token)?, None).into_string(),
            ))
        })
        .await
}

fn overview_page(ctx: &Ctx, error: Option<String>) -> Markup {
    let matrix = ctx.assessment.matrix();
    let evaluation = evaluate(&ctx.assessment);
    let base = format!("/p/{}", ctx.token);
    let title = format!("Your answers for {}", ctx.round.system);
    page(
        &title,
        html! {
            @if let Some(e) = &error { (problems(&[("workbook".into(), e.clone())])) }
            p { "You answer for " strong { (ctx.partner.organisation) } " (" (ctx.partner.name) "), in the self-assessment of " (ctx.round.date) " against " (ctx.assessment.edition()) "." }
            p { "Every answer is saved when you press its Save button: you can stop and come back to this link at any time." }
            p class="lead" { "You have answered " (ctx.assessment.response_count()) " of " (matrix.criterion_count()) " criteria. On your answers so far the system's overall level is " (attained(evaluation.overall())) "." }
            table {
                caption { "Your answers by sub-section" }
                thead { tr { th scope="col" { "Sub-section" } th scope="col" { "Criteria answered" } th scope="col" { "Level attained on your answers" } } }
                tbody {
                    @for sub in matrix.subsections() {
                        @let answered = sub.criteria().filter(|c| ctx.assessment.status(c.id()).is_some()).count();
                        tr {
                            th scope="row" { a href={ (base) "/s/" (sub.id()) } { (sub.id()) " " (sub.title()) } }
                            td class="num" { (answered) " of " (sub.criteria().count()) }
                            td { (attained(evaluation.subsection(sub.id()).and_then(|s| s.attained()))) }
                        }
                    }
                }
            }
            h2 { "Working in a spreadsheet instead" }
            p { a href={ (base) "/workbook.xlsx" } { "Download your workbook" } " (filled with your answers so far), fill it in, and upload it here. Uploading replaces all your answers with the workbook's." }
            form method="post" action={ (base) "/workbook" } enctype="multipart/form-data" {
                (views::csrf_field(&csrf(&ctx.token)))
                div class="field" {
                    label for="workbook" { "Filled workbook (.xlsx)" }
                    input type="file" id="workbook" name="workbook" accept=".xlsx"
                        aria-invalid=[error.as_ref().map(|_| "true")];
                }
                button type="submit" { "Upload the workbook" }
            }
            p { a href={ (base) "/answers.json" } { "Download your answers as a file" } " (the assessment file the tool's programs read)." }
        },
    )
}

async fn subsection(
    State(state): State<Shared>,
    Path((token, sub)): Path<(String, String)>,
    Query(query): Query<Vec<(String, String)>>,
) -> Result<Html<String>, Failure> {
    state
        .run(move |state, conn| {
            let ctx = load(state, conn, &token)?;
            let sid = SubSectionId::parse(&sub).ok_or(Failure::NotFound)?;
            let saved = query
                .iter()
                .find(|(k, _)| k == "saved")
                .and_then(|(_, v)| v.parse().ok());
            let typed = Typed {
                saved,
                ..Typed::default()
            };
            let page = subsection_page(&ctx, sid, &typed).ok_or(Failure::NotFound)?;
            Ok(Html(page.into_string()))
        })
        .await
}

const CHOICES: [(&str, &str); 5] = [
    ("met", "Met"),
    ("partial", "Partial"),
    ("not_met", "Not met"),
    ("not_applicable", "Not applicable"),
    ("", "Not answered yet"),
];

/// The page of sub-section `sid` (`None` when the edition has no such sub-section),
/// with what was typed into a refused form kept in its place.
fn subsection_page(ctx: &Ctx, sid: SubSectionId, typed: &Typed) -> Option<Markup> {
    let sub = ctx.assessment.matrix().subsection(sid)?;
    let evaluation = evaluate(&ctx.assessment);
    let progress = evaluation.subsection(sid)?;
    let base = format!("/p/{}", ctx.token);
    let token_csrf = csrf(&ctx.token);
    let errors: Vec<(String, String)> = typed
        .errors
        .iter()
        .map(|e| (format!("s-{}", typed.id), e.clone()))
        .collect();
    Some(page(
        &format!("{} {}", sub.id(), sub.title()),
        html! {
            nav class="crumbs" aria-label="Your pages" { ul { li { a href=(base) { "All your answers" } } } }
            @if !errors.is_empty() { (problems(&errors)) }
            p { "Answering for " (ctx.partner.organisation) " in " (ctx.round.system) "'s self-assessment." }
            h2 { "Your result for this sub-section" }
            p class="lead" { "Level attained on your answers: " (attained(progress.attained())) "." }
            ul {
                @for level in Level::ALL {
                    @let c = progress.coverage(level);
                    li { (level.name()) ": " (c.met) " met of " (c.applicable) " that apply (" (c.total) " criteria)" }
                }
            }
            @for level in Level::ALL {
                @let content = sub.level(level);
                h2 { (level.name()) }
                p class="headline" { (content.headline()) }
                @for theme in content.themes() {
                    h3 { (theme.name()) }
                    @if let Some(intro) = theme.intro() { p { (intro) } }
                    @for criterion in theme.criteria() {
                        (criterion_form(ctx, &base, &token_csrf, criterion, level, theme.name(), typed))
                    }
                }
            }
            nav class="crumbs" aria-label="Sub-sections" {
                ul {
                    @for other in ctx.assessment.matrix().subsections() {
                        @if other.id() != sid { li { a href={ (base) "/s/" (other.id()) } { (other.id()) } } }
                    }
                }
            }
        },
    ))
}

fn criterion_form(
    ctx: &Ctx,
    base: &str,
    token_csrf: &str,
    criterion: &mhics::Criterion,
    level: Level,
    theme: &str,
    typed: &Typed,
) -> Markup {
    let id = criterion.id().to_string();
    let mine = typed.id == id;
    let (status, note) = if mine {
        (typed.status.clone(), typed.note.clone())
    } else {
        (
            ctx.assessment
                .status(criterion.id())
                .map_or("", Status::as_str)
                .to_owned(),
            ctx.assessment.note(criterion.id()).unwrap_or("").to_owned(),
        )
    };
    let invalid = mine && !typed.errors.is_empty();
    html! {
        div class="criterion" id={ "c-" (id) } {
            @if let Some(saved) = typed.saved.filter(|s| next_of(ctx, *s) == criterion.id()) {
                p class="saved" role="status" { "Saved your answer to " (saved) "." }
            }
            p class="text" id={ "t-" (id) } { strong { (id) } " " (criterion.text()) }
            @if !criterion.points().is_empty() { ul { @for p in criterion.points() { li { (p) } } } }
            @if let Some(closing) = criterion.closing() { p { (closing) } }
            p class="meta" { "Theme: " (theme) ". Level: " (level.name()) "." }
            form method="post" action={ (base) "/answer" } {
                (views::csrf_field(token_csrf))
                input type="hidden" name="id" value=(id);
                fieldset class="statuses" id={ "s-" (id) } aria-describedby={ "t-" (id) }
                    aria-invalid=[invalid.then_some("true")] {
                    legend { "Status of " (id) }
                    @for (value, label) in CHOICES {
                        @let rid = format!("s-{id}-{}", if value.is_empty() { "none" } else { value });
                        input type="radio" id=(rid) name="status" value=(value) checked[status.eq_ignore_ascii_case(value)];
                        label for=(rid) { (label) }
                    }
                }
                div class="field" {
                    label for={ "n-" (id) } { "Note on " (id) " (optional)" }
                    textarea id={ "n-" (id) } name="note" rows="2" { (note) }
                }
                button type="submit" { "Save " (id) }
            }
        }
    }
}

/// The criterion after `id` in its sub-section (`id` itself when it is the last).
fn next_of(ctx: &Ctx, id: CriterionId) -> CriterionId {
    ctx.assessment
        .matrix()
        .subsection(id.subsection())
        .and_then(|sub| {
            sub.criteria()
                .map(|c| c.id())
                .skip_while(|c| *c != id)
                .nth(1)
        })
        .unwrap_or(id)
}

async fn answer(
    State(state): State<Shared>,
    Path(token): Path<String>,
    fields: Fields,
) -> Result<Response, Failure> {
    state
        .run(move |state, conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut ctx = load(state, &tx, &token)?;
            fields.check_csrf(&token)?;
            let typed = Typed {
                id: fields.get("id").to_owned(),
                status: fields.get("status").to_owned(),
                note: fields.get("note").to_owned(),
                ..Typed::default()
            };
            // The crate reads the form's text as it reads a form: an unknown criterion
            // (with the nearest real one), an unknown status, a note without a status or
            // a note it refuses as text leave the answers as they were.
            if let Err(error) = ctx.assessment.answer(&typed.id, &typed.status, &typed.note) {
                let errors = vec![error.to_string()];
                return Err(refused(&ctx, Typed { errors, ..typed }));
            }
            let id = ctx
                .assessment
                .edition()
                .criterion(&typed.id)
                .map_err(|_| Failure::NotFound)?;
            store::set_answers(&tx, ctx.partner.id, &ctx.assessment.to_json_compact())?;
            tx.commit()?;
            // On to the next criterion of the sub-section (so the keyboard goes on from
            // there), saying which answer was saved.
            let next = next_of(&ctx, id);
            Ok(see_other(&format!(
                "/p/{token}/s/{}?saved={id}#c-{next}",
                id.subsection()
            )))
        })
        .await
}

/// The 400 page for a refused answer: its sub-section's page with the error and what
/// was typed (the overview when the criterion is not one of the edition's).
fn refused(ctx: &Ctx, mut typed: Typed) -> Failure {
    let matrix = ctx.assessment.matrix();
    // The criterion's own form keeps what was typed (the nearest real one for an ID
    // that is not the edition's).
    let id = typed
        .id
        .parse::<CriterionId>()
        .ok()
        .filter(|id| matrix.criterion(*id).is_some())
        .or_else(|| matrix.nearest_criterion(&typed.id));
    if let Some(id) = id {
        typed.id = id.to_string();
    }
    match id.and_then(|id| subsection_page(ctx, id.subsection(), &typed)) {
        Some(page) => Failure::BadInput(page),
        None => Failure::BadInput(overview_page(ctx, typed.errors.first().cloned())),
    }
}

async fn answers_json(
    State(state): State<Shared>,
    Path(token): Path<String>,
) -> Result<Response, Failure> {
    state
        .run(move |state, conn| {
            let ctx = load(state, conn, &token)?;
            Ok(download(
                "answers.json",
                "application/json",
                ctx.assessment.to_json(),
            ))
        })
        .await
}

async fn workbook(
    State(state): State<Shared>,
    Path(token): Path<String>,
) -> Result<Response, Failure> {
    let ctx = state
        .run(move |state, conn| load(state, conn, &token))
        .await?;
    let bytes = tokio::task::spawn_blocking(move || {
        mhics::workbook::write(ctx.assessment.edition(), Some(&ctx.assessment))
    })
    .await
    .map_err(internal)?
    .map_err(internal)?;
    Ok(download(
        "workbook.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        bytes,
    ))
}

/// Receives a filled workbook: it replaces the partner's answers (the round's system
/// must be the workbook's; the respondent and date stay the round's).
pub async fn upload(
    State(state): State<Shared>,
    Path(token): Path<String>,
    mut form: Result<Multipart, MultipartRejection>,
) -> Result<Response, Failure> {
    let (mut given_csrf, mut bytes) = (String::new(), Vec::new());
    let mut read_error = None;
    // A body that is not a multipart form carries no CSRF token: refused below, once
    // the secret is known to be good.
    while let Ok(form) = &mut form {
        match form.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("csrf") => given_csrf = field.text().await.unwrap_or_default(),
                Some("workbook") => match field.bytes().await {
                    Ok(b) => bytes = b.to_vec(),
                    Err(e) => read_error = Some(e.body_text()),
                },
                _ => {}
            },
            Ok(None) => break,
            Err(e) => {
                read_error = Some(e.body_text());
                break;
            }
        }
    }
    state
        .run(move |state, conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let ctx = load(state, &tx, &token)?;
            Fields(vec![("csrf".into(), given_csrf)]).check_csrf(&token)?;
            let refuse = |e: String| Failure::BadInput(overview_page(&ctx, Some(e)));
            if let Some(e) = read_error {
                return Err(refuse(e));
            }
            let mut filled = mhics::workbook::read(ctx.assessment.edition(), &bytes).map_err(|e| refuse(e.to_string()))?;
            if !mhics::name::same(filled.system(), &ctx.round.system) {
                return Err(refuse(format!(
                    "the workbook is for {:?}, not {:?}: download this round's workbook from this page",
                    filled.system(),
                    ctx.round.system
                )));
            }
            filled.set_respondent(Some(ctx.partner.organisation.clone())).map_err(|e| refuse(e.to_string()))?;
            filled.set_date(ctx.assessment.date());
            store::set_answers(&tx, ctx.partner.id, &filled.to_json_compact())?;
            tx.commit()?;
            Ok(see_other(&format!("/p/{token}")))
        })
        .await
        .map(IntoResponse::into_response)
}
