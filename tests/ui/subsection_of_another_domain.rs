mhics::matrix! {
    pub const D: Domain = domain "1" {
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

fn main() {}
