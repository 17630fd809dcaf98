//! Partners' perspectives in HTML: an agenda for the partners' meeting.

use maud::{html, Markup};

use crate::perspectives::Perspectives;

use super::super::content::perspectives::{
    ConversationItem, PerspectivesReport, RespondentRow, NO_CONVERSATION,
};
use super::super::svg::perspectives_svg_with_id;
use super::super::SPREAD_EXPLAINED;
use super::page::{figure, heading, page, percent, Report};

/// Partners' perspectives as one HTML document: where the consolidated view stands and
/// how far partners agree, who answered, the picture, agreement and each partner's
/// attained level per sub-section, then the conversations (contested criteria),
/// highest spread first, with who said what and their notes.
pub fn perspectives(perspectives: &Perspectives<'_>) -> Report {
    let report = PerspectivesReport::new(perspectives);
    page(
        &report.title.plain(),
        html! {
            p.meta { (report.about) }
            p.meta { (report.purpose) }
            section.part {
                (summary_head(perspectives, &report, 2))
                (levels_figure(perspectives, 3, "perspectives"))
                (agreement_table(&report))
            }
            section.part { (conversations(&report.conversations, 2)) }
        },
    )
}

/// The picture of each partner's levels and the agreement, under a heading at
/// `level`; `id` prefixes the picture's IDs.
fn levels_figure(perspectives: &Perspectives<'_>, level: u8, id: &str) -> Markup {
    html! {
        (heading(level, html! { "Levels and agreement by sub-section" }))
        (figure(
            &perspectives_svg_with_id(perspectives, id),
            "Each row: the level each partner's own answers attain, the consolidated level (framed), and the agreement share as a bar.",
        ))
    }
}

/// How many conversations a board report names.
const BOARD_CONVERSATIONS: usize = 5;

/// Where partners disagree, for a board: the headline, respondents, the picture, and
/// the few conversations that matter most (the widest spread first, then in matrix
/// order), with a pointer to the partners' perspectives report for the whole agenda.
pub(super) fn board_summary(perspectives: &Perspectives<'_>, level: u8, id: &str) -> Markup {
    let report = PerspectivesReport::new(perspectives);
    let conversations = &report.conversations;
    let few = &conversations[..conversations.len().min(BOARD_CONVERSATIONS)];
    html! {
        (summary_head(perspectives, &report, level))
        (levels_figure(perspectives, level + 1, id))
        (heading(level + 1, html! { "The conversations that matter most" }))
        @if few.is_empty() {
            p { (NO_CONVERSATION) }
        } @else {
            p.explain {
                "The " (super::super::headline::count(few.len(), "criterion", "criteria"))
                " of the " (conversations.len()) " for conversation on which partners' answers are furthest apart (the widest spread first, then in the matrix's order). "
                "The whole agenda, every criterion for conversation with each partner's answer and note, is the partners' perspectives report."
            }
            table.conversations {
                thead {
                    tr {
                        th scope="col" { "Criterion" }
                        th scope="col" { "What partners answered" }
                        th scope="col" { "Consolidated" }
                    }
                }
                tbody {
                    @for c in few {
                        tr {
                            th scope="row" {
                                code { (c.criterion.id().to_string()) } " "
                                (c.subsection) ", " (c.level) ": " (c.criterion.text())
                            }
                            td {
                                @for (i, (respondent, status, _)) in c.answers.iter().enumerate() {
                                    @if i > 0 { br; }
                                    (respondent) ": " (status)
                                }
                            }
                            td { (c.consolidated) "; spread " (c.spread) }
                        }
                    }
                }
            }
        }
    }
}

