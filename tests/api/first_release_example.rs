//! The crate-docs example of the first release, verbatim: code written for the built-in
//! edition before editions existed keeps compiling and means the same.

#[test]
#[rustfmt::skip]
fn the_first_crate_docs_example_still_compiles_and_runs() -> Result<(), Box<dyn std::error::Error>> {
    use mhics::{evaluate, gaps, Assessment, Level, Status, Target, MATRIX};

    // Every word of the matrix is compiled in.
    let criterion = MATRIX.criterion("1.1-D1".parse()?).expect("in the matrix");
    assert!(criterion.text().starts_with("The importance of mental health"));

    // A self-assessment, built in code (or read with `Assessment::from_json`).
    let mut builder = Assessment::builder("North Central London");
    for c in MATRIX.subsection("1.1".parse()?).expect("in the matrix").level(Level::Developing).criteria() {
        builder = builder.respond(c.id().to_string(), Status::Met);
    }
    let assessment = builder.respond("1.1-M1", Status::Partial).build()?;

    let evaluation = evaluate(&assessment);
    let s = evaluation.subsection("1.1".parse()?).expect("in the matrix");
    assert_eq!(s.attained(), Some(Level::Developing));
    assert_eq!(s.next(), Some(Level::Maturing));
    assert_eq!(evaluation.overall(), None); // other sub-sections have not attained Developing

    // What stands between 1.1 and Maturing, in matrix order.
    let first = gaps(&assessment, Target::Next)
        .find(|g| g.subsection() == s.id())
        .expect("1.1 has gaps toward Maturing");
    assert_eq!(first.criterion.id().to_string(), "1.1-M1");
    assert_eq!(first.status.as_str(), "partial");
    Ok(())
}
