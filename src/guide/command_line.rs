//! The command line: the examples that come with the crate.
//!
//! The crate is a library. Its examples are small programs over it, run with
//! `cargo run --example NAME -- ARGUMENTS` from the repository or the unpacked crate.
//! They read the sample files in `examples/data`: assessments of three fictional
//! systems (*Riverside and Vale ICS*, *Northfield and Coast ICS*, *Eastgate ICS*), four
//! partners of Riverside and Vale (`riverside-partners/`), an action plan (`plans/`) and
//! a file of a local edition (`lakeside/`).
//!
//! ```sh
//! cargo run --example self_assessment   # the sample self-assessment, evaluated
//! cargo test                            # the whole test suite
//! ```
//!
//! # The examples
//!
//! | example | usage | what it prints |
//! | --- | --- | --- |
//! | `self_assessment` | `self_assessment` | where the embedded sample stands: each domain's and the overall level, a progression table, the gaps to each sub-section's next level by theme, with notes |
//! | `export` | `export json\|markdown` | the whole matrix: the matrix export JSON, or a readable document |
//! | `evaluate` | `evaluate FILE [--target developing\|maturing\|thriving] [--format json\|markdown\|csv\|svg\|html]` | the evaluation of one assessment (JSON by default); gaps toward each sub-section's next level, or toward `--target` |
//! | `compare` | `compare BEFORE AFTER [--format markdown\|csv\|svg\|html]` | what changed between two assessments of one system, earlier first |
//! | `cohort` | `cohort [--format markdown\|csv\|svg\|html] [--table subsections\|criteria] [--latest] FILE...` | several systems side by side, and peer learning |
//! | `perspectives` | `perspectives FILE... [--format json\|markdown\|csv\|svg\|html\|assessment]` | several partners of one system side by side (JSON by default) |
//! | `plan` | `plan draft ASSESSMENT [--target LEVEL] [--format json\|xlsx] [--out FILE]` | a first action plan from the assessment's gaps |
//! | `plan` | `plan review PLAN ASSESSMENT [--on YYYY-MM-DD] [--target LEVEL] [--format json\|markdown\|csv\|html\|svg]` | how the plan stands against the assessment (JSON by default) |
//! | `board` | `board ASSESSMENT [--previous EARLIER] [--partners FILE...] [--plan PLAN]` | one HTML document for a board meeting |
//! | `workbook` | `workbook blank OUT.xlsx [--from ASSESSMENT] [--plan PLAN]`, `workbook read IN.xlsx` | a workbook to fill in; a filled one as assessment JSON (feature `xlsx`) |
//! | `local_edition` | `local_edition [FILE...]` | a local edition, the sample migrated into it; or a cohort of files of either edition |
//!
//! Every example takes `--help` (or `-h`): its usage, what it does and an example line.
//!
//! # Options
//!
//! - `--format` chooses the output. JSON and CSV are for programs, the others for people
//!   (see [`formats`](super::formats) and [`reports`](super::reports)). `assessment`
//!   (perspectives) prints the consolidated assessment as an assessment file, to
//!   evaluate, compare or put in a cohort.
//! - `--target LEVEL` makes the gaps of every sub-section go toward that level, instead
//!   of each sub-section's next level.
//! - `--table` (cohort, CSV only) chooses one table per run: `subsections` (the default;
//!   a row per assessment and sub-section) or `criteria` (a row per criterion).
//! - `--latest` (cohort) keeps the latest assessment of each system, and names on stderr
//!   each one it leaves out. Without it, two assessments of one system are refused.
//! - `--on DATE` (plan review) sets the review date; the default is the assessment's.
//! - `--out FILE` (plan draft) writes to a file; `--format xlsx --out FILE.xlsx` writes
//!   the workbook of the assessment with the drafted plan (feature `xlsx`).
//! - `--previous`, `--partners`, `--plan` (board) add the parts of the board report (see
//!   [`reports`](super::reports)). `--partners` takes the files after it, up to the next
//!   option.
//!
//! A partner's file with no `respondent` is labelled by its file name, or by enough of
//! its path to tell two of one name apart, and the example says so on stderr.
//!
//! With feature `xlsx`, every example that reads an assessment reads a workbook too
//! (a file whose name ends in `.xlsx`), and a plan is read from a workbook's
//! `Action plan` sheet.
//!
//! # Some commands
//!
//! ```sh
//! cargo run --example export -- json
//! cargo run --example evaluate -- examples/data/riverside-2026.json --target maturing
//! cargo run --example evaluate -- examples/data/riverside-2026.json --format html > target/riverside.html
//! cargo run --example compare -- examples/data/riverside-2025.json examples/data/riverside-2026.json
//! cargo run --example cohort -- examples/data/*-2026.json
//! cargo run --example cohort -- --latest examples/data/*.json
//! cargo run --example perspectives -- examples/data/riverside-partners/*.json --format markdown
//! cargo run --example plan -- draft examples/data/riverside-2025.json > target/plan.json
//! cargo run --example plan -- review examples/data/plans/riverside-plan-2025.json examples/data/riverside-2026.json --format markdown
//! cargo run --example board -- examples/data/riverside-2026.json \
//!     --previous examples/data/riverside-2025.json \
//!     --partners examples/data/riverside-partners/*.json \
//!     --plan examples/data/plans/riverside-plan-2025.json > target/board.html
//! cargo run --example local_edition -- examples/data/riverside-2026.json examples/data/lakeside/lakeside-2026.json
//! ```
//!
//! Workbooks (feature `xlsx`):
//!
//! ```sh
//! cargo run --example workbook --features xlsx -- blank target/blank.xlsx
//! cargo run --example workbook --features xlsx -- blank target/riverside.xlsx --from examples/data/riverside-2026.json
//! cargo run --example workbook --features xlsx -- read target/riverside.xlsx
//! cargo run --example evaluate --features xlsx -- target/riverside.xlsx
//! cargo run --example plan --features xlsx -- draft examples/data/riverside-2025.json --format xlsx --out target/plan.xlsx
//! cargo run --example plan --features xlsx -- review target/plan.xlsx target/plan.xlsx
//! ```
//!
//! Files the commands write go under `target/`, which git ignores.
//!
//! # Exit statuses
//!
//! | status | when |
//! | --- | --- |
//! | 0 | success; also when the reader of the output closes the pipe early (`evaluate FILE \| head -1`): it has all it wanted |
//! | 1 | bad input, or output that cannot be written (a full disk): a one-line error on stderr |
//! | 2 | bad usage: a one-line error on stderr, ending with the usage |
//!
//! # Benchmarks
//!
//! The repository holds benchmarks against a baseline that parses a data file at
//! start-up into string-keyed maps; `BENCHMARKS.md` there has the figures, the machine
//! and how to reproduce them.
//!
//! ```sh
//! cargo bench --bench evaluate                   # about 5 minutes
//! cargo bench --bench cohort                     # 10 to 10 000 systems; about 3 minutes
//! cargo bench --bench workbook --features xlsx   # about 1 minute
//! ```
