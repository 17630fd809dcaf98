//! [`editions!`](crate::editions): the editions a program reads at run time.

/// Declares the set of editions a program knows, as an enum with one variant per
/// edition, each holding an [`Assessment`](crate::Assessment) of it, and implements
/// [`Editions`](crate::Editions) for it: read a file of any of them by its `matrix` and
/// `version`, evaluate it, list its gaps and write every report, without naming the
/// edition's type (see the [`Editions`](crate::Editions) methods and
/// [`compare_known`](crate::compare_known), [`KnownCohort`](crate::KnownCohort),
/// [`KnownPerspectives`](crate::KnownPerspectives)).
///
/// A variant is named by the edition's marker type (declared with
/// [`matrix!`](crate::matrix) and `edition:`), or by a name of its own with the type
/// after it. List the editions oldest first: when files of several editions are brought
/// together, the latest edition they can all be migrated to is chosen.
///
/// ```
/// mhics::editions! {
///     /// The editions this program reads.
///     pub enum Known {
///         // The variant `Known::National` holds an `Assessment<mhics::Mhics2019>`.
///         National(mhics::Mhics2019),
///     }
/// }
///
/// use mhics::Editions;
/// let text = mhics::Assessment::builder("Lakeside ICS").build()?.to_json();
/// let Known::National(assessment) = Known::from_json(&text)?;
/// assert_eq!(assessment.system(), "Lakeside ICS");
/// # Ok::<(), mhics::Error>(())
/// ```
///
/// After the editions, `migrations: [...]` names the [`migration!`](crate::migration)s
/// the program knows (each between two editions of the set): comparing, putting in one
/// cohort or consolidating files of different editions migrates them with these, as
/// [`compare_across`](crate::compare_across) does; without one, they are refused.
///
/// ```
/// # mhics::matrix! {
/// #     pub const D: Domain = domain "1" {
/// #         title: "T", partners: "P",
/// #         overview: { developing: [], maturing: [], thriving: [] },
/// #         subsections: [ "1.1" {
/// #             title: "S",
/// #             developing: { headline: "H", themes: [ "A" { "1.1-D1" => "a" } ] },
/// #             maturing: { headline: "H", themes: [ "A" { "1.1-M1" => "a" } ] },
/// #             thriving: { headline: "H", themes: [ "A" { "1.1-T1" => "a" } ] },
/// #             references: [],
/// #         } ],
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
/// #         high_level_themes: [], domains: [D],
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
/// #         high_level_themes: [], domains: [D],
/// #     };
/// # }
/// mhics::migration! {
///     pub const OLD_TO_NEW: Migration<Old, New> = {};
/// }
/// mhics::editions! {
///     pub enum Example { Old, New }
///     migrations: [OLD_TO_NEW],
/// }
///
/// use mhics::{Editions, Status};
/// let before = mhics::Assessment::builder_in(Old, "Lakeside ICS")
///     .date("2025-10-01".parse()?).respond("1.1-D1", Status::Partial).build()?;
/// let after = mhics::Assessment::builder_in(New, "Lakeside ICS")
///     .date("2026-10-01".parse()?).respond("1.1-D1", Status::Met).build()?;
/// let comparison = mhics::compare_known(&Example::Old(before), &Example::New(after))?;
/// assert_eq!(comparison.migration().map(|m| m.counts().carried), Some(1));
/// assert_eq!(comparison.overall(), (None, Some(mhics::Level::Developing)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Two variants of one edition, or a migration between editions the set does not
/// name, do not compile; nor do two editions with the same matrix ID and version:
///
/// ```compile_fail
/// mhics::editions! {
///     // error: the trait `Holds<Mhics2019>` is implemented twice
///     pub enum Twice { A(mhics::Mhics2019), B(mhics::Mhics2019) }
/// }
/// ```
#[macro_export]
macro_rules! editions {
    (
        $(#[$attr:meta])*
        $vis:vis enum $name:ident {
            $($variant:ident $(($edition:ty))?),+ $(,)?
        }
        $(migrations: [$($migration:path),* $(,)?] $(,)?)?
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq)]
        $vis enum $name {
            $(
                #[doc = concat!("An assessment of the edition `", stringify!($variant), "`.")]
                $variant($crate::Assessment<$crate::__editions_type!($variant $(, $edition)?)>),
            )+
        }

        impl $crate::Editions for $name {
            const MATRICES: &'static [&'static $crate::Matrix] = &[$(
                <$crate::__editions_type!($variant $(, $edition)?) as $crate::Edition>::MATRIX
            ),+];

            fn __visit<'a, V: $crate::__private::known::Visit<'a>>(&'a self, visit: V) -> V::Output {
                match self {
                    $($name::$variant(assessment) => visit.visit(assessment),)+
                }
            }

            fn __read<R: $crate::__private::known::Read>(
                index: usize,
                read: R,
            ) -> ::core::option::Option<::core::result::Result<Self, R::Error>> {
                let mut i = 0usize;
                $(
                    if i == index {
                        return ::core::option::Option::Some(
                            read.read::<$crate::__editions_type!($variant $(, $edition)?)>()
                                .map($name::$variant),
                        );
                    }
                    i += 1;
                )+
                let _ = i;
                ::core::option::Option::None
            }

            #[allow(unreachable_patterns)]
            fn __visit_all<'a, V: $crate::__private::known::VisitAll<'a>>(
                all: &[&'a Self],
                visit: V,
            ) -> ::core::option::Option<V::Output> {
                match all.first()? {
                    $($name::$variant(_) => {
                        let same: ::core::option::Option<::std::vec::Vec<&'a $crate::Assessment<$crate::__editions_type!($variant $(, $edition)?)>>> =
                            all.iter().map(|known| match known {
                                $name::$variant(assessment) => ::core::option::Option::Some(assessment),
                                _ => ::core::option::Option::None,
                            }).collect();
                        ::core::option::Option::Some(visit.visit(&same?))
                    })+
                }
            }

            #[allow(unreachable_patterns)]
            fn __map_all<'a, M: $crate::__private::known::MapAll<'a>>(
                all: &[&'a Self],
                map: M,
            ) -> ::core::option::Option<::core::result::Result<Self, M::Error>> {
                match all.first()? {
                    $($name::$variant(_) => {
                        let same: ::core::option::Option<::std::vec::Vec<&'a $crate::Assessment<$crate::__editions_type!($variant $(, $edition)?)>>> =
                            all.iter().map(|known| match known {
                                $name::$variant(assessment) => ::core::option::Option::Some(assessment),
                                _ => ::core::option::Option::None,
                            }).collect();
                        ::core::option::Option::Some(map.map(&same?).map($name::$variant))
                    })+
                }
            }

            fn __migrate(
                &self,
                to: &$crate::Matrix,
            ) -> ::core::option::Option<(Self, $crate::MigrationReport)> {
                $($(
                    if let ::core::option::Option::Some(out) =
                        $crate::__private::known::migrate(&$migration, self, to)
                    {
                        return ::core::option::Option::Some(out);
                    }
                )*)?
                let _ = to;
                ::core::option::Option::None
            }
        }

        $(
            impl $crate::__private::known::Holds<$crate::__editions_type!($variant $(, $edition)?)> for $name {
                #[allow(unreachable_patterns)]
                fn held(&self) -> ::core::option::Option<&$crate::Assessment<$crate::__editions_type!($variant $(, $edition)?)>> {
                    match self {
                        $name::$variant(assessment) => ::core::option::Option::Some(assessment),
                        _ => ::core::option::Option::None,
                    }
                }
                fn hold(assessment: $crate::Assessment<$crate::__editions_type!($variant $(, $edition)?)>) -> Self {
                    $name::$variant(assessment)
                }
            }
        )+

        const _: () = $crate::__private::known::check_distinct(
            <$name as $crate::Editions>::MATRICES,
            ::core::stringify!($name),
        );
    };
}

/// The edition type of a variant of [`editions!`]: the type given, or the variant's own
/// name (hidden helper).
#[doc(hidden)]
#[macro_export]
macro_rules! __editions_type {
    ($variant:ident) => {
        $variant
    };
    ($variant:ident, $edition:ty) => {
        $edition
    };
}
