//! A malformed matrix does not compile, and the error names the row at fault.

#[test]
fn malformed_matrices_fail_to_compile() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
