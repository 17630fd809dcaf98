//! A small edition whose levels retire IDs at the start, in the middle and at the end,
//! and a level whose first IDs are all retired (`1.1` developing keeps only `1.1-D3` and
//! `1.1-D4`), with a theme per kept criterion in some levels so that positions and
//! numbers never agree after a retired ID.
//!
//! | level | retired | kept |
//! | --- | --- | --- |
//! | 1.1 developing | D1, D2 (all the first) | D3, D4 |
//! | 1.1 maturing | M2 (middle) | M1, M3 |
//! | 1.1 thriving | T3 (end) | T1, T2 |
//! | 1.2 developing | D1 (start) | D2, D3 |
//! | 1.2 maturing | M2, M4 (middle, end) | M1, M3 |
//! | 1.2 thriving | none | T1, T2 |
//! | 2.1 developing | D1, D2 | D3 |
//! | 2.1 maturing | none | M1 |
//! | 2.1 thriving | T1 | T2, T3 |

#![allow(dead_code)]

mhics::matrix! {
    pub const RETIRED_DOMAIN_1: Domain = domain "1" {
        title: "Working together",
        partners: "Every partner.",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [
            "1.1" {
                title: "Shared purpose",
                developing: { headline: "A purpose exists.", retired: ["1.1-D1", "1.1-D2"], themes: [
                    "Purpose" { "1.1-D3" => "The purpose is written down." },
                    "Review" { "1.1-D4" => "The purpose is reviewed every year." },
                ] },
                maturing: { headline: "The purpose guides work.", retired: ["1.1-M2"], themes: [
                    "Planning" { "1.1-M1" => "Plans cite the purpose.", "1.1-M3" => "Budgets cite the purpose." },
                ] },
                thriving: { headline: "The purpose is lived.", retired: ["1.1-T3"], themes: [
                    "Culture" { "1.1-T1" => "New starters learn the purpose." },
                    "Voice" { "1.1-T2" => "People who use services shape the purpose." },
                ] },
                references: [],
            },
            "1.2" {
                title: "Meetings",
                developing: { headline: "Meetings happen.", retired: ["1.2-D1"], themes: [
                    "Rhythm" { "1.2-D2" => "The partners meet every month." },
                    "Record" { "1.2-D3" => "Each meeting is minuted." },
                ] },
                maturing: { headline: "Meetings decide.", retired: ["1.2-M2", "1.2-M4"], themes: [
                    "Rhythm" { "1.2-M1" => "Decisions are recorded where everyone can see them." },
                    "Follow-up" { "1.2-M3" => "Each decision has an owner." },
                ] },
                thriving: { headline: "Meetings are short.", themes: [
                    "Rhythm" { "1.2-T1" => "Meetings end on time.", "1.2-T2" => "Papers go out a week ahead." },
                ] },
                references: [],
            },
        ],
    };
}

mhics::matrix! {
    pub const RETIRED_DOMAIN_2: Domain = domain "2" {
        title: "Learning",
        partners: "Every partner.",
        overview: { developing: [], maturing: [], thriving: [] },
        subsections: [
            "2.1" {
                title: "Retrospectives",
                developing: { headline: "Looking back.", retired: ["2.1-D1", "2.1-D2"], themes: [
                    "Habit" { "2.1-D3" => "The partners hold retrospectives." },
                ] },
                maturing: { headline: "Acting on it.", themes: [ "Habit" { "2.1-M1" => "Actions are followed up." } ] },
                thriving: { headline: "Sharing it.", retired: ["2.1-T1"], themes: [
                    "Habit" { "2.1-T2" => "Lessons are shared with other systems.", "2.1-T3" => "Lessons are published." },
                ] },
                references: [],
            },
        ],
    };
}

mhics::matrix! {
    /// An edition with retired IDs everywhere a level can have them.
    pub const RETIRED: Matrix = matrix "retired-test" {
        edition: RETIRED_2027,
        title: "An edition with retired IDs",
        version: "2027",
        levels: {
            developing: { name: "Developing", description: "Starting." },
            maturing: { name: "Maturing", description: "Growing." },
            thriving: { name: "Thriving", description: "Grown." },
        },
        high_level_themes: [],
        domains: [RETIRED_DOMAIN_1, RETIRED_DOMAIN_2],
    };
}

/// Every retired ID of the edition.
pub const RETIRED_IDS: [&str; 10] = [
    "1.1-D1", "1.1-D2", "1.1-M2", "1.1-T3", "1.2-D1", "1.2-M2", "1.2-M4", "2.1-D1", "2.1-D2",
    "2.1-T1",
];

/// IDs the edition never had (past the end of a level, or of a sub-section or domain it
/// lacks).
pub const UNKNOWN_IDS: [&str; 8] = [
    "1.1-D5", "1.1-M4", "1.1-T4", "1.2-M5", "2.1-T4", "1.3-D1", "3.1-D1", "2.1-D64",
];
