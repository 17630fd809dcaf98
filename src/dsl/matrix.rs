//! [`matrix!`](crate::matrix): matrix content as `const` data.

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
        $vis const $name: $crate::Domain = {
            // The sub-sections as written, so that each level knows the ID its
            // sub-section should have where it stands.
            const SUBSECTIONS: &[&str] = &[$($sub),+];
            $crate::Domain::__new(
            $crate::__private::domain_id(
                $domain,
                ::core::concat!("domain ID `", $domain, "` is not a number counting from 1, e.g. \"1\""),
            ),
            $title,
            $partners,
            [&[$($overview_d),*], &[$($overview_m),*], &[$($overview_t),*]],
            &[$(
                $crate::SubSection::__new(
                    $crate::__private::subsection_id(
                        $sub,
                        ::core::concat!("sub-section ID `", $sub, "` is not of the form <domain>.<n>, e.g. \"1.1\""),
                    ),
                    $sub_title,
                    [
                        $crate::__matrix_level!($sub, $crate::__private::expected_subsection($domain, $sub, SUBSECTIONS), Developing, $developing),
                        $crate::__matrix_level!($sub, $crate::__private::expected_subsection($domain, $sub, SUBSECTIONS), Maturing, $maturing),
                        $crate::__matrix_level!($sub, $crate::__private::expected_subsection($domain, $sub, SUBSECTIONS), Thriving, $thriving),
                    ],
                    &[$($reference),*],
                )
            ),+],
            )
        };
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
            &[$(::core::concat!(
                "domain `", ::core::stringify!($domain), "` is out of place: ",
                "the domains must be numbered 1, 2, ... in order"
            )),+],
        );

        $(
            #[doc = ::core::concat!(
                "The edition `", $id, "` ", $version, " of the matrix: its content is [`",
                ::core::stringify!($name), "`] and its layout is computed when this crate compiles."
            )]
            #[allow(non_upper_case_globals)]
            $vis const $edition: $crate::Edition = {
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
                $crate::Edition::__new(&$name, &LAYOUT)
            };
        )?
    };
}

/// One level of one sub-section (hidden helper of [`matrix!`]).
#[doc(hidden)]
#[macro_export]
macro_rules! __matrix_level {
    (
        $sub:literal, $place:expr, $level:ident,
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
            $place,
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
