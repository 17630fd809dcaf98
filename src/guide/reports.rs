//! Reports for people: Markdown, SVG pictures, HTML documents and the board report.
//!
//! Markdown, SVG, HTML and the workbook are read by people: boards, partners, the public.
//! JSON and CSV are read by programs (see [`formats`](super::formats)). Every report is a
//! pure function of its inputs that returns a `String`; they are in
//! [`report`](crate::report).
//!
//! # Plain words
//!
//! - No report rates a system red, amber or green. Pictures and shaded cells use one
//!   purple scale, darker for more in place.
//! - Where no level is attained, text for people says "Not yet Developing"
//!   ([`report::NOT_YET`](crate::report::NOT_YET)). JSON keeps `null` and CSV an empty
//!   cell.
//! - Every figure says what it counts ("met / applicable", "6 of 13 actions achieved").
//! - Two measures of difference have different names. A cohort's *variation* is how far
//!   the systems' attained levels differ (a standard deviation). A criterion's *spread*,
//!   among partners, is the highest answer less the lowest (see
//!   [`perspectives`](super::perspectives)).
//!
//! # What there is
//!
//! | about | Markdown | CSV | SVG | HTML |
//! | --- | --- | --- | --- | --- |
//! | the matrix | the whole matrix as a document | | | |
//! | one assessment | where it stands, progression table, gaps by theme with notes | progression; gaps | heatmap of sub-sections by level | yes |
//! | two assessments of one system | summary, level changes, changes per criterion | a row per criterion | each sub-section's level and coverage before and after (▲ ▼ =) | yes |
//! | a cohort | distribution, heatmap table, where systems vary most, peer learning | by sub-section; by criterion; peer learning | heatmap by share of systems at each level | yes |
//! | partners' perspectives | an agenda for the partners' meeting | a row per contested criterion and partner | sub-section × partner levels and agreement | yes |
//! | a plan review | an agenda for the review meeting | a row per action and criterion | each sub-section's gaps and the share an action addresses | yes |
//! | a migration | every original answer accounted for | | | |
//! | all of them | | | | the board report |
//!
//! Text from input (system names, respondents, notes) cannot change a report's
//! structure: see [`limits`](super::limits).
//!
//! # HTML (feature `html`, on by default)
//!
//! Each HTML report ([`report::html`](crate::report::html)) is a
//! [`Report`](crate::report::html::Report): one self-contained document (no script, and
//! nothing requested from elsewhere: styles and pictures are inline), or a fragment to
//! place in a page of one's own, with the stylesheet
//! ([`STYLESHEET`](crate::report::html::STYLESHEET)) served as a file so that a
//! Content-Security-Policy of `style-src 'self'` holds. It reads on screen and prints on
//! A4 as a board pack: no part is forced onto a new page, headings stay with what
//! follows, pictures, conversations and short tables are not split, a long table repeats
//! its header on every page and keeps its column widths. Pictures are drawn for the width
//! of an A4 page's text, so that nothing prints under 8 pt; levels are solid purple cells
//! with the level's name and shares grey bars with their figures, so that neither reads
//! as the other.
//!
//! Each opens with the headline in words (the overall level, each domain's level, the
//! sub-sections nearest their next level), then the pictures, then the detail: gaps by
//! theme with notes; for partners, the conversations; for a plan review, the actions and
//! the gaps no action addresses.
//!
//! The documents meet WCAG 2.2 AA: the page names its language; one `h1` and headings in
//! order; tables with header cells; every picture with a title and a description that
//! says its result; text contrast of at least 4.5:1, on shaded cells too; nothing told by
//! colour alone (levels are named, changes marked ▲ ▼ and in words). The repository
//! checks this in headless Chromium with axe-core (`tests/browser/run.sh`).
//!
//! # The board report
//!
//! One HTML document for a board meeting, from what is given
//! ([`report::html::Board`](crate::report::html::Board); the `board` example):
//!
//! - always, where the system stands: the overall and each domain's level in words, the
//!   sub-sections nearest their next level, named as people say them ("2.3 System
//!   control totals, operating plans and financial risk sharing"), the heatmap with each
//!   sub-section's attained level, and the progression table;
//! - with a previous assessment of the system, what changed since: each domain's level
//!   before and after, how many sub-sections went up and down, and a picture of every
//!   sub-section's level and coverage before and after;
//! - with partners' assessments of the system, where partners disagree: the
//!   consolidated level, the agreement, each partner's levels beside the consolidated
//!   ones, and the five conversations on which answers are furthest apart, pointing to
//!   the perspectives report for the whole agenda;
//! - with an action plan of the system, how it stands, reviewed on the assessment's date
//!   toward each sub-section's next level: the actions by outcome, the gaps no action
//!   addresses (and how many are new since the plan was drafted), and the actions to talk
//!   about (done but not achieved, overdue), pointing to the plan review for the rest.
//!
//! With all four parts on the sample data it prints on 8 A4 pages, checked by the
//! repository's browser check, which fails on more pages or any text under 8 pt.
//!
//! Partners' assessments or a plan of another system are refused.
