//! The program's commands: a lead token checked at start, `add-lead`, `backup` and
//! `restore` (which refuses a backup of another schema version), each error one line.

use std::process::Command;

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mhics-web"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn commands_do_what_they_say_and_refuse_in_one_line() {
    let dir = std::env::temp_dir().join(format!("mhics-web-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = |name: &str| dir.join(name).to_str().unwrap().to_owned();

    let (ok, out, _) = run(&[
        "add-lead",
        "--db",
        &path("db"),
        "--base-url",
        "https://mhics.example/",
    ]);
    assert!(ok);
    assert!(
        out.starts_with("lead link: https://mhics.example/l/"),
        "{out}"
    );
    assert_eq!(out.trim().rsplit('/').next().unwrap().len(), 48);

    let (ok, _, err) = run(&["--db", &path("db"), "--lead-token", "not-a-token"]);
    assert!(!ok);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("48 hexadecimal digits"));
    let (ok, _, err) = run(&["--db", &path("db"), "--bind", "nowhere"]);
    assert!(
        !ok && err.lines().count() == 1 && err.contains("--bind"),
        "{err}"
    );

    let (ok, out, _) = run(&["backup", "--db", &path("db"), "--to", &path("copy")]);
    assert!(ok, "{out}");
    let (ok, _, _) = run(&[
        "restore",
        "--db",
        &path("restored"),
        "--from",
        &path("copy"),
    ]);
    assert!(ok);
    let conn = rusqlite::Connection::open(path("restored")).unwrap();
    let leads: i64 = conn
        .query_row("SELECT count(*) FROM leads", [], |r| r.get(0))
        .unwrap();
    assert_eq!(leads, 1);
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let (ok, _, err) = run(&["restore", "--db", &path("db"), "--from", &path("restored")]);
    assert!(!ok);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("schema version 99"), "{err}");
    let (ok, out, _) = run(&["--help"]);
    assert!(ok && out.starts_with("usage: mhics-web"));
    let _ = std::fs::remove_dir_all(&dir);
}
