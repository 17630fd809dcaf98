//! [`migration!`](macro@crate::migration): how answers move from one edition to a later one.

/// Declares a [`Migration`](crate::migration::Migration) from one edition to a later
/// one, checked when the crate compiles: `const NAME: Migration = EARLIER => LATER {
/// rules };`, the editions named by their consts.
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
/// #         edition: OLD_EDITION, title: "Old", version: "1",
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
/// #         edition: NEW_EDITION, title: "New", version: "2",
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
///     pub const OLD_TO_NEW: Migration = OLD_EDITION => NEW_EDITION {
///         "1.1-T2", "1.1-T3" => "1.1-D4";
///         review "1.1-M1";
///     };
/// }
///
/// let before = mhics::Assessment::builder("Example ICS")
///     .edition(OLD_EDITION)
///     .respond_with_note("1.1-T2", mhics::Status::Met, "in place")
///     .respond("1.1-T3", mhics::Status::Partial)
///     .respond("1.1-M1", mhics::Status::Met)
///     .build()?;
/// let migrated = OLD_TO_NEW.apply(&before)?;
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
/// #         edition: OLD_EDITION, title: "Old", version: "1",
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
/// #         edition: NEW_EDITION, title: "New", version: "2",
/// #         levels: {
/// #             developing: { name: "Developing", description: "" },
/// #             maturing: { name: "Maturing", description: "" },
/// #             thriving: { name: "Thriving", description: "" },
/// #         },
/// #         high_level_themes: [], domains: [D1],
/// #     };
/// # }
/// mhics::migration! {
///     pub const OLD_TO_NEW: Migration = OLD_EDITION => NEW_EDITION {
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
        $vis:vis const $name:ident : Migration = $from:path => $to:path {
            $( $($kw:ident)? $($id:literal),+ $(=> $target:tt)? );* $(;)?
        };
    ) => {
        $(#[$attr])*
        $vis const $name: $crate::migration::Migration = $crate::migration::Migration::__new($from, $to, &[
            $( $crate::__migration_rule!($($kw)? [$($id),+] $(=> $target)?) ),*
        ]);

        const _: () = {
            use $crate::__private::migration as m;
            const RULES: &[$crate::migration::Rule] = $name.rules();
            const SOURCES: [u32; m::source_count(RULES)] =
                m::sorted_sources::<{ m::source_count(RULES) }>(RULES);
            const TARGETS: [u32; m::target_count(RULES)] =
                m::sorted_targets::<{ m::target_count(RULES) }>(RULES);
            const MESSAGE: m::Message = m::check(
                $from.__layout(),
                $to.__layout(),
                RULES,
                &SOURCES,
                &TARGETS,
            );
            if MESSAGE.is_some() {
                ::core::panic!("{}", MESSAGE.as_str());
            }
        };
    };
}

/// One rule of a migration (hidden helper of [`migration!`]).
#[doc(hidden)]
#[macro_export]
macro_rules! __migration_rule {
    ([$from:literal] => [$($to:literal),+ $(,)?]) => {
        $crate::migration::Rule::Split {
            from: $crate::__migration_id!($from),
            to: &[$($crate::__migration_id!($to)),+],
        }
    };
    ([$from:literal] => $to:literal) => {
        $crate::migration::Rule::Moved {
            from: $crate::__migration_id!($from),
            to: $crate::__migration_id!($to),
        }
    };
    ([$($from:literal),+] => $to:literal) => {
        $crate::migration::Rule::Merged {
            from: &[$($crate::__migration_id!($from)),+],
            to: $crate::__migration_id!($to),
        }
    };
    (retire [$id:literal]) => {
        $crate::migration::Rule::Retired { id: $crate::__migration_id!($id) }
    };
    (review [$id:literal]) => {
        $crate::migration::Rule::Review { id: $crate::__migration_id!($id) }
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
