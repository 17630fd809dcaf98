//! The process runner: finds each example's binary as this test's features build it
//! (newest first, built after every source change), runs it, and gives its standard
//! output or its one-line error and exit status.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};
use std::time::SystemTime;

/// What a failed run of an example said: its message and exit status.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub status: u8,
}

/// The example's binary as this test's features build it. Cargo keeps a build of
/// each example per set of features (`examples/NAME-HASH`) and copies the one it
/// last compiled to `examples/NAME`, which may be of other features: so the builds
/// are tried newest first, and the first built after every source file changed and
/// with this test's features is taken (`cargo test` builds them before it runs the
/// tests; `cargo test --test api` alone does not).
fn binary(name: &str) -> PathBuf {
    static FOUND: OnceLock<Mutex<HashMap<String, PathBuf>>> = OnceLock::new();
    let found = FOUND.get_or_init(Mutex::default);
    let mut found = found.lock().unwrap_or_else(|e| e.into_inner());
    found
        .entry(name.to_owned())
        .or_insert_with(|| find_built(name))
        .clone()
}

fn find_built(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the target directory")
        .join("examples");
    let changed = newest_source();
    let mut builds: Vec<(SystemTime, PathBuf)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| Some(e.ok()?.path()))
                .filter(|p| {
                    let file = p.file_name().and_then(|f| f.to_str()).unwrap_or("");
                    file.strip_prefix(name)
                        .and_then(|rest| rest.strip_prefix('-'))
                        .is_some_and(|hash| !hash.contains('.'))
                })
                .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
                .collect()
        })
        .unwrap_or_default();
    builds.sort_by_key(|(built, _)| std::cmp::Reverse(*built));
    builds
        .into_iter()
        .filter(|(built, _)| *built >= changed)
        .map(|(_, path)| path)
        .find(|path| with_xlsx(name, path).is_none_or(|x| x == cfg!(feature = "xlsx")))
        .unwrap_or_else(|| {
            panic!(
                "no build of the example {name} from the sources as they are, {} feature \
                 `xlsx`: run `cargo test` with this test's features to build the examples",
                if cfg!(feature = "xlsx") {
                    "with"
                } else {
                    "without"
                }
            )
        })
}

/// When the newest source file (of `src` and `examples`) changed.
fn newest_source() -> SystemTime {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("src"), root.join("examples")];
    let mut newest = SystemTime::UNIX_EPOCH;
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            let entries = std::fs::read_dir(&path).expect("a readable folder");
            stack.extend(entries.map(|e| e.expect("an entry").path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            if let Ok(changed) = std::fs::metadata(&path).and_then(|m| m.modified()) {
                newest = newest.max(changed);
            }
        }
    }
    newest
}

/// Whether `binary` (of example `name`) was built with feature `xlsx`: given a
/// workbook where a JSON file is read, a build without it says it needs the feature.
/// `None` for an example that reads no file.
fn with_xlsx(name: &str, binary: &Path) -> Option<bool> {
    let zip = std::env::temp_dir().join(format!("mhics-probe-{}.xlsx", std::process::id()));
    std::fs::write(&zip, b"PK\x03\x04 not a real workbook").expect("a file to probe with");
    let zip = zip.to_string_lossy().into_owned();
    let args: Vec<&str> = match name {
        "evaluate" | "cohort" | "perspectives" | "board" | "local_edition" => vec![&zip],
        "compare" => vec![&zip, &zip],
        "plan" => vec!["review", &zip, &zip],
        _ => return None,
    };
    let output = Command::new(binary)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the example runs");
    let said = String::from_utf8_lossy(&output.stderr);
    Some(!said.contains("needs the crate's feature `xlsx`"))
}

/// Runs example `name` with `args`: its standard output and standard error lines, or
/// its failure.
pub fn run_with_stderr(name: &str, args: &[String]) -> Result<(String, Vec<String>), Failure> {
    let output = Command::new(binary(name))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the example runs");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 on stderr");
    let status = output.status.code().expect("the example exits") as u8;
    if status == 0 {
        let stdout = String::from_utf8(output.stdout).expect("UTF-8 on stdout");
        Ok((stdout, stderr.lines().map(str::to_owned).collect()))
    } else {
        let message = stderr.trim_end_matches('\n');
        assert_eq!(message.lines().count(), 1, "one line: {message:?}");
        Err(Failure {
            message: message
                .strip_prefix("error: ")
                .unwrap_or(message)
                .to_owned(),
            status,
        })
    }
}

/// Runs example `name` with `args`: its standard output, or its failure.
pub fn run(name: &str, args: &[String]) -> Result<String, Failure> {
    run_with_stderr(name, args).map(|(text, _)| text)
}
