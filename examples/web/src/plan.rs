//! The action plan's page: drafted from the agreed assessment (or carried forward from
//! the last round), reviewed against this round's answers, each action edited in its own
//! form, actions added, and the date the plan was agreed.

use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use mhics::plan::{Action, ActionStatus, Plan};
use mhics::report::html;
use mhics::{Assessment, CriterionId, Date, Target};

use crate::app::{see_other, Failure, Fields, Shared};
use crate::round::{self, Ctx};
use crate::secret::csrf;
use crate::store;
use crate::together::crumbs;
use crate::views::{self, page, problems, report};

/// The plan's routes.
pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/l/{token}/r/{round}/plan", get(plan_page))
        .route("/l/{token}/r/{round}/plan/draft", post(draft))
        .route("/l/{token}/r/{round}/plan/agreed", post(plan_agreed))
        .route(
            "/l/{token}/r/{round}/plan/actions/{action}",
            post(edit_action),
        )
        .route("/l/{token}/r/{round}/plan/actions", post(add_action))
}

fn internal(e: impl std::fmt::Display) -> Failure {
    Failure::Internal(e.to_string())
}

/// What was typed into one action's form, kept when it is refused.
#[derive(Debug, Default)]
struct Typed {
    action: String,
    fields: Fields,
    errors: Vec<(String, String)>,
}

async fn plan_page(
    State(state): State<Shared>,
    Path((token, id)): Path<(String, String)>,
) -> Result<Html<String>, Failure> {
    state
        .run(move |state, conn| {
            let ctx = round::load(state, conn, &token, &id)?;
            Ok(Html(plan_view(&ctx, &Typed::default())?.into_string()))
        })
        .await
}

fn plan_view(ctx: &Ctx, typed: &Typed) -> Result<Markup, Failure> {
    let main = ctx.main()?;
    let base = ctx.base();
    let token_csrf = csrf(&ctx.token);
    let review = match (&ctx.plan, &main) {
        (Some(plan), Some(m)) => Some(ctx.review(plan, m).map(|r| html::plan_review(&r))),
        _ => None,
    };
    Ok(page(
        &format!("Action plan: {}", ctx.round.system),
        html! {
            (crumbs(ctx))
            @if !typed.errors.is_empty() { (problems(&typed.errors)) }
            @match (&ctx.plan, &ctx.agreed) {
                (None, None) => p { "Agree the assessment first (on the page of the assessment together): the plan is drafted from it." },
                (None, Some(_)) => {
                    p { "Draft the plan from the agreed assessment: one action for each group of gaps toward each sub-section's next level that share a sub-section, level and theme." }
                    form method="post" action={ (base) "/plan/draft" } {
                        (views::csrf_field(&token_csrf))
                        button type="submit" { "Draft the action plan" }
                    }
                }
                (Some(plan), _) => {
                    @if ctx.round.previous_id.is_some() { p { "This plan was carried forward from the last round: the review below shows what its actions achieved." } }
                    @match &review {
                        Some(Ok(r)) => { h2 { "How the plan stands" } (report(r)) }
                        Some(Err(e)) => p { "The plan cannot be reviewed against this round's assessment: " (e) },
                        None => p { "No partner has answered yet: the plan is reviewed once there are answers." },
                    }
                    h2 { "The actions" }
                    @for action in plan.actions() { (action_form(&base, &token_csrf, action, typed)) }
                    (new_action_form(&base, &token_csrf, typed))
                    h2 { "When the plan was agreed" }
                    form method="post" action={ (base) "/plan/agreed" } {
                        (views::csrf_field(&token_csrf))
                        (views::text_input("agreed", "agreed", "Agreed on (YYYY-MM-DD; leave empty if not agreed yet)",
                            &plan.agreed().map(|d| d.to_string()).unwrap_or_default(), "text",
                            typed.errors.iter().find(|(f, _)| f == "agreed").map(|(_, e)| e.as_str())))
                        button type="submit" { "Save the date" }
                    }
                    @if ctx.agreed.is_some() {
                        h2 { "Start again" }
                        form method="post" action={ (base) "/plan/draft" } {
                            (views::csrf_field(&token_csrf))
                            button type="submit" class="secondary" { "Replace the plan with a new draft from the agreed assessment" }
                        }
                    }
                }
            }
        },
    ))
}

