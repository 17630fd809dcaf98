// A sub-section numbered "1.3" where "1.2" belongs, its criteria numbered for 1.2: the
// sub-section's number is what is wrong, and the error says so.
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
        "1.3" {
            title: "S",
            developing: { headline: "H", themes: [ "A" { "1.2-D1" => "a" } ] },
            maturing: { headline: "H", themes: [ "A" { "1.2-M1" => "a" } ] },
            thriving: { headline: "H", themes: [ "A" { "1.2-T1" => "a" } ] },
            references: [],
        },
        ],
    };
}

fn main() {}
