//! The lead's pages, reached through their secret link `/l/{token}`: their rounds,
//! opening a round (fresh, or carrying the last one forward), its partners and how
//! much each has answered.

use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use mhics::error::Field;
use mhics::{Assessment, Date};
use rusqlite::{Connection, TransactionBehavior};

use crate::app::{see_other, Failure, Fields, Shared};
use crate::round::{self, Ctx};
use crate::secret::{csrf, Secret};
use crate::store::{self, Round};
use crate::views::{self, page, problems, text_input};

/// The lead's routes (the round's shared view, plan and files are in `together`).
pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/l/{token}", get(home))
        .route("/l/{token}/rounds", post(open_round))
        .route("/l/{token}/r/{round}", get(round_page))
        .route("/l/{token}/r/{round}/partners", post(add_partner))
        .route(
            "/l/{token}/r/{round}/partners/{partner}/link",
            post(new_link),
        )
        .merge(crate::together::routes())
}

async fn home(
    State(state): State<Shared>,
    Path(token): Path<String>,
) -> Result<Html<String>, Failure> {
    state
        .run(move |state, conn| {
            let lead = round::lead(conn, &token)?;
            Ok(Html(
                home_page(state, conn, &token, lead, &Fields::default(), &[])?.into_string(),
            ))
        })
        .await
}

fn home_page(
    state: &crate::app::State,
    conn: &Connection,
    token: &str,
    lead: i64,
    typed: &Fields,
    errors: &[(String, String)],
) -> Result<Markup, Failure> {
    let rounds = store::rounds(conn, lead)?;
    let error = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, e)| e.as_str())
    };
    let date = if typed.get("date").is_empty() {
        ""
    } else {
        typed.get("date")
    };
    Ok(page(
        "Your self-assessment rounds",
        html! {
            @if !errors.is_empty() { (problems(errors)) }
            @if rounds.is_empty() { p { "You have no round yet: open one below." } }
            @else {
                table {
                    caption { "Rounds" }
                    thead { tr { th scope="col" { "System" } th scope="col" { "Assessment date" } th scope="col" { "Edition" } th scope="col" { "Agreed" } } }
                    tbody {
                        @for r in &rounds {
                            tr {
                                th scope="row" { a href={ "/l/" (token) "/r/" (r.id) } { (r.system) } }
                                td class="date" { (r.date) }
                                td { (r.matrix) " " (r.version) }
                                td { @if r.agreed.is_some() { "Agreed" } @else { "Not yet agreed" } }
                            }
                        }
                    }
                }
            }
            h2 { "Open a round" }
            form method="post" action={ "/l/" (token) "/rounds" } {
                (views::csrf_field(&csrf(token)))
                (text_input("system", "system", "System (e.g. Riverside and Vale ICS)", typed.get("system"), "text", error("system")))
                (text_input("date", "date", "Assessment date (YYYY-MM-DD)", date, "text", error("date")))
                div class="field" {
                    label for="edition" { "Edition of the tool" }
                    select id="edition" name="edition" {
                        @for (i, e) in state.editions.iter().enumerate() {
                            option value=(i) selected[typed.get("edition") == i.to_string()] { (e) }
                        }
                    }
                }
                div class="field" {
                    label for="previous" { "Carry forward from" }
                    @if let Some(e) = error("previous") { p class="error" id="previous-error" { (e) } }
                    select id="previous" name="previous" {
                        option value="" { "Nothing: a first round" }
                        @for r in &rounds {
                            option value=(r.id) selected[typed.get("previous") == r.id.to_string()] { (r.system) ", " (r.date) }
                        }
                    }
                    p class="meta" { "A round carried forward starts with the last round's partners (each with a new link) and their answers, and its plan, to review." }
                }
                button type="submit" { "Open the round" }
            }
        },
    ))
}

