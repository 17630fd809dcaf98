// An assessment of one edition is never evaluated, compared or put in a cohort with
// another edition's content: mixing them is a type error.
mhics::matrix! {
    pub const D: Domain = domain "1" {
        title: "T",
        partners: "P",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [
        "1.1" {
            title: "S",
            developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a" } ] },
            maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
            thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
            references: [],
        },
        ],
    };
}

mhics::matrix! {
    pub const LOCAL: Matrix = matrix "local" {
        edition: Local,
        title: "A local edition",
        version: "1",
        levels: {
            developing: { name: "Developing", description: "" },
            maturing: { name: "Maturing", description: "" },
            thriving: { name: "Thriving", description: "" },
        },
        high_level_themes: [],
        domains: [D],
    };
}

fn main() -> Result<(), mhics::Error> {
    let local = mhics::Assessment::builder_in(Local, "Lakeside").build()?;
    let built_in = mhics::Assessment::builder("Lakeside").build()?;
    let _ = mhics::compare(&built_in, &local)?;
    let _ = mhics::Cohort::new([&built_in, &local])?;
    Ok(())
}
