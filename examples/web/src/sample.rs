//! The sample system (`examples/data/`): a lead's first rounds made from the crate's
//! sample files, so the service can be tried at once.

use std::path::Path;

use mhics::plan::Plan;
use rusqlite::Connection;

use crate::secret::Secret;
use crate::store::{self, Round, StoreError};

/// Opens, for `lead` when they have no round yet, Riverside and Vale's 2025 round (its
/// assessment agreed, with its plan) and the 2026 round that carries it forward, with
/// the four partners of `DIR/riverside-partners/` and their answers. Each partner's
/// name and link, to print; nothing when the lead has rounds already.
pub fn load(
    conn: &mut Connection,
    editions: &mhics::Editions,
    lead: i64,
    dir: &Path,
) -> Result<Vec<(String, Secret)>, StoreError> {
    if !store::rounds(conn, lead)?.is_empty() {
        return Ok(Vec::new());
    }
    let read = |name: &str| -> Result<String, StoreError> {
        std::fs::read_to_string(dir.join(name))
            .map_err(|e| format!("{}: {e}", dir.join(name).display()).into())
    };
    let earlier = editions.read_json(&read("riverside-2025.json")?)?;
    let plan = Plan::from_json(&read("plans/riverside-plan-2025.json")?)?;
    let mut partners = Vec::new();
    for name in ["trust", "council", "primary-care", "vcse"] {
        partners.push(editions.read_json(&read(&format!("riverside-partners/{name}.json"))?)?);
    }
    let date = partners
        .iter()
        .filter_map(|p| p.date())
        .max()
        .ok_or("the sample partners have no date")?;
    let edition = earlier.edition();
    let tx = conn.transaction()?;
    let mut round = Round {
        id: 0,
        lead_id: lead,
        system: earlier.system().to_owned(),
        date: earlier.date().map(|d| d.to_string()).unwrap_or_default(),
        matrix: edition.id().into(),
        version: edition.version().into(),
        previous_id: None,
        agreed: Some(earlier.to_json_compact()),
        plan: Some(plan.to_json_compact()),
    };
    let first = store::add_round(&tx, &round)?;
    round.date = date.to_string();
    round.previous_id = Some(first);
    round.agreed = None;
    let second = store::add_round(&tx, &round)?;
    let mut links = Vec::new();
    for mut answers in partners {
        let organisation = answers.respondent().unwrap_or("Partner").to_owned();
        answers.set_date(Some(date));
        let secret = Secret::new();
        let name = format!("Sample partner of {organisation}");
        store::add_partner(
            &tx,
            second,
            &secret,
            &name,
            &organisation,
            &answers.to_json_compact(),
        )?;
        links.push((name, secret));
    }
    tx.commit()?;
    Ok(links)
}