async fn open_round(
    State(state): State<Shared>,
    Path(token): Path<String>,
    fields: Fields,
) -> Result<Response, Failure> {
    state
        .run(move |state, conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let lead = round::lead(&tx, &token)?;
            fields.check_csrf(&token)?;
            let mut errors: Vec<(String, String)> = Vec::new();
            let system = fields.get("system").trim().to_owned();
            if let Err(e) = Field::System.check(&system) {
                errors.push(("system".into(), e.to_string()));
            }
            let date = match fields.get("date").trim().parse::<Date>() {
                Ok(d) => Some(d),
                Err(e) => {
                    errors.push(("date".into(), format!("the assessment date: {e}")));
                    None
                }
            };
            let edition = fields
                .get("edition")
                .parse::<usize>()
                .ok()
                .and_then(|i| state.editions.iter().nth(i));
            if edition.is_none() {
                errors.push((
                    "edition".into(),
                    "choose an edition of the tool from the list".into(),
                ));
            }
            let edition = edition.unwrap_or_default();
            let previous = match fields.get("previous") {
                "" => None,
                id => {
                    let found = id
                        .parse()
                        .ok()
                        .map(|id| store::round(&tx, lead, id))
                        .transpose()?
                        .flatten();
                    match found {
                        Some(p) if p.matrix != edition.id() || p.version != edition.version() => {
                            errors.push((
                                "previous".into(),
                                format!(
                                    "the round carried forward answers {} {}, not {edition}",
                                    p.matrix, p.version
                                ),
                            ));
                            None
                        }
                        Some(p) if !mhics::name::same(&p.system, &system) => {
                            errors.push((
                                "previous".into(),
                                format!(
                                    "the round carried forward is of {:?}, not {system:?}",
                                    p.system
                                ),
                            ));
                            None
                        }
                        Some(p) => Some(p),
                        None => return Err(Failure::NotFound),
                    }
                }
            };
            let (Some(date), true) = (date, errors.is_empty()) else {
                return Err(Failure::BadInput(home_page(
                    state, &tx, &token, lead, &fields, &errors,
                )?));
            };
            let new = Round {
                id: 0,
                lead_id: lead,
                system: system.clone(),
                date: date.to_string(),
                matrix: edition.id().into(),
                version: edition.version().into(),
                previous_id: previous.as_ref().map(|p| p.id),
                agreed: None,
                plan: previous.as_ref().and_then(|p| p.plan.clone()),
            };
            let id = store::add_round(&tx, &new)?;
            let mut links = Vec::new();
            if let Some(previous) = &previous {
                for p in store::partners(&tx, previous.id)? {
                    let mut a = state
                        .editions
                        .read_json(&p.assessment)
                        .map_err(|e| Failure::Internal(e.to_string()))?;
                    a.set_date(Some(date));
                    let secret = Secret::new();
                    store::add_partner(
                        &tx,
                        id,
                        &secret,
                        &p.name,
                        &p.organisation,
                        &a.to_json_compact(),
                    )?;
                    links.push((p.name, p.organisation, secret));
                }
            }
            tx.commit()?;
            if links.is_empty() {
                return Ok(see_other(&format!("/l/{token}/r/{id}")));
            }
            let ctx = round::load(state, conn, &token, &id.to_string())?;
            Ok(
                Html(round_view(state, &ctx, &links, &Fields::default(), &[]).into_string())
                    .into_response(),
            )
        })
        .await
}

async fn round_page(
    State(state): State<Shared>,
    Path((token, id)): Path<(String, String)>,
) -> Result<Html<String>, Failure> {
    state
        .run(move |state, conn| {
            let ctx = round::load(state, conn, &token, &id)?;
            Ok(Html(
                round_view(state, &ctx, &[], &Fields::default(), &[]).into_string(),
            ))
        })
        .await
}

