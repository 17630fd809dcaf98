//! The database: one SQLite file in WAL mode with foreign keys on, its schema made by
//! numbered migrations run at start (the schema version is SQLite's `user_version`),
//! every assessment and plan kept as the crate's own JSON, so that each row reads back
//! with [`mhics::Editions::read_json`] and [`mhics::plan::Plan::from_json`].
//!
//! One connection serves the whole service, behind a mutex: SQLite writes one
//! transaction at a time in any case, and every request that writes does so in one
//! transaction. With `synchronous = NORMAL` in WAL mode a committed transaction survives
//! the process being killed (not a power cut: for that, run with `--synchronous full`).

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use rusqlite::{params, Connection, OptionalExtension};

use crate::secret::Secret;

/// The migrations, in order: migration `n` (counting from 1) brings the schema from
/// version `n - 1` to version `n`. Never edit one that has shipped: add another.
const MIGRATIONS: &[&str] = &[
    // 1: leads, rounds, partners.
    "CREATE TABLE leads (
        id INTEGER PRIMARY KEY,
        key_id TEXT NOT NULL UNIQUE,
        key_hash BLOB NOT NULL
    );
    CREATE TABLE rounds (
        id INTEGER PRIMARY KEY,
        lead_id INTEGER NOT NULL REFERENCES leads(id),
        system TEXT NOT NULL,
        date TEXT NOT NULL,
        matrix TEXT NOT NULL,
        version TEXT NOT NULL,
        previous_id INTEGER REFERENCES rounds(id),
        agreed TEXT,
        plan TEXT
    );
    CREATE INDEX rounds_lead ON rounds(lead_id);
    CREATE TABLE partners (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES rounds(id),
        key_id TEXT NOT NULL UNIQUE,
        key_hash BLOB NOT NULL,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL,
        assessment TEXT NOT NULL
    );
    CREATE INDEX partners_round ON partners(round_id);",
];

/// The schema version this build of the service reads and writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The database of the service.
#[derive(Debug)]
pub struct Store {
    conn: Mutex<Connection>,
}

/// A failure of the database, or a backup of another schema version.
pub type StoreError = Box<dyn std::error::Error + Send + Sync>;

/// A round as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// Its row ID.
    pub id: i64,
    /// The lead who opened it.
    pub lead_id: i64,
    /// The system assessed.
    pub system: String,
    /// The assessment date (ISO 8601).
    pub date: String,
    /// The edition's identifier, e.g. `mhics`.
    pub matrix: String,
    /// The edition's version, e.g. `2019`.
    pub version: String,
    /// The round it carries forward, if any.
    pub previous_id: Option<i64>,
    /// The agreed assessment, as the crate's JSON.
    pub agreed: Option<String>,
    /// The action plan, as the crate's JSON.
    pub plan: Option<String>,
}

/// A partner as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    /// Its row ID.
    pub id: i64,
    /// The round it answers in.
    pub round_id: i64,
    /// The person's name.
    pub name: String,
    /// The organisation (the assessment's respondent).
    pub organisation: String,
    /// Its answers, as the crate's JSON.
    pub assessment: String,
}

const ROUND_COLUMNS: &str = "id, lead_id, system, date, matrix, version, previous_id, agreed, plan";
const PARTNER_COLUMNS: &str = "id, round_id, name, organisation, assessment";

fn round_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Round> {
    Ok(Round {
        id: row.get(0)?,
        lead_id: row.get(1)?,
        system: row.get(2)?,
        date: row.get(3)?,
        matrix: row.get(4)?,
        version: row.get(5)?,
        previous_id: row.get(6)?,
        agreed: row.get(7)?,
        plan: row.get(8)?,
    })
}

fn partner_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Partner> {
    Ok(Partner {
        id: row.get(0)?,
        round_id: row.get(1)?,
        name: row.get(2)?,
        organisation: row.get(3)?,
        assessment: row.get(4)?,
    })
}

