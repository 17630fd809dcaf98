//! The matrix DSL: [`matrix!`](crate::matrix) and the compile-time checks behind it.

/// Declares matrix content as `const` data, checked when the crate compiles.
///
/// One invocation declares either one **domain** or the **matrix** that gathers the
/// domains. The structure is part of the grammar: every sub-section states its three
/// levels in the order `developing`, `maturing`, `thriving`, each with a headline and at
/// least one theme of at least one criterion. A missing or misplaced level is a syntax
/// error at that row.
///
/// # A domain
///
/// ```
/// mhics::matrix! {
///     /// A one-sub-section domain.
///     pub const DOMAIN_1: Domain = domain "1" {
///         title: "System Leadership, Partnerships and Change Capability",
///         partners: "The system / all partners refers to the: NHS, local authority, ...",
///         overview: {
///             developing: ["The ICS has a clear vision ...", "A second paragraph."],
///             maturing: ["The ICS has a clear, shared set of system outcomes ..."],
///             thriving: [],
///         },
///         subsections: [
///             "1.1" {
///                 title: "Strong collaborative and inclusive system leadership and governance",
///                 developing: {
///                     headline: "All system leaders signed up to working together.",
///                     themes: [
///                         "Collaboration" {
///                             "1.1-D1" => "The importance of mental health is understood.",
///                             "1.1-D2" => "ICS leaders engage service users.",
///                         },
///                         "Governance" {
///                             "1.1-D3" => "A Mental Health Board reports into the ICS Partnership Board.",
///                         },
///                     ],
///                 },
///                 maturing: {
///                     headline: "Collaborative and inclusive system leadership and governance.",
///                     themes: [
///                         // A criterion may carry sub-points, and text after them.
///                         "Vision" {
///                             "1.1-M1" => "The vision explicitly includes a commitment to:"
///                                 ["improving mental health outcomes,", "reducing health inequalities"]
///                                 then "This is underpinned by population health management",
///                         },
///                         // A theme may open with words that only introduce its criteria.
///                         "2. Reduce pressure on emergency hospital services"
///                             intro "Partners are committed to:" {
///                             "1.1-M2" => "Reducing avoidable A&E attendances.",
///                         },
///                     ],
///                 },
///                 thriving: {
///                     headline: "Strong collaborative and inclusive system leadership.",
///                     themes: [
///                         "Leadership" { "1.1-T1" => "Service user co-production drives change." },
///                     ],
///                 },
///                 references: ["https://www.thriveldn.co.uk/"],
///             },
///         ],
///     };
/// }
///
/// assert_eq!(DOMAIN_1.subsections()[0].level(mhics::Level::Maturing).criterion_count(), 2);
/// ```
///
/// Criterion IDs are written out, never computed: `<sub-section>-<D|M|T><n>`, with `n`
/// counting from 1 within the sub-section and level, across its themes. Sub-sections are
/// numbered from 1 within their domain, in order. Each of these is checked in one pass
/// over the rows, and a row that breaks one stops the build with a message naming it:
///
/// ```compile_fail
/// mhics::matrix! {
///     pub const D: Domain = domain "1" {
///         title: "T", partners: "P",
///         overview: { developing: [], maturing: [], thriving: [] },
///         subsections: [
///             "1.1" {
///                 title: "S",
///                 developing: { headline: "H", themes: [
///                     // error: `1.1-D3` is misnumbered (it should be `1.1-D2`)
///                     "A" { "1.1-D1" => "a", "1.1-D3" => "b" },
///                 ] },
///                 maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
///                 thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
///                 references: [],
///             },
///         ],
///     };
/// }
/// ```
///
/// ```compile_fail
/// mhics::matrix! {
///     pub const D: Domain = domain "1" {
///         title: "T", partners: "P",
///         overview: { developing: [], maturing: [], thriving: [] },
///         subsections: [
///             "1.1" {
///                 title: "S",
///                 developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a" } ] },
///                 // error: levels must come developing, maturing, thriving
///                 thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
///                 maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
///                 references: [],
///             },
///         ],
///     };
/// }
/// ```
///
/// # The matrix
///
/// ```
/// # mhics::matrix! {
/// #     pub const DOMAIN_1: Domain = domain "1" {
/// #         title: "T", partners: "P",
/// #         overview: { developing: [], maturing: [], thriving: [] },
/// #         subsections: [
/// #             "1.1" {
/// #                 title: "S",
/// #                 developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a" } ] },
/// #                 maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
/// #                 thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
/// #                 references: [],
/// #             },
/// #         ],
/// #     };
/// # }
/// mhics::matrix! {
///     /// The whole matrix.
///     pub const MATRIX: Matrix = matrix "example" {
///         title: "An example matrix",
///         version: "1",
///         levels: {
///             developing: { name: "Developing", description: "Working towards maturing." },
///             maturing: { name: "Maturing", description: "Done before April 2021." },
///             thriving: { name: "Thriving", description: "The most mature." },
///         },
///         high_level_themes: [
///             "Population health": ["The system understands its population's needs."],
///         ],
///         domains: [DOMAIN_1],
///     };
/// }
///
/// assert_eq!(MATRIX.criterion_count(), 3);
/// ```
#[macro_export]
macro_rules! matrix {
    (
        $(#[$attr:meta])*
        $vis:vis const $name:ident : Domain = domain $domain:literal {
            title: $title:literal,
            partners: $partners:literal,
            overview: {
                developing: [$($overview_d:literal),* $(,)?],
                maturing: [$($overview_m:literal),* $(,)?],
                thriving: [$($overview_t:literal),* $(,)?] $(,)?
            },
            subsections: [
                $(
                    $sub:literal {
                        title: $sub_title:literal,
                        developing: $developing:tt,
                        maturing: $maturing:tt,
                        thriving: $thriving:tt,
                        references: [$($reference:literal),* $(,)?] $(,)?
                    }
                ),+ $(,)?
            ] $(,)?
        };
    ) => {
        $(#[$attr])*
        $vis const $name: $crate::Domain = $crate::Domain::__new(
            $crate::__private::domain_id(
                $domain,
                concat!("domain ID `", $domain, "` is not a number counting from 1, e.g. \"1\""),
            ),
            $title,
            $partners,
            [&[$($overview_d),*], &[$($overview_m),*], &[$($overview_t),*]],
            &[$(
                $crate::SubSection::__new(
                    $crate::__private::subsection_id(
                        $sub,
                        concat!("sub-section ID `", $sub, "` is not of the form <domain>.<n>, e.g. \"1.1\""),
                    ),
                    $sub_title,
                    [
                        $crate::__matrix_level!($sub, Developing, $developing),
                        $crate::__matrix_level!($sub, Maturing, $maturing),
                        $crate::__matrix_level!($sub, Thriving, $thriving),
                    ],
                    &[$($reference),*],
                )
            ),+],
        );

        const _: () = $crate::__private::check_domain(
            &$name,
            &[$(concat!(
                "sub-section `", $sub, "` is out of place in domain ", $domain,
                ": its sub-sections must be numbered ", $domain, ".1, ", $domain, ".2, ... in order"
            )),+],
        );
    };

    (
        $(#[$attr:meta])*
        $vis:vis const $name:ident : Matrix = matrix $id:literal {
            $(edition: $edition:ident,)?
            title: $title:literal,
            version: $version:literal,
            levels: {
                developing: { name: $name_d:literal, description: $description_d:literal $(,)? },
                maturing: { name: $name_m:literal, description: $description_m:literal $(,)? },
                thriving: { name: $name_t:literal, description: $description_t:literal $(,)? } $(,)?
            },
            high_level_themes: [
                $($theme:literal : [$($statement:literal),+ $(,)?]),* $(,)?
            ],
            domains: [$($domain:path),+ $(,)?] $(,)?
        };
    ) => {
        $(#[$attr])*
        $vis const $name: $crate::Matrix = $crate::Matrix::__new(
            $id,
            $title,
            $version,
            [
                $crate::LevelInfo::__new($crate::Level::Developing, $name_d, $description_d),
                $crate::LevelInfo::__new($crate::Level::Maturing, $name_m, $description_m),
                $crate::LevelInfo::__new($crate::Level::Thriving, $name_t, $description_t),
            ],
            &[$($crate::HighLevelTheme::__new($theme, &[$($statement),+])),*],
            &[$($domain),+],
        );

        const _: () = $crate::__private::check_matrix(
            &$name,
            &[$(concat!(
                "domain `", stringify!($domain), "` is out of place: ",
                "the domains must be numbered 1, 2, ... in order"
            )),+],
        );

        $(
            #[doc = concat!(
                "The edition `", $id, "` ", $version, " of the matrix: its content is [`",
                stringify!($name), "`]. Names the edition in assessments, evaluations, comparisons and cohorts."
            )]
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
            $vis struct $edition;

            const _: () = {
                use $crate::__private::{layout, DomainId, Entry, Layout, SubSectionId};
                const CRITERIA: usize = $name.criterion_count();
                const WORDS: usize = layout::words(&$name);
                const SUBSECTIONS: usize = $name.subsection_count();
                const DOMAINS: usize = $name.domains().len();
                const ENTRIES: [Entry; CRITERIA] = layout::entries::<CRITERIA>(&$name);
                const STARTS: [u32; WORDS + 1] = layout::starts::<{ WORDS + 1 }>(&$name);
                const VALID: [u64; WORDS] = layout::valid::<WORDS>(&$name);
                const SUBSECTION_IDS: [SubSectionId; SUBSECTIONS] =
                    layout::subsection_ids::<SUBSECTIONS>(&$name);
                const DOMAIN_STARTS: [u32; DOMAINS + 1] =
                    layout::domain_starts::<{ DOMAINS + 1 }>(&$name);
                const DOMAIN_IDS: [DomainId; DOMAINS] = layout::domain_ids::<DOMAINS>(&$name);
                const LAYOUT: Layout = Layout::__new(
                    &ENTRIES,
                    &STARTS,
                    &VALID,
                    &SUBSECTION_IDS,
                    &DOMAIN_STARTS,
                    &DOMAIN_IDS,
                );

                impl $crate::Edition for $edition {
                    const MATRIX: &'static $crate::Matrix = &$name;
                    type Set = [u64; WORDS];
                    const EMPTY: [u64; WORDS] = [0; WORDS];
                    const LAYOUT: &'static Layout = &LAYOUT;
                }
            };
        )?
    };
}

/// One level of one sub-section (hidden helper of [`matrix!`]).
#[doc(hidden)]
#[macro_export]
macro_rules! __matrix_level {
    (
        $sub:literal, $level:ident,
        {
            headline: $headline:literal,
            $(retired: [$($retired:literal),* $(,)?],)?
            themes: [
                $(
                    $theme:literal $(intro $intro:literal)? {
                        $(
                            $id:literal => $text:literal
                                $([$($point:literal),* $(,)?])?
                                $(then $closing:literal)?
                        ),* $(,)?
                    }
                ),* $(,)?
            ] $(,)?
        }
    ) => {
        $crate::__private::level(
            $crate::__private::subsection_id($sub, ""),
            $crate::Level::$level,
            $headline,
            &[$($($crate::__private::criterion_id($retired, "retired criterion ID `")),*)?],
            &[$(
                $crate::Theme::__new(
                    $theme,
                    $crate::__private::optional(&[$($intro)?]),
                    &[$(
                        $crate::Criterion::__new(
                            $crate::__private::criterion_id($id, "criterion ID `"),
                            $text,
                            &[$($($point),*)?],
                            $crate::__private::optional(&[$($closing)?]),
                        )
                    ),*],
                )
            ),*],
        )
    };
}

/// Compile-time helpers of [`matrix!`]. Not part of the API.
#[doc(hidden)]
pub mod __private {
    pub use crate::id::{DomainId, SubSectionId};
    pub use crate::layout::{Entry, Layout};

    use crate::id::CriterionId;
    use crate::layout::LEVEL_CAPACITY;
    use crate::level::Level;
    use crate::message::Message;
    use crate::model::{Domain, LevelContent, Matrix, Theme};

    /// The compile-time checks of a migration.
    pub mod migration {
        pub use crate::message::Message;
        pub use crate::migration::{
            check, sorted_sources, sorted_targets, source_count, target_count,
        };
    }

    /// The functions that build an edition's layout tables.
    pub mod layout {
        pub use crate::layout::{
            domain_ids, domain_starts, entries, starts, subsection_ids, valid, words,
        };
    }

    /// The first element, if any (for `$(...)?` fragments).
    pub const fn optional(items: &[&'static str]) -> Option<&'static str> {
        match items {
            [] => None,
            [item, ..] => Some(item),
        }
    }

    /// Parses a domain ID, failing the build with `message` when malformed.
    pub const fn domain_id(s: &str, message: &str) -> DomainId {
        match DomainId::parse(s) {
            Some(id) => id,
            None => panic!("{}", message),
        }
    }

    /// Parses a sub-section ID, failing the build with `message` when malformed.
    pub const fn subsection_id(s: &str, message: &str) -> SubSectionId {
        match SubSectionId::parse(s) {
            Some(id) => id,
            None => panic!("{}", message),
        }
    }

    /// Parses a criterion ID, failing the build with a message that begins with
    /// `lead` (e.g. "criterion ID `") and names `s` when malformed.
    pub const fn criterion_id(s: &str, lead: &str) -> CriterionId {
        match CriterionId::parse(s) {
            Some(id) => id,
            None => {
                let message = Message::NONE
                    .push_str(lead)
                    .push_str(s)
                    .push_str("` is not of the form <sub-section>-<D|M|T><n>, e.g. \"1.1-D1\"");
                panic!("{}", message.as_str())
            }
        }
    }

    /// `the <level> level of sub-section <sub>`.
    const fn where_(sub: SubSectionId, level: Level) -> Message {
        Message::NONE
            .push_str("the ")
            .push_str(level.as_str())
            .push_str(" level of sub-section ")
            .push_subsection(sub)
    }

    /// Fails the build: `id` is not the next ID of its level.
    const fn misnumbered(lead: &str, id: CriterionId, sub: SubSectionId, level: Level) -> ! {
        let first = CriterionId::new(sub, level, 1);
        let second = CriterionId::new(sub, level, 2);
        let message = Message::NONE
            .push_str(lead)
            .push_id(id)
            .push_str("` does not fit where it stands: the ")
            .push_str(level.as_str())
            .push_str(" criteria of sub-section ")
            .push_subsection(sub)
            .push_str(" must be numbered ")
            .push_id(first)
            .push_str(", ")
            .push_id(second)
            .push_str(", ... in order");
        panic!("{}", message.as_str())
    }

    /// Fails the build: `message` then `, the most one level can hold` and so on.
    const fn too_many(sub: SubSectionId, level: Level) -> ! {
        let message = where_(sub, level).push_str(
            " numbers more than 64 criteria (retired IDs included), the most one level can hold",
        );
        panic!("{}", message.as_str())
    }

    /// Checks the retired IDs from `retired[next]` numbered up to `up_to`, each the next
    /// number in order (`expected`), failing the build otherwise; returns where the
    /// retired IDs and the numbering then stand.
    const fn skip_retired(
        sub: SubSectionId,
        level: Level,
        retired: &[CriterionId],
        mut next: usize,
        mut expected: usize,
        up_to: u8,
    ) -> (usize, usize) {
        while next < retired.len() && retired[next].number() <= up_to {
            if expected > LEVEL_CAPACITY {
                too_many(sub, level);
            }
            let gone = retired[next];
            if !gone.const_eq(CriterionId::new(sub, level, expected as u8)) {
                misnumbered("retired criterion ID `", gone, sub, level);
            }
            expected += 1;
            next += 1;
        }
        (next, expected)
    }

    /// Builds one level's content, checking in one pass that it has at least one
    /// criterion, every theme at least one, and that its criteria and retired IDs
    /// together are numbered `<sub>-<letter>1, 2, ...` in order up to 64 (the retired
    /// ones leave gaps; an ID seen before is reported as appearing twice). A mistake
    /// fails the build with a message naming the ID, theme or level.
    pub const fn level(
        sub: SubSectionId,
        level: Level,
        headline: &'static str,
        retired: &'static [CriterionId],
        themes: &'static [Theme],
    ) -> LevelContent {
        let mut expected: usize = 1;
        let mut next_retired = 0;
        let mut count = 0;
        let mut t = 0;
        while t < themes.len() {
            let criteria = themes[t].criteria();
            if criteria.is_empty() {
                let message = Message::NONE
                    .push_str("theme \"")
                    .push_str(themes[t].name())
                    .push_str("\" of ")
                    .push_str(where_(sub, level).as_str())
                    .push_str(" has no criteria: a theme needs at least one criterion");
                panic!("{}", message.as_str());
            }
            let mut c = 0;
            while c < criteria.len() {
                let id = criteria[c].id();
                // Retired numbers before this criterion's are skipped, in order.
                (next_retired, expected) =
                    skip_retired(sub, level, retired, next_retired, expected, id.number());
                if expected > LEVEL_CAPACITY {
                    too_many(sub, level);
                }
                if !id.const_eq(CriterionId::new(sub, level, expected as u8)) {
                    if id.subsection().const_eq(sub)
                        && id.level() as u8 == level as u8
                        && (id.number() as usize) < expected
                    {
                        let message = Message::NONE
                            .push_str("criterion ID `")
                            .push_id(id)
                            .push_str("` appears twice in ")
                            .push_str(where_(sub, level).as_str())
                            .push_str(": every criterion ID must be unique");
                        panic!("{}", message.as_str());
                    }
                    misnumbered("criterion ID `", id, sub, level);
                }
                expected += 1;
                count += 1;
                c += 1;
            }
            t += 1;
        }
        // Retired IDs after the last criterion.
        skip_retired(sub, level, retired, next_retired, expected, u8::MAX);
        if count == 0 {
            let message = where_(sub, level)
                .push_str(" has no criteria: a level needs at least one criterion");
            panic!("{}", message.as_str());
        }
        LevelContent::__new(level, headline, retired, themes)
    }

    /// Checks that a domain's sub-sections are numbered `<domain>.1, .2, ...` in order.
    pub const fn check_domain(domain: &Domain, messages: &[&str]) {
        let subsections = domain.subsections();
        let mut s = 0;
        while s < subsections.len() {
            let id = subsections[s].id();
            if s + 1 > u8::MAX as usize
                || !id.const_eq(SubSectionId::new(domain.id(), (s + 1) as u8))
            {
                panic!("{}", messages[s]);
            }
            s += 1;
        }
    }

    /// Checks that a matrix's domains are numbered 1, 2, ... in order.
    pub const fn check_matrix(matrix: &Matrix, messages: &[&str]) {
        let domains = matrix.domains();
        let mut d = 0;
        while d < domains.len() {
            if d + 1 > u8::MAX as usize || domains[d].id().number() as usize != d + 1 {
                panic!("{}", messages[d]);
            }
            d += 1;
        }
    }
}

/// Declares a [`Migration`](crate::Migration) from one edition to a later one, checked
/// when the crate compiles.
///
/// Criterion IDs are never renumbered, so an ID present in both editions carries its
/// answer across unchanged: the rules state only what else happens to the earlier
/// edition's IDs, one rule per line, each ending with `;`:
///
/// | rule | meaning |
/// | --- | --- |
/// | `"1.1-D3" => "1.1-D8";` | moved: the answer (status and note) moves to the new ID |
/// | `"1.2-M1", "1.2-M2" => "1.2-M9";` | merged: the new criterion gets the least-in-place answer, notes kept |
/// | `"2.1-T1" => ["2.1-T4", "2.1-T5"];` | split: the answer is copied to each, for review |
/// | `retire "3.3-D2";` | retired: the answer is not carried, and is listed |
/// | `review "1.4-M2";` | reworded: the answer carries across, and is listed for review |
///
/// ```
/// # mhics::matrix! {
/// #     pub const D1: Domain = domain "1" {
/// #         title: "T", partners: "P",
/// #         overview: { developing: [], maturing: [], thriving: [] },
/// #         subsections: [
/// #             "1.1" {
/// #                 title: "S",
/// #                 developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a", "1.1-D2" => "b", "1.1-D3" => "c" } ] },
/// #                 maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
/// #                 thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a", "1.1-T2" => "b", "1.1-T3" => "c" } ] },
/// #                 references: [],
/// #             },
/// #         ],
/// #     };
/// # }
/// # mhics::matrix! {
/// #     pub const D2: Domain = domain "1" {
/// #         title: "T", partners: "P",
/// #         overview: { developing: [], maturing: [], thriving: [] },
/// #         subsections: [
/// #             "1.1" {
/// #                 title: "S",
/// #                 developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a", "1.1-D2" => "b", "1.1-D3" => "c", "1.1-D4" => "merged" } ] },
/// #                 maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "reworded" } ] },
/// #                 thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
/// #                 references: [],
/// #             },
/// #         ],
/// #     };
/// # }
/// # mhics::matrix! {
/// #     pub const OLD: Matrix = matrix "example" {
/// #         edition: Old, title: "Old", version: "1",
/// #         levels: {
/// #             developing: { name: "Developing", description: "" },
/// #             maturing: { name: "Maturing", description: "" },
/// #             thriving: { name: "Thriving", description: "" },
/// #         },
/// #         high_level_themes: [], domains: [D1],
/// #     };
/// # }
/// # mhics::matrix! {
/// #     pub const NEW: Matrix = matrix "example" {
/// #         edition: New, title: "New", version: "2",
/// #         levels: {
/// #             developing: { name: "Developing", description: "" },
/// #             maturing: { name: "Maturing", description: "" },
/// #             thriving: { name: "Thriving", description: "" },
/// #         },
/// #         high_level_themes: [], domains: [D2],
/// #     };
/// # }
/// // Old has 1.1-D1..D3, 1.1-M1, 1.1-T1..T3; New has 1.1-D1..D4, 1.1-M1, 1.1-T1.
/// mhics::migration! {
///     /// From the first edition to the second.
///     pub const OLD_TO_NEW: Migration<Old, New> = {
///         "1.1-T2", "1.1-T3" => "1.1-D4";
///         review "1.1-M1";
///     };
/// }
///
/// let before = mhics::Assessment::builder_in(Old, "Example ICS")
///     .respond_with_note("1.1-T2", mhics::Status::Met, "in place")
///     .respond("1.1-T3", mhics::Status::Partial)
///     .respond("1.1-M1", mhics::Status::Met)
///     .build()?;
/// let migrated = OLD_TO_NEW.apply(&before);
/// assert_eq!(migrated.assessment.status("1.1-D4".parse()?), Some(mhics::Status::Partial));
/// assert_eq!(migrated.assessment.note("1.1-D4".parse()?), Some("1.1-T2: in place"));
/// let counts = migrated.report.counts();
/// assert_eq!((counts.merged, counts.review), (2, 1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Each mistake is a compile error that names the ID: an ID of the earlier edition that
/// the later one lacks and no rule names; a target the later edition lacks; an ID of
/// both editions retired, moved or merged away; an ID named twice.
///
/// ```compile_fail
/// # mhics::matrix! {
/// #     pub const D1: Domain = domain "1" {
/// #         title: "T", partners: "P",
/// #         overview: { developing: [], maturing: [], thriving: [] },
/// #         subsections: [
/// #             "1.1" {
/// #                 title: "S",
/// #                 developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a" } ] },
/// #                 maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
/// #                 thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
/// #                 references: [],
/// #             },
/// #         ],
/// #     };
/// # }
/// # mhics::matrix! {
/// #     pub const OLD: Matrix = matrix "example" {
/// #         edition: Old, title: "Old", version: "1",
/// #         levels: {
/// #             developing: { name: "Developing", description: "" },
/// #             maturing: { name: "Maturing", description: "" },
/// #             thriving: { name: "Thriving", description: "" },
/// #         },
/// #         high_level_themes: [], domains: [D1],
/// #     };
/// # }
/// # mhics::matrix! {
/// #     pub const NEW: Matrix = matrix "example" {
/// #         edition: New, title: "New", version: "2",
/// #         levels: {
/// #             developing: { name: "Developing", description: "" },
/// #             maturing: { name: "Maturing", description: "" },
/// #             thriving: { name: "Thriving", description: "" },
/// #         },
/// #         high_level_themes: [], domains: [D1],
/// #     };
/// # }
/// mhics::migration! {
///     pub const OLD_TO_NEW: Migration<Old, New> = {
///         // error: migration: `1.1-D1` is in both editions, so it carries its answer
///         // across: only `review` may name it
///         retire "1.1-D1";
///     };
/// }
/// ```
#[macro_export]
macro_rules! migration {
    (
        $(#[$attr:meta])*
        $vis:vis const $name:ident : Migration<$from:ty, $to:ty> = {
            $( $($kw:ident)? $($id:literal),+ $(=> $target:tt)? );* $(;)?
        };
    ) => {
        $(#[$attr])*
        $vis const $name: $crate::Migration<$from, $to> = $crate::Migration::__new(&[
            $( $crate::__migration_rule!($($kw)? [$($id),+] $(=> $target)?) ),*
        ]);

        const _: () = {
            use $crate::__private::migration as m;
            const RULES: &[$crate::Rule] = $name.rules();
            const SOURCES: [u32; m::source_count(RULES)] =
                m::sorted_sources::<{ m::source_count(RULES) }>(RULES);
            const TARGETS: [u32; m::target_count(RULES)] =
                m::sorted_targets::<{ m::target_count(RULES) }>(RULES);
            const MESSAGE: m::Message = m::check(
                <$from as $crate::Edition>::LAYOUT,
                <$to as $crate::Edition>::LAYOUT,
                RULES,
                &SOURCES,
                &TARGETS,
            );
            if MESSAGE.is_some() {
                panic!("{}", MESSAGE.as_str());
            }
        };
    };
}

/// One rule of a migration (hidden helper of [`migration!`]).
#[doc(hidden)]
#[macro_export]
macro_rules! __migration_rule {
    ([$from:literal] => [$($to:literal),+ $(,)?]) => {
        $crate::Rule::Split {
            from: $crate::__migration_id!($from),
            to: &[$($crate::__migration_id!($to)),+],
        }
    };
    ([$from:literal] => $to:literal) => {
        $crate::Rule::Moved {
            from: $crate::__migration_id!($from),
            to: $crate::__migration_id!($to),
        }
    };
    ([$($from:literal),+] => $to:literal) => {
        $crate::Rule::Merged {
            from: &[$($crate::__migration_id!($from)),+],
            to: $crate::__migration_id!($to),
        }
    };
    (retire [$id:literal]) => {
        $crate::Rule::Retired { id: $crate::__migration_id!($id) }
    };
    (review [$id:literal]) => {
        $crate::Rule::Review { id: $crate::__migration_id!($id) }
    };
    ($kw:ident [$($id:literal),+] $($rest:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "unknown migration rule `", ::core::stringify!($kw), " ", $(::core::stringify!($id), " ",)+
            "`: a rule is `\"A\" => \"B\"`, `\"A\", \"B\" => \"C\"`, `\"A\" => [\"B\", \"C\"]`, `retire \"A\"` or `review \"A\"`"
        ))
    };
    ([$($id:literal),+] $($rest:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "incomplete migration rule for ", $(::core::stringify!($id), " ",)+
            ": a rule is `\"A\" => \"B\"`, `\"A\", \"B\" => \"C\"`, `\"A\" => [\"B\", \"C\"]`, `retire \"A\"` or `review \"A\"`"
        ))
    };
}

/// A criterion ID of a migration rule (hidden helper of [`migration!`]).
#[doc(hidden)]
#[macro_export]
macro_rules! __migration_id {
    ($id:literal) => {
        $crate::__private::criterion_id(
            $id,
            ::core::concat!(
                "migration: `",
                $id,
                "` is not a criterion ID of the form <sub-section>-<D|M|T><n>, e.g. \"1.1-D1\""
            ),
        )
    };
}
