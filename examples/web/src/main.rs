//! `mhics-web`: the self-assessment service (see `examples/web/README.md`).
#![forbid(unsafe_code)]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use mhics_web::app::{router, State};
use mhics_web::secret::Secret;
use mhics_web::store::{self, Store};

const USAGE: &str = "\
usage: mhics-web [serve] [--db FILE] [--bind ADDRESS:PORT] [--base-url URL] [--lead-token TOKEN] [--sample DIR]
       mhics-web add-lead [--db FILE] [--base-url URL]
       mhics-web backup [--db FILE] --to FILE
       mhics-web restore [--db FILE] --from FILE

The MHICS self-assessment service: rounds, partners' answers, the consolidated
assessment, the action plan and every report, in one SQLite file (default mhics-web.db).

serve     Runs the service on 127.0.0.1:8080 unless --bind says otherwise. It speaks plain
          HTTP: TLS belongs to a reverse proxy in front of it. At first start it makes a
          lead and prints their link (or takes --lead-token, 48 hexadecimal digits).
          --sample DIR opens the sample system's rounds from DIR (examples/data).
add-lead  Makes another lead and prints their link.
backup    Copies the database, while the service runs, to FILE (SQLite online backup).
restore   Replaces the database with a backup (stop the service first); refuses a
          backup of another schema version.

example: cargo run -p mhics-web -- --db target/mhics-web.db --sample examples/data";

type Failure = Box<dyn std::error::Error + Send + Sync>;

struct Options {
    command: String,
    db: PathBuf,
    bind: SocketAddr,
    base_url: Option<String>,
    lead_token: Option<String>,
    sample: Option<PathBuf>,
    to: Option<PathBuf>,
    from: Option<PathBuf>,
}

fn options() -> Result<Options, Failure> {
    let mut args = std::env::args().skip(1).peekable();
    let command = match args.peek().map(String::as_str) {
        Some("serve" | "add-lead" | "backup" | "restore") => args.next().unwrap_or_default(),
        _ => "serve".to_owned(),
    };
    let mut o = Options {
        command,
        db: PathBuf::from("mhics-web.db"),
        bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
        base_url: None,
        lead_token: None,
        sample: None,
        to: None,
        from: None,
    };
    while let Some(flag) = args.next() {
        if flag == "--help" || flag == "-h" {
            println!("{USAGE}");
            std::process::exit(0);
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--db" => o.db = value.into(),
            "--bind" => o.bind = value.parse().map_err(|e| format!("--bind {value}: {e}"))?,
            "--base-url" => o.base_url = Some(value.trim_end_matches('/').to_owned()),
            "--lead-token" => o.lead_token = Some(value),
            "--sample" => o.sample = Some(value.into()),
            "--to" => o.to = Some(value.into()),
            "--from" => o.from = Some(value.into()),
            _ => return Err(format!("unknown option {flag} (see --help)").into()),
        }
    }
    Ok(o)
}

fn main() {
    if let Err(e) = run() {
        eprintln!("mhics-web: {}", e.to_string().replace('\n', " "));
        std::process::exit(1);
    }
}

fn run() -> Result<(), Failure> {
    let o = options()?;
    match o.command.as_str() {
        "backup" => {
            let to = o.to.ok_or("backup needs --to FILE")?;
            store::backup(&o.db, &to)?;
            println!("backed up {} to {}", o.db.display(), to.display());
            Ok(())
        }
        "restore" => {
            let from = o.from.ok_or("restore needs --from FILE")?;
            store::restore(&o.db, &from)?;
            println!("restored {} from {}", o.db.display(), from.display());
            Ok(())
        }
        "add-lead" => {
            let db = Store::open(&o.db)?;
            let secret = Secret::new();
            store::add_lead(&db.lock(), &secret)?;
            let base = o.base_url.unwrap_or_else(|| format!("http://{}", o.bind));
            println!("lead link: {base}/l/{}", secret.token());
            Ok(())
        }
        _ => serve(o),
    }
}

fn serve(o: Options) -> Result<(), Failure> {
    let db = Store::open(&o.db)?;
    let editions = mhics::Editions::default();
    let runtime = tokio::runtime::Runtime::new()?;
    let listener = runtime.block_on(tokio::net::TcpListener::bind(o.bind))?;
    let address = listener.local_addr()?;
    let base_url = o.base_url.unwrap_or_else(|| format!("http://{address}"));
    {
        let mut conn = db.lock();
        let lead = match &o.lead_token {
            Some(token) => {
                let secret = Secret::parse(token)
                    .ok_or("--lead-token: a lead token is 48 hexadecimal digits (0-9, a-f)")?;
                match store::find_lead(&conn, token)? {
                    Some(lead) => Some(lead),
                    None if store::find_lead_by_id(&conn, secret.id())? => {
                        return Err(
                            "--lead-token: that token does not match the lead stored with it"
                                .into(),
                        )
                    }
                    None => Some(store::add_lead(&conn, &secret)?),
                }
            }
            None if store::lead_count(&conn)? == 0 => {
                let secret = Secret::new();
                let lead = store::add_lead(&conn, &secret)?;
                println!(
                    "lead link (keep it secret; it is shown only now): {base_url}/l/{}",
                    secret.token()
                );
                Some(lead)
            }
            None => None,
        };
        if let (Some(dir), Some(lead)) = (&o.sample, lead.or(Some(1))) {
            for (name, secret) in mhics_web::sample::load(&mut conn, &editions, lead, dir)? {
                println!(
                    "sample partner link, {name}: {base_url}/p/{}",
                    secret.token()
                );
            }
        }
    }
    if !address.ip().is_loopback() {
        println!("note: listening beyond this machine; put a reverse proxy with TLS in front");
    }
    println!("listening on http://{address} (plain HTTP: TLS belongs to a reverse proxy)");
    let state = Arc::new(State {
        store: db,
        editions,
        base_url,
    });
    runtime.block_on(async move {
        axum::serve(listener, router(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
    })?;
    Ok(())
}
