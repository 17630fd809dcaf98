//! A malformed matrix or migration does not compile, and the error names the row at
//! fault: each case in `tests/ui` with the compiler's output it expects.
//!
//! The expected output holds the compiler's own wording (`evaluation panicked`, the
//! paths of the standard library), which changes between compiler releases for reasons
//! that are not the crate's. So these cases are not part of `cargo test`: they run in
//! their own step of `.ci/run`, on the toolchain they were written for (Rust 1.95), as
//!
//! ```sh
//! cargo test --test compile_fail -- --ignored
//! ```
//!
//! and on another toolchain their `.stderr` files are regenerated with
//! `TRYBUILD=overwrite` and read line by line.

#[test]
#[ignore = "the compiler's wording: run on Rust 1.95 with `-- --ignored` (see .ci/run)"]
fn malformed_matrices_and_migrations_fail_to_compile() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
