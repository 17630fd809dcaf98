//! A round as the lead's pages use it: its partners' answers, the consolidated view
//! of them, the agreed assessment, the plan, and every file of the round.

use axum::response::Response;
use mhics::error::Conflict;
use mhics::perspectives::Perspectives;
use mhics::plan::Plan;
use mhics::report::{csv, html};
use mhics::{evaluate, Assessment, Edition, Target};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::app::{download, Failure, Fields, State};
use crate::store::{self, Partner, Round};

/// A lead's round, as a request finds it.
#[derive(Debug)]
pub struct Ctx {
    /// The lead's secret (their pages' links start with it).
    pub token: String,
    /// The lead.
    pub lead: i64,
    /// The round.
    pub round: Round,
    /// Its edition.
    pub edition: Edition,
    /// Its partners, each with their answers.
    pub partners: Vec<(Partner, Assessment)>,
    /// The agreed assessment, once agreed.
    pub agreed: Option<Assessment>,
    /// The action plan, once drafted (or carried forward).
    pub plan: Option<Plan>,
    /// The agreed assessment of the round this one carries forward.
    pub previous: Option<Assessment>,
}

fn internal(e: impl std::fmt::Display) -> Failure {
    Failure::Internal(e.to_string())
}

/// The lead whose secret is `token`.
pub fn lead(conn: &Connection, token: &str) -> Result<i64, Failure> {
    store::find_lead(conn, token)?.ok_or(Failure::NotFound)
}

/// A form posted to round `id` of the lead whose secret is `token`: the write
/// transaction it runs in (immediate, so that two posts to one round take turns), the
/// round as loaded inside it, and the form's CSRF token checked.
pub fn for_form<'c>(
    state: &State,
    conn: &'c mut Connection,
    token: &str,
    id: &str,
    fields: &Fields,
) -> Result<(Transaction<'c>, Ctx), Failure> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let ctx = load(state, &tx, token, id)?;
    fields.check_csrf(token)?;
    Ok((tx, ctx))
}