/// The round's page: its partners and how much each has answered, new links to hand
/// out (`links`, shown this once), the form to add a partner, and the way on.
fn round_view(
    state: &crate::app::State,
    ctx: &Ctx,
    links: &[(String, String, Secret)],
    typed: &Fields,
    errors: &[(String, String)],
) -> Markup {
    let base = ctx.base();
    let total = ctx.edition.matrix().criterion_count();
    let token_csrf = csrf(&ctx.token);
    let error = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, e)| e.as_str())
    };
    page(
        &format!("{}, {}", ctx.round.system, ctx.round.date),
        html! {
            nav class="crumbs" aria-label="Your pages" {
                ul {
                    li { a href={ "/l/" (ctx.token) } { "All your rounds" } }
                    li { a href={ (base) "/together" } { "The assessment together" } }
                    li { a href={ (base) "/plan" } { "The action plan" } }
                    li { a href={ (base) "/board" } { "The board report" } }
                }
            }
            @if !errors.is_empty() { (problems(errors)) }
            p { "Edition: " (ctx.edition) ". " @if ctx.agreed.is_some() { "The assessment is agreed." } @else { "The assessment is not agreed yet." } }
            @if !links.is_empty() {
                div class="problems" role="status" {
                    h2 { "Links to send" }
                    p { "Send each partner their own link. It is shown only now: this service keeps no copy it could show again (you can give a partner a new link below)." }
                    ul {
                        @for (name, org, secret) in links {
                            li { (name) ", " (org) ": " span class="link" { (state.base_url) "/p/" (secret.token()) } }
                        }
                    }
                }
            }
            h2 { "Partners" }
            @if ctx.partners.is_empty() { p { "No partner yet: add them below." } }
            @else {
                table {
                    caption { "Partners and how much each has answered" }
                    thead { tr { th scope="col" { "Name" } th scope="col" { "Organisation" } th scope="col" { "Criteria answered" } th scope="col" { "Link" } } }
                    tbody {
                        @for (p, a) in &ctx.partners {
                            tr {
                                th scope="row" { (p.name) }
                                td { (p.organisation) }
                                td class="num" { (a.response_count()) " of " (total) }
                                td {
                                    form method="post" action={ (base) "/partners/" (p.id) "/link" } {
                                        (views::csrf_field(&token_csrf))
                                        button type="submit" class="secondary" { "New link for " (p.name) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { "Add a partner" }
            form method="post" action={ (base) "/partners" } {
                (views::csrf_field(&token_csrf))
                (text_input("name", "name", "Name of the person answering", typed.get("name"), "text", error("name")))
                (text_input("organisation", "organisation", "Organisation they answer for", typed.get("organisation"), "text", error("organisation")))
                button type="submit" { "Add the partner" }
            }
            h2 { "Files of the round" }
            ul {
                @for (name, what) in ctx.files() {
                    li { a href={ (base) "/files/" (name) } { (name) } ": " (what) }
                }
            }
        },
    )
}

/// Checks a person's name as the crate checks its texts (no control character, not too
/// long); empty is refused too.
fn check_name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("the name of the person answering is empty".into());
    }
    Field::Other("name of the person answering")
        .check(name)
        .map_err(|e| e.to_string())
}

async fn add_partner(
    State(state): State<Shared>,
    Path((token, id)): Path<(String, String)>,
    fields: Fields,
) -> Result<Response, Failure> {
    state
        .run(move |state, conn| {
            let (tx, ctx) = round::for_form(state, conn, &token, &id, &fields)?;
            let (name, org) = (fields.get("name").trim(), fields.get("organisation").trim());
            let mut errors: Vec<(String, String)> = Vec::new();
            if let Err(e) = check_name(name) {
                errors.push(("name".into(), e));
            }
            let mut builder = Assessment::builder(ctx.round.system.clone())
                .edition(ctx.edition)
                .respondent(org);
            if let Ok(date) = ctx.round.date.parse() {
                builder = builder.date(date);
            }
            let blank = match builder.build_all() {
                Ok(a) if org.is_empty() => {
                    errors.push(("organisation".into(), "the organisation is empty".into()));
                    Some(a)
                }
                Ok(a) => Some(a),
                Err(es) => {
                    errors.extend(es.iter().map(|e| ("organisation".into(), e.to_string())));
                    None
                }
            };
            if ctx
                .partners
                .iter()
                .any(|(p, _)| mhics::name::same(&p.organisation, org))
            {
                errors.push((
                    "organisation".into(),
                    format!("{org:?} already answers in this round"),
                ));
            }
            let (Some(blank), true) = (blank, errors.is_empty()) else {
                return Err(Failure::BadInput(round_view(
                    state,
                    &ctx,
                    &[],
                    &fields,
                    &errors,
                )));
            };
            let secret = Secret::new();
            store::add_partner(
                &tx,
                ctx.round.id,
                &secret,
                name,
                org,
                &blank.to_json_compact(),
            )?;
            tx.commit()?;
            let ctx = round::load(state, conn, &token, &id)?;
            let links = [(name.to_owned(), org.to_owned(), secret)];
            Ok(
                Html(round_view(state, &ctx, &links, &Fields::default(), &[]).into_string())
                    .into_response(),
            )
        })
        .await
}

async fn new_link(
    State(state): State<Shared>,
    Path((token, id, partner)): Path<(String, String, String)>,
    fields: Fields,
) -> Result<Response, Failure> {
    state
        .run(move |state, conn| {
            let (tx, ctx) = round::for_form(state, conn, &token, &id, &fields)?;
            let (p, _) = ctx
                .partners
                .iter()
                .find(|(p, _)| p.id.to_string() == partner)
                .ok_or(Failure::NotFound)?;
            let secret = Secret::new();
            store::set_partner_secret(&tx, p.id, &secret)?;
            tx.commit()?;
            let links = [(p.name.clone(), p.organisation.clone(), secret)];
            Ok(
                Html(round_view(state, &ctx, &links, &Fields::default(), &[]).into_string())
                    .into_response(),
            )
        })
        .await
}