/// The headline of where partners disagree and the respondents, under a heading at
/// `level`.
fn summary_head(
    perspectives: &Perspectives<'_>,
    report: &PerspectivesReport<'_>,
    level: u8,
) -> Markup {
    let (shared, _, all) = perspectives.overall_agreement();
    let least: Vec<String> = {
        let mut agreements: Vec<_> = perspectives
            .subsections()
            .iter()
            .filter_map(|a| Some((a.agreement()?, a.id)))
            .collect();
        agreements.sort_by(|x, y| x.0.total_cmp(&y.0));
        agreements
            .iter()
            .take_while(|(share, _)| *share < 1.0)
            .take(3)
            .map(|(share, id)| {
                format!(
                    "{} ({})",
                    super::super::headline::subsection_name(
                        perspectives.consolidated().matrix(),
                        *id
                    ),
                    percent(Some(*share))
                )
            })
            .collect()
    };
    let row = |r: &RespondentRow<'_>| {
        html! {
            th scope="row" { (r.label) }
            td.date { (r.date) }
            td.num { (r.answered) }
            td { (r.overall) }
        }
    };
    html! {
        (heading(level, html! { "Where partners disagree" }))
        div.headline {
            p.lead {
                "Consolidated overall: " (report.consolidated.overall) ". "
                "Partners agree on " (percent(all)) " of the " (shared) " criteria answered by two or more of them; "
                (report.conversations.len()) " criteria are for conversation."
            }
            @if !least.is_empty() {
                p { "Least agreement: " (least.join("; ")) "." }
            }
            p.explain { (SPREAD_EXPLAINED) }
        }
        table.keep {
            caption { "Respondents and the level their own answers attain" }
            thead {
                tr {
                    th scope="col" { "#" }
                    th scope="col" { "Respondent" }
                    th scope="col" { "Date" }
                    th scope="col" { "Criteria answered" }
                    th scope="col" { "Overall" }
                }
            }
            tbody {
                @for (i, r) in report.respondents.iter().enumerate() {
                    tr { td.num { (i + 1) } (row(r)) }
                }
                tr.total { td {} (row(&report.consolidated)) }
            }
        }
    }
}

/// The level each respondent's answers attain per sub-section, the consolidated level
/// and agreement, as a table.
fn agreement_table(report: &PerspectivesReport<'_>) -> Markup {
    html! {
        table.keep {
            caption {
                "The level each respondent's own answers attain (respondents numbered as above), the consolidated level, and agreement: criteria on which partners agree / criteria answered by two or more."
            }
            thead {
                tr {
                    th scope="col" { "Sub-section" }
                    @for (i, _) in report.respondents.iter().enumerate() { th scope="col" { (i + 1) } }
                    th scope="col" { "Consolidated" }
                    th scope="col" { "Agreement" }
                }
            }
            tbody {
                @for a in &report.subsections {
                    tr {
                        th scope="row" { (a.name) }
                        @for level in &a.levels { td { (level) } }
                        td { strong { (a.consolidated) } }
                        td.num {
                            (a.answered_by_two_or_more - a.contested) "/" (a.answered_by_two_or_more)
                            " (" (a.agreement) ")"
                        }
                    }
                }
            }
        }
    }
}

/// The conversations, grouped by spread, under a heading at `level`.
fn conversations(conversations: &[ConversationItem<'_>], level: u8) -> Markup {
    html! {
        (heading(level, html! { "Conversations (" (conversations.len()) " criteria)" }))
        @if conversations.is_empty() {
            p { (NO_CONVERSATION) }
        } @else {
            p.explain {
                "The criteria on which partners' answers differ, highest spread first, then in matrix order. " (SPREAD_EXPLAINED)
            }
        }
        @for (i, c) in conversations.iter().enumerate() {
            @if i == 0 || conversations[i - 1].group != c.group {
                (heading(level + 1, html! { (c.group) }))
            }
            div.conversation {
                (heading(level + 2, html! {
                    code { (c.criterion.id().to_string()) } " "
                    (c.subsection) " · " (c.level) " · " (c.theme)
                }))
                blockquote {
                    p { (c.criterion.text()) }
                    @if !c.criterion.points().is_empty() {
                        ul { @for point in c.criterion.points() { li { (point) } } }
                    }
                    @if let Some(closing) = c.criterion.closing() { p { (closing) } }
                }
                p {
                    "Consolidated: " strong { (c.consolidated) } "; spread " (c.spread)
                    @if c.disputed { "; applicability disputed" }
                    "."
                }
                table.answers {
                    thead { tr { th scope="col" { "Respondent" } th scope="col" { "Answer" } th scope="col" { "Note" } } }
                    tbody {
                        @for (respondent, status, note) in &c.answers {
                            tr {
                                th scope="row" { (respondent) }
                                td { (status) }
                                td {
                                    @if let Some(text) = note {
                                        @for (n, line) in text.lines().enumerate() {
                                            @if n > 0 { br; }
                                            (line)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