fn action_form(
    base: &str,
    token_csrf: &str,
    action: &mhics::plan::Action,
    typed: &Typed,
) -> Markup {
    let mine = typed.action == action.id();
    let value = |field: &str, saved: String| {
        if mine {
            typed.fields.get(field).to_owned()
        } else {
            saved
        }
    };
    let error = |field: &str| {
        if mine {
            typed
                .errors
                .iter()
                .find(|(f, _)| f == &format!("{}-{field}", action.id()))
                .map(|(_, e)| e.as_str())
        } else {
            None
        }
    };
    let fid = |field: &str| format!("{}-{field}", action.id());
    let status = value("status", action.status().as_str().to_owned());
    let criteria: Vec<String> = action.criteria().iter().map(ToString::to_string).collect();
    html! {
        form method="post" action={ (base) "/plan/actions/" (action.id()) } {
            fieldset {
                legend { (action.id()) ": " (action.title()) }
                p class="meta" { "Criteria: " (criteria.join(", ")) }
                (views::csrf_field(token_csrf))
                (views::text_input(&fid("title"), "title", "Title", &value("title", action.title().into()), "text", error("title")))
                (views::text_input(&fid("owner"), "owner", "Owner (the organisation)", &value("owner", action.owner().unwrap_or("").into()), "text", error("owner")))
                (views::text_input(&fid("lead"), "lead", "Lead (the person or role)", &value("lead", action.lead().unwrap_or("").into()), "text", error("lead")))
                (views::text_input(&fid("due"), "due", "Due (YYYY-MM-DD)", &value("due", action.due().map(|d| d.to_string()).unwrap_or_default()), "text", error("due")))
                div class="field" {
                    label for=(fid("status")) { "Status" }
                    @if let Some(e) = error("status") { p class="error" { (e) } }
                    select id=(fid("status")) name="status" {
                        @for s in ActionStatus::ALL {
                            option value=(s.as_str()) selected[status.eq_ignore_ascii_case(s.as_str())] { (s.name()) }
                        }
                    }
                }
                div class="field" {
                    label for=(fid("note")) { "Note" }
                    @if let Some(e) = error("note") { p class="error" { (e) } }
                    textarea id=(fid("note")) name="note" rows="2" { (value("note", action.note().unwrap_or("").into())) }
                }
                button type="submit" { "Save " (action.id()) }
            }
        }
    }
}

async fn draft(
    State(state): State<Shared>,
    Path((token, id)): Path<(String, String)>,
    fields: Fields,
) -> Result<Response, Failure> {
    state
        .run(move |state, conn| {
            let (tx, ctx) = round::for_form(state, conn, &token, &id, &fields)?;
            let agreed = ctx.agreed.as_ref().ok_or(Failure::NotFound)?;
            let plan = Plan::draft(agreed, Target::Next);
            save_plan(tx, &ctx, &plan)?;
            Ok(see_other(&format!("{}/plan", ctx.base())))
        })
        .await
}

fn optional(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| text.to_owned())
}

fn date(text: &str) -> Result<Option<Date>, String> {
    match text.trim() {
        "" => Ok(None),
        t => t.parse().map(Some).map_err(|e: mhics::Error| e.to_string()),
    }
}

async fn plan_agreed(
    State(state): State<Shared>,
    Path((token, id)): Path<(String, String)>,
    fields: Fields,
) -> Result<Response, Failure> {
    state
        .run(move |state, conn| {
            let (tx, mut ctx) = round::for_form(state, conn, &token, &id, &fields)?;
            let mut plan = ctx.plan.take().ok_or(Failure::NotFound)?;
            match date(fields.get("agreed")) {
                Ok(d) => plan.set_agreed(d),
                Err(e) => {
                    ctx.plan = Some(plan);
                    let typed = Typed {
                        errors: vec![(
                            "agreed".into(),
                            format!("the date the plan was agreed: {e}"),
                        )],
                        ..Typed::default()
                    };
                    return Err(Failure::BadInput(plan_view(&ctx, &typed)?));
                }
            }
            save_plan(tx, &ctx, &plan)?;
            Ok(see_other(&format!("{}/plan", ctx.base())))
        })
        .await
}

async fn edit_action(
    State(state): State<Shared>,
    Path((token, id, action)): Path<(String, String, String)>,
    fields: Fields,
) -> Result<Response, Failure> {
    state
        .run(move |state, conn| {
            let (tx, mut ctx) = round::for_form(state, conn, &token, &id, &fields)?;
            let mut plan = ctx.plan.take().ok_or(Failure::NotFound)?;
            let a = plan.action_mut(&action).ok_or(Failure::NotFound)?;
            let aid = a.id().to_owned();
            let mut errors: Vec<(String, String)> = Vec::new();
            let mut note = |field: &str, result: Result<(), String>| {
                if let Err(e) = result {
                    errors.push((format!("{aid}-{field}"), e));
                }
            };
            note(
                "title",
                a.set_title(fields.get("title")).map_err(|e| e.to_string()),
            );
            note(
                "owner",
                a.set_owner(optional(fields.get("owner")))
                    .map_err(|e| e.to_string()),
            );
            note(
                "lead",
                a.set_lead(optional(fields.get("lead")))
                    .map_err(|e| e.to_string()),
            );
            note(
                "due",
                date(fields.get("due"))
                    .map(|d| a.set_due(d))
                    .map_err(|e| format!("the due date of action {aid:?}: {e}")),
            );
            note(
                "status",
                fields
                    .get("status")
                    .parse::<ActionStatus>()
                    .map(|s| a.set_status(s))
                    .map_err(|e| e.to_string()),
            );
            note(
                "note",
                a.set_note(optional(fields.get("note")))
                    .map_err(|e| e.to_string()),
            );
            if !errors.is_empty() {
                // The form again, with the plan as saved and what was typed.
                ctx.plan = ctx
                    .round
                    .plan
                    .as_deref()
                    .map(Plan::from_json)
                    .transpose()
                    .map_err(internal)?;
                let typed = Typed {
                    action: aid,
                    fields,
                    errors,
                };
                return Err(Failure::BadInput(plan_view(&ctx, &typed)?));
            }
            save_plan(tx, &ctx, &plan)?;
            Ok(see_other(&format!("{}/plan#{aid}-title", ctx.base())))
        })
        .await
}

