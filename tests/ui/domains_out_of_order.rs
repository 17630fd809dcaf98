mhics::matrix! {
    pub const ONE: Domain = domain "1" {
        title: "T",
        partners: "P",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [
        "1.1" {
            title: "S",
            developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a", "1.1-D2" => "b" } ] },
            maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
            thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
            references: [],
        },
        ],
    };
}
mhics::matrix! {
    pub const TWO: Domain = domain "2" {
        title: "T",
        partners: "P",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [
        "2.1" {
            title: "S",
            developing: { headline: "H", themes: [ "A" { "2.1-D1" => "a", "2.1-D2" => "b" } ] },
            maturing: { headline: "H", themes: [ "A" { "2.1-M1" => "a" } ] },
            thriving: { headline: "H", themes: [ "A" { "2.1-T1" => "a" } ] },
            references: [],
        },
        ],
    };
}

mhics::matrix! {
    pub const MATRIX: Matrix = matrix "m" {
        title: "T",
        version: "1",
        levels: {
            developing: { name: "Developing", description: "d" },
            maturing: { name: "Maturing", description: "m" },
            thriving: { name: "Thriving", description: "t" },
        },
        high_level_themes: [],
        domains: [TWO, ONE],
    };
}

fn main() {}
