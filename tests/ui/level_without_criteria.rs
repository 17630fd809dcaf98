mhics::matrix! {
    pub const D: Domain = domain "1" {
        title: "T",
        partners: "P",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [
        "1.1" {
            title: "S",
            developing: { headline: "H", themes: [] },
            maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
            thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
            references: [],
        },
        ],
    };
}

fn main() {}