fn new_action_form(base: &str, token_csrf: &str, typed: &Typed) -> Markup {
    let mine = typed.action == "new";
    let value = |field: &str| if mine { typed.fields.get(field) } else { "" };
    let error = |field: &str| {
        let id = format!("new-{field}");
        typed
            .errors
            .iter()
            .find(|(f, _)| *f == id)
            .map(|(_, e)| e.as_str())
    };
    html! {
        h2 { "Add an action" }
        form method="post" action={ (base) "/plan/actions" } {
            (views::csrf_field(token_csrf))
            (views::text_input("new-title", "title", "Title", value("title"), "text", error("title")))
            (views::text_input("new-criteria", "criteria", "Criteria it addresses (IDs separated by spaces, e.g. 1.1-M1 1.1-M2)", value("criteria"), "text", error("criteria")))
            button type="submit" { "Add the action" }
        }
    }
}

/// The criteria named in `text` (IDs separated by spaces or commas), or the crate's
/// error for each that is not one of `edition`'s.
fn criteria(
    edition: mhics::Edition,
    system: &str,
    text: &str,
) -> Result<Vec<CriterionId>, Vec<String>> {
    let names: Vec<&str> = text
        .split([' ', ',', ';', '\n', '\t'])
        .filter(|t| !t.is_empty())
        .collect();
    // The crate's reader of criterion IDs in an edition, with its suggestion of the
    // nearest real one, is the assessment builder's.
    let mut builder = Assessment::builder(system).edition(edition);
    for name in &names {
        builder = builder.answer(name, "met", "");
    }
    match builder.build_all() {
        Ok(_) => Ok(names.iter().filter_map(|n| n.parse().ok()).collect()),
        Err(errors) => Err(errors.iter().map(ToString::to_string).collect()),
    }
}

async fn add_action(
    State(state): State<Shared>,
    Path((token, id)): Path<(String, String)>,
    fields: Fields,
) -> Result<Response, Failure> {
    state
        .run(move |state, conn| {
            let (tx, mut ctx) = round::for_form(state, conn, &token, &id, &fields)?;
            let mut plan = ctx.plan.take().ok_or(Failure::NotFound)?;
            let number = (plan.actions().len() + 1..)
                .find(|n| plan.action(&format!("A{n}")).is_none())
                .unwrap_or(1);
            let aid = format!("A{number}");
            let result = criteria(ctx.edition, &ctx.round.system, fields.get("criteria"))
                .map_err(|es| {
                    es.into_iter()
                        .map(|e| ("new-criteria".to_owned(), e))
                        .collect::<Vec<_>>()
                })
                .and_then(|list| {
                    Action::new(aid.as_str(), fields.get("title"), list)
                        .map_err(|e| vec![(field_of(&e), e.to_string())])
                })
                .and_then(|action| {
                    plan.push(action)
                        .map_err(|e| vec![(field_of(&e), e.to_string())])
                });
            if let Err(errors) = result {
                ctx.plan = Some(plan);
                let typed = Typed {
                    action: "new".into(),
                    fields,
                    errors,
                };
                return Err(Failure::BadInput(plan_view(&ctx, &typed)?));
            }
            save_plan(tx, &ctx, &plan)?;
            Ok(see_other(&format!("{}/plan#{aid}-title", ctx.base())))
        })
        .await
}

/// The form field of the new action that `error` is about.
fn field_of(error: &mhics::Error) -> String {
    match error.field() {
        Some(mhics::error::Field::Action { field: "title", .. }) => "new-title".into(),
        _ => "new-criteria".into(),
    }
}

/// Stores `plan` as the round's plan (its agreed assessment kept as it is) and commits.
fn save_plan(tx: rusqlite::Transaction<'_>, ctx: &Ctx, plan: &Plan) -> Result<(), Failure> {
    store::set_round_files(
        &tx,
        ctx.round.id,
        ctx.round.agreed.as_deref(),
        Some(&plan.to_json_compact()),
    )?;
    tx.commit()?;
    Ok(())
}
