// Two editions of a set with the same matrix ID and version: a file of either could not
// be told apart, so the set does not compile.
mhics::matrix! {
    pub const D: Domain = domain "1" {
        title: "T", partners: "P",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [ "1.1" {
            title: "S",
            developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a" } ] },
            maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
            thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
            references: [],
        } ],
    };
}
mhics::matrix! {
    pub const ONE: Matrix = matrix "local" {
        edition: One, title: "One", version: "1",
        levels: {
            developing: { name: "Developing", description: "" },
            maturing: { name: "Maturing", description: "" },
            thriving: { name: "Thriving", description: "" },
        },
        high_level_themes: [], domains: [D],
    };
}
mhics::matrix! {
    pub const COPY: Matrix = matrix "local" {
        edition: Copy1, title: "A copy", version: "1",
        levels: {
            developing: { name: "Developing", description: "" },
            maturing: { name: "Maturing", description: "" },
            thriving: { name: "Thriving", description: "" },
        },
        high_level_themes: [], domains: [D],
    };
}
mhics::editions! {
    pub enum Known { One, Copy1 }
}

fn main() {}
