//! Two small editions of a fictional "team review" matrix and a migration between them
//! that uses every kind of rule.
//!
//! | first edition | second edition | rule |
//! | --- | --- | --- |
//! | 1.1-D1, 1.1-D2, 1.2-T1 | the same | identity |
//! | 1.1-D3 | 1.1-D4 | moved |
//! | 1.1-M1, 1.1-M2 | 1.1-M3 | merged |
//! | 1.1-T1 | 1.1-T2, 1.1-T3 | split |
//! | 1.2-D1 | 1.2-D1 (reworded) | review |
//! | 1.2-M1 | | retired |
//! | | 1.1-D5, 1.1-M4, 1.2-M2, 2.1-D1, 2.1-M1, 2.1-T1 | new |
//!
//! The second edition declares the IDs it no longer has as `retired`: IDs are never
//! reused, so they leave gaps in its numbering.

#![allow(dead_code)]

mhics::matrix! {
    pub const FIRST_DOMAIN: Domain = domain "1" {
        title: "Working together",
        partners: "Everyone on the team.",
        overview: { developing: ["Starting out."], maturing: [], thriving: [] },
        subsections: [
            "1.1" {
                title: "Shared purpose",
                developing: { headline: "A purpose exists.", themes: [
                    "Purpose" { "1.1-D1" => "The team has written down its purpose.", "1.1-D2" => "Everyone has read it." },
                    "Review" { "1.1-D3" => "The purpose is reviewed yearly." },
                ] },
                maturing: { headline: "The purpose guides work.", themes: [
                    "Planning" { "1.1-M1" => "Plans cite the purpose.", "1.1-M2" => "Priorities follow from it." },
                ] },
                thriving: { headline: "The purpose is lived.", themes: [
                    "Culture" { "1.1-T1" => "New starters learn the purpose and the plans in their first week." },
                ] },
                references: [],
            },
            "1.2" {
                title: "Meetings",
                developing: { headline: "Meetings happen.", themes: [ "Rhythm" { "1.2-D1" => "The team meets weekly." } ] },
                maturing: { headline: "Meetings decide.", themes: [ "Rhythm" { "1.2-M1" => "Meetings have minutes." } ] },
                thriving: { headline: "Meetings are short.", themes: [ "Rhythm" { "1.2-T1" => "Meetings end on time." } ] },
                references: [],
            },
        ],
    };
}

mhics::matrix! {
    /// The first edition.
    pub const FIRST: Matrix = matrix "team-review" {
        edition: REVIEW_FIRST,
        title: "Team review",
        version: "1",
        levels: {
            developing: { name: "Developing", description: "Starting." },
            maturing: { name: "Maturing", description: "Growing." },
            thriving: { name: "Thriving", description: "Grown." },
        },
        high_level_themes: [],
        domains: [FIRST_DOMAIN],
    };
}

mhics::matrix! {
    pub const SECOND_DOMAIN_1: Domain = domain "1" {
        title: "Working together",
        partners: "Everyone on the team.",
        overview: { developing: ["Starting out."], maturing: [], thriving: [] },
        subsections: [
            "1.1" {
                title: "Shared purpose",
                developing: { headline: "A purpose exists.", retired: ["1.1-D3"], themes: [
                    "Purpose" { "1.1-D1" => "The team has written down its purpose.", "1.1-D2" => "Everyone has read it." },
                    "Review" { "1.1-D4" => "The purpose is reviewed every year.", "1.1-D5" => "The purpose names who it serves." },
                ] },
                maturing: { headline: "The purpose guides work.", retired: ["1.1-M1", "1.1-M2"], themes: [
                    "Planning" { "1.1-M3" => "Plans and priorities follow from the purpose.", "1.1-M4" => "Budgets cite the purpose." },
                ] },
                thriving: { headline: "The purpose is lived.", retired: ["1.1-T1"], themes: [
                    "Culture" { "1.1-T2" => "New starters learn the purpose in their first week.", "1.1-T3" => "New starters learn the plans in their first week." },
                ] },
                references: [],
            },
            "1.2" {
                title: "Meetings",
                developing: { headline: "Meetings happen.", themes: [ "Rhythm" { "1.2-D1" => "The team meets every week, in person or online." } ] },
                maturing: { headline: "Meetings decide.", retired: ["1.2-M1"], themes: [ "Rhythm" { "1.2-M2" => "Decisions are recorded where everyone can see them." } ] },
                thriving: { headline: "Meetings are short.", themes: [ "Rhythm" { "1.2-T1" => "Meetings end on time." } ] },
                references: [],
            },
        ],
    };
}

mhics::matrix! {
    pub const SECOND_DOMAIN_2: Domain = domain "2" {
        title: "Learning",
        partners: "Everyone on the team.",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [
            "2.1" {
                title: "Retrospectives",
                developing: { headline: "Looking back.", themes: [ "Habit" { "2.1-D1" => "The team holds retrospectives." } ] },
                maturing: { headline: "Acting on it.", themes: [ "Habit" { "2.1-M1" => "Actions are followed up." } ] },
                thriving: { headline: "Sharing it.", themes: [ "Habit" { "2.1-T1" => "Lessons are shared with other teams." } ] },
                references: [],
            },
        ],
    };
}

mhics::matrix! {
    /// The second edition.
    pub const SECOND: Matrix = matrix "team-review" {
        edition: REVIEW_SECOND,
        title: "Team review",
        version: "2",
        levels: {
            developing: { name: "Developing", description: "Starting." },
            maturing: { name: "Maturing", description: "Growing." },
            thriving: { name: "Thriving", description: "Grown." },
        },
        high_level_themes: [],
        domains: [SECOND_DOMAIN_1, SECOND_DOMAIN_2],
    };
}

mhics::migration! {
    /// From the first edition to the second, with every kind of rule.
    pub const FIRST_TO_SECOND: Migration = REVIEW_FIRST => REVIEW_SECOND {
        "1.1-D3" => "1.1-D4";
        "1.1-M1", "1.1-M2" => "1.1-M3";
        "1.1-T1" => ["1.1-T2", "1.1-T3"];
        review "1.2-D1";
        retire "1.2-M1";
    };
}