/// Round `id` of the lead whose secret is `token`, with everything in it.
pub fn load(state: &State, conn: &Connection, token: &str, id: &str) -> Result<Ctx, Failure> {
    let lead = lead(conn, token)?;
    let id: i64 = id.parse().map_err(|_| Failure::NotFound)?;
    let round = store::round(conn, lead, id)?.ok_or(Failure::NotFound)?;
    let edition = state
        .editions
        .find(&round.matrix, &round.version)
        .ok_or_else(|| {
            internal(format!(
                "round {id} answers an edition this service does not know"
            ))
        })?;
    let partners = store::partners(conn, round.id)?
        .into_iter()
        .map(|p| {
            let a = state.editions.read_json(&p.assessment).map_err(internal)?;
            Ok((p, a))
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    let agreed = round
        .agreed
        .as_deref()
        .map(|j| state.editions.read_json(j))
        .transpose()
        .map_err(internal)?;
    let plan = round
        .plan
        .as_deref()
        .map(Plan::from_json)
        .transpose()
        .map_err(internal)?;
    let previous = match round.previous_id {
        Some(pid) => store::round(conn, lead, pid)?
            .and_then(|r| r.agreed)
            .map(|j| state.editions.read_json(&j))
            .transpose()
            .map_err(internal)?,
        None => None,
    };
    Ok(Ctx {
        token: token.to_owned(),
        lead,
        round,
        edition,
        partners,
        agreed,
        plan,
        previous,
    })
}

impl Ctx {
    /// The start of this round's links.
    pub fn base(&self) -> String {
        format!("/l/{}/r/{}", self.token, self.round.id)
    }

    /// The partners' answers seen together (`None` with no partner yet).
    pub fn perspectives(&self) -> Result<Option<Perspectives<'_>>, Failure> {
        if self.partners.is_empty() {
            return Ok(None);
        }
        Perspectives::new(
            self.partners
                .iter()
                .map(|(p, a)| (a, p.organisation.as_str())),
        )
        .map(Some)
        .map_err(internal)
    }

    /// The assessment the reports are of: the agreed one, else the partners'
    /// consolidated answers.
    pub fn main(&self) -> Result<Option<Assessment>, Failure> {
        if let Some(agreed) = &self.agreed {
            return Ok(Some(agreed.clone()));
        }
        Ok(self.perspectives()?.map(|p| p.consolidated().clone()))
    }

    /// The board report: where the system stands, what changed since the round this
    /// one carries forward, where partners disagree, how the plan stands.
    pub fn board(&self, main: &Assessment) -> Result<html::Report, Conflict> {
        let perspectives = self.perspectives().ok().flatten();
        let mut board = mhics::report::html::Board::new(main);
        if let Some(previous) = &self.previous {
            board = board.previous(previous)?;
        }
        if let Some(p) = &perspectives {
            board = board.partners(p)?;
        }
        if let Some(plan) = &self.plan {
            board = board.plan(plan)?;
        }
        Ok(board.report())
    }

    /// The names of the files of the round that exist now, with what each holds.
    pub fn files(&self) -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = Vec::new();
        let mut add = |name: &str, what: &str| files.push((name.to_owned(), what.to_owned()));
        for (p, _) in &self.partners {
            add(
                &format!("partner-{}.json", p.id),
                &format!("{}'s answers (assessment file)", p.organisation),
            );
        }
        if !self.partners.is_empty() {
            add(
                "consolidated.json",
                "the partners' answers consolidated (assessment file)",
            );
            add("perspectives.json", "the partners' perspectives (JSON)");
            add("perspectives.csv", "the partners' perspectives (CSV)");
            add(
                "perspectives.html",
                "the partners' perspectives (HTML report)",
            );
        }
        if self.agreed.is_some() {
            add("agreed.json", "the agreed assessment (assessment file)");
        }
        if !self.partners.is_empty() || self.agreed.is_some() {
            add("board.html", "the board report (HTML)");
            add("assessment.html", "the assessment (HTML report)");
            add("progression.csv", "progression by sub-section (CSV)");
            add(
                "gaps.csv",
                "gaps toward each sub-section's next level (CSV)",
            );
            add(
                "workbook.xlsx",
                "the workbook of the assessment, with the plan",
            );
        }
        if self.plan.is_some() {
            add("plan.json", "the action plan (plan file)");
            if !self.partners.is_empty() || self.agreed.is_some() {
                add(
                    "plan-review.html",
                    "the plan reviewed against the assessment (HTML report)",
                );
                add(
                    "plan-review.csv",
                    "the plan reviewed against the assessment (CSV)",
                );
            }
        }
        files
    }

    /// The review of the plan against `main` (on the round's date, toward each
    /// sub-section's next level).
    pub fn review<'a>(
        &'a self,
        plan: &'a Plan,
        main: &'a Assessment,
    ) -> Result<mhics::plan::Review<'a>, Conflict> {
        plan.review(main, self.round.date.parse().ok(), Target::Next)
    }

    /// File `name` of the round.
    pub fn file(&self, name: &str) -> Result<Response, Failure> {
        if !self.files().iter().any(|(n, _)| n == name) {
            return Err(Failure::NotFound);
        }
        const JSON: &str = "application/json";
        const CSV: &str = "text/csv; charset=utf-8";
        const HTML: &str = "text/html; charset=utf-8";
        if let Some(id) = name
            .strip_prefix("partner-")
            .and_then(|n| n.strip_suffix(".json"))
        {
            let (_, a) = self
                .partners
                .iter()
                .find(|(p, _)| p.id.to_string() == id)
                .ok_or(Failure::NotFound)?;
            return Ok(download(name, JSON, a.to_json()));
        }
        let perspectives = self.perspectives()?;
        let main = self.main()?;
        let bad = |e: Conflict| {
            Failure::BadInput(crate::views::message(
                "This file cannot be made",
                &e.to_string(),
            ))
        };
        let body: String = match (name, &perspectives, &main, &self.plan) {
            ("consolidated.json", Some(p), _, _) => p.consolidated().to_json(),
            ("perspectives.json", Some(p), _, _) => p.to_json(),
            ("perspectives.csv", Some(p), _, _) => csv::perspectives(p),
            ("perspectives.html", Some(p), _, _) => html::perspectives(p).document(),
            ("agreed.json", _, _, _) => self
                .agreed
                .as_ref()
                .map(Assessment::to_json)
                .unwrap_or_default(),
            ("plan.json", _, _, Some(plan)) => plan.to_json(),
            ("board.html", _, Some(m), _) => self.board(m).map_err(bad)?.document(),
            ("assessment.html", _, Some(m), _) => {
                html::assessment(&evaluate(m), Target::Next).document()
            }
            ("progression.csv", _, Some(m), _) => csv::progression(&evaluate(m)),
            ("gaps.csv", _, Some(m), _) => csv::gaps(m, Target::Next),
            ("plan-review.html", _, Some(m), Some(plan)) => {
                html::plan_review(&self.review(plan, m).map_err(bad)?).document()
            }
            ("plan-review.csv", _, Some(m), Some(plan)) => {
                csv::plan_review(&self.review(plan, m).map_err(bad)?)
            }
            ("workbook.xlsx", _, Some(m), plan) => {
                let bytes = match plan {
                    Some(plan) => mhics::workbook::write_with_plan(self.edition, Some(m), plan),
                    None => mhics::workbook::write(self.edition, Some(m)),
                }
                .map_err(|e| {
                    Failure::BadInput(crate::views::message(
                        "This file cannot be made",
                        &e.to_string(),
                    ))
                })?;
                return Ok(download(
                    name,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    bytes,
                ));
            }
            _ => return Err(Failure::NotFound),
        };
        let kind = match name.rsplit('.').next() {
            Some("csv") => CSV,
            Some("html") => HTML,
            _ => JSON,
        };
        Ok(download(name, kind, body))
    }
}
