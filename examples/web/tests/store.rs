//! The database: migrations run at start, backup and restore (refusing a backup of
//! another schema version), and every row read back with the crate's readers.

use mhics_web::secret::Secret;
use mhics_web::store::{self, Round, Store, SCHEMA_VERSION};
use rusqlite::Connection;

fn dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mhics-web-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn filled(path: &std::path::Path) {
    let db = Store::open(path).unwrap();
    let conn = db.lock();
    let lead = store::add_lead(&conn, &Secret::new()).unwrap();
    let round = Round {
        id: 0,
        lead_id: lead,
        system: "Riverside".into(),
        date: "2026-10-14".into(),
        matrix: "mhics".into(),
        version: "2019".into(),
        previous_id: None,
        agreed: None,
        plan: None,
    };
    let id = store::add_round(&conn, &round).unwrap();
    let answers = mhics::Assessment::builder("Riverside")
        .respond("1.1-D1", mhics::Status::Met)
        .build()
        .unwrap();
    store::add_partner(
        &conn,
        id,
        &Secret::new(),
        "Ann",
        "Trust",
        &answers.to_json_compact(),
    )
    .unwrap();
}

fn dump(path: &std::path::Path) -> Vec<String> {
    let conn = Connection::open(path).unwrap();
    let mut rows = Vec::new();
    for table in ["leads", "rounds", "partners"] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY id"))
            .unwrap();
        let n = stmt.column_count();
        let mut q = stmt.query([]).unwrap();
        while let Some(row) = q.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            rows.push(format!("{table}: {}", cells.join(" | ")));
        }
    }
    rows
}

#[test]
fn the_schema_is_made_by_migrations_and_a_later_one_is_refused() {
    let d = dir("migrate");
    let path = d.join("db.sqlite");
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    assert_eq!(store::schema_version(&conn).unwrap(), SCHEMA_VERSION);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    let err = Store::open(&path).unwrap_err().to_string();
    assert!(err.contains("schema version"), "{err}");
}

#[test]
fn a_backup_restores_equal_and_one_of_another_schema_version_is_refused() {
    let d = dir("backup");
    let (db, copy, restored) = (
        d.join("db.sqlite"),
        d.join("backup.sqlite"),
        d.join("restored.sqlite"),
    );
    filled(&db);
    store::backup(&db, &copy).unwrap();
    store::restore(&restored, &copy).unwrap();
    assert_eq!(dump(&restored), dump(&db));
    assert!(!dump(&db).is_empty());
    // Every partner row reads back with the crate's reader.
    let conn = Connection::open(&restored).unwrap();
    let json: String = conn
        .query_row("SELECT assessment FROM partners", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        mhics::Assessment::from_json(&json)
            .unwrap()
            .response_count(),
        1
    );

    let other = d.join("other.sqlite");
    std::fs::copy(&copy, &other).unwrap();
    Connection::open(&other)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let err = store::restore(&restored, &other).unwrap_err().to_string();
    assert!(err.contains("restores only version"), "{err}");
    let not_db = d.join("not.sqlite");
    std::fs::write(
        &not_db,
        b"plain text, not a database at all, long enough to be read as a header",
    )
    .unwrap();
    assert!(store::restore(&restored, &not_db).is_err());
    assert_eq!(
        dump(&restored),
        dump(&db),
        "a refused restore changes nothing"
    );
    let _ = std::fs::remove_dir_all(&d);
}
