//! The service under load, on loopback (127.0.0.1 only), as its own process: 200
//! partners answering all the edition's criteria at once, every acknowledged answer
//! stored; a backup taken under that load restored equal; and the server killed with
//! SIGKILL in the middle of it and started again, every answer acknowledged before the
//! kill present and the database's integrity check ok.
//!
//! `#[ignore]`d in a plain `cargo test`; `.ci/run` runs them with `-- --ignored`. The
//! figures (latency p50 / p95, answers per second) are printed and written to
//! `target/mhics-web-load.md`.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::client::conn::http1::SendRequest;
use hyper::{Request, StatusCode};
use hyper_util::rt::TokioIo;
use mhics::{Assessment, Status, MATRIX};
use mhics_web::secret::{csrf, Secret};
use rusqlite::Connection;

const PARTNERS: usize = 200;
/// No run goes on longer than this, whatever happens.
const DEADLINE: Duration = Duration::from_secs(300);

/// The service running as its own process.
struct Server {
    child: Child,
    address: String,
}

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_mhics-web")
}

impl Server {
    fn start(db: &Path, lead: &str) -> Server {
        let mut child = Command::new(binary())
            .args([
                "--db",
                db.to_str().unwrap(),
                "--bind",
                "127.0.0.1:0",
                "--lead-token",
                lead,
            ])
            .stdout(Stdio::piped())
            .spawn()
            .expect("the service starts");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let address = loop {
            let line = lines
                .next()
                .expect("the service says where it listens")
                .unwrap();
            if let Some(rest) = line.strip_prefix("listening on http://") {
                break rest.split_whitespace().next().unwrap().to_owned();
            }
        };
        assert!(address.starts_with("127.0.0.1:"), "{address}");
        Server { child, address }
    }

    /// Kills the process with SIGKILL (what `Child::kill` sends on Unix).
    fn kill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One keep-alive HTTP/1.1 connection to the service.
struct Client {
    sender: SendRequest<Full<Bytes>>,
}

impl Client {
    async fn connect(address: &str) -> Client {
        let stream = tokio::net::TcpStream::connect(address).await.unwrap();
        let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .unwrap();
        tokio::spawn(conn);
        Client { sender }
    }

    /// Posts a form; the status and body, or `None` when the connection is gone.
    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Option<(StatusCode, String)> {
        let body = serde_urlencoded::to_string(fields).unwrap();
        let request = Request::post(path)
            .header("host", "127.0.0.1")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Full::new(Bytes::from(body)))
            .unwrap();
        self.sender.ready().await.ok()?;
        let response = self.sender.send_request(request).await.ok()?;
        let status = response.status();
        let body = response.into_body().collect().await.ok()?.to_bytes();
        Some((status, String::from_utf8_lossy(&body).into_owned()))
    }
}

/// The status partner `p` gives criterion `i`, and the note (every fifth).
fn answer_of(p: usize, i: usize) -> (Status, Option<String>) {
    (
        Status::ALL[(p + i) % 4],
        i.is_multiple_of(5)
            .then(|| format!("Partner {p}, criterion {i}: noted")),
    )
}

/// A round with `PARTNERS` partners, opened through the service; their secrets.
async fn open_round(address: &str, lead: &str) -> Vec<String> {
    let mut client = Client::connect(address).await;
    let c = csrf(lead);
    let (status, _) = client
        .post(
            &format!("/l/{lead}/rounds"),
            &[
                ("csrf", &c),
                ("system", "Loadville ICS"),
                ("date", "2026-10-14"),
                ("edition", "0"),
                ("previous", ""),
            ],
        )
        .await
        .unwrap();
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mut partners = Vec::new();
    for p in 0..PARTNERS {
        let (status, page) = client
            .post(
                &format!("/l/{lead}/r/1/partners"),
                &[
                    ("csrf", &c),
                    ("name", &format!("Person {p}")),
                    ("organisation", &format!("Partner {p}")),
                ],
            )
            .await
            .unwrap();
        assert_eq!(status, StatusCode::OK);
        let at = page.rfind("/p/").unwrap() + 3;
        partners.push(page[at..at + 48].to_owned());
    }
    partners
}

/// What a load run saw: every answer acknowledged (partner, criterion index), in
/// order, and each one's latency.
#[derive(Default)]
struct Seen {
    acknowledged: Mutex<Vec<(usize, usize)>>,
    latencies: Mutex<Vec<Duration>>,
    count: AtomicUsize,
}