impl Store {
    /// Opens (creating it if need be) the database at `path` and brings its schema up
    /// to [`SCHEMA_VERSION`]. Refuses a database of a later schema version.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::prepare(Connection::open(path)?)
    }

    /// An empty database in memory (for tests).
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Store, StoreError> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        migrate(&mut conn)?;
        Ok(Store {
            conn: Mutex::new(conn),
        })
    }

    /// The connection, for one request's work.
    pub fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves no transaction open (rusqlite rolls
        // back on drop), so the connection is still good.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Runs the migrations that `conn`'s schema has not had, each in its own transaction.
fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(format!(
            "the database has schema version {version}; this service reads up to {SCHEMA_VERSION}"
        )
        .into());
    }
    for (n, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", n as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// The schema version of the database at `path`.
pub fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Copies the live database at `db` to `to` with SQLite's online backup, which other
/// connections may keep writing through.
pub fn backup(db: &Path, to: &Path) -> Result<(), StoreError> {
    let src = Connection::open(db)?;
    src.busy_timeout(std::time::Duration::from_secs(10))?;
    src.backup(rusqlite::MAIN_DB, to, None)?;
    Ok(())
}

/// Replaces the database at `db` with the backup `from`, refusing a backup whose schema
/// version is not this service's (or that is not a database of this service). Run it
/// with the service stopped.
pub fn restore(db: &Path, from: &Path) -> Result<(), StoreError> {
    let backup = Connection::open_with_flags(from, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let version = schema_version(&backup)
        .map_err(|e| format!("{} is not a database: {e}", from.display()))?;
    if version != SCHEMA_VERSION {
        return Err(format!(
            "{} has schema version {version}; this service restores only version {SCHEMA_VERSION}",
            from.display()
        )
        .into());
    }
    let check: String = backup.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(format!("{} fails its integrity check: {check}", from.display()).into());
    }
    drop(backup);
    let mut conn = Connection::open(db)?;
    conn.restore(
        rusqlite::MAIN_DB,
        from,
        None::<fn(rusqlite::backup::Progress)>,
    )?;
    Ok(())
}

/// Adds a lead with `secret`; its row ID.
pub fn add_lead(conn: &Connection, secret: &Secret) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO leads (key_id, key_hash) VALUES (?1, ?2)",
        params![secret.id(), secret.hash().as_slice()],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The number of leads.
pub fn lead_count(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT count(*) FROM leads", [], |r| r.get(0))
}

/// The lead whose secret is `token`, if any.
pub fn find_lead(conn: &Connection, token: &str) -> rusqlite::Result<Option<i64>> {
    find_by_token(conn, "leads", token)
}

/// The partner whose secret is `token`, if any.
pub fn find_partner(conn: &Connection, token: &str) -> rusqlite::Result<Option<Partner>> {
    match find_by_token(conn, "partners", token)? {
        Some(id) => partner(conn, id),
        None => Ok(None),
    }
}

/// The row of `table` whose secret is `token`: found by the secret's public half,
/// then its hash compared in constant time.
fn find_by_token(conn: &Connection, table: &str, token: &str) -> rusqlite::Result<Option<i64>> {
    let Some((key_id, _)) = Secret::split(token) else {
        return Ok(None);
    };
    let row: Option<(i64, Vec<u8>)> = conn
        .query_row(
            &format!("SELECT id, key_hash FROM {table} WHERE key_id = ?1"),
            [key_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.and_then(|(id, hash)| Secret::verify(token, &hash).then_some(id)))
}

/// Opens a round; its row ID.
pub fn add_round(conn: &Connection, round: &Round) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO rounds (lead_id, system, date, matrix, version, previous_id, agreed, plan)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            round.lead_id,
            round.system,
            round.date,
            round.matrix,
            round.version,
            round.previous_id,
            round.agreed,
            round.plan
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Round `id` if it is `lead`'s.
pub fn round(conn: &Connection, lead: i64, id: i64) -> rusqlite::Result<Option<Round>> {
    conn.query_row(
        &format!("SELECT {ROUND_COLUMNS} FROM rounds WHERE id = ?1 AND lead_id = ?2"),
        [id, lead],
        round_row,
    )
    .optional()
}

/// Round `id`, whoever's it is (for a partner's own round).
pub fn round_by_id(conn: &Connection, id: i64) -> rusqlite::Result<Round> {
    conn.query_row(
        &format!("SELECT {ROUND_COLUMNS} FROM rounds WHERE id = ?1"),
        [id],
        round_row,
    )
}

/// `lead`'s rounds, latest first.
pub fn rounds(conn: &Connection, lead: i64) -> rusqlite::Result<Vec<Round>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {ROUND_COLUMNS} FROM rounds WHERE lead_id = ?1 ORDER BY date DESC, id DESC"
    ))?;
    let rows = stmt.query_map([lead], round_row)?;
    rows.collect()
}

/// Sets round `id`'s agreed assessment and plan (as the crate's JSON).
pub fn set_round_files(
    conn: &Connection,
    id: i64,
    agreed: Option<&str>,
    plan: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE rounds SET agreed = ?2, plan = ?3 WHERE id = ?1",
        params![id, agreed, plan],
    )?;
    Ok(())
}

/// Adds a partner to a round; its row ID.
pub fn add_partner(
    conn: &Connection,
    round: i64,
    secret: &Secret,
    name: &str,
    organisation: &str,
    assessment: &str,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO partners (round_id, key_id, key_hash, name, organisation, assessment)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            round,
            secret.id(),
            secret.hash().as_slice(),
            name,
            organisation,
            assessment
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Partner `id`.
pub fn partner(conn: &Connection, id: i64) -> rusqlite::Result<Option<Partner>> {
    conn.query_row(
        &format!("SELECT {PARTNER_COLUMNS} FROM partners WHERE id = ?1"),
        [id],
        partner_row,
    )
    .optional()
}

/// The partners of round `round`, in the order added.
pub fn partners(conn: &Connection, round: i64) -> rusqlite::Result<Vec<Partner>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {PARTNER_COLUMNS} FROM partners WHERE round_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([round], partner_row)?;
    rows.collect()
}

/// Replaces partner `id`'s answers (the crate's JSON).
pub fn set_answers(conn: &Connection, id: i64, assessment: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE partners SET assessment = ?2 WHERE id = ?1",
        params![id, assessment],
    )?;
    Ok(())
}

/// Gives partner `id` a new secret (the old link stops working).
pub fn set_partner_secret(conn: &Connection, id: i64, secret: &Secret) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE partners SET key_id = ?2, key_hash = ?3 WHERE id = ?1",
        params![id, secret.id(), secret.hash().as_slice()],
    )?;
    Ok(())
}

/// Whether a lead's secret has the public half `key_id`.
pub fn find_lead_by_id(conn: &Connection, key_id: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT count(*) FROM leads WHERE key_id = ?1",
        [key_id],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n > 0)
}