/// Every partner answering every criterion at once, each on its own connection; stops
/// early when the server goes away.
async fn answer_all(address: String, partners: Vec<String>, seen: Arc<Seen>) -> Duration {
    let start = Instant::now();
    let mut tasks = Vec::new();
    for (p, token) in partners.into_iter().enumerate() {
        let (address, seen) = (address.clone(), Arc::clone(&seen));
        tasks.push(tokio::spawn(async move {
            let mut client = Client::connect(&address).await;
            let (path, c) = (format!("/p/{token}/answer"), csrf(&token));
            for (i, criterion) in MATRIX.criteria().enumerate() {
                if start.elapsed() > DEADLINE {
                    return;
                }
                let (status, note) = answer_of(p, i);
                let id = criterion.id().to_string();
                let sent = Instant::now();
                let fields = [
                    ("csrf", c.as_str()),
                    ("id", &id),
                    ("status", status.as_str()),
                    ("note", note.as_deref().unwrap_or("")),
                ];
                match client.post(&path, &fields).await {
                    Some((StatusCode::SEE_OTHER, _)) => {
                        let took = sent.elapsed();
                        seen.acknowledged.lock().unwrap().push((p, i));
                        seen.latencies.lock().unwrap().push(took);
                        seen.count.fetch_add(1, Ordering::SeqCst);
                    }
                    Some((status, body)) => {
                        panic!("answer refused: {status} {}", &body[..body.len().min(500)])
                    }
                    None => return,
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    start.elapsed()
}

/// Checks that every answer in `acknowledged` is in the database at `db`, and that the
/// database passes its integrity check.
fn check_stored(db: &Path, acknowledged: &[(usize, usize)]) {
    let conn = Connection::open(db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let mut stmt = conn
        .prepare("SELECT organisation, assessment FROM partners")
        .unwrap();
    let mut answers = std::collections::HashMap::new();
    for row in stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
    {
        let (org, json) = row.unwrap();
        let p: usize = org.trim_start_matches("Partner ").parse().unwrap();
        answers.insert(
            p,
            Assessment::from_json(&json).expect("every row reads back with the crate's reader"),
        );
    }
    let ids: Vec<_> = MATRIX.criteria().map(|c| c.id()).collect();
    for &(p, i) in acknowledged {
        let (status, note) = answer_of(p, i);
        let a = &answers[&p];
        assert_eq!(a.status(ids[i]), Some(status), "partner {p}, {}", ids[i]);
        assert_eq!(a.note(ids[i]), note.as_deref(), "partner {p}, {}", ids[i]);
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("load-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn dump(db: &Path) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    let mut rows = Vec::new();
    for table in ["leads", "rounds", "partners"] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY id"))
            .unwrap();
        let n = stmt.column_count();
        let mut q = stmt.query([]).unwrap();
        while let Some(row) = q.next().unwrap() {
            rows.push(
                (0..n)
                    .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"),
            );
        }
    }
    rows
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * q).round() as usize]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "load: run by .ci/run with --ignored"]
async fn two_hundred_partners_answer_everything_at_once_and_a_backup_under_load_restores_equal() {
    let dir = scratch("all");
    let db = dir.join("service.db");
    let lead = Secret::new().token().to_owned();
    let server = Server::start(&db, &lead);
    let partners = open_round(&server.address, &lead).await;
    let seen = Arc::new(Seen::default());
    let total = PARTNERS * MATRIX.criteria().count();
    let run = tokio::spawn(answer_all(
        server.address.clone(),
        partners,
        Arc::clone(&seen),
    ));

    // A backup under load, once half the answers are in.
    while seen.count.load(Ordering::SeqCst) < total / 2 && !run.is_finished() {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let before_backup = seen.acknowledged.lock().unwrap().clone();
    let copy = dir.join("backup.db");
    let status = Command::new(binary())
        .args([
            "backup",
            "--db",
            db.to_str().unwrap(),
            "--to",
            copy.to_str().unwrap(),
        ])
        .status()
        .unwrap();
    assert!(status.success());
    let elapsed = run.await.unwrap();

    let acknowledged = seen.acknowledged.lock().unwrap().clone();
    assert_eq!(acknowledged.len(), total, "every answer acknowledged");
    check_stored(&db, &acknowledged);

    let restored = dir.join("restored.db");
    let status = Command::new(binary())
        .args([
            "restore",
            "--db",
            restored.to_str().unwrap(),
            "--from",
            copy.to_str().unwrap(),
        ])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(dump(&restored), dump(&copy), "restored equal to the backup");
    check_stored(&restored, &before_backup);
    drop(server);

    let mut latencies = seen.latencies.lock().unwrap().clone();
    latencies.sort();
    let (p50, p95) = (percentile(&latencies, 0.5), percentile(&latencies, 0.95));
    let rate = total as f64 / elapsed.as_secs_f64();
    let report = format!(
        "{PARTNERS} partners, {total} answers in {:.1} s: {rate:.0} answers per second; latency p50 {:.1} ms, p95 {:.1} ms (backup taken under load: {} answers in it at least)\n",
        elapsed.as_secs_f64(),
        p50.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3,
        before_backup.len()
    );
    println!("{report}");
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../mhics-web-load.md");
    std::fs::write(out, &report).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "load: run by .ci/run with --ignored"]
async fn the_server_killed_under_load_loses_no_acknowledged_answer() {
    let dir = scratch("kill");
    let db = dir.join("service.db");
    let lead = Secret::new().token().to_owned();
    let mut server = Server::start(&db, &lead);
    let partners = open_round(&server.address, &lead).await;
    let first = partners[0].clone();
    let seen = Arc::new(Seen::default());
    let total = PARTNERS * MATRIX.criteria().count();
    let run = tokio::spawn(answer_all(
        server.address.clone(),
        partners,
        Arc::clone(&seen),
    ));
    while seen.count.load(Ordering::SeqCst) < total / 4 {
        assert!(!run.is_finished(), "the load ended before the kill");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.kill();
    run.await.unwrap();
    let acknowledged = seen.acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= total / 4 && acknowledged.len() < total,
        "killed in the middle"
    );
    check_stored(&db, &acknowledged);

    // Started again, it serves and saves.
    let server = Server::start(&db, &lead);
    let mut client = Client::connect(&server.address).await;
    let c = csrf(&first);
    let (status, _) = client
        .post(
            &format!("/p/{first}/answer"),
            &[
                ("csrf", &c),
                ("id", "3.7-T1"),
                ("status", "met"),
                ("note", ""),
            ],
        )
        .await
        .unwrap();
    assert_eq!(status, StatusCode::SEE_OTHER);
    drop(server);
    check_stored(&db, &acknowledged);
    let _ = std::fs::remove_dir_all(&dir);
}
